"""The headless command line, over the same services as the window.

Every command validates before it writes; a refused command prints one line on
stderr naming the problem and exits with status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dsar_desk.domain.errors import DomainError, ValidationError
from dsar_desk.domain.vocabulary import (
    Channel,
    Country,
    HolidayProfile,
    Language,
    Outcome,
    PauseReason,
    Relationship,
    Right,
    parse_choice,
)

EXIT_FAILED = 1  # a check answered "no": audit trail broken, contact not suppressed
EXIT_REFUSED = 2
EXIT_INTERNAL = 3  # a bug or an environment fault; the traceback is in the log
MIN_YEAR, MAX_YEAR = 1900, 2199
MAX_PAUSED_DAYS = 3650

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A refused command; the message is printed as is."""


def _iso_date(field: str) -> Callable[[str], date]:
    def parse(value: str) -> date:
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{field}: '{value}' is not a date; use YYYY-MM-DD, e.g. 2026-03-05"
            ) from None
        # Deadlines run months past any date, so the far ends of the calendar overflow.
        if not MIN_YEAR <= parsed.year <= MAX_YEAR:
            raise argparse.ArgumentTypeError(f"{field}: use a year between {MIN_YEAR} and {MAX_YEAR}")
        return parsed

    return parse


def _whole_number(field: str) -> Callable[[str], int]:
    def parse(value: str) -> int:
        text = value.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 6:
            raise argparse.ArgumentTypeError(f"{field}: give a whole number, e.g. 3")
        return int(text)

    return parse


def _choices(kind: type[Any]) -> list[str]:
    return [member.value for member in kind]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dsar-desk", description="Log and answer GDPR data-subject requests on time."
    )
    parser.add_argument("--data-dir", metavar="DIR", help="case store folder (default: your data folder)")
    parser.add_argument("--demo", action="store_true", help="open the window on a throwaway demo store")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="<command>")

    deadline = commands.add_parser("deadline", help="compute a statutory deadline and show the working")
    deadline.add_argument("received", type=_iso_date("received"))
    deadline.add_argument("--jurisdiction", required=True, choices=_choices(Country))
    deadline.add_argument("--extended", action="store_true")
    deadline.add_argument("--paused-days", type=int, default=0)
    deadline.add_argument("--profile", choices=_choices(HolidayProfile), default="strict")
    deadline.add_argument("--json", action="store_true")

    entity = commands.add_parser("entity", help="controller entities").add_subparsers(
        dest="entity_command", metavar="<entity-command>", required=True
    )
    entity_add = entity.add_parser("add", help="add a legal entity that answers requests")
    entity_add.add_argument("--code", required=True)
    entity_add.add_argument("--name", required=True)
    entity_add.add_argument("--country", required=True, choices=_choices(Country))
    entity_add.add_argument("--org-number", default="")
    entity_add.add_argument("--address", default="")
    entity_add.add_argument("--email", default="")
    entity_add.add_argument("--dpo", default="")
    entity_add.add_argument("--language", choices=_choices(Language), default="en")
    entity_add.add_argument("--profile", choices=_choices(HolidayProfile), default="strict")
    entity_add.add_argument(
        "--retention-years",
        type=_whole_number("retention-years"),
        default=3,
        metavar="N",
        help="years after closure before its cases are anonymised (default 3)",
    )
    entity_list = entity.add_parser("list", help="list entities")
    entity_list.add_argument("--json", action="store_true")
    entity_retention = entity.add_parser(
        "set-retention", help="years after closure before an entity's cases are anonymised"
    )
    entity_retention.add_argument("code")
    entity_retention.add_argument("--years", required=True, type=_whole_number("years"), metavar="N")

    case = commands.add_parser("case", help="requests").add_subparsers(
        dest="case_command", metavar="<case-command>", required=True
    )
    new = case.add_parser("new", help="log a new request")
    new.add_argument("--entity", required=True)
    new.add_argument(
        "--right",
        action="append",
        required=True,
        metavar="RIGHT",
        help=f"one of: {', '.join(_choices(Right))}; repeat for several",
    )
    new.add_argument("--name", required=True)
    new.add_argument("--email", default="")
    new.add_argument("--phone", default="")
    new.add_argument("--address", default="")
    new.add_argument("--language", default=None, metavar="L", help="nb, nn, sv, fi, da or en")
    new.add_argument(
        "--relationship", default="other", metavar="R", help=f"one of: {', '.join(_choices(Relationship))}"
    )
    new.add_argument(
        "--channel", default="email", metavar="C", help=f"one of: {', '.join(_choices(Channel))}"
    )
    new.add_argument("--received", type=_iso_date("received"), default=None)
    new.add_argument("--scope", default="")
    new.add_argument("--handler", default="")
    new.add_argument("--representative", default="")
    new.add_argument("--national-id", default="", help="stored masked: only the last two characters are kept")
    new.add_argument("--json", action="store_true")

    listing = case.add_parser("list", help="list requests")
    listing.add_argument(
        "--status",
        default="open",
        choices=["open", "overdue", "due-soon", "paused", "extended", "closed", "all"],
    )
    listing.add_argument("--entity", default=None)
    listing.add_argument("--as-of", type=_iso_date("as-of"), default=None)
    listing.add_argument("--json", action="store_true")

    show = case.add_parser("show", help="show one request")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true")

    pause = case.add_parser("pause", help="stop the clock while waiting for identity or clarification")
    pause.add_argument("reference")
    pause.add_argument("--reason", required=True, choices=_choices(PauseReason))
    pause.add_argument("--on", type=_iso_date("on"), default=None)

    resume = case.add_parser("resume", help="restart the clock")
    resume.add_argument("reference")
    resume.add_argument("--on", type=_iso_date("on"), default=None)

    verify = case.add_parser("verify", help="record that identity was checked (never the ID itself)")
    verify.add_argument("reference")
    verify.add_argument("--method", required=True)
    verify.add_argument("--on", type=_iso_date("on"), default=None)

    extend = case.add_parser("extend", help="extend by two further months (Art. 12(3))")
    extend.add_argument("reference")
    extend.add_argument("--reason", required=True)
    extend.add_argument("--on", type=_iso_date("on"), default=None)

    outcome = case.add_parser("outcome", help="record the outcome for one right")
    outcome.add_argument("reference")
    outcome.add_argument("--right", required=True)
    outcome.add_argument("--result", required=True, choices=_choices(Outcome))
    outcome.add_argument("--grounds", default="")
    outcome.add_argument("--code", default="")
    outcome.add_argument("--on", type=_iso_date("on"), default=None)

    close = case.add_parser("close", help="close a request")
    close.add_argument("reference")
    close.add_argument("--on", type=_iso_date("on"), default=None)

    reopen = case.add_parser("reopen", help="reopen a closed request")
    reopen.add_argument("reference")
    reopen.add_argument("--reason", required=True)

    note = case.add_parser("note", help="add a note to a request")
    note.add_argument("reference")
    note.add_argument("--text", required=True)

    demo = commands.add_parser("demo", help="fill the store with fictional demo data")
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)

    log = commands.add_parser("log", help="the monthly request log").add_subparsers(
        dest="log_command", metavar="<log-command>", required=True
    )
    log_export = log.add_parser("export", help="export a month's request log (CSV, XLSX or PDF)")
    log_export.add_argument("--month", required=True, metavar="YYYY-MM")
    log_export.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"])
    log_export.add_argument("--out", required=True, metavar="FILE")
    log_export.add_argument("--entity", default=None, metavar="CODE")
    log_export.add_argument(
        "--include-names", action="store_true", help="add requester names and contacts (left out by default)"
    )
    log_export.add_argument("--delimiter", default=";", choices=[";", ","], help="CSV separator (default ;)")
    log_kpis = log.add_parser("kpis", help="the month's key figures")
    log_kpis.add_argument("--month", required=True, metavar="YYYY-MM")
    log_kpis.add_argument("--entity", default=None, metavar="CODE")
    log_kpis.add_argument("--json", action="store_true")
    letter = commands.add_parser(
        "letter",
        help="response letters",
        usage=(
            "dsar-desk letter REF --kind KIND [--lang L] [--text TEXT] [--delivery post|email] "
            "[--out FILE.pdf] [--save]\n"
            "       dsar-desk letter kinds REF | list REF\n"
            "       dsar-desk letter facts REF [--json FILE] [--set KEY=VALUE ...]\n"
            "       dsar-desk letter sent ID [--on DATE] [--channel C]\n"
            "       dsar-desk letter export ID --out PATH | email ID --out PATH"
        ),
    )
    letter.add_argument("words", nargs="+", metavar="REF|ACTION")
    letter.add_argument("--kind", default=None)
    letter.add_argument("--lang", default=None, metavar="L", help="nb, nn, sv, fi, da or en")
    letter.add_argument("--text", default="", help="the case-specific paragraph")
    letter.add_argument("--delivery", choices=["post", "email"], default=None)
    letter.add_argument("--out", default=None, metavar="PATH")
    letter.add_argument("--save", action="store_true", help="keep the letter on the case")
    letter.add_argument("--json", default=None, metavar="FILE", help="letter facts from a JSON file")
    letter.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    letter.add_argument("--on", type=_iso_date("on"), default=None)
    letter.add_argument("--channel", default="email", metavar="C")

    register = commands.add_parser("register", help="the processing register of an entity").add_subparsers(
        dest="register_command", metavar="<register-command>", required=True
    )
    register_list = register.add_parser("list", help="list the processing activities")
    register_list.add_argument("--entity", required=True)
    register_list.add_argument("--json", action="store_true")
    register_list.add_argument("--language", default=None, metavar="L", help="only this letter language")
    register_export = register.add_parser("export", help="write the register to a JSON file")
    register_export.add_argument("--entity", required=True)
    register_export.add_argument("--out", required=True)
    register_export.add_argument(
        "--language", default=None, metavar="L", help="only this letter language (default: all)"
    )
    register_import = register.add_parser(
        "import", help="make the register equal to a JSON file, for each language in it"
    )
    register_import.add_argument("--entity", required=True)
    register_import.add_argument(
        "--language",
        default=None,
        metavar="L",
        help="language of activities that name none (default: the entity's default letter language)",
    )
    register_import.add_argument("file")

    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="<audit-command>", required=True
    )
    audit_verify = audit.add_parser("verify", help="check the hash chain of every audit event")
    audit_verify.add_argument(
        "--anchor",
        metavar="HASH",
        help="a head recorded earlier (e.g. in a monthly export) that must still be there",
    )

    unlock = commands.add_parser(
        "unlock", help="open a moved or restored store with its recovery key and keep the key here"
    )
    unlock.add_argument("--recovery-key", metavar="KEY", help=f"or set ${RECOVERY_KEY_ENV}")

    key = commands.add_parser("key", help="the store's encryption key").add_subparsers(
        dest="key_command", metavar="<key-command>", required=True
    )
    key.add_parser("rotate", help="re-encrypt with a new key; prints the new recovery key")
    key.add_parser(
        "passphrase", help=f"protect the store with a new passphrase (asked, or ${NEW_PASSPHRASE_ENV})"
    )
    sheet = key.add_parser("sheet", help="write the printable recovery sheet (PDF) for the current key")
    sheet.add_argument("file", metavar="FILE.pdf")

    backup = commands.add_parser("backup", help="encrypted backups of the case store").add_subparsers(
        dest="backup_command", metavar="<backup-command>", required=True
    )
    create = backup.add_parser("create", help="back up now")
    create.add_argument(
        "--to", metavar="DIR", default=None, help="folder (default: the data folder's backups)"
    )
    backup_list = backup.add_parser("list", help="list backups in the data folder")
    backup_list.add_argument("--json", action="store_true")
    restore = backup.add_parser(
        "restore", help="replace the store with a checked backup (a safety copy is kept)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--recovery-key", metavar="KEY", help="the backup's recovery key, if it has another key"
    )

    retention = commands.add_parser("retention", help="anonymise closed cases past their retention period")
    retention_commands = retention.add_subparsers(
        dest="retention_command", metavar="<retention-command>", required=True
    )
    retention_run = retention_commands.add_parser("run", help="anonymise every closed case that is due")
    retention_run.add_argument("--dry-run", action="store_true", help="only list what would change")
    retention_run.add_argument(
        "--as-of", type=_iso_date("as-of"), default=None, help="with --dry-run: preview a later day"
    )

    suppression = commands.add_parser("suppression", help="the marketing suppression list")
    suppression_commands = suppression.add_subparsers(
        dest="suppression_command", metavar="<suppression-command>", required=True
    )
    suppression_check = suppression_commands.add_parser(
        "check", help="is this e-mail address or phone number suppressed? (exit 0 yes, 1 no)"
    )
    suppression_check.add_argument("contact", metavar="EMAIL_OR_PHONE")
    return parser


LOCK_WAIT_SECONDS = 3.0
_OPENED: list[Any] = []  # closed when the command ends, which releases the folder lock
PASSPHRASE_ENV = "DSAR_DESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DSAR_DESK_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "DSAR_DESK_RECOVERY_KEY"


def _ask_passphrase(purpose: str, env: str = PASSPHRASE_ENV) -> str | None:
    """From the environment (automation) or the terminal; None when neither is possible."""
    import os

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        return None
    import getpass

    if purpose == "existing":
        return getpass.getpass("Passphrase for the case store: ")
    first = getpass.getpass("Choose a passphrase for the case store (12 characters or more): ")
    if getpass.getpass("Type it again: ") != first:
        raise ValidationError("passphrase", "the two entries differ; nothing was changed")
    return first


def _open(args: argparse.Namespace, recovery_key: str | None = None) -> Any:
    import os

    from dsar_desk.config import os_user, resolve_data_dir
    from dsar_desk.credentials.secret_store import KeyringSecretStore
    from dsar_desk.services.clock import SystemClock
    from dsar_desk.services.desk import open_desk

    desk = open_desk(
        resolve_data_dir(args.data_dir),
        SystemClock(),
        os_user(),
        secrets=KeyringSecretStore(),
        passphrase=lambda purpose: _ask_passphrase(purpose.value),
        recovery_key=recovery_key or os.environ.get(RECOVERY_KEY_ENV) or None,
        lock_wait=LOCK_WAIT_SECONDS,
    )
    _OPENED.append(desk)
    report = desk.report
    if report.converted:
        print("The case store was encrypted; the unencrypted file was replaced.", file=sys.stderr)
    if report.recovery_key:
        _show_recovery_key(report.recovery_key, new=True)
    return desk


def _show_recovery_key(recovery_key: str, new: bool) -> None:
    # stderr: a --json caller keeps clean output, and the key still reaches the person.
    what = "A new encryption key protects this case store." if new else "The key was changed."
    print(
        f"{what} Its recovery key is shown only now:\n\n    {recovery_key}\n\n"
        "Write it down or print it (dsar-desk key sheet FILE.pdf) and keep it apart from this computer. "
        "It opens the store and its backups on another computer; without it and without this "
        "computer's keyring (or passphrase) the cases cannot be recovered.",
        file=sys.stderr,
    )


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def cmd_deadline(args: argparse.Namespace) -> int:
    from dsar_desk.domain.deadlines import compute_deadline, explain_deadline

    country, profile = Country(args.jurisdiction), HolidayProfile(args.profile)
    if not 0 <= args.paused_days <= MAX_PAUSED_DAYS:
        raise ValidationError("paused-days", f"must be between 0 and {MAX_PAUSED_DAYS}")
    result = compute_deadline(
        args.received, country, profile, paused_days=args.paused_days, extended=args.extended
    )
    steps = explain_deadline(
        args.received, country, profile, paused_days=args.paused_days, extended=args.extended
    )
    if args.json:
        _print_json(
            {
                "received": args.received.isoformat(),
                "jurisdiction": country.value,
                "profile": profile.value,
                "extended": args.extended,
                "paused_days": args.paused_days,
                "due": result.due.isoformat(),
                "extension_notice_by": result.extension_notice_by.isoformat(),
                "conservative_due": result.conservative_due.isoformat(),
                "steps": [step.text for step in steps],
            }
        )
        return 0
    print(f"Due:                  {result.due:%a %d %b %Y}  ({result.due.isoformat()})")
    print(f"Extension notice by:  {result.extension_notice_by:%a %d %b %Y}")
    print(f"Conservative due:     {result.conservative_due:%a %d %b %Y}  (ignoring pauses)")
    print("Working:")
    for step in steps:
        print(f"  - {step.text}")
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    from dsar_desk.domain.model import Entity

    desk = _open(args)
    if args.entity_command == "set-retention":
        desk.entities.set_retention(args.code, args.years)
        print(f"{args.code.strip().upper()}: closed cases are anonymised {args.years} year(s) after closure.")
        return 0
    if args.entity_command == "add":
        desk.entities.add(
            Entity(
                code=args.code,
                name=args.name,
                country=Country(args.country),
                org_number=args.org_number,
                address=args.address.replace("\\n", "\n"),
                email=args.email,
                dpo=args.dpo,
                language=Language(args.language),
                profile=HolidayProfile(args.profile),
            ),
            retention_years=args.retention_years,
        )
        print(f"Added entity {args.code.strip().upper()}.")
        return 0
    entities = desk.entities.list()
    retention = desk.entities.retention_years()
    if args.json:
        _print_json(
            [
                {
                    "code": e.code,
                    "name": e.name,
                    "country": e.country.value,
                    "org_number": e.org_number,
                    "language": e.language.value,
                    "profile": e.profile.value,
                    "email": e.email,
                    "retention_years": retention.get(e.code),
                }
                for e in entities
            ]
        )
        return 0
    if not entities:
        print("No entities yet. Add one with: dsar-desk entity add --code NO1 --name ... --country NO")
    for e in entities:
        print(f"{e.code:<8} {e.country.value}  {e.profile.value:<8} {retention.get(e.code, 3):>2}y  {e.name}")
    return 0


def _rights(values: Sequence[str]) -> list[Right]:
    rights: list[Right] = []
    for value in values:
        for part in value.split(","):
            rights.append(parse_choice(Right, part, "right"))
    return rights


def cmd_case(args: argparse.Namespace) -> int:
    handlers: dict[str, Handler] = {
        "new": _case_new,
        "list": _case_list,
        "show": _case_show,
        "pause": _case_pause,
        "resume": _case_resume,
        "verify": _case_verify,
        "extend": _case_extend,
        "outcome": _case_outcome,
        "close": _case_close,
        "reopen": _case_reopen,
        "note": _case_note,
    }
    return handlers[args.case_command](args)


def _case_new(args: argparse.Namespace) -> int:
    from dsar_desk.domain.model import Representative, Requester, mask_national_id
    from dsar_desk.services.cases import NewCaseRequest

    rights = _rights(args.right)
    language = parse_choice(Language, args.language, "language") if args.language else None
    request = NewCaseRequest(
        entity_code=args.entity,
        rights=rights,
        requester=Requester(
            name=args.name,
            email=args.email,
            phone=args.phone,
            address=args.address.replace("\\n", "\n"),
            language=language,
            relationship=parse_choice(Relationship, args.relationship, "relationship"),
            national_id_masked=mask_national_id(args.national_id),
        ),
        channel=parse_choice(Channel, args.channel, "channel"),
        received=args.received,
        scope=args.scope,
        handler=args.handler,
        representative=Representative(args.representative) if args.representative.strip() else None,
    )
    desk = _open(args)
    reference, _ = desk.cases.new_case(request)
    detail = desk.queries.case_detail(reference)
    if args.json:
        _print_json(detail.as_json())
        return 0
    print(
        f"Logged {reference}: due {detail.deadlines.due.isoformat()} "
        f"(extension notice by {detail.deadlines.extension_notice_by.isoformat()})."
    )
    for related in detail.related:
        print(
            f"  Possible repeat request: {related.reference} received {related.received.isoformat()} "
            f"(same {related.matched_on})"
        )
    return 0


def _case_list(args: argparse.Namespace) -> int:
    from dsar_desk.services.queries import CaseFilter

    desk = _open(args)
    rows = desk.queries.list_cases(CaseFilter(status=args.status, entity=args.entity, as_of=args.as_of))
    if args.json:
        _print_json([row.as_json() for row in rows])
        return 0
    if not rows:
        print("No cases match.")
        return 0
    print(f"{'Reference':<16} {'Status':<22} {'Received':<10} {'Due':<10} {'Left':>5}  Rights")
    for row in rows:
        left = "-" if not row.is_open else str(row.days_left)
        print(
            f"{row.reference:<16} {row.status:<22} {row.received.isoformat()} {row.due.isoformat()} "
            f"{left:>5}  {', '.join(row.rights)}"
        )
    print(f"{len(rows)} case(s).")
    return 0


def _case_show(args: argparse.Namespace) -> int:
    desk = _open(args)
    detail = desk.queries.case_detail(args.reference)
    data = detail.as_json()
    if args.json:
        _print_json(data)
        return 0
    case = detail.case
    print(f"{case.reference}  {case.entity.name} ({case.entity.code})  status: {case.status.value}")
    if case.requester.name:
        print(f"Requester: {case.requester.name}  {case.requester.email}")
    else:
        print("Requester: (anonymised under the retention rule)")
    print(
        f"Received {case.received.isoformat()} by {case.channel.value}; rights: "
        f"{', '.join(line.right.value for line in case.rights)}"
    )
    print(
        f"Due {detail.deadlines.due.isoformat()} ({detail.working_days_left} working days left); "
        f"extension notice by {detail.deadlines.extension_notice_by.isoformat()}; conservative due "
        f"{detail.deadlines.conservative_due.isoformat()}; paused {detail.paused_days} day(s)"
    )
    print("Working: " + " → ".join(data["steps"]))
    for line in case.rights:
        result = line.outcome.value if line.outcome else "open"
        extra = f" - {line.ground_code}: {line.grounds}" if line.ground_code else ""
        print(f"  {line.right.value}: {result}{extra}")
    for related in detail.related:
        print(f"  Possible repeat request: {related.reference} ({related.received.isoformat()})")
    for pause in detail.late_pauses:
        print(
            f"  Warning: the pause of {pause.start.isoformat()} began more than "
            f"{desk.ctx.settings.undue_delay_working_days} working days after receipt; "
            "rely on the conservative due date"
        )
    if detail.profile_differs:
        print(
            f"  Note: under the other holiday profile the due date would be "
            f"{detail.profile_differs.due.isoformat()}"
        )
    return 0


def _done(reference: str, what: str) -> int:
    print(f"{reference.strip().upper()}: {what}.")
    return 0


def _case_pause(args: argparse.Namespace) -> int:
    _open(args).cases.pause(args.reference, PauseReason(args.reason), args.on)
    return _done(args.reference, f"paused ({args.reason})")


def _case_resume(args: argparse.Namespace) -> int:
    _open(args).cases.resume(args.reference, args.on)
    return _done(args.reference, "resumed")


def _case_verify(args: argparse.Namespace) -> int:
    _open(args).cases.verify_identity(args.reference, args.method, args.on)
    return _done(args.reference, "identity checked")


def _case_extend(args: argparse.Namespace) -> int:
    desk = _open(args)
    desk.cases.extend(args.reference, args.reason, args.on)
    due = desk.queries.case_detail(args.reference).deadlines.due
    return _done(args.reference, f"extended; now due {due.isoformat()}")


def _case_outcome(args: argparse.Namespace) -> int:
    right = parse_choice(Right, args.right, "right")
    desk = _open(args)
    outcome = Outcome(args.result)
    desk.cases.record_outcome(
        args.reference, right, outcome, grounds=args.grounds, code=args.code, on=args.on
    )
    _done(args.reference, f"{right.value} {args.result}")
    if right is Right.MARKETING_OBJECTION and outcome is Outcome.FULFILLED:
        entries = desk.suppression.entries_for_case(args.reference)
        if entries:
            channels = ", ".join(sorted({str(entry.get("channel")) for entry in entries}))
            print(f"  Suppression list: {len(entries)} entr(y/ies) ({channels}); marketing must not resume.")
        else:
            print(
                "  Suppression list: nothing recorded (no usable e-mail or phone on the case); "
                "add the contact to your marketing tools' own block list by hand."
            )
    return 0


def _case_close(args: argparse.Namespace) -> int:
    desk = _open(args)
    desk.cases.close(args.reference, args.on)
    status = desk.queries.case_detail(args.reference).case.status.value
    return _done(args.reference, status)


def _case_reopen(args: argparse.Namespace) -> int:
    _open(args).cases.reopen(args.reference, args.reason)
    return _done(args.reference, "reopened")


def _case_note(args: argparse.Namespace) -> int:
    _open(args).cases.add_note(args.reference, args.text)
    return _done(args.reference, "note added")


def cmd_demo(args: argparse.Namespace) -> int:
    from dsar_desk.services.demo import generate_demo

    desk = _open(args)
    count = generate_demo(desk.ctx, args.cases, args.seed)
    print(f"Added {count} demo case(s) to {desk.ctx.data_dir}.")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from dsar_desk.gc_pause import collector_paused

    # Bounded by one month's requests, so cycles can wait until the command ends.
    with collector_paused():
        return _log(args)


def _log(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dsar_desk.exports.month import Month
    from dsar_desk.services.reports import ReportService

    month = Month.parse(args.month)
    if args.log_command == "export":
        from dsar_desk.exports.files import check_target

        out = check_target(Path(args.out))  # refuse a bad path before opening the store
        reports = ReportService(_open(args).ctx)
        result = reports.export(
            month,
            args.entity,
            args.format,
            out,
            include_names=args.include_names,
            delimiter=args.delimiter,
        )
        print(f"Wrote {result.rows} request(s) to {result.path} (sha256 {result.sha256}).")
        return 0
    kpis = ReportService(_open(args).ctx).month_kpis(month, args.entity)
    if args.json:
        _print_json(kpis.as_json())
        return 0
    from dsar_desk.exports.kpis import format_kpi, kpi_lines, kpi_scopes

    scopes = ["Total" if k.scope == "all" else k.scope for k in kpi_scopes(kpis)]
    print(f"Key figures {month}")
    print(f"{'':<36}" + "".join(f"{scope:>10}" for scope in scopes))
    for line in kpi_lines(kpis):
        label = ("  " if line.indent else "") + line.label
        print(f"{label:<36}" + "".join(f"{format_kpi(v, line.percent):>10}" for v in line.values))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    anchor = (args.anchor or "").strip().lower() or None
    if anchor is not None and not (len(anchor) == 64 and all(ch in "0123456789abcdef" for ch in anchor)):
        raise ValidationError(
            "anchor", "give the 64-character hexadecimal head hash as printed by 'audit verify'"
        )
    status = _open(args).audit_status(anchor)
    if status.ok:
        print(status.summary())
        return 0
    print(f"dsar-desk: {status.summary()}", file=sys.stderr)
    return EXIT_FAILED


def cmd_retention(args: argparse.Namespace) -> int:
    if args.as_of is not None and not args.dry_run:
        raise ValidationError("as-of", "only a dry run can look at another day; add --dry-run")
    desk = _open(args)
    if args.dry_run:
        items = desk.retention.plan(args.as_of)
        day = args.as_of or desk.ctx.clock.today()
        verb = "would be anonymised"
    else:
        report = desk.retention.run()
        items, day = report.items, report.as_of
        verb = "anonymised"
    if not items:
        print(f"No closed case is due for anonymisation on {day.isoformat()}.")
        return 0
    for item in items:
        print(
            f"{item.reference:<16} {item.status:<17} closed {item.closed_on.isoformat()}, "
            f"due {item.due_on.isoformat()}: {item.describe()}"
        )
    print(f"{len(items)} case(s) {verb} on {day.isoformat()}.")
    if args.dry_run:
        print("Nothing was changed. Run without --dry-run to anonymise them.")
    return 0


def cmd_suppression(args: argparse.Namespace) -> int:
    hits = _open(args).suppression.check(args.contact)
    if not hits:
        print("not suppressed")
        return EXIT_FAILED
    first = hits[0]
    by = ", ".join(dict.fromkeys(hit.entity_code for hit in hits))
    print(f"suppressed since {first.recorded_on.isoformat()} by {by}")
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    import os

    from dsar_desk.services.unlock import RecoveryOutcome

    recovery_key = args.recovery_key or os.environ.get(RECOVERY_KEY_ENV)
    if not recovery_key:
        raise ValidationError("recovery key", f"give it with --recovery-key KEY or ${RECOVERY_KEY_ENV}")
    desk = _open(args, recovery_key=recovery_key)
    try:
        if desk.report.recovery is RecoveryOutcome.KEPT_IN_KEYRING:
            print(
                "Unlocked. This computer's keyring now holds the key; "
                "the recovery key is no longer needed here."
            )
            return 0
        # No keyring keeps the key here: protect the store with a new passphrase now (the window
        # asks the same), or the next open needs the recovery key again.
        phrase = _ask_passphrase("new", NEW_PASSPHRASE_ENV)
        if phrase is None:
            print(
                "Unlocked with the recovery key, but no keyring here keeps the key. Choose a passphrase: "
                f"run this command again in a terminal, or with ${NEW_PASSPHRASE_ENV} set."
            )
            return 0
        _show_recovery_key(desk.change_passphrase(phrase), new=False)
        print("Unlocked with the recovery key. No keyring here: the new passphrase protects the store.")
        return 0
    finally:
        desk.close()


def cmd_key(args: argparse.Namespace) -> int:
    desk = _open(args)
    if args.key_command == "sheet":
        from pathlib import Path

        from dsar_desk.credentials.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(Path(args.file), desk.recovery_key(), desk.ctx.clock.today())
        print(f"Recovery sheet written to {args.file}. Print it, then delete the file.")
        return 0
    if args.key_command == "rotate":
        recovery = desk.rotate_key()
    else:
        phrase = _ask_passphrase("new", NEW_PASSPHRASE_ENV)
        if phrase is None:
            raise ValidationError("passphrase", f"type it in a terminal or set ${NEW_PASSPHRASE_ENV}")
        recovery = desk.change_passphrase(phrase)
    _show_recovery_key(recovery, new=False)
    print("Re-encrypted the case store and its backups in the data folder with the new key.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    if args.backup_command == "restore":
        return _backup_restore(args)
    desk = _open(args)
    if args.backup_command == "create":
        target = desk.backup_now(Path(args.to).expanduser() if args.to else None)
        print(f"Backup written: {target}")
        return 0
    backups = desk.list_backups()
    if args.json:
        _print_json([info.as_json() for info in backups])
        return 0
    if not backups:
        print("No backups yet. Make one with: dsar-desk backup create")
    for info in backups:
        print(f"{info.taken:%Y-%m-%d %H:%M}  {info.kind:<15} {info.size / 1e6:8.1f} MB  {info.path}")
    return 0


def _backup_restore(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from dsar_desk.config import os_user, resolve_data_dir
    from dsar_desk.credentials.secret_store import KeyringSecretStore
    from dsar_desk.services.clock import SystemClock
    from dsar_desk.services.desk import restore_store

    safety = restore_store(
        resolve_data_dir(args.data_dir),
        Path(args.file).expanduser(),
        SystemClock(),
        os_user(),
        secrets=KeyringSecretStore(),
        passphrase=lambda purpose: _ask_passphrase(purpose.value),
        recovery_key=os.environ.get(RECOVERY_KEY_ENV) or None,
        backup_recovery_key=args.recovery_key,
        lock_wait=LOCK_WAIT_SECONDS,
    )
    print(f"Restored from {args.file}. The store as it was is kept at {safety}.")
    return 0


def _letter_id(words: list[str]) -> int:
    if len(words) != 2 or not words[1].isdigit():
        raise CliError(
            f"letter {words[0]}: give the letter number, e.g. 'letter {words[0]} 3' (see 'letter list REF')"
        )
    return int(words[1])


def _fact_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def cmd_letter(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dsar_desk.letters.kinds import parse_kind
    from dsar_desk.services.letters import LetterDraft

    words: list[str] = args.words
    action = words[0]
    if action in ("kinds", "list", "facts") and len(words) != 2:
        raise CliError(f"letter {action}: give one case reference, e.g. 'letter {action} NO1-2026-0042'")
    desk = _open(args)
    if action == "kinds":
        first, others = desk.letters.kinds_for(words[1])
        for kind in first:
            print(f"* {kind.value}")
        for kind in others:
            print(f"  {kind.value}")
        return 0
    if action == "list":
        letters = desk.letters.list(words[1])
        if not letters:
            print("No letters saved on this case.")
        for item in letters:
            sent = f"sent {item.sent_on.isoformat()} by {item.sent_channel}" if item.sent_on else "not sent"
            print(f"{item.id:>5}  {item.kind:<34} {item.language}  {item.created_at:%Y-%m-%d}  {sent}")
        return 0
    if action == "facts":
        changes: dict[str, Any] = {}
        if args.json:
            try:
                loaded = json.loads(Path(args.json).read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise CliError(f"json: cannot read {args.json} ({exc})") from None
            if not isinstance(loaded, dict):
                raise CliError("json: the file must hold one JSON object")
            changes.update(loaded)
        for item in args.set:
            key, sep, value = item.partition("=")
            if not sep:
                raise CliError(f"set: '{item}' is not KEY=VALUE")
            changes[key.strip()] = _fact_value(value)
        if changes:
            desk.letters.update_facts(words[1], **changes)
        _print_json(json.loads(desk.letters.facts(words[1]).to_json()))
        return 0
    if action == "sent":
        desk.letters.mark_sent(_letter_id(words), args.on, args.channel)
        print(f"Letter {words[1]} marked sent.")
        return 0
    if action in ("export", "email"):
        if not args.out:
            raise CliError(f"letter {action}: give --out PATH")
        letter_id = _letter_id(words)
        if action == "export":
            written = desk.letters.export(letter_id, Path(args.out))
        else:
            written = desk.letters.write_email_draft(letter_id, Path(args.out))
        print(f"Wrote {written}.")
        return 0
    if len(words) != 1:
        raise CliError(f"letter: unknown action '{action}' (kinds, list, facts, sent, export, email)")
    if not args.kind:
        raise CliError("kind: choose the letter kind with --kind (see 'letter kinds REF')")
    if not args.out and not args.save:
        raise CliError("out: give --out FILE.pdf, --save, or both")
    paper = None if args.delivery is None else args.delivery == "post"
    draft = LetterDraft(parse_kind(args.kind), args.lang, args.text, paper)
    # Rendered first in every case, so a language fallback is said before anything is written.
    rendered = desk.letters.render(action, draft)
    if rendered.fell_back:
        print(f"warning: {rendered.fallback_warning}", file=sys.stderr)
    if args.out:
        from dsar_desk.services.files import write_atomic

        target = Path(args.out)
        if target.is_dir():
            target = target / rendered.file_name
        write_atomic(target, rendered.pdf)
        print(f"Wrote {target} ({rendered.language}, {len(rendered.pdf) // 1024} KB).")
    if args.save:
        saved, _ = desk.letters.save(action, draft)
        print(f"Saved letter {saved.id} on {saved.reference} (sha256 {saved.sha256[:12]}…).")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dsar_desk.domain.register import activity_to_file_dict

    desk = _open(args)
    code = args.entity.strip().upper()
    if args.register_command == "export":
        count = desk.register.export_file(args.entity, Path(args.out), args.language)
        print(f"Wrote {count} activit{'y' if count == 1 else 'ies'} to {args.out}.")
        return 0
    if args.register_command == "import":
        count = desk.register.import_file(args.entity, Path(args.file), args.language)
        print(f"Imported {count} activit{'y' if count == 1 else 'ies'} into the register of {code}.")
        _print_gaps(desk.register.missing_by_language(args.entity))
        return 0
    activities = desk.register.list(args.entity, args.language)
    if args.json:
        _print_json([{"id": a.id, **activity_to_file_dict(a)} for a in activities])
        return 0
    if not activities:
        where = f" in '{args.language}'" if args.language else ""
        print(f"The register is empty{where}. Import one with: dsar-desk register import --entity CODE FILE")
    for activity in activities:
        print(f"{activity.id:>4}  {activity.language}  {activity.key:<28} {activity.name}")
    if not args.language:
        _print_gaps(desk.register.missing_by_language(args.entity))
    return 0


def _print_gaps(gaps: dict[str, list[str]]) -> None:
    """Which languages lack which activities: their letters fall back to the default language."""
    for language, missing in gaps.items():
        if missing:
            print(f"{language}: incomplete, no version of {', '.join(missing)}", file=sys.stderr)


COMMANDS: dict[str, Handler] = {
    "unlock": cmd_unlock,
    "key": cmd_key,
    "backup": cmd_backup,
    "letter": cmd_letter,
    "register": cmd_register,
    "deadline": cmd_deadline,
    "entity": cmd_entity,
    "case": cmd_case,
    "demo": cmd_demo,
    "log": cmd_log,
    "audit": cmd_audit,
    "retention": cmd_retention,
    "suppression": cmd_suppression,
}


def run(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Bytes that are not UTF-8 arrive as lone surrogates; they could be neither stored nor
    # printed, so refuse them up front without echoing them.
    if any(0xD800 <= ord(ch) <= 0xDFFF for arg in arguments for ch in arg):
        print(
            "dsar-desk: an argument holds bytes that are not valid text (UTF-8); retype it", file=sys.stderr
        )
        return EXIT_REFUSED
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.version:
        from dsar_desk import __version__

        print(f"dsar-desk {__version__}")
        return 0
    if args.command is None:
        from dsar_desk.gui_launcher import launch

        return launch(args)
    command = _command_name(args)
    log_path = _init_log(args)
    log = logging.getLogger("dsar_desk.cli")
    log.info("command %s", command)
    try:
        return COMMANDS[args.command](args)
    except (DomainError, CliError) as exc:
        # The message may repeat what the user typed: it goes to the terminal, not the log.
        field = getattr(exc, "field", None)
        log.info("refused %s: %s%s", command, type(exc).__name__, f" (field {field})" if field else "")
        print(f"dsar-desk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`dsar-desk case list | head`): not an error of ours.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        log.exception("unexpected error in %s", command)
        where = f"details in {log_path}" if log_path else "no log was written (no usable data folder)"
        print(
            f"dsar-desk: unexpected error ({type(exc).__name__}) in '{command}'; {where}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        while _OPENED:
            _OPENED.pop().close()


def _command_name(args: argparse.Namespace) -> str:
    sub = getattr(args, f"{args.command}_command", None)
    return f"{args.command} {sub}" if sub else str(args.command)


def _init_log(args: argparse.Namespace) -> Path | None:
    from dsar_desk.config import resolve_data_dir
    from dsar_desk.logging_setup import init_logging

    # `deadline` touches no store: it logs into an existing data folder but creates none.
    return init_logging(resolve_data_dir(args.data_dir), create_folder=args.command != "deadline")


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)
