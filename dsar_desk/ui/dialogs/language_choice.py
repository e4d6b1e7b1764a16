"""The "Language of the window" choice in Settings; stored per user in QSettings, applied on restart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from dsar_desk.ui.i18n import SETTINGS_KEY

translate = QCoreApplication.translate

# Each language in its own name, so a user lost in a wrong language still finds theirs.
NATIVE_NAMES = (
    ("en", "English"),
    ("nb", "Norsk bokmål"),
    ("sv", "Svenska"),
    ("fi", "Suomi"),
    ("da", "Dansk"),
)


class LanguageChoice(QComboBox):
    def __init__(self, qsettings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._qsettings = qsettings
        self.addItem(translate("Settings", "As the system"), "")
        for code, name in NATIVE_NAMES:
            self.addItem(name, code)
        self.setToolTip(translate("Settings", "Takes effect when DSAR Desk is next started."))
        index = self.findData(str(qsettings.value(SETTINGS_KEY, "") or ""))
        self.setCurrentIndex(max(index, 0))

    def store(self) -> None:
        self._qsettings.setValue(SETTINGS_KEY, self.currentData())
        self._qsettings.sync()
