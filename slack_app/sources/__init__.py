"""Review sources (Google Business Profile, Yelp Fusion): the shared vocabulary.

A source turns one configured location into `Page`s of `Review`s, or raises a `SourceError`
whose message names the source, the location and (when it applies) the page. Replies go back
through `put_reply` (Google) / `post_reply` (Yelp) and come out as a `ReplyOutcome`, or a
`ReplyError` that says whether trying again later can help. Both messages repeat what a
site answered, so they are redacted when made (`slack_app.redaction`): a key a site echoes
back reaches no log, card, thread line or table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from slack_app.models import Review
from slack_app.redaction import redact

__all__ = [
    "Page",
    "PageRejected",
    "ReplyError",
    "ReplyOutcome",
    "ReplyQueued",
    "SourceError",
    "SourcePaused",
    "format_time",
    "parse_time",
]


class SourceError(Exception):
    """Fetching from a source failed for one location. `str()` is the message for people."""

    def __init__(
        self,
        source: str,
        location_id: str,
        problem: str,
        *,
        page: int | None = None,
        status: int | None = None,
    ) -> None:
        self.source = source
        self.location_id = location_id
        self.problem = problem = redact(problem)
        self.page = page
        self.status = status
        where = f"{source} location {location_id}"
        if page is not None:
            where += f" page {page}"
        super().__init__(f"{where}: {problem}")


class PageRejected(SourceError):
    """A page whose payload is not what the API documents; nothing from it was stored."""


class SourcePaused(SourceError):
    """The source told us to stop until `until` (Yelp's daily cap); not a failure."""

    def __init__(self, source: str, location_id: str, problem: str, *, until: datetime) -> None:
        self.until = until
        super().__init__(source, location_id, problem)


@dataclass(frozen=True)
class Page:
    """One page of reviews, already validated as a whole."""

    source: str
    location_id: str
    number: int  # 1-based
    reviews: list[Review]
    # Set when the source said this was the last call for a while (Yelp RateLimit-Remaining: 0).
    pause_until: datetime | None = None
    pause_reason: str = ""


@dataclass(frozen=True)
class ReplyOutcome:
    """What happened to a reply. `by_hand` means a person must paste it on the site."""

    posted: bool
    by_hand: bool = False
    message: str = ""
    posted_at: str = ""
    detail: dict = field(default_factory=dict)


class ReplyError(Exception):
    """A reply was not posted. `retryable` says whether trying again later can help."""

    def __init__(self, message: str, *, retryable: bool = False, code: str = "") -> None:
        self.retryable = retryable
        self.code = code
        super().__init__(redact(message))


class ReplyQueued(ReplyError):
    """Not sent yet: the profile's edits are used up for now (Google allows 10 a minute per
    profile, and cannot raise it), or earlier replies for it are waiting. `retry_at` is the
    earliest moment one may go out (aware UTC)."""

    def __init__(self, message: str, *, retry_at: datetime, at: datetime) -> None:
        self.retry_at = retry_at
        self.at = at  # when it was refused, on the poster's clock
        super().__init__(message, retryable=True, code="queued")


_STORE_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_time(moment: datetime) -> str:
    """UTC, fixed width, microseconds: the form the store keeps, so strings sort as times."""
    return moment.astimezone(UTC).strftime(_STORE_FORMAT)


def parse_time(text: str) -> datetime:
    """RFC 3339 as Google sends it ("2026-11-20T14:03:11.123456789Z"; 0-9 fraction digits).
    Raises ValueError for anything else."""
    if not isinstance(text, str) or "T" not in text:
        raise ValueError(f"{text!r} is not an RFC 3339 timestamp")
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    head, dot, rest = value.partition(".")
    if dot:
        digits = len(rest) - len(rest.lstrip("0123456789"))
        fraction, zone = rest[:digits], rest[digits:]
        if not fraction:
            raise ValueError(f"{text!r} is not an RFC 3339 timestamp")
        value = f"{head}.{fraction[:6].ljust(6, '0')}{zone}"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{text!r} is not an RFC 3339 timestamp") from None
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment.astimezone(UTC)
