"""`emp-cli`: the headless command line over the services.

Exit codes (scripts rely on them): 0 ok · 1 other failure · 2 usage · 3 wrong
passphrase or recovery code · 4 vault damaged or tampered · 5 vault in use · 6 export
refused by disclosure control · 7 import refused · 8 disk full or a backup target full.
Errors are one line on stderr in the chosen language, never a traceback. A passphrase is
never accepted as an argument value: it comes from a file (first line) or a prompt.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from emp_desktop import cli_safekeeping
from emp_desktop.cli_usage import dutch_usage
from emp_desktop.domain.errors import EmpError, VaultDamaged
from emp_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, error_text, text
from emp_desktop.domain.vocabulary import GENDERS
from emp_desktop.services import (
    backup_service,
    demo_service,
    export_files,
    export_service,
    freetext_service,
    handover_service,
    import_service,
    region_service,
    report_service,
    vault_service,
)
from emp_desktop.services.errors import as_emp_error, privacy_refusals, writing
from emp_desktop.storage.atomic import write_atomic

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key, self.params = key, params


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every usage error
        raise UsageError("usage", detail=message)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="emp-cli", description="EMP Desktop – opdrachtregel")
    parser.add_argument("--vault", type=Path, help="map van de kluis (anders EMP_VAULT)")
    parser.add_argument("--passphrase-file", type=Path, help="bestand met de wachtwoordzin")
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    parser.add_argument(
        "--self-test", action="store_true", help="installatie controleren (zonder kluis)"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    init = commands.add_parser("init", help="nieuwe kluis maken")
    init.add_argument("--recovery-out", type=Path, help="schrijf de herstelcode naar dit bestand")
    info = commands.add_parser("info", help="gegevens over de kluis")
    info.add_argument("--json", action="store_true")
    commands.add_parser("verify", help="kluis volledig controleren")
    passwd = commands.add_parser("passwd", help="wachtwoordzin wijzigen")
    passwd.add_argument("--new-passphrase-file", type=Path, required=True)
    recover = commands.add_parser("recover", help="nieuwe wachtwoordzin met de herstelcode")
    recover.add_argument("--recovery-file", type=Path, required=True)
    recover.add_argument("--new-passphrase-file", type=Path, required=True)
    backup = commands.add_parser("backup", help="versleutelde back-up maken")
    backup.add_argument("--out", type=Path, help="één back-upbestand (zonder auto/list)")
    cli_safekeeping.extend_backup_parser(backup)
    restore = commands.add_parser("restore", help="back-up terugzetten in een lege map")
    restore.add_argument("--from", dest="source", type=Path, required=True)
    restore.add_argument(
        "--recovery-file", type=Path, help="herstelcode gebruiken in plaats van de wachtwoordzin"
    )
    audit = commands.add_parser("audit", help="auditlog tonen")
    audit.add_argument("--json", action="store_true")
    importer = commands.add_parser("import", help="registraties importeren (CSV of XLSX)")
    importer.add_argument("what", choices=["registrations"])
    importer.add_argument("file", type=Path)
    importer.add_argument("--preview", action="store_true", help="alleen controleren")
    export = commands.add_parser("export", help="geanonimiseerde export (na controle)")
    export.add_argument("profile", choices=export_service.PROFILES)
    export.add_argument("--period", required=True, help="jaar (2025) of kwartaal (2025Q3)")
    export.add_argument("--out", type=Path, required=True, help="doelmap")
    export.add_argument("--threshold", type=int, default=export_service.DEFAULT_THRESHOLD)
    export.add_argument("--k", type=int, default=export_service.DEFAULT_K)
    export.add_argument("--preview", action="store_true", help="alleen tonen, niets schrijven")
    export.add_argument(
        "--correction",
        action="store_true",
        help="correctielevering van een geleverd jaar (met latere wijzigingen)",
    )
    report = commands.add_parser("report", help="jaarverslag (PDF) maken")
    report.add_argument("kind", choices=["annual"])
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--out", type=Path, required=True, help="PDF-bestand")
    report.add_argument(
        "--correction",
        action="store_true",
        help="gecorrigeerde versie: telt nagekomen en gecorrigeerde registraties mee",
    )
    releases = commands.add_parser("releases", help="leveringsregister tonen")
    releases.add_argument("--json", action="store_true")
    cli_safekeeping.add_commands(commands)
    demo = commands.add_parser("demo", help="kluis vullen met synthetische demogegevens")
    demo.add_argument("--persons", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--contacts-per-person", type=float, default=10.0)
    demo.add_argument(
        "--recovery-out", type=Path, help="bij een nieuwe kluis: schrijf de herstelcode hierheen"
    )
    _region_parser(commands)
    _add_handover_commands(commands)
    return parser


def _region_parser(commands) -> None:  # noqa: ANN001 - argparse's private subparsers type
    region = commands.add_parser("region", help="regio van de kluis tonen of instellen")
    actions = region.add_subparsers(dest="region_action", required=True, parser_class=_Parser)
    show = actions.add_parser("show", help="regio en gemeenten tonen")
    show.add_argument("--json", action="store_true")
    chosen = actions.add_parser("set", help="regio instellen (wordt vastgelegd in het auditlog)")
    chosen.add_argument("--name", required=True, help="naam van de regio, bv. Rijnmond")
    chosen.add_argument(
        "--municipalities",
        required=True,
        help="CBS-codes of namen, gescheiden door komma's: GM0599,GM0606,…",
    )


def _add_handover_commands(commands) -> None:  # noqa: ANN001
    notes = commands.add_parser("notes", help="vrije tekst controleren op persoonsgegevens")
    notes.add_argument("action", choices=["scan"])
    notes.add_argument("--json", action="store_true")
    keys = commands.add_parser("keys", help="ontvangstsleutel van deze kluis")
    keys.add_argument("action", choices=["show"])
    keys.add_argument("--json", action="store_true")
    handover = commands.add_parser("handover", help="casus overdragen aan een andere kluis")
    actions = handover.add_subparsers(dest="action", required=True, parser_class=_Parser)
    export = actions.add_parser("export", help="versleuteld overdrachtsbestand maken")
    export.add_argument("code", help="pseudoniemcode, bijvoorbeeld EMP-2025-0001")
    export.add_argument("--to", required=True, help="ontvangstsleutel (age1…)")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--findings", choices=["replace", "keep"])
    export.add_argument("--reason", default="", help="reden bij --findings keep")
    export.add_argument("--organisation", default="", help="naam van de verzendende organisatie")
    importer = actions.add_parser("import", help="overdrachtsbestand inlezen")
    importer.add_argument("file", type=Path)
    importer.add_argument("--preview", action="store_true", help="alleen tonen wat binnenkomt")
    close = actions.add_parser("close", help="casus hier afsluiten als overgedragen")
    close.add_argument("code")
    close.add_argument("--to", required=True, help="aan wie (organisatie of regio)")


def _first_line(path: Path) -> str:
    """UTF-8 with or without BOM; anything else (UTF-16, Latin-1) is said, not guessed."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            line = handle.readline().rstrip("\r\n")
    except UnicodeDecodeError:
        raise UsageError("passphrase_file_encoding", path=path) from None
    except OSError:
        raise UsageError("file_unreadable", path=path) from None
    if "\x00" in line:  # UTF-16 without BOM decodes as UTF-8 with NULs in between
        raise UsageError("passphrase_file_encoding", path=path)
    if not line:
        raise UsageError("file_empty", path=path)
    return line


def _passphrase(args: argparse.Namespace, prompt: str = "Wachtwoordzin: ") -> str:
    if args.passphrase_file:
        return _first_line(args.passphrase_file)
    if not sys.stdin.isatty():
        raise UsageError("usage_no_passphrase_tty")
    return getpass.getpass(prompt)


def _folder(args: argparse.Namespace) -> Path:
    return args.vault or vault_service.default_vault_folder()


def _with_vault(args: argparse.Namespace, action):  # noqa: ANN001, ANN202
    opened = vault_service.unlock(_folder(args), _passphrase(args))
    if opened.unaudited_unlock:
        _fail(text("cli_disk_full_unaudited", args.lang, action="unlock"))
    try:
        return action(opened)
    finally:
        vault_service.lock(opened)


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args)
    if not args.passphrase_file:
        again = getpass.getpass("Herhaal de wachtwoordzin: ")
        if again != passphrase:
            raise UsageError("passphrases_differ")
    recovery_out = getattr(args, "recovery_out", None)
    if recovery_out is not None and recovery_out.exists():
        raise UsageError("cli_file_exists", path=recovery_out)  # it may hold another code
    created = vault_service.create_vault(_folder(args), passphrase, pending=True)
    vault_service.lock(created.vault)
    # The vault counts as created only once its recovery code is on disk (0600) or on
    # screen; a kill before that leaves a folder that `init` makes again.
    if recovery_out is not None:
        write_atomic(recovery_out, (created.recovery_code + "\n").encode("utf-8"))
        print(text("cli_recovery_written", args.lang, path=recovery_out))
    else:
        print(text("cli_recovery_shown", args.lang))
        print(created.recovery_code, flush=True)
    vault_service.confirm_created(_folder(args))
    return EXIT_OK


def _info_json(info) -> dict:  # noqa: ANN001
    document = asdict(info)
    document["folder"] = str(info.folder)
    return document


def cmd_info(args: argparse.Namespace) -> int:
    info = _with_vault(args, vault_service.vault_info)
    if args.json:
        print(json.dumps(_info_json(info), indent=2, sort_keys=True))
        return EXIT_OK
    print(
        text(
            "cli_info",
            args.lang,
            folder=info.folder,
            revision=info.schema_revision,
            cipher=info.cipher_version,
            memory=info.kdf.memory_kib // 1024,
            iterations=info.kdf.iterations,
            parallelism=info.kdf.parallelism,
        )
    )
    for table, count in sorted(info.record_counts.items()):
        print(f"  {table}: {count}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    report = _with_vault(args, vault_service.verify_vault)
    if not report.ok:
        raise VaultDamaged(
            detail=", ".join(_verify_problems(report)),
            restore_from=vault_service.newest_backup(_folder(args)),
        )
    print(text("cli_verify_ok", args.lang, entries=report.audit_entries))
    return EXIT_OK


def _verify_problems(report) -> list[str]:  # noqa: ANN001
    problems = list(report.problems)
    if not report.cipher_ok:
        problems.append("SQLCipher-paginacontrole")
    if not report.integrity_ok:
        problems.append("SQLite-integriteit")
    if not report.schema_at_head:
        problems.append("schema niet actueel")
    return problems


def cmd_passwd(args: argparse.Namespace) -> int:
    current = _passphrase(args)
    new = _first_line(args.new_passphrase_file)
    opened = vault_service.unlock(_folder(args), current)
    try:
        vault_service.change_passphrase(opened, current, new)
    finally:
        vault_service.lock(opened)
    print(text("cli_passwd_ok", args.lang))
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    code = _first_line(args.recovery_file)
    new = _first_line(args.new_passphrase_file)
    vault_service.lock(vault_service.recover(_folder(args), code, new))
    print(text("cli_passwd_ok", args.lang))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    if args.action:
        return cli_safekeeping.cmd_backup_action(args)
    if args.out is None:
        raise UsageError("usage", detail="backup --out BESTAND, backup auto of backup list")
    result = _with_vault(args, lambda opened: backup_service.backup_vault(opened, args.out))
    print(text("cli_backup_ok", args.lang, path=result.path, size=result.size_bytes))
    if not result.audited:
        _fail(text("cli_disk_full_unaudited", args.lang, action="backup"))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if args.recovery_file:
        secret, by_code = _first_line(args.recovery_file), True
    else:
        secret, by_code = _passphrase(args), False
    opened = backup_service.restore_backup(
        args.source, _folder(args), secret, recovery_code=by_code
    )
    vault_service.lock(opened)
    print(text("cli_restore_ok", args.lang, folder=_folder(args)))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    lines = _with_vault(args, vault_service.audit_log)
    if args.json:
        print(json.dumps([asdict(line) for line in lines], indent=2, ensure_ascii=False))
        return EXIT_OK
    for line in reversed(lines):
        subject = line.subject or "-"
        print(f"{line.id:>6}  {line.at}  {line.actor}  {line.action}  {subject}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    action = import_service.preview_import if args.preview else import_service.run_import
    import_service.check_file(args.file)  # a bad or oversized file is refused before unlocking
    try:
        report = _with_vault(args, lambda opened: action(opened, args.file))
    except import_service.ImportRejected as rejected:
        for problem in rejected.report.problems:
            print(_problem_line(problem, args.lang), file=sys.stderr)
        raise
    _print_import_report(report, args.lang)
    return EXIT_OK


def _problem_line(problem, lang: str) -> str:  # noqa: ANN001
    reason = text(problem.key, lang, value=problem.value)
    return text("cli_import_problem", lang, line=problem.line, column=problem.column, reason=reason)


def _print_import_report(report, lang: str) -> None:  # noqa: ANN001
    key = "cli_import_done" if report.imported else "cli_import_preview"
    print(
        text(
            key,
            lang,
            meldingen=report.meldingen,
            advice=report.advice_questions,
            duplicates=len(report.duplicates),
            total=report.total_rows,
        )
    )
    for problem in report.problems:
        print(_problem_line(problem, lang))
    if report.unknown_columns:
        print(text("cli_import_unknown_columns", lang, columns=", ".join(report.unknown_columns)))


def _export(opened, args: argparse.Namespace):  # noqa: ANN001, ANN202
    with privacy_refusals():
        preview = export_service.prepare_export(
            opened, args.profile, args.period, args.threshold, args.k, correction=args.correction
        )
    if args.preview:
        return preview, None
    return preview, export_files.write_export(opened, preview, args.out)


def _family_notes(preview: export_service.ExportPreview, lang: str) -> None:
    if preview.reproduced:
        print(text("cli_export_reproduced", lang))
    if preview.corrects:
        print(text("cli_export_correction", lang, count=preview.late_changes,
                   revision=preview.revision))
    elif preview.late_changes:
        print(text("cli_export_late", lang, count=preview.late_changes))


def cmd_export(args: argparse.Namespace) -> int:
    preview, result = _with_vault(args, lambda opened: _export(opened, args))
    _family_notes(preview, args.lang)
    if preview.region_note:
        print(preview.region_note)
    if result is None:
        for pt in preview.protected:
            print(f"# {pt.table.name} ({pt.table.unit})")
            for row in export_files.preview_rows(pt):
                print(";".join(row))
        for note in (n for pt in preview.protected for n in pt.notes):
            print(f"- {note}")
        print(
            text(
                "cli_export_preview",
                args.lang,
                hidden=preview.hidden_cells,
                records=len(preview.records),
            )
        )
        return EXIT_OK
    print(
        text(
            "cli_export_done",
            args.lang,
            files=len(result.files),
            folder=result.folder,
            hidden=preview.hidden_cells,
            records=len(preview.records),
        )
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    if not 2000 <= args.year <= 2100:
        raise UsageError("usage", detail="--year")
    if args.out.exists():
        raise UsageError("cli_file_exists", path=args.out)
    with writing(args.out):  # a folder that cannot take the file fails before anything is made
        _check_writable(args.out.absolute().parent)
    pdf = _with_vault(
        args,
        lambda opened: report_service.render_annual(
            opened, args.year, correction=args.correction
        ),
    )
    with writing(args.out):
        write_atomic(args.out, pdf)
    print(text("cli_report_done", args.lang, path=args.out, size=len(pdf)))
    return EXIT_OK


def _check_writable(folder: Path) -> None:
    """Raises the OSError writing into `folder` would raise (missing, a file, read-only)."""
    if not folder.is_dir():
        raise OSError(errno.ENOTDIR if folder.exists() else errno.ENOENT, str(folder))
    if not os.access(folder, os.W_OK):
        raise OSError(errno.EACCES, str(folder))


def cmd_releases(args: argparse.Namespace) -> int:
    rows = _with_vault(args, export_service.release_register)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in rows:
        print(
            f"{r.id:>4}  {r.created_at}  {r.profile:<17} {r.period:<7} {r.recipient}  "
            f"{len(r.files)} bestanden  manifest {r.manifest_sha256[:12] or '-'}"
            + (f"  regio {r.region}" if r.region else "")
            + ("  ONBEVESTIGD (afgebroken)" if r.status != "confirmed" else "")
        )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    if args.persons < 1 or args.persons > 1_000_000:
        raise UsageError("usage", detail="--persons tussen 1 en 1000000")
    folder = _folder(args)
    if not vault_service.vault_exists(folder):
        cmd_init(args)
    summary = _with_vault(
        args,
        lambda opened: demo_service.fill_demo(
            opened, args.persons, args.seed, contacts_per_person=args.contacts_per_person
        ),
    )
    print(
        text(
            "cli_demo_done",
            args.lang,
            persons=summary.persons,
            contacts=summary.contacts,
            advice=summary.advice_questions,
        )
    )
    return EXIT_OK


def cmd_region(args: argparse.Namespace) -> int:
    if args.region_action == "set":
        entries = args.municipalities.split(",")
        view = _with_vault(args, lambda o: region_service.set_region(o, args.name, entries))
        provinces = ", ".join(view.provinces)
        count = len(view.municipalities)
        print(text("cli_region_saved", args.lang, name=view.name, count=count, provinces=provinces))
        return EXIT_OK
    view = _with_vault(args, region_service.region_view)
    if args.json:
        document = {**asdict(view), "codes": list(view.codes)}
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{view.title} ({', '.join(view.provinces)})")
    if view.is_default:
        print(text("cli_region_preset", args.lang))
    for m in view.municipalities:
        print(f"{m.code}  {m.name}")
    return EXIT_OK


def cmd_notes(args: argparse.Namespace) -> int:
    lines = _with_vault(args, freetext_service.scan_vault)
    if args.json:
        print(json.dumps([asdict(line) for line in lines], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not lines:
        print(text("cli_notes_none", args.lang))
    for line in lines:
        record = line.record or "-"
        print(f"{line.code:<14} {line.field:<18} {record:>6}  {line.kind} ×{line.count}")
    return EXIT_OK


def cmd_keys(args: argparse.Namespace) -> int:
    recipient = _with_vault(args, handover_service.receiving_recipient)
    print(json.dumps({"recipient": recipient}) if args.json else recipient)
    return EXIT_OK


def _person_id(opened, code: str) -> int:  # noqa: ANN001
    from emp_desktop.services import registry_service

    found = registry_service.find_person(opened, code)
    if found is None:
        raise UsageError("handover_unknown_code", code=code[:20])
    return found.id


def _resolution(args: argparse.Namespace):  # noqa: ANN202
    from emp_desktop.privacy.freetext_guard import Resolution

    if args.findings == "replace":
        return Resolution.replace_everything()
    if args.findings == "keep":
        if not args.reason.strip():
            raise UsageError("freetext_reason_missing")
        return Resolution.keep_everything(args.reason)
    return None


def _handover_export(args: argparse.Namespace) -> int:
    if args.out.exists():
        raise UsageError("cli_file_exists", path=args.out)
    resolution = _resolution(args)
    _with_vault(
        args,
        lambda opened: handover_service.export_handover(
            opened, _person_id(opened, args.code), args.to, args.out, resolution,
            args.organisation,
        ),
    )
    print(text("cli_handover_done", args.lang, path=args.out, recipient=args.to.strip()[:16] + "…"))
    return EXIT_OK


_COUNT_LABELS = {
    "nl": {
        "registrations": "meldingen",
        "contacts": "contacten",
        "consents": "toestemmingen",
        "goals": "doelen",
        "referrals": "verwijzingen",
        "assessments": "ZRM-metingen",
    },
    "en": {"assessments": "ZRM assessments"},
}


def _preview_line(preview, lang: str) -> str:  # noqa: ANN001
    labels = _COUNT_LABELS.get(lang, {})
    counts = ", ".join(f"{labels.get(k, k)} {v}" for k, v in preview.counts.items())
    try:
        gender = GENDERS.label(preview.gender, lang)
    except KeyError:  # a code this version does not know: shown as it came
        gender = preview.gender
    return text(
        "cli_handover_preview",
        lang,
        sender=preview.sender_code,
        organisation=preview.sender_organisation or "-",
        created=preview.created_at.replace("T", " ")[:16],
        gender=gender,
        age="-" if preview.age is None else preview.age,
        municipality=preview.municipality,
        identity="ja" if preview.has_identity else "nee",
        counts=counts,
    )


def _handover_import(args: argparse.Namespace) -> int:
    if args.preview:
        preview = _with_vault(args, lambda o: handover_service.preview_handover(o, args.file))
        print(_preview_line(preview, args.lang))
        return EXIT_OK
    ref, preview = _with_vault(args, lambda o: handover_service.import_handover(o, args.file))
    print(_preview_line(preview, args.lang))
    print(text("cli_handover_imported", args.lang, code=ref.code, sender=preview.sender_code))
    return EXIT_OK


def _handover_close(args: argparse.Namespace) -> int:
    _with_vault(
        args,
        lambda o: handover_service.close_handed_over(o, _person_id(o, args.code), args.to),
    )
    print(text("cli_handover_closed", args.lang, code=args.code.upper(), to=args.to.strip()))
    return EXIT_OK


def cmd_handover(args: argparse.Namespace) -> int:
    actions = {"export": _handover_export, "import": _handover_import, "close": _handover_close}
    return actions[args.action](args)


COMMANDS = {
    "notes": cmd_notes,
    "keys": cmd_keys,
    "handover": cmd_handover,
    "init": cmd_init,
    "info": cmd_info,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "audit": cmd_audit,
    "import": cmd_import,
    "demo": cmd_demo,
    "export": cmd_export,
    "releases": cmd_releases,
    "report": cmd_report,
    "region": cmd_region,
    **cli_safekeeping.COMMANDS,
}


def _language_from(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1] if arg.split("=", 1)[1] in LANGUAGES else "nl"
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
    return DEFAULT_LANGUAGE


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = _language_from(argv)
    os.umask(0o077)  # every file this process makes is the owner's only
    if "--self-test" in argv:  # no vault, no passphrase: the installation itself
        return _self_test(lang)
    args = None
    try:
        with dutch_usage(lang):
            args = _build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except UsageError as error:
        _fail(text(error.key, lang, **error.params))
        return EXIT_USAGE
    except EmpError as error:
        _fail(error_text(error, lang))
        return error.exit_code
    except KeyboardInterrupt:
        _fail(text("cli_interrupted", lang))
        return EXIT_FAILURE
    except Exception as error:  # noqa: BLE001 - the contract: one line, never a traceback
        known = as_emp_error(error, _folder(args) if args is not None else None)
        if known is not None:
            _fail(error_text(known, lang))
            return known.exit_code
        _fail(text("cli_unexpected", lang, kind=type(error).__name__))
        return EXIT_FAILURE


def _self_test(lang: str) -> int:
    from emp_desktop.services import selftest_service

    return selftest_service.print_run(
        selftest_service.qt_checks_in_child, lang, lambda line: print(line, flush=True)
    )


def _fail(message: str) -> None:
    print(message.replace("\n", " "), file=sys.stderr)


def run() -> None:
    """The console entry point. When the free-text detector was loaded (deduce keeps
    about a gigabyte of Dutch name and place tables in memory), the process leaves
    without tearing those objects down one by one: the vault is locked and every file
    closed by then, and freeing them took longer than the command itself."""
    import os

    from emp_desktop.privacy import freetext

    code = main()
    if freetext.is_loaded():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
