"""Turn a case, its letter facts and a template into a LetterSpec (no I/O, no clock).

Every fact a kind needs is checked before any wording is produced: a letter that
would miss a mandatory element is refused with a DomainError naming the missing fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from babel.dates import format_date

from dsar_desk.domain.deadlines import compute_deadline
from dsar_desk.domain.errors import DomainError
from dsar_desk.domain.legal_grounds import ground_by_code
from dsar_desk.domain.model import Case, RightLine
from dsar_desk.domain.register import ProcessingActivity, RegisterChoice, RegisterGap, choose_register
from dsar_desk.domain.vocabulary import Channel, Country, Outcome, PauseCounting, PauseReason, Right
from dsar_desk.letters.authorities import AUTHORITIES
from dsar_desk.letters.facts import LetterFacts
from dsar_desk.letters.kinds import KINDS, LetterKind
from dsar_desk.letters.spec import Block, Letterhead, LetterSpec
from dsar_desk.letters.templates import CommonTemplate, TemplateStore, fill

BABEL_LOCALE = {"nb": "nb", "nn": "nn", "sv": "sv", "fi": "fi", "da": "da", "en": "en_GB"}
DEFAULT_REPLY_DAYS = 30  # identity/clarification: how long we wait before closing (rule book §1.5)
_REFUSING = (Outcome.REFUSED, Outcome.PARTLY_FULFILLED)


class MissingFact(DomainError):
    """A letter cannot be produced because a fact it must state is not recorded."""

    def __init__(self, fact: str, message: str) -> None:
        super().__init__(f"{fact}: {message}")
        self.fact = fact


@dataclass(frozen=True)
class LetterInput:
    kind: LetterKind
    case: Case
    today: date  # the letter's date
    counting: PauseCounting = PauseCounting.EXCLUSIVE
    facts: LetterFacts = field(default_factory=LetterFacts)
    register: tuple[ProcessingActivity, ...] = ()  # the entity's activities, every language
    language: str | None = None  # chosen for this letter; default: requester's, then entity's
    text: str = ""  # the case-specific paragraph
    paper: bool | None = None  # None: paper when the request came by post or there is no e-mail


def long_date(day: date, language: str) -> str:
    return str(format_date(day, format="long", locale=BABEL_LOCALE.get(language, "en_GB")))


def wanted_language(item: LetterInput) -> str:
    return item.language or (
        item.case.requester.language.value
        if item.case.requester.language
        else item.case.entity.language.value
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()] if text else []


def _paragraphs(text: str) -> list[Block]:
    return [Block("paragraph", part.strip()) for part in text.split("\n\n") if part.strip()]


def _line_for(case: Case, kind: LetterKind, right: Right) -> RightLine:
    line = next((item for item in case.rights if item.right is right), None)
    if line is None:
        raise MissingFact("kind", f"a {kind.value} answers a {right.value} request; this case has none")
    if line.outcome is None:
        raise MissingFact(
            "outcome", f"record the outcome for {right.value} first (case outcome --right {right.value})"
        )
    return line


_ONE_MONTH_KINDS = frozenset({LetterKind.ACKNOWLEDGEMENT, LetterKind.EXTENSION_NOTICE})


def _check_facts(item: LetterInput, deadlines_notice_by: date) -> RightLine | None:
    """Refuse early, naming the missing fact; returns the right line the letter reports on."""
    case, facts, kind = item.case, item.facts, item.kind
    info = KINDS[kind]
    if info.needs_text and not item.text.strip():
        raise MissingFact("text", f"a {kind.value} needs the case-specific paragraph (--text)")
    if kind is LetterKind.EXTENSION_NOTICE:
        reasons = case.extension.reasons if case.extension else facts.extension_reasons
        if not reasons.strip():
            raise MissingFact(
                "extension_reasons", "an extension notice must give the reasons for the delay (Art. 12(3))"
            )
        if item.today > deadlines_notice_by:
            raise MissingFact(
                "date",
                f"an extension notice can only be given until {deadlines_notice_by.isoformat()} "
                "(one month from receipt, Art. 12(3)); it is too late now",
            )
    if kind is LetterKind.IDENTITY_REQUEST and not (facts.identity_requested or item.text).strip():
        raise MissingFact("identity_requested", "say what the requester should send to confirm identity")
    if kind is LetterKind.REFUSAL and not any(line.outcome in _REFUSING for line in case.rights):
        raise MissingFact(
            "outcome",
            "no right on this case is refused or partly fulfilled; record that outcome and its grounds",
        )
    if kind is LetterKind.NO_DATA:
        if not any(line.outcome is Outcome.NO_DATA for line in case.rights):
            raise MissingFact("outcome", "record the outcome no-data for the right concerned first")
        if not facts.searched:
            raise MissingFact("searched", "list the systems and departments that were searched")
    if kind is LetterKind.CLOSED_UNVERIFIED and not any(
        p.reason is PauseReason.IDENTITY for p in case.pauses
    ):
        raise MissingFact(
            "identity request", "this case has no identity request to refer to (pause for identity)"
        )
    if info.right is None:
        return None
    line = _line_for(case, kind, info.right)
    done = line.outcome in (Outcome.FULFILLED, Outcome.PARTLY_FULFILLED)
    if kind is LetterKind.ACCESS_RESPONSE:
        if not done:
            hint = "no-data" if line.outcome is Outcome.NO_DATA else "refusal"
            raise MissingFact(
                "outcome", f"access is {line.outcome.value if line.outcome else 'open'}; use {hint}"
            )
        if not facts.activities:
            raise MissingFact("activities", "tick the processing activities that apply to this requester")
        known = {activity.id for activity in item.register}
        missing = [str(a) for a in facts.activities if a not in known]
        if missing:
            raise MissingFact("activities", f"no processing activity {', '.join(missing)} in the register")
        if not facts.searched:
            raise MissingFact("searched", "list the systems and departments that were searched")
        if facts.withheld and line.outcome is not Outcome.PARTLY_FULFILLED:
            raise MissingFact(
                "outcome",
                "data are withheld: record access as partly-fulfilled with its grounds (Art. 12(4))",
            )
    elif kind is LetterKind.ERASURE_RESPONSE:
        if not facts.erasure:
            raise MissingFact("erasure", "list per data category what was erased and what was kept")
        kept = [e.category for e in facts.erasure if not e.erased]
        if kept and line.outcome is Outcome.FULFILLED:
            raise MissingFact(
                "outcome", f"'{kept[0]}' is kept: record erasure as partly-fulfilled or refused with grounds"
            )
        if not kept and line.outcome in _REFUSING:
            raise MissingFact(
                "erasure", "the outcome is a refusal: list the categories kept and their grounds"
            )
    elif kind is LetterKind.RECTIFICATION_CONFIRMATION and done and not facts.rectification_changes:
        raise MissingFact("rectification_changes", "say which data were corrected or completed")
    elif kind is LetterKind.RESTRICTION_CONFIRMATION and done:
        if not facts.restricted or not facts.restriction_ground:
            raise MissingFact("restricted", "say which data are restricted and on which ground (Art. 18(1))")
    elif kind is LetterKind.PORTABILITY_RESPONSE and done and not facts.portability_format:
        raise MissingFact("portability_format", "name the machine-readable format, e.g. CSV or JSON")
    elif kind is LetterKind.OBJECTION_RESPONSE and done and not facts.objection_processing:
        raise MissingFact("objection_processing", "say which processing has stopped")
    elif kind is LetterKind.MARKETING_OBJECTION_CONFIRMATION and not facts.marketing_channels:
        raise MissingFact("marketing_channels", "name every marketing channel that was stopped")
    elif kind is LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION and (
        not facts.consent_processing or not facts.consent_after
    ):
        raise MissingFact(
            "consent_processing", "say which processing stops and what happens to the data (consent_after)"
        )
    return line


def _letterhead(case: Case, common: CommonTemplate) -> Letterhead:
    entity = case.entity
    lines: list[str] = []
    if entity.org_number:
        lines.append(f"{common.labels['org_number']} {entity.org_number}")
    lines += [line.strip() for line in entity.address.splitlines() if line.strip()]
    if entity.email:
        lines.append(f"{common.labels['privacy_contact']}: {entity.email}")
    if entity.dpo:
        lines.append(f"{common.labels['dpo']}: {entity.dpo}")
    return Letterhead(entity.name, tuple(lines))


def _remedies(
    item: LetterInput, language: str, common: CommonTemplate, values: dict[str, str], always: bool
) -> list[Block]:
    case = item.case
    refused = [line for line in case.rights if line.outcome in _REFUSING]
    if not refused and not always:
        return []
    blocks: list[Block] = []
    if refused:
        blocks.append(Block("heading", common.labels["reasons_heading"]))
        blocks += _paragraphs(fill(common.blocks["grounds_intro"], values))
        items = []
        for line in refused:
            ground = ground_by_code(line.ground_code)
            label = common.labels[f"right_{line.right.value}"]
            citation = f" – {ground.citation}" if ground else ""
            items.append(f"{label}{citation}: {line.grounds}")
        blocks.append(Block("bullets", items=tuple(items)))
        if case.entity.country is Country.FI and any(line.right is Right.ACCESS for line in refused):
            blocks += _paragraphs(fill(common.blocks["fi_ombudsman"], values))
    blocks.append(Block("heading", common.labels["remedies_heading"]))
    for key in ("complaint", "complaint_residence", "court"):
        blocks += _paragraphs(fill(common.blocks[key], values))
    return blocks


def _register_choice(item: LetterInput, store: TemplateStore, language: str) -> RegisterChoice | None:
    """The register part in one language: the letter's, else the entity's default (whole letter)."""
    if item.kind is not LetterKind.ACCESS_RESPONSE or not item.facts.activities:
        return None  # other kinds do not quote the register; a missing tick is refused later
    default = store.letter_language(item.case.entity.language.value)
    try:
        return choose_register(item.register, item.facts.activities, language, default)
    except RegisterGap as exc:
        raise MissingFact("activities", exc.detail) from None


def _access_blocks(
    choice: RegisterChoice | None, common: CommonTemplate, kind_blocks: dict[str, str]
) -> list[Block]:
    labels = common.labels
    blocks: list[Block] = []
    for activity in choice.activities if choice else ():
        rows = [
            (labels["purposes"], f"{activity.purposes} ({activity.legal_basis})"),
            (labels["categories"], activity.data_categories),
            (labels["recipients"], activity.recipients or "—"),
            (labels["retention"], activity.retention),
            (labels["source"], activity.source or "—"),
            (labels["transfers"], activity.transfers or kind_blocks["no_transfers"].strip()),
            (labels["automated"], activity.automated_decisions or kind_blocks["no_automated"].strip()),
        ]
        blocks.append(Block("heading", activity.name))
        blocks.append(Block("fields", rows=tuple(rows)))
    return blocks


def compose(item: LetterInput, store: TemplateStore) -> LetterSpec:
    case, facts, kind = item.case, item.facts, item.kind
    language = store.letter_language(wanted_language(item))
    info = KINDS[kind]

    # The deadlines as they stand without any pause still open: the "original" dates.
    closed_pauses = sum(p.days(item.counting, item.today) for p in case.pauses if p.end is not None)
    base = compute_deadline(
        case.received, case.entity.country, case.entity.profile, paused_days=closed_pauses
    )
    current = case.deadlines(item.counting, item.today)
    line = _check_facts(item, base.extension_notice_by)
    choice = _register_choice(item, store, language)
    if choice is not None:
        language = choice.language  # never a letter in one language quoting a register in another
    common = store.common(language)
    template = store.kind(language, kind)

    paper = (
        item.paper if item.paper is not None else (case.channel is Channel.LETTER or not case.requester.email)
    )
    if paper and not case.requester.address.strip():
        raise MissingFact(
            "address", "a paper letter needs the requester's postal address; add it to the case"
        )
    if not case.entity.address.strip():
        raise MissingFact("entity address", f"add the postal address of {case.entity.code} (entity settings)")

    def d(day: date) -> str:
        return long_date(day, language)

    authority = AUTHORITIES[case.entity.country]
    rights_text = ", ".join(common.labels[f"right_{line.right.value}"] for line in case.rights)
    identity_pause = next((p for p in case.pauses if p.reason is PauseReason.IDENTITY), None)
    values = {
        "reference": case.reference,
        "received": d(case.received),
        "letter_date": d(item.today),
        # The acknowledgement and the extension notice speak of the one-month period (which is
        # also the last day to announce an extension); the others of the date now in force.
        "due_date": d(base.extension_notice_by if kind in _ONE_MONTH_KINDS else current.due),
        "entity_name": case.entity.name,
        "entity_email": case.entity.email or ", ".join(_lines(case.entity.address)),
        "requester_name": case.requester.name,
        "rights": rights_text,
        "authority_name": authority.name(language),
        "authority_address": authority.address(language),
        "original_due": d(base.due),
        "reply_by": d(facts.reply_by or item.today + timedelta(days=DEFAULT_REPLY_DAYS)),
        "requested": facts.identity_requested or item.text.strip(),
        "reasons": case.extension.reasons if case.extension else facts.extension_reasons,
        "extended_due": d(base.extended_due),
        "notice_by": d(base.extension_notice_by),
        "searched": ", ".join(facts.searched),
        "copy": facts.copy,
        "changes": facts.rectification_changes,
        "restricted": facts.restricted,
        "ground": facts.restriction_ground,
        "format": facts.portability_format,
        "delivery": facts.portability_delivery,
        "processing": facts.objection_processing
        if kind is LetterKind.OBJECTION_RESPONSE
        else facts.consent_processing,
        "after": facts.consent_after,
        "stopped_on": d(facts.marketing_stopped_on or case.received),
        "channels": facts.marketing_channels,
        "last_campaign": facts.last_campaign,
        "asked_on": d(identity_pause.start) if identity_pause else "",
    }
    if kind is LetterKind.ACKNOWLEDGEMENT and case.pauses:
        # The one-month period moved by every paused day so far, never the extended date:
        # the acknowledgement speaks of one month even when it is written after an extension.
        paused = compute_deadline(
            case.received,
            case.entity.country,
            case.entity.profile,
            paused_days=case.paused_days(item.counting, item.today),
        )
        values["due_date"] = d(paused.due)

    text_used = kind is LetterKind.IDENTITY_REQUEST and not facts.identity_requested
    body: list[Block] = []
    done = line is not None and line.outcome in (Outcome.FULFILLED, Outcome.PARTLY_FULFILLED)
    for name in info.blocks:
        if name in ("no_transfers", "no_automated"):
            continue  # used inside the activity tables
        if kind is LetterKind.OBJECTION_RESPONSE and name == ("not_stopped" if done else "stopped"):
            continue
        if name == "done" and not done:
            continue
        if kind is LetterKind.ACCESS_RESPONSE and name == "withheld_intro":
            if facts.withheld:
                body += _paragraphs(fill(template.blocks[name], values))
                body.append(
                    Block(
                        "table",
                        rows=(
                            (common.labels["category"], common.labels["withheld_reason"]),
                            *((w.category, w.reason) for w in facts.withheld),
                        ),
                    )
                )
            continue
        if kind is LetterKind.ERASURE_RESPONSE and name == "kept" and all(e.erased for e in facts.erasure):
            continue
        if (
            kind is LetterKind.REFUSAL
            and name == "partial_note"
            and not any(line.outcome is Outcome.PARTLY_FULFILLED for line in case.rights)
        ):
            continue
        if kind is LetterKind.CLARIFICATION_REQUEST and name == "question":
            body += _paragraphs(fill(template.blocks[name], values))
            body += _paragraphs(item.text.strip())
            text_used = True
            continue
        body += _paragraphs(fill(template.blocks[name], values))
        if name == "intro" and item.text.strip() and not info.needs_text and not text_used:
            body += _paragraphs(item.text.strip())
            text_used = True
        if kind is LetterKind.ACCESS_RESPONSE and name == "activities_intro":
            body += _access_blocks(choice, common, template.blocks)
        if kind is LetterKind.ACCESS_RESPONSE and name == "copy" and facts.copy:
            body += _paragraphs(facts.copy)
        if kind is LetterKind.PORTABILITY_RESPONSE and name == "done" and facts.portability_delivery:
            body += _paragraphs(facts.portability_delivery)
        if kind is LetterKind.ERASURE_RESPONSE and name == "table_intro":
            labels = common.labels
            rows = [(labels["category"], labels["action"], labels["ground"], labels["kept_until"])]
            for entry in facts.erasure:
                grounds = " – ".join(part for part in (entry.ground, entry.statute) if part)
                rows.append(
                    (
                        entry.category,
                        labels["erased"] if entry.erased else labels["kept"],
                        grounds or "—",
                        _retention(entry.retention_end, language) if not entry.erased else "—",
                    )
                )
            body.append(Block("table", rows=tuple(rows)))
    if "campaign" in info.optional and facts.last_campaign:
        body += _paragraphs(fill(template.blocks.get("campaign", ""), values))
    body += _remedies(item, language, common, values, info.always_remedies)
    body += _paragraphs(fill(common.blocks["contact"], values))

    recipient = [case.requester.name, *_lines_keep(case.requester.address)]
    info_rows = (
        (common.labels["date"], d(item.today)),
        (common.labels["our_reference"], case.reference),
        (common.labels["received"], d(case.received)),
        (common.labels["rights"], rights_text),
    )
    return LetterSpec(
        language=language,
        kind=kind.value,
        reference=case.reference,
        letterhead=_letterhead(case, common),
        return_address=" · ".join([case.entity.name, *_lines_keep(case.entity.address)]),
        recipient=tuple(recipient),
        info=info_rows,
        subject=fill(template.blocks["subject"], values),
        body=tuple(body),
        closing=fill(common.blocks["closing"], values),
        signature=(case.entity.name, common.labels["team"]),
        page_label=common.labels["page"],
        meta_title=f"{kind.value} {case.reference}",
        meta_author=case.entity.name,
        wanted_language=choice.wanted if choice else language,
        missing_in_wanted=choice.missing if choice else (),
    )


def _lines_keep(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _retention(value: str, language: str) -> str:
    try:
        return long_date(date.fromisoformat(value), language)
    except ValueError:
        return value
