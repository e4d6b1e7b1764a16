"""Letter rendering speed (targets: one letter < 50 ms; 100 letters < 5 s).

Measures compose + render_pdf (template lookup, wording, ReportLab, font subsetting).
The first letter of a process also loads the three DejaVu fonts, and the first in each language
its templates and CLDR data; both are reported apart from the steady state.
"""

from __future__ import annotations

import statistics
import time

from dsar_desk.letters.compose import compose
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.letters.render_pdf import render_pdf
from dsar_desk.letters.samples import sample_input
from dsar_desk.letters.templates import LETTER_LANGUAGES, TemplateStore


def main() -> None:
    store = TemplateStore()
    kinds = list(LetterKind)
    inputs = [
        sample_input(kinds[i % len(kinds)], LETTER_LANGUAGES[i % len(LETTER_LANGUAGES)]) for i in range(100)
    ]

    start = time.perf_counter()
    render_pdf(compose(inputs[0], store))
    first = time.perf_counter() - start
    # The first letter in each further language loads that language's templates and CLDR data.
    warm_up = []
    for language in LETTER_LANGUAGES:
        start = time.perf_counter()
        render_pdf(compose(sample_input(LetterKind.ACKNOWLEDGEMENT, language), store))
        warm_up.append(time.perf_counter() - start)

    singles = []
    for item in inputs[:30]:
        start = time.perf_counter()
        render_pdf(compose(item, store))
        singles.append(time.perf_counter() - start)

    start = time.perf_counter()
    total_bytes = sum(len(render_pdf(compose(item, store))) for item in inputs)
    batch = time.perf_counter() - start

    access = sample_input(LetterKind.ACCESS_RESPONSE, "nb")
    heavy = []
    for _ in range(10):
        start = time.perf_counter()
        render_pdf(compose(access, store))
        heavy.append(time.perf_counter() - start)

    print(f"first letter in process (loads fonts): {first * 1000:.1f} ms")
    print(f"first letter per language: max {max(warm_up) * 1000:.1f} ms")
    print(
        f"one letter: median {statistics.median(singles) * 1000:.1f} ms, "
        f"max {max(singles) * 1000:.1f} ms (n={len(singles)}, mixed kinds and languages)"
    )
    print(f"one access response (3 pages): median {statistics.median(heavy) * 1000:.1f} ms")
    print(f"100 letters: {batch:.2f} s ({total_bytes / 100 / 1024:.0f} KB per letter on average)")


if __name__ == "__main__":
    main()
