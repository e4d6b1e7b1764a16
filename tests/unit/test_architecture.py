"""House rules that keep the core Qt-free and the layers pointing downward."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "dsar_desk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(exclude_ui: bool = True) -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if not (exclude_ui and (PACKAGE / "ui") in path.parents)]


def test_nothing_outside_ui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if any(name == "PySide6" or name.startswith("PySide6.") for name in _imports(path))
    ]
    assert offenders == []


def test_core_never_imports_the_ui_package() -> None:
    allowed = {PACKAGE / "gui_launcher.py"}  # launches the window by name, lazily
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if path not in allowed and any(name.startswith("dsar_desk.ui") for name in _imports(path))
    ]
    assert offenders == []


def test_domain_has_no_io_sql_or_clock_reads() -> None:
    forbidden_modules = {"sqlalchemy", "sqlmodel", "reportlab", "os", "pathlib", "socket", "subprocess"}
    for path in (PACKAGE / "domain").rglob("*.py"):
        imported = {name.split(".")[0] for name in _imports(path)}
        assert not imported & forbidden_modules, f"{path.name} imports {imported & forbidden_modules}"
        source = path.read_text(encoding="utf-8")
        for call in ("datetime.now(", "date.today(", "time.time("):
            assert call not in source, f"{path.name} reads the clock with {call}"


def test_architecture_check_catches_a_leak(tmp_path: Path) -> None:
    leaky = tmp_path / "leak.py"
    leaky.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(leaky)
