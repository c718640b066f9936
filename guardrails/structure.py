"""Sentence structure (placeholder, filled below)."""

from __future__ import annotations


def check(doc, ctx, found, languages) -> None:
    return None
