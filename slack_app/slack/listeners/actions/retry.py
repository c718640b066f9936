"""Retry a failed post (approvers only)."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks
from slack_app.slack.listeners._common import ack_now, known_review, logged, refuse, tell
from slack_app.slack.listeners.actions.approve import _report


def register(app, services) -> None:
    def retry(body, client):
        services.gate.wait_quiet()
        found = known_review(services.store, body, "retry")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        key, user = found
        if not services.is_approver(user):
            return refuse(
                services.store,
                client,
                body,
                key,
                user,
                "retry",
                "not an approver",
                ":lock: Only approvers can post replies.",
            )
        outcome = workflow.retry_post(services.store, key, user, services.settings, services.poster)
        _report(services, client, body, key, user, outcome)

    app.action(blocks.RETRY)(ack=ack_now, lazy=[logged(retry)])
