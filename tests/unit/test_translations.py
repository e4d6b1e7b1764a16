"""Translation extraction cannot silently break: literal strings only, and the .ts files are current."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "dsar_desk" / "ui"


def _load_script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def _translate_calls(tree: ast.AST):
    """(call, text argument) for translate(ctx, text), QCoreApplication.translate(ctx, text), x.tr(text)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "translate" and len(node.args) >= 2:
            yield node, node.args[:2]
        elif name == "tr" and isinstance(func, ast.Attribute) and node.args:
            yield node, node.args[:1]


def test_every_translated_text_is_a_literal_that_lupdate_can_extract():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, args in _translate_calls(tree):
            for arg in args:
                if isinstance(arg, ast.JoinedStr):
                    problems.append(f"{path.name}:{call.lineno}: f-string in translate()")
                elif not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    problems.append(f"{path.name}:{call.lineno}: non-literal argument to translate()")
        for node in ast.walk(tree):
            # lupdate only knows the names translate and tr: an alias hides every string behind it.
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"
                and any(isinstance(t, ast.Name) and t.id != "translate" for t in node.targets)
            ):
                problems.append(f"{path.name}:{node.lineno}: alias of translate that lupdate cannot see")
    assert problems == []


def test_the_checker_would_catch_an_f_string():
    tree = ast.parse('translate("Main", f"{x} cases")')
    [(_call, args)] = list(_translate_calls(tree))
    assert isinstance(args[1], ast.JoinedStr)


@pytest.mark.slow
def test_lupdate_finds_the_ui_strings_and_the_committed_ts_files_are_current():
    script = _load_script()
    assert script.stale_languages() == [], "run: .venv/bin/python scripts/update_translations.py"
    for language in script.LANGUAGES:
        assert len(script.messages(script.ts_path(language))) >= 250
