"""Follow-up menu on a card: approvers and risk managers choose what happened; the modal opens
at once (the trigger id lives 3 s) with that choice and an optional note."""

from __future__ import annotations

from slack_app import store as db
from slack_app.slack import blocks
from slack_app.slack.follow_up import FOLLOW_UP, follow_up_modal
from slack_app.slack.listeners._common import BadPayload, channel_id, log, open_modal, refuse, tell
from slack_app.slack.listeners._common import user_id as payload_user


def _choice(body: dict) -> str:
    try:
        value = body["actions"][0]["selected_option"]["value"]
    except (KeyError, IndexError, TypeError):
        raise BadPayload("block_actions payload has no actions[0].selected_option") from None
    if not isinstance(value, str):
        raise BadPayload("actions[0].selected_option.value is not text")
    return value


def register(app, services) -> None:
    @app.action(FOLLOW_UP)
    def choose(ack, body, client):
        ack()
        try:
            user, choice = payload_user(body), _choice(body)
        except BadPayload as exc:
            log.warning("ignored follow-up choice: malformed payload: %s", exc)
            return None
        ts = (body.get("container") or {}).get("message_ts") or ""
        key = db.reply_for_card(services.store, channel_id(body), ts)
        if key is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        if not (services.is_risk_manager(user, key) or services.is_approver(user, key)):
            return refuse(
                services.store,
                client,
                body,
                key,
                user,
                "follow_up",
                "not an approver or risk manager",
                ":lock: Only approvers and risk managers record follow-ups.",
            )
        if not body.get("trigger_id"):
            log.warning("ignored follow-up choice: payload has no trigger_id")
            return None
        review = db.get_review(services.store, key)
        title = blocks.card_fallback_text(review, db.reply_state(services.store, key)["state"])
        open_modal(client, body, follow_up_modal(key, title, choice), "follow-up")
