"""Share to review channel: a /review-reply card goes to the channel for approval."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks, notices
from slack_app.slack.announcer import send_card
from slack_app.slack.listeners._common import ack_now, known_review, log, logged, tell


def register(app, services) -> None:
    def share(body, client, respond):
        found = known_review(services.store, body, "share")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        key, user = found
        if not key.startswith("manual:"):  # site reviews are announced, never shared
            log.warning("ignored share click by %s: %r is not a pasted review", user, key[:200])
            return tell(client, body, "Only cards from /review-reply can be shared.")
        channel = services.settings.slack.review_channel
        if not channel:
            return respond(
                text="slack.review_channel is not set; ask an admin to configure it.",
                response_type="ephemeral",
                replace_original=False,
            )
        outcome = workflow.share(
            services.store,
            key,
            user,
            channel,
            post=lambda: send_card(client, services.store, key, channel),
        )
        if not outcome.ok:
            return respond(text=outcome.message, response_type="ephemeral", replace_original=False)
        if outcome.escalated:
            # As for announced reviews: Approve stays locked until a risk manager clears it,
            # so the risk managers must hear about it.
            notices.deliver(
                client, services.store, services.settings, services.directory, key=key
            )
        respond(
            text=f"Shared in <#{channel}> for approval.",
            response_type="ephemeral",
            replace_original=True,
        )

    app.action(blocks.SHARE)(ack=ack_now, lazy=[logged(share, services.gate)])
