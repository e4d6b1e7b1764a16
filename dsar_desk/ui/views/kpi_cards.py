"""The month's key figures as cards: a big number, what it counts, and the detail behind it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from dsar_desk.exports.kpis import Kpis
from dsar_desk.ui.labels import right_label

translate = QCoreApplication.translate

CARDS = (
    "received",
    "closed",
    "within-one-month",
    "within-three-months",
    "extensions",
    "pauses",
    "refusals",
    "open",
    "overdue",
    "median-days",
)
COLUMNS = 5


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f} %"


def number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if isinstance(value, float) else f"{value:,}".replace(",", "\u202f")


def _of(part: int, whole: int) -> str:
    return translate("Reports", "%1 of %2").replace("%1", str(part)).replace("%2", str(whole))


def card_texts(k: Kpis) -> dict[str, tuple[str, str, str]]:
    """Card key -> (figure, caption, detail)."""
    by_right = ", ".join(f"{right_label(r)} {n}" for r, n in k.received_by_right.items() if n)
    reasons = "\n".join(f"{n} × {reason or '–'}" for reason, n in k.extension_reasons.items())
    median_pause = (
        translate("Reports", "median %1 days").replace("%1", number(k.median_pause_days))
        if k.median_pause_days is not None
        else translate("Reports", "none ended yet")
    )
    return {
        "received": (number(k.received), translate("Reports", "received"), by_right),
        "closed": (
            number(k.closed),
            translate("Reports", "closed"),
            _of(k.on_time, k.closed) + " " + translate("Reports", "on time"),
        ),
        "within-one-month": (
            percent(k.within_one_month_share),
            translate("Reports", "answered within one month"),
            _of(k.within_one_month, k.closed),
        ),
        "within-three-months": (
            percent(k.extended_within_three_months_share),
            translate("Reports", "within three months when extended"),
            _of(k.extended_within_three_months, k.closed_extended),
        ),
        "extensions": (number(k.extensions), translate("Reports", "extensions notified"), reasons),
        "pauses": (number(k.pauses_started), translate("Reports", "pauses started"), median_pause),
        "refusals": (number(k.refusals), translate("Reports", "refusals (whole or partial)"), ""),
        "open": (number(k.open_at_end), translate("Reports", "open at month end"), ""),
        "overdue": (number(k.overdue_at_end), translate("Reports", "overdue at month end"), ""),
        "median-days": (
            number(k.median_days_to_respond),
            translate("Reports", "median days to respond"),
            translate("Reports", "calendar days, closed requests"),
        ),
    }


class KpiCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("kpi-" + key)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.figure = QLabel("–")
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.figure.setFont(font)
        self.caption = QLabel()
        # Wraps: five cards a row must fit a 1280 px window in the longer languages too.
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        # Long details (extension reasons) stay in the tooltip; the cards keep one height.
        self.detail.setMaximumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setEnabled(False)  # the palette's muted text, in every theme
        for label in (self.figure, self.caption, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_texts(self, figure: str, caption: str, detail: str) -> None:
        self.figure.setText(figure)
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{caption}: {figure}")
        self.setToolTip(detail)


class KpiCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.cards: dict[str, KpiCard] = {}
        for index, key in enumerate(CARDS):
            card = KpiCard(key)
            self.cards[key] = card
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.show_kpis(None)

    def show_kpis(self, kpis: Kpis | None) -> None:
        """`None` while loading: captions stay, figures show a dash."""
        for key, (figure, caption, detail) in card_texts(kpis or Kpis("all")).items():
            self.cards[key].set_texts(figure if kpis else "–", caption, detail if kpis else "")

    def figure(self, key: str) -> str:
        return self.cards[key].figure.text()
