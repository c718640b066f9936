"""Follow-up modal submitted: record it (audited), then redraw the card with a thread line and
the person's Home tab. The note is never logged: it may hold health information."""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from slack_app import store as db
from slack_app import workflow
from slack_app.slack import cards, home
from slack_app.slack.follow_up import FOLLOW_UP_VIEW, OUTCOME_BLOCK, submitted
from slack_app.slack.links import Permalinks
from slack_app.slack.listeners._common import log, refuse


def register(app, services) -> None:
    links = Permalinks(app.client)

    @app.view(FOLLOW_UP_VIEW)
    def record(ack, body, view, client):
        key = view.get("private_metadata") or ""
        user = (body.get("user") or {}).get("id") or ""
        answer = submitted(view)
        if not user or answer is None or db.reply_state(services.store, key) is None:
            log.warning(
                "follow-up submission ignored: malformed view (review %r, user %r)", key[:200], user
            )
            return ack(
                response_action="errors",
                errors={OUTCOME_BLOCK: "This review is no longer available."},
            )
        if not (services.is_risk_manager(user, key) or services.is_approver(user, key)):
            refusal = "Only approvers and risk managers record follow-ups."
            refuse(services.store, client, body, key, user, "follow_up", "not permitted", refusal)
            return ack(response_action="errors", errors={OUTCOME_BLOCK: refusal})
        outcome, note = answer
        result = workflow.record_follow_up(services.store, key, user, outcome, note)
        if not result.ok:
            return ack(response_action="errors", errors={OUTCOME_BLOCK: result.message})
        ack()
        label = db.FOLLOW_UP_OUTCOMES[outcome]
        services.later(
            cards.refresh, client, services.store, key, user, f"recorded a follow-up: {label}"
        )
        publish = functools.partial(home.publish_home, link=links.get)
        services.later(
            publish,
            client,
            services.store,
            services.settings,
            services.directory,
            user,
            datetime.now(UTC),
        )
