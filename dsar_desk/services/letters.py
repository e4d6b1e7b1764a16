"""Letters on a case: suggest, render, save, mark sent, export and e-mail drafts.

The flow the window and the command line share:
1. The handler records the facts a letter needs (`update_facts`: activities ticked,
   systems searched, erasure per category, extension reasons, ...).
2. `render` returns the PDF bytes (for the preview); nothing is stored.
3. `save` renders again and keeps the PDF inside the store with its SHA-256, plus a
   snapshot of the facts it was rendered from.
4. `mark_sent` records date and channel. Sending some kinds changes the case, using
   the saved snapshot (what the requester was actually told):
   - identity-request: the clock pauses for identity from the sent date;
   - clarification-request: the clock pauses for clarification from the sent date;
   - extension-notice: the extension takes effect on the sent date, with the letter's
     reasons; refused (nothing recorded) if that is after the notice deadline;
   - acknowledgement: recorded in the audit trail (no state change).
   Case change and letter update are one transaction.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from dsar_desk.domain import model
from dsar_desk.domain.errors import DomainError, InvalidTransition, NotFound, ValidationError
from dsar_desk.domain.model import Case
from dsar_desk.domain.vocabulary import Channel, PauseReason, parse_choice
from dsar_desk.letters.compose import LetterInput, compose
from dsar_desk.letters.facts import LetterFacts, facts_from_json, parse_facts
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.letters.suggest import suggested_kinds
from dsar_desk.letters.templates import TemplateStore
from dsar_desk.services.audit import append_event
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.deadline_refresh import store_deadlines
from dsar_desk.services.files import write_atomic
from dsar_desk.services.register import activities_of
from dsar_desk.storage.repository import LoadedCase, apply_case, load_case, row_snapshot, save_lines
from dsar_desk.storage.tables import LetterRow, StoredFileRow

if TYPE_CHECKING:
    from dsar_desk.letters.spec import LetterSpec

TEMPLATE_FOLDER = "templates"
_PAUSING = {
    LetterKind.IDENTITY_REQUEST: PauseReason.IDENTITY,
    LetterKind.CLARIFICATION_REQUEST: PauseReason.CLARIFICATION,
}


@dataclass(frozen=True)
class LetterDraft:
    """What the handler chooses for one letter."""

    kind: LetterKind
    language: str | None = None  # None: the requester's language, then the entity's
    text: str = ""  # the case-specific paragraph
    paper: bool | None = None  # None: paper if the request came by post or there is no e-mail


@dataclass(frozen=True)
class RenderedLetter:
    kind: LetterKind
    language: str
    subject: str
    file_name: str  # case reference and kind only: never personal data
    pdf: bytes
    wanted_language: str = ""  # differs from `language` when the register lacked versions in it
    missing_in_wanted: tuple[str, ...] = ()  # the ticked activities with no version in it

    @property
    def fell_back(self) -> bool:
        return bool(self.wanted_language) and self.wanted_language != self.language

    @property
    def fallback_warning(self) -> str:
        """For the handler, before the letter is saved or sent (English; the window words its own)."""
        if not self.fell_back:
            return ""
        return (
            f"the processing register has no {language_name(self.wanted_language)} "
            f"({self.wanted_language}) version of {', '.join(self.missing_in_wanted)}; this letter is "
            f"written in {language_name(self.language)} ({self.language}), the entity's default letter "
            "language, so that it does not mix two languages. Add the missing versions in the register "
            "to write it in the language asked for."
        )


def language_name(code: str) -> str:
    from babel import Locale

    return str(Locale.parse("en").languages.get(code, code))


@dataclass(frozen=True)
class SavedLetter:
    id: int
    reference: str
    kind: str
    language: str
    created_at: datetime
    sha256: str
    size: int
    sent_on: date | None
    sent_channel: str
    file_name: str


def letter_file_name(reference: str, kind: str) -> str:
    return f"{reference}-{kind}.pdf"


class LetterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        override = ctx.data_dir / TEMPLATE_FOLDER if ctx.data_dir is not None else None
        self.templates = TemplateStore(override)

    # --- facts ----------------------------------------------------------------------

    def facts(self, reference: str) -> LetterFacts:
        with self._ctx.reading() as session:
            return facts_from_json(load_case(session, reference).row.letter_facts)

    def update_facts(self, reference: str, **changes: Any) -> Changes:
        """Set some letter facts (see `LetterFacts`); checked, then stored with an audit event."""
        with self._ctx.writing() as session:
            loaded = load_case(session, reference)
            current = facts_from_json(loaded.row.letter_facts)
            merged = json.loads(current.to_json())
            merged.update({k: _plain(v) for k, v in changes.items()})
            updated = parse_facts({k: v for k, v in merged.items() if v not in (None, "", [], ())})
            if "activities" in changes and updated.activities:
                assert loaded.row.entity_id is not None
                known = {a.id for a in activities_of(session, loaded.row.entity_id)}
                unknown = [str(a) for a in updated.activities if a not in known]
                if unknown:
                    raise ValidationError(
                        "activities", f"{', '.join(unknown)} not in the register of {loaded.case.entity.code}"
                    )
            before, after = json.loads(current.to_json()), json.loads(updated.to_json())
            changed = {
                k: [before.get(k), after.get(k)]
                for k in set(before) | set(after)
                if before.get(k) != after.get(k)
            }
            if not changed:
                return Changes()
            loaded.row.letter_facts = updated.to_json()
            loaded.row.updated_at = self._ctx.clock.now()
            session.add(loaded.row)
            self._audit(session, loaded, "case.letter-facts-updated", {"changed": changed})
            return Changes(case_refs=frozenset({loaded.row.reference}))

    # --- choosing and rendering -----------------------------------------------------

    def suggested(self, reference: str) -> list[LetterKind]:
        with self._ctx.reading() as session:
            loaded = load_case(session, reference)
            saved = frozenset(
                session.exec(select(LetterRow.kind).where(LetterRow.case_id == loaded.row.id)).all()
            )
        return suggested_kinds(loaded.case, self._ctx.clock.today(), self._ctx.settings.pause_counting, saved)

    def kinds_for(self, reference: str) -> tuple[list[LetterKind], list[LetterKind]]:
        """(suggested, the others): every kind, the fitting ones first."""
        first = self.suggested(reference)
        return first, [kind for kind in LetterKind if kind not in first]

    def _input(self, session: Session, loaded: LoadedCase, draft: LetterDraft) -> LetterInput:
        assert loaded.row.entity_id is not None
        return LetterInput(
            kind=draft.kind,
            case=loaded.case,
            today=self._ctx.clock.today(),
            counting=self._ctx.settings.pause_counting,
            facts=facts_from_json(loaded.row.letter_facts),
            register=tuple(activities_of(session, loaded.row.entity_id)),
            language=draft.language,
            text=model.clean_text(draft.text, "text"),
            paper=draft.paper,
        )

    def _render(self, session: Session, loaded: LoadedCase, draft: LetterDraft) -> RenderedLetter:
        spec = compose(self._input(session, loaded, draft), self.templates)
        return RenderedLetter(
            draft.kind,
            spec.language,
            spec.subject,
            letter_file_name(spec.reference, draft.kind.value),
            _render_pdf(spec),
            spec.wanted_language,
            spec.missing_in_wanted,
        )

    def render(self, reference: str, draft: LetterDraft) -> RenderedLetter:
        with self._ctx.reading() as session:
            return self._render(session, load_case(session, reference), draft)

    # --- the letters kept on a case -------------------------------------------------

    def save(self, reference: str, draft: LetterDraft) -> tuple[SavedLetter, Changes]:
        with self._ctx.writing() as session:
            loaded = load_case(session, reference)
            assert loaded.row.id is not None
            letter = self._render(session, loaded, draft)
            digest = hashlib.sha256(letter.pdf).hexdigest()
            stored = StoredFileRow(sha256=digest, size=len(letter.pdf), content=letter.pdf)
            session.add(stored)
            session.flush()
            assert stored.id is not None
            snapshot = {
                "facts": json.loads(loaded.row.letter_facts or "{}"),
                "text": draft.text.strip(),
                "subject": letter.subject,
                "paper": draft.paper,
            }
            if draft.kind is LetterKind.EXTENSION_NOTICE:
                case = loaded.case
                snapshot["extension_reasons"] = (
                    case.extension.reasons
                    if case.extension
                    else facts_from_json(loaded.row.letter_facts).extension_reasons
                )
            row = LetterRow(
                case_id=loaded.row.id,
                kind=draft.kind.value,
                language=letter.language,
                created_at=self._ctx.clock.now(),
                file_id=stored.id,
                sha256=digest,
                facts=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            self._audit(
                session,
                loaded,
                "letter.saved",
                {
                    "letter": row.id,
                    "kind": row.kind,
                    "language": row.language,
                    "sha256": digest,
                    "size": len(letter.pdf),
                },
            )
            saved = _saved(row, loaded.row.reference, len(letter.pdf))
        return saved, Changes(case_refs=frozenset({reference.strip().upper()}), letters=True)

    def list(self, reference: str) -> list[SavedLetter]:
        with self._ctx.reading() as session:
            loaded = load_case(session, reference)
            rows = session.exec(
                select(LetterRow).where(LetterRow.case_id == loaded.row.id).order_by(col(LetterRow.id))
            ).all()
            sizes = {
                file.id: file.size
                for file in session.exec(
                    select(StoredFileRow).where(col(StoredFileRow.id).in_([r.file_id for r in rows]))
                )
            }
            return [_saved(row, loaded.row.reference, sizes.get(row.file_id, 0)) for row in rows]

    def pdf(self, letter_id: int) -> bytes:
        with self._ctx.reading() as session:
            row = _letter(session, letter_id)
            stored = session.get(StoredFileRow, row.file_id)
            assert stored is not None
            if hashlib.sha256(stored.content).hexdigest() != row.sha256:
                raise DomainError(
                    f"letter {letter_id}: its stored file does not match its SHA-256; do not send it"
                )
            return stored.content

    def export(self, letter_id: int, path: Path) -> Path:
        """Write a saved letter to `path` (a folder: uses the reference-and-kind file name)."""
        content = self.pdf(letter_id)
        with self._ctx.reading() as session:
            row = _letter(session, letter_id)
            reference = _reference_of(session, row)
        target = path / letter_file_name(reference, row.kind) if path.is_dir() else path
        return write_atomic(target, content)

    def mark_sent(
        self, letter_id: int, on: date | None = None, channel: Channel | str = Channel.EMAIL
    ) -> Changes:
        today = self._ctx.clock.today()
        day = on or today
        way = channel if isinstance(channel, Channel) else parse_choice(Channel, channel, "channel")
        counting = self._ctx.settings.pause_counting
        with self._ctx.writing() as session:
            row = _letter(session, letter_id)
            if row.sent_on is not None:
                raise InvalidTransition(
                    f"letter {letter_id} was already marked sent on {row.sent_on.isoformat()}"
                )
            loaded = load_case(session, _reference_of(session, row))
            case = loaded.case
            if day > today:
                raise ValidationError("on", f"{day.isoformat()} is in the future")
            if day < row.created_at.date():
                raise ValidationError("on", "a letter cannot be sent before it was written")
            kind = LetterKind(row.kind)
            snapshot = json.loads(row.facts or "{}")
            before = row_snapshot(loaded.row)
            effect = self._effect_of_sending(case, kind, snapshot, day, today, counting)
            row.sent_on, row.sent_channel = day, way.value
            session.add(row)
            if effect is not None:
                apply_case(loaded.row, case, self._ctx.settings.name_order)
                store_deadlines(loaded.row, case, counting, today)
                loaded.row.updated_at = self._ctx.clock.now()
                save_lines(session, loaded)
                session.add(loaded.row)
                changed = {
                    k: [_jsonable(before[k]), _jsonable(v)]
                    for k, v in row_snapshot(loaded.row).items()
                    if before.get(k) != v and k not in ("updated_at", "calendar_version")
                }
                self._audit(
                    session, loaded, effect[0], {"changed": changed, **effect[1], "by_letter": letter_id}
                )
            self._audit(
                session,
                loaded,
                "letter.sent",
                {"letter": letter_id, "kind": kind.value, "on": day.isoformat(), "channel": way.value},
            )
            return Changes(case_refs=frozenset({loaded.row.reference}), letters=True)

    @staticmethod
    def _effect_of_sending(
        case: Case, kind: LetterKind, snapshot: dict[str, Any], day: date, today: date, counting: Any
    ) -> tuple[str, dict[str, Any]] | None:
        reason = _PAUSING.get(kind)
        if reason is not None:
            current = case.open_pause
            if current is not None and current.reason is reason:
                return None  # the clock was already stopped for this
            model.pause(case, reason, day, today)
            return "case.paused", {"pause": {"reason": reason.value, "start": day.isoformat()}}
        if kind is LetterKind.EXTENSION_NOTICE:
            if case.extension is not None:
                return None
            reasons = str(snapshot.get("extension_reasons", "")).strip()
            model.extend(case, reasons, day, today, counting)
            return "case.extended", {"reasons": reasons}
        return None

    # --- e-mail draft ---------------------------------------------------------------

    def write_email_draft(self, letter_id: int, path: Path) -> Path:
        """An unsent .eml (X-Unsent: 1) to the requester with the letter attached."""
        content = self.pdf(letter_id)
        with self._ctx.reading() as session:
            row = _letter(session, letter_id)
            loaded = load_case(session, _reference_of(session, row))
        snapshot = json.loads(row.facts or "{}")
        subject = str(snapshot.get("subject", "")) or row.kind
        return self._write_eml(
            loaded.case,
            row.language,
            subject,
            content,
            letter_file_name(loaded.row.reference, row.kind),
            path,
        )

    def write_email_draft_for(self, reference: str, letter: RenderedLetter, path: Path) -> Path:
        """The same for a letter rendered but not saved (the window's Send button before Save)."""
        with self._ctx.reading() as session:
            case = load_case(session, reference).case
        return self._write_eml(case, letter.language, letter.subject, letter.pdf, letter.file_name, path)

    def _write_eml(
        self, case: Case, language: str, subject: str, pdf: bytes, file_name: str, path: Path
    ) -> Path:
        if not case.requester.email:
            raise ValidationError("email", "the requester has no e-mail address; send this letter by post")
        body = self.templates.common(language).labels["email_body"].replace("{reference}", case.reference)
        message = EmailMessage(policy=SMTP)
        message["To"] = formataddr((case.requester.name, case.requester.email))
        if case.entity.email:
            message["From"] = formataddr((case.entity.name, case.entity.email))
        message["Subject"] = f"{subject} ({case.reference})"
        message["X-Unsent"] = "1"
        message.set_content(body + "\n")
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name)
        target = path / file_name.replace(".pdf", ".eml") if path.is_dir() else path
        return write_atomic(target, message.as_bytes())

    def _audit(self, session: Session, loaded: LoadedCase, action: str, payload: dict[str, Any]) -> None:
        append_event(
            session,
            self._ctx.clock.now(),
            self._ctx.actor,
            action,
            payload,
            case_ref=loaded.row.reference,
            entity_code=loaded.case.entity.code,
        )


def _letter(session: Session, letter_id: int) -> LetterRow:
    row = session.get(LetterRow, letter_id)
    if row is None:
        raise NotFound(f"letter: no saved letter {letter_id} (see 'letter list REF')")
    return row


def _reference_of(session: Session, row: LetterRow) -> str:
    from dsar_desk.storage.tables import CaseRow

    case_row = session.get(CaseRow, row.case_id)
    assert case_row is not None
    return case_row.reference


def _saved(row: LetterRow, reference: str, size: int) -> SavedLetter:
    assert row.id is not None
    return SavedLetter(
        row.id,
        reference,
        row.kind,
        row.language,
        row.created_at,
        row.sha256,
        size,
        row.sent_on,
        row.sent_channel,
        letter_file_name(reference, row.kind),
    )


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _render_pdf(spec: LetterSpec) -> bytes:
    # ReportLab takes ~0.1 s to import; only rendering needs it, not opening the store.
    from dsar_desk.letters.render_pdf import render_pdf

    return render_pdf(spec)
