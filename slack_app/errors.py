"""Errors a person can act on. Light on purpose: the CLI entry point imports this before any
subcommand, and `guard --jsonl` counts its start-up time."""

from __future__ import annotations


class SettingsError(Exception):
    """A settings or environment file that cannot be used; the message names it and the fix."""
