"""The sections of the settings file, each a pydantic model that rejects unknown keys, and
the checks of their values (days, times of day, time zones, phone numbers, emails, names)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError


class Section(BaseModel):
    # Unknown keys are typos until proven otherwise: reject them by name.
    model_config = ConfigDict(extra="forbid", frozen=True)


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(value: str) -> str:
    """A day by name: "Mon", "monday", "MON" -> "Mon"."""
    wanted = value.strip().lower()
    for short, full in zip(WEEKDAYS, _FULL_DAYS, strict=True):
        if wanted in (short.lower(), full):
            return short
    raise PydanticCustomError(
        "weekday", f"{value!r} is not a day of the week; write Mon, Tue, ... Sun"
    )


def _clock(value: str, *, end: bool = False) -> str:
    """A time of day: "8:00" -> "08:00"; 24:00 only as the end of a range."""
    hours, _, minutes = value.strip().partition(":")
    limit = 24 if end else 23
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2) or not (
        int(hours) <= limit and int(minutes) <= 59 and (int(hours) < 24 or minutes == "00")
    ):
        raise PydanticCustomError(
            "clock", f'{value!r} is not a time of day; write it as HH:MM, e.g. "08:00"'
        )
    return f"{int(hours):02d}:{minutes}"


def _hours_range(value: str) -> str:
    start, dash, end = value.partition("-")
    if not dash:
        raise PydanticCustomError(
            "hours", f'{value!r} is not a range of hours; write it as "08:00-18:00"'
        )
    start, end = _clock(start), _clock(end, end=True)
    if start >= end:
        raise PydanticCustomError(
            "hours", f'{value!r} ends before it starts; write it as "08:00-18:00"'
        )
    return f"{start}-{end}"


def _zone_name(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    value = value.strip()
    if value:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise PydanticCustomError(
                "timezone",
                f"{value!r} is not a time zone this machine knows; use an IANA name such as "
                '"America/Chicago" (`timedatectl list-timezones` lists them), or "" for the '
                "machine's own zone",
            ) from None
    return value


def _email(value: str) -> str:
    value = value.strip()
    if value and ("@" not in value or "." not in value.rsplit("@", 1)[-1]):
        raise PydanticCustomError(
            "email_shape",
            f"{value!r} is not an email address; write it as name@example.com",
        )
    return value


def _phone(value: str) -> str:
    # Every reply must carry this number, and the guardrail checks for it with its own
    # phone finder: a number it cannot find would block every draft, so refuse it here.
    from guardrails.contact import find_phones, phone_digits

    value = value.strip()
    found = find_phones(value) if value else []
    # Replies go to people outside the local calling area: a number without its area code
    # ("555-0142") cannot be dialled by many readers.
    if value and (not found or len(phone_digits(found[0].text)) < 10):
        raise PydanticCustomError(
            "phone_unrecognised",
            f"{value!r} is not a phone number the guardrail recognises with its area "
            'code; write the full number, e.g. "(555) 014-2290" or "+1 555 014 2290"',
        )
    return value


def _name_list(value: list[str]) -> list[str]:
    names = [name.strip() for name in value]
    if any(not name for name in names):
        raise PydanticCustomError("empty_name", 'has an empty name; write e.g. ["Maria"]')
    return names


# Checked wherever they appear ([practice] and each location).
Phone = Annotated[str, AfterValidator(_phone)]
Email = Annotated[str, AfterValidator(_email)]
Names = Annotated[list[str], AfterValidator(_name_list)]


class Practice(Section):
    name: Annotated[str, Field(min_length=1)]
    phone: Phone = ""
    email: Email = ""
    # Extra clinical words a practice wants the guardrail to block (its specialty's jargon).
    extra_clinical_terms: list[str] = []
    # Names replies may sign with ("Maria", "Dr. Lee"): the guardrail allows them in the
    # closing line only.
    signoff_names: Names = []
    # When reminders may go out, in the practice's zone ("" = the machine's zone).
    timezone: str = ""
    business_hours: str = "08:00-18:00"
    business_days: list[str] = ["Mon", "Tue", "Wed", "Thu", "Fri"]

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return _zone_name(value)

    @field_validator("business_hours")
    @classmethod
    def _hours_shape(cls, value: str) -> str:
        return _hours_range(value)

    @field_validator("business_days")
    @classmethod
    def _day_names(cls, value: list[str]) -> list[str]:
        if not value:
            raise PydanticCustomError("no_days", 'is empty; list at least one day, e.g. ["Mon"]')
        return sorted({_weekday(day) for day in value}, key=WEEKDAYS.index)

    @model_validator(mode="after")
    def _offline_contact_path(self) -> Practice:
        # Every reply must offer a way to talk offline; without one no draft can pass.
        if not self.phone and not self.email:
            raise PydanticCustomError(
                "contact_missing",
                "needs practice.phone or practice.email (every reply gives one as the offline "
                'contact path); add e.g. phone = "(555) 014-2290" under [practice]',
            )
        return self


class Location(Section):
    name: Annotated[str, Field(min_length=1)]
    google_location: str = ""  # "accounts/{account}/locations/{location}"
    yelp_business_id: str = ""
    # The office's own settings; each one left out (or empty) is [practice]'s or [slack]'s.
    display_name: str = ""  # the name its replies use
    phone: Phone = ""
    email: Email = ""
    review_channel: str = ""
    approvers: list[str] = []  # replace slack.approvers for this office's reviews
    risk_managers: list[str] = []  # replace slack.risk_managers for them
    signoff: Names = []  # names its replies may sign with, besides practice.signoff_names

    @field_validator("signoff", mode="before")
    @classmethod
    def _one_name_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("display_name", "review_channel")
    @classmethod
    def _stripped(cls, value: str) -> str:
        return value.strip()

    @field_validator("google_location")
    @classmethod
    def _google_shape(cls, value: str) -> str:
        value = value.strip()
        parts = value.split("/")
        if value and not (len(parts) == 4 and parts[0] == "accounts" and parts[2] == "locations"):
            raise ValueError(
                f"{value!r} is not a Business Profile location name "
                "(expected accounts/ACCOUNT_ID/locations/LOCATION_ID)"
            )
        return value


class SlackSettings(Section):
    review_channel: str = ""  # channel id, e.g. C0123456789
    approvers: list[str] = []  # user ids (U...) or user-group ids (S...)
    risk_managers: list[str] = []  # user ids or user-group ids
    risk_channel: str = ""  # optional channel for escalations
    announce_per_second: Annotated[float, Field(gt=0, le=5)] = 1.0


class DraftingSettings(Section):
    model: str = "gpt-4o-mini"
    max_attempts: Annotated[int, Field(ge=1, le=10)] = 3
    timeout_seconds: Annotated[float, Field(gt=0, le=300)] = 30.0


class TriageSettings(Section):
    # Extra escalation terms per category, e.g. {legal = ["arbitration"]}.
    extra_terms: dict[str, list[str]] = {}


class PollSettings(Section):
    interval_minutes: Annotated[float, Field(gt=0)] = 15.0
    backfill_days: Annotated[int, Field(ge=0)] = 14


class YelpSettings(Section):
    # Yelp's plans allow a few hundred calls a day (Starter: 300), so Yelp is polled less
    # often than Google and its calls are counted per UTC day (Yelp's own day).
    interval_minutes: Annotated[float, Field(gt=0)] = 60.0
    daily_call_budget: Annotated[int, Field(ge=1)] = 300


class DatabaseSettings(Section):
    path: str = "review-assistant.db"


class RemindersSettings(Section):
    # A reply waiting this long gets a thread reply naming who must act, repeated at most
    # this often, inside the practice's business hours.
    enabled: bool = True
    after_hours: Annotated[float, Field(gt=0, le=24 * 30)] = 24.0


class DigestSettings(Section):
    schedule: Literal["weekly", "daily", "off"] = "weekly"
    day: str = "Mon"  # for a weekly digest, in the practice's zone
    time: str = "08:00"  # HH:MM in the practice's zone
    channel: str = ""  # "" = slack.review_channel

    @field_validator("day")
    @classmethod
    def _day_name(cls, value: str) -> str:
        return _weekday(value)

    @field_validator("time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        return _clock(value)
