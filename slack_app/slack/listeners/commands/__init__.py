"""Slash commands."""

from slack_app.slack.listeners.commands import review_reply


def register(app, services) -> None:
    review_reply.register(app, services)
