"""Events API subscriptions: token revocation, and the App Home being opened."""

from slack_app.slack.listeners.events import app_home_opened, tokens_revoked


def register(app, services) -> None:
    tokens_revoked.register(app, services)
    app_home_opened.register(app, services)
