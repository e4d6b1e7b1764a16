"""Help → About: the version and the licences of what DSAR Desk ships with."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dsar_desk import __version__

LIBRARIES = (
    ("Qt / PySide6", "LGPLv3"),
    ("SQLAlchemy / SQLModel", "MIT"),
    ("Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("holidays", "MIT"),
    ("Babel", "BSD"),
    ("openpyxl", "MIT"),
    ("keyring", "MIT"),
    ("sqlcipher3", "zlib"),
    ("platformdirs", "MIT"),
)


def about_text() -> str:
    translate = QCoreApplication.translate
    rows = "".join(
        "<tr><td>" + name + "</td><td>&nbsp;&nbsp;" + licence + "</td></tr>" for name, licence in LIBRARIES
    )
    return (
        "<h3>DSAR Desk "
        + __version__
        + "</h3>"
        + "<p>"
        + translate(
            "About", "A case tool for GDPR data-subject requests. Licensed under the GPL, version 3 or later."
        )
        + "</p>"
        + "<p>"
        + translate("About", "Built with PySide6 %1 and these libraries:").replace("%1", pyside_version)
        + "</p>"
        + "<table>"
        + rows
        + "</table>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About DSAR Desk"), about_text())
