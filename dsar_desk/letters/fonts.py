"""The letter fonts: the bundled DejaVu Sans shared by every PDF (see dsar_desk.fonts).

DejaVu covers the Sámi letters (Ŋ ŋ Ŧ ŧ Č Đ Š Ž) that reportlab's own Vera lacks.
"""

from __future__ import annotations

from dsar_desk.fonts import BOLD, OBLIQUE, REGULAR, register_pdf_fonts

ITALIC = OBLIQUE


def register_fonts() -> None:
    register_pdf_fonts()


__all__ = ["BOLD", "ITALIC", "REGULAR", "register_fonts"]
