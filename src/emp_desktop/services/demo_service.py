"""Demo data: clearly synthetic but realistic persons, registrations, contacts and advice
questions, for trying the app and for benchmarks. Names come from Faker (nl_NL); every
address is on the 'Demostraat' and the vault is marked as a demo vault."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from faker import Faker

from emp_desktop.domain import municipalities
from emp_desktop.domain.region import EINDHOVEN, Region
from emp_desktop.domain.registry import (
    IdentityInput,
    age_on,
    forms_to_mask,
    name_tokens,
    pseudonym_code,
)
from emp_desktop.services import demo_care, region_service, vault_service
from emp_desktop.storage import bulk
from emp_desktop.storage.vault import OpenVault

FIRST_YEAR = 2015
_FORMS = (("seksueel", 60), ("arbeid", 20), ("crimineel", 15), ("orgaan", 1), ("onbekend", 4))
_MELDERS = (
    ("politie", 25),
    ("zorg", 20),
    ("school", 8),
    ("wijkteam", 10),
    ("jeugdzorg", 10),
    ("opvang", 6),
    ("huisarts", 4),
    ("kmar", 3),
    ("arbeidsinspectie", 4),
    ("familie", 4),
    ("zelf", 4),
    ("anders", 2),
)
_GENDERS = (("v", 75), ("m", 20), ("x", 1), ("onbekend", 4))
_NATIONALITIES = (
    ("NL", 55),
    ("PL", 5),
    ("RO", 6),
    ("BG", 5),
    ("HU", 3),
    ("NG", 5),
    ("ER", 3),
    ("SY", 3),
    ("MA", 3),
    ("UA", 3),
    ("CN", 2),
    ("VN", 2),
    ("BR", 1),
    ("onbekend", 4),
)
_STATUSES = (("vermoedelijk", 60), ("bevestigd", 30), ("geen", 10))
_MODES = (("face_to_face", 40), ("outreach", 20), ("telefoon", 30), ("online", 10))


@dataclass(frozen=True)
class DemoSummary:
    persons: int
    contacts: int
    advice_questions: int


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _nearby(region: Region) -> list[str]:
    """The rest of the provinces the region touches (or, for a region that fills them, the
    whole country): where the cases from outside the region mostly come from."""
    everything = municipalities.all_municipalities().values()
    rest = [m.code for m in everything if m.province in region.provinces and m.code not in region]
    return rest or [m.code for m in everything if m.code not in region] or list(region)


def _municipality(rng: random.Random, region: Region, nearby: list[str]) -> str:
    """Spread over the configured region: its first municipality (the centrumgemeente) the
    most, the rest of the region, the rest of its provinces, the country, abroad/unknown."""
    roll = rng.random()
    if roll < 0.45 or (roll < 0.75 and len(region) == 1):
        return region[0]
    if roll < 0.75:
        return rng.choice(region[1:])
    if roll < 0.87:
        return rng.choice(nearby)
    if roll < 0.93:
        return rng.choice(list(municipalities.all_municipalities()))
    return rng.choice((municipalities.ABROAD, municipalities.UNKNOWN))


def _registration_date(rng: random.Random, today: date) -> date:
    # Growth over the years, as in the source report: later years weigh more.
    years = list(range(FIRST_YEAR, today.year + 1))
    year = rng.choices(years, weights=[1 + i * 0.6 for i in range(len(years))])[0]
    last = today if year == today.year else date(year, 12, 31)
    return date(year, 1, 1) + timedelta(days=rng.randrange((last - date(year, 1, 1)).days + 1))


def _forms(rng: random.Random) -> tuple[str, ...]:
    first = _pick(rng, _FORMS)
    if first != "onbekend" and rng.random() < 0.1:
        second = _pick(rng, _FORMS)
        if second not in (first, "onbekend"):
            return (first, second)
    return (first,)


class _Generator:
    def __init__(self, seed: int, start_id: int, today: date, region: Region = EINDHOVEN) -> None:
        self.region, self.nearby = region, _nearby(region)
        self.rng = random.Random(seed)
        self.faker = Faker("nl_NL")
        self.faker.seed_instance(seed)
        self.today = today
        self.next_id = start_id + 1
        self.sequences: dict[int, int] = {}

    def person(self) -> tuple[dict, dict | None, dict]:
        rng, pid = self.rng, self.next_id
        self.next_id += 1
        reg_date = _registration_date(rng, self.today)
        self.sequences[reg_date.year] = self.sequences.get(reg_date.year, 0) + 1
        age = rng.choice((rng.randint(12, 17), rng.randint(18, 22), rng.randint(23, 55)))
        birth = reg_date - timedelta(days=age * 365 + rng.randrange(365))
        gender = _pick(rng, _GENDERS)
        closed = reg_date + timedelta(days=rng.randint(30, 700)) if rng.random() < 0.5 else None
        closed = closed if closed and closed <= self.today else None
        forms_mask = forms_to_mask(_forms(rng))
        status = _pick(rng, _STATUSES)
        person = {
            "id": pid,
            "code": pseudonym_code(reg_date.year, self.sequences[reg_date.year]),
            "tier": "signaal",
            "created_on": reg_date.isoformat(),
            "gender": gender,
            "age": age_on(birth, reg_date),
            "nationality": _pick(rng, _NATIONALITIES),
            "municipality": _municipality(rng, self.region, self.nearby),
            "flag_minor": age < 18,
            "flag_lvb": rng.random() < 0.12,
            "flag_boy_prostitution": gender == "m" and rng.random() < 0.2,
            "registration_date": reg_date.isoformat(),
            "registration_year": reg_date.year,
            "status": status,
            "forms_mask": forms_mask,
            "closed_on": closed.isoformat() if closed else None,
            "last_contact_at": None,
            "next_action": None if closed else "Check-in plannen",
            "next_action_on": None
            if closed
            else (self.today + timedelta(days=rng.randint(-10, 40))).isoformat(),
        }
        identity = self._identity(pid, gender, birth) if rng.random() < 0.7 else None
        if identity:
            person["tier"] = "client"
        registration = {
            "person_id": pid,
            "date": reg_date.isoformat(),
            "status": status,
            "melder": _pick(rng, _MELDERS),
            "forms_mask": forms_mask,
            "aangifte": rng.choice(("ja", "nee", "overweegt", "onbekend")),
            "aangifte_on": None,
            "closed_on": person["closed_on"],
            "closure_reason": "doelen_bereikt" if closed else None,
            "import_key": None,
        }
        return person, identity, registration

    def _identity(self, pid: int, gender: str, birth: date) -> dict:
        fake = self.faker
        first = fake.first_name_female() if gender == "v" else fake.first_name_male()
        surname = fake.last_name()
        tussenvoegsel = ""
        for prefix in ("van der ", "van den ", "van ", "de "):
            if surname.startswith(prefix):
                tussenvoegsel, surname = prefix.strip(), surname[len(prefix) :]
                break
        identity = IdentityInput(first_name=first, tussenvoegsel=tussenvoegsel, surname=surname)
        return {
            "person_id": pid,
            "first_name": first,
            "tussenvoegsel": tussenvoegsel,
            "surname": surname,
            "aliases": "",
            "date_of_birth": birth.isoformat(),
            "estimated_age": None,
            "phone": f"06-{self.rng.randrange(10**8):08d}",
            "address": f"Demostraat {self.rng.randint(1, 999)}",
            "tokens": name_tokens(identity),
        }

    def contacts(self, person: dict, count: int) -> Iterator[dict]:
        start = datetime.fromisoformat(person["registration_date"] + "T09:00")
        end_day = person["closed_on"] or self.today.isoformat()
        span = max(1, (date.fromisoformat(end_day) - start.date()).days)
        for _ in range(count):
            at = start + timedelta(days=self.rng.randrange(span), minutes=self.rng.randrange(600))
            yield {
                "person_id": person["id"],
                "at": at.strftime("%Y-%m-%dT%H:%M"),
                "mode": _pick(self.rng, _MODES),
                "with_whom": "cliënt",
                "duration_minutes": self.rng.choice((15, 30, 45, 60, 90)),
                "note": "Demo-contact (synthetisch).",
            }

    def advice(self) -> dict:
        rng = self.rng
        return {
            "date": _registration_date(rng, self.today).isoformat(),
            "organisation_type": rng.choice(
                ("school", "zorg", "wijkteam", "politie", "jeugdzorg", "huisarts", "gemeente")
            ),
            "topic": rng.choice(("signalen", "doorverwijzing", "juridisch", "veiligheid")),
            "municipality": _municipality(rng, self.region, self.nearby),
            "duration_minutes": rng.choice((10, 20, 30)),
            "advice": "Demo-advies (synthetisch).",
            "import_key": None,
        }


Progress = Callable[[str, int, int], None]


def _existing_sequences(opened: OpenVault) -> dict[int, int]:
    with opened.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT substr(code, 5, 4), max(CAST(substr(code, 10) AS INTEGER)) FROM person "
            "GROUP BY substr(code, 5, 4)"  # numerically: 10000 comes after 9999
        ).fetchall()
    return {int(year): int(number) for year, number in rows}


def _generate(gen: _Generator, persons: int, contacts_per_person: float):  # noqa: ANN202
    people, identities, tokens, registrations, contacts = [], [], [], [], []
    for _ in range(persons):
        person, identity, registration = gen.person()
        count = (
            min(60, int(gen.rng.expovariate(1 / contacts_per_person))) if contacts_per_person else 0
        )
        own = list(gen.contacts(person, count))
        person["last_contact_at"] = max((c["at"] for c in own), default=None)
        people.append(person)
        registrations.append(registration)
        contacts.extend(own)
        if identity:
            tokens.extend({"token": t, "person_id": person["id"]} for t in identity.pop("tokens"))
            identities.append(identity)
    return people, identities, tokens, registrations, contacts


_CARE_TABLES = (
    "trajectory",
    "consent",
    "referral",
    "zrm_assessment",
    "outcome",
    "deadline",
    "care_goal",
    "safety_incident",
)


def _insert_care(opened: OpenVault, care: demo_care.CareGenerator, people: list[dict]) -> None:
    rows: dict[str, list[dict]] = {table: [] for table in _CARE_TABLES}
    for person in people:
        care.for_person(person, rows)
    for table in _CARE_TABLES:
        bulk.insert_rows(opened.engine, table, rows[table])


def _ensure_network(opened: OpenVault) -> bool:
    """Adds the demo partner network to an empty vault; False if it has organisations."""
    with opened.engine.connect() as conn:
        if conn.exec_driver_sql("SELECT count(*) FROM organisation").scalar_one():
            return False
    bulk.insert_rows(opened.engine, "organisation", demo_care.organisations())
    bulk.insert_rows(opened.engine, "contact_person", demo_care.contact_persons())
    return True


def fill_demo(
    opened: OpenVault,
    persons: int,
    seed: int,
    *,
    contacts_per_person: float = 10.0,
    advice_ratio: float = 0.5,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Adds `persons` synthetic persons (with registrations and contacts) to the vault."""
    region = region_service.current_region(opened)
    gen = _Generator(seed, bulk.highest_person_id(opened.engine), today or date.today(), region)
    gen.sequences = _existing_sequences(opened)
    totals = {"persons": 0, "contacts": 0}
    batch = 10_000
    care = demo_care.CareGenerator(gen.rng, gen.today)
    fresh_network = _ensure_network(opened)
    active_ids: list[int] = []
    for start in range(0, persons, batch):
        people, identities, tokens, registrations, contacts = _generate(
            gen, min(batch, persons - start), contacts_per_person
        )
        bulk.insert_rows(opened.engine, "person", people)
        bulk.insert_rows(opened.engine, "identity", identities)
        bulk.insert_rows(opened.engine, "name_token", tokens)
        bulk.insert_rows(opened.engine, "registration", registrations)
        totals["contacts"] += bulk.insert_rows(opened.engine, "contact", contacts)
        _insert_care(opened, care, people)
        active_ids += [p["id"] for p in people if p["closed_on"] is None and p["status"] != "geen"]
        totals["persons"] += len(people)
        if progress:
            progress("persons", totals["persons"], persons)
    advice = int(persons * advice_ratio)
    bulk.insert_rows(opened.engine, "advice_question", (gen.advice() for _ in range(advice)))
    if fresh_network:
        extra = demo_care.meetings_and_prevention(
            gen.rng, FIRST_YEAR, gen.today, active_ids, region
        )
        for table, rows in extra.items():
            bulk.insert_rows(opened.engine, table, rows)
    vault_service.mark_demo(opened)
    return DemoSummary(totals["persons"], totals["contacts"], advice)


def is_demo(opened: OpenVault) -> bool:
    return vault_service.holds_demo_data(opened)


# Known to the app, never shown: a passphrase on screen invites reusing the demo vault
# for real work. The demo vault is opened only through the unlock window's demo button.
DEMO_PASSPHRASE = "demo-kluis-alleen-synthetische-gegevens"


def open_demo_vault(folder: Path, persons: int = 2000, *, kdf=None) -> OpenVault:  # noqa: ANN001
    """Opens (creating and filling it the first time) a demo vault with a known passphrase."""
    if vault_service.vault_exists(folder):
        return vault_service.unlock(folder, DEMO_PASSPHRASE)
    opened = vault_service.create_vault(folder, DEMO_PASSPHRASE, kdf=kdf).vault
    fill_demo(opened, persons, seed=2025)
    return opened
