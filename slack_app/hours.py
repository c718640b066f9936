"""The practice's clock: its time zone, its business hours and the digest's schedule.

Everything here takes the moment as an argument (an aware datetime), so callers pass the time
in and tests use a fixed clock. Zones come from the system's tz database through zoneinfo;
`practice.timezone = ""` means the machine's own zone (`$TZ`, else /etc/localtime).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_app.config import WEEKDAYS, Settings

LOCALTIME = Path("/etc/localtime")


@functools.lru_cache(maxsize=1)
def machine_zone() -> tzinfo:
    """The machine's zone with its daylight-saving rules: `$TZ`, then /etc/localtime (by its
    name when it links into the tz database), else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        target = str(LOCALTIME.resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
        with LOCALTIME.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (OSError, ValueError, ZoneInfoNotFoundError):
        return UTC


def practice_zone(settings: Settings) -> tzinfo:
    return ZoneInfo(settings.practice.timezone) if settings.practice.timezone else machine_zone()


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def _clock(text: str) -> tuple[int, int]:
    hours, minutes = text.split(":")
    return int(hours), int(minutes)


def at_local(day: date, clock: str, zone: tzinfo) -> datetime:
    """`clock` ("HH:MM", "24:00" meaning the next midnight) on `day` in `zone`, as UTC."""
    hours, minutes = _clock(clock)
    if hours == 24:
        day, hours = day + timedelta(days=1), 0
    return datetime.combine(day, time(hours, minutes), tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class BusinessHours:
    """Open from `opens` to `closes` (HH:MM, local) on `days` (Mon ... Sun) in `zone`."""

    zone: tzinfo
    opens: str = "08:00"
    closes: str = "18:00"
    days: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri")

    @classmethod
    def of(cls, settings: Settings) -> BusinessHours:
        opens, closes = settings.practice.business_hours.split("-")
        return cls(practice_zone(settings), opens, closes, tuple(settings.practice.business_days))

    def _open_span(self, day: date) -> tuple[datetime, datetime] | None:
        if WEEKDAYS[day.weekday()] not in self.days:
            return None
        return at_local(day, self.opens, self.zone), at_local(day, self.closes, self.zone)

    def is_open(self, moment: datetime) -> bool:
        span = self._open_span(moment.astimezone(self.zone).date())
        return span is not None and span[0] <= moment < span[1]

    def next_open(self, moment: datetime) -> datetime:
        """`moment` itself when open, else the next opening (UTC)."""
        today = moment.astimezone(self.zone).date()
        for offset in range(8):
            span = self._open_span(today + timedelta(days=offset))
            if span is None or span[1] <= moment:
                continue
            return max(span[0], moment).astimezone(UTC)
        raise ValueError("no business day in the week")  # settings require at least one

    def describe(self) -> str:
        return f"{', '.join(self.days)} {self.opens}-{self.closes} ({zone_name(self.zone)})"


# ---------------------------------------------------------------------------------------------
# The digest's schedule
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestPeriod:
    """One digest: the figures of [start, end) (UTC), compared with the same span a week
    earlier. `key` names it once across processes ("weekly:2026-11-23")."""

    schedule: str
    start: datetime
    end: datetime
    zone: tzinfo

    @property
    def key(self) -> str:
        return f"{self.schedule}:{self.end.astimezone(self.zone).date().isoformat()}"

    @property
    def previous(self) -> tuple[datetime, datetime]:
        """The same span one week earlier, in local time (so a DST change does not shift it)."""
        return (
            _local_shift(self.start, self.zone, -7),
            _local_shift(self.end, self.zone, -7),
        )

    def label(self) -> str:
        first = self.start.astimezone(self.zone)
        last = self.end.astimezone(self.zone)
        clock = f"{last:%H:%M}"
        if self.schedule == "daily":
            return f"the day to {last:%a} {last:%b} {last.day}, {clock}"
        return f"{first:%a} {first:%b} {first.day} to {last:%a} {last:%b} {last.day}, {clock}"


def _local_shift(moment: datetime, zone: tzinfo, days: int) -> datetime:
    local = moment.astimezone(zone)
    return at_local(local.date() + timedelta(days=days), f"{local:%H:%M}", zone)


def latest_digest(settings: Settings, now: datetime) -> DigestPeriod | None:
    """The most recent digest due at or before `now` (None when the digest is off). A digest
    missed while the app was stopped is still this one until the next is due."""
    schedule = settings.digest.schedule
    if schedule == "off":
        return None
    zone = practice_zone(settings)
    today = now.astimezone(zone).date()
    step = 1 if schedule == "daily" else 7
    if schedule == "weekly":
        wanted = WEEKDAYS.index(settings.digest.day)
        today -= timedelta(days=(today.weekday() - wanted) % 7)
    end = at_local(today, settings.digest.time, zone)
    if end > now:
        today -= timedelta(days=step)
        end = at_local(today, settings.digest.time, zone)
    start = at_local(today - timedelta(days=step), settings.digest.time, zone)
    return DigestPeriod(schedule, start, end, zone)


def next_digest_at(settings: Settings, now: datetime) -> datetime | None:
    """When the next digest is due after `now` (for doctor and the docs' examples)."""
    latest = latest_digest(settings, now)
    if latest is None:
        return None
    step = 1 if latest.schedule == "daily" else 7
    return _local_shift(latest.end, latest.zone, step)
