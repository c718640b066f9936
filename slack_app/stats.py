"""The practice's figures: one module for the digest, the App Home and `review-assistant report`
(no Slack imports).

A period is [start, end) in UTC. A review belongs to the period in which it was written on
its site (`created_at`; when a site gave no time, when the app first saw it). Definitions:

* response rate: of the reviews written in the period, the share with a reply by `end`
  (posted through the app, or already answered on the site);
* time to reply: from the review's time to the posted reply, for replies posted in the period;
  the median, and the 90th percentile by nearest rank (the smallest value at or above 90% of
  them);
* waiting: replies waiting for a person now (by state, and by how long since the last step
  anyone took on them, from the audit log);
* drafts needing repair: reviews first drafted in the period whose first attempt (draft
  version 1) the guardrail blocked; findings are counted by rule over the period's blocked
  machine attempts;
* approver edits: approvals in the period whose approved text was a person's edit, and the
  mean share of words removed or added against the machine draft it started from;
* Google rejections: replies Google's moderation rejected after accepting them, noticed in the
  period (audit action `google.rejected`).
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta

from slack_app import store as db

APPROVER_STATES = ("drafted", "cleared", "post_failed", "approved")
RISK_STATES = ("escalated",)
WAITING_STATES = APPROVER_STATES + RISK_STATES
AGE_BUCKETS = ("under 1 day", "1-3 days", "over 3 days")

# When a review was written: its site's time, else when the app first saw it.
REVIEW_TIME = "(CASE WHEN r.created_at != '' THEN r.created_at ELSE r.first_seen_at END)"
# Reviews written in [start, end). A plain scan of reviews: for a month of 100,000 reviews it
# is three times faster than an index on created_at (whose row lookups are random reads).
REVIEW_IN_PERIOD = f"{REVIEW_TIME} >= ? AND {REVIEW_TIME} < ?"
# The last step anyone took on a reply: its latest state transition in the audit log (every
# transition's detail has "from" and "to").
WAITING_SINCE = (
    "coalesce((SELECT max(a.at) FROM audit_log a WHERE a.review_key = rs.review_key "
    "AND json_type(a.detail, '$.to') IS NOT NULL AND json_type(a.detail, '$.from') IS NOT NULL"
    "), rs.updated_at)"
)


def stamp(moment: datetime) -> str:
    """A bound compared with stored times: their first 19 characters share this form whatever
    the fraction or zone suffix, so string order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def parse_time(text: str) -> datetime:
    """A stored time ("2026-11-20T15:04:05.000000Z", "...Z", a bare date) as aware UTC."""
    text = text.strip().replace("Z", "+00:00")
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime

    @classmethod
    def days_to(cls, end: datetime, days: float) -> Period:
        return cls(end - timedelta(days=days), end)

    def shifted(self, delta: timedelta) -> Period:
        return Period(self.start + delta, self.end + delta)


@dataclass
class Figures:
    start: str
    end: str
    location: str | None
    new_reviews: int = 0
    new_by_source: dict[str, int] = field(default_factory=dict)
    new_by_stars: dict[str, int] = field(default_factory=dict)  # "1".."5", "none"
    average_rating: float | None = None
    responded: int = 0
    response_rate: float | None = None
    replies_posted: int = 0
    google_rejections: int = 0
    reply_hours_median: float | None = None
    reply_hours_p90: float | None = None
    waiting: int = 0
    waiting_by_state: dict[str, int] = field(default_factory=dict)
    waiting_by_age: dict[str, int] = field(default_factory=dict)
    escalated: int = 0
    escalations_cleared: int = 0
    escalations_open: int = 0
    follow_ups: int = 0
    follow_ups_by_outcome: dict[str, int] = field(default_factory=dict)
    drafted: int = 0
    drafts_repaired: int = 0
    findings_by_rule: dict[str, int] = field(default_factory=dict)
    approvals: int = 0
    approvals_edited: int = 0
    edit_share_mean: float | None = None  # 0..1 of the words changed

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class WaitingReply:
    review_key: str
    state: str
    since: str
    source: str
    location_name: str
    stars: int | None
    reviewer_name: str
    card_channel: str
    card_ts: str
    location_id: str = ""  # whose office's people it waits for (Settings.office_for)

    def age(self, now: datetime) -> timedelta:
        return max(timedelta(0), now - parse_time(self.since))


@dataclass(frozen=True)
class LocationFigures:
    location: str
    new_reviews: int
    average_rating: float | None
    response_rate: float | None
    reply_hours_median: float | None
    waiting: int


@dataclass(frozen=True)
class WeekCounts:
    start: datetime
    by_stars: dict[int, int]  # 1..5
    unrated: int
    average_rating: float | None

    @property
    def total(self) -> int:
        return sum(self.by_stars.values()) + self.unrated


def _location_clause(location: str | None) -> tuple[str, list]:
    return (" AND r.location_name = ?", [location]) if location is not None else ("", [])


def _reviews_join(location: str | None) -> str:
    """The join a location's filter needs on tables other than reviews (none without one)."""
    return " JOIN reviews r USING (review_key)" if location is not None else ""


def location_names(store: db.Store) -> list[str]:
    """Every location name the store has reviews for."""
    rows = store.db.execute(
        "SELECT DISTINCT location_name FROM reviews WHERE location_name != '' ORDER BY 1"
    ).fetchall()
    return [row[0] for row in rows]


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest rank: the smallest value with at least `share` of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


WORD = re.compile(r"\w+|[^\w\s]")


def _words(text: str) -> Counter:
    return Counter(WORD.findall(text.lower()))


def edit_share(before: str, after: str) -> float:
    """The share of words (and punctuation marks) an edit removed or added: 0 = the same
    words, 1 = none kept. Counted as bags of words, which is fast and ignores reordering."""
    old, new = _words(before), _words(after)
    total = old.total() + new.total()
    return 1.0 - 2 * (old & new).total() / total if total else 0.0


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return statistics.fmean(values) if values else None


# ---------------------------------------------------------------------------------------------
# The figures
# ---------------------------------------------------------------------------------------------


def figures(
    store: db.Store, period: Period, *, location: str | None = None, now: datetime | None = None
) -> Figures:
    """Every figure for `period` (optionally one location). `now` (default: the period's end)
    is when "waiting" and "open" are counted."""
    now = now or period.end
    start, end = stamp(period.start), stamp(period.end)
    where_loc, loc = _location_clause(location)
    out = Figures(start=period.start.isoformat(), end=period.end.isoformat(), location=location)
    _new_reviews(store, out, start, end, where_loc, loc)
    _replies(store, out, start, end, where_loc, loc)
    _waiting(store, out, now, where_loc, loc)
    _escalations_and_follow_ups(store, out, start, end, where_loc, loc)
    _drafting(store, out, start, end, where_loc, loc)
    _approvals(store, out, start, end, where_loc, loc)
    _google_rejections(store, out, start, end, where_loc, loc)
    return out


def _new_reviews(store, out: Figures, start: str, end: str, where_loc: str, loc: list) -> None:
    rows = store.db.execute(
        f"SELECT r.source, r.stars, count(*), sum(r.owner_reply != '' OR (rs.state = 'posted' "
        f"AND rs.posted_at != '' AND substr(rs.posted_at, 1, 19) < ?)) "
        f"FROM reviews r LEFT JOIN reply_state rs USING (review_key) "
        f"WHERE {REVIEW_IN_PERIOD}{where_loc} GROUP BY 1, 2",
        [end, start, end, *loc],
    ).fetchall()
    by_source: Counter = Counter()
    by_stars: Counter = Counter()
    rated = total_stars = 0
    for source, stars, count, responded in rows:
        by_source[source] += count
        by_stars[str(stars) if stars else "none"] += count
        out.responded += responded or 0
        if stars:
            rated += count
            total_stars += stars * count
    out.new_reviews = sum(by_source.values())
    out.new_by_source = dict(sorted(by_source.items()))
    out.new_by_stars = {k: by_stars[k] for k in ("5", "4", "3", "2", "1", "none") if by_stars[k]}
    out.average_rating = total_stars / rated if rated else None
    out.response_rate = out.responded / out.new_reviews if out.new_reviews else None


def reply_hours(
    store: db.Store, start: str, end: str, where_loc: str = "", loc: Sequence = ()
) -> list[tuple[str, float]]:
    """(location, hours from review to posted reply) for each reply posted in [start, end)."""
    rows = store.db.execute(
        f"SELECT r.location_name, (julianday(rs.posted_at) - julianday({REVIEW_TIME})) * 24 "
        f"FROM reply_state rs JOIN reviews r USING (review_key) WHERE rs.state = 'posted' "
        f"AND rs.posted_at >= ? AND rs.posted_at < ?{where_loc}",
        [start, end, *loc],
    ).fetchall()
    return [(location, max(0.0, hours or 0.0)) for location, hours in rows]


def _replies(store, out: Figures, start: str, end: str, where_loc: str, loc: list) -> None:
    hours = [h for _, h in reply_hours(store, start, end, where_loc, loc)]
    out.replies_posted = len(hours)
    out.reply_hours_median = statistics.median(hours) if hours else None
    out.reply_hours_p90 = percentile(hours, 0.9)


def _waiting(store, out: Figures, now: datetime, where_loc: str, loc: list) -> None:
    replies, _ = waiting_replies(store, WAITING_STATES, location=out.location)
    by_state: Counter = Counter(reply.state for reply in replies)
    by_age: Counter = Counter()
    for reply in replies:
        days = reply.age(now) / timedelta(days=1)
        by_age[AGE_BUCKETS[0] if days < 1 else AGE_BUCKETS[1] if days <= 3 else AGE_BUCKETS[2]] += 1
    out.waiting = len(replies)
    out.waiting_by_state = {s: by_state[s] for s in WAITING_STATES if by_state[s]}
    out.waiting_by_age = {b: by_age[b] for b in AGE_BUCKETS if by_age[b]}
    out.escalations_open = by_state["escalated"]


def _escalations_and_follow_ups(
    store, out: Figures, start: str, end: str, where_loc: str, loc: list
) -> None:
    actions = dict(
        store.db.execute(
            f"SELECT a.action, count(DISTINCT a.review_key) FROM audit_log a"
            f"{_reviews_join(out.location)} WHERE a.action IN "
            f"('triage.escalated', 'escalate', 'clear') AND a.at >= ? AND a.at < ?{where_loc} "
            f"GROUP BY 1",
            [start, end, *loc],
        ).fetchall()
    )
    out.escalated = actions.get("triage.escalated", 0) + actions.get("escalate", 0)
    out.escalations_cleared = actions.get("clear", 0)
    outcomes = dict(
        store.db.execute(
            f"SELECT f.outcome, count(*) FROM follow_ups f{_reviews_join(out.location)} "
            f"WHERE f.at >= ? AND f.at < ?{where_loc} GROUP BY 1",
            [start, end, *loc],
        ).fetchall()
    )
    out.follow_ups = sum(outcomes.values())
    out.follow_ups_by_outcome = {k: outcomes[k] for k in db.FOLLOW_UP_OUTCOMES if k in outcomes}


def _drafting(store, out: Figures, start: str, end: str, where_loc: str, loc: list) -> None:
    # A review's drafting starts with draft version 1 (the machine's first attempt): reviews
    # first drafted in the period, and how many of those first attempts the guardrail blocked.
    drafted, repaired = store.db.execute(
        f"SELECT count(*), coalesce(sum(d.passed = 0), 0) FROM drafts d"
        f"{_reviews_join(out.location)} WHERE d.version = 1 AND d.created_at >= ? "
        f"AND d.created_at < ?{where_loc}",
        [start, end, *loc],
    ).fetchone()
    out.drafted, out.drafts_repaired = drafted, repaired
    rules = store.db.execute(
        f"SELECT json_extract(f.value, '$.rule'), count(*) FROM drafts d"
        f"{_reviews_join(out.location)}, json_each(d.findings) f "
        f"WHERE d.backend != 'human' AND d.passed = 0 AND d.created_at >= ? "
        f"AND d.created_at < ? AND json_extract(f.value, '$.severity') = 'block'{where_loc} "
        f"GROUP BY 1 ORDER BY 2 DESC, 1",
        [start, end, *loc],
    ).fetchall()
    out.findings_by_rule = {rule: count for rule, count in rules if rule}


def _approvals(store, out: Figures, start: str, end: str, where_loc: str, loc: list) -> None:
    # The texts are read only for edited approvals (a CASE runs its subquery only then).
    rows = store.db.execute(
        f"SELECT d.backend, CASE WHEN d.backend = 'human' THEN d.text END, "
        f"CASE WHEN d.backend = 'human' THEN (SELECT m.text FROM drafts m "
        f"WHERE m.review_key = a.review_key AND m.version < a.draft_version "
        f"AND m.backend != 'human' ORDER BY m.version DESC LIMIT 1) END "
        f"FROM audit_log a{_reviews_join(out.location)} JOIN drafts d "
        f"ON d.review_key = a.review_key AND d.version = a.draft_version "
        f"WHERE a.action = 'approve' AND a.at >= ? AND a.at < ?{where_loc}",
        [start, end, *loc],
    ).fetchall()
    out.approvals = len(rows)
    edited = [(text, base) for backend, text, base in rows if backend == "human"]
    out.approvals_edited = len(edited)
    out.edit_share_mean = _mean(edit_share(base or "", text) for text, base in edited)


def _google_rejections(
    store, out: Figures, start: str, end: str, where_loc: str, loc: list
) -> None:
    out.google_rejections = store.db.execute(
        f"SELECT count(*) FROM audit_log a{_reviews_join(out.location)} "
        f"WHERE a.action = 'google.rejected' AND a.at >= ? AND a.at < ?{where_loc}",
        [start, end, *loc],
    ).fetchone()[0]


# ---------------------------------------------------------------------------------------------
# Lists and series
# ---------------------------------------------------------------------------------------------


def waiting_replies(
    store: db.Store,
    states: Sequence[str],
    *,
    location: str | None = None,
    limit: int | None = None,
) -> tuple[list[WaitingReply], int]:
    """Replies in `states`, longest waiting first (at most `limit`), and how many there are."""
    marks = ",".join("?" * len(states))
    where_loc, loc = _location_clause(location)
    rows = store.db.execute(
        f"SELECT rs.review_key, rs.state, {WAITING_SINCE} AS since, r.source, r.location_name, "
        f"r.stars, r.reviewer_name, rs.card_channel, rs.card_ts, r.location_id "
        f"FROM reply_state rs "
        f"JOIN reviews r USING (review_key) WHERE rs.state IN ({marks}){where_loc} "
        f"ORDER BY since, rs.review_key",
        [*states, *loc],
    ).fetchall()
    shown = rows if limit is None else rows[:limit]
    return [WaitingReply(*row) for row in shown], len(rows)


def location_figures(
    store: db.Store, period: Period
) -> tuple[LocationFigures, list[LocationFigures]]:
    """A few figures for all locations together, and per location busiest first (the App
    Home's "Last 30 days"). Waiting counts are as of now."""
    start, end = stamp(period.start), stamp(period.end)
    reviews = store.db.execute(
        f"SELECT r.location_name, count(*), sum(r.stars), count(r.stars), sum(r.owner_reply != '' "
        f"OR (rs.state = 'posted' AND rs.posted_at != '' AND substr(rs.posted_at, 1, 19) < ?)) "
        f"FROM reviews r LEFT JOIN reply_state rs USING (review_key) "
        f"WHERE {REVIEW_IN_PERIOD} GROUP BY 1",
        [end, start, end],
    ).fetchall()
    hours: dict[str, list[float]] = defaultdict(list)
    for location, value in reply_hours(store, start, end):
        hours[location].append(value)
    marks = ",".join("?" * len(WAITING_STATES))
    waiting = dict(
        store.db.execute(
            f"SELECT r.location_name, count(*) FROM reply_state rs JOIN reviews r "
            f"USING (review_key) WHERE rs.state IN ({marks}) GROUP BY 1",
            list(WAITING_STATES),
        ).fetchall()
    )
    counts = {row[0]: row[1:] for row in reviews}
    for location in waiting:
        counts.setdefault(location, (0, 0, 0, 0))

    def summed(name: str, rows: Iterable[tuple], replies: list[float], waits: int):
        count = stars = rated = responded = 0
        for row_count, row_stars, row_rated, row_responded in rows:
            count, stars = count + row_count, stars + (row_stars or 0)
            rated, responded = rated + row_rated, responded + (row_responded or 0)
        return LocationFigures(
            name,
            count,
            stars / rated if rated else None,
            responded / count if count else None,
            statistics.median(replies) if replies else None,
            waits,
        )

    per_location = [
        summed(location or "(no location)", [row], hours[location], waiting.get(location, 0))
        for location, row in counts.items()
    ]
    overall = summed(
        "All locations",
        counts.values(),
        [h for values in hours.values() for h in values],
        sum(waiting.values()),
    )
    per_location.sort(key=lambda f: (-f.new_reviews, -f.waiting, f.location))
    return overall, per_location


def weekly_counts(
    store: db.Store, end: datetime, *, weeks: int = 12, location: str | None = None
) -> list[WeekCounts]:
    """Reviews per week by stars and the week's average rating, for the `weeks` weeks before
    `end`, oldest first."""
    start = end - timedelta(weeks=weeks)
    where_loc, loc = _location_clause(location)
    rows = store.db.execute(
        f"SELECT CAST((julianday(?) - julianday({REVIEW_TIME})) / 7 AS INTEGER), r.stars, "
        f"count(*) FROM reviews r WHERE {REVIEW_IN_PERIOD}{where_loc} GROUP BY 1, 2",
        [stamp(end), stamp(start), stamp(end), *loc],
    ).fetchall()
    counts: dict[int, Counter] = defaultdict(Counter)
    for weeks_ago, stars, count in rows:
        if 0 <= weeks_ago < weeks:
            counts[weeks_ago][stars or 0] += count
    series = []
    for weeks_ago in range(weeks - 1, -1, -1):
        week = counts[weeks_ago]
        by_stars = {stars: week[stars] for stars in range(1, 6)}
        rated = sum(by_stars.values())
        average = sum(s * n for s, n in by_stars.items()) / rated if rated else None
        series.append(WeekCounts(end - timedelta(weeks=weeks_ago + 1), by_stars, week[0], average))
    return series
