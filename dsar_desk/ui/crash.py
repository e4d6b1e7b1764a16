"""The last line of defence: an unexpected exception is logged and explained, never sent anywhere."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("dsar_desk.ui")
translate = QCoreApplication.translate

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_text(kind: type[BaseException], log_path: Path | None) -> str:
    """Only the exception's type: its message could quote a requester's name."""
    where = (
        translate("Crash", "Details (without personal data) are in the log file:\n%1").replace(
            "%1", str(log_path)
        )
        if log_path
        else translate("Crash", "No log file could be written in the data folder.")
    )
    return (
        translate(
            "Crash",
            "DSAR Desk hit an unexpected error (%1). Changes already saved are safe; the action that "
            "failed was not half-saved. Nothing was sent anywhere.",
        ).replace("%1", kind.__name__)
        + "\n\n"
        + where
    )


def install_excepthook(log_path: Path | None) -> Hook:
    """Replace sys.excepthook; returns the previous hook (tests put it back)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # The log's formatter leaves exception messages out; type and frames only.
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Crash", "Something went wrong"),
            crash_text(kind, log_path),
            parent=QApplication.activeWindow(),
        )
        box.setObjectName("crash-dialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hook.last_box = box  # type: ignore[attr-defined]
        box.open()

    sys.excepthook = hook
    return previous
