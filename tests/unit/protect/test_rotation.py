from __future__ import annotations

from datetime import datetime, timedelta

from dsar_desk.storage.rotation import backups_to_keep


def test_keeps_seven_daily_four_weekly_twelve_monthly() -> None:
    start = datetime(2025, 1, 1, 9, 0)
    backups = [(start + timedelta(days=day), day) for day in range(700)]  # one a day for ~2 years
    keep, delete = backups_to_keep(backups)
    assert set(keep) | set(delete) == set(range(700)) and not set(keep) & set(delete)
    newest = 699
    assert all(day in keep for day in range(newest - 6, newest + 1))  # the last 7 days
    kept_dates = sorted(start + timedelta(days=day) for day in keep)
    weeks = {d.isocalendar()[:2] for d in kept_dates}
    months = {(d.year, d.month) for d in kept_dates}
    assert len(months) == 12
    assert len(weeks) >= 4
    assert len(keep) <= 7 + 4 + 12


def test_newest_backup_of_a_day_is_the_one_kept() -> None:
    morning, evening = datetime(2026, 11, 20, 8), datetime(2026, 11, 20, 18)
    keep, delete = backups_to_keep([(morning, "m"), (evening, "e")])
    assert keep == ["e"] and delete == ["m"]


def test_nothing_to_prune_when_few_backups() -> None:
    keep, delete = backups_to_keep([(datetime(2026, 1, d), d) for d in range(1, 4)])
    assert sorted(keep) == [1, 2, 3] and delete == []
