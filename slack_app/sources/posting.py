"""Posting an approved reply through the review's own site.

Google's API, Yelp's partner Respond-to-Reviews API when configured, otherwise (Yelp without
partner access, pasted reviews) a by-hand outcome: a person pastes the reply and presses Mark
as posted. `workflow` calls `SourcePoster.post` only after it has moved the reply to
`posting`, so a reply is never sent twice.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from slack_app import store as db
from slack_app.models import Review
from slack_app.sources import ReplyError, ReplyOutcome, SourceError

if TYPE_CHECKING:
    from slack_app.config import Environment


class SourcePoster:
    """Posts through the review's source: Google's API, Yelp's partner API when configured,
    otherwise (Yelp without partner access, pasted reviews) `by_hand`.

    `sources` maps "google"/"yelp" to clients (tests pass clients pointed at fakes); missing
    ones are built from `env` on first use."""

    def __init__(
        self,
        env: Environment,
        sources: Mapping[str, Any] | None = None,
    ) -> None:
        self.env = env
        self.sources = dict(sources or {})
        # One post at a time per source: approvals are human-paced, Google allows about 300
        # requests a minute, and a burst of clicks must not trigger one OAuth token refresh
        # per thread (the client refreshes lazily and is not coordinated across threads).
        self._locks = {"google": threading.Lock(), "yelp": threading.Lock()}
        self._build_lock = threading.Lock()

    def _source(self, name: str) -> Any:
        with self._build_lock:
            return self._build(name)

    def _build(self, name: str) -> Any:
        if name not in self.sources:
            try:
                if name == "google":
                    from slack_app.sources.google import GoogleSource

                    self.sources[name] = GoogleSource(self.env)
                elif name == "yelp":
                    from slack_app.sources.yelp import YelpSource

                    self.sources[name] = YelpSource(self.env)
            except SourceError as exc:
                raise ReplyError(str(exc)) from None
        return self.sources.get(name)

    def post(self, store: db.Store, review: Review, text: str) -> ReplyOutcome:
        if review.source == "google":
            source = self._source("google")
            with self._locks["google"]:
                return source.put_reply(review, text)
        if review.source == "yelp":
            if not self.env.yelp_partner_token and "yelp" not in self.sources:
                return _by_hand(review)
            source = self._source("yelp")
            with self._locks["yelp"]:  # also keeps the daily count below exact
                start_of_day = datetime.now(UTC).strftime("%Y-%m-%dT00:00:00.000000Z")
                today = db.replies_posted_since(store, "yelp", review.location_id, start_of_day)
                return source.post_reply(review, text, replies_today=today)
        if review.source == "manual":
            return _by_hand(review)
        raise ReplyError(f"no way to post replies to {review.source!r} reviews")

    def close(self) -> None:
        for source in self.sources.values():
            close = getattr(source, "close", None)
            if close:
                close()


def _by_hand(review: Review) -> ReplyOutcome:
    where = "Yelp for Business" if review.source == "yelp" else "the review site"
    return ReplyOutcome(
        posted=False,
        by_hand=True,
        message=f"Post it by hand: copy the reply, open the review on {where}, paste it, "
        "then press Mark as posted.",
    )
