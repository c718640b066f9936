"""Errors a person can act on. Light on purpose: the CLI entry point imports this before any
subcommand, and `guard --jsonl` counts its start-up time."""

from __future__ import annotations


class SettingsError(Exception):
    """A settings or environment file that cannot be used; the message names it and the fix."""


class StoreError(Exception):
    """The database cannot be used as asked; the message says why and what to do. Every
    command ends on one with its message and exit 2 (see `cli.main`)."""
