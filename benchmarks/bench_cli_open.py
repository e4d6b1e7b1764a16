"""Whole-process time of the two fast CLI paths on a 100,000-case store, keyring vs passphrase.

    .venv/bin/dsar-desk --data-dir /tmp/perf demo --cases 100000      # once, with the file keyring below
    .venv/bin/python benchmarks/bench_cli_open.py /tmp/perf [--month YYYY-MM] [--runs 5]

Targets: `case list --status overdue --json` < 1 s and `log export --format csv` of a
10,000-request month < 1 s. The store key comes from benchmarks/file_keyring.py (a JSON
file; benchmarks only), as a keyring user's would; with DSAR_DESK_PASSPHRASE the
passphrase KDF (scrypt, ~0.2 s per open) is added on top. Bytecode caching is switched
on for the children (an installed program has .pyc files).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(args: list[str], env: dict[str, str], runs: int) -> float:
    command = [sys.executable, "-m", "dsar_desk", *args]
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm the page cache and .pyc
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir")
    parser.add_argument("--month", default="2026-03")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHON_KEYRING_BACKEND", "benchmarks.file_keyring.FileKeyring")
    env["PYTHONPATH"] = str(ROOT)
    out = Path(tempfile.mkdtemp(prefix="dsar-bench-cli-")) / "log.csv"
    base = ["--data-dir", args.data_dir]
    runs = {
        "case list --status overdue --json": [*base, "case", "list", "--status", "overdue", "--json"],
        f"log export --month {args.month} --format csv": [
            *base,
            "log",
            "export",
            "--month",
            args.month,
            "--format",
            "csv",
            "--out",
            str(out),
        ],
        "python -c pass (interpreter floor)": [],
    }
    for label, cli_args in runs.items():
        if not cli_args:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
            print(f"{label:45s} {time.perf_counter() - started:.2f} s")
            continue
        print(f"{label:45s} {timed(cli_args, env, args.runs):.2f} s (median of {args.runs})")
    if out.exists():
        print(f"log rows: {len(out.read_text(encoding='utf-8-sig').splitlines()) - 1:,}")


if __name__ == "__main__":
    main()
