"""The window speaks the chosen language; the pseudo-locale stretches our strings and leaves Qt's alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.desk import Desk
from dsar_desk.ui.dialogs.language_choice import LanguageChoice
from dsar_desk.ui.i18n import (
    PSEUDO_ENV,
    PseudoTranslator,
    choose_language,
    compile_translations,
    install_translator,
    language_for_locale,
)
from tests.gui.conftest import make_window

TS_DIR = Path(__file__).resolve().parents[2] / "translations"


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiled here from the committed .ts, so the test does not depend on bootstrap having run."""
    folder = tmp_path_factory.mktemp("qm")
    assert len(compile_translations(TS_DIR, folder)) == 4
    return folder


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translator(qapp, "en")


def test_norwegian_window(qtbot, english_afterwards, qm_dir, entities: Desk, clock: FixedClock, tmp_path):
    assert install_translator(english_afterwards, "nb", qm_dir) == "nb"
    window = make_window(qtbot, entities, clock, tmp_path)
    try:
        assert window.act_new.text() == "&Ny forespørsel…"
        assert window.menuBar().actions()[0].text() == "&Fil"
        header = window.register_model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Referanse"
        assert QCoreApplication.translate("About", "About DSAR Desk") == "Om DSAR Desk"
        # A string missing from the catalogue falls back to the English source rather than going blank.
        assert QCoreApplication.translate("About", "Not in any catalogue") == "Not in any catalogue"
    finally:
        window.shutdown()


@pytest.mark.parametrize(
    ("language", "expected"), [("sv", "&Ny begäran…"), ("fi", "&Uusi pyyntö…"), ("da", "&Ny anmodning…")]
)
def test_each_language_translates_the_main_action(english_afterwards, qm_dir, language, expected):
    assert install_translator(english_afterwards, language, qm_dir) == language
    assert QCoreApplication.translate("Main", "&New request…") == expected


def test_english_and_missing_translations_leave_the_source_text(english_afterwards, tmp_path):
    assert install_translator(english_afterwards, "en") == "en"
    assert QCoreApplication.translate("Main", "&New request…") == "&New request…"
    assert install_translator(english_afterwards, "sv", tmp_path) == "en"
    assert QCoreApplication.translate("Main", "&New request…") == "&New request…"


def test_language_from_settings_then_system(tmp_path):
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert choose_language(qsettings, QLocale("nn_NO")) == "nb"
    assert choose_language(qsettings, QLocale("de_DE")) == "en"
    qsettings.setValue("ui/language", "fi")
    assert choose_language(qsettings, QLocale("nb_NO")) == "fi"
    assert [language_for_locale(QLocale(n)) for n in ("nb_NO", "sv_FI", "fi_FI", "da_DK", "en_GB")] == [
        "nb",
        "sv",
        "fi",
        "da",
        "en",
    ]


def test_language_choice_stores_the_setting(qtbot, tmp_path):
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    choice = LanguageChoice(qsettings)
    qtbot.addWidget(choice)
    assert choice.currentData() == ""
    choice.setCurrentIndex(choice.findData("da"))
    choice.store()
    assert choose_language(qsettings, QLocale("sv_SE")) == "da"
    assert LanguageChoice(qsettings).currentData() == "da"


def test_pseudo_locale_stretches_our_strings(
    qtbot, english_afterwards, monkeypatch, entities: Desk, clock: FixedClock, tmp_path
):
    monkeypatch.setenv(PSEUDO_ENV, "1")
    assert install_translator(english_afterwards, "nb") == "pseudo"
    text = QCoreApplication.translate("Register", "%1 cases")
    assert text.startswith("[") and text.endswith("]")
    assert "%1" in text and len(text) >= 1.4 * len("%1 cases")
    # Qt's own contexts stay parseable (key names in shortcuts).
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Ctrl"
    window = make_window(qtbot, entities, clock, tmp_path)
    try:
        assert window.act_new.text().startswith("[&Ñéw")
    finally:
        window.shutdown()


def test_pseudo_stretch_keeps_placeholders_and_mnemonics():
    assert PseudoTranslator.stretch("&Due %1") == "[&Düé %1~~~]"


def test_bokmaal_window_gets_bokmaal_standard_buttons(english_afterwards, qm_dir):
    assert install_translator(english_afterwards, "nb", qm_dir) == "nb"
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Lagre"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Fil&navn:"
    # Our own catalogue still answers first for our contexts.
    assert QCoreApplication.translate("Main", "&File") == "&Fil"


def test_language_names_in_running_text_follow_the_window_language(english_afterwards, qm_dir):
    from dsar_desk.domain.vocabulary import Language
    from dsar_desk.ui.labels import language_in_sentence

    install_translator(english_afterwards, "en", qm_dir)
    assert language_in_sentence(Language.FI) == "Finnish"
    install_translator(english_afterwards, "nb", qm_dir)
    assert language_in_sentence(Language.FI) == "finsk"
