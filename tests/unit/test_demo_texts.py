"""The demo writes its free texts in each entity's working language, deterministically."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.legal_grounds import grounds_for
from dsar_desk.domain.vocabulary import Right
from dsar_desk.services.demo import DEMO_ENTITIES, generate_demo
from dsar_desk.services.demo_texts import DEMO_TEXTS
from dsar_desk.services.desk import open_desk

CLOCK = FixedClock(datetime(2026, 11, 20, 9, tzinfo=UTC))

# What the generator wrote before it learnt the entities' languages.
ENGLISH_BEFORE = {
    "All data held about me, including call recordings.",
    "Please delete my account and stop sending newsletters.",
    "Copy of the claim file and the creditor's documentation.",
    "Correct my postal address in your customer register.",
    "Which companies have you shared my data with?",
    "Data from the payroll service for 2024 and 2025.",
    "The data are spread over the accounting, payroll and support systems and need redaction of "
    "third-party information.",
    "An unusually high number of requests arrived this month after a media report.",
    "The requester's claim file spans twelve creditors whose documents must be reviewed.",
    "BankID login",
    "code sent to registered e-mail",
    "security questions",
    "customer portal login",
}
ENGLISH_WORDS = {"the", "and", "of", "my", "your", "please", "data", "which", "refused", "login"}

_ROWS = """
SELECT c.reference, e.code, c.received, c.status, c.scope, c.identity_method, c.extension_reasons,
       c.representative_name,
       (SELECT group_concat(
                   r.right || ':' || coalesce(r.outcome, '') || ':' || r.ground_code || ':' || r.grounds, '|')
          FROM case_right r WHERE r.case_id = c.id) AS rights
  FROM dsar_case c JOIN entity e ON e.id = c.entity_id
 ORDER BY c.reference
"""


def _demo_rows(folder: Path, count: int, seed: int) -> list[tuple[Any, ...]]:
    desk = open_desk(folder, CLOCK, "t")
    try:
        generate_demo(desk.ctx, count, seed=seed)
        with desk.ctx.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(_ROWS))]
    finally:
        desk.close()


def _free_texts(rows: list[tuple[Any, ...]], code: str) -> list[str]:
    texts: list[str] = []
    for row in rows:
        if row[1] != code:
            continue
        texts += [row[4], row[5], row[6], row[7]]
        texts += [part.split(":", 3)[3] for part in (row[8] or "").split("|")]
    return [t for t in texts if t]


def test_every_entity_has_texts_of_every_kind_in_equal_numbers_and_every_ground_explained() -> None:
    assert set(DEMO_TEXTS) == {entity.code for entity in DEMO_ENTITIES}
    shapes = {(len(t.scopes), len(t.extension_reasons), len(t.identity_methods)) for t in DEMO_TEXTS.values()}
    assert len(shapes) == 1, "equal lengths keep the seeded draws, and so the demo's dates, the same"
    for entity in DEMO_ENTITIES:
        texts = DEMO_TEXTS[entity.code]
        needed = {ground.code for right in Right for ground in grounds_for(entity.country, right)}
        assert needed <= set(texts.grounds), f"{entity.code} lacks reasons for {needed - set(texts.grounds)}"


@pytest.mark.slow
def test_demo_free_texts_are_in_each_entitys_language_and_the_generator_is_deterministic(
    tmp_path: Path,
) -> None:
    rows = _demo_rows(tmp_path / "a", 600, seed=11)
    by_code = {entity.code: entity for entity in DEMO_ENTITIES}
    for code, texts in DEMO_TEXTS.items():
        own = {*texts.scopes, *texts.extension_reasons, *texts.identity_methods, texts.representative}
        own |= set(texts.grounds.values())
        written = _free_texts(rows, code)
        assert written, f"the demo wrote no free text for {code}"
        for value in written:
            assert value not in ENGLISH_BEFORE
            words = set(re.findall(r"\w+", value.lower()))
            assert not words & ENGLISH_WORDS, f"{code} ({by_code[code].language}) has English: {value!r}"
            assert value in own, f"{code} wrote a text that is not its own: {value!r}"
        entity_rows = [row for row in rows if row[1] == code]
        # The sample covers each kind of text, so the checks above saw all of them.
        assert any(row[4] for row in entity_rows) and any(row[5] for row in entity_rows)
        assert any(row[6] for row in entity_rows), f"no extension reasons in {code}'s sample"
        assert any(
            ":refused:" in (row[8] or "") or ":partly-fulfilled:" in (row[8] or "") for row in entity_rows
        )

    assert _demo_rows(tmp_path / "b", 600, seed=11) == rows
    assert _demo_rows(tmp_path / "c", 600, seed=12) != rows


def test_demo_events_carry_what_the_timeline_shows(tmp_path: Path) -> None:
    """The bulk generator writes its audit events itself: they must have the services' payload shape."""
    import json

    desk = open_desk(tmp_path / "s", CLOCK, "t")
    try:
        generate_demo(desk.ctx, 300, seed=4)
        with desk.ctx.engine.connect() as conn:
            events = conn.execute(
                text(
                    "SELECT e.action, e.payload, c.identity_method, c.extension_reasons FROM audit_event e "
                    "JOIN dsar_case c ON c.reference = e.case_ref "
                    "WHERE e.action IN ('case.identity-verified', 'case.extended', 'case.resumed')"
                )
            ).all()
    finally:
        desk.close()
    seen = {action for action, *_ in events}
    assert seen == {"case.identity-verified", "case.extended", "case.resumed"}
    for action, payload, method, reasons in events:
        data = json.loads(str(payload))
        if action == "case.identity-verified":
            assert data["changed"]["identity_method"][1] == method
        elif action == "case.extended":
            assert data["changed"]["extension_reasons"][1] == reasons
        else:
            assert data["pause"]["days"] >= 1
