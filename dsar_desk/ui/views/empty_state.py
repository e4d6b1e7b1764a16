"""What a new user sees on a store with no entities: two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class EmptyState(QWidget):
    """Signals:
    create_entity_requested(): set up the first controller entity, then the first request.
    demo_requested(): fill this store with fictional demo cases.
    """

    create_entity_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(translate("EmptyState", "Welcome to DSAR Desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            translate(
                "EmptyState",
                "Log data-subject requests, see every statutory deadline with its working and walk "
                "each request to its answer. Start by adding the legal entity that answers requests "
                "(its country decides the holidays), then log the first request.",
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.create_button = QPushButton(translate("EmptyState", "Add the first entity…"))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(translate("EmptyState", "Try it with demo data"))
        self.demo_button.setToolTip(
            translate("EmptyState", "Adds three fictional entities and 500 fictional cases to this store.")
        )
        self.create_button.clicked.connect(self.create_entity_requested.emit)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        for widget in (title, text, self.create_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
