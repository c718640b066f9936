"""Source alerts in the review channel (a location's in its office's channel): one message when
a source (a Google or Yelp location, or the drafting model) starts failing, saying what broke,
the fix, and to run doctor; one line when it works again. Never repeated while it keeps
failing, across restarts too: what was said is in the store (`store.health`), posted like cards
(claim -> post with message metadata -> record the ts; a message posted by a process that died
before recording it is found in the channel's history instead of being posted again).
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app.slack.blocks import escape, fit

log = logging.getLogger(__name__)

ALERT_EVENT = "source_alert"  # message metadata event_type
HISTORY_LIMIT = 200
SOURCE_NAMES = {"google": "Google", "yelp": "Yelp", "model": "The drafting model"}
DOCTOR = "Run `review-assistant doctor` on the server for the full check."


def fix_for(row: dict) -> str:
    """What to do, for people who run the practice's Slack, not its server."""
    problem = row["problem"].lower()
    if row["source"] == "model":
        return (
            "Replies are drafted from the built-in templates until it works again. Check "
            "OPENAI_API_KEY, OPENAI_BASE_URL and the model server (docs/operations.md, section 6)."
        )
    if "paused" in problem or "daily" in problem or "limit" in problem:
        return "Nothing to do: polling resumes by itself at the time above."
    if row["source"] == "google":
        if "oauth" in problem or "invalid_grant" in problem or "401" in problem:
            return (
                "Reconnect the Google account: get a new refresh token into "
                "GOOGLE_REFRESH_TOKEN (docs/operations.md, section 4), then restart the app."
            )
        return "Check the location and the Google account's access (docs/operations.md, section 4)."
    return "Check YELP_API_KEY and the business id (docs/operations.md, section 5)."


def label(row: dict) -> str:
    name = SOURCE_NAMES.get(row["source"], row["source"].title())
    if row["location_id"] == "*":
        return name
    return f"{name} · {row['location_name'] or row['location_id']}"


def down_text(rows: list[dict]) -> str:
    lines = [":warning: *Review Assistant: new reviews may not be arriving.*"]
    for row in rows:
        lines.append(f"• *{escape(label(row))}* stopped working: {fit(row['problem'], 600)}")
        lines.append(f"   _What to do:_ {escape(fix_for(row))}")
    lines.append(DOCTOR + " This alert is posted once; a line follows when it works again.")
    return fit("\n".join(lines), 3000, escaped=False)


def up_text(rows: list[dict]) -> str:
    names = ", ".join(escape(label(row)) for row in rows)
    return fit(f":white_check_mark: {names}: working again.", 3000, escaped=False)


def _token(row: dict) -> str:
    return f"{row['source']}|{row['location_id']}|{row['alert']}|{row['since']}"


def alert_channel(settings: Any, row: dict) -> str:
    """Where a source's alert goes: its location's office's review channel (a location's own,
    else slack.review_channel); source-wide ones (the model, a pause) to slack.review_channel."""
    if row["location_id"] == "*":
        return settings.slack.review_channel
    return settings.office_for(row["location_id"]).review_channel


def post_alerts(client: Any, store: db.Store, settings: Any) -> int:
    """Post what each channel must hear about its sources (a failure alert, a recovery line),
    each once. Returns how many messages were posted."""
    channels = {alert_channel(settings, row) for row in db.alerts_due(store)} - {""}
    return sum(_post_alerts_in(client, store, settings, channel) for channel in sorted(channels))


def _due_in(store: db.Store, settings: Any, channel: str) -> list[dict]:
    return [row for row in db.alerts_due(store) if alert_channel(settings, row) == channel]


def _post_alerts_in(client: Any, store: db.Store, settings: Any, channel: str) -> int:
    due = _due_in(store, settings, channel)
    if any(row["alert_claimed_at"] for row in due):
        found = _posted(client, channel)
        for row in due:
            if row["alert_claimed_at"] and _token(row) in found:
                db.record_alert(
                    store, row["source"], row["location_id"], row["alert"], found[_token(row)]
                )
        due = _due_in(store, settings, channel)
    posted = 0
    for alert, text in (("down", down_text), ("up", up_text)):
        rows = [
            row
            for row in due
            if row["alert"] == alert and db.claim_alert(store, row["source"], row["location_id"])
        ]
        if rows and _post(client, store, channel, alert, rows, text(rows)):
            posted += 1
    return posted


def _post(client: Any, store: db.Store, channel: str, alert: str, rows: list, text: str) -> bool:
    try:
        response = client.chat_postMessage(
            channel=channel,
            text=text,
            metadata={
                "event_type": ALERT_EVENT,
                # Arrays in a payload hold objects (Slack's metadata payload structure).
                "event_payload": {"alerts": [{"id": _token(row)} for row in rows]},
            },
        )
    except (SlackApiError, OSError) as exc:
        error = exc.response.get("error") if isinstance(exc, SlackApiError) else exc
        log.warning("posting the source alert failed (%s); trying again next cycle", error)
        return False
    for row in rows:
        db.record_alert(store, row["source"], row["location_id"], alert, response["ts"])
    log.info("source alert posted: %s", "; ".join(label(row) for row in rows))
    return True


def _posted(client: Any, channel: str) -> dict[str, str]:
    """alert token -> ts of the alerts in the channel's recent history."""
    try:
        response = client.conversations_history(
            channel=channel, include_all_metadata=True, limit=HISTORY_LIMIT
        )
    except SlackApiError as exc:
        log.warning("cannot check the channel for an earlier alert: %s", exc.response.get("error"))
        return {}
    found: dict[str, str] = {}
    for message in response.get("messages") or []:
        meta = message.get("metadata") or {}
        if meta.get("event_type") == ALERT_EVENT:
            for item in (meta.get("event_payload") or {}).get("alerts") or []:
                if isinstance(item, dict) and item.get("id"):
                    found.setdefault(str(item["id"]), message["ts"])
    return found
