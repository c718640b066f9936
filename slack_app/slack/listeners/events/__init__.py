"""Events API subscriptions (none needed for the review flow but token revocation)."""

from slack_app.slack.listeners.events import tokens_revoked


def register(app, services) -> None:
    tokens_revoked.register(app, services)
