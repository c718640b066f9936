"""Dismiss: record that no reply will be posted."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, cards
from slack_app.slack.listeners._common import ack_now, known_review, tell


def register(app, services) -> None:
    def dismiss(body, client):
        services.gate.wait_quiet()
        found = known_review(services.store, body, "dismiss")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        key, user = found
        outcome = workflow.dismiss(services.store, key, user)
        if not outcome.ok:
            return tell(client, body, outcome.message)
        cards.refresh(client, services.store, key, user, "dismissed the review (no reply)")

    app.action(blocks.DISMISS)(ack=ack_now, lazy=[dismiss])
