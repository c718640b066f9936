"""The reply audit's report in Slack: one message in the review channel listing the replies on
Google the guardrail flagged, with their findings and links, and per reply "Draft a safe
replacement" and "Delete reply" (with a confirmation). Replies beyond the first
ITEMS_IN_REPORT continue in the report's thread, ITEMS_PER_MESSAGE a message (Slack allows 50
blocks a message).

The report is claimed in the store before it is posted (`store.claim_scan_report`), so the
command line and Slack never post one scan twice. After a click the message holding that reply
is redrawn from the store (its items are named by their block ids).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app import reply_audit
from slack_app import store as db
from slack_app.config import Settings
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.kit import (
    HEADER_LIMIT,
    SECTION_LIMIT,
    SEVERITY_ICONS,
    escape,
    fit,
    quote,
    stars,
)
from slack_app.slack.google_blocks import link

log = logging.getLogger(__name__)

REPLACE = "scan_replace_reply"
DELETE = "scan_delete_reply"
REPORT_EVENT = "reply_audit"  # message metadata event_type
ITEMS_IN_REPORT = 12
ITEMS_PER_MESSAGE = 15
ITEM_PREFIX = "scan_item"
CLAIM_STALE = timedelta(minutes=5)
NOTE = (
    "Each reply is judged for what it discloses: patient status, care, visits, records, billing, "
    "identifiers, other people's numbers. A missing contact line or length is not flagged here. "
    "Yelp gives no owner replies through its public API, so only Google is scanned."
)


# ---------------------------------------------------------------------------------------------
# Builders (pure)
# ---------------------------------------------------------------------------------------------


def finding_value(scan_id: int, key: str) -> str:
    return f"{scan_id}|{key}"


def split_finding_value(value: str) -> tuple[int, str] | None:
    """(scan id, review key) from a report button's value, or None when malformed."""
    scan, bar, key = value.partition("|")
    if not bar or not scan.isdigit() or not key:
        return None
    return int(scan), key


def _status_line(finding: Mapping) -> str:
    who = finding.get("acted_by") or ""
    by = f" by <@{escape(who)}>" if who[:1] in ("U", "W") else ""
    status = finding["status"]
    if status == "deleted":
        return f":wastebasket: Deleted from Google{by}."
    if status == "deleting":
        return f":hourglass_flowing_sand: Being deleted{by}…"
    if finding.get("replaced"):
        return f":white_check_mark: Replaced on Google with a safe reply (drafted{by})."
    return f":recycle: Replacement drafted{by}: approve it on its card in the review channel."


def item_blocks(scan_id: int, number: int, finding: Mapping) -> list[dict]:
    """One flagged reply: where and who, the reply and its findings, the buttons (or what
    was done)."""
    who = finding.get("reviewer_name") or "Anonymous reviewer"
    head = (
        f"*{number}. {fit(finding.get('location_name') or '', 150)}* · "
        f"{stars(finding.get('stars'))} · {fit(who, 150)}"
    )
    review = finding.get("review_text") or ""
    if review.strip():
        head += "\n" + quote(review, 600)
    lines = [f"{SEVERITY_ICONS['block']} *The reply on Google fails the guardrail:*"]
    lines.append(quote(finding["reply_text"], 1400))
    for found in finding["findings"][:5]:
        lines.append(
            f"• `{escape(str(found.get('rule', '')))}` "
            f"\u201c{fit(str(found.get('excerpt', '')), 150)}\u201d: "
            f"{fit(str(found.get('message', '')), 300)}"
        )
    if len(finding["findings"]) > 5:
        lines.append(f"• and {len(finding['findings']) - 5} more")
    url = link(finding.get("reply_url") or "", "Open on Google")
    if url:
        lines.append(url)
    blocks = [
        {
            **kit.section(fit(head, SECTION_LIMIT, escaped=False)),
            "block_id": _item_id(scan_id, number),
        },
        kit.section(fit("\n".join(lines), SECTION_LIMIT, escaped=False)),
    ]
    if finding["status"] == "flagged":
        value = finding_value(scan_id, finding["review_key"])
        buttons = [
            kit.button("Draft a safe replacement", REPLACE, value, style="primary"),
            kit.button(
                "Delete reply",
                DELETE,
                value,
                style="danger",
                confirm=kit.confirm_dialog(
                    "Delete this reply on Google?",
                    "The practice's reply disappears from the review on Google for good. The "
                    "deletion and the deleted text are kept in the audit log.",
                    "Delete it",
                    "Keep it",
                    style="danger",
                ),
            ),
        ]
        if finding.get("error"):
            blocks.append(kit.context(f":x: Last attempt: {fit(finding['error'], 500)}"))
        blocks.append(kit.actions(*buttons, block_id=f"scan_actions:{scan_id}:{number}"))
    else:
        blocks.append(kit.context(_status_line(finding)))
    return blocks


def _item_id(scan_id: int, number: int) -> str:
    return f"{ITEM_PREFIX}:{scan_id}:{number}"


def summary_blocks(scan: Mapping, locations: list[Mapping], findings: list[Mapping]) -> list[dict]:
    reviews = sum(row["reviews"] for row in locations)
    replied = sum(row["replied"] for row in locations)
    where = f"{len(locations)} location" + ("s" if len(locations) != 1 else "")
    if scan["scope"]:
        where = escape(scan["scope"])
    by = scan["started_by"]
    started = f"<@{escape(by)}>" if by[:1] in ("U", "W") else escape(by)
    flagged = len(findings)
    blocks = [
        {
            "type": "header",
            "block_id": f"scan_head:{scan['id']}",
            "text": kit.text_object(
                fit("Replies already on Google: audit", HEADER_LIMIT), kind="plain_text"
            ),
        },
        kit.section(
            f"*{flagged} repl{'y' if flagged == 1 else 'ies'} flagged* of {replied:,} replies on "
            f"{reviews:,} reviews ({where}). Scan {scan['id']}, started by {started}."
        ),
        kit.context(NOTE),
    ]
    failed = [row for row in locations if row["error"] and not row["done"]]
    if failed:
        text = "\n".join(
            f"• {escape(row['location_name'] or row['location_id'])}: {fit(row['error'], 300)}"
            for row in failed[:10]
        )
        blocks.append(
            kit.section(
                ":warning: *Not finished:* these locations could not be read; run the scan "
                "again to resume them.\n" + text
            )
        )
    if not flagged:
        blocks.append(kit.section(":white_check_mark: No reply on Google fails the guardrail."))
    return blocks


def report_messages(
    scan: Mapping, locations: list[Mapping], findings: list[Mapping]
) -> list[list[dict]]:
    """The report's messages: the first with the summary and the first replies, the others
    (for its thread) with the rest."""
    numbered = list(enumerate(findings, start=1))
    first = summary_blocks(scan, locations, findings)
    for number, finding in numbered[:ITEMS_IN_REPORT]:
        first += item_blocks(scan["id"], number, finding)
    messages = [first]
    rest = numbered[ITEMS_IN_REPORT:]
    for start in range(0, len(rest), ITEMS_PER_MESSAGE):
        chunk: list[dict] = []
        for number, finding in rest[start : start + ITEMS_PER_MESSAGE]:
            chunk += item_blocks(scan["id"], number, finding)
        messages.append(chunk)
    return messages


def fallback_text(findings: list[Mapping]) -> str:
    return f"Audit of replies already on Google: {len(findings)} flagged"


# ---------------------------------------------------------------------------------------------
# Posting and redrawing
# ---------------------------------------------------------------------------------------------


def _report_parts(store: db.Store, scan_id: int) -> tuple[dict, list[dict], list[dict]]:
    scan = db.reply_scan(store, scan_id)
    if scan is None:
        raise KeyError(f"no scan {scan_id}")
    return scan, db.scan_locations(store, scan_id), reply_audit.flagged_findings(store, scan_id)


def post_report(
    client: Any, store: db.Store, settings: Settings, scan_id: int, *, channel: str = ""
) -> str:
    """Post the scan's report (once: a report already posted is not posted again) to
    `channel` (default: the review channel of the scan's office); returns the report's ts
    ("" when another process is posting it right now). Raises SlackApiError when Slack
    refuses it."""
    scan = db.reply_scan(store, scan_id) or {}
    office = reply_audit.scan_office(settings, scan.get("scope") or None)
    channel = channel or office.review_channel
    if not channel:
        raise ValueError(
            f"{office.setting('review_channel')} is not set; the report has nowhere to go"
        )
    now = datetime.now(UTC)
    if not db.claim_scan_report(
        store, scan_id, at=db.stamp(now), stale_before=db.stamp(now - CLAIM_STALE)
    ):
        return (db.reply_scan(store, scan_id) or {}).get("report_ts", "")
    scan, locations, findings = _report_parts(store, scan_id)
    messages = report_messages(scan, locations, findings)
    response = client.chat_postMessage(
        channel=channel,
        blocks=messages[0],
        text=fallback_text(findings),
        metadata={"event_type": REPORT_EVENT, "event_payload": {"scan_id": scan_id}},
    )
    posted_channel, ts = response["channel"], response["ts"]
    db.record_scan_report(store, scan_id, posted_channel, ts)
    for blocks in messages[1:]:
        client.chat_postMessage(
            channel=posted_channel, thread_ts=ts, blocks=blocks, text=fallback_text(findings)
        )
    return ts


def publish_report(
    client: Any, store: db.Store, settings: Settings, scan_id: int
) -> tuple[str, str]:
    """`post_report`, with Slack's refusal as text: (ts, "") or ("", problem)."""
    try:
        return post_report(client, store, settings, scan_id), ""
    except SlackApiError as exc:
        return "", str(exc.response.get("error") or exc)
    except (OSError, ValueError) as exc:
        return "", str(exc)


def _numbers(blocks: Iterable[Mapping], scan_id: int) -> list[int]:
    prefix = f"{ITEM_PREFIX}:{scan_id}:"
    return [
        int(block_id[len(prefix) :])
        for block in blocks
        if (block_id := str(block.get("block_id") or "")).startswith(prefix)
        and block_id[len(prefix) :].isdigit()
    ]


def redraw_report_message(client: Any, store: db.Store, scan_id: int, body: Mapping) -> None:
    """Redraw the report message a button was clicked in, from the store."""
    message = body.get("message") or {}
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id"
    )
    ts = message.get("ts") or (body.get("container") or {}).get("message_ts")
    if not channel or not ts:
        return
    try:
        scan, locations, findings = _report_parts(store, scan_id)
    except KeyError:
        return
    old_blocks = message.get("blocks") or []
    numbers = [n for n in _numbers(old_blocks, scan_id) if 1 <= n <= len(findings)]
    head = any(str(b.get("block_id") or "").startswith("scan_head:") for b in old_blocks)
    blocks = summary_blocks(scan, locations, findings) if head else []
    for number in numbers:
        blocks += item_blocks(scan_id, number, findings[number - 1])
    try:
        client.chat_update(channel=channel, ts=ts, blocks=blocks, text=fallback_text(findings))
    except SlackApiError as exc:
        log.warning("redrawing the audit report failed: %s", exc.response.get("error"))
    except OSError as exc:
        log.warning("redrawing the audit report failed: %s", exc)


def report_line(client: Any, store: db.Store, scan_id: int, text: str) -> None:
    """One line in the report's thread (who did what)."""
    scan = db.reply_scan(store, scan_id) or {}
    if not scan.get("report_ts"):
        return
    try:
        client.chat_postMessage(
            channel=scan["report_channel"], thread_ts=scan["report_ts"], text=text
        )
    except SlackApiError as exc:
        log.warning("audit report thread line failed: %s", exc.response.get("error"))
    except OSError as exc:
        log.warning("audit report thread line failed: %s", exc)
