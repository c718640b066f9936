"""What `/review-reply` shows its caller: the usage, and the private card of a pasted review
with Share to review channel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_app.models import Review
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.card import draft_section, triage_text, verdict_text
from slack_app.slack.blocks.ids import SHARE
from slack_app.slack.blocks.kit import SECTION_LIMIT, quote

USAGE = (
    "*/review-reply* drafts a safe reply to a review from any site (Healthgrades, Facebook, "
    "Zocdoc, ...).\n"
    "Usage: `/review-reply <paste the review text>`\n"
    "You get a private card with the draft and a button to share it in the review channel, "
    "where an approver can approve it.\n"
    "`/review-reply scan [location]` (approvers and risk managers): check every reply already "
    "on Google against the guardrail; the report goes to the review channel."
)


def usage_blocks() -> list[dict]:
    return [kit.section(USAGE)]


def manual_card(
    review: Review, draft: Mapping | None, verdict: Any, triage: Mapping | None
) -> list[dict]:
    """The private card `/review-reply` shows its caller, with Share to review channel."""
    blocks = [kit.section("*Draft for a pasted review* (only you can see this)")]
    if review.text.strip():
        blocks.append(kit.section(quote(review.text, SECTION_LIMIT)))
    blocks.append(kit.section(triage_text(triage)))
    blocks.append(draft_section(draft))
    blocks.append(kit.section(verdict_text(verdict)))
    blocks.append(
        kit.actions(
            kit.button("Share to review channel", SHARE, review.key, style="primary"),
            block_id="manual_actions",
        )
    )
    return blocks
