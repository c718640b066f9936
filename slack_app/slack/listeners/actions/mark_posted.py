"""Mark as posted: a person pasted the approved reply on the site (approvers only)."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, cards
from slack_app.slack.listeners._common import ack_now, logged, permitted_click, tell


def register(app, services) -> None:
    def mark_posted(body, client):
        found = permitted_click(
            services,
            client,
            body,
            "mark_posted",
            allowed=services.is_approver,
            role="an approver",
            refusal=":lock: Only approvers can mark replies as posted.",
        )
        if found is None:
            return None
        key, user = found
        outcome = workflow.mark_posted(services.store, key, user)
        if not outcome.ok:
            return tell(client, body, outcome.message)
        cards.refresh(client, services.store, key, user, "marked the reply as posted by hand")

    app.action(blocks.MARK_POSTED)(ack=ack_now, lazy=[logged(mark_posted, services.gate)])
    # The "Open the review" link button also sends an action; it needs only an ack.
    app.action(blocks.OPEN_REVIEW)(ack_now)
