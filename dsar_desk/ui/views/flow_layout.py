"""A layout that wraps its items onto further rows when the width runs out.

Rows of buttons and filters keep their natural widths; a narrow window or a longer
translation costs a row of height instead of clipping the window at the right edge.
Items whose horizontal size policy can expand share the spare width of their row.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout interface ---------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One row of every item: what the layout would like when there is room."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        """The widest single item: anything wider wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    # --- arranging -----------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margin_size(self) -> QSize:
        m: QMargins = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 4
        kind = QSizePolicy.ControlType.PushButton
        return style.layoutSpacing(kind, kind, orientation)

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        row: list[QLayoutItem] = []
        used = 0
        for item in self._visible():
            hint = item.sizeHint().width()
            gap = self._gap(item, Qt.Orientation.Horizontal) if row else 0
            if row and used + gap + hint > width:
                rows.append(row)
                row, used, gap = [], 0, 0
            row.append(item)
            used += gap + hint
        if row:
            rows.append(row)
        return rows

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        rows = self._rows(area.width())
        for index, row in enumerate(rows):
            widths = [min(item.sizeHint().width(), area.width()) for item in row]
            gaps = sum(self._gap(item, Qt.Orientation.Horizontal) for item in row[1:])
            spare = area.width() - sum(widths) - gaps
            growers = [
                i for i, item in enumerate(row) if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            if spare > 0 and growers:
                share, rest = divmod(spare, len(growers))
                for n, i in enumerate(growers):
                    widths[i] += share + (1 if n < rest else 0)
            height = max(item.sizeHint().height() for item in row)
            if apply:
                x = area.x()
                for i, item in enumerate(row):
                    if i:
                        x += self._gap(item, Qt.Orientation.Horizontal)
                    item_height = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(widths[i], item_height)))
                    x += widths[i]
            y += height
            if index < len(rows) - 1:
                y += self._gap(row[0], Qt.Orientation.Vertical)
        return y - rect.y() + m.bottom()
