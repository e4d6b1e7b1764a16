"""How many deadlines compute_deadline works out per second (target: 100,000)."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from dsar_desk.domain.deadlines import compute_deadline
from dsar_desk.domain.vocabulary import Country, HolidayProfile


def main() -> None:
    rng = random.Random(3)
    inputs = [
        (
            date(2024, 1, 1) + timedelta(days=rng.randint(0, 1400)),
            rng.choice(list(Country)),
            rng.choice(list(HolidayProfile)),
            rng.choice([0, 0, 0, 3, 12]),
            rng.random() < 0.1,
        )
        for _ in range(200_000)
    ]
    for received, country, profile, paused, extended in inputs[:1000]:  # warm the calendars
        compute_deadline(received, country, profile, paused_days=paused, extended=extended)
    start = time.perf_counter()
    for received, country, profile, paused, extended in inputs:
        compute_deadline(received, country, profile, paused_days=paused, extended=extended)
    elapsed = time.perf_counter() - start
    print(f"compute_deadline: {len(inputs) / elapsed:,.0f} calls/s ({elapsed:.2f} s for {len(inputs):,})")


if __name__ == "__main__":
    main()
