"""Cards from stored state: render a review's card, update it in place, add thread lines."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app.slack import blocks
from slack_app.slack.follow_up import card_follow_up
from slack_app.slack.google_blocks import card_extras
from slack_app.workflow import UNCERTAIN_POST_CODES, current_draft

log = logging.getLogger(__name__)

CARD_EVENT = "review_card"  # message metadata event_type


def render(store: db.Store, key: str) -> tuple[list[dict], str]:
    """(blocks, fallback text) of the review card for the reply's current state."""
    review = db.get_review(store, key)
    reply = db.reply_state(store, key)
    if review is None or reply is None:
        raise KeyError(f"unknown review {key!r}")
    draft = current_draft(store, key)
    google = card_extras(
        review,
        reply,
        status=db.google_reply_status(store, key),
        removed=db.removed_review(store, key),
        queued=db.queued_reply(store, key),
    )
    card = blocks.review_card(
        review,
        draft,
        draft,
        reply["triage"],
        reply["state"],
        note=reply["note"] or reply["escalation_note"],
        error=reply["post_error"],
        posted_by=reply["updated_by"],
        uncertain=reply["post_error_code"] in UNCERTAIN_POST_CODES,
        notes=google.notes,
        failure=google.failure,
    )
    card += card_follow_up(store, key)  # escalated and 1-2 star reviews: the Follow-up menu
    return card, blocks.card_fallback_text(review, reply["state"])


def metadata(key: str) -> dict:
    return {"event_type": CARD_EVENT, "event_payload": {"review_key": key}}


def update(client: Any, store: db.Store, key: str) -> bool:
    """Redraw the card where it was posted (chat.update). False when it has no message."""
    reply = db.reply_state(store, key)
    if not reply or not reply["card_ts"]:
        return False
    card, text = render(store, key)
    try:
        client.chat_update(
            channel=reply["card_channel"],
            ts=reply["card_ts"],
            blocks=card,
            text=text,
            metadata=metadata(key),
        )
    except SlackApiError as exc:
        log.warning("chat.update for %s failed: %s", key, exc.response.get("error"))
        return False
    except OSError as exc:  # the state is stored; only the redraw is lost
        log.warning("chat.update for %s failed: %s", key, exc)
        return False
    return True


def thread(client: Any, store: db.Store, key: str, actor: str, what: str) -> None:
    """One line in the card's thread: who did what, when."""
    reply = db.reply_state(store, key)
    if not reply or not reply["card_ts"]:
        return
    try:
        client.chat_postMessage(
            channel=reply["card_channel"],
            thread_ts=reply["card_ts"],
            text=blocks.thread_line(actor, what, db.now_iso()),
        )
    except SlackApiError as exc:
        log.warning("thread line for %s failed: %s", key, exc.response.get("error"))
    except OSError as exc:
        log.warning("thread line for %s failed: %s", key, exc)


def refresh(client: Any, store: db.Store, key: str, actor: str, what: str) -> None:
    update(client, store, key)
    thread(client, store, key, actor, what)
