"""Regenerate: a small modal for an optional instruction; the drafting runs on submit."""

from __future__ import annotations

from slack_app.slack import blocks
from slack_app.slack.listeners._common import known_review, log, open_modal, tell


def register(app, services) -> None:
    @app.action(blocks.REGENERATE)
    def open_instruction(ack, body, client):
        ack()
        found = known_review(services.store, body, "regenerate")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        if not body.get("trigger_id"):
            log.warning("ignored regenerate click: payload has no trigger_id")
            return
        open_modal(client, body, blocks.regenerate_modal(found[0]), "regenerate")
