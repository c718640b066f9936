"""A reviewer's edit after the draft was written makes the draft stale: redraft it.

Every cycle looks for replies not yet posted whose review changed after their current draft
was written (not only the edits this cycle's poll saw, so a cycle that stopped half-way
loses none); `workflow.redraft_edited` redrafts those whose words or stars changed."""

from __future__ import annotations

import logging
from typing import Any

from slack_app import store as db
from slack_app.config import Environment, Settings
from slack_app.workflow import REDRAFTABLE, CardChange, redraft_edited

log = logging.getLogger(__name__)


def redraft_edited_reviews(
    store: db.Store, settings: Settings, env: Environment, *, drafter: Any = None
) -> list[CardChange]:
    """Triage and draft again every review whose words or stars changed while its reply
    waited; one failing review is logged and the others go on."""
    changes = []
    for key in db.drafts_older_than_their_review(store, REDRAFTABLE):
        try:
            change = redraft_edited(store, key, settings, drafter=drafter, env=env)
        except Exception:
            log.exception("redrafting the edited review %s failed", key)
            continue
        if change is not None:
            changes.append(change)
    return changes
