"""Starts the window; until the window exists, shows the register in the terminal."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
import tempfile
from pathlib import Path


def launch(args: argparse.Namespace) -> int:
    from dsar_desk.config import os_user, resolve_data_dir
    from dsar_desk.services.clock import SystemClock
    from dsar_desk.services.desk import open_desk

    if args.demo:
        data_dir = Path(tempfile.mkdtemp(prefix="dsar-desk-demo-"))
    else:
        data_dir = resolve_data_dir(args.data_dir)
    if importlib.util.find_spec("dsar_desk.ui.app") is not None:
        ui_app = importlib.import_module("dsar_desk.ui.app")
        code = int(ui_app.main(data_dir=data_dir, demo=args.demo))
        # Every change is committed (and synced) when the window closes. Skipping interpreter
        # teardown avoids an abort from PySide6's reference-count bug on Python 3.11
        # (dsar_desk/ui/none_guard.py).
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    desk = open_desk(data_dir, SystemClock(), os_user())
    if args.demo:
        from dsar_desk.services.demo import generate_demo

        generate_demo(desk.ctx, 300, seed=7)
    desk.close()  # the commands below open the store themselves (one lock holder at a time)
    from dsar_desk.cli import run

    print(f"Case store: {data_dir}\n")
    run(["--data-dir", str(data_dir), "case", "list", "--status", "overdue"])
    print()
    run(["--data-dir", str(data_dir), "case", "list", "--status", "due-soon"])
    sys.stdout.flush()
    return 0
