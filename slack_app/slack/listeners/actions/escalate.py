"""Escalate: lock Approve and send the review to the risk managers."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, cards, notices
from slack_app.slack.listeners._common import ack_now, known_review, logged, tell


def register(app, services) -> None:
    def escalate(body, client):
        found = known_review(services.store, body, "escalate")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        key, user = found
        outcome = workflow.escalate(services.store, key, user)
        if not outcome.ok:
            return tell(client, body, outcome.message)
        cards.refresh(client, services.store, key, user, "escalated the review to the risk manager")
        notices.deliver(client, services.store, services.settings, services.directory, key=key)

    app.action(blocks.ESCALATE)(ack=ack_now, lazy=[logged(escalate, services.gate)])
