"""The 12-month chart: requests received per right as stacked bars, the on-time share as a line.

Drawn with QPainter (QtCharts is not part of PySide6-Essentials). Each month's figures are
also in its tooltip and in the accessible description, so nothing is told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dsar_desk.domain.vocabulary import Right
from dsar_desk.services.reports import MonthPoint
from dsar_desk.ui.labels import right_label

translate = QCoreApplication.translate

# Distinguishable for the common colour-vision deficiencies (Okabe-Ito and two neutrals).
RIGHT_COLOURS = {
    Right.ACCESS.value: QColor("#0072B2"),
    Right.RECTIFICATION.value: QColor("#E69F00"),
    Right.ERASURE.value: QColor("#009E73"),
    Right.RESTRICTION.value: QColor("#CC79A7"),
    Right.PORTABILITY.value: QColor("#56B4E9"),
    Right.OBJECTION.value: QColor("#D55E00"),
    Right.MARKETING_OBJECTION.value: QColor("#F0E442"),
    Right.CONSENT_WITHDRAWAL.value: QColor("#7F7F7F"),
}
LINE_COLOUR = QColor("#1a1a1a")


def nice_ceiling(value: int) -> int:
    """The top of the count axis: 1, 2, 5 times a power of ten, at least `value`."""
    if value <= 5:
        return 5
    step = 1
    while True:
        for factor in (1, 2, 4, 5, 6, 8):
            if step * factor * 5 >= value:
                return step * factor * 5
        step *= 10


def month_label(point: MonthPoint) -> str:
    return f"{point.month.year}-{point.month.month:02d}"


def point_summary(point: MonthPoint) -> str:
    share = point.on_time_share
    on_time = "–" if share is None else f"{share * 100:.0f} %"
    parts = [f"{right_label(right)}: {count}" for right, count in point.received_by_right.items() if count]
    return translate("Reports", "%1: %2 received, %3 closed, %4 on time").replace(
        "%1", month_label(point)
    ).replace("%2", str(point.received)).replace("%3", str(point.closed)).replace("%4", on_time) + (
        "\n" + "\n".join(parts) if parts else ""
    )


class SeriesChart(QWidget):
    """Stacked bars of rights received per month (left axis) and the on-time share (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports-chart")
        self.points: list[MonthPoint] = []
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("Reports", "Requests received per right and share answered on time"))

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def set_points(self, points: list[MonthPoint]) -> None:
        self.points = list(points)
        self.setAccessibleDescription("\n".join(point_summary(p) for p in self.points))
        self.update()

    # --- geometry --------------------------------------------------------------------

    def _legend_rights(self) -> list[str]:
        """Rights that occur in the series, in vocabulary order (an empty legend says nothing)."""
        used = {r for p in self.points for r, n in p.received_by_right.items() if n}
        return [r.value for r in Right if r.value in used]

    def _plot_rect(self, metrics: QFontMetrics) -> QRectF:
        line = metrics.height()
        left = metrics.horizontalAdvance("00000") + 10
        right = metrics.horizontalAdvance("100 %") + 12
        # As many legend rows as the labels need: longer languages wrap onto a third row.
        legend_rows = max(2, 1 + max((row for _, _, _, row in self._legend_places(metrics, left)), default=0))
        return QRectF(
            left,
            line,
            self.width() - left - right,
            self.height() - line * 3 - (line + 2) * legend_rows - 8,
        )

    def _legend_places(self, metrics: QFontMetrics, left: float) -> list[tuple[str | None, str, float, int]]:
        """Each legend entry with its x and its row, wrapped at the widget's right edge."""
        line = metrics.height()
        entries: list[tuple[str | None, str]] = [(r, right_label(r)) for r in self._legend_rights()]
        entries.append((None, translate("Reports", "answered on time (right axis)")))
        places: list[tuple[str | None, str, float, int]] = []
        x, row = left, 0
        for right, label in entries:
            width = line + 4 + metrics.horizontalAdvance(label) + 14
            if x + width > self.width() and x > left:
                x, row = left, row + 1
            places.append((right, label, x, row))
            x += width
        return places

    def _slot(self, plot: QRectF, index: int) -> QRectF:
        width = plot.width() / max(len(self.points), 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        plot = self._plot_rect(metrics)
        if plot.width() < 50 or plot.height() < 40:
            painter.end()
            return
        top = nice_ceiling(max((sum(p.received_by_right.values()) for p in self.points), default=0))
        grid = QColor(text)
        grid.setAlpha(40)
        # Grid and both axes' labels: five steps, counts on the left, percentages on the right.
        for step in range(6):
            y = plot.bottom() - plot.height() * step / 5
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = str(top * step // 5)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.drawText(
                QRectF(
                    plot.right() + 6, y - metrics.height() / 2, self.width() - plot.right(), metrics.height()
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{step * 20} %",
            )
        line_points: list[QPointF] = []
        for index, point in enumerate(self.points):
            slot = self._slot(plot, index)
            bar = QRectF(slot.left() + slot.width() * 0.2, 0, slot.width() * 0.6, 0)
            base = plot.bottom()
            for right in Right:
                count = point.received_by_right.get(right.value, 0)
                if not count:
                    continue
                height = plot.height() * count / top
                painter.fillRect(
                    QRectF(bar.left(), base - height, bar.width(), height), RIGHT_COLOURS[right.value]
                )
                base -= height
            painter.setPen(text)
            label = month_label(point)
            short = label[5:] if metrics.horizontalAdvance(label) > slot.width() - 2 else label
            painter.drawText(
                QRectF(slot.left(), plot.bottom() + 2, slot.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                short,
            )
            share = point.on_time_share
            if share is not None:
                line_points.append(QPointF(slot.center().x(), plot.bottom() - plot.height() * share))
        self._draw_line(painter, line_points)
        self._draw_legend(painter, metrics, plot, text)
        painter.end()

    def _draw_line(self, painter: QPainter, points: list[QPointF]) -> None:
        if not points:
            return
        pen = QPen(LINE_COLOUR, 2)
        painter.setPen(pen)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        painter.setBrush(QBrush(QColor("white")))
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF, text: QColor) -> None:
        line = metrics.height()
        top = plot.bottom() + line + 8
        for right, label, x, row in self._legend_places(metrics, plot.left()):
            y = top + row * (line + 2)
            swatch = QRectF(x, y + 2, line - 4, line - 4)
            if right is None:
                painter.setPen(QPen(LINE_COLOUR, 2))
                painter.drawLine(
                    QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y())
                )
            else:
                painter.fillRect(swatch, RIGHT_COLOURS[right])
            painter.setPen(text)
            painter.drawText(QPointF(x + line, y + metrics.ascent()), label)

    # --- tooltips --------------------------------------------------------------------

    def index_at(self, x: float) -> int | None:
        plot = self._plot_rect(self.fontMetrics())
        if not self.points or not plot.left() <= x < plot.right():
            return None
        return int((x - plot.left()) / (plot.width() / len(self.points)))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), point_summary(self.points[index]), self)
            return True
        return super().event(event)
