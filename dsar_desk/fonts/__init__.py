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
    oblique: Path
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
        oblique=path("DejaVuSans-Oblique.ttf"),
        condensed=path("DejaVuSansCondensed.ttf"),
        condensed_bold=path("DejaVuSansCondensed-Bold.ttf"),
        licence=path("LICENSE"),
    )


REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"


def register_pdf_fonts() -> None:
    """Register every bundled face with ReportLab once per process, for every PDF we make.

    One registration for letters, reports and the recovery sheet: separate ones raced each
    other on the shared names. The canvas and chart defaults are switched to DejaVu so no
    PDF refers to an unembedded Helvetica.
    """
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if CONDENSED_BOLD in pdfmetrics.getRegisteredFontNames():
        return
    paths = font_paths()
    faces = {
        REGULAR: paths.regular,
        BOLD: paths.bold,
        OBLIQUE: paths.oblique,
        CONDENSED: paths.condensed,
        CONDENSED_BOLD: paths.condensed_bold,
    }
    for name, path in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, OBLIQUE), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    rl_config.canvas_basefontname = REGULAR
    rl_config.defaultGraphicsFontName = REGULAR
