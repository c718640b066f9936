"""Clear for reply / Keep on hold, pressed by a risk manager in the escalation message."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app import workflow
from slack_app.slack import blocks, cards
from slack_app.slack.listeners._common import (
    ack_now,
    channel_id,
    log,
    logged,
    permitted_click,
    tell,
)


def _note(body: dict) -> str:
    values = ((body.get("state") or {}).get("values") or {}).get(blocks.NOTE_BLOCK) or {}
    return ((values.get(blocks.NOTE_INPUT) or {}).get("value") or "").strip()


def register(app, services) -> None:
    def decide(body, client, decision):
        found = permitted_click(
            services,
            client,
            body,
            decision,
            allowed=services.is_risk_manager,
            role="a risk manager",
            refusal=":lock: Only risk managers can clear or hold escalations.",
            people="risk_managers",
        )
        if found is None:
            return None
        key, user = found
        note = _note(body)
        action = workflow.clear if decision == "clear" else workflow.hold
        outcome = action(services.store, key, user, note)
        if not outcome.ok:
            return tell(client, body, outcome.message)
        # The note is free text: escaped, so "<!channel>" cannot ping anyone from a thread line.
        said = f": \u201c{blocks.escape(note)}\u201d" if note else ""
        what = "cleared the review for reply" if decision == "clear" else "kept the review on hold"
        message = (body.get("message") or {}).get("ts")
        if message and channel_id(body):
            review = db.get_review(services.store, key)
            resolved = blocks.thread_line(user, what + said, db.now_iso())
            try:
                client.chat_update(
                    channel=channel_id(body),
                    ts=message,
                    text=what,
                    blocks=blocks.escalation_card(
                        review,
                        workflow.current_draft(services.store, key),
                        db.reply_state(services.store, key)["triage"],
                        resolved=resolved,
                    ),
                )
            except SlackApiError as exc:
                log.warning("updating the escalation message failed: %s", exc.response.get("error"))
        cards.refresh(client, services.store, key, user, what + said)

    def clear(body, client):
        decide(body, client, "clear")

    def hold(body, client):
        decide(body, client, "hold")

    app.action(blocks.CLEAR)(ack=ack_now, lazy=[logged(clear, services.gate)])
    app.action(blocks.HOLD)(ack=ack_now, lazy=[logged(hold, services.gate)])
