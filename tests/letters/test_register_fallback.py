"""Access responses take the register in their own language, or wholly in the entity's default."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dsar_desk.cli import run
from dsar_desk.domain.model import Requester
from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.domain.vocabulary import Channel, Language, Outcome, Right
from dsar_desk.letters.compose import MissingFact
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.services.letters import LetterDraft
from tests.letters.support import pdf_text

ACCESS = LetterDraft(LetterKind.ACCESS_RESPONSE)


def _version(name: str, language: str, key: str, purposes: str) -> ProcessingActivity:
    return ProcessingActivity(
        name, purposes, "GDPR", "Nimi / namn / name", retention="3 v", language=language, key=key
    )


def _access_case(desk: Desk, language: Language) -> str:
    reference, _ = desk.cases.new_case(
        NewCaseRequest(
            entity_code="FI1",
            rights=[Right.ACCESS],
            requester=Requester(
                "Aino Virtanen", "aino@example.fi", "", "Mannerheimintie 1\n00100 Helsinki", language
            ),
            channel=Channel.EMAIL,
            received=date(2026, 11, 10),
        )
    )
    desk.cases.record_outcome(reference, Right.ACCESS, Outcome.FULFILLED)
    return reference


def _with_address(desk: Desk) -> None:
    from dataclasses import replace

    entity = next(e for e in desk.entities.list() if e.code == "FI1")
    desk.entities.update(replace(entity, address="PL 10\n00100 Helsinki"))


@pytest.fixture
def bilingual(entities: Desk) -> tuple[Desk, dict[str, int]]:
    """FI1 with two activities in Finnish, both in Swedish, one in English."""
    _with_address(entities)
    ids = {}
    for name, language, key, purposes in (
        ("Asiakassuhde", "fi", "customers", "Asiakassuhteen hoitaminen"),
        ("Markkinointi", "fi", "marketing", "Uutiskirjeet"),
        ("Kundrelation", "sv", "customers", "Skötsel av kundrelationen"),
        ("Marknadsföring", "sv", "marketing", "Nyhetsbrev"),
        ("Customer relationship", "en", "customers", "Managing the customer relationship"),
    ):
        ids[f"{key}-{language}"], _ = entities.register.add("FI1", _version(name, language, key, purposes))
    return entities, ids


def test_each_language_quotes_only_its_own_register(bilingual: tuple[Desk, dict[str, int]]) -> None:
    desk, ids = bilingual
    reference = _access_case(desk, Language.SV)
    # Ticked in Finnish (the entity's language); the Swedish letter takes the Swedish versions.
    desk.letters.update_facts(
        reference, activities=[ids["customers-fi"], ids["marketing-fi"]], searched=["CRM"]
    )
    swedish = desk.letters.render(reference, ACCESS)
    text = pdf_text(swedish.pdf)
    assert swedish.language == "sv" and not swedish.fell_back and swedish.fallback_warning == ""
    assert "Skötsel av kundrelationen" in text and "Nyhetsbrev" in text
    assert "Asiakassuhteen" not in text and "Uutiskirjeet" not in text
    finnish = pdf_text(desk.letters.render(reference, LetterDraft(LetterKind.ACCESS_RESPONSE, "fi")).pdf)
    assert "Asiakassuhteen hoitaminen" in finnish and "Skötsel" not in finnish


def test_a_language_lacking_a_ticked_activity_falls_back_whole_to_the_default(
    bilingual: tuple[Desk, dict[str, int]],
) -> None:
    desk, ids = bilingual
    reference = _access_case(desk, Language.EN)
    desk.letters.update_facts(reference, activities=[ids["customers-sv"]], searched=["CRM"])
    english = desk.letters.render(reference, ACCESS)
    assert english.language == "en" and not english.fell_back  # all ticked exist in English
    desk.letters.update_facts(reference, activities=[ids["customers-sv"], ids["marketing-sv"]])
    letter = desk.letters.render(reference, ACCESS)
    assert letter.fell_back and (letter.wanted_language, letter.language) == ("en", "fi")
    assert letter.missing_in_wanted == ("Markkinointi",)
    assert "English (en)" in letter.fallback_warning and "Finnish (fi)" in letter.fallback_warning
    text = pdf_text(letter.pdf)
    assert "Asiakassuhteen hoitaminen" in text and "Uutiskirjeet" in text
    assert "Managing the customer relationship" not in text  # never two languages in one letter
    saved, _ = desk.letters.save(reference, ACCESS)
    assert saved.language == "fi"


def test_a_gap_in_the_default_language_too_is_refused_naming_the_activity(entities: Desk) -> None:
    _with_address(entities)
    activity_id, _ = entities.register.add("FI1", _version("Marketing", "en", "marketing", "News"))
    reference = _access_case(entities, Language.SV)
    entities.letters.update_facts(reference, activities=[activity_id], searched=["CRM"])
    with pytest.raises(MissingFact, match="Marketing: not in the register in 'sv'"):
        entities.letters.render(reference, ACCESS)
    english = entities.letters.render(reference, LetterDraft(LetterKind.ACCESS_RESPONSE, "en"))
    assert english.language == "en"


def test_mandatory_fields_are_checked_per_language_version(entities: Desk) -> None:
    from dsar_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="retention"):
        entities.register.add(
            "FI1", ProcessingActivity("Marknadsföring", "Nyhetsbrev", "GDPR", "E-post", language="sv")
        )


def test_cli_letter_warns_about_the_fallback_before_writing(
    bilingual: tuple[Desk, dict[str, int]], tmp_path: Path, capsys
) -> None:
    desk, ids = bilingual
    reference = _access_case(desk, Language.EN)
    desk.letters.update_facts(reference, activities=[ids["marketing-fi"]], searched=["CRM"])
    data_dir = str(desk.ctx.data_dir)
    desk.close()
    out = tmp_path / "letter.pdf"
    capsys.readouterr()
    argv = ["--data-dir", data_dir, "letter", reference, "--kind", "access-response", "--out", str(out)]
    assert run([*argv, "--save"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(
        "warning: the processing register has no English (en) version of Markkinointi"
    )
    assert "(fi, " in captured.out  # "Wrote … (fi, … KB)"
    assert run([*argv[:-2], "--lang", "sv", "--out", str(out)]) == 0
    assert "warning" not in capsys.readouterr().err
