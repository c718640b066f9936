"""Modal submissions."""

from slack_app.slack.listeners.views import edit_submit, follow_up_submit, regenerate_submit


def register(app, services) -> None:
    edit_submit.register(app, services)
    regenerate_submit.register(app, services)
    follow_up_submit.register(app, services)
