"""What each poll cycle does for Google after the poll itself (no Slack imports):

    edits.py        a reviewer's edit after the draft: the draft is stale, triage and
                    drafting run again
    moderation.py   posted replies read back from Google (GET of the review): moderation
                    state, policy violation, reply URL; a rejection goes back to people
    removals.py     the daily full pass, a slice of the locations each cycle: reviews that
                    disappeared withdraw their drafts; ones that came back get them back

`run_upkeep` runs the three (a failing one is logged, the others still run) and returns the
cards to redraw; `pipeline.run_cycle` calls it and `slack.announcer.publish` redraws them.
All Google calls go through the process's quota (`sources.quota`).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from slack_app import store as db
from slack_app.config import Environment, Settings
from slack_app.upkeep.edits import redraft_edited_reviews
from slack_app.upkeep.moderation import read_back_replies
from slack_app.upkeep.removals import full_pass_slice
from slack_app.workflow import CardChange

__all__ = ["full_pass_slice", "read_back_replies", "redraft_edited_reviews", "run_upkeep"]

log = logging.getLogger(__name__)


def run_upkeep(
    store: db.Store,
    settings: Settings,
    env: Environment,
    *,
    sources: dict[str, Any],
    drafter: Any = None,
    now: datetime | None = None,
) -> list[CardChange]:
    """Redraft edited reviews, read back posted Google replies, run the due slice of the
    daily full pass."""
    now = now or datetime.now(UTC)
    google = sources.get("google")
    if google is not None and not hasattr(google, "get_review"):
        google = None  # a SourceError: Google is not configured or its credentials are missing
    steps = [
        (
            "redrafting edited reviews",
            lambda: redraft_edited_reviews(store, settings, env, drafter=drafter),
        ),
    ]
    if google is not None:
        steps.append(
            ("reading back Google replies", lambda: read_back_replies(store, google, now=now))
        )
        steps.append(
            ("the daily full pass", lambda: full_pass_slice(store, settings, google, now=now))
        )
    changes: list[CardChange] = []
    for what, step in steps:
        try:
            changes.extend(step())
        except Exception:  # one failing step must not cost the cycle its cards
            log.exception("%s failed; it runs again next cycle", what)
    return changes
