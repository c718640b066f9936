"""What a risk manager gets about an escalated review: the review, the triage reason, the
draft, a note field and Clear for reply / Keep on hold (slack/notices.py delivers it)."""

from __future__ import annotations

from collections.abc import Mapping

from slack_app.models import Review
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.card import draft_section, review_header, triage_text
from slack_app.slack.blocks.ids import CLEAR, HOLD, NOTE_BLOCK, NOTE_INPUT
from slack_app.slack.blocks.kit import SECTION_LIMIT, escape, fit


def escalation_card(
    review: Review,
    draft: Mapping | None,
    triage: Mapping | None,
    *,
    escalated_by: str = "",
    resolved: str = "",
    held: str = "",
) -> list[dict]:
    """What a risk manager gets: the review, the triage reason, the draft, a note field and
    Clear for reply / Keep on hold. `resolved` (who cleared or dismissed it) replaces the
    buttons; `held` (who kept it on hold) is shown above them: it can still be cleared."""
    by = f" by <@{escape(escalated_by)}>" if escalated_by and escalated_by[0] in "UW" else ""
    blocks = [kit.section(f":rotating_light: *Review escalated for risk review{by}*")]
    blocks.extend(review_header(review))
    blocks.append(kit.section(triage_text(triage)))
    blocks.append(draft_section(draft))
    if resolved:
        blocks.append(kit.context(fit(resolved, SECTION_LIMIT, escaped=False)))
        return blocks
    if held:
        blocks.append(kit.context(":pause_button: " + fit(held, SECTION_LIMIT - 20, escaped=False)))
    blocks.append(
        {
            "type": "input",
            "block_id": NOTE_BLOCK,
            "optional": True,
            "label": kit.text_object("Note for the approvers", kind="plain_text"),
            "element": {
                "type": "plain_text_input",
                "action_id": NOTE_INPUT,
                "multiline": True,
                "max_length": 1000,
            },
        }
    )
    blocks.append(
        kit.actions(
            kit.button("Clear for reply", CLEAR, review.key, style="primary"),
            kit.button("Keep on hold", HOLD, review.key),
            block_id="risk_actions",
        )
    )
    return blocks
