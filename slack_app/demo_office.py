"""The office manager's day in the offline demo: invented earlier weeks, then the digest, its
chart and an App Home view, each computed from the demo's database.

`invent_history` writes weeks of invented reviews with what happened to them (drafts, some
blocked and repaired, approvals, some edited first, escalations cleared, follow-ups, replies
posted hours later, a few still waiting) straight into the store with their own times, as an
import would. The benchmark uses it too, at 100,000 reviews over 1,000 locations.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from slack_app import store as db
from slack_app.config import Settings
from slack_app.store.connection import TIME_FORMAT, dumps

DEMO_APPROVER = "U0DEMOAPPROVER"  # the sample approver whose App Home the demo draws
DEMO_RISK_MANAGER = "U0DEMORISK"
STAR_WEIGHTS = {1: 6, 2: 7, 3: 11, 4: 28, 5: 48}
REVIEW_TEXTS = {
    5: "Friendly front desk and a spotless office. Everyone was kind.",
    4: "Good experience overall; parking was a little tight.",
    3: "Staff were polite but I waited longer than expected.",
    2: "Nobody called me back when I asked about my appointment time.",
    1: "Very disappointed with how I was treated at the front desk.",
}
REPLY = (
    "Thank you for taking the time to share this. We would welcome the chance to talk with "
    "you directly; please call our office manager at (555) 014-2290."
)
EDITED_REPLY = (
    "Thank you so much for taking the time to share this with us. We would welcome the chance "
    "to talk with you; please call our office manager at (555) 014-2290."
)


def _at(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


@dataclass(frozen=True)
class Place:
    name: str
    google: str  # the Google location name
    yelp: str = ""  # the Yelp business id, when the place is on Yelp


class _History:
    """Rows for the tables, built in memory and written in one transaction."""

    def __init__(self) -> None:
        self.reviews: list[dict] = []
        self.replies: list[dict] = []
        self.drafts: list[dict] = []
        self.audit: list[dict] = []
        self.follow_ups: list[dict] = []

    def step(
        self,
        key: str,
        at: datetime,
        actor: str,
        action: str,
        before: str,
        after: str,
        version: int | None = None,
    ) -> None:
        self.audit.append(
            {
                "at": _at(at),
                "actor": actor,
                "action": action,
                "review_key": key,
                "draft_version": version,
                "text": None,
                "detail": dumps({"from": before, "to": after}),
            }
        )

    def draft(
        self,
        key: str,
        version: int,
        at: datetime,
        *,
        text: str = REPLY,
        backend: str = "template",
        blocked: str = "",
    ) -> None:
        findings = [{"rule": blocked, "severity": "block"}] if blocked else []
        self.drafts.append(
            {
                "review_key": key,
                "version": version,
                "text": text,
                "backend": backend,
                "passed": int(not blocked),
                "findings": dumps(findings),
                "usage": "{}",
                "author": "" if backend != "human" else DEMO_APPROVER,
                "created_at": _at(at),
            }
        )

    def write(self, store: db.Store) -> None:
        with store.write() as conn:
            conn["reviews"].insert_all(self.reviews, batch_size=2000)
            conn["reply_state"].insert_all(self.replies, batch_size=2000)
            conn["drafts"].insert_all(self.drafts, batch_size=2000)
            conn["audit_log"].insert_all(self.audit, batch_size=2000)
            conn["follow_ups"].insert_all(self.follow_ups, batch_size=2000)


def invent_history(
    store: db.Store,
    *,
    now: datetime,
    places: Sequence[Place],
    weeks: int = 13,
    per_week: tuple[int, int] = (8, 15),
    seed: int = 7,
) -> int:
    """Invent `weeks` weeks of reviews before `now` at each place (`per_week` a week each) and
    what happened to them; returns how many reviews were written."""
    rng = random.Random(seed)
    rows = _History()
    number = 0
    for place in places:
        for week in range(weeks, 0, -1):
            start = now - timedelta(weeks=week)
            for _ in range(rng.randint(*per_week)):
                number += 1
                created = start + timedelta(seconds=rng.randrange(7 * 24 * 3600))
                _one_review(rows, rng, place, number, created, now)
    rows.write(store)
    return number


def _one_review(
    rows: _History, rng: random.Random, place: Place, number: int, created: datetime, now: datetime
) -> None:
    stars = rng.choices(list(STAR_WEIGHTS), weights=list(STAR_WEIGHTS.values()))[0]
    source, location_id = (
        ("yelp", place.yelp) if place.yelp and rng.random() < 0.25 else ("google", place.google)
    )
    key = f"{source}:{location_id}:hist-{number:06d}"
    rows.reviews.append(
        {
            "review_key": key,
            "source": source,
            "location_id": location_id,
            "source_review_id": f"hist-{number:06d}",
            "location_name": place.name,
            "stars": stars,
            "reviewer_name": rng.choice(("Sam P.", "Alex R.", "Jordan K.", "Maria G.", "Lee T.")),
            "text": REVIEW_TEXTS[stars],
            "created_at": _at(created),
            "updated_at": _at(created),
            "first_seen_at": _at(created + timedelta(minutes=10)),
            "last_changed_at": _at(created + timedelta(minutes=10)),
        }
    )
    seen = created + timedelta(minutes=10)
    rows.audit.append(
        {
            "at": _at(seen),
            "actor": "poller",
            "action": "reply_state.created",
            "review_key": key,
            "draft_version": None,
            "text": None,
            "detail": dumps({"state": "new"}),
        }
    )
    version = 1
    if rng.random() < 0.12:  # the first draft was blocked and repaired
        rows.draft(
            key, 1, seen, blocked=rng.choice(("patient-relationship", "treatment-disclosure"))
        )
        version = 2
    rows.draft(key, version, seen)
    risky = stars <= 2 and rng.random() < 0.35
    state = "escalated" if risky else "drafted"
    rows.step(
        key,
        seen,
        "review-assistant",
        "triage.escalated" if risky else "draft.created",
        "new",
        state,
        version,
    )
    waited = timedelta(hours=rng.lognormvariate(1.8, 0.9))
    acted = seen + waited
    # Still waiting for people: not yet looked at, or (some of the last few days') set aside.
    if acted >= now or (now - seen < timedelta(days=5) and rng.random() < 0.3):
        rows.replies.append(_reply(key, state, version, seen, ""))
        return
    if risky:
        rows.step(key, acted, DEMO_RISK_MANAGER, "clear", "escalated", "cleared")
        state, acted = "cleared", acted + timedelta(hours=rng.uniform(1, 8))
    if stars <= 2 and rng.random() < 0.7:
        rows.follow_ups.append(
            {
                "review_key": key,
                "at": _at(acted),
                "actor": DEMO_RISK_MANAGER,
                "outcome": rng.choice(("reached_out", "reached_out", "no_answer", "not_needed")),
                "note": "",
            }
        )
    if rng.random() < 0.22:  # the approver edited the draft first
        version += 1
        rows.draft(key, version, acted, text=EDITED_REPLY, backend="human")
        rows.step(key, acted, DEMO_APPROVER, "edit", state, state, version)
    if acted + timedelta(minutes=1) >= now:
        rows.replies.append(_reply(key, state, version, acted, ""))
        return
    rows.step(key, acted, DEMO_APPROVER, "approve", state, "posting", version)
    posted = acted + timedelta(seconds=2)
    rows.step(key, posted, DEMO_APPROVER, "post.posted", "posting", "posted", version)
    rows.replies.append(_reply(key, "posted", version, posted, _at(posted)))


def _reply(key: str, state: str, version: int, at: datetime, posted_at: str) -> dict:
    return {
        "review_key": key,
        "state": state,
        "draft_version": version,
        "created_at": _at(at),
        "updated_at": _at(at),
        "updated_by": DEMO_APPROVER,
        "posted_at": posted_at,
        "posted_text": REPLY if posted_at else "",
    }


# ---------------------------------------------------------------------------------------------
# The demo's digest, chart and App Home
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeDemo:
    digest_path: Path
    chart_path: Path
    home_path: Path
    figures: object  # stats.Figures of the last 30 days (what `report` prints)
    history: int  # invented earlier reviews


def run_office_demo(
    out_dir: Path, database: Path, settings: Settings, *, now: datetime | None = None
) -> OfficeDemo:
    """Add the invented weeks to the demo's database, then write the digest message JSON, its
    chart and the App Home view for a sample approver; returns them and the last 30 days'
    figures."""
    from slack_app import digest, stats
    from slack_app.chart import weekly_chart_png
    from slack_app.config import DigestSettings
    from slack_app.hours import latest_digest
    from slack_app.slack.digest import digest_blocks, fallback_text
    from slack_app.slack.home import Roles, view_for

    now = now or datetime.now(UTC)
    places = [
        Place(loc.name, loc.google_location or f"demo/{loc.name}", loc.yelp_business_id)
        for loc in settings.locations
    ]
    with db.Store(database) as store:
        written = invent_history(store, now=now, places=places)
        # The demo shows a digest even for a practice that turned its digest off.
        weekly = settings.model_copy(update={"digest": DigestSettings()})
        period = latest_digest(settings, now) or latest_digest(weekly, now)
        content = digest.digest_content(store, period, now)
        message = {
            "text": fallback_text(content),
            "blocks": digest_blocks(
                content, practice=settings.practice.name, now=now, link=lambda channel, ts: ""
            ),
        }
        view = view_for(store, settings, Roles(approver=True), now)
        figures = stats.figures(store, stats.Period.days_to(now, 30), now=now)
    digest_path = out_dir / "digest.json"
    digest_path.write_text(json.dumps(message, indent=2, ensure_ascii=False) + "\n", "utf-8")
    chart_path = out_dir / "digest-chart.png"
    chart_path.write_bytes(weekly_chart_png(content.weeks))
    home_path = out_dir / "app-home.json"
    home_path.write_text(json.dumps(view, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return OfficeDemo(digest_path, chart_path, home_path, figures, written)
