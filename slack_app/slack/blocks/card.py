"""The review card: header, triage, draft and the guardrail's verdict, and the buttons its
reply state allows; the copy-ready card of a reply to post by hand; the card's fallback text and
thread lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from slack_app.models import Review
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.ids import (
    APPROVE,
    DISMISS,
    EDIT,
    ESCALATE,
    MARK_POSTED,
    OPEN_REVIEW,
    REGENERATE,
    RETRY,
    approve_value,
)
from slack_app.slack.blocks.kit import (
    HEADER_LIMIT,
    QUOTE_PREFIX,
    SECTION_LIMIT,
    SEVERITY_ICONS,
    SOURCE_LABELS,
    escape,
    fit,
    quote,
    stars,
)


def _findings(verdict: Any) -> list[dict]:
    """Findings as dicts from a guardrail `Verdict`, its `to_dict()`, or a stored draft row."""
    if verdict is None:
        return []
    if isinstance(verdict, Mapping):
        return [dict(f) for f in verdict.get("findings") or []]
    return [f.to_dict() for f in verdict.findings]


def verdict_text(verdict: Any) -> str:
    findings = _findings(verdict)
    blocking = [f for f in findings if f.get("severity") == "block"]
    warnings = [f for f in findings if f.get("severity") != "block"]
    if blocking:
        head = ":no_entry: *Guardrail: blocked*; this text cannot be approved"
    elif warnings:
        head = ":large_yellow_circle: *Guardrail: passed with warnings*"
    else:
        head = ":white_check_mark: *Guardrail: passed*"
    lines = [head]
    for finding in blocking + warnings:
        icon = SEVERITY_ICONS.get(finding.get("severity", "warn"), ":warning:")
        lines.append(
            f"{icon} `{escape(str(finding.get('rule', '')))}` "
            f"\u201c{fit(str(finding.get('excerpt', '')), 200)}\u201d: "
            f"{fit(str(finding.get('message', '')), 400)}"
        )
    return fit("\n".join(lines), SECTION_LIMIT, escaped=False)


def verdict_passed(verdict: Any) -> bool:
    return not any(f.get("severity") == "block" for f in _findings(verdict))


def triage_text(triage: Mapping | None) -> str:
    if not triage or not triage.get("escalate"):
        return ":large_green_circle: *Triage:* routine"
    categories = ", ".join(triage.get("categories") or []) or "risk"
    reason = fit(str(triage.get("summary") or ""), 1500)
    return f":rotating_light: *Triage: {escape(categories)}*: {reason}"


def review_header(review: Review) -> list[dict]:
    """Source, location, stars, reviewer, date and the review text (excerpt note for Yelp)."""
    source = SOURCE_LABELS.get(review.source, review.source.title())
    location = review.location_name or review.location_id
    title = f"{source} review · {location}"
    reviewer = review.reviewer_name or "Anonymous reviewer"
    date = (review.created_at or review.updated_at)[:10] or "date unknown"
    blocks: list[dict] = [
        {
            "type": "header",
            "text": kit.text_object(fit(title, HEADER_LIMIT, escaped=False), kind="plain_text"),
        },
        kit.section(f"{stars(review.stars)}   *{fit(reviewer, 200)}*   {escape(date)}"),
    ]
    if review.text.strip():
        blocks.append(kit.section(quote(review.text, SECTION_LIMIT)))
    else:
        blocks.append(kit.context("_Rating only: the reviewer wrote no text._"))
    if review.is_excerpt:
        link = f"<{review.url}|read the full review>" if review.url.startswith("https://") else ""
        blocks.append(
            kit.context(f":scissors: Excerpt only ({source} shares part of the text). {link}")
        )
    elif review.url.startswith("https://"):
        blocks.append(kit.context(f"<{review.url}|Open the review on {source}>"))
    return blocks


def _draft_head(draft: Mapping, label: str) -> str:
    version = draft.get("version")
    author = draft.get("author") or ""
    by = "" if not author or author == "review-assistant" else f", edited by <@{escape(author)}>"
    return f"*{label}* (v{version}{by}):\n" if version else f"*{label}:*\n"


def draft_section(draft: Mapping | None, label: str = "Draft reply") -> dict:
    if not draft:
        return kit.section(f"*{label}:* _none yet_")
    head = _draft_head(draft, label)
    return kit.section(head + quote(str(draft.get("text", "")), SECTION_LIMIT - len(head)))


def draft_shown_whole(draft: Mapping) -> bool:
    """Whether the card shows the draft's whole text (quote() shortens a long one). Approve
    posts the whole text, so it is offered only for a draft the approver can read in full."""
    text = str(draft.get("text", ""))
    lines = text.count("\n") + 1
    limit = SECTION_LIMIT - len(_draft_head(draft, "Draft reply"))
    return lines <= max(1, limit // 100) and len(escape(text)) <= limit - len(QUOTE_PREFIX) * lines


def review_card(
    review: Review,
    draft: Mapping | None,
    verdict: Any,
    triage: Mapping | None,
    state: str,
    *,
    note: str = "",
    error: str = "",
    posted_by: str = "",
    uncertain: bool = False,
    notes: Iterable[dict] = (),
    failure: str = "",
) -> list[dict]:
    """The card in the review channel for `state` (a reply state from the store).

    `draft` is the stored draft row (text, version, author); `verdict` a guardrail Verdict or
    anything with `findings` (a draft row works); `triage` the stored triage dict; `note` the
    risk manager's note; `error` why posting failed; `posted_by` who approved or posted it;
    `uncertain` that the failed post may have reached the site (check before Retry); `notes`
    blocks shown above the buttons and `failure` a line replacing "Posting failed" (Google's
    side of the reply: `slack.google_blocks.card_extras`).
    """
    key = review.key
    blocks = review_header(review)
    blocks.append(kit.section(triage_text(triage)))
    blocks.append({"type": "divider"})
    blocks.append(draft_section(draft, "Posted reply" if state == "posted" else "Draft reply"))
    if draft and state not in ("posted", "dismissed"):
        blocks.append(kit.section(verdict_text(verdict)))
    if note and state in ("cleared", "escalated", "drafted"):
        who = "Risk manager note" if state != "drafted" else "Note"
        blocks.append(kit.section(f":memo: *{who}:* {fit(note, 2000)}"))
    blocks.extend(notes)

    approvable = (
        verdict_passed(verdict)
        and draft is not None
        and bool(draft.get("text"))
        and draft_shown_whole(draft)
    )
    approve = kit.button(
        "Approve and post",
        APPROVE,
        approve_value(key, draft.get("version") if draft else None),
        style="primary",
        confirm=kit.confirm_dialog(
            "Post this reply?",
            "The draft shown on the card is posted publicly as the practice's reply.",
            "Post it",
            "Not yet",
        ),
    )
    edit = kit.button("Edit", EDIT, key)
    regenerate = kit.button("Regenerate", REGENERATE, key)
    escalate = kit.button("Escalate", ESCALATE, key)
    dismiss = kit.button(
        "Dismiss",
        DISMISS,
        key,
        style="danger",
        confirm=kit.confirm_dialog(
            "Dismiss this review?",
            "No reply will be posted for this review. The card stays, marked as dismissed, "
            "and the dismissal is recorded in the audit log.",
            "Dismiss",
            "Keep it",
            style="danger",
        ),
    )

    if state in ("drafted", "cleared"):
        buttons = [approve] if approvable else []
        if draft and verdict_passed(verdict) and not draft_shown_whole(draft):
            blocks.append(
                kit.context(
                    ":straight_ruler: This draft is too long to show in full, so it cannot be "
                    "approved from the card; shorten it with Edit or Regenerate."
                )
            )
        blocks.append(kit.actions(*buttons, edit, regenerate, escalate, dismiss))
    elif state == "escalated":
        blocks.append(
            kit.section(
                ":rotating_light: *Escalated to the risk manager.* Approve is locked until "
                "a risk manager clears it for reply."
            )
        )
        blocks.append(kit.actions(edit, regenerate, dismiss))
    elif state == "posting":
        blocks.append(kit.context(":hourglass_flowing_sand: Posting the reply…"))
    elif state == "posted":
        by = f" by <@{escape(posted_by)}>" if posted_by else ""
        blocks.append(kit.context(f":white_check_mark: Reply posted{by}."))
    elif state == "post_failed" and uncertain:
        site = SOURCE_LABELS.get(review.source, "The site") if review.source != "manual" else ""
        blocks.append(
            kit.section(
                f":warning: *{escape(site or 'The site')} may have posted this reply - check "
                f"before retrying.* {fit(error or '', 2000)}"
            )
        )
        mark = kit.button("Mark as posted", MARK_POSTED, key, style="primary")
        blocks.append(kit.actions(mark, kit.button("Retry", RETRY, key), edit, dismiss))
    elif state == "post_failed":
        failed = failure or f":x: *Posting failed:* {fit(error or 'unknown error', 2000)}"
        blocks.append(kit.section(failed))
        blocks.append(kit.actions(kit.button("Retry", RETRY, key, style="primary"), edit, dismiss))
    elif state == "approved":
        blocks.extend(manual_post_blocks(review, draft, approved_by=posted_by))
    elif state == "dismissed":
        by = f" by <@{escape(posted_by)}>" if posted_by and posted_by[0] in "UW" else ""
        blocks.append(kit.context(f":no_bell: Dismissed{by}: no reply will be posted."))
    elif state == "queued":
        pass  # the notes say when it goes out
    else:  # new
        blocks.append(kit.context(":hourglass_flowing_sand: Drafting a reply…"))
    return blocks


def manual_post_blocks(
    review: Review, draft: Mapping | None, *, approved_by: str = ""
) -> list[dict]:
    """Approved, to be pasted on the site by a person: copy-ready text, the link, Mark as posted."""
    text = str((draft or {}).get("text", ""))
    by = f" by <@{escape(approved_by)}>" if approved_by else ""
    source = SOURCE_LABELS.get(review.source, review.source)
    blocks = [
        kit.section(
            f":clipboard: *Approved{by}; post it by hand on {escape(source)}.* "
            "Copy the text below, paste it as the owner reply, then press Mark as posted."
        ),
        kit.section("```" + fit(text, SECTION_LIMIT - 6).replace("```", "'''") + "```"),
    ]
    buttons = []
    if review.url.startswith("https://"):
        buttons.append(kit.button("Open the review", OPEN_REVIEW, review.key, url=review.url))
    buttons.append(kit.button("Mark as posted", MARK_POSTED, review.key, style="primary"))
    blocks.append(kit.actions(*buttons))
    return blocks


def card_fallback_text(review: Review, state: str) -> str:
    """The notification text (`text` next to `blocks`)."""
    source = SOURCE_LABELS.get(review.source, review.source)
    who = review.reviewer_name or "Anonymous"
    return fit(f"{source} review from {who} ({stars(review.stars)}): {state}", 300)


def thread_line(actor: str, what: str, at: str = "") -> str:
    """One line for the card's thread: who, what, when."""
    when = f" · {escape(at[:19].replace('T', ' '))} UTC" if at else ""
    who = f"<@{escape(actor)}>" if actor and actor[0] in "UW" else escape(actor or "system")
    return fit(f"{who} {what}{when}", SECTION_LIMIT, escaped=False)
