"""Block Kit builders: pure functions from stored data to Slack blocks (no I/O, no client).

Every user-provided string (review text, reviewer name, drafts, notes) goes through `escape`
and `fit`, so it renders as text (never as a mention or link) and stays inside Block Kit's
limits: section text 3000 characters, button value 2000, header 150, input values 3000.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from slack_app.models import Review

SECTION_LIMIT = 3000
HEADER_LIMIT = 150
BUTTON_VALUE_LIMIT = 2000
INPUT_LIMIT = 3000

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

SOURCE_LABELS = {"google": "Google", "yelp": "Yelp", "manual": "Pasted review"}
SEVERITY_ICONS = {"block": ":no_entry:", "warn": ":warning:"}


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Slack's three mrkdwn control characters, so user text can't mention, link or format
    as a command (`<!channel>`, `<@U123>`, `<http://x|y>`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, limit: int = SECTION_LIMIT, *, escaped: bool = True) -> str:
    """Escape (unless `escaped=False`) and shorten to at most `limit` characters, cutting the raw
    text (never an entity in half) and marking the cut with an ellipsis."""
    render = escape if escaped else (lambda s: s)
    out = render(text)
    if len(out) <= limit:
        return out
    if limit < 1:
        return ""
    raw = text[: limit - 1]
    while raw and len(render(raw)) + 1 > limit:
        raw = raw[: len(raw) - max(1, (len(render(raw)) + 1 - limit) // 5)]
    return render(raw) + "…"


QUOTE_PREFIX = "&gt; "


def quote(text: str, limit: int = SECTION_LIMIT) -> str:
    """A mrkdwn block quote of user text within `limit` characters. Every line costs its
    prefix, so a text of many (or blank) lines keeps its first lines and runs the rest
    together; otherwise the prefixes alone could exceed the limit."""
    lines = text.split("\n")
    most = max(1, limit // 100)
    if len(lines) > most:
        rest = " ".join(line for line in lines[most - 1 :] if line.strip())
        lines = [*lines[: most - 1], rest]
    body = fit("\n".join(lines), limit - len(QUOTE_PREFIX) * len(lines))
    return "\n".join(QUOTE_PREFIX + line if line else "&gt;" for line in body.split("\n"))


def stars(count: int | None) -> str:
    if count is None:
        return "no star rating"
    return "★" * count + "☆" * (5 - count) + f" ({count}/5)"


def _text(text: str, *, kind: str = "mrkdwn") -> dict:
    return {"type": kind, "text": text}


def _section(text: str) -> dict:
    return {"type": "section", "text": _text(text[:SECTION_LIMIT])}


def _context(*parts: str) -> dict:
    return {"type": "context", "elements": [_text(p[:SECTION_LIMIT]) for p in parts]}


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


def _button(
    label: str,
    action_id: str,
    value: str,
    *,
    style: str | None = None,
    confirm: dict | None = None,
    url: str | None = None,
) -> dict:
    if len(value) > BUTTON_VALUE_LIMIT:
        raise ValueError(f"button value for {action_id} is {len(value)} characters (max 2000)")
    button: dict[str, Any] = {
        "type": "button",
        "action_id": action_id,
        "text": _text(label, kind="plain_text"),
        "value": value,
    }
    if style:
        button["style"] = style
    if confirm:
        button["confirm"] = confirm
    if url:
        button["url"] = url
    return button


def _confirm(title: str, text: str, confirm: str, deny: str, *, style: str = "") -> dict:
    """A Block Kit confirmation dialog (every field plain text, as Slack requires)."""
    dialog = {
        "title": _text(title, kind="plain_text"),
        "text": _text(text, kind="plain_text"),
        "confirm": _text(confirm, kind="plain_text"),
        "deny": _text(deny, kind="plain_text"),
    }
    if style:
        dialog["style"] = style
    return dialog


def _actions(*buttons: dict, block_id: str = ACTIONS_BLOCK) -> dict:
    return {"type": "actions", "block_id": block_id, "elements": list(buttons)}


# ---------------------------------------------------------------------------------------------
# The review card
# ---------------------------------------------------------------------------------------------


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
            "text": _text(fit(title, HEADER_LIMIT, escaped=False), kind="plain_text"),
        },
        _section(f"{stars(review.stars)}   *{fit(reviewer, 200)}*   {escape(date)}"),
    ]
    if review.text.strip():
        blocks.append(_section(quote(review.text, SECTION_LIMIT)))
    else:
        blocks.append(_context("_Rating only: the reviewer wrote no text._"))
    if review.is_excerpt:
        link = f"<{review.url}|read the full review>" if review.url.startswith("https://") else ""
        blocks.append(
            _context(f":scissors: Excerpt only ({source} shares part of the text). {link}")
        )
    elif review.url.startswith("https://"):
        blocks.append(_context(f"<{review.url}|Open the review on {source}>"))
    return blocks


def _draft_head(draft: Mapping, label: str) -> str:
    version = draft.get("version")
    author = draft.get("author") or ""
    by = "" if not author or author == "review-assistant" else f", edited by <@{escape(author)}>"
    return f"*{label}* (v{version}{by}):\n" if version else f"*{label}:*\n"


def _draft_section(draft: Mapping | None, label: str = "Draft reply") -> dict:
    if not draft:
        return _section(f"*{label}:* _none yet_")
    head = _draft_head(draft, label)
    return _section(head + quote(str(draft.get("text", "")), SECTION_LIMIT - len(head)))


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
    blocks.append(_section(triage_text(triage)))
    blocks.append({"type": "divider"})
    blocks.append(_draft_section(draft, "Posted reply" if state == "posted" else "Draft reply"))
    if draft and state not in ("posted", "dismissed"):
        blocks.append(_section(verdict_text(verdict)))
    if note and state in ("cleared", "escalated", "drafted"):
        who = "Risk manager note" if state != "drafted" else "Note"
        blocks.append(_section(f":memo: *{who}:* {fit(note, 2000)}"))
    blocks.extend(notes)

    approvable = (
        verdict_passed(verdict)
        and draft is not None
        and bool(draft.get("text"))
        and draft_shown_whole(draft)
    )
    approve = _button(
        "Approve and post",
        APPROVE,
        approve_value(key, draft.get("version") if draft else None),
        style="primary",
        confirm=_confirm(
            "Post this reply?",
            "The draft shown on the card is posted publicly as the practice's reply.",
            "Post it",
            "Not yet",
        ),
    )
    edit = _button("Edit", EDIT, key)
    regenerate = _button("Regenerate", REGENERATE, key)
    escalate = _button("Escalate", ESCALATE, key)
    dismiss = _button(
        "Dismiss",
        DISMISS,
        key,
        style="danger",
        confirm=_confirm(
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
                _context(
                    ":straight_ruler: This draft is too long to show in full, so it cannot be "
                    "approved from the card; shorten it with Edit or Regenerate."
                )
            )
        blocks.append(_actions(*buttons, edit, regenerate, escalate, dismiss))
    elif state == "escalated":
        blocks.append(
            _section(
                ":rotating_light: *Escalated to the risk manager.* Approve is locked until "
                "a risk manager clears it for reply."
            )
        )
        blocks.append(_actions(edit, regenerate, dismiss))
    elif state == "posting":
        blocks.append(_context(":hourglass_flowing_sand: Posting the reply…"))
    elif state == "posted":
        by = f" by <@{escape(posted_by)}>" if posted_by else ""
        blocks.append(_context(f":white_check_mark: Reply posted{by}."))
    elif state == "post_failed" and uncertain:
        site = SOURCE_LABELS.get(review.source, "The site") if review.source != "manual" else ""
        blocks.append(
            _section(
                f":warning: *{escape(site or 'The site')} may have posted this reply - check "
                f"before retrying.* {fit(error or '', 2000)}"
            )
        )
        mark = _button("Mark as posted", MARK_POSTED, key, style="primary")
        blocks.append(_actions(mark, _button("Retry", RETRY, key), edit, dismiss))
    elif state == "post_failed":
        failed = failure or f":x: *Posting failed:* {fit(error or 'unknown error', 2000)}"
        blocks.append(_section(failed))
        blocks.append(_actions(_button("Retry", RETRY, key, style="primary"), edit, dismiss))
    elif state == "approved":
        blocks.extend(manual_post_blocks(review, draft, approved_by=posted_by))
    elif state == "dismissed":
        by = f" by <@{escape(posted_by)}>" if posted_by and posted_by[0] in "UW" else ""
        blocks.append(_context(f":no_bell: Dismissed{by}: no reply will be posted."))
    elif state == "queued":
        pass  # the notes say when it goes out
    else:  # new
        blocks.append(_context(":hourglass_flowing_sand: Drafting a reply…"))
    return blocks


def manual_post_blocks(
    review: Review, draft: Mapping | None, *, approved_by: str = ""
) -> list[dict]:
    """Approved, to be pasted on the site by a person: copy-ready text, the link, Mark as posted."""
    text = str((draft or {}).get("text", ""))
    by = f" by <@{escape(approved_by)}>" if approved_by else ""
    source = SOURCE_LABELS.get(review.source, review.source)
    blocks = [
        _section(
            f":clipboard: *Approved{by}; post it by hand on {escape(source)}.* "
            "Copy the text below, paste it as the owner reply, then press Mark as posted."
        ),
        _section("```" + fit(text, SECTION_LIMIT - 6).replace("```", "'''") + "```"),
    ]
    buttons = []
    if review.url.startswith("https://"):
        buttons.append(_button("Open the review", OPEN_REVIEW, review.key, url=review.url))
    buttons.append(_button("Mark as posted", MARK_POSTED, review.key, style="primary"))
    blocks.append(_actions(*buttons))
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


# ---------------------------------------------------------------------------------------------
# Escalation DM and the risk manager's buttons
# ---------------------------------------------------------------------------------------------


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
    blocks = [_section(f":rotating_light: *Review escalated for risk review{by}*")]
    blocks.extend(review_header(review))
    blocks.append(_section(triage_text(triage)))
    blocks.append(_draft_section(draft))
    if resolved:
        blocks.append(_context(fit(resolved, SECTION_LIMIT, escaped=False)))
        return blocks
    if held:
        blocks.append(_context(":pause_button: " + fit(held, SECTION_LIMIT - 20, escaped=False)))
    blocks.append(
        {
            "type": "input",
            "block_id": NOTE_BLOCK,
            "optional": True,
            "label": _text("Note for the approvers", kind="plain_text"),
            "element": {
                "type": "plain_text_input",
                "action_id": NOTE_INPUT,
                "multiline": True,
                "max_length": 1000,
            },
        }
    )
    blocks.append(
        _actions(
            _button("Clear for reply", CLEAR, review.key, style="primary"),
            _button("Keep on hold", HOLD, review.key),
            block_id="risk_actions",
        )
    )
    return blocks


# ---------------------------------------------------------------------------------------------
# Modals
# ---------------------------------------------------------------------------------------------


def edit_modal(review_key: str, draft_text: str, version: int | None) -> dict:
    return {
        "type": "modal",
        "callback_id": EDIT_VIEW,
        "private_metadata": review_key,
        "title": _text("Edit reply", kind="plain_text"),
        "submit": _text("Save draft", kind="plain_text"),
        "close": _text("Cancel", kind="plain_text"),
        "blocks": [
            _context(
                "The guardrail checks your text when you save: no patient status, care, visits,"
                " records or billing; keep the practice's phone or email."
            ),
            {
                "type": "input",
                "block_id": REPLY_BLOCK,
                "label": _text(
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
        "title": _text("Regenerate reply", kind="plain_text"),
        "submit": _text("Regenerate", kind="plain_text"),
        "close": _text("Cancel", kind="plain_text"),
        "blocks": [
            {
                "type": "input",
                "block_id": INSTRUCTION_BLOCK,
                "optional": True,
                "label": _text("Instruction (optional)", kind="plain_text"),
                "hint": _text("For example: shorter, warmer, more formal", kind="plain_text"),
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


# ---------------------------------------------------------------------------------------------
# The slash command
# ---------------------------------------------------------------------------------------------

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
    return [_section(USAGE)]


def manual_card(
    review: Review, draft: Mapping | None, verdict: Any, triage: Mapping | None
) -> list[dict]:
    """The private card `/review-reply` shows its caller, with Share to review channel."""
    blocks = [_section("*Draft for a pasted review* (only you can see this)")]
    if review.text.strip():
        blocks.append(_section(quote(review.text, SECTION_LIMIT)))
    blocks.append(_section(triage_text(triage)))
    blocks.append(_draft_section(draft))
    blocks.append(_section(verdict_text(verdict)))
    blocks.append(
        _actions(
            _button("Share to review channel", SHARE, review.key, style="primary"),
            block_id="manual_actions",
        )
    )
    return blocks


def notice(text: str) -> list[dict]:
    return [_section(fit(text, SECTION_LIMIT, escaped=False))]
