"""Vocabularies as versioned data: every choice list of the registry in one place.

A term has a stable `code` (stored in the vault and in exports), a Dutch and an English
label, and aliases that imports and quick entry accept. Changing a list means a new
VOCABULARY_VERSION; stored codes are never renamed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

VOCABULARY_VERSION = 1


def fold(value: str) -> str:
    """Case-, accent- and punctuation-insensitive form for matching user input."""
    decomposed = unicodedata.normalize("NFKD", value.strip().lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain).split())


@dataclass(frozen=True)
class Term:
    code: str
    nl: str
    en: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]
    _index: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for term in self.terms:
            for spelling in (term.code, term.nl, term.en, *term.aliases):
                self._index.setdefault(fold(spelling), term.code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def match(self, value: str) -> str | None:
        """The code for a code, label or alias typed in any case; None if unknown."""
        return self._index.get(fold(value))

    def term(self, code: str) -> Term:
        for term in self.terms:
            if term.code == code:
                return term
        raise KeyError(code)

    def label(self, code: str, lang: str = "nl") -> str:
        return self.term(code).label(lang)


def _vocab(name: str, *terms: Term) -> Vocabulary:
    return Vocabulary(name, terms)


REGISTRATION_TYPES = _vocab(
    "registration_type",
    Term("melding", "Melding", "Report", ("signaal", "casus")),
    Term(
        "adviesvraag",
        "Adviesvraag / kort contact",
        "Advice question / short contact",
        ("advies", "kort contact", "consultatie"),
    ),
)

STATUSES = _vocab(
    "status",
    Term("vermoedelijk", "Vermoedelijk", "Suspected", ("vermoeden", "mogelijk")),
    Term("bevestigd", "Bevestigd", "Confirmed"),
    Term("geen", "Geen mensenhandel", "No trafficking", ("geen mensenhandel", "nee")),
)

EXPLOITATION_FORMS = _vocab(
    "exploitation_form",
    Term(
        "seksueel", "Seksuele uitbuiting", "Sexual exploitation", ("seksuele", "sex", "prostitutie")
    ),
    Term(
        "arbeid",
        "Arbeidsuitbuiting",
        "Labour exploitation",
        ("arbeids", "arbeidsuitbuiting", "werk"),
    ),
    Term("crimineel", "Criminele uitbuiting", "Criminal exploitation", ("criminele",)),
    Term(
        "orgaan",
        "Gedwongen orgaanverwijdering",
        "Forced organ removal",
        ("orgaanverwijdering", "organen"),
    ),
    Term("onbekend", "Onbekend", "Unknown", ("?",)),
)

MELDERS = _vocab(
    "melder",
    Term("politie", "Politie / AVIM", "Police / AVIM", ("avim", "politie avim")),
    Term("kmar", "Koninklijke Marechaussee", "Royal Marechaussee", ("marechaussee",)),
    Term(
        "arbeidsinspectie",
        "Nederlandse Arbeidsinspectie",
        "Labour Inspectorate",
        ("inspectie szw", "nla"),
    ),
    Term(
        "zorg", "Zorg / hulpverlening", "Care / support services", ("hulpverlening", "ggz", "ggd")
    ),
    Term("school", "School", "School", ("onderwijs",)),
    Term("huisarts", "Huisarts", "GP", ("arts",)),
    Term("wijkteam", "Wijkteam", "Neighbourhood team", ("generalist", "wijeindhoven")),
    Term("jeugdzorg", "Jeugdzorg", "Youth care", ("jeugdbescherming",)),
    Term("opvang", "Opvang", "Shelter", ("vrouwenopvang",)),
    Term(
        "familie", "Familie / omgeving", "Family / surroundings", ("omgeving", "familie omgeving")
    ),
    Term("zelf", "Slachtoffer zelf", "Victim themself", ("slachtoffer", "slachtoffer zelf")),
    Term("anders", "Anders", "Other", ("overig",)),
)

GENDERS = _vocab(
    "gender",
    Term("v", "Vrouw", "Female", ("vrouw", "f", "meisje")),
    Term("m", "Man", "Male", ("man", "jongen")),
    Term("x", "X / anders", "X / other", ("anders", "non-binair")),
    Term("onbekend", "Onbekend", "Unknown", ("o", "?")),
)

CONTACT_MODES = _vocab(
    "contact_mode",
    Term("face_to_face", "Persoonlijk gesprek", "Face-to-face", ("persoonlijk", "gesprek", "ftf")),
    Term("outreach", "Outreachend", "Outreach", ("outreachend", "straat")),
    Term("telefoon", "Telefonisch", "Phone", ("telefoon", "bellen", "tel")),
    Term("online", "Online / chat", "Online / chat", ("chat", "mail", "e-mail", "video")),
)

RISK_FLAGS = _vocab(
    "risk_flag",
    Term("minderjarig", "Minderjarig", "Minor", ("minor", "<18")),
    Term("lvb", "LVB (licht verstandelijke beperking)", "Mild intellectual disability", ()),
    Term("jongen_man_prostitutie", "Jongen/man in prostitutie", "Boy/man in prostitution", ()),
)

AANGIFTE = _vocab(
    "aangifte",
    Term("ja", "Aangifte gedaan", "Report made", ("gedaan", "yes")),
    Term("nee", "Geen aangifte", "No report", ("no", "geen")),
    Term(
        "overweegt",
        "Overweegt aangifte (bedenktijd)",
        "Considering (reflection period)",
        ("bedenktijd",),
    ),
    Term("onbekend", "Onbekend", "Unknown", ("?",)),
)

YES_NO_UNKNOWN = _vocab(
    "yes_no_unknown",
    Term("ja", "Ja", "Yes", ("j", "yes", "y", "1")),
    Term("nee", "Nee", "No", ("n", "no", "0")),
    Term("onbekend", "Onbekend", "Unknown", ("?", "")),
)

CONSENT_PURPOSES = _vocab(
    "consent_purpose",
    Term("zorg", "Zorg en doorverwijzing", "Care and referral", ("doorverwijzing",)),
    Term("comensha", "Registratie bij Comensha", "Registration with Comensha", ()),
    Term("zorgoverleg", "Bespreking in zorgoverleg", "Discussion in care meeting", ()),
    Term("overdracht", "Overdracht aan andere zorgcoördinator", "Handover to another coordinator",
         ("overdragen",)),
)

CONSENT_SIGNERS = _vocab(
    "consent_signer",
    Term("client", "Cliënt (16+)", "Client (16+)", ("clint", "zelf")),
    Term("ouder", "Ouder / voogd (onder 16)", "Parent / guardian (under 16)", ("voogd",)),
)

ORGANISATION_TYPES = _vocab(
    "organisation_type",
    Term("politie", "Politie / AVIM", "Police / AVIM", ("avim",)),
    Term("zorg", "Zorginstelling", "Care institution", ("ggz", "ggd")),
    Term("school", "School / onderwijs", "School / education", ("onderwijs",)),
    Term("huisarts", "Huisarts", "GP", ()),
    Term("wijkteam", "Wijkteam / generalist", "Neighbourhood team", ("generalist",)),
    Term("jeugdzorg", "Jeugdzorg", "Youth care", ()),
    Term("gemeente", "Gemeente", "Municipality", ()),
    Term("opvang", "Opvang", "Shelter", ()),
    Term("anders", "Anders", "Other", ("overig",)),
)

ADVICE_TOPICS = _vocab(
    "advice_topic",
    Term("signalen", "Signalen herkennen", "Recognising signals", ()),
    Term("doorverwijzing", "Doorverwijzing / zorgaanbod", "Referral / care offer", ()),
    Term("juridisch", "Juridisch / verblijf", "Legal / residence", ("verblijf",)),
    Term("aangifte", "Aangifte", "Police report", ()),
    Term("veiligheid", "Veiligheid", "Safety", ()),
    Term("anders", "Anders", "Other", ()),
)

CLOSURE_REASONS = _vocab(
    "closure_reason",
    Term("doelen_bereikt", "Doelen bereikt", "Goals reached", ()),
    Term("overgedragen", "Overgedragen aan ketenpartner", "Handed over", ("overdracht",)),
    Term("uit_beeld", "Uit beeld / vertrokken", "Lost contact / left", ("vertrokken",)),
    Term("geen_mensenhandel", "Geen mensenhandel", "No trafficking", ()),
    Term("weigert", "Cliënt wil geen hulp", "Client declines help", ()),
    Term("anders", "Anders", "Other", ()),
)
