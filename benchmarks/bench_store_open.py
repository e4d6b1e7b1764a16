"""Open time of the encrypted store (raw key) and `case list --status overdue --json` at 100,000 cases.

Usage: .venv/bin/python benchmarks/bench_store_open.py [CASES]
Builds a throwaway store with demo data once (slow), then times fresh CLI processes,
which is what a user waits for. The key sits in a file-less in-process keyring: the
CLI subprocesses get it through DSAR_DESK_RECOVERY_KEY (a raw key, no KDF).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from dsar_desk.credentials.secret_store import InMemorySecretStore
from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.demo import generate_demo
from dsar_desk.services.desk import open_desk


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = Path(tempfile.mkdtemp(prefix="dsar-bench-")) / "store"
    secrets = InMemorySecretStore()
    clock = FixedClock(datetime(2026, 11, 20, 9, tzinfo=UTC))
    started = time.perf_counter()
    desk = open_desk(folder, clock, "bench", secrets=secrets)
    recovery = desk.report.recovery_key
    generate_demo(desk.ctx, count, seed=1)
    desk.close()
    if os.environ.get("BENCH_KEEP_KEY"):  # throwaway store: lets a profiler reopen it
        (folder.parent / "recovery.txt").write_text(recovery or "")
    print(f"built {count} cases in {time.perf_counter() - started:.1f} s")

    opens = []
    for _ in range(5):
        t = time.perf_counter()
        desk = open_desk(folder, clock, "bench", secrets=secrets)
        opens.append(time.perf_counter() - t)
        desk.close()
    print(f"open_desk (raw key, in-process): median {statistics.median(opens) * 1000:.1f} ms")

    env = {
        **os.environ,
        "DSAR_DESK_RECOVERY_KEY": recovery or "",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    command = [
        sys.executable,
        "-m",
        "dsar_desk",
        "--data-dir",
        str(folder),
        "case",
        "list",
        "--status",
        "overdue",
        "--json",
    ]
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, check=True)
        runs.append(time.perf_counter() - t)
    print(
        f"`case list --status overdue --json` (new process): median {statistics.median(runs):.2f} s, "
        f"{result.stdout.count(b'reference')} overdue cases"
    )


if __name__ == "__main__":
    main()
