"""Posting an approved reply through the review's own site.

Google's API, Yelp's partner Respond-to-Reviews API when configured, otherwise (Yelp without
partner access, pasted reviews) a by-hand outcome: a person pastes the reply and presses Mark
as posted. `workflow` calls `SourcePoster.post` only after it has moved the reply to
`posting`, so a reply is never sent twice.

Google allows 10 edits a minute per profile (replies and deletions; it cannot be raised).
Before a reply PUT or DELETE goes out, `store.claim_google_edit` records it, counting the
profile's edits in the last minute across processes; when they are used up, or earlier
replies for the profile are still queued, `post` raises `ReplyQueued` with the moment the
reply can go out, and the workflow queues it (reply state `queued`).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from slack_app import store as db
from slack_app.models import Review
from slack_app.sources import ReplyError, ReplyOutcome, ReplyQueued, SourceError, parse_time
from slack_app.sources.quota import Clock, SystemClock

if TYPE_CHECKING:
    from slack_app.config import Environment

EDITS_PER_MINUTE = 10  # Google's limit per profile; it cannot be raised
EDIT_WINDOW = timedelta(seconds=60)
# Counted over a second more than the minute, so no closed 60 s window ever holds 11.
EDIT_MARGIN = timedelta(seconds=1)
DELETE_MAX_WAIT = 75.0  # seconds a deletion waits for the profile's next edit


def edit_slots(
    recent: list[datetime],
    now: datetime,
    count: int,
    *,
    limit: int = EDITS_PER_MINUTE,
) -> list[datetime]:
    """When the next `count` edits of a profile can go out, given the times of its recent
    edits (oldest first): never more than `limit` within any minute."""
    times = sorted(recent)
    slots: list[datetime] = []
    for _ in range(count):
        moment = now
        if len(times) >= limit:
            moment = max(now, times[-limit] + EDIT_WINDOW + EDIT_MARGIN)
        if slots:
            moment = max(moment, slots[-1])
        times.append(moment)
        slots.append(moment)
    return slots


class SourcePoster:
    """Posts through the review's source: Google's API, Yelp's partner API when configured,
    otherwise (Yelp without partner access, pasted reviews) `by_hand`.

    `sources` maps "google"/"yelp" to clients (tests pass clients pointed at fakes); missing
    ones are built from `env` on first use."""

    def __init__(
        self,
        env: Environment,
        sources: Mapping[str, Any] | None = None,
        *,
        clock: Clock | None = None,
        edits_per_minute: int = EDITS_PER_MINUTE,
    ) -> None:
        self.env = env
        self.sources = dict(sources or {})
        self.clock = clock or SystemClock()
        self.edits_per_minute = edits_per_minute
        # One post at a time per source: approvals are human-paced, Google allows about 300
        # requests a minute, and a burst of clicks must not trigger one OAuth token refresh
        # per thread (the client refreshes lazily and is not coordinated across threads).
        self._locks = {"google": threading.Lock(), "yelp": threading.Lock()}
        self._build_lock = threading.Lock()

    def source(self, name: str) -> Any:
        """The site's client ("google", "yelp"), built from the environment on first use.
        Raises ReplyError when its credentials are missing."""
        return self._source(name)

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
                # First in, first out: a fresh approval waits behind replies already queued.
                self._claim_edit(store, review, "put", in_turn=True)
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

    def delete_reply(self, store: db.Store, review: Review) -> bool:
        """Delete the owner reply on Google (an edit like any reply: it waits, at most
        DELETE_MAX_WAIT seconds, for the profile's next one). False when there was none."""
        if review.source != "google":
            raise ReplyError(
                f"replies on {review.source} cannot be deleted from here; delete it on the site"
            )
        source = self._source("google")
        deadline = self.clock.monotonic() + DELETE_MAX_WAIT
        while True:
            with self._locks["google"]:
                try:
                    self._claim_edit(store, review, "delete", in_turn=False)
                except ReplyQueued as queued:
                    wait = max(0.0, (queued.retry_at - self.clock.now()).total_seconds())
                else:
                    return source.delete_reply(review)
            if self.clock.monotonic() + wait > deadline:
                raise ReplyError(
                    f"Google allows {self.edits_per_minute} changes a minute to this profile "
                    "and they are in use; try again in a minute",
                    retryable=True,
                )
            self.clock.sleep(wait)

    def edit_available(self, store: db.Store, location_id: str) -> bool:
        """Whether the profile has an edit left in the current minute (a hint: `post` decides)."""
        since = db.stamp(self.clock.now() - EDIT_WINDOW - EDIT_MARGIN)
        return len(db.google_edit_times(store, location_id, since)) < self.edits_per_minute

    def _claim_edit(self, store: db.Store, review: Review, kind: str, *, in_turn: bool) -> None:
        """Record one edit for the review's profile, or raise ReplyQueued saying when."""
        now = self.clock.now()
        at = db.stamp(now)
        claim = db.claim_google_edit(
            store,
            review.location_id,
            review.key,
            kind,
            at=at,
            since=db.stamp(now - EDIT_WINDOW - EDIT_MARGIN),
            limit=self.edits_per_minute,
            in_turn=in_turn,
        )
        if claim.granted:
            return
        recent = [parse_time(moment) for moment in claim.recent]
        retry_at = edit_slots(recent, now, claim.waiting + 1, limit=self.edits_per_minute)[-1]
        why = (
            f"{claim.waiting} earlier repl{'y' if claim.waiting == 1 else 'ies'} for this "
            "profile are queued"
            if claim.waiting
            else f"{len(claim.recent)} edits to this profile in the last minute"
        )
        raise ReplyQueued(
            f"Google allows {self.edits_per_minute} replies a minute per profile; {why}",
            retry_at=retry_at,
            at=now,
        )

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
