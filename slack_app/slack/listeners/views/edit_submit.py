"""Edit modal submitted: the guardrail judges the text; a blocked edit is refused inside the
modal naming the rule and the words; an accepted edit becomes a new draft version."""

from __future__ import annotations

from slack_app import store as db
from slack_app import workflow
from slack_app.slack import blocks, cards
from slack_app.slack.listeners._common import log


def _submitted_text(view: dict) -> str | None:
    values = (view.get("state") or {}).get("values") or {}
    value = (values.get(blocks.REPLY_BLOCK) or {}).get(blocks.REPLY_INPUT) or {}
    return value.get("value")


def register(app, services) -> None:
    @app.view(blocks.EDIT_VIEW)
    def save_edit(ack, body, view, client):
        key = view.get("private_metadata") or ""
        user = (body.get("user") or {}).get("id") or ""
        text = _submitted_text(view)
        if not user or text is None or db.reply_state(services.store, key) is None:
            log.warning(
                "edit submission ignored: malformed view (review %r, user %r, text %s)",
                key[:200],
                user,
                "missing" if text is None else "present",
            )
            return ack(
                response_action="errors",
                errors={blocks.REPLY_BLOCK: "This review is no longer available."},
            )
        outcome = workflow.edit(services.store, key, user, text, services.settings)
        if not outcome.ok:
            message = (
                blocks.blocked_edit_error(outcome.findings) if outcome.findings else outcome.message
            )
            return ack(response_action="errors", errors={blocks.REPLY_BLOCK: message})
        ack()
        services.later(
            cards.refresh,
            client,
            services.store,
            key,
            user,
            f"edited the draft (now v{outcome.draft_version})",
        )
