"""The manual: writes the privacy statement from the code's own facts, then renders every
chapter of docs/handleiding/ into one PDF with contents, outline and page numbers.

    .venv/bin/python tools/build_manual.py              # both (make manual)
    .venv/bin/python tools/build_manual.py --privacy    # only 11-privacyverklaring.md

The in-app viewer (F1) shows the same Markdown files; the PDF is the printable copy that
ships in the bundle. Markdown is parsed with markdown-it-py (CommonMark, with tables)
and laid out with the reports' own ReportLab template and embedded fonts.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # markdown_pdf beside this file

from emp_desktop import __version__  # noqa: E402
from emp_desktop.services import export_service, vault_service  # noqa: E402
from emp_desktop.storage.keyslots import KdfParams  # noqa: E402

MANUAL = ROOT / "docs" / "handleiding"
PRIVACY = "11-privacyverklaring.md"
PDF_NAME = "handleiding.pdf"


def _kdf_text() -> str:
    kdf = KdfParams.production()
    return (
        f"Argon2id ({kdf.memory_kib // 1024} MiB geheugen, {kdf.iterations} rondes, "
        f"{kdf.parallelism} lanes)"
    )


def _preferences() -> str:
    """The INI file's keys, read from the GUI's declarations (so the list stays true)."""
    from emp_desktop.gui.settings import Preference, Settings

    keys = [v.key for v in vars(Settings).values() if isinstance(v, Preference)]
    return ", ".join(f"`{key}`" for key in keys)


def privacy_statement() -> str:
    folder = vault_service.APP_NAME
    threshold, k = export_service.DEFAULT_THRESHOLD, export_service.DEFAULT_K
    return f"""# Privacyverklaring (voor de DPIA)

*EMP Desktop {__version__}. Dit hoofdstuk wordt gemaakt uit de programmacode zelf
(`tools/build_manual.py`), zodat het klopt met wat het programma doet.*

**Wat wordt bewaard, en waar.** Alle gegevens over personen (identiteit, registraties,
contacten, traject, overleggen, toestemmingen, concepten) staan in één versleutelde
database, de **kluis**, op de laptop zelf: standaard in de gebruikersmap
(`~/.local/share/{folder}/kluis` op Linux, `%LOCALAPPDATA%\\{folder}\\kluis` op Windows,
`~/Library/Application Support/{folder}/kluis` op macOS), of de map die ICT-beheer instelt
(`EMP_VAULT`). Naast de database staan het sleutelbestand (alleen versleutelde sleutels),
de teller van mislukte ontgrendelpogingen en kopieën van vóór een schema-update (ook
versleuteld). Buiten de kluis bewaart het programma alleen schermvoorkeuren in een
INI-bestand ({_preferences()}); nooit iets over een cliënt. Er zijn geen logbestanden;
een foutmelding noemt alleen de plaats in de code, nooit inhoud.

**Versleuteling.** De database is versleuteld met SQLCipher 4 (AES-256, per pagina een
HMAC-SHA512 die elke wijziging buiten het programma zichtbaar maakt) onder een willekeurige
sleutel van 256 bits. Die sleutel staat alleen ingepakt met AES-256-GCM onder een sleutel die
met {_kdf_text()} wordt afgeleid van de wachtwoordzin, en apart van de herstelcode
(140 bits). Tijdelijke gegevens blijven in het geheugen (`temp_store=MEMORY`),
vrijgekomen ruimte wordt overschreven (`secure_delete`), en geheugendumps staan uit. Na
3 minuten zonder gebruik (instelbaar 1–10) vergrendelt het programma zich.

**Wat de laptop verlaat.** Het programma opent geen netwerkverbinding (de zelftest
controleert dat; de netwerkmodules van Qt zitten niet in de installatie). Er vertrekt
alleen wat de gebruiker zelf exporteert, na een voorbeeld en een bevestiging:
*Comensha-tabellen* en *Gemeente-monitoring* (aantallen, kleine aantallen onder de drempel
van {threshold} verborgen, terugrekenen voorkomen over alle leveringen samen),
het *Comensha-recordbestand* (k-anoniem met k = {k}, per ontvanger een andere
versleutelde code) en het *jaarverslag* (uit dezelfde beveiligde tabellen). Elke levering
staat in het leveringsregister. Documenten mét persoonsgegevens (inzage AVG art. 15,
overdracht aan een ketenpartner) worden alleen versleuteld gemaakt (AES-256 PDF of een
Argon2id/AES-GCM-bestand) met een wachtwoord dat de gebruiker apart doorgeeft.
Back-ups zijn versleutelde kopieën van de kluis en openen alleen met de wachtwoordzin of
de herstelcode.

**Bewaartermijnen.** In deze versie nog niet geautomatiseerd: registraties kunnen worden
afgesloten, maar wissen op verzoek en het automatisch anonimiseren na de bewaartermijn zijn
in ontwikkeling (zie hoofdstuk 8). Tot dan volgt de organisatie haar eigen procedure.

**Wie het auditlog kan lezen.** Het auditlog staat in de versleutelde kluis en kan
alleen worden gelezen door wie de kluis opent: de zorgcoördinator met de wachtwoordzin, of
wie de herstelcode gebruikt (en dat gebruik staat zelf in het log). Het log noemt personen
alleen op code. Elke regel is met SHA-256 aan de vorige gekoppeld en regels kunnen niet
worden gewijzigd of verwijderd; een gewijzigde, verwijderde of weggeknipte regel wordt bij
de controle gemeld. De leverancier heeft geen toegang: er is geen achterdeur en geen
sleutel buiten de organisatie.
"""


def write_privacy_statement() -> Path:
    target = MANUAL / PRIVACY
    target.write_text(privacy_statement(), encoding="utf-8")
    return target


def chapters() -> list[Path]:
    return sorted(MANUAL.glob("[0-9][0-9]-*.md"))


def anchor(chapter: str) -> str:
    return "ch-" + re.sub(r"[^a-z0-9]+", "-", Path(chapter).stem.lower())


def build_pdf() -> bytes:
    from markdown_pdf import chapter_story  # tools/markdown_pdf.py

    from emp_desktop.reports.layout import PdfMeta
    from emp_desktop.reports.layout import build_pdf as render

    story = []
    for path in chapters():
        story += chapter_story(path, anchor(path.name), anchor, new_page=bool(story))
    meta = PdfMeta(
        title="Handleiding EMP Desktop",
        author="EMP Desktop",
        subject="Handleiding voor zorgcoördinatoren mensenhandel",
        footer=f"Handleiding EMP Desktop {__version__}",
    )
    return render(story, meta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--privacy", action="store_true", help="alleen de privacyverklaring")
    parser.add_argument("--out", type=Path, default=MANUAL / PDF_NAME)
    args = parser.parse_args(argv)
    print(f"geschreven: {write_privacy_statement().relative_to(ROOT)}")
    if not args.privacy:
        args.out.write_bytes(build_pdf())
        print(f"geschreven: {args.out} ({args.out.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
