"""Follow-up on the card: a menu (Reached out offline / Tried, no answer / No follow-up needed)
on escalated and one- or two-star reviews, the modal with its optional note, and the line that
shows what was recorded.

The note may hold health information: the card says only that a note exists; the note itself
stays in the database and the audit log (`review-assistant audit`).
"""

from __future__ import annotations

from collections.abc import Mapping

from slack_app import store as db
from slack_app import workflow
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.kit import escape, fit

FOLLOW_UP = "follow_up_select"  # action id of the card's menu
FOLLOW_UP_BLOCK = "follow_up"
FOLLOW_UP_VIEW = "follow_up_view"
OUTCOME_BLOCK = "follow_up_outcome"
OUTCOME_INPUT = "outcome"
FOLLOW_UP_NOTE_BLOCK = "follow_up_note"
FOLLOW_UP_NOTE_INPUT = "text"


def _option(code: str) -> dict:
    return {"text": kit.text_object(db.FOLLOW_UP_OUTCOMES[code], kind="plain_text"), "value": code}


def follow_up_blocks(follow_ups: list[Mapping]) -> list[dict]:
    """The card's follow-up line and menu, from the review's follow-ups (oldest first)."""
    if follow_ups:
        latest = follow_ups[-1]
        label = db.FOLLOW_UP_OUTCOMES.get(latest["outcome"], latest["outcome"])
        noted = " · a note is kept in the audit log" if latest["note"] else ""
        earlier = f" · {len(follow_ups)} recorded" if len(follow_ups) > 1 else ""
        text = (
            f":telephone_receiver: *Follow-up:* {escape(label)} · <@{escape(latest['actor'])}>"
            f" · {escape(latest['at'][:10])}{noted}{earlier}"
        )
    else:
        text = (
            ":telephone_receiver: *Follow-up:* none recorded. Contacted this reviewer offline? "
            "Record it here."
        )
    section = kit.section(text)
    section["block_id"] = FOLLOW_UP_BLOCK
    section["accessory"] = {
        "type": "static_select",
        "action_id": FOLLOW_UP,
        "placeholder": kit.text_object("Record follow-up", kind="plain_text"),
        "options": [_option(code) for code in db.FOLLOW_UP_OUTCOMES],
    }
    return [section]


def card_follow_up(store: db.Store, key: str) -> list[dict]:
    """What the card shows about follow-up (nothing for reviews that do not get one)."""
    if not workflow.follow_up_offered(store, key):
        return []
    return follow_up_blocks(db.follow_ups(store, key))


def follow_up_modal(key: str, title: str, chosen: str) -> dict:
    """The follow-up modal: the outcome (preset to the menu choice) and an optional note."""
    options = [_option(code) for code in db.FOLLOW_UP_OUTCOMES]
    radio: dict = {"type": "radio_buttons", "action_id": OUTCOME_INPUT, "options": options}
    if chosen in db.FOLLOW_UP_OUTCOMES:
        radio["initial_option"] = _option(chosen)
    return {
        "type": "modal",
        "callback_id": FOLLOW_UP_VIEW,
        "private_metadata": key,
        "title": kit.text_object("Record follow-up", kind="plain_text"),
        "submit": kit.text_object("Record", kind="plain_text"),
        "close": kit.text_object("Cancel", kind="plain_text"),
        "blocks": [
            kit.context(fit(title, 300)),
            {
                "type": "input",
                "block_id": OUTCOME_BLOCK,
                "label": kit.text_object("What happened", kind="plain_text"),
                "element": radio,
            },
            {
                "type": "input",
                "block_id": FOLLOW_UP_NOTE_BLOCK,
                "optional": True,
                "label": kit.text_object("Note (optional)", kind="plain_text"),
                "hint": kit.text_object(
                    "Kept in the audit log, not shown in the channel. Leave out health details.",
                    kind="plain_text",
                ),
                "element": {
                    "type": "plain_text_input",
                    "action_id": FOLLOW_UP_NOTE_INPUT,
                    "multiline": True,
                    "max_length": db.FOLLOW_UP_NOTE_LIMIT,
                },
            },
        ],
    }


def submitted(view: Mapping) -> tuple[str, str] | None:
    """(outcome code, note) from a submitted follow-up modal, or None when malformed."""
    values = (view.get("state") or {}).get("values") or {}
    outcome = ((values.get(OUTCOME_BLOCK) or {}).get(OUTCOME_INPUT) or {}).get("selected_option")
    note = ((values.get(FOLLOW_UP_NOTE_BLOCK) or {}).get(FOLLOW_UP_NOTE_INPUT) or {}).get("value")
    if not isinstance(outcome, Mapping) or not isinstance(outcome.get("value"), str):
        return None
    if note is not None and not isinstance(note, str):
        return None
    return outcome["value"], note or ""
