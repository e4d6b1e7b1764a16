"""Which automatic backups to keep: 7 daily, 4 weekly, 12 monthly (a pure function)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _newest_per_period(
    items: list[tuple[datetime, T]], period: Callable[[datetime], Hashable], count: int
) -> set[int]:
    """Indexes of the newest item in each of the `count` most recent periods that have one."""
    kept: set[int] = set()
    seen: set[Hashable] = set()
    for index, (taken, _item) in enumerate(items):  # items are newest first
        key = period(taken)
        if key in seen:
            continue
        seen.add(key)
        kept.add(index)
        if len(seen) == count:
            break
    return kept


def backups_to_keep(
    backups: Iterable[tuple[datetime, T]],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> tuple[list[T], list[T]]:
    """Split backups into (keep, delete); each period keeps its newest backup."""
    items = sorted(backups, key=lambda pair: pair[0], reverse=True)
    keep = (
        _newest_per_period(items, lambda t: t.date(), daily)
        | _newest_per_period(items, lambda t: t.isocalendar()[:2], weekly)
        | _newest_per_period(items, lambda t: (t.year, t.month), monthly)
    )
    return (
        [item for index, (_t, item) in enumerate(items) if index in keep],
        [item for index, (_t, item) in enumerate(items) if index not in keep],
    )
