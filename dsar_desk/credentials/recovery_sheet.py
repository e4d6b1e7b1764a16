"""The printable recovery sheet: the recovery key and what to do with it, no personal data."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from dsar_desk.fonts import BOLD as FONT_BOLD
from dsar_desk.fonts import REGULAR as FONT
from dsar_desk.fonts import register_pdf_fonts as _register_fonts

STEPS = [
    "Keep this sheet somewhere safe and apart from the computer, for example in a locked cabinet "
    "or with your organisation's other recovery codes.",
    "The key opens the DSAR Desk case store and its backups. Anyone who has both the sheet and a "
    "copy of the data folder can read the cases, so treat it like the key to the archive.",
    "On a new computer, or after restoring the data folder from elsewhere: run "
    "dsar-desk unlock --recovery-key KEY, or start DSAR Desk and type the key when it asks for it. "
    "The computer then keeps the key in its own keyring.",
    "When the key is changed (Key rotation or a new passphrase), DSAR Desk shows a new recovery key. "
    "Print a new sheet and destroy this one; backups kept outside the data folder still open with this key.",
]


def render_recovery_sheet(recovery_key: str, created: date) -> bytes:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    _register_fonts()
    rl_config.canvas_basefontname = FONT
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    # No personal data and nothing about the organisation in the document properties.
    pdf.setTitle("DSAR Desk recovery key")
    pdf.setAuthor("")
    pdf.setSubject("")
    pdf.setCreator("DSAR Desk")
    width, height = A4
    left = 22 * mm
    y = height - 30 * mm
    pdf.setFont(FONT_BOLD, 20)
    pdf.drawString(left, y, "DSAR Desk recovery key")
    y -= 9 * mm
    pdf.setFont(FONT, 10.5)
    pdf.drawString(
        left, y, f"Created {created.isoformat()}. Key fingerprint: {recovery_key[:4]}…{recovery_key[-4:]}"
    )
    y -= 16 * mm
    groups = recovery_key.split("-")
    box_height = 27 * mm
    pdf.setLineWidth(1.2)
    pdf.roundRect(left, y - box_height + 8 * mm, width - 2 * left, box_height, 4 * mm)
    # The base32 alphabet has no 0, 1 or 8, so a proportional bold face reads unambiguously.
    pdf.setFont(FONT_BOLD, 17)
    half = (len(groups) + 1) // 2
    for row, line_groups in enumerate((groups[:half], groups[half:])):
        pdf.drawCentredString(width / 2, y - row * 11 * mm, "  ".join(line_groups))
    y -= box_height + 4 * mm
    pdf.setFont(FONT, 9)
    pdf.drawString(left, y, "Type the groups in order; dashes and spaces are optional, upper or lower case.")
    y -= 14 * mm
    pdf.setFont(FONT_BOLD, 12)
    pdf.drawString(left, y, "What to do with this sheet")
    y -= 8 * mm
    text = pdf.beginText(left, y)
    text.setFont(FONT, 10.5)
    text.setLeading(15)
    from reportlab.lib.utils import simpleSplit

    for number, step in enumerate(STEPS, start=1):
        lines = simpleSplit(step, FONT, 10.5, width - 2 * left - 8 * mm)
        text.textLine(f"{number}.  {lines[0]}")
        for line in lines[1:]:
            text.textLine(f"     {line}")
        text.moveCursor(0, 5)
    pdf.drawText(text)
    pdf.setFont(FONT, 8)
    pdf.drawString(
        left, 18 * mm, "This sheet holds no personal data. Destroy it when a newer recovery key replaces it."
    )
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_recovery_sheet(path: Path, recovery_key: str, created: date) -> Path:
    """Write the sheet atomically (temporary name, fsync, replace), owner-only."""
    import os
    import tempfile

    data = render_recovery_sheet(recovery_key, created)
    path = path.expanduser()
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    finally:
        if os.path.exists(name):
            os.remove(name)
    return path
