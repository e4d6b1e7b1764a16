"""Letter templates: TOML data files, one folder per language, checked when loaded.

The package ships `templates/<lang>/common.toml` (labels and the paragraphs every letter
shares) and `templates/<lang>/<kind>.toml` (one per letter kind). An organisation can
override any of these files by placing one with the same name in
`<data_dir>/templates/<lang>/`. A file with a syntax error, an unknown placeholder, an
unknown or missing block is rejected with its path and line: a letter is never rendered
from half a template.

Texts use `{name}` placeholders; a blank line starts a new paragraph.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from dsar_desk.domain.errors import DomainError
from dsar_desk.letters.kinds import (
    COMMON_BLOCKS,
    COMMON_FILE_PLACEHOLDERS,
    COMMON_LABELS,
    COMMON_PLACEHOLDERS,
    KINDS,
    LetterKind,
)

LETTER_LANGUAGES = ("nb", "sv", "fi", "da", "en")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"^[a-z_]+$")


class TemplateError(DomainError):
    """A template file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        super().__init__(f"template {path}, line {line}: {message}")
        self.path = str(path)
        self.line = line
        self.detail = message


def package_root() -> Path:
    return Path(str(files("dsar_desk.letters") / "templates"))


@dataclass(frozen=True)
class CommonTemplate:
    labels: dict[str, str]
    blocks: dict[str, str]


@dataclass(frozen=True)
class KindTemplate:
    kind: LetterKind
    blocks: dict[str, str]
    path: str


def _line_of(source: str, pattern: str) -> int:
    regex = re.compile(pattern, re.MULTILINE)
    match = regex.search(source)
    return source.count("\n", 0, match.start()) + 1 if match else 1


def _key_line(source: str, key: str) -> int:
    return _line_of(source, rf"^\s*\"?{re.escape(key)}\"?\s*=")


def _parse(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(path, 1, f"cannot be read ({exc})") from exc
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise TemplateError(path, int(match.group(1)) if match else 1, f"is not valid TOML ({exc})") from exc
    return source, data


def _check_text(path: Path, source: str, key: str, value: Any, allowed: frozenset[str]) -> str:
    if not isinstance(value, str):
        raise TemplateError(path, _key_line(source, key), f"'{key}' must be text in quotes")
    if not value.strip():
        raise TemplateError(path, _key_line(source, key), f"'{key}' is empty")
    for match in _PLACEHOLDER.finditer(value):
        name = match.group(1)
        if not _NAME.match(name) or name not in allowed:
            line = _line_of(source, re.escape(match.group(0)))
            known = ", ".join(sorted(allowed))
            raise TemplateError(path, line, f"unknown placeholder {{{name}}} in '{key}' (known: {known})")
    stray = _PLACEHOLDER.sub("", value)
    if "{" in stray or "}" in stray:
        raise TemplateError(path, _key_line(source, key), f"'{key}' has an unmatched brace")
    return value


def _check_keys(
    path: Path, source: str, found: dict[str, Any], required: tuple[str, ...], where: str
) -> None:
    for key in found:
        if key not in required:
            raise TemplateError(
                path, _key_line(source, key), f"unknown {where} '{key}' (expected: {', '.join(required)})"
            )
    for key in required:
        if key not in found:
            last = source.count("\n") + 1
            raise TemplateError(path, last, f"missing {where} '{key}'")


def load_common(path: Path) -> CommonTemplate:
    source, data = _parse(path)
    _check_keys(path, source, data, ("labels", "blocks"), "table")
    labels, blocks = data["labels"], data["blocks"]
    if not isinstance(labels, dict) or not isinstance(blocks, dict):
        raise TemplateError(path, 1, "[labels] and [blocks] must be tables")
    _check_keys(path, source, labels, COMMON_LABELS, "label")
    _check_keys(path, source, blocks, COMMON_BLOCKS, "block")
    if "{page}" not in labels["page"] or "{pages}" not in labels["page"]:
        raise TemplateError(path, _key_line(source, "page"), "label 'page' needs {page} and {pages}")
    return CommonTemplate(
        {k: _check_text(path, source, k, v, COMMON_FILE_PLACEHOLDERS) for k, v in labels.items()},
        {k: _check_text(path, source, k, v, COMMON_FILE_PLACEHOLDERS) for k, v in blocks.items()},
    )


def load_kind(path: Path, kind: LetterKind) -> KindTemplate:
    info = KINDS[kind]
    source, data = _parse(path)
    allowed = COMMON_PLACEHOLDERS | info.placeholders
    for key in data:
        if key not in info.all_blocks:
            raise TemplateError(
                path,
                _key_line(source, key),
                f"unknown block '{key}' for {kind.value} (expected: {', '.join(info.all_blocks)})",
            )
    for key in ("subject", *info.blocks):
        if key not in data:
            raise TemplateError(path, source.count("\n") + 1, f"missing block '{key}' for {kind.value}")
    return KindTemplate(
        kind, {k: _check_text(path, source, k, v, allowed) for k, v in data.items()}, str(path)
    )


class TemplateStore:
    """Finds and caches the templates for each language, override folder first."""

    def __init__(self, override_root: Path | None = None) -> None:
        self._override = override_root
        self._cache: dict[tuple[str, int], Any] = {}

    def _find(self, language: str, name: str) -> Path | None:
        for root in (self._override, package_root()):
            if root is None:
                continue
            candidate = root / language / name
            if candidate.is_file():
                return candidate
        return None

    def has_language(self, language: str) -> bool:
        return self._find(language, "common.toml") is not None

    def letter_language(self, wanted: str) -> str:
        """The language a letter is written in: Nynorsk falls back to Bokmål without nn templates."""
        if self.has_language(wanted):
            return wanted
        if wanted == "nn" and self.has_language("nb"):
            return "nb"
        raise DomainError(
            f"language: no letter templates for '{wanted}' (available: {', '.join(LETTER_LANGUAGES)})"
        )

    def _cached(self, path: Path, loader: Any) -> Any:
        key = (str(path), path.stat().st_mtime_ns)
        found = self._cache.get(key)
        if found is None:
            found = loader(path)
            self._cache[key] = found
        return found

    def common(self, language: str) -> CommonTemplate:
        path = self._find(language, "common.toml")
        if path is None:
            raise DomainError(f"language: no letter templates for '{language}'")
        result: CommonTemplate = self._cached(path, load_common)
        return result

    def kind(self, language: str, kind: LetterKind) -> KindTemplate:
        path = self._find(language, f"{kind.value}.toml")
        if path is None:
            raise DomainError(f"kind: no '{kind.value}' template for language '{language}'")
        result: KindTemplate = self._cached(path, lambda p: load_kind(p, kind))
        return result

    def check_all(self) -> list[TemplateError]:
        """Load every template of every language; returns the problems found (for doctor/tests)."""
        problems: list[TemplateError] = []
        for language in LETTER_LANGUAGES:
            try:
                self.common(language)
            except TemplateError as exc:
                problems.append(exc)
            for kind in LetterKind:
                try:
                    self.kind(language, kind)
                except TemplateError as exc:
                    problems.append(exc)
        return problems


def fill(text: str, values: dict[str, str]) -> str:
    """Replace placeholders; templates were checked at load, so every name is known."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)
