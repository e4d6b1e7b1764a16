"""Realistic fictional demo data, written in bulk so that 100,000 cases take seconds.

Cases are walked through the real domain operations (so every state is one the rules
allow) with a clock set to each action's day, then inserted in one transaction with
a correctly chained audit trail.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, insert, select
from sqlmodel import col
from sqlmodel import select as model_select

from dsar_desk.domain import model
from dsar_desk.domain.calendars import calendar_data_version
from dsar_desk.domain.collation import name_sort_key
from dsar_desk.domain.deadlines import add_months
from dsar_desk.domain.errors import DomainError, ValidationError
from dsar_desk.domain.legal_grounds import grounds_for
from dsar_desk.domain.model import Case, Entity, Representative, Requester
from dsar_desk.domain.vocabulary import (
    Channel,
    Country,
    HolidayProfile,
    Language,
    Outcome,
    PauseCounting,
    PauseReason,
    Relationship,
    Right,
)
from dsar_desk.services.audit import last_hash, make_event
from dsar_desk.services.context import ServiceContext
from dsar_desk.services.demo_texts import DEMO_TEXTS, DemoTexts
from dsar_desk.storage.repository import email_key, entity_from_row, format_reference, name_key
from dsar_desk.storage.tables import AuditEventRow, CaseRightRow, CaseRow, EntityRow, PauseRow

DEMO_ENTITIES = (
    Entity(
        code="FI1",
        name="Fjordtall Oy",
        country=Country.FI,
        org_number="3141592-6",
        address="Rantakatu 12\n02150 Espoo\nSuomi – Finland",
        email="tietosuoja@fjordtall.example",
        dpo="dpo@fjordtall.example",
        language=Language.FI,
    ),
    Entity(
        code="SE1",
        name="Fjordtall Redovisning AB",
        country=Country.SE,
        org_number="559271-8264",
        address="Kungsgatan 44\n111 35 Stockholm\nSverige",
        email="integritet@fjordtall.example",
        dpo="dpo@fjordtall.example",
        language=Language.SV,
    ),
    Entity(
        code="NO1",
        name="Nordkapp Inkasso AS",
        country=Country.NO,
        org_number="923 456 781",
        address="Postboks 77\n3301 Hokksund\nNorge",
        email="personvern@nordkapp-inkasso.example",
        dpo="",
        language=Language.NB,
        profile=HolidayProfile.STRICT,
    ),
)

FIRST_NAMES = {
    Country.NO: [
        "Åse",
        "Bjørn",
        "Sigrún",
        "Ørjan",
        "Kåre",
        "Ingrid",
        "Tobias",
        "Solveig",
        "Ægir",
        "Håkon",
        "Máret",
        "Ánde",
        "Biret",
        "Nils Ánte",
        "Elle",
        "Sunniva",
        "Øystein",
        "Kristoffer",
    ],
    Country.SE: [
        "Åsa",
        "Märta",
        "Göran",
        "Björn",
        "Linnéa",
        "Örjan",
        "Sixten",
        "Ebba",
        "Kajsa",
        "Måns",
        "Inga-Lill",
        "Jöns",
        "Ylva",
        "Ánde",
        "Sáve",
    ],
    Country.FI: [
        "Äiniö",
        "Jyrki",
        "Päivi",
        "Sanni",
        "Tuomas",
        "Hämäläinen",
        "Eevi",
        "Väinö",
        "Ilona",
        "Aslak",
        "Inkeri",
        "Jörn",
        "Mikko",
        "Siiri",
    ],
}
LAST_NAMES = {
    Country.NO: [
        "Ødegård",
        "Bråthen",
        "Sæther",
        "Løvås",
        "Kvaløy",
        "Nærø",
        "Aasland",
        "Hætta",
        "Čuoppa",
        "Ŋuvttis",
        "Ŧuolla",
        "Gaup",
        "Bæivi",
        "Stokkenes",
        "Årdal",
    ],
    Country.SE: [
        "Öberg",
        "Åkesson",
        "Lindqvist",
        "Sjöström",
        "Ekström",
        "Kuoljok",
        "Päiviö",
        "Nordström",
        "Bäckman",
        "Žiga",
    ],
    Country.FI: [
        "Mäkelä",
        "Häkkinen",
        "Järvinen",
        "Väisänen",
        "Äärelä",
        "Sammallahti",
        "Valkeapää",
        "Lähteenmäki",
        "Öhman",
        "Aikio",
    ],
}
STREETS = {
    Country.NO: [
        "Storgata {n}\n0155 Oslo",
        "Bjørnstjerne Bjørnsons gate {n}\n3044 Drammen",
        "Čázádatgeaidnu {n}\n9730 Karasjok",
        "Fjellveien {n}\n5019 Bergen",
    ],
    Country.SE: [
        "Drottninggatan {n}\n111 51 Stockholm",
        "Östra Hamngatan {n}\n411 10 Göteborg",
        "Köpmangatan {n}\n972 31 Luleå",
    ],
    Country.FI: [
        "Hämeentie {n}\n00530 Helsinki",
        "Yliopistonkatu {n}\n20100 Turku",
        "Ájjegáddi {n}\n99870 Inari",
    ],
}
LANGUAGE_OF = {
    Country.NO: [Language.NB, Language.NB, Language.NN, Language.EN],
    Country.SE: [Language.SV, Language.SV, Language.FI, Language.EN],
    Country.FI: [Language.FI, Language.FI, Language.SV, Language.EN],
}
RELATIONSHIPS = {
    "NO1": [Relationship.DEBTOR] * 6
    + [Relationship.CUSTOMER, Relationship.WEBSITE_USER, Relationship.JOB_APPLICANT],
    "default": [Relationship.CUSTOMER] * 4
    + [
        Relationship.EMPLOYEE,
        Relationship.JOB_APPLICANT,
        Relationship.SUPPLIER_CONTACT,
        Relationship.WEBSITE_USER,
        Relationship.OTHER,
    ],
}
RIGHT_WEIGHTS = [
    (Right.ACCESS, 40),
    (Right.ERASURE, 20),
    (Right.MARKETING_OBJECTION, 10),
    (Right.RECTIFICATION, 8),
    (Right.CONSENT_WITHDRAWAL, 8),
    (Right.OBJECTION, 6),
    (Right.RESTRICTION, 4),
    (Right.PORTABILITY, 4),
]
CHANNEL_WEIGHTS = [
    (Channel.EMAIL, 45),
    (Channel.WEB_FORM, 25),
    (Channel.LETTER, 15),
    (Channel.PHONE, 8),
    (Channel.IN_PERSON, 3),
    (Channel.OTHER, 4),
]
T = TypeVar("T")

HANDLERS = ["Ingrid Bråthen", "Jyrki Mäkelä", "Åsa Lindqvist", ""]


@dataclass
class _Plan:
    case: Case
    entity_id: int
    created: datetime
    events: list[tuple[datetime, str, dict[str, Any]]]


def _weighted(rng: random.Random, pairs: list[tuple[T, int]]) -> T:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(7, 16), rng.randint(0, 59)), tzinfo=UTC)


def _ensure_entities(ctx: ServiceContext) -> dict[str, tuple[int, Entity]]:
    from dsar_desk.services.entities import EntityService

    service = EntityService(ctx)
    known = {entity.code for entity in service.list()}
    for entity in DEMO_ENTITIES:
        if entity.code not in known:
            service.add(entity)
    with ctx.reading() as session:
        rows = list(session.exec(model_select(EntityRow)))
    out: dict[str, tuple[int, Entity]] = {}
    for entity_row in rows:
        if entity_row.code in {e.code for e in DEMO_ENTITIES}:
            assert entity_row.id is not None
            out[entity_row.code] = (entity_row.id, entity_from_row(entity_row))
    return out


_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "đ": "d", "ŋ": "n", "ŧ": "t"})


def _ascii(text: str) -> str:
    """E-mail handles as people really pick them: Nordic letters spelled out in ASCII."""
    import unicodedata

    spelled = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(ch for ch in spelled if ch.isascii())


class _Person:
    __slots__ = ("address", "email", "language", "name", "phone", "relationship")

    def __init__(self, rng: random.Random, country: Country, code: str) -> None:
        first, last = rng.choice(FIRST_NAMES[country]), rng.choice(LAST_NAMES[country])
        self.name = f"{first} {last}"
        handle = _ascii(name_key(f"{first}.{last}").replace(" ", ""))
        self.email = (
            f"{handle}{rng.randint(1, 999)}@example.{country.value.lower()}" if rng.random() < 0.85 else ""
        )
        prefix = {Country.NO: 47, Country.SE: 46, Country.FI: 358, Country.DK: 45}[country]
        number = f"+{prefix} {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}"
        self.phone = number if rng.random() < 0.4 else ""
        self.address = (
            rng.choice(STREETS[country]).format(n=rng.randint(1, 120)) if rng.random() < 0.8 else ""
        )
        self.language = rng.choice(LANGUAGE_OF[country])
        self.relationship = rng.choice(RELATIONSHIPS.get(code, RELATIONSHIPS["default"]))


def _simulate(
    plan: _Plan, rng: random.Random, today: date, counting: PauseCounting, texts: DemoTexts
) -> None:
    case, events = plan.case, plan.events

    def event(day: date, action: str, payload: dict[str, Any]) -> None:
        events.append((_at(day, rng), action, payload))

    received = case.received
    try:
        if rng.random() < 0.2:
            reason = PauseReason.IDENTITY if rng.random() < 0.8 else PauseReason.CLARIFICATION
            start = received + timedelta(days=rng.randint(0, 4))
            if start > today:
                return
            model.pause(case, reason, start, today)
            event(start, "case.paused", {"pause": {"reason": reason.value, "start": start.isoformat()}})
            answered = start + timedelta(days=rng.randint(1, 20))
            if reason is PauseReason.IDENTITY and rng.random() < 0.08:  # never answers
                closing = start + timedelta(days=30)
                if reason is PauseReason.IDENTITY and closing <= today:
                    model.close(case, closing, today)
                    event(closing, "case.closed", {"status": case.status.value})
                return
            if answered > today:
                return
            if reason is PauseReason.IDENTITY:
                method = rng.choice(texts.identity_methods)
                model.verify_identity(case, method, answered, today)
                # The same payload shape as the services write, so the timeline shows the method.
                changed = {"identity_method": [None, method]}
                event(answered, "case.identity-verified", {"on": answered.isoformat(), "changed": changed})
            else:
                ended = model.resume(case, answered, today)
                pause = {"reason": ended.reason.value, "days": ended.days(counting, answered)}
                event(answered, "case.resumed", {"on": answered.isoformat(), "pause": pause})
        elif rng.random() < 0.5:
            start = received + timedelta(days=rng.randint(0, 3))
            if start <= today:
                case.status = case.status.IN_PROGRESS
        if rng.random() < 0.08:
            notice = received + timedelta(days=rng.randint(8, 27))
            if notice <= today:
                reasons = rng.choice(texts.extension_reasons)
                model.extend(case, reasons, notice, today, counting)
                changed = {"extension_reasons": [None, reasons]}
                event(notice, "case.extended", {"on": notice.isoformat(), "changed": changed})
        deadlines = case.deadlines(counting, today)
        late = rng.random() < 0.06
        if late and (today - received).days < 100:
            return  # a small recent backlog, so the dashboard has something overdue to show
        span = (deadlines.due - received).days
        answer_day = received + timedelta(
            days=rng.randint(max(2, span // 4), span + (rng.randint(1, 20) if late else 0))
        )
        if answer_day > today or (case.open_pause is not None):
            return
        for line in case.rights:
            outcome, grounds, code = _pick_outcome(rng, line.right, case.entity.country, texts)
            model.record_outcome(case, line.right, outcome, answer_day, today, grounds=grounds, code=code)
            event(answer_day, "case.outcome-recorded", {"right": line.right.value, "outcome": outcome.value})
        # Staff close a case a few days after answering; only recent answers are still open.
        closing = answer_day + timedelta(days=rng.choice([0, 0, 1, 2, 5, 9]))
        if closing <= today:
            model.close(case, closing, today)
            event(closing, "case.closed", {"status": case.status.value})
            if rng.random() < 0.01 and closing + timedelta(days=10) <= today:
                model.reopen(case, texts.reopen_reason)
                event(closing + timedelta(days=10), "case.reopened", {})
                if closing + timedelta(days=24) <= today:
                    model.close(case, closing + timedelta(days=24), today)
                    event(closing + timedelta(days=24), "case.closed", {"status": case.status.value})
    except DomainError:
        # A random walk can propose an order the rules forbid; the case simply stays as it is.
        return


def _pick_outcome(
    rng: random.Random, right: Right, country: Country, texts: DemoTexts
) -> tuple[Outcome, str, str]:
    roll = rng.random()
    if right is not Right.MARKETING_OBJECTION and roll < 0.08:
        ground = rng.choice(grounds_for(country, right))
        outcome = Outcome.REFUSED if rng.random() < 0.6 else Outcome.PARTLY_FULFILLED
        # The letter prints the citation next to these reasons; staff write only the why.
        return outcome, texts.grounds[ground.code], ground.code
    if roll < 0.16:
        return Outcome.NO_DATA, "", ""
    if roll < 0.19:
        return Outcome.WITHDRAWN, "", ""
    return Outcome.FULFILLED, "", ""


def generate_demo(ctx: ServiceContext, count: int, seed: int = 1) -> int:
    """Add `count` fictional cases received over the last 24 months; returns how many."""
    if not 0 < count <= 1_000_000:
        raise ValidationError("cases", "must be between 1 and 1,000,000")
    counting = ctx.settings.pause_counting
    rng = random.Random(seed)
    today = ctx.clock.today()
    entities = _ensure_entities(ctx)
    from dsar_desk.services.demo_register import ensure_demo_registers

    ensure_demo_registers(ctx)
    codes = list(entities)
    earliest = add_months(today, -24)
    span = (today - earliest).days
    people: dict[str, list[_Person]] = {code: [] for code in codes}
    plans: list[_Plan] = []
    for _ in range(count):
        code = rng.choice(codes)
        entity_id, entity = entities[code]
        texts = DEMO_TEXTS[code]
        pool = people[code]
        if pool and rng.random() < 0.1:
            person = rng.choice(pool)
        else:
            person = _Person(rng, entity.country, code)
            pool.append(person)
            if len(pool) > 2000:
                pool.pop(0)
        received = earliest + timedelta(days=int(span * rng.random() ** 0.7))
        rights = [_weighted(rng, RIGHT_WEIGHTS)]
        if rng.random() < 0.2:
            rights.append(_weighted(rng, RIGHT_WEIGHTS))
        case = model.new_case(
            reference="",
            entity=entity,
            received=received,
            today=today,
            channel=_weighted(rng, CHANNEL_WEIGHTS),
            requester=Requester(
                person.name, person.email, person.phone, person.address, person.language, person.relationship
            ),
            rights=rights,
            representative=Representative(texts.representative, True) if rng.random() < 0.03 else None,
            scope=rng.choice(texts.scopes),
            handler=rng.choice(HANDLERS),
        )
        plan = _Plan(case, entity_id, _at(received, rng), [])
        _simulate(plan, rng, today, counting, texts)
        plans.append(plan)
    _write(ctx, plans, today, counting)
    return count


def _write(ctx: ServiceContext, plans: list[_Plan], today: date, counting: PauseCounting) -> None:
    name_order = ctx.settings.name_order
    plans.sort(key=lambda p: (p.case.received, p.created))
    actor = "demo"
    version = calendar_data_version()
    with ctx.writing() as session:
        conn = session.connection()
        next_id = (conn.execute(select(func.max(CaseRow.id))).scalar() or 0) + 1
        seqs: dict[tuple[int, int], int] = {}
        max_seqs = select(col(CaseRow.entity_id), col(CaseRow.year), func.max(CaseRow.seq)).group_by(
            col(CaseRow.entity_id), col(CaseRow.year)
        )
        entity_id: Any
        year: Any
        seq: Any
        for entity_id, year, seq in conn.execute(max_seqs):
            seqs[(int(entity_id), int(year))] = int(seq)
        case_rows: list[dict[str, Any]] = []
        right_rows: list[dict[str, Any]] = []
        pause_rows: list[dict[str, Any]] = []
        events: list[tuple[datetime, str, str, str, dict[str, Any]]] = []
        for plan in plans:
            case = plan.case
            key = (plan.entity_id, case.received.year)
            seqs[key] = seqs.get(key, 0) + 1
            case.reference = format_reference(case.entity.code, case.received.year, seqs[key])
            deadlines = case.deadlines(counting, today)
            case_id = next_id
            next_id += 1
            case_rows.append(
                {
                    "id": case_id,
                    "reference": case.reference,
                    "entity_id": plan.entity_id,
                    "year": case.received.year,
                    "seq": seqs[key],
                    "received": case.received,
                    "channel": case.channel.value,
                    "status": case.status.value,
                    "rights_summary": ",".join(line.right.value for line in case.rights),
                    "requester_name": case.requester.name,
                    "requester_name_key": name_key(case.requester.name),
                    "requester_sort_key": name_sort_key(case.requester.name, name_order),
                    "requester_email": case.requester.email,
                    "requester_email_key": email_key(case.requester.email),
                    "requester_phone": case.requester.phone,
                    "requester_address": case.requester.address,
                    "requester_language": case.requester.language.value if case.requester.language else None,
                    "relationship": case.requester.relationship.value,
                    "national_id_masked": "",
                    "representative_name": case.representative.name if case.representative else "",
                    "representative_authority_checked": bool(
                        case.representative and case.representative.authority_checked
                    ),
                    "scope": case.scope,
                    "handler": case.handler,
                    "identity_checked_on": case.identity_checked_on,
                    "identity_method": case.identity_method,
                    "extension_notified_on": case.extension.notified_on if case.extension else None,
                    "extension_reasons": case.extension.reasons if case.extension else "",
                    "closed_on": case.closed_on,
                    "reopened_count": case.reopened_count,
                    "paused_days": case.paused_days(counting, today),
                    "due_date": deadlines.due,
                    "extension_notice_by": deadlines.extension_notice_by,
                    "conservative_due": deadlines.conservative_due,
                    "calendar_version": version,
                    "letter_facts": "{}",
                    "anonymised_at": None,
                    "created_at": plan.created,
                    "updated_at": plan.events[-1][0] if plan.events else plan.created,
                }
            )
            for line in case.rights:
                right_rows.append(
                    {
                        "case_id": case_id,
                        "right": line.right.value,
                        "outcome": line.outcome.value if line.outcome else None,
                        "grounds": line.grounds,
                        "ground_code": line.ground_code,
                        "decided_on": line.decided_on,
                    }
                )
            for pause in case.pauses:
                pause_rows.append(
                    {"case_id": case_id, "reason": pause.reason.value, "start": pause.start, "end": pause.end}
                )
            events.append(
                (
                    plan.created,
                    "case.created",
                    case.reference,
                    case.entity.code,
                    {
                        "received": case.received.isoformat(),
                        "rights": case_rows[-1]["rights_summary"],
                        "channel": case.channel.value,
                    },
                )
            )
            for at, action, payload in plan.events:
                events.append((at, action, case.reference, case.entity.code, payload))
        conn.execute(insert(CaseRow), case_rows)
        conn.execute(insert(CaseRightRow), right_rows)
        if pause_rows:
            conn.execute(insert(PauseRow), pause_rows)
        events.sort(key=lambda item: item[0])
        prev = last_hash(session)
        audit_rows: list[dict[str, Any]] = []
        for at, action, ref, code, payload in events:
            # The one definition of an event's hash (services/audit.py), in bulk.
            row = make_event(prev, at, actor, action, payload, case_ref=ref, entity_code=code)
            audit_rows.append(row.model_dump(exclude={"id"}))
            prev = row.hash
        conn.execute(insert(AuditEventRow), audit_rows)
