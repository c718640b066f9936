"""The Edit and Regenerate modals, and the error a refused edit shows inside the modal."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from slack_app.slack.blocks import kit
from slack_app.slack.blocks.ids import (
    EDIT_VIEW,
    INSTRUCTION_BLOCK,
    INSTRUCTION_INPUT,
    REGENERATE_VIEW,
    REPLY_BLOCK,
    REPLY_INPUT,
)
from slack_app.slack.blocks.kit import INPUT_LIMIT, fit


def edit_modal(review_key: str, draft_text: str, version: int | None) -> dict:
    return {
        "type": "modal",
        "callback_id": EDIT_VIEW,
        "private_metadata": review_key,
        "title": kit.text_object("Edit reply", kind="plain_text"),
        "submit": kit.text_object("Save draft", kind="plain_text"),
        "close": kit.text_object("Cancel", kind="plain_text"),
        "blocks": [
            kit.context(
                "The guardrail checks your text when you save: no patient status, care, visits,"
                " records or billing; keep the practice's phone or email."
            ),
            {
                "type": "input",
                "block_id": REPLY_BLOCK,
                "label": kit.text_object(
                    f"Reply (editing v{version})" if version else "Reply", kind="plain_text"
                ),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REPLY_INPUT,
                    "multiline": True,
                    "max_length": INPUT_LIMIT,
                    "initial_value": draft_text[:INPUT_LIMIT],
                },
            },
        ],
    }


def regenerate_modal(review_key: str) -> dict:
    return {
        "type": "modal",
        "callback_id": REGENERATE_VIEW,
        "private_metadata": review_key,
        "title": kit.text_object("Regenerate reply", kind="plain_text"),
        "submit": kit.text_object("Regenerate", kind="plain_text"),
        "close": kit.text_object("Cancel", kind="plain_text"),
        "blocks": [
            {
                "type": "input",
                "block_id": INSTRUCTION_BLOCK,
                "optional": True,
                "label": kit.text_object("Instruction (optional)", kind="plain_text"),
                "hint": kit.text_object(
                    "For example: shorter, warmer, more formal", kind="plain_text"
                ),
                "element": {
                    "type": "plain_text_input",
                    "action_id": INSTRUCTION_INPUT,
                    "max_length": 300,
                },
            }
        ],
    }


def blocked_edit_error(findings: Iterable[Mapping]) -> str:
    """The modal error for a refused edit: each blocking rule and the words that tripped it."""
    parts = [
        f"Blocked ({f.get('rule')}): \u201c{f.get('excerpt')}\u201d {f.get('message')}"
        for f in findings
        if f.get("severity") == "block"
    ]
    return fit(" ".join(parts) or "Blocked by the guardrail", 2000, escaped=False)
