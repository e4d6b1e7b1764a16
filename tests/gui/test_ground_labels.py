"""Every legal ground reads in the window's language and cites without English connectives."""

from __future__ import annotations

import re

from dsar_desk.domain.legal_grounds import GROUNDS
from dsar_desk.ui.ground_labels import ground_summary, known_codes


def test_every_ground_has_a_translatable_summary():
    assert known_codes() == {ground.code for ground in GROUNDS}
    for ground in GROUNDS:
        assert ground_summary(ground) == ground.summary  # English source equals the domain's text


def test_citations_are_language_neutral():
    # Citations appear verbatim in letters of every language, so no English joining words.
    for ground in GROUNDS:
        assert not re.search(r"\b(with|and|or)\b", ground.citation), ground.citation
