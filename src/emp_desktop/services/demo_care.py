"""Demo data for trajectories, consents, outcomes, the network, meetings and prevention:
synthetic, in plausible proportions, generated per batch of demo persons."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import date, timedelta

from emp_desktop.domain.care import ZRM_DOMAINS
from emp_desktop.domain.region import EINDHOVEN

NETWORK = (
    ("Humanitas", "zorg"),
    ("GGD Brabant-Zuidoost", "zorg"),
    ("GGZ Oost Brabant", "zorg"),
    ("NEOS", "opvang"),
    ("Leger des Heils", "opvang"),
    ("WIJeindhoven", "gemeente"),
    ("Politie AVIM Oost-Brabant", "politie"),
    ("Lunet zorg", "zorg"),
    ("Combinatie Jeugdzorg", "jeugdzorg"),
    ("JUZT", "jeugdzorg"),
    ("BJ Brabant", "jeugdzorg"),
    ("Koraalgroep (YIP!)", "jeugdzorg"),
    ("Juridisch Loket", "juridisch"),
)
_DOMAINS_BY_TYPE = {
    "zorg": ("medisch", "psychisch"),
    "opvang": ("opvang", "huisvesting"),
    "gemeente": ("schulden", "huisvesting", "onderwijs_werk"),
    "politie": ("politie",),
    "jeugdzorg": ("psychisch", "opvang"),
    "juridisch": ("juridisch",),
}


_GOALS = (
    "Veilige woonplek",
    "Schulden in beeld",
    "Dagbesteding of school",
    "Aangifte overwegen",
    "Traumabehandeling starten",
    "Netwerk herstellen",
)


def contact_persons() -> list[dict]:
    """One synthetic contact person per partner organisation."""
    return [
        {
            "organisation_id": i + 1,
            "name": f"Contactpersoon {i + 1} (demo)",
            "role": "Aandachtsfunctionaris",
            "phone": "",
            "email": "",
        }
        for i in range(len(NETWORK))
    ]


def organisations() -> list[dict]:
    return [
        {"id": i + 1, "name": name, "type": type_, "municipality": "GM0772"}
        for i, (name, type_) in enumerate(NETWORK)
    ]


def _day(start: str, rng: random.Random, max_days: int, today: date) -> date:
    day = date.fromisoformat(start) + timedelta(days=rng.randrange(max(1, max_days)))
    return min(day, today)


class CareGenerator:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng, self.today = rng, today

    def for_person(self, person: dict, rows: dict[str, list[dict]]) -> None:
        if person["status"] == "geen":
            return
        rng, pid = self.rng, person["id"]
        closed = person["closed_on"] is not None
        phase = (
            "afgesloten"
            if closed
            else rng.choice(("intake", "plan", "traject", "traject", "nazorg"))
        )
        rows["trajectory"].append(
            {
                "person_id": pid,
                "phase": phase,
                "intensity": rng.choice(("intensief", "regulier", "regulier", "licht")),
                "next_checkin_on": None
                if closed
                else (self.today + timedelta(days=rng.randint(-5, 30))).isoformat(),
            }
        )
        self._consents(person, rows)
        self._referrals(person, rows)
        self._zrm(person, rows)
        self._goals_and_incidents(person, rows)
        if rng.random() < 0.6:
            rows["outcome"].append(
                {
                    "person_id": pid,
                    "safety_plan": rng.random() < 0.5,
                    "has_debts": rng.choice(("ja", "nee", "onbekend")),
                    "debt_range": rng.choice(("geen", "tot_1000", "1000_5000", "onbekend")),
                    "debt_help": rng.random() < 0.3,
                    "relapse": rng.random() < 0.1,
                    "trauma_complaints": rng.random() < 0.5,
                    "ggz_referral": rng.random() < 0.35,
                }
            )
        if not closed and rng.random() < 0.3:
            rows["deadline"].append(
                {
                    "person_id": pid,
                    "kind": rng.choice(("bedenktijd", "aangifte", "zrm", "checkin")),
                    "due_on": (self.today + timedelta(days=rng.randint(-15, 45))).isoformat(),
                    "done_on": None,
                    "note": "",
                    "action_item_id": None,
                }
            )

    def _goals_and_incidents(self, person: dict, rows: dict[str, list[dict]]) -> None:
        rng = self.rng
        for goal in rng.sample(_GOALS, rng.randint(0, 3)):
            rows["care_goal"].append(
                {
                    "person_id": person["id"],
                    "description": goal,
                    "status": rng.choice(("open", "bezig", "bezig", "bereikt", "niet_bereikt")),
                    "created_on": person["registration_date"],
                }
            )
        if rng.random() < 0.1:
            rows["safety_incident"].append(
                {
                    "person_id": person["id"],
                    "occurred_on": _day(
                        person["registration_date"], rng, 200, self.today
                    ).isoformat(),
                    "description": "Demo-incident (synthetisch).",
                }
            )

    def _consents(self, person: dict, rows: dict[str, list[dict]]) -> None:
        signer = "ouder" if (person["age"] or 30) < 16 else "client"
        for purpose, share in (("zorg", 0.8), ("comensha", 0.6), ("zorgoverleg", 0.5)):
            if self.rng.random() < share:
                rows["consent"].append(
                    {
                        "person_id": person["id"],
                        "purpose": purpose,
                        "given_on": person["registration_date"],
                        "signer": signer,
                        "withdrawn_on": None,
                    }
                )

    def _referrals(self, person: dict, rows: dict[str, list[dict]]) -> None:
        rng = self.rng
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            org = rng.randrange(len(NETWORK))
            requested = _day(person["registration_date"], rng, 60, self.today)
            started = requested + timedelta(days=rng.randint(3, 60))
            started_on = started.isoformat() if started <= self.today else None
            rows["referral"].append(
                {
                    "person_id": person["id"],
                    "organisation_id": org + 1,
                    "domain": rng.choice(_DOMAINS_BY_TYPE[NETWORK[org][1]]),
                    "status": "gestart" if started_on else "aangevraagd",
                    "requested_on": requested.isoformat(),
                    "accepted_on": started_on,
                    "rejected_on": None,
                    "started_on": started_on,
                    "done_on": None,
                    "revoked_on": None,
                    "consent_override": False,
                }
            )

    def _zrm(self, person: dict, rows: dict[str, list[dict]]) -> None:
        rng = self.rng
        if rng.random() > 0.6:
            return
        base = {d: rng.randint(1, 3) for d in ZRM_DOMAINS["2017"]}
        moments = [("intake", 10), ("periodiek", 120)]
        if person["closed_on"]:
            moments.append(("afsluiting", 365))
        for step, (moment, days) in enumerate(moments):
            on = date.fromisoformat(person["registration_date"]) + timedelta(days=days)
            if on > self.today:
                break
            # Most clients gain self-reliance over time, some slip back: not every line rises.
            trend = rng.choice((1, 1, 1, 0, -1)) * step
            scores = {
                d: max(1, min(5, s + trend + rng.choice((-1, 0, 0, 1)) * (step > 0)))
                for d, s in base.items()
            }
            rows["zrm_assessment"].append(
                {
                    "person_id": person["id"],
                    "edition": "2017",
                    "moment": moment,
                    "assessed_on": on.isoformat(),
                    "scores": json.dumps(scores, ensure_ascii=False, sort_keys=True),
                }
            )


def meetings_and_prevention(
    rng: random.Random,
    first_year: int,
    today: date,
    active_ids: list[int],
    region: Sequence[str] = EINDHOVEN,
) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {
        k: []
        for k in (
            "meeting",
            "meeting_attendance",
            "meeting_case",
            "action_item",
            "prevention_session",
            "consultation",
            "deadline",
        )
    }
    day, meeting_id = date(first_year, 1, 8), 0
    while day <= today + timedelta(weeks=4):
        meeting_id += 1
        rows["meeting"].append(
            {
                "id": meeting_id,
                "kind": "zorgoverleg",
                "date": day.isoformat(),
                "minutes": "Demo-verslag (synthetisch).",
            }
        )
        for org in rng.sample(range(1, 8), rng.randint(4, 7)):
            rows["meeting_attendance"].append({"meeting_id": meeting_id, "organisation_id": org})
        if day <= today and active_ids:
            for pid in rng.sample(active_ids, min(len(active_ids), rng.randint(2, 6))):
                rows["meeting_case"].append(
                    {"meeting_id": meeting_id, "person_id": pid, "decision": "Besproken (demo)."}
                )
                if rng.random() < 0.3:
                    action = _action(rng, meeting_id, pid, day, today)
                    action["id"] = len(rows["action_item"]) + 1
                    rows["action_item"].append(action)
                    rows["deadline"].append(
                        {  # as network_service.add_action does
                            "person_id": pid,
                            "kind": "actiepunt",
                            "due_on": action["due_on"],
                            "done_on": action["done_on"],
                            "action_item_id": action["id"],
                            "note": f"{action['description']} ({action['owner']})",
                        }
                    )
        day += timedelta(weeks=4)
    for year in range(first_year, today.year + 1):
        _prevention_year(rng, year, today, rows, region)
    return rows


def _prevention_year(
    rng: random.Random, year: int, today: date, rows: dict, region: Sequence[str]
) -> None:
    for _ in range(rng.randint(25, 45)):
        on = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        if on > today:
            continue
        kind = rng.choice(
            ("voorlichting", "voorlichting", "voorlichting", "training_1", "training_2")
        )
        audience = (
            "professionals"
            if kind != "voorlichting"
            else rng.choice(("jongeren", "jongeren", "ouders", "professionals"))
        )
        rows["prevention_session"].append(
            {
                "kind": kind,
                "date": on.isoformat(),
                "institution_type": rng.choice(
                    ("school", "zorginstelling", "huisartsen", "wijkteam", "anders")
                ),
                "municipality": rng.choice(region),
                "audience": audience,
                "participants": rng.randint(8, 25)
                if kind != "voorlichting"
                else rng.randint(15, 150),
                "evaluation_score": round(rng.uniform(6.5, 9.2), 1),
                "signals_followed": rng.randint(0, 3),
            }
        )
    for _ in range(rng.randint(30, 60)):
        on = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        if on <= today:
            rows["consultation"].append(
                {
                    "organisation_id": rng.randint(1, len(NETWORK)),
                    "date": on.isoformat(),
                    "topic": rng.choice(("signalen", "doorverwijzing", "juridisch", "veiligheid")),
                    "duration_minutes": rng.choice((15, 30, 45)),
                }
            )


def _action(rng: random.Random, meeting_id: int, person_id: int, day: date, today: date) -> dict:
    due = day + timedelta(days=rng.randint(7, 28))
    return {
        "meeting_id": meeting_id,
        "person_id": person_id,
        "description": "Terugkoppeling voorbereiden (demo)",
        "owner": NETWORK[rng.randrange(7)][0],
        "due_on": due.isoformat(),
        "done_on": due.isoformat() if due < today else None,
    }
