"""Rule data, one module a language (`en.py`, `es.py`): readable tables a compliance officer can
review. Each entry is a named `Pattern` (as Presidio's recognizers name theirs): a bounded
regular expression over the folded reply (lower case, accents folded, single spaces, straight
quotes), the message the approver sees, and `unless` hooks (`guardrails.hooks`) that set a
match aside, e.g. inside conditional or privacy wording ("whether you are a patient").
The pattern's name travels in every finding, so "which pattern fired" is one lookup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import Any

from guardrails import prebuilt

# The tables the engine scans, and the rule id each one reports (severity "block" unless
# the id is a warning).
TABLE_RULES = {
    "PATIENT_RELATIONSHIP": "patient-relationship",
    "TREATMENT_DISCLOSURE": "treatment-disclosure",
    "RECORDS_BILLING": "records-billing",
    "MEDICAL_ADVICE": "medical-advice",
    "REVIEW_INCENTIVE": "review-incentive",
    "WARN_TONE": "argumentative-tone",
    "SPECIFIC_DATE": "personal-identifier",
    "PERSONAL_IDENTIFIER": "personal-identifier",
    "FOREIGN_CONTACT": "foreign-contact",
}
LANGUAGES = ("en", "es")

# A hook gets (doc, language, start, end) of a match in folded text; True sets it aside.
Hook = Callable[[Any, str, int, int], bool]


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: str
    message: str
    unless: tuple[Hook, ...] = ()


def also_unless(hook: Hook, patterns: Iterable[Pattern]) -> list[Pattern]:
    """The same patterns, each also set aside by `hook`: a table-wide exception (one pattern's
    own exceptions are its `unless`)."""
    return [p if hook in p.unless else replace(p, unless=(*p.unless, hook)) for p in patterns]


def table(language: str, name: str) -> tuple[Pattern, ...]:
    return tuple(getattr(import_module(f"guardrails.rules.{language}"), name, ()))


def all_tables() -> Iterator[tuple[str, str, tuple[Pattern, ...]]]:
    """(language, table name, patterns) for every scanned table."""
    for language in LANGUAGES:
        for name in TABLE_RULES:
            yield language, name, table(language, name)


def words(*alternatives: str) -> str:
    """A regex matching any of the literal words/phrases, longest alternative first.

    Built as a character trie ("appointment|appt" -> "app(?:ointment|t)") so the regex engine
    follows one path per character instead of trying every phrase in turn: that is what keeps
    large word lists fast and linear.
    """
    return literal_alternation(a.strip() for a in alternatives if a.strip())


# Every alternation built in this process, by its phrases (sorted, joined by NUL): what
# `python -m guardrails.prefilter --write` stores (`prebuilt`), so a new process reads the
# rule tables' word lists back instead of building their tries.
BUILT_ALTERNATIONS: dict[str, str] = {}
ALTERNATIONS_PART = "alternations"


def literal_alternation(strings: Iterable[str]) -> str:
    """A trie-shaped regex matching exactly the given literal strings (spaces kept)."""
    phrases = sorted(set(strings))
    key = "\0".join(phrases)
    regex = _stored_alternations().get(key)
    if regex is None:
        regex = build_alternation(phrases)
    BUILT_ALTERNATIONS[key] = regex
    return regex


@lru_cache(maxsize=1)
def _stored_alternations() -> dict[str, str]:
    # Each is keyed by its own phrases: a list edited since is not found, and is built.
    stored = prebuilt.stored(ALTERNATIONS_PART)
    return stored[1] if stored is not None else {}


def build_alternation(phrases: Iterable[str]) -> str:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a phrase
    return _trie_regex(trie)


def write_prebuilt_alternations() -> Path:
    """Store the alternations the rule tables build (each built afresh)."""
    list(all_tables())  # imports every table module: their word lists are built
    return prebuilt.write(ALTERNATIONS_PART, "phrases joined by NUL -> regex",
                          {key: build_alternation(key.split("\0"))
                           for key in sorted(BUILT_ALTERNATIONS)})


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = []
    # Longer continuations first: regex alternation is ordered, and the longest phrase wins.
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body
