"""Render every letter kind in every language to PDF and PNG for review.

Usage: python scripts/render_letters.py OUTDIR [--dpi 60]
Needs pdftoppm (poppler-utils) for the PNGs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from dsar_desk.letters.compose import compose
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.letters.render_pdf import render_pdf
from dsar_desk.letters.samples import sample_input
from dsar_desk.letters.templates import LETTER_LANGUAGES, TemplateStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils); writing PDFs only", file=sys.stderr)
    store = TemplateStore()
    count = 0
    for language in LETTER_LANGUAGES:
        for kind in LetterKind:
            spec = compose(sample_input(kind, language), store)
            stem = f"{language}-{kind.value}"
            pdf_path = args.outdir / f"{stem}.pdf"
            pdf_path.write_bytes(render_pdf(spec))
            if pdftoppm:
                subprocess.run(
                    [pdftoppm, "-r", str(args.dpi), "-png", str(pdf_path), str(args.outdir / stem)],
                    check=True,
                )
            count += 1
    print(f"Rendered {count} letters into {args.outdir}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
