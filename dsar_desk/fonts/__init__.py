"""Bundled DejaVu Sans fonts (Bitstream Vera licence, see LICENSE) shared by PDF renderers.

They cover the Nordic and Sámi letters (æ ø å ä ö š ž č đ ŋ ŧ á) so nothing falls back
to an unembedded standard font.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path


@dataclass(frozen=True)
class FontPaths:
    regular: Path
    bold: Path
    condensed: Path
    condensed_bold: Path
    licence: Path


def font_paths() -> FontPaths:
    """Paths of the bundled font files (real files: the package is never zipped)."""
    folder = files(__name__)

    def path(name: str) -> Path:
        with as_file(folder / name) as found:
            return Path(found)

    return FontPaths(
        regular=path("DejaVuSans.ttf"),
        bold=path("DejaVuSans-Bold.ttf"),
        condensed=path("DejaVuSansCondensed.ttf"),
        condensed_bold=path("DejaVuSansCondensed-Bold.ttf"),
        licence=path("LICENSE"),
    )
