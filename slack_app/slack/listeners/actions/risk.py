"""Clear for reply / Keep on hold, pressed by a risk manager in an escalation message."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, cards, notices
from slack_app.slack.listeners._common import ack_now, channel_id, logged, permitted_click, tell


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
        # Every risk manager's message shows the decision, not only the one clicked.
        message = (body.get("message") or {}).get("ts")
        clicked = (channel_id(body), message) if message and channel_id(body) else None
        notices.redraw(client, services.store, key, clicked=clicked)
        # The note is free text: escaped, so "<!channel>" cannot ping anyone from a thread line.
        said = f": \u201c{blocks.escape(note)}\u201d" if note else ""
        cards.refresh(client, services.store, key, user, notices.DECISIONS[decision] + said)

    def clear(body, client):
        decide(body, client, "clear")

    def hold(body, client):
        decide(body, client, "hold")

    app.action(blocks.CLEAR)(ack=ack_now, lazy=[logged(clear, services.gate)])
    app.action(blocks.HOLD)(ack=ack_now, lazy=[logged(hold, services.gate)])
