"""Printing a letter PDF: each page rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# A4 at 1200 dpi is 140 million pixels (over 500 MB as one image); 600 dpi is beyond
# what a letter needs and keeps a page image near 140 MB.
MAX_DPI = 600


def load_pdf(pdf: bytes, document: QPdfDocument) -> QBuffer:
    """Load bytes into `document`; the returned buffer must live as long as the document uses it."""
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of `pdf` onto `printer`; returns the number of pages printed."""
    document = QPdfDocument()
    buffer = load_pdf(pdf, document)
    pages = document.pageCount()
    if pages < 1:
        buffer.close()
        return 0
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        buffer.close()
        return 0
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            viewport = painter.viewport()
            # The page keeps its proportions inside the printable area.
            scaled = size.scaled(viewport.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(viewport.topLeft(), scaled)
            # QtPdf renders onto a transparent background: paint white below it.
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()
        buffer.close()
    return pages


def page_image(pdf: bytes, page: int, width: int) -> QImage:
    """One page on white, `width` pixels wide (for checks and thumbnails)."""
    document = QPdfDocument()
    buffer = load_pdf(pdf, document)
    points = document.pagePointSize(page)
    size = QSize(width, round(width * points.height() / max(points.width(), 1)))
    rendered = document.render(page, size)
    out = QImage(size, QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, rendered)
    painter.end()
    buffer.close()
    return out


def print_letter(pdf: bytes, title: str, parent: QWidget | None) -> QPrintDialog:
    """Ask for a printer (window-modal, not blocking), then print. `title` is reference and kind."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: paint_pdf(pdf, printer))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)  # not blocking: the worker keeps answering
    dialog.show()
    return dialog
