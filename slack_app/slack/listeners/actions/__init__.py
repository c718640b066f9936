"""Button clicks on review cards and escalation messages."""

from slack_app.slack.listeners.actions import (
    approve,
    dismiss,
    edit,
    escalate,
    follow_up,
    mark_posted,
    regenerate,
    retry,
    risk,
    scan,
    share,
)


def register(app, services) -> None:
    for module in (approve, edit, regenerate, escalate, dismiss, retry, mark_posted, risk, share):
        module.register(app, services)
    follow_up.register(app, services)
    scan.register(app, services)
