"""Google Business Profile API v4: list a location's reviews (paged, incremental) and put a reply.

Auth is OAuth 2.0 with a refresh token (google-auth refreshes the access token itself); the
token endpoint (`GOOGLE_TOKEN_URI`) and the API base (`GOOGLE_BUSINESS_API_URL`) can point at
local servers. Reviews are listed newest update first, 50 a page, and listing stops at the
first page that reaches back past the stored watermark, so a poll with nothing new costs one
request per location.

Every request (retries included) first takes a token from the process's `RequestLimiter`
(`sources.quota`), shared by every GoogleSource for the same API and OAuth client. The
Review resource's moderation fields (`reviewReply.reviewReplyState` and `policyViolation`,
the review's `reviewReplyUrl`) are validated here and read by `sources.google_replies`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import requests
from google.auth.exceptions import GoogleAuthError, TransportError
from google.auth.transport.requests import AuthorizedSession, Request
from google.oauth2.credentials import Credentials

from slack_app.config import Environment
from slack_app.models import Review
from slack_app.sources import (
    Page,
    PageRejected,
    ReplyError,
    ReplyOutcome,
    SourceError,
    format_time,
    parse_time,
)
from slack_app.sources.http_retry import GaveUp, RetryPolicy, request_with_retry
from slack_app.sources.probe import Probe, probe_get
from slack_app.sources.quota import RequestLimiter, shared_limiter

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_TOKEN_URI",
    "MAX_REPLY_BYTES",
    "SCOPE",
    "GoogleSource",
    "missing_credentials",
]

DEFAULT_API_URL = "https://mybusiness.googleapis.com/v4"
DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token"
SCOPE = "https://www.googleapis.com/auth/business.manage"
MAX_PAGE_SIZE = 50
MAX_REPLY_BYTES = 4096
STAR_RATINGS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
SOURCE = "google"


def missing_credentials(env: Environment) -> list[str]:
    """The OAuth variables a Google client needs that the environment does not set."""
    return [
        variable
        for variable, value in (
            ("GOOGLE_CLIENT_ID", env.google_client_id),
            ("GOOGLE_CLIENT_SECRET", env.google_client_secret),
            ("GOOGLE_REFRESH_TOKEN", env.google_refresh_token),
        )
        if not value
    ]


class _LimitedSession(AuthorizedSession):
    """An AuthorizedSession whose every request (each retry, and the re-send after a token
    refresh, included) first waits for the process's quota (`RequestLimiter`). Token refreshes
    go to the OAuth endpoint, not the quota's API, and do not count."""

    def __init__(self, credentials: Credentials, limiter: RequestLimiter, **kwargs: Any) -> None:
        super().__init__(credentials, **kwargs)
        self.limiter = limiter

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        self.limiter.acquire()
        return super().request(method, url, *args, **kwargs)


class GoogleSource:
    """Business Profile reviews for the locations named `accounts/A/locations/L`."""

    name = SOURCE

    def __init__(
        self,
        env: Environment,
        *,
        policy: RetryPolicy | None = None,
        page_size: int = MAX_PAGE_SIZE,
        limiter: RequestLimiter | None = None,
    ) -> None:
        missing = missing_credentials(env)
        if missing:
            raise SourceError(
                SOURCE,
                "*",
                f"OAuth credentials missing: set {', '.join(missing)} in the environment "
                "(see docs/operations.md, Google setup)",
            )
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1..{MAX_PAGE_SIZE}, not {page_size}")
        self.policy = policy or RetryPolicy()
        self.page_size = page_size
        self.api_url = (env.google_business_api_url or DEFAULT_API_URL).rstrip("/")
        self.token_uri = env.google_token_uri or DEFAULT_TOKEN_URI
        credentials = Credentials(
            token=None,
            refresh_token=env.google_refresh_token,
            client_id=env.google_client_id,
            client_secret=env.google_client_secret,
            token_uri=self.token_uri,
            scopes=[SCOPE],
        )
        # One limiter per process for this API and client, unless a caller brings its own.
        self.limiter = limiter or shared_limiter(self.api_url, env.google_client_id)
        self.session = _LimitedSession(
            credentials, self.limiter, refresh_timeout=self.policy.timeout
        )

    @staticmethod
    def location_id(location) -> str:
        return location.google_location

    def close(self) -> None:
        self.session.close()

    # -- listing ---------------------------------------------------------------------------

    def fetch_pages(
        self, location_id: str, *, location_name: str = "", watermark: str = ""
    ) -> Iterator[Page]:
        """Pages of reviews, newest update first. Stops after the page that reaches a review
        updated before `watermark` (store time format); "" lists everything."""
        since = parse_time(watermark) if watermark else None
        token = ""
        seen_tokens: set[str] = set()
        number = 0
        while True:
            number += 1
            reviews, token = self.list_page(
                location_id, token, location_name=location_name, page=number
            )
            yield Page(SOURCE, location_id, number, reviews)
            if since is not None and any(
                parse_time(review.updated_at) < since for review in reviews
            ):
                return
            if not token:
                return
            if token in seen_tokens:
                raise PageRejected(
                    SOURCE,
                    location_id,
                    f"nextPageToken {token!r} repeated; stopping",
                    page=number,
                )
            seen_tokens.add(token)

    def list_page(
        self, location_id: str, token: str = "", *, location_name: str = "", page: int = 1
    ) -> tuple[list[Review], str]:
        """One page of reviews (newest update first) and the next page's token ("" at the
        end). A stored token lets a long pass resume where it stopped."""
        params = {"pageSize": str(self.page_size), "orderBy": "updateTime desc"}
        if token:
            params["pageToken"] = token
        body = self._get_json(f"{self.api_url}/{location_id}/reviews", params, location_id, page)
        return _parse_list_page(body, location_id, location_name, page)

    def get_review(
        self, location_id: str, review_id: str, *, location_name: str = ""
    ) -> Review | None:
        """One review as Google has it now (its reply's moderation state included), or None
        when Google says it does not exist (the reviewer or Google removed it)."""
        url = f"{self.api_url}/{location_id}/reviews/{review_id}"
        try:
            response = self._send("GET", url, location_id)
        except SourceError as exc:
            if exc.status == 404:
                return None
            raise
        try:
            body = response.json()
        except ValueError:
            raise PageRejected(
                SOURCE, location_id, f"review {review_id}: response is not JSON"
            ) from None
        try:
            return _parse_review(body, location_id, location_name)
        except ValueError as exc:
            raise PageRejected(SOURCE, location_id, f"review {review_id}: {exc}") from None

    def _get_json(self, url: str, params: dict, location_id: str, page: int) -> Any:
        response = self._send("GET", url, location_id, page=page, params=params)
        try:
            return response.json()
        except ValueError:
            raise PageRejected(
                SOURCE,
                location_id,
                f"response is not JSON ({_snippet(response.text)})",
                page=page,
            ) from None

    def _send(
        self, method: str, url: str, location_id: str, *, page: int | None = None, **kwargs
    ) -> requests.Response:
        try:
            response = request_with_retry(self.session, method, url, policy=self.policy, **kwargs)
        except GaveUp as exc:
            raise SourceError(SOURCE, location_id, str(exc), page=page, status=exc.status) from None
        except GoogleAuthError as exc:
            raise SourceError(
                SOURCE,
                location_id,
                f"OAuth token refresh failed ({_auth_problem(exc)}); check GOOGLE_CLIENT_ID, "
                "GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN",
                page=page,
            ) from None
        if response.status_code >= 400:
            raise SourceError(
                SOURCE,
                location_id,
                _explain(response),
                page=page,
                status=response.status_code,
            )
        return response

    # -- checking (doctor) ------------------------------------------------------------------

    def probe_credentials(self) -> Probe:
        """Refresh the access token now: does Google accept the OAuth client and refresh
        token? `message` is Google's answer (invalid_grant, invalid_client, ...)."""
        with requests.Session() as plain:
            request = functools.partial(Request(plain), timeout=self.policy.timeout)
            try:
                self.session.credentials.refresh(request)
            except TransportError as exc:
                return Probe(reached=False, message=str(exc))
            except GoogleAuthError as exc:
                return Probe(reached=True, message=str(exc))
        return Probe(reached=True, ok=True)

    def probe(self, location_id: str) -> Probe:
        """Ask for one review of the location: may these credentials read it? `count` is
        Google's totalReviewCount. Call `probe_credentials` first."""
        try:
            return probe_get(
                self.session,
                f"{self.api_url}/{location_id}/reviews",
                params={"pageSize": 1},
                timeout=self.policy.timeout,
                count_field="totalReviewCount",
            )
        except GoogleAuthError as exc:  # the token could not be refreshed on the way
            return Probe(reached=False, message=str(exc))

    # -- replying --------------------------------------------------------------------------

    def put_reply(self, review: Review, text: str) -> ReplyOutcome:
        """Create or replace the owner reply on Google. Raises `ReplyError`."""
        if review.source != SOURCE:
            raise ReplyError(f"{review.key} is a {review.source} review, not a Google one")
        size = len(text.encode("utf-8"))
        if not text.strip():
            raise ReplyError("the reply is empty")
        if size > MAX_REPLY_BYTES:
            raise ReplyError(
                f"the reply is {size} bytes; Google accepts at most {MAX_REPLY_BYTES} "
                "(UTF-8); shorten it"
            )
        url = f"{self.api_url}/{review.location_id}/reviews/{review.source_review_id}/reply"
        try:
            response = self._send("PUT", url, review.location_id, json={"comment": text})
        except SourceError as exc:
            transient = exc.status is None or exc.status == 429 or exc.status >= 500
            raise ReplyError(f"Google did not take the reply: {exc}", retryable=transient) from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        return ReplyOutcome(
            posted=True,
            message=f"Reply posted on Google for {review.location_name or review.location_id}",
            posted_at=_maybe_time(body.get("updateTime")),
            detail={
                "comment": body.get("comment", ""),
                "reply_state": str(body.get("reviewReplyState") or ""),
                "policy_violation": str(body.get("policyViolation") or ""),
            },
        )

    def delete_reply(self, review: Review) -> bool:
        """Delete the owner reply on Google (DELETE .../reply). Returns False when there was
        none to delete (Google answered NOT_FOUND). Raises `ReplyError`."""
        if review.source != SOURCE:
            raise ReplyError(f"{review.key} is a {review.source} review, not a Google one")
        url = f"{self.api_url}/{review.location_id}/reviews/{review.source_review_id}/reply"
        try:
            self._send("DELETE", url, review.location_id)
        except SourceError as exc:
            if exc.status == 404:
                return False
            transient = exc.status is None or exc.status == 429 or exc.status >= 500
            raise ReplyError(
                f"Google did not delete the reply: {exc}", retryable=transient
            ) from None
        return True


# -- payload parsing ---------------------------------------------------------------------------


def _parse_list_page(
    body: Any, location_id: str, location_name: str, page: int
) -> tuple[list[Review], str]:
    def reject(problem: str) -> PageRejected:
        return PageRejected(SOURCE, location_id, problem, page=page)

    if not isinstance(body, dict):
        raise reject(f"expected a JSON object, got {type(body).__name__}")
    items = body.get("reviews", [])
    if not isinstance(items, list):
        raise reject("'reviews' is not a list")
    token = body.get("nextPageToken", "") or ""
    if not isinstance(token, str):
        raise reject("'nextPageToken' is not a string")
    reviews, problems = [], []
    for index, item in enumerate(items):
        try:
            reviews.append(_parse_review(item, location_id, location_name))
        except ValueError as exc:
            ident = item.get("reviewId") if isinstance(item, dict) else None
            problems.append(f"review {index + 1}" + (f" ({ident})" if ident else "") + f": {exc}")
    if problems:
        shown = "; ".join(problems[:3]) + (
            f"; and {len(problems) - 3} more" if len(problems) > 3 else ""
        )
        raise reject(f"page rejected, nothing stored: {shown}")
    return reviews, token


def _parse_review(item: Any, location_id: str, location_name: str) -> Review:
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    review_id = item.get("reviewId")
    if not isinstance(review_id, str) or not review_id.strip():
        raise ValueError("reviewId missing")
    rating = item.get("starRating")
    if rating == "STAR_RATING_UNSPECIFIED" or rating is None:
        stars = None
    elif rating in STAR_RATINGS:
        stars = STAR_RATINGS[rating]
    else:
        raise ValueError(f"starRating {rating!r} is not one of ONE..FIVE")
    comment = item.get("comment", "")
    if not isinstance(comment, str):
        raise ValueError("comment is not a string")
    reviewer = item.get("reviewer") or {}
    if not isinstance(reviewer, dict):
        raise ValueError("reviewer is not an object")
    name = "" if reviewer.get("isAnonymous") else str(reviewer.get("displayName") or "")
    for field_name in ("createTime", "updateTime"):
        if field_name not in item:
            raise ValueError(f"{field_name} missing")
    created = format_time(parse_time(item["createTime"]))
    updated = format_time(parse_time(item["updateTime"]))
    reply = item.get("reviewReply") or {}
    if not isinstance(reply, dict) or not isinstance(reply.get("comment", ""), str):
        raise ValueError("reviewReply is not an object with a comment")
    for field_name, value in (
        ("reviewReply.reviewReplyState", reply.get("reviewReplyState", "")),
        ("reviewReply.policyViolation", reply.get("policyViolation", "")),
        ("reviewReplyUrl", item.get("reviewReplyUrl", "")),
    ):
        if not isinstance(value, str):
            raise ValueError(f"{field_name} is not a string")
    return Review(
        source=SOURCE,
        location_id=location_id,
        source_review_id=review_id,
        stars=stars,
        reviewer_name=name.strip(),
        text=comment,
        is_excerpt=False,
        url="",  # the v4 API gives no public link to a single review
        created_at=created,
        updated_at=updated,
        owner_reply=reply.get("comment", ""),
        location_name=location_name,
        raw=item,
    )


def _maybe_time(value: Any) -> str:
    try:
        return format_time(parse_time(value)) if value else ""
    except ValueError:
        return ""


def _snippet(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return repr(text[:limit] + ("..." if len(text) > limit else ""))


def _explain(response: requests.Response) -> str:
    """Google's error body {"error": {"code", "message", "status"}} as one clear line."""
    status = response.status_code
    message = ""
    try:
        error = response.json().get("error", {})
        if isinstance(error, dict):
            message = " ".join(
                str(part) for part in (error.get("status"), error.get("message")) if part
            )
    except (ValueError, AttributeError):
        message = _snippet(response.text)
    hint = {
        401: "the OAuth token was refused; reconnect the Google account",
        403: "these credentials cannot see this location; check that the Google account "
        "manages it and that the Business Profile API is enabled",
        404: "no such location or review; check google_location in the settings file",
    }.get(status, "")
    return f"HTTP {status}" + (f" {message}" if message else "") + (f"; {hint}" if hint else "")


def _auth_problem(exc: GoogleAuthError) -> str:
    # google-auth puts the token endpoint's JSON reply in args[1]; keep only its error code.
    if len(exc.args) > 1 and isinstance(exc.args[1], dict):
        return str(exc.args[1].get("error") or "refused")
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    try:
        return str(json.loads(text).get("error"))
    except (ValueError, AttributeError):
        return text.split(":", 1)[0][:80]
