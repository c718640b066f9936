"""Dismiss: record that no reply will be posted. Approvers and risk managers only; while a
review is escalated, only a risk manager (dismissing it would end the risk review)."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, cards, notices
from slack_app.slack.listeners._common import (
    ack_now,
    known_review,
    logged,
    own_people,
    refuse,
    tell,
)


def register(app, services) -> None:
    def dismiss(body, client):
        found = known_review(services.store, body, "dismiss")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        key, user = found
        risk_manager = services.is_risk_manager(user, key)
        if not risk_manager and not services.is_approver(user, key):
            return refuse(
                services.store,
                client,
                body,
                key,
                user,
                "dismiss",
                "not an approver or risk manager",
                ":lock: Only approvers and risk managers can dismiss reviews."
                + own_people(services, key, "approvers"),
            )
        outcome = workflow.dismiss(services.store, key, user, escalated_too=risk_manager)
        if not outcome.ok and outcome.state == "escalated":
            return refuse(
                services.store,
                client,
                body,
                key,
                user,
                "dismiss",
                "escalated; not a risk manager",
                ":lock: This review is escalated; only a risk manager can dismiss it.",
            )
        if not outcome.ok:
            return tell(client, body, outcome.message)
        cards.refresh(client, services.store, key, user, "dismissed the review (no reply)")
        notices.redraw(client, services.store, key)  # the risk managers' messages say so too

    app.action(blocks.DISMISS)(ack=ack_now, lazy=[logged(dismiss, services.gate)])
