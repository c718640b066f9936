"""Approve and post: approvers only; the workflow re-checks the text and posts exactly once."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, cards, notices
from slack_app.slack.listeners._common import ack_now, logged, permitted_click, tell


def register(app, services) -> None:
    def approve(body, client):
        found = permitted_click(
            services,
            client,
            body,
            "approve",
            allowed=services.is_approver,
            role="an approver",
            refusal=":lock: Only approvers can approve replies.",
        )
        if found is None:
            return None
        key, user = found
        shown_version = blocks.split_approve_value(body["actions"][0]["value"])[1]
        outcome = workflow.approve(
            services.store,
            key,
            user,
            services.settings,
            services.poster,
            shown_version=shown_version,
            on_posting=lambda: cards.update(client, services.store, key),
        )
        _report(services, client, body, key, user, outcome)

    app.action(blocks.APPROVE)(ack=ack_now, lazy=[logged(approve, services.gate)])


def _report(services, client, body, key, user, outcome) -> None:
    if outcome.ok:
        what = {
            "posted": "approved and posted the reply",
            "approved": "approved the reply; it must be posted by hand",
            "queued": f"approved the reply; {blocks.escape(outcome.message)}",
        }[outcome.state]
        cards.refresh(client, services.store, key, user, what)
    elif outcome.escalated:
        tell(client, body, f"Not posted. {blocks.escape(outcome.message)}")
        cards.refresh(
            client,
            services.store,
            key,
            "review-assistant",
            "escalated the review: its author edited it and it now needs a risk manager",
        )
        notices.deliver(client, services.store, services.settings, services.directory, key=key)
    elif outcome.state == "post_failed":
        # Messages and excerpts carry outside text (a site's error, the draft): escaped.
        cards.refresh(
            client,
            services.store,
            key,
            user,
            f"approved; posting failed: {blocks.escape(outcome.message)}",
        )
    else:
        detail = "".join(
            f"\n• {blocks.escape(f['rule'])}: \u201c{blocks.escape(f['excerpt'])}\u201d"
            for f in outcome.findings
        )
        tell(client, body, f"Not posted. {blocks.escape(outcome.message)}{detail}")
        # The card the approver clicked may be stale (a redraw after an edit failed, or a
        # copy from before): redraw it from the stored state so "look again" shows the truth.
        cards.update(client, services.store, key)
