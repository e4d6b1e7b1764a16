"""The window's language: picks it, loads our translation and Qt's own, and a pseudo-locale.

Our translations are compiled from `translations/*.ts` (the committed sources, updated by
`scripts/update_translations.py`) into `dsar_desk/ui/translations/*.qm` by `scripts/bootstrap.sh`
(`compile_translations`). A missing .qm means English, never an error.

`DSAR_DESK_PSEUDO=1` swaps in `PseudoTranslator`, which brackets and lengthens every string of ours so
that clipped labels and untranslated (unbracketed) text stand out on screen.
"""

from __future__ import annotations

import logging
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("nb", "sv", "fi", "da")
SETTINGS_KEY = "ui/language"
PSEUDO_ENV = "DSAR_DESK_PSEUDO"

# Qt ships no qtbase_nb: Nynorsk (with its commonest button words turned into Bokmål) and then
# Danish are the closest readable neighbours for buttons such as "Cancel" in standard dialogs.
QT_FALLBACKS = {"nb": ("nb", "nn", "da"), "sv": ("sv",), "fi": ("fi",), "da": ("da",)}

_SYSTEM_LANGUAGES = {
    QLocale.Language.NorwegianBokmal: "nb",
    QLocale.Language.NorwegianNynorsk: "nb",
    QLocale.Language.Swedish: "sv",
    QLocale.Language.Finnish: "fi",
    QLocale.Language.Danish: "da",
}

_installed: list[QTranslator] = []


def language_for_locale(locale: QLocale) -> str:
    """The UI language for a system locale: nb, sv, fi, da, or en for everything else."""
    return _SYSTEM_LANGUAGES.get(locale.language(), "en")


def choose_language(qsettings: QSettings | None, system: QLocale | None = None) -> str:
    """The language saved in the settings ("ui/language"), else the system's."""
    chosen = str(qsettings.value(SETTINGS_KEY, "") or "") if qsettings is not None else ""
    if chosen in (*LANGUAGES, "en"):
        return chosen
    return language_for_locale(system if system is not None else QLocale.system())


class PseudoTranslator(QTranslator):
    """Layout stress: every string of ours in brackets, about 40% longer, letters accented.

    Qt's own contexts (QShortcut, QDialogButtonBox, ...) are left alone: key names must stay parseable.
    """

    ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "åéîøüÅÉÎØÜçñýÇÑÝ")

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text or context.startswith("Q"):
            return None  # a null string: Qt asks the next translator, then uses the source
        return self.stretch(source_text)

    @classmethod
    def stretch(cls, text: str) -> str:
        # Placeholders (%1) and mnemonics (&) keep working: digits, % and & are not touched.
        padding = "~" * math.ceil(len(text) * 0.4)
        return f"[{text.translate(cls.ACCENTS)}{padding}]"


class BokmaalFromNynorsk(QTranslator):
    """Qt's Nynorsk catalogue, with the few Nynorsk forms of standard buttons turned into Bokmål.

    Qt ships no Bokmål catalogue and Nynorsk reads as a mistake to Bokmål users on the
    commonest buttons ("Lagra", "Opna"). Only whole words from this small table change.
    """

    WORDS: ClassVar[dict[str, str]] = {
        "Lagra": "Lagre",
        "lagra": "lagre",
        "Opna": "Åpne",
        "opna": "åpne",
        "namn": "navn",
        "Namn": "Navn",
        "Leit": "Let",
        "detaljar": "detaljer",
        "Detaljar": "Detaljer",
        "ikkje": "ikke",
        "Ikkje": "Ikke",
        "frå": "fra",
        "Frå": "Fra",
        "berre": "bare",
        "Vel": "Velg",
        "eit": "et",
        "ein": "en",
    }
    _PATTERN = re.compile(r"\b(" + "|".join(WORDS) + r")\b")

    def __init__(self, nynorsk: QTranslator, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.nynorsk = nynorsk

    def isEmpty(self) -> bool:
        return self.nynorsk.isEmpty()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # Forwarded lookup, not a text of ours: lupdate has nothing to extract here.
        found = getattr(self.nynorsk, "translate")(context, source_text, disambiguation, n)  # noqa: B009
        if not found:
            return None  # a null string: Qt asks the next translator, then uses the source
        return self.to_bokmaal(found)

    @classmethod
    def to_bokmaal(cls, text: str) -> str:
        return cls._PATTERN.sub(lambda match: cls.WORDS[match.group(1)], text)


def _load_bokmaal_fallback(app: QCoreApplication, folder: str) -> bool:
    nynorsk = QTranslator(app)
    if not nynorsk.load("qtbase_nn", folder):
        nynorsk.deleteLater()
        return False
    translator = BokmaalFromNynorsk(nynorsk, app)
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def _remove_installed(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def _load(app: QCoreApplication, name: str, folder: str | Path) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, str(folder)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_translator(app: QCoreApplication, language: str, qm_dir: Path | None = None) -> str:
    """Installs the translators for `language` (nb, sv, fi, da, en) in place of earlier ones.

    Returns the language the window will actually show: "en" when our .qm is missing,
    "pseudo" in the layout stress mode. Call before any widget is built.
    """
    _remove_installed(app)
    if os.environ.get(PSEUDO_ENV) == "1":
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        QLocale.setDefault(QLocale.system())  # dates as in English, not as the previous language left them
        return "pseudo"
    if language not in LANGUAGES:
        QLocale.setDefault(QLocale.system())
        return "en"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for candidate in QT_FALLBACKS[language]:
        if language == "nb" and candidate == "nn":
            if _load_bokmaal_fallback(app, qt_dir):
                break
        elif _load(app, f"qtbase_{candidate}", qt_dir):
            break
    # Installed last, so asked first: our words win over Qt's for the same source.
    if not _load(app, f"dsar_desk_{language}", qm_dir or QM_DIR):
        log.warning("no compiled translation for %s; the window stays in English", language)
        QLocale.setDefault(QLocale.system())
        return "en"
    QLocale.setDefault(QLocale(language))
    return language


def compile_translations(ts_dir: Path, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compiles every `dsar_desk_*.ts` in ts_dir to a .qm in qm_dir with pyside6-lrelease."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("dsar_desk_*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True
        )
        written.append(qm)
    return written


if __name__ == "__main__":
    # python -m dsar_desk.ui.i18n translations/ : what scripts/bootstrap.sh runs after pip install.
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("translations")
    for path in compile_translations(folder):
        print(path)
