"""A finished translation keeps what the code relies on: its placeholders and its mnemonic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS_DIR = Path(__file__).resolve().parents[2] / "translations"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _finished(ts: Path):
    """(context, source, translated text) for each finished message, one per plural form."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            plural = [form.text or "" for form in translation.findall("numerusform")]
            for text in plural or [translation.text or ""]:
                yield name, source, text


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("ts", sorted(TS_DIR.glob("dsar_desk_*.ts")), ids=lambda p: p.stem)
def test_translations_keep_placeholders_and_mnemonics(ts: Path):
    problems = []
    for context, source, text in _finished(ts):
        if not text.strip():
            problems.append(f"{context}: {source!r} is marked finished but empty")
        # The code fills %1, %2 … with str.replace: a lost or renamed placeholder shows up as wrong text.
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
        if _mnemonics(source) != _mnemonics(text):
            problems.append(f"{context}: {source!r} -> {text!r} changes the & mnemonic")
    assert problems == []


def test_the_check_would_catch_a_lost_placeholder(tmp_path: Path):
    ts = tmp_path / "dsar_desk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context><name>C</name>'
        "<message><source>Due %1</source><translation>Frist</translation></message>"
        "<message><source>&amp;File</source><translation>Fil</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="placeholders"):
        test_translations_keep_placeholders_and_mnemonics(ts)
