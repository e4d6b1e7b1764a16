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
