"""Regenerate modal submitted: close it at once, draft again in a lazy listener."""

from __future__ import annotations

from slack_app import store as db
from slack_app import workflow
from slack_app.slack import blocks, cards
from slack_app.slack.listeners._common import log, logged, tell


def _instruction(view: dict) -> str:
    values = (view.get("state") or {}).get("values") or {}
    value = (values.get(blocks.INSTRUCTION_BLOCK) or {}).get(blocks.INSTRUCTION_INPUT) or {}
    return (value.get("value") or "").strip()


def register(app, services) -> None:
    def close(ack):
        ack()

    def regenerate(body, view, client):
        key = view.get("private_metadata") or ""
        user = (body.get("user") or {}).get("id") or ""
        if not user or db.reply_state(services.store, key) is None:
            log.warning("regenerate submission ignored: unknown review %r", key[:200])
            return
        instruction = _instruction(view)
        outcome = workflow.regenerate(
            services.store,
            key,
            user,
            services.settings,
            instruction=instruction or None,
            drafter=services.drafter,
            env=services.env,
        )
        if not outcome.ok:
            log.info("regenerate of %s refused: %s", key, outcome.message)
            # A modal has no channel: tell the person next to the card they clicked.
            card_channel = db.reply_state(services.store, key)["card_channel"]
            where = {"channel": {"id": card_channel}, "user": {"id": user}}
            return tell(client, where, f"Not regenerated. {outcome.message}")
        hint = f" (\u201c{blocks.escape(instruction)}\u201d)" if instruction else ""
        cards.refresh(
            client,
            services.store,
            key,
            user,
            f"regenerated the draft{hint} (now v{outcome.draft_version})",
        )

    app.view(blocks.REGENERATE_VIEW)(ack=close, lazy=[logged(regenerate, services.gate)])
