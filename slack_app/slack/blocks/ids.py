"""The ids listeners register on: action ids, view callback ids and input block ids, and the
Approve button's value (the review key pinned to the draft version the card shows)."""

from __future__ import annotations

ACTIONS_BLOCK = "review_actions"

# action ids (listeners register on these)
APPROVE = "approve_reply"
VERSION_PIN = "|v"  # separates the review key from the draft version in Approve's value
EDIT = "edit_reply"
REGENERATE = "regenerate_reply"
ESCALATE = "escalate_review"
DISMISS = "dismiss_review"
RETRY = "retry_post"
MARK_POSTED = "mark_posted"
CLEAR = "clear_escalation"
HOLD = "hold_escalation"
SHARE = "share_card"
OPEN_REVIEW = "open_review"

# view callback ids and their input blocks
EDIT_VIEW = "edit_reply_view"
REGENERATE_VIEW = "regenerate_reply_view"
REPLY_BLOCK = "reply_text"
REPLY_INPUT = "text"
INSTRUCTION_BLOCK = "instruction"
INSTRUCTION_INPUT = "text"
NOTE_BLOCK = "risk_note"
NOTE_INPUT = "text"


def approve_value(key: str, draft_version: int | None) -> str:
    """The Approve button's value: the review key pinned to the draft version the card shows,
    so an approver never posts a text they have not seen (an edit may land in between)."""
    return key if draft_version is None else f"{key}{VERSION_PIN}{draft_version}"


def split_approve_value(value: str) -> tuple[str, int | None]:
    """(review key, pinned draft version or None) from an Approve button's value."""
    key, pin, version = value.rpartition(VERSION_PIN)
    if pin and version.isdigit():
        return key, int(version)
    return value, None
