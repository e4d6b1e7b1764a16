"""The headless command line, over the same services as the window.

Every command validates before it writes; a refused command prints one line on
stderr naming the problem and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
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

EXIT_REFUSED = 2

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A refused command; the message is printed as is."""


def _iso_date(field: str) -> Callable[[str], date]:
    def parse(value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{field}: '{value}' is not a date; use YYYY-MM-DD, e.g. 2026-03-05"
            ) from None

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
    entity_list = entity.add_parser("list", help="list entities")
    entity_list.add_argument("--json", action="store_true")

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
    register_export = register.add_parser("export", help="write the register to a JSON file")
    register_export.add_argument("--entity", required=True)
    register_export.add_argument("--out", required=True)
    register_import = register.add_parser("import", help="make the register equal to a JSON file")
    register_import.add_argument("--entity", required=True)
    register_import.add_argument("file")

    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="<audit-command>", required=True
    )
    audit.add_parser("verify", help="check the hash chain of every audit event")
    return parser


def _open(args: argparse.Namespace) -> Any:
    from dsar_desk.config import os_user, resolve_data_dir
    from dsar_desk.services.clock import SystemClock
    from dsar_desk.services.desk import open_desk

    return open_desk(resolve_data_dir(args.data_dir), SystemClock(), os_user())


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def cmd_deadline(args: argparse.Namespace) -> int:
    from dsar_desk.domain.deadlines import compute_deadline, explain_deadline

    country, profile = Country(args.jurisdiction), HolidayProfile(args.profile)
    if args.paused_days < 0:
        raise ValidationError("paused-days", "must be zero or more")
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
            )
        )
        print(f"Added entity {args.code.strip().upper()}.")
        return 0
    entities = desk.entities.list()
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
                }
                for e in entities
            ]
        )
        return 0
    if not entities:
        print("No entities yet. Add one with: dsar-desk entity add --code NO1 --name ... --country NO")
    for e in entities:
        print(f"{e.code:<8} {e.country.value}  {e.profile.value:<8} {e.name}")
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
    from dsar_desk.domain.model import Representative, Requester
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
    print(f"Requester: {case.requester.name}  {case.requester.email}")
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
    _open(args).cases.record_outcome(
        args.reference, right, Outcome(args.result), grounds=args.grounds, code=args.code, on=args.on
    )
    return _done(args.reference, f"{right.value} {args.result}")


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


def cmd_audit(args: argparse.Namespace) -> int:
    from dsar_desk.services.audit import verify_chain

    desk = _open(args)
    with desk.ctx.engine.connect() as conn:
        report = verify_chain(conn)
    if report.ok:
        print(f"Audit trail intact: {report.events} event(s); head {report.head}")
        return 0
    print(
        f"audit: event {report.first_bad_id} {report.problem}; the trail after it cannot be trusted",
        file=sys.stderr,
    )
    return 1


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
    if args.out:
        from dsar_desk.services.files import write_atomic

        rendered = desk.letters.render(action, draft)
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

    from dsar_desk.domain.register import activity_to_dict

    desk = _open(args)
    if args.register_command == "export":
        count = desk.register.export_file(args.entity, Path(args.out))
        print(f"Wrote {count} activit{'y' if count == 1 else 'ies'} to {args.out}.")
        return 0
    if args.register_command == "import":
        count = desk.register.import_file(args.entity, Path(args.file))
        print(f"The register of {args.entity.strip().upper()} now holds {count} activities.")
        return 0
    activities = desk.register.list(args.entity)
    if args.json:
        _print_json([{"id": a.id, **activity_to_dict(a)} for a in activities])
        return 0
    if not activities:
        print("The register is empty. Import one with: dsar-desk register import --entity CODE FILE")
    for activity in activities:
        print(f"{activity.id:>4}  {activity.name}")
    return 0


COMMANDS: dict[str, Handler] = {
    "letter": cmd_letter,
    "register": cmd_register,
    "deadline": cmd_deadline,
    "entity": cmd_entity,
    "case": cmd_case,
    "demo": cmd_demo,
    "audit": cmd_audit,
}


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from dsar_desk import __version__

        print(f"dsar-desk {__version__}")
        return 0
    if args.command is None:
        from dsar_desk.gui_launcher import launch

        return launch(args)
    try:
        return COMMANDS[args.command](args)
    except DomainError as exc:
        print(f"dsar-desk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except CliError as exc:
        print(f"dsar-desk: {exc}", file=sys.stderr)
        return EXIT_REFUSED


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)
