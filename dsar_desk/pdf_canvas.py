"""A ReportLab canvas that knows the page count when it draws each page's footer.

Letters and reports both print "page X of Y": pages are held until the document is
complete, then each is finished with its number and the total.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas


class PageCountingCanvas(Canvas):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.draw_page_footer(number, total)
            super().showPage()
        super().save()

    def draw_page_footer(self, number: int, total: int) -> None:
        """Draw what every page carries at its foot; subclasses say what."""
        raise NotImplementedError


def fit_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` as lines no wider than `width`: greedy on spaces, and a word wider than the
    line itself (a 200-character name without spaces) is broken between characters
    rather than drawn across the next column or off the page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(candidate: str) -> bool:
        return bool(stringWidth(candidate, font, size) <= width)

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if fits(trial):
            current = trial
            continue
        if current:
            lines.append(current)
            current = ""
        while not fits(word):
            cut = 1
            while cut < len(word) and fits(word[: cut + 1]):
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    return [*lines, current] if current else lines
