"""LetterSpec: everything the renderer needs, already worded in the letter's language.

The renderer takes nothing else: no case, no database, no template. That keeps layout
and wording apart, and lets tests and the preview render any letter from plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullets", "table", "fields"]


@dataclass(frozen=True)
class Block:
    """One piece of the letter body.

    heading/paragraph use `text`; bullets use `items`; table uses `rows` (the first row
    is the header); fields uses `rows` of (label, value) pairs.
    """

    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Letterhead:
    name: str
    lines: tuple[str, ...]  # org number, postal address, privacy contact, DPO


@dataclass(frozen=True)
class LetterSpec:
    language: str
    kind: str
    reference: str
    letterhead: Letterhead
    return_address: str  # the one-line sender address above the window
    recipient: tuple[str, ...]  # name and postal address lines, for the window
    info: tuple[tuple[str, str], ...]  # (label, value): date, reference, receipt, rights
    subject: str
    body: tuple[Block, ...]
    closing: str
    signature: tuple[str, ...]
    page_label: str  # with {page} and {pages}
    meta_title: str  # no personal data: kind and case reference
    meta_author: str  # the entity's name
    attachments: tuple[str, ...] = field(default_factory=tuple)
    # The language asked for; differs from `language` when the processing register lacks
    # versions in it (`missing_in_wanted`) and the letter fell back to the entity's default.
    wanted_language: str = ""
    missing_in_wanted: tuple[str, ...] = ()
