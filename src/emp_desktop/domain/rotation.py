"""Which automatic backups a target keeps: a pure function of the backups and the clock.

Buckets are calendar windows counted back from *now* (today and the 6 days before it,
this ISO week and the 3 before it, this month and the 11 before it), not "the newest 7
days that happen to have a backup". Only calendar windows give a hard upper bound on how
long a backup can hold data that was erased since — the rotation horizon that the
erasure confirmation and the subject-access document promise. The newest verified
backup is always kept, however old, so a target never ends up empty by rotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

NAME_PREFIX = "emp-kluis-"
SUFFIX = ".empbak"
_NAME = re.compile(r"^emp-kluis-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(?:-(\d+))?\.empbak$")
MAX_KEEP = 400


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def is_valid(self) -> bool:
        counts = (self.daily, self.weekly, self.monthly)
        return all(0 <= n <= MAX_KEEP for n in counts) and any(counts)


@dataclass(frozen=True)
class KeptBackup:
    """One backup the app wrote, as its bookkeeping knows it."""

    name: str
    created: datetime
    verified: bool


def backup_name(when: datetime, taken: Iterable[str] = ()) -> str:
    """`emp-kluis-YYYY-MM-DD-HHMM.empbak`; a second one in the same minute gets `-2`."""
    base = f"{NAME_PREFIX}{when:%Y-%m-%d-%H%M}"
    taken = set(taken)
    name, n = f"{base}{SUFFIX}", 1
    while name in taken:
        n += 1
        name = f"{base}-{n}{SUFFIX}"
    return name


def is_backup_name(name: str) -> bool:
    return _NAME.match(name) is not None


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _bucket_keys(created: datetime, now: datetime, policy: RotationPolicy) -> list[tuple]:
    """The buckets this backup falls in, if they are still inside their window."""
    day, today = created.date(), now.date()
    keys: list[tuple] = []
    if 0 <= (today - day).days < policy.daily:
        keys.append(("day", day))
    week, this_week = day - timedelta(days=day.weekday()), today - timedelta(days=today.weekday())
    if 0 <= (this_week - week).days // 7 < policy.weekly:
        keys.append(("week", week))
    if 0 <= _month_index(today) - _month_index(day) < policy.monthly:
        keys.append(("month", _month_index(day)))
    return keys


def to_keep(backups: Iterable[KeptBackup], now: datetime, policy: RotationPolicy) -> set[str]:
    """Names to keep: the newest verified backup of every bucket, plus the newest verified."""
    verified = sorted((b for b in backups if b.verified), key=lambda b: b.created, reverse=True)
    keep: set[str] = {verified[0].name} if verified else set()
    filled: set[tuple] = set()
    for backup in verified:  # newest first: the first one seen in a bucket wins it
        for key in _bucket_keys(backup.created, now, policy):
            if key not in filled:
                filled.add(key)
                keep.add(backup.name)
    return keep


def horizon_days(policy: RotationPolicy) -> int:
    """The longest a kept backup can be old at a rotation (an upper bound, in days)."""
    return max(policy.daily, 7 * policy.weekly, 31 * policy.monthly)


def horizon_text(policy: RotationPolicy) -> str:
    """Dutch: the rotation horizon as the erasure confirmation and subject access say it."""
    if policy.monthly:
        months = max(policy.monthly, -(-7 * policy.weekly // 30))
        span = f"{months} maand" if months == 1 else f"{months} maanden"
    elif policy.weekly:
        span = f"{max(policy.weekly, -(-policy.daily // 7))} weken"
    else:
        span = f"{policy.daily} dagen"
    return (
        f"Automatische back-ups kunnen gewiste gegevens nog tot {span} na de wissing "
        f"bevatten (rotatie: {policy.daily} dagelijkse, {policy.weekly} wekelijkse en "
        f"{policy.monthly} maandelijkse back-ups); daarna zijn ze ook daaruit verdwenen."
    )
