"""Window benchmark on a big store: start-up, filter keystroke, full scroll, memory.

    dsar-desk --data-dir D demo --cases 100000      # once, about a minute
    python benchmarks/bench_window.py D

Start-up is measured from before the interpreter is spawned to the first register page
on screen, so imports count. Targets: start < 1.5 s, keystroke < 100 ms, no scroll
stall, resident memory < 400 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(data_dir: Path, spawned_at: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from dsar_desk.config import os_user
    from dsar_desk.services.clock import SystemClock
    from dsar_desk.services.desk import open_desk
    from dsar_desk.ui.app import build_window, make_application

    app = make_application()
    app.setQuitOnLastWindowClosed(False)
    clock = SystemClock()
    desk = open_desk(data_dir, clock, os_user())
    window = build_window(desk, clock, QSettings(str(data_dir / "bench.ini"), QSettings.Format.IniFormat))
    loaded: list[float] = []
    window.register_model.loaded.connect(lambda _n: loaded.append(time.time()))

    # No busy loop over processEvents(): in PySide6 6.12 each call drops a reference to
    # None, and a few hundred thousand calls crash the interpreter (none_dealloc).
    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_loaded(count: int | None = None) -> None:
        count = len(loaded) if count is None else count
        loop = QEventLoop()
        window.register_model.loaded.connect(loop.quit)
        if len(loaded) == count:
            loop.exec()
        window.register_model.loaded.disconnect(loop.quit)
        spin(0)

    window.show()
    wait_loaded(0)
    startup = loaded[0] - spawned_at

    def keystroke(text: str) -> float:
        window.register.search.setFocus()
        start = time.time()
        QTest.keyClicks(window.register.search, text)
        wait_loaded()
        return (time.time() - start) * 1000

    results: dict[str, object] = {
        "startup_s": round(startup, 3),
        "rows_open": window.register_model.rowCount(),
    }
    keys = {}
    for label, text in (("open:a", "a"), ("open:an", "n"), ("open:ann", "n")):
        keys[label] = round(keystroke(text), 1)
    window.register.search.clear()
    wait_loaded()
    window.register.status.setCurrentIndex(window.register.status.findData("all"))
    wait_loaded()
    results["rows_all"] = window.register_model.rowCount()
    keys["all:k"] = round(keystroke("k"), 1)
    keys["all:ka"] = round(keystroke("a"), 1)
    keys["all:kar"] = round(keystroke("r"), 1)
    window.register.search.clear()
    wait_loaded()
    results["keystroke_ms"] = {k: v for k, v in keys.items() if v is not None}

    # Scroll the whole register a page at a time, as fast as the event loop allows.
    table = window.register.table
    bar = table.verticalScrollBar()
    worst, steps, start = 0.0, 0, time.time()
    while bar.value() < bar.maximum():
        tick = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        table.viewport().repaint()
        spin(0)
        worst = max(worst, (time.perf_counter() - tick) * 1000)
        steps += 1
    results["scroll"] = {
        "pages": steps,
        "total_s": round(time.time() - start, 2),
        "worst_frame_ms": round(worst, 1),
    }
    window.tasks.wait_idle()
    spin(50)
    results["rss_mb"] = round(_rss_mb(), 1)
    results["sort_by_requester_ms"] = None
    start = time.time()
    window.register.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    wait_loaded()
    results["sort_by_requester_ms"] = round((time.time() - start) * 1000, 1)
    window.shutdown()
    desk.close()
    print(json.dumps(results))


def main() -> int:
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), float(sys.argv[3]))
        return 0
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = []
    for _ in range(3):
        spawned = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", sys.argv[1], repr(spawned)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    for run in runs:
        print(json.dumps(run))
    print("start-up (best of 3):", min(run["startup_s"] for run in runs), "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
