"""Updates every translation source (.ts) from the UI code: one command for all languages.

Run after changing any UI string:

    .venv/bin/python scripts/update_translations.py          # update translations/*.ts
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if the .ts files are stale (CI)

Extraction finds `QCoreApplication.translate("Context", "text")`, `translate("Context", "text")` and
`self.tr("text")` with literal strings only: an alias such as `_t = QCoreApplication.translate` or an
f-string silently drops the text (tests/unit/test_translations.py guards both).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "dsar_desk" / "ui"
TS_DIR = ROOT / "translations"
LANGUAGES = ("nb", "sv", "fi", "da")


def tool(name: str) -> str:
    """The Qt tool next to the running interpreter (the .venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run scripts/bootstrap.sh first")
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"dsar_desk_{language}.ts"


def run_lupdate(ts_files: list[Path]) -> None:
    """Updates each .ts in place; file names are relative to the checkout so output is stable."""
    sources = [str(p.relative_to(ROOT)) for p in ui_sources()]
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every live message in a .ts file."""
    tree = ET.parse(ts)
    found = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def stale_languages() -> list[str]:
    """Languages whose committed .ts lacks a UI string or still holds a removed one."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = ts_path(language)
            copy = ts_path(language, Path(tmp))
            if committed.exists():
                shutil.copyfile(committed, copy)
            run_lupdate([copy])
            if not committed.exists() or messages(copy) != messages(committed):
                stale.append(language)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale .ts files instead of updating")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_languages()
        if stale:
            names = ", ".join(stale)
            print(f"stale translations: {names}; run scripts/update_translations.py", file=sys.stderr)
            return 1
        return 0
    TS_DIR.mkdir(exist_ok=True)
    run_lupdate([ts_path(language) for language in LANGUAGES])
    for language in LANGUAGES:
        print(f"{ts_path(language).relative_to(ROOT)}: {len(messages(ts_path(language)))} strings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
