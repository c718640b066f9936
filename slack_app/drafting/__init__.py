"""Drafting: a drafter protocol with two backends (OpenAI-compatible, offline templates) and
the repair loop that only returns what the guardrail passes.

    result = draft_reply(review, settings)             # backend chosen from the environment
    result.text, result.backend, result.passed
    for attempt in result.attempts:
        store.save_draft(db, review.key, attempt.to_row())
"""

from slack_app.drafting.core import (
    MACHINE_AUTHOR,
    DraftAttempt,
    Drafter,
    DraftingError,
    DraftOutput,
    DraftRequest,
    DraftResult,
)
from slack_app.drafting.loop import (
    draft_reply,
    guard_context,
    make_drafter,
    office_context,
    reply_language,
    template_drafter,
)
from slack_app.drafting.templates import TemplateDrafter, load_templates

__all__ = [
    "MACHINE_AUTHOR",
    "DraftAttempt",
    "DraftOutput",
    "DraftRequest",
    "DraftResult",
    "Drafter",
    "DraftingError",
    "TemplateDrafter",
    "draft_reply",
    "guard_context",
    "load_templates",
    "make_drafter",
    "office_context",
    "reply_language",
    "template_drafter",
]
