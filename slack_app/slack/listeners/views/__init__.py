"""Modal submissions."""

from slack_app.slack.listeners.views import edit_submit, regenerate_submit


def register(app, services) -> None:
    edit_submit.register(app, services)
    regenerate_submit.register(app, services)
