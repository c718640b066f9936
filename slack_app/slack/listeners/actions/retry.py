"""Retry a failed post (approvers only)."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, cards
from slack_app.slack.listeners._common import ack_now, logged, permitted_click
from slack_app.slack.listeners.actions.approve import _report


def register(app, services) -> None:
    def retry(body, client):
        found = permitted_click(
            services,
            client,
            body,
            "retry",
            allowed=services.is_approver,
            role="an approver",
            refusal=":lock: Only approvers can post replies.",
        )
        if found is None:
            return None
        key, user = found
        outcome = workflow.retry_post(
            services.store,
            key,
            user,
            services.settings,
            services.poster,
            on_posting=lambda: cards.update(client, services.store, key),
        )
        _report(services, client, body, key, user, outcome)

    app.action(blocks.RETRY)(ack=ack_now, lazy=[logged(retry, services.gate)])
