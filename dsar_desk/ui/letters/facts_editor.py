"""The letter facts a handler fills in for access and erasure responses.

The editor only collects values; the letter service checks and stores them
(`update_facts`), so the window and the command line refuse the same things.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.register import ProcessingActivity, one_per_activity
from dsar_desk.letters.facts import LetterFacts
from dsar_desk.letters.kinds import LetterKind

translate = QCoreApplication.translate

ACCESS_KEYS = ("activities", "searched", "withheld")
SEARCH_KEYS = ("searched",)
ERASURE_KEYS = ("erasure",)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _RowTable(QTableWidget):
    """A small editable table with add and remove buttons below it."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(110)

    def with_buttons(self, add_text: str, add_row) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        row = QHBoxLayout()
        add, remove = QPushButton(add_text), QPushButton(translate("LetterFacts", "Remove"))
        add.clicked.connect(add_row)
        remove.clicked.connect(self.remove_current)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.itemChanged.emit(None)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""


class FactsEditor(QWidget):
    """Signals:
    edited(): the handler changed a fact (the dialog stores and re-renders, debounced).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.activities_box = QGroupBox(
            translate("LetterFacts", "Processing activities that apply (Art. 15(1))")
        )
        box = QVBoxLayout(self.activities_box)
        self.activities = QListWidget()
        self.activities.setMinimumHeight(110)
        self.no_activities = QLabel(
            translate("LetterFacts", "The entity's processing register is empty: add activities in Settings.")
        )
        self.no_activities.setWordWrap(True)
        self.no_activities.hide()
        box.addWidget(self.activities)
        box.addWidget(self.no_activities)
        self.searched_box = QGroupBox(
            translate("LetterFacts", "Systems and departments searched (one per line)")
        )
        self.searched = QPlainTextEdit()
        self.searched.setTabChangesFocus(True)
        self.searched.setFixedHeight(72)
        QVBoxLayout(self.searched_box).addWidget(self.searched)
        self.withheld_box = QGroupBox(translate("LetterFacts", "Withheld categories and why"))
        self.withheld = _RowTable([translate("LetterFacts", "Category"), translate("LetterFacts", "Reason")])
        QVBoxLayout(self.withheld_box).addWidget(
            self.withheld.with_buttons(translate("LetterFacts", "Add withheld category"), self.add_withheld)
        )
        self.erasure_box = QGroupBox(translate("LetterFacts", "Per data category: erased or kept"))
        self.erasure = _RowTable(
            [
                translate("LetterFacts", "Category"),
                translate("LetterFacts", "Erased"),
                translate("LetterFacts", "Ground if kept"),
                translate("LetterFacts", "Statute"),
                translate("LetterFacts", "Kept until"),
            ]
        )
        self.erasure.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        QVBoxLayout(self.erasure_box).addWidget(
            self.erasure.with_buttons(translate("LetterFacts", "Add category"), self.add_erasure)
        )
        for widget in (self.activities_box, self.searched_box, self.withheld_box, self.erasure_box):
            layout.addWidget(widget)
        self.activities.itemChanged.connect(self._changed)
        self.searched.textChanged.connect(self._changed)
        self.withheld.itemChanged.connect(self._changed)
        self.erasure.itemChanged.connect(self._changed)
        self.show_for(None)

    def _changed(self, *_args: Any) -> None:
        if not self._filling:
            self.edited.emit()

    # --- which facts a kind uses ----------------------------------------------------

    @staticmethod
    def keys_for(kind: LetterKind | None) -> tuple[str, ...]:
        if kind is LetterKind.ACCESS_RESPONSE:
            return ACCESS_KEYS
        if kind is LetterKind.NO_DATA:
            return SEARCH_KEYS
        if kind is LetterKind.ERASURE_RESPONSE:
            return ERASURE_KEYS
        return ()

    def show_for(self, kind: LetterKind | None) -> None:
        keys = self.keys_for(kind)
        self.activities_box.setVisible("activities" in keys)
        self.searched_box.setVisible("searched" in keys)
        self.withheld_box.setVisible("withheld" in keys)
        self.erasure_box.setVisible("erasure" in keys)
        self.setVisible(bool(keys))

    # --- filling and reading --------------------------------------------------------

    def fill(self, facts: LetterFacts, register: list[ProcessingActivity], language: str = "") -> None:
        """`register`: every language version; one row per activity, named in `language` if kept."""
        self._filling = True
        try:
            self.activities.clear()
            for activity in one_per_activity(register, language, facts.activities):
                item = QListWidgetItem(activity.name)
                item.setData(Qt.ItemDataRole.UserRole, activity.id)
                item.setToolTip(activity.purposes)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = activity.id in facts.activities
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.activities.addItem(item)
            self.activities.setVisible(bool(register))
            self.no_activities.setVisible(not register)
            self.searched.setPlainText("\n".join(facts.searched))
            self.withheld.setRowCount(0)
            for entry in facts.withheld:
                self.add_withheld(entry.category, entry.reason)
            self.erasure.setRowCount(0)
            for item_ in facts.erasure:
                self.add_erasure(
                    item_.category, item_.erased, item_.ground, item_.statute, item_.retention_end
                )
        finally:
            self._filling = False

    def add_withheld(self, category: str = "", reason: str = "") -> None:
        row = self.withheld.rowCount()
        self.withheld.insertRow(row)
        self.withheld.setItem(row, 0, QTableWidgetItem(category))
        self.withheld.setItem(row, 1, QTableWidgetItem(reason))

    def add_erasure(
        self, category: str = "", erased: bool = True, ground: str = "", statute: str = "", until: str = ""
    ) -> None:
        table = self.erasure
        row = table.rowCount()
        filling, self._filling = self._filling, True
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(category))
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if erased else Qt.CheckState.Unchecked)
        table.setItem(row, 1, check)
        for column, text in ((2, ground), (3, statute), (4, until)):
            table.setItem(row, column, QTableWidgetItem(text))
        self._filling = filling

    def values(self, kind: LetterKind | None) -> dict[str, Any]:
        """The facts this kind uses, as `update_facts` takes them; half-filled rows left out."""
        keys = self.keys_for(kind)
        values: dict[str, Any] = {}
        if "activities" in keys:
            values["activities"] = [
                int(self.activities.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.activities.count())
                if self.activities.item(i).checkState() == Qt.CheckState.Checked
            ]
        if "searched" in keys:
            values["searched"] = _lines(self.searched.toPlainText())
        if "withheld" in keys:
            table = self.withheld
            rows = [(table.text(r, 0), table.text(r, 1)) for r in range(table.rowCount())]
            values["withheld"] = [{"category": c, "reason": r} for c, r in rows if c or r]
        if "erasure" in keys:
            table = self.erasure
            entries = []
            for r in range(table.rowCount()):
                category = table.text(r, 0)
                if not category:
                    continue
                check = table.item(r, 1)
                entries.append(
                    {
                        "category": category,
                        "erased": check is not None and check.checkState() == Qt.CheckState.Checked,
                        "ground": table.text(r, 2),
                        "statute": table.text(r, 3),
                        "retention_end": table.text(r, 4),
                    }
                )
            values["erasure"] = entries
        return values
