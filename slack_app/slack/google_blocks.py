"""Block Kit builders for what a card says about Google beyond the draft (pure functions):
a queued reply and when it goes out, Google's moderation of a posted reply (pending,
published with its "View on Google" link, rejected with the reason), a review removed from
Google, and the reply a replacement would replace."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from slack_app.models import Review
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.kit import SECTION_LIMIT, escape, fit, quote
from slack_app.sources.google_replies import APPROVED, REJECTED, violation_text

SAFE_URL_CHARACTERS = frozenset("|<> \n\r\t")


@dataclass(frozen=True)
class CardExtras:
    """What `blocks.review_card` adds for Google: `notes` go above the card's buttons;
    `failure` replaces its "Posting failed" line (a rejection by Google)."""

    notes: list[dict] = field(default_factory=list)
    failure: str = ""


def link(url: str, label: str) -> str:
    """A mrkdwn link to an https URL, or "" for anything else (no link a reviewer's text or
    an odd API answer could bend)."""
    if not url.startswith("https://") or SAFE_URL_CHARACTERS & set(url) or len(url) > 1000:
        return ""
    return f"<{url}|{escape(label)}>"


def _current(status: Mapping | None, reply: Mapping) -> Mapping | None:
    """Google's answer, if it is about the reply posted last."""
    if not status or not status.get("checked_at"):
        return None
    return status if status["checked_at"] > (reply.get("posted_at") or "") else None


def card_extras(
    review: Review,
    reply: Mapping,
    *,
    status: Mapping | None = None,
    removed: Mapping | None = None,
    queued: Mapping | None = None,
) -> CardExtras:
    """The Google parts of a review card from stored rows: the reply state row, the
    google_reply_status row, the removed_reviews row and the reply_queue row."""
    state = reply["state"]
    notes: list[dict] = []
    failure = ""
    if removed:
        when = removed["removed_at"][:16].replace("T", " ")
        text = f":wastebasket: *This review was removed from Google* (noticed {when} UTC)."
        if removed.get("withdrawn"):
            text += " The draft was withdrawn; nothing will be posted."
        notes.append(kit.section(text))
    current = _current(status, reply)
    if state == "queued" and queued:
        notes.append(kit.context(f":hourglass_flowing_sand: {escape(queued['notice'])}"))
    elif state == "posted" and current:
        view = link(current.get("reply_url") or "", "View on Google")
        if current["reply_state"] == APPROVED:
            notes.append(kit.context(f":globe_with_meridians: Google published the reply. {view}"))
        else:
            notes.append(
                kit.context(f":mag: Google is reviewing the reply (moderation pending). {view}")
            )
    elif state == "post_failed" and current and current["reply_state"] == REJECTED:
        reason = violation_text(current.get("policy_violation") or "")
        failure = (
            f":no_entry_sign: *Google rejected this reply:* {escape(reason)}. Edit it and "
            "approve the new text, or Retry to send the same text again."
        )
    if review.owner_reply.strip() and state in ("drafted", "cleared", "escalated"):
        head = ":recycle: *Now on Google* (approving the draft replaces it):\n"
        notes.append(kit.section(head + quote(review.owner_reply, SECTION_LIMIT - len(head))))
    return CardExtras(notes, fit(failure, SECTION_LIMIT, escaped=False))
