"""How urgent a case is: one rule for the register, the dashboard and the case view.

Urgency is shown by icon, text and colour together, never by colour alone.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from dsar_desk.domain.vocabulary import CaseStatus
from dsar_desk.services.queries import CaseSummary


class Urgency(Enum):
    NONE = "none"
    DUE_SOON = "due-soon"
    OVERDUE = "overdue"
    PAUSED = "paused"
    DONE = "done"


def urgency(summary: CaseSummary, today: date, soon_days: int) -> Urgency:
    if not summary.is_open or summary.status == CaseStatus.RESPONDED.value:
        return Urgency.DONE
    if summary.is_paused:
        return Urgency.PAUSED
    if summary.due < today:
        return Urgency.OVERDUE
    if summary.due <= today + timedelta(days=soon_days):
        return Urgency.DUE_SOON
    return Urgency.NONE


def urgency_label(level: Urgency) -> str:
    translate = QCoreApplication.translate
    return {
        Urgency.OVERDUE: translate("Urgency", "Overdue"),
        Urgency.DUE_SOON: translate("Urgency", "Due soon"),
        Urgency.PAUSED: translate("Urgency", "Paused"),
        Urgency.DONE: translate("Urgency", "Answered"),
        Urgency.NONE: "",
    }[level]


BACKGROUND = {
    Urgency.OVERDUE: QColor("#fbe3e1"),
    Urgency.DUE_SOON: QColor("#fdf1d6"),
}
FOREGROUND = {
    Urgency.OVERDUE: QColor("#8a1c12"),
    Urgency.DUE_SOON: QColor("#6b4a00"),
    Urgency.DONE: QColor("#5f6368"),
}

_icons: dict[Urgency, QIcon] = {}


def urgency_icon(level: Urgency) -> QIcon | None:
    """A red disc with '!' for overdue, an amber disc with a clock hand for due soon."""
    if level not in (Urgency.OVERDUE, Urgency.DUE_SOON, Urgency.PAUSED):
        return None
    if level not in _icons:
        colour = {Urgency.OVERDUE: "#c62828", Urgency.DUE_SOON: "#e69500", Urgency.PAUSED: "#5b6b7c"}[level]
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(colour)))
        painter.drawEllipse(QRectF(2, 2, 28, 28))
        pen = QPen(QColor("white"), 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if level is Urgency.OVERDUE:
            font = QFont()
            font.setBold(True)
            font.setPixelSize(22)
            painter.setFont(font)
            painter.drawText(QRectF(2, 2, 28, 28), Qt.AlignmentFlag.AlignCenter, "!")
        elif level is Urgency.DUE_SOON:
            painter.drawLine(QPointF(16, 16), QPointF(16, 8))
            painter.drawLine(QPointF(16, 16), QPointF(22, 19))
        else:
            painter.drawLine(QPointF(12, 10), QPointF(12, 22))
            painter.drawLine(QPointF(20, 10), QPointF(20, 22))
        painter.end()
        _icons[level] = QIcon(pixmap)
    return _icons[level]
