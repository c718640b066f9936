"""Edit: open the modal prefilled with the current draft at once (the trigger id lives 3 s)."""

from __future__ import annotations

from slack_app import workflow
from slack_app.slack import blocks
from slack_app.slack.listeners._common import known_review, log, open_modal, tell


def register(app, services) -> None:
    @app.action(blocks.EDIT)
    def open_editor(ack, body, client):
        ack()
        found = known_review(services.store, body, "edit")
        if found is None:
            return tell(client, body, "This card refers to a review the app does not know.")
        key, _user = found
        draft = workflow.current_draft(services.store, key) or {"text": "", "version": None}
        if not body.get("trigger_id"):
            log.warning("ignored edit click: payload has no trigger_id")
            return
        open_modal(client, body, blocks.edit_modal(key, draft["text"], draft["version"]), "edit")
