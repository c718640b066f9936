"""Bolt listeners: parse the payload, call one workflow function, render blocks."""

from slack_app.slack.listeners import actions, commands, events, views


def register_listeners(app, services) -> None:
    actions.register(app, services)
    commands.register(app, services)
    views.register(app, services)
    events.register(app, services)
