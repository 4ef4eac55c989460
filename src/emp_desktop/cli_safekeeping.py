"""emp-cli commands for what is kept and for how long: automatic backups with rotation,
the persons list by code, erasure on request and retention.

    backup auto [--target DIR …] [--keep-daily N --keep-weekly N --keep-monthly N]
    backup list --target DIR [--json]
    persons [--json]
    person erase CODE --reason TEXT
    retention run [--dry-run] [--json]
    retention policy [--adviesvraag N --signaal N --client N] [--json]

`backup auto` exits 8 when a target is full, 4 when a backup failed its test-restore,
1 when a target was unreachable (each reported on its own line), 0 when all succeeded.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

from emp_desktop.domain.errors import InvalidBackupSchedule
from emp_desktop.domain.messages import error_text, text
from emp_desktop.privacy.retention import TIERS
from emp_desktop.services import (
    backup_schedule,
    erasure_service,
    retention_service,
)

EXIT_OK, EXIT_FAILURE, EXIT_DAMAGED, EXIT_FULL = 0, 1, 4, 8


def extend_backup_parser(backup: argparse.ArgumentParser) -> None:
    backup.add_argument("action", nargs="?", choices=["auto", "list"])
    backup.add_argument("--target", type=Path, action="append", help="back-updoel (map)")
    backup.add_argument("--json", action="store_true")
    for bucket in ("daily", "weekly", "monthly"):
        backup.add_argument(f"--keep-{bucket}", type=int, help=f"aantal {bucket} te bewaren")


def add_commands(commands) -> None:  # noqa: ANN001 - argparse's private subparsers type
    persons = commands.add_parser("persons", help="personen op code (nooit identiteit)")
    persons.add_argument("--json", action="store_true")
    person = commands.add_parser("person", help="persoon wissen op verzoek (AVG art. 17)")
    person.add_argument("what", choices=["erase"])
    person.add_argument("code")
    person.add_argument("--reason", required=True, help="reden van de wissing (zonder naam)")
    retention = commands.add_parser("retention", help="bewaartermijnen toepassen of instellen")
    retention.add_argument("what", choices=["run", "policy"])
    retention.add_argument("--dry-run", action="store_true", help="alleen tonen")
    retention.add_argument("--json", action="store_true")
    for tier in TIERS:
        retention.add_argument(f"--{tier}", type=int, help=f"jaren voor {tier}")


def _cli():  # noqa: ANN202 - the cli module, imported late (it imports this one)
    from emp_desktop import cli

    return cli


def cmd_backup_action(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _backup_list(args)
    cli = _cli()
    outcomes = cli._with_vault(args, lambda opened: _auto(opened, args))
    for outcome in outcomes:
        _report_outcome(outcome, args.lang)
    if args.json:
        print(json.dumps([_outcome_json(o) for o in outcomes], indent=2))
    return _exit_code(outcomes)


def _auto(opened, args: argparse.Namespace):  # noqa: ANN001, ANN202
    policy = backup_schedule.schedule_settings(opened).policy
    overrides = {
        k: getattr(args, f"keep_{k}")
        for k in ("daily", "weekly", "monthly")
        if getattr(args, f"keep_{k}") is not None
    }
    policy = replace(policy, **overrides)
    if not policy.is_valid():
        raise InvalidBackupSchedule()
    return backup_schedule.auto_backup(opened, args.target, policy=policy)


def _report_outcome(outcome, lang: str) -> None:  # noqa: ANN001
    if outcome.status == "ok":
        print(
            text(
                "cli_backup_auto_ok",
                lang,
                target=outcome.target,
                file=outcome.file,
                size=outcome.size,
                kept=len(outcome.kept),
                deleted=len(outcome.deleted),
            )
        )
        return
    reason = error_text(outcome.error, lang) if outcome.error else ""
    line = text(f"cli_backup_auto_{outcome.status}", lang, target=outcome.target, reason=reason)
    print(line.replace("\n", " "), file=sys.stderr)


def _outcome_json(outcome) -> dict:  # noqa: ANN001
    document = asdict(outcome)
    document["error"] = outcome.error.key if outcome.error else None
    document["kept"], document["deleted"] = list(outcome.kept), list(outcome.deleted)
    return document


def _exit_code(outcomes) -> int:  # noqa: ANN001
    statuses = {o.status for o in outcomes}
    if "full" in statuses:
        return EXIT_FULL
    if "failed" in statuses:
        return EXIT_DAMAGED
    return EXIT_FAILURE if "unreachable" in statuses else EXIT_OK


def _backup_list(args: argparse.Namespace) -> int:
    cli = _cli()
    if not args.target or len(args.target) != 1:
        raise cli.UsageError("usage", detail="backup list --target DIR")
    if not args.target[0].is_dir():
        raise cli.UsageError("file_unreadable", path=args.target[0])
    listings = backup_schedule.list_backups(args.target[0])
    if args.json:
        print(json.dumps([asdict(item) for item in listings], indent=2))
        return EXIT_OK
    for item in listings:
        mark = "geverifieerd" if item.verified else "niet door EMP Desktop geverifieerd"
        print(f"{item.file}  {item.time}  {item.size} bytes  schema {item.schema_revision}  {mark}")
    return EXIT_OK


def cmd_persons(args: argparse.Namespace) -> int:
    rows = _cli()._with_vault(args, erasure_service.persons_overview)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
        return EXIT_OK
    for r in rows:
        state = "gewist" if r.erased else (r.status or "-")
        print(f"{r.code}  {r.tier:<8} {r.registration_year or '-'}  {state}  {r.closed or '-'}")
    return EXIT_OK


def cmd_person(args: argparse.Namespace) -> int:
    result = _cli()._with_vault(
        args, lambda opened: erasure_service.erase_person(opened, args.code, args.reason)
    )
    print(text("cli_person_erased", args.lang, code=result.code))
    if not result.wal_cleared:
        print(text("cli_wal_not_cleared", args.lang), file=sys.stderr)
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    cli = _cli()
    if args.what == "policy":
        policy = cli._with_vault(args, lambda opened: _policy(opened, args))
        document = {t: policy.years(t) for t in TIERS}
        shown = json.dumps(document) if args.json else None
        print(shown or text("cli_retention_policy", args.lang, **document))
        return EXIT_OK
    report = cli._with_vault(
        args, lambda opened: retention_service.run_retention(opened, dry_run=args.dry_run)
    )
    if args.json:
        document = {k: getattr(report, k) for k in ("dry_run", "anonymised", "kept", "tiers")}
        print(json.dumps({**document, "codes": list(report.codes)}, indent=2))
        return EXIT_OK
    key = "cli_retention_preview" if args.dry_run else "cli_retention_done"
    print(text(key, args.lang, anonymised=report.anonymised, kept=report.kept))
    return EXIT_OK


def _policy(opened, args: argparse.Namespace):  # noqa: ANN001, ANN202
    policy = retention_service.retention_policy(opened)
    changes = {t: getattr(args, t) for t in TIERS if getattr(args, t) is not None}
    if changes:
        policy = replace(policy, **changes)
        retention_service.save_retention_policy(opened, policy)
    return policy


COMMANDS = {"persons": cmd_persons, "person": cmd_person, "retention": cmd_retention}
