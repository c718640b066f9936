"""Yelp: review excerpts from the Fusion API, replies through the partner R2R API or by hand.

Fusion `GET /v3/businesses/{id}/reviews` returns at most three excerpts per business, so a
poll is one request per business and reviews are de-duplicated by id in the store. The API
key has a daily cap: when Yelp says it is spent (429 `ACCESS_LIMIT_REACHED`, or
`RateLimit-Remaining: 0`), the source raises / reports a pause until `RateLimit-ResetTime`
and the poller leaves Yelp alone until then while other sources keep running.

Replies: with `YELP_PARTNER_TOKEN` set, the Respond-to-Reviews partner API
(`POST /reviews/v1/{review_id}`, `response_type=public_comment`); otherwise `post_reply`
returns a by-hand outcome and the Slack layer shows a copy-ready reply. The POST takes no
idempotency key, so it is never sent twice: when Yelp may have acted on it without saying so
(a timeout, a dropped connection, a 5xx) the reply fails with code `outcome_unknown` and a
message that asks a person to look on Yelp before pressing Retry.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import requests

from slack_app.config import Environment
from slack_app.models import Review
from slack_app.sources import (
    Page,
    PageRejected,
    ReplyError,
    ReplyOutcome,
    SourceError,
    SourcePaused,
    format_time,
)
from slack_app.sources.http_retry import GaveUp, OutcomeUnknown, RetryPolicy, request_with_retry

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_PARTNER_API_URL",
    "OUTCOME_UNKNOWN",
    "REPLIES_PER_LOCATION_PER_DAY",
    "YelpSource",
    "find_emoji",
]

DEFAULT_API_URL = "https://api.yelp.com"
DEFAULT_PARTNER_API_URL = "https://partner-api.yelp.com"
REPLIES_PER_LOCATION_PER_DAY = 20
# ReplyError.code when Yelp may have posted the reply without confirming it.
OUTCOME_UNKNOWN = "outcome_unknown"
MAX_REPLY_CHARS = 5000
SOURCE = "yelp"
# Fusion documents time_created in Pacific time.
YELP_TIME_ZONE = ZoneInfo("America/Los_Angeles")

# The partner API's error ids, as people should read them.
R2R_ERRORS = {
    "INVALID_TOKEN": "the Yelp partner token is expired or revoked; reconnect the Yelp account",
    "INSUFFICIENT_SCOPE": "the Yelp partner token lacks the respond-to-reviews permission",
    "INVALID_REQUEST": "Yelp refused the request as malformed",
    "R2R_COMMENTS_NOT_ALLOWED": "this location does not have respond-to-reviews enabled; "
    "ask the Yelp account manager, or post by hand",
    "R2R_PROBLEM_WITH_USER_PHOTO": "the Yelp business user needs an approved profile photo "
    "on biz.yelp.com before replies can be posted",
    "R2R_UNACCEPTABLE_BIZ_USER_NAME": "Yelp does not accept the business user's name; "
    "fix it on biz.yelp.com",
    "R2R_REVIEW_DOES_NOT_EXIST": "the review no longer exists on Yelp",
    "R2R_INVALID_RESPONSE_TYPE": "Yelp refused the response type",
    "R2R_INVALID_RESPONSE_TEXT": "Yelp refused the text (empty, over 5,000 characters, "
    "language it filters, or too similar to an earlier reply); edit it",
    "R2R_PUBLIC_COMMENTS_DISABLED": "public comments are disabled for this business",
    "R2R_BUSINESS_NOT_CLAIMED": "the business is not claimed on Yelp",
    "R2R_PERMISSION_DENIED": "this Yelp user may not reply to that review",
    "R2R_COMMENT_QUOTA_EXCEEDED": "Yelp allows 20 replies per location a day; "
    "post this one tomorrow or by hand",
}


def find_emoji(text: str) -> str:
    """The first emoji in `text` ("" if none): Yelp's partner API refuses them."""
    for char in text:
        code = ord(char)
        if (
            0x1F000 <= code <= 0x1FAFF
            or 0x2600 <= code <= 0x27BF
            or code in (0xFE0F, 0x20E3, 0x2B50, 0x2B55, 0x2B1B, 0x2B1C, 0x3030, 0x303D)
        ):
            return char
    return ""


class YelpSource:
    """Fusion review excerpts for the configured Yelp business ids."""

    name = SOURCE

    def __init__(self, env: Environment, *, policy: RetryPolicy | None = None) -> None:
        if not env.yelp_api_key:
            raise SourceError(
                SOURCE,
                "*",
                "YELP_API_KEY is not set in the environment (see docs/operations.md, Yelp setup)",
            )
        self.policy = policy or RetryPolicy()
        self.api_url = (env.yelp_api_url or DEFAULT_API_URL).rstrip("/")
        self.partner_url = (env.yelp_partner_api_url or DEFAULT_PARTNER_API_URL).rstrip("/")
        self.partner_token = env.yelp_partner_token
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {env.yelp_api_key}"
        self.session.headers["Accept"] = "application/json"
        # Every answer from Yelp is a call against the daily limit (retries too): counted
        # for yelp.daily_call_budget (sources/yelp_budget.py).
        self.calls = 0
        self.session.hooks["response"].append(self._count_call)

    def _count_call(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        if response.url.startswith(f"{self.api_url}/v3/"):  # Fusion (Places), not the partner API
            self.calls += 1

    @staticmethod
    def location_id(location) -> str:
        return location.yelp_business_id

    @property
    def can_post(self) -> bool:
        return bool(self.partner_token)

    def close(self) -> None:
        self.session.close()

    # -- reading ---------------------------------------------------------------------------

    def fetch_pages(
        self, location_id: str, *, location_name: str = "", watermark: str = ""
    ) -> Iterator[Page]:
        """One page: the (up to three) excerpts Fusion gives. `watermark` is unused; the
        store de-duplicates by review id."""
        url = f"{self.api_url}/v3/businesses/{location_id}/reviews"
        try:
            response = request_with_retry(
                self.session, "GET", url, policy=self.policy, retryable=_per_second_limit
            )
        except GaveUp as exc:
            raise SourceError(SOURCE, location_id, str(exc), page=1, status=exc.status) from None
        # A 429 that reaches here is the daily cap: per-second 429s were retried above.
        if response.status_code == 429:
            until = _reset_time(response)
            raise SourcePaused(
                SOURCE,
                location_id,
                f"daily API limit reached ({_error_code(response) or 'HTTP 429'}); "
                f"Yelp paused until {format_time(until)}",
                until=until,
            )
        if response.status_code >= 400:
            raise SourceError(
                SOURCE, location_id, _explain(response), page=1, status=response.status_code
            )
        try:
            body = response.json()
        except ValueError:
            raise PageRejected(SOURCE, location_id, "response is not JSON", page=1) from None
        reviews = _parse_reviews(body, location_id, location_name)
        pause_until, reason = None, ""
        if _remaining(response) == 0:
            pause_until = _reset_time(response)
            reason = (
                f"daily API limit used up (RateLimit-Remaining: 0); Yelp paused until "
                f"{format_time(pause_until)}"
            )
        yield Page(SOURCE, location_id, 1, reviews, pause_until=pause_until, pause_reason=reason)

    # -- replying --------------------------------------------------------------------------

    def post_reply(self, review: Review, text: str, *, replies_today: int = 0) -> ReplyOutcome:
        """Post a public reply through the partner API, or say it must be posted by hand.
        `replies_today` is how many replies this location already got today (Yelp allows 20).
        Raises `ReplyError` when Yelp (or its documented limits) refuse it."""
        if review.source != SOURCE:
            raise ReplyError(f"{review.key} is a {review.source} review, not a Yelp one")
        if not self.partner_token:
            return ReplyOutcome(
                posted=False,
                by_hand=True,
                message="Yelp replies are posted by hand: copy the reply, open the review "
                f"on Yelp for Business{(' (' + review.url + ')') if review.url else ''}, "
                "paste it, then press Mark as posted",
            )
        if not text.strip():
            raise ReplyError("the reply is empty")
        if emoji := find_emoji(text):
            raise ReplyError(
                f"Yelp does not accept emojis in replies; remove {emoji!r}", code="emoji"
            )
        if len(text) > MAX_REPLY_CHARS:
            raise ReplyError(
                f"the reply is {len(text)} characters; Yelp accepts at most {MAX_REPLY_CHARS}",
                code="too_long",
            )
        if replies_today >= REPLIES_PER_LOCATION_PER_DAY:
            raise ReplyError(
                R2R_ERRORS["R2R_COMMENT_QUOTA_EXCEEDED"],
                code="R2R_COMMENT_QUOTA_EXCEEDED",
                retryable=True,
            )
        url = f"{self.partner_url}/reviews/v1/{review.source_review_id}"
        try:
            response = request_with_retry(
                self.session,
                "POST",
                url,
                policy=self.policy,
                json={"response_text": text, "response_type": "public_comment"},
                headers={"Authorization": f"Bearer {self.partner_token}"},
            )
        except GaveUp as exc:
            raise ReplyError(
                f"Yelp did not take the reply, nothing was posted: {exc}", retryable=True
            ) from None
        except OutcomeUnknown as exc:
            where = f" ({review.url})" if review.url else ""
            raise ReplyError(
                f"Yelp may have posted this reply without confirming it: {exc}. Open the "
                f"review on Yelp{where} before doing anything: if the reply is there, do not "
                "press Retry (Dismiss closes this card); if it is not, press Retry.",
                code=OUTCOME_UNKNOWN,
            ) from None
        if response.status_code >= 400:
            code = _error_code(response)
            explained = R2R_ERRORS.get(code) or _explain(response)
            raise ReplyError(
                f"Yelp refused the reply for {review.location_name or review.location_id}: "
                f"{explained}" + (f" ({code})" if code else ""),
                code=code,
                retryable=code == "R2R_COMMENT_QUOTA_EXCEEDED",
            )
        return ReplyOutcome(
            posted=True,
            message=f"Reply posted on Yelp for {review.location_name or review.location_id}",
            posted_at=format_time(datetime.now(UTC)),
        )


# -- helpers -----------------------------------------------------------------------------------


def _parse_reviews(body: Any, location_id: str, location_name: str) -> list[Review]:
    def reject(problem: str) -> PageRejected:
        return PageRejected(
            SOURCE, location_id, f"page rejected, nothing stored: {problem}", page=1
        )

    if not isinstance(body, dict) or not isinstance(body.get("reviews", []), list):
        raise reject("expected an object with a 'reviews' list")
    reviews, problems = [], []
    for index, item in enumerate(body.get("reviews", [])):
        try:
            reviews.append(_parse_review(item, location_id, location_name))
        except ValueError as exc:
            problems.append(f"review {index + 1}: {exc}")
    if problems:
        raise reject("; ".join(problems))
    return reviews


def _parse_review(item: Any, location_id: str, location_name: str) -> Review:
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    review_id = item.get("id")
    if not isinstance(review_id, str) or not review_id.strip():
        raise ValueError("id missing")
    rating = item.get("rating")
    if isinstance(rating, bool) or not isinstance(rating, int | float) or not 1 <= rating <= 5:
        raise ValueError(f"rating {rating!r} is not 1..5")
    text = item.get("text", "")
    if not isinstance(text, str):
        raise ValueError("text is not a string")
    created_raw = item.get("time_created")
    try:
        local = datetime.strptime(str(created_raw), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise ValueError(f"time_created {created_raw!r} is not YYYY-MM-DD HH:MM:SS") from None
    created = format_time(local.replace(tzinfo=YELP_TIME_ZONE))
    user = item.get("user") or {}
    if not isinstance(user, dict):
        raise ValueError("user is not an object")
    return Review(
        source=SOURCE,
        location_id=location_id,
        source_review_id=review_id,
        stars=int(rating),
        reviewer_name=str(user.get("name") or "").strip(),
        text=text,
        is_excerpt=True,
        url=str(item.get("url") or ""),
        created_at=created,
        updated_at=created,  # Fusion reports no edit time
        owner_reply="",  # Fusion does not show owner replies
        location_name=location_name,
        raw=item,
    )


def _error_code(response: requests.Response) -> str:
    try:
        error = response.json().get("error", {})
    except (ValueError, AttributeError):
        return ""
    if not isinstance(error, dict):
        return ""
    return str(error.get("code") or error.get("id") or "")


def _per_second_limit(response: requests.Response) -> bool:
    """Retry 5xx and the per-second 429; never the daily cap (that waits until reset)."""
    if response.status_code != 429:
        return True
    return _error_code(response) != "ACCESS_LIMIT_REACHED" and _remaining(response) != 0


def _remaining(response: requests.Response) -> int | None:
    value = response.headers.get("RateLimit-Remaining", "").strip()
    return int(value) if value.isdigit() else None


def _reset_time(response: requests.Response) -> datetime:
    """RateLimit-ResetTime, or the next midnight UTC (when Yelp's daily limit resets)."""
    value = response.headers.get("RateLimit-ResetTime", "")
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            return moment.astimezone(UTC)
    except ValueError:
        pass
    now = datetime.now(UTC)
    return (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)


def _explain(response: requests.Response) -> str:
    status = response.status_code
    try:
        error = response.json().get("error", {})
        detail = f" {error.get('code') or error.get('id')}: {error.get('description', '')}"
    except (ValueError, AttributeError):
        detail = ""
    hint = {
        400: "check yelp_business_id in the settings file",
        401: "YELP_API_KEY was refused; create a new key on the Yelp developer site",
        403: "this API key may not read this business",
        404: "no such business; check yelp_business_id in the settings file",
    }.get(status, "")
    return f"HTTP {status}{detail.rstrip(': ')}" + (f"; {hint}" if hint else "")
