"""`/review-reply <review text>`: ack at once, draft in a lazy listener, show the caller the
card privately with Share to review channel. Empty or `help` shows usage; `scan [location]`
audits the replies already on Google (`commands/scan.py`)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from slack_app import workflow
from slack_app.models import Review
from slack_app.slack import blocks
from slack_app.slack.listeners._common import log, logged
from slack_app.slack.listeners.commands import scan

COMMAND = "/review-reply"
MAX_REVIEW_CHARS = 5000


def _wants_help(text: str) -> bool:
    return not text.strip() or text.strip().lower() in {"help", "-h", "--help", "?"}


def manual_review(command: dict) -> Review:
    # The trigger id is the same in a retried request, so a retry maps to the same review.
    seed = f"{command.get('user_id')}:{command.get('trigger_id')}:{command.get('text')}"
    return Review(
        source="manual",
        location_id="manual",
        source_review_id=hashlib.sha256(seed.encode()).hexdigest()[:20],
        stars=None,
        reviewer_name="",
        text=command["text"].strip()[:MAX_REVIEW_CHARS],
        created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        location_name=f"pasted by {command.get('user_name') or command.get('user_id')}",
    )


def register(app, services) -> None:
    def acknowledge(ack, command):
        if _wants_help(command.get("text") or ""):
            return ack(blocks=blocks.usage_blocks(), text=blocks.USAGE)
        if scan.scan_scope(command.get("text") or "", services.settings)[0]:
            return ack(text=scan.STARTED)
        ack(text=":hourglass_flowing_sand: Drafting a reply…")

    def draft(command, respond, client):
        if _wants_help(command.get("text") or ""):
            return
        if scan.scan_scope(command.get("text") or "", services.settings)[0]:
            return scan.run_scan(services, command, respond, client)
        review = manual_review(command)
        prepared = workflow.prepare_review(
            services.store, review, services.settings, drafter=services.drafter, env=services.env
        )
        if not prepared.created:
            log.info("/review-reply retry for %s: card already shown", prepared.key)
            return
        draft_row = workflow.current_draft(services.store, prepared.key)
        card = blocks.manual_card(review, draft_row, draft_row, prepared.triage)
        respond(
            blocks=card, text="Draft reply ready", response_type="ephemeral", replace_original=True
        )

    app.command(COMMAND)(ack=acknowledge, lazy=[logged(draft, services.gate)])
