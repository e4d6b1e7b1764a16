"""Audit verification and retention on a demo store of 10,000 cases (run by hand, not in CI)."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text

from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.demo import generate_demo
from dsar_desk.services.desk import open_desk


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="dsar-bench-records-"))
    desk = open_desk(folder, FixedClock(datetime(2026, 11, 20, 10, tzinfo=UTC)), "bench")
    generate_demo(desk.ctx, 10_000, seed=5)
    with desk.ctx.engine.connect() as conn:
        events: int = conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
    start = time.perf_counter()
    status = desk.audit_status()
    verify = time.perf_counter() - start
    assert status.ok
    print(f"audit verify: {events} events in {verify:.2f} s ({events / verify:,.0f} events/s)")
    start = time.perf_counter()
    due = desk.retention.plan(date(2031, 1, 1))
    plan = time.perf_counter() - start
    print(f"retention plan (as of 2031-01-01): {len(due)} cases in {plan:.2f} s")
    # Anonymise them on a later clock, as a real run would.
    later = open_desk(folder, FixedClock(datetime(2031, 1, 1, 10, tzinfo=UTC)), "bench")
    start = time.perf_counter()
    report = later.retention.run()
    run = time.perf_counter() - start
    print(f"retention run: {len(report.items)} cases anonymised in {run:.2f} s")
    start = time.perf_counter()
    after = later.audit_status()
    print(f"audit verify after: {after.events} events, {after.redacted} redacted, ok={after.ok}, "
          f"{time.perf_counter() - start:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
