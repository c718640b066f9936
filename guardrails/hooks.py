"""Validation hooks: the `unless` of a `Pattern` (like Presidio's result invalidation).

Each hook gets (doc, language, start, end) of a match in the folded text and answers True
when the match discloses nothing and is set aside. Hooks read only the match's own sentence
(`doc.window`), so a long reply is still checked in linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import import_module
from typing import Any

# A generic "we can't discuss X online" sentence.
_DISCLAIMER = re.compile(
    r"\b(?:can't|cannot|can not|unable to|not able to|won't|will not|do not|don't|never|not|"
    r"no podemos|no puede|no es posible) (?:[a-z']+ ){0,3}(?:discuss|share|comment on|talk about|"
    r"disclose|address|go into|release|reveal|respond to|get into|mention|hablar|discutir|"
    r"comentar|compartir|divulgar|revelar)\b"
)
_POSSESSED = re.compile(r"\b(?:your|ur|su|sus|tu|tus)(?: [a-z'-]+)?\s?$")


@lru_cache(maxsize=4)
def _hedges(language: str) -> re.Pattern[str]:
    return re.compile(import_module(f"guardrails.rules.{language}").HEDGES)


def hedged(doc: Any, language: str, start: int, end: int) -> bool:
    """Conditional or privacy wording earlier in the sentence ("whether you were seen here",
    "if you are a patient", "anyone who..."): the sentence confirms nothing."""
    window_start, _window_end = doc.window(start)
    return _hedges(language).search(doc.text, window_start, start + 1) is not None


def possessed(text: str, pos: int) -> bool:
    """The word at `pos` belongs to the reader ("your", "su" just before it)."""
    return _POSSESSED.search(text[max(0, pos - 30) : pos]) is not None


def in_disclaimer(doc: Any, language: str, start: int, end: int) -> bool:
    """A generic "we can't discuss medications online" sentence, the term not the reader's."""
    window_start, window_end = doc.window(start)
    return (_DISCLAIMER.search(doc.text, window_start, window_end) is not None
            and not possessed(doc.text, start))


@lru_cache(maxsize=4)
def _visit_context(language: str) -> re.Pattern[str]:
    return re.compile(import_module(f"guardrails.rules.{language}").VISIT_CONTEXT)


def about_visit(doc: Any, start: int, end: int) -> bool:
    """The folded span [start, end) mentions a visit or care in either language."""
    return any(_visit_context(code).search(doc.text, start, end) for code in ("en", "es"))


def not_about_visit(doc: Any, language: str, start: int, end: int) -> bool:
    """A weekday or a time identifies an encounter only in a sentence about a visit."""
    window_start, window_end = doc.window(start)
    return not about_visit(doc, window_start, window_end)
