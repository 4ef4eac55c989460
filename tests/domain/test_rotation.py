"""Rotation as a pure function over a simulated year with a clock the test controls."""

from __future__ import annotations

from datetime import datetime, timedelta

from emp_desktop.domain.rotation import (
    KeptBackup,
    RotationPolicy,
    backup_name,
    horizon_days,
    horizon_text,
    is_backup_name,
    to_keep,
)

START = datetime(2025, 1, 1, 17, 30)


def _simulate(days: int, policy: RotationPolicy, per_day: int = 1) -> dict[str, KeptBackup]:
    """One rotation after every backup, as `backup auto` does."""
    kept: dict[str, KeptBackup] = {}
    for day in range(days):
        for n in range(per_day):
            now = START + timedelta(days=day, hours=n)
            name = backup_name(now, kept)
            kept[name] = KeptBackup(name, now, True)
            keep = to_keep(kept.values(), now, policy)
            kept = {k: v for k, v in kept.items() if k in keep}
    return kept


def test_a_year_of_daily_backups_keeps_at_most_23():
    kept = _simulate(365, RotationPolicy())
    assert 7 <= len(kept) <= 7 + 4 + 12
    newest = max(b.created for b in kept.values())
    oldest = min(b.created for b in kept.values())
    assert newest == START + timedelta(days=364)
    assert (newest - oldest).days <= horizon_days(RotationPolicy())
    # the 7 newest days are all there
    days = {b.created.date() for b in kept.values()}
    assert all((newest - timedelta(days=d)).date() in days for d in range(7))
    # one per month for the last 12 months
    months = {(b.created.year, b.created.month) for b in kept.values()}
    assert len(months) == 12


def test_several_backups_a_day_keep_the_newest_of_each_day():
    kept = _simulate(10, RotationPolicy(daily=3, weekly=0, monthly=0), per_day=4)
    assert len(kept) == 3
    assert all(b.created.hour == START.hour + 3 for b in kept.values())


def test_the_newest_verified_backup_survives_any_age():
    old = KeptBackup("emp-kluis-2020-01-01-1200.empbak", datetime(2020, 1, 1, 12), True)
    assert to_keep([old], datetime(2026, 1, 1), RotationPolicy()) == {old.name}


def test_unverified_backups_are_not_kept_and_not_counted():
    now = datetime(2025, 6, 1, 12)
    good = KeptBackup("emp-kluis-2025-06-01-1000.empbak", now - timedelta(hours=2), True)
    bad = KeptBackup("emp-kluis-2025-06-01-1100.empbak", now - timedelta(hours=1), False)
    assert to_keep([good, bad], now, RotationPolicy()) == {good.name}


def test_configurable_policy_and_horizon():
    kept = _simulate(120, RotationPolicy(daily=2, weekly=2, monthly=1))
    assert len(kept) <= 5
    assert horizon_days(RotationPolicy(daily=2, weekly=2, monthly=0)) == 14
    assert "12 maanden" in horizon_text(RotationPolicy())
    assert "14 dagen" in horizon_text(RotationPolicy(daily=14, weekly=0, monthly=0))
    assert not RotationPolicy(0, 0, 0).is_valid() and not RotationPolicy(-1, 4, 12).is_valid()


def test_names_follow_the_pattern_and_never_collide():
    first = backup_name(datetime(2025, 3, 9, 8, 5))
    assert first == "emp-kluis-2025-03-09-0805.empbak" and is_backup_name(first)
    second = backup_name(datetime(2025, 3, 9, 8, 5), {first})
    assert second == "emp-kluis-2025-03-09-0805-2.empbak" and is_backup_name(second)
    assert not is_backup_name("mijn-kopie.empbak")
