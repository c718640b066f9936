"""Share to review channel: a /review-reply card goes to the channel for approval."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app.announcer import post_card
from slack_app.slack import blocks, cards
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
            # Give the claim back, or every later click would say "already shared".
            db.set_reply_fields(services.store, key, announce_claimed_at="")
            return respond(
                text=f"Sharing failed: {exc.response.get('error')}",
                response_type="ephemeral",
                replace_original=False,
            )
        db.audit(services.store, user, "share", key, detail={"channel": channel})
        if db.reply_state(services.store, key)["state"] == "escalated":
            # As for announced reviews: Approve stays locked until a risk manager clears it,
            # so the risk managers must hear about it.
            cards.send_escalation(
                client, services.store, services.settings, services.directory, key, user
            )
        respond(
            text=f"Shared in <#{channel}> for approval.",
            response_type="ephemeral",
            replace_original=True,
        )

    app.action(blocks.SHARE)(ack=ack_now, lazy=[logged(share, services.gate)])
