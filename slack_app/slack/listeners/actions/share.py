"""Share to review channel: a /review-reply card goes to the channel for approval."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app.announcer import post_card
from slack_app.slack import blocks
from slack_app.slack.listeners._common import ack_now, known_review, log, tell


def register(app, services) -> None:
    def share(body, client, respond):
        services.gate.wait_quiet()
        found = known_review(services.store, body, "share")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        key, user = found
        channel = services.settings.slack.review_channel
        if not channel:
            return respond(
                text="slack.review_channel is not set; ask an admin to configure it.",
                response_type="ephemeral",
                replace_original=False,
            )
        # The claim makes a double click or a retried request share the card once.
        if not db.claim_announcement(services.store, key, actor=user):
            return respond(
                text="This card is already shared.",
                response_type="ephemeral",
                replace_original=False,
            )
        try:
            post_card(client, services.store, key, channel)
        except SlackApiError as exc:
            log.warning("sharing %s failed: %s", key, exc.response.get("error"))
            return respond(
                text=f"Sharing failed: {exc.response.get('error')}",
                response_type="ephemeral",
                replace_original=False,
            )
        db.audit(services.store, user, "share", key, detail={"channel": channel})
        respond(
            text=f"Shared in <#{channel}> for approval.",
            response_type="ephemeral",
            replace_original=True,
        )

    app.action(blocks.SHARE)(ack=ack_now, lazy=[share])
