"""One cheap read through a source's own client, for `doctor`: can these credentials read this
location, and if not, what did the site say?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import requests

if TYPE_CHECKING:
    from slack_app.sources.yelp import YelpSource


@dataclass(frozen=True)
class Probe:
    """A site's answer. `reached` False: no answer at all (`message` says why)."""

    reached: bool
    ok: bool = False
    status: int | None = None  # HTTP status of the answer
    count: int | None = None  # how many reviews the site reports for the location
    code: str = ""  # the site's error code (TOKEN_INVALID, PERMISSION_DENIED, ...)
    message: str = ""  # the site's own words, or why it could not be reached
    reason: str = ""  # the HTTP reason phrase


def probe_get(
    session: requests.Session,
    url: str,
    *,
    timeout: float,
    count_field: str,
    params: dict[str, Any] | None = None,
) -> Probe:
    """GET `url` once (no retries: doctor wants the first answer) and read the count or the
    error the site put in its JSON body (`{"error": {"code", "message" | "description"}}`)."""
    try:
        response = session.get(url, params=params, timeout=timeout)
    except requests.RequestException as exc:
        return Probe(reached=False, message=str(exc))
    try:
        body = response.json()
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    if response.status_code == 200:
        count = body.get(count_field)
        return Probe(
            reached=True, ok=True, status=200, count=count if isinstance(count, int) else None
        )
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    return Probe(
        reached=True,
        status=response.status_code,
        code=str(error.get("code") or ""),
        message=str(error.get("message") or error.get("description") or ""),
        reason=response.reason or "",
    )


def probe_yelp_business(source: YelpSource, business_id: str) -> Probe:
    """Fusion's reviews of one business through the source's session (its API key); `count`
    is Fusion's `total`."""
    return probe_get(
        source.session,
        f"{source.api_url}/v3/businesses/{business_id}/reviews",
        timeout=source.policy.timeout,
        count_field="total",
    )
