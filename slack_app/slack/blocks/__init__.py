"""Block Kit builders: pure functions from stored data to Slack blocks (no I/O, no client).

Callers use this package as one module (`from slack_app.slack import blocks;
blocks.review_card(...)`, `blocks.APPROVE`); the code lives in:

    ids.py            action ids, view callback ids, input block ids; Approve's pinned value
    kit.py            Block Kit's parts (text objects, sections, buttons, confirmation dialogs)
                      and the text helpers every builder uses: escape, fit, quote, stars
    card.py           the review card, the copy-ready card to post by hand, thread lines
    escalation.py     what a risk manager gets about an escalated review
    modals.py         the Edit and Regenerate modals; a refused edit's error
    slash_command.py  what /review-reply shows its caller

Builders outside this package (the digest, the App Home, the scan's report) use `kit`.
"""

from slack_app.slack.blocks.card import (
    card_fallback_text,
    draft_shown_whole,
    manual_post_blocks,
    review_card,
    review_header,
    thread_line,
    triage_text,
    verdict_passed,
    verdict_text,
)
from slack_app.slack.blocks.escalation import escalation_card
from slack_app.slack.blocks.ids import (
    ACTIONS_BLOCK,
    APPROVE,
    CLEAR,
    DISMISS,
    EDIT,
    EDIT_VIEW,
    ESCALATE,
    HOLD,
    INSTRUCTION_BLOCK,
    INSTRUCTION_INPUT,
    MARK_POSTED,
    NOTE_BLOCK,
    NOTE_INPUT,
    OPEN_REVIEW,
    REGENERATE,
    REGENERATE_VIEW,
    REPLY_BLOCK,
    REPLY_INPUT,
    RETRY,
    SHARE,
    VERSION_PIN,
    approve_value,
    split_approve_value,
)
from slack_app.slack.blocks.kit import (
    BUTTON_VALUE_LIMIT,
    HEADER_LIMIT,
    INPUT_LIMIT,
    QUOTE_PREFIX,
    SECTION_LIMIT,
    SEVERITY_ICONS,
    SOURCE_LABELS,
    escape,
    fit,
    notice,
    quote,
    stars,
)
from slack_app.slack.blocks.modals import blocked_edit_error, edit_modal, regenerate_modal
from slack_app.slack.blocks.slash_command import USAGE, manual_card, usage_blocks

__all__ = [
    "ACTIONS_BLOCK",
    "APPROVE",
    "BUTTON_VALUE_LIMIT",
    "CLEAR",
    "DISMISS",
    "EDIT",
    "EDIT_VIEW",
    "ESCALATE",
    "HEADER_LIMIT",
    "HOLD",
    "INPUT_LIMIT",
    "INSTRUCTION_BLOCK",
    "INSTRUCTION_INPUT",
    "MARK_POSTED",
    "NOTE_BLOCK",
    "NOTE_INPUT",
    "OPEN_REVIEW",
    "QUOTE_PREFIX",
    "REGENERATE",
    "REGENERATE_VIEW",
    "REPLY_BLOCK",
    "REPLY_INPUT",
    "RETRY",
    "SECTION_LIMIT",
    "SEVERITY_ICONS",
    "SHARE",
    "SOURCE_LABELS",
    "USAGE",
    "VERSION_PIN",
    "approve_value",
    "blocked_edit_error",
    "card_fallback_text",
    "draft_shown_whole",
    "edit_modal",
    "escalation_card",
    "escape",
    "fit",
    "manual_card",
    "manual_post_blocks",
    "notice",
    "quote",
    "regenerate_modal",
    "review_card",
    "review_header",
    "split_approve_value",
    "stars",
    "thread_line",
    "triage_text",
    "usage_blocks",
    "verdict_passed",
    "verdict_text",
]
