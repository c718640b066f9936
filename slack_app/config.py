"""Settings: `review-assistant.toml` for everything that is not a secret, the environment
for secrets and base URLs. Nothing here logs or prints a secret."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

# The environment (secrets, base URLs, ./.env) lives in a module of its own without pydantic,
# so commands that need no settings (`review-assistant guard`) start quickly.
from slack_app.environment import (  # noqa: F401  (re-exported)
    DOTENV_NAME,
    LOG_LEVEL_ENV,
    Environment,
    process_environment,
)
from slack_app.errors import SettingsError

__all__ = ["Environment", "Settings", "SettingsError", "load_settings", "parse_settings"]

CONFIG_ENV = "REVIEW_ASSISTANT_CONFIG"
DEFAULT_CONFIG_NAME = "review-assistant.toml"


class _Section(BaseModel):
    # Unknown keys are typos until proven otherwise: reject them by name.
    model_config = ConfigDict(extra="forbid", frozen=True)


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(value: str) -> str:
    """"Mon", "monday", "MON" -> "Mon"."""
    wanted = value.strip().lower()
    for short, full in zip(WEEKDAYS, _FULL_DAYS, strict=True):
        if wanted in (short.lower(), full):
            return short
    raise PydanticCustomError(
        "weekday", f"{value!r} is not a day of the week; write Mon, Tue, ... Sun"
    )


def _clock(value: str, *, end: bool = False) -> str:
    """"8:00" -> "08:00"; 24:00 only as the end of a range."""
    hours, _, minutes = value.strip().partition(":")
    limit = 24 if end else 23
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2) or not (
        int(hours) <= limit and int(minutes) <= 59 and (int(hours) < 24 or minutes == "00")
    ):
        raise PydanticCustomError(
            "clock", f"{value!r} is not a time of day; write it as HH:MM, e.g. \"08:00\""
        )
    return f"{int(hours):02d}:{minutes}"


def _hours_range(value: str) -> str:
    start, dash, end = value.partition("-")
    if not dash:
        raise PydanticCustomError(
            "hours", f"{value!r} is not a range of hours; write it as \"08:00-18:00\""
        )
    start, end = _clock(start), _clock(end, end=True)
    if start >= end:
        raise PydanticCustomError(
            "hours", f"{value!r} ends before it starts; write it as \"08:00-18:00\""
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


class Practice(_Section):
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
            raise PydanticCustomError("no_days", "is empty; list at least one day, e.g. [\"Mon\"]")
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


class Location(_Section):
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


class SlackSettings(_Section):
    review_channel: str = ""  # channel id, e.g. C0123456789
    approvers: list[str] = []  # user ids (U...) or user-group ids (S...)
    risk_managers: list[str] = []  # user ids or user-group ids
    risk_channel: str = ""  # optional channel for escalations
    announce_per_second: Annotated[float, Field(gt=0, le=5)] = 1.0


class DraftingSettings(_Section):
    model: str = "gpt-4o-mini"
    max_attempts: Annotated[int, Field(ge=1, le=10)] = 3
    timeout_seconds: Annotated[float, Field(gt=0, le=300)] = 30.0


class TriageSettings(_Section):
    # Extra escalation terms per category, e.g. {legal = ["arbitration"]}.
    extra_terms: dict[str, list[str]] = {}


class PollSettings(_Section):
    interval_minutes: Annotated[float, Field(gt=0)] = 15.0
    backfill_days: Annotated[int, Field(ge=0)] = 14


class YelpSettings(_Section):
    # Yelp's plans allow a few hundred calls a day (Starter: 300), so Yelp is polled less
    # often than Google and its calls are counted per UTC day (Yelp's own day).
    interval_minutes: Annotated[float, Field(gt=0)] = 60.0
    daily_call_budget: Annotated[int, Field(ge=1)] = 300


class DatabaseSettings(_Section):
    path: str = "review-assistant.db"


class RemindersSettings(_Section):
    # A reply waiting this long gets a thread reply naming who must act, repeated at most
    # this often, inside the practice's business hours.
    enabled: bool = True
    after_hours: Annotated[float, Field(gt=0, le=24 * 30)] = 24.0


class DigestSettings(_Section):
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



@dataclass(frozen=True)
class Office:
    """One office as replies and Slack see it: a location's own settings, with [practice] and
    [slack] filling in what it leaves out. Reviews of no configured location (pasted into
    /review-reply) belong to the practice-wide office, `label` "".

    `practice` is what its replies use (display name, phone, email); `shared_phone` and
    `shared_email` are the practice-wide contact, which its replies may give as well."""

    label: str  # "locations[2] (Oak Park)", or "" for the practice-wide office
    location: Location | None
    practice: Practice
    shared_phone: str
    shared_email: str
    review_channel: str
    approvers: tuple[str, ...]
    risk_managers: tuple[str, ...]
    signoff_names: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.location.name if self.location else ""

    @property
    def location_ids(self) -> tuple[str, ...]:
        """Its Google location and Yelp business, as reviews store them."""
        if self.location is None:
            return ()
        ids = (self.location.google_location, self.location.yelp_business_id)
        return tuple(i for i in ids if i)

    def setting(self, key: str) -> str:
        """Where `key` (review_channel, approvers, risk_managers) comes from, for messages:
        "locations[2] (Oak Park).approvers" or "slack.approvers"."""
        own = self.location is not None and bool(getattr(self.location, key))
        return f"{self.label}.{key}" if own else f"slack.{key}"


def _office(practice: Practice, slack: SlackSettings, label: str, loc: Location | None) -> Office:
    own = loc or Location(name="-")
    return Office(
        label=label,
        location=loc,
        practice=practice.model_copy(
            update={
                "name": own.display_name or practice.name,
                "phone": own.phone or practice.phone,
                "email": own.email or practice.email,
            }
        ),
        shared_phone=practice.phone,
        shared_email=practice.email,
        review_channel=own.review_channel or slack.review_channel,
        approvers=tuple(own.approvers or slack.approvers),
        risk_managers=tuple(own.risk_managers or slack.risk_managers),
        signoff_names=tuple(dict.fromkeys([*practice.signoff_names, *own.signoff])),
    )


def location_label(index: int, name: Any) -> str:
    """How messages name the `index`th (0-based) [[locations]] block: counted from 1, as a
    person counts the blocks in the file, with its name."""
    shown = f" ({name})" if isinstance(name, str) and name.strip() else ""
    return f"locations[{index + 1}]{shown}"


class Settings(_Section):
    practice: Practice
    slack: SlackSettings = SlackSettings()
    locations: list[Location] = []
    drafting: DraftingSettings = DraftingSettings()
    triage: TriageSettings = TriageSettings()
    poll: PollSettings = PollSettings()
    yelp: YelpSettings = YelpSettings()
    database: DatabaseSettings = DatabaseSettings()
    reminders: RemindersSettings = RemindersSettings()
    digest: DigestSettings = DigestSettings()
    source_path: str = Field(default="", exclude=True)  # where it was read from, for messages

    @model_validator(mode="after")
    def _locations_distinct(self) -> Settings:
        # A review is matched to its office by its Google location or Yelp business: two
        # offices claiming the same one would make whose phone and approvers apply a guess.
        seen: dict[tuple[str, str], str] = {}
        names: dict[str, str] = {}
        problems = []
        for index, loc in enumerate(self.locations):
            label = location_label(index, loc.name)
            for key in ("google_location", "yelp_business_id"):
                value = getattr(loc, key)
                if value and (key, value) in seen:
                    problems.append(f"{label}.{key}: {value!r} is also {seen[key, value]}'s")
                elif value:
                    seen[key, value] = label
            folded = loc.name.strip().casefold()
            if folded in names:
                problems.append(f"{label}.name: {loc.name!r} is also {names[folded]}'s")
            names.setdefault(folded, label)
        if problems:
            # One bullet each in the message (see _describe).
            raise PydanticCustomError(
                "duplicate_location",
                "\n  - ".join(f"{problem}; each office needs its own" for problem in problems),
            )
        return self

    def _office_index(self) -> tuple[Office, list[Office], dict[str, Office]]:
        # Built once per settings object. Keyed by the sections it reads: a model_copy that
        # replaces one of them (tests do) carries this entry along, and must not reuse it.
        key = (id(self.practice), id(self.slack), id(self.locations))
        cached = self.__dict__.get("_offices")
        if cached is None or cached[0] != key:
            offices = [
                _office(self.practice, self.slack, location_label(index, loc.name), loc)
                for index, loc in enumerate(self.locations)
            ]
            by_id = {i: office for office in offices for i in office.location_ids}
            shared = _office(self.practice, self.slack, "", None)
            cached = (key, (shared, offices, by_id))
            self.__dict__["_offices"] = cached
        return cached[1]

    def office_for(self, location_id: str) -> Office:
        """The office a review of `location_id` (a Google location name or a Yelp business
        id) belongs to; the practice-wide office for any other (a pasted review)."""
        shared, _, by_id = self._office_index()
        return by_id.get(location_id, shared)

    def offices(self) -> list[Office]:
        """Every configured location's office, in file order."""
        return list(self._office_index()[1])

    @property
    def practice_office(self) -> Office:
        """The practice-wide office: [practice] and [slack] as they are."""
        return self._office_index()[0]

    @classmethod
    def demo(cls, database_path: str = "demo-output/review-assistant-demo.db") -> Settings:
        """The embedded default used by `review-assistant demo` when no file is given."""
        return cls(
            practice=Practice(
                name="Riverside Family Dental",
                phone="(555) 014-2290",
                email="frontdesk@riversidefamilydental.example",
            ),
            locations=[
                Location(
                    name="Main Street",
                    google_location="accounts/1029384756/locations/5647382910",
                    yelp_business_id="riverside-family-dental-springfield",
                )
            ],
            database=DatabaseSettings(path=database_path),
        )


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    """The key names allowed next to the unknown key at `loc` (for a "did you mean")."""
    model: Any = Settings
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field_info = getattr(model, "model_fields", {}).get(part)
        if field_info is None:
            return []
        annotation = field_info.annotation
        model = next(
            (a for a in (annotation, *getattr(annotation, "__args__", ())) if _is_section(a)),
            None,
        )
        if model is None:
            return []
    return [name for name in getattr(model, "model_fields", {}) if name != "source_path"]


def _is_section(candidate: Any) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, _Section)


def _key_name(loc: tuple[Any, ...], data: Any) -> str:
    """("locations", 1, "phone") -> "locations[2] (Oak Park).phone": a location by its place
    in the file and its name, so a group with forty offices knows which one to fix."""
    if len(loc) >= 2 and loc[0] == "locations" and isinstance(loc[1], int):
        blocks = data.get("locations") if isinstance(data, dict) else None
        block = blocks[loc[1]] if isinstance(blocks, list) and loc[1] < len(blocks) else {}
        name = block.get("name") if isinstance(block, dict) else None
        return ".".join([location_label(loc[1], name), *(str(part) for part in loc[2:])])
    return ".".join(str(part) for part in loc)


def _describe(error: ValidationError, source: str, data: Any = None) -> str:
    lines = [f"{source}: the settings are not usable:"]
    for item in error.errors():
        key = _key_name(tuple(item["loc"]), data)
        if not key:  # a check across sections (two offices with one Google location)
            lines.append(f"  - {item['msg']}")
            continue
        kind = item["type"]
        if kind == "extra_forbidden":
            known = _known_keys(tuple(item["loc"]))
            close = difflib.get_close_matches(str(item["loc"][-1]), known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            allowed = f"; allowed here: {', '.join(known)}" if known else ""
            lines.append(f"  - {key}: unknown key{hint}; remove it or check its spelling{allowed}")
        elif kind == "missing":
            lines.append(f"  - {key}: missing; add it (see `review-assistant init`)")
        elif kind == "string_type":
            lines.append(
                f'  - {key}: must be text in double quotes, e.g. {key.rsplit(".", 1)[-1]} = "..."'
            )
        elif kind == "list_type":
            lines.append(
                f'  - {key}: must be a list in square brackets, e.g. '
                f'{key.rsplit(".", 1)[-1]} = ["..."]'
            )
        elif kind == "string_too_short":
            lines.append(f"  - {key}: is empty; fill it in")
        else:
            lines.append(f"  - {key}: {item['msg']}")
    return "\n".join(lines)


def parse_settings(text: str, source: str = "<settings>") -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{source}: not valid TOML ({exc}); fix the syntax there") from exc
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise SettingsError(_describe(exc, source, data)) from exc
    return settings.model_copy(update={"source_path": source})


def config_path(explicit: str | None = None) -> Path:
    return Path(
        explicit or process_environment().get(CONFIG_ENV) or DEFAULT_CONFIG_NAME
    ).expanduser()


def load_settings(explicit: str | None = None) -> Settings:
    """Read the settings file named by `--config`, `$REVIEW_ASSISTANT_CONFIG` or the default.
    A relative `database.path` is taken from the settings file's folder, not the current one,
    so every command finds the same database wherever it is started."""
    path = config_path(explicit)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise SettingsError(
            f"{path}: settings file not found; create one with `review-assistant init` "
            f"or point --config / ${CONFIG_ENV} at it"
        ) from exc
    except IsADirectoryError as exc:
        raise SettingsError(
            f"{path}: is a folder, not a settings file; point --config / ${CONFIG_ENV} at "
            f"the file itself (e.g. {path / DEFAULT_CONFIG_NAME})"
        ) from exc
    except PermissionError as exc:
        raise SettingsError(
            f"{path}: permission denied; let the user running review-assistant read it "
            "(e.g. chmod 640 and the right group)"
        ) from exc
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{path}: not UTF-8 text; save it as UTF-8") from exc
    settings = parse_settings(text, str(path))
    database = Path(settings.database.path).expanduser()
    if not database.is_absolute():
        database = path.resolve().parent / database
        settings = settings.model_copy(
            update={"database": settings.database.model_copy(update={"path": str(database)})}
        )
    return settings
