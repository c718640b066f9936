"""Deterministic escalation: does this review need a risk manager before anyone replies?

Terms live in `slack_app/data/triage/` (categories.toml, then one file of terms per language;
every language's terms apply to every review, since reviews mix languages). Matching runs on
the guardrail's normalised text, so the evasions the guardrail sees through (zero-width
characters, look-alike letters, accents, capitals) do not hide a trigger here either; spans are
mapped back to the original review text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from guardrails import normalize

TRIAGE_DIR = Path(__file__).resolve().parent / "data" / "triage"
TERM_LANGUAGES = ("en", "es")
EXTRA_REASON = "matches a term this practice asked to escalate"


class TriageDataError(Exception):
    """A triage data file or configured term that cannot be used; the message names it."""


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    reason: str


@dataclass(frozen=True)
class TriageMatch:
    category: str
    start: int  # offsets into the ORIGINAL review text: text[start:end] == excerpt
    end: int
    excerpt: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class TriageResult:
    escalate: bool
    categories: tuple[str, ...]
    matches: tuple[TriageMatch, ...]
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "escalate": self.escalate,
            "categories": list(self.categories),
            "matches": [m.to_dict() for m in self.matches],
            "summary": self.summary,
        }


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TriageDataError(f"{path}: cannot read triage data ({exc})") from exc


def term_pattern(term: str) -> str:
    """Regex source for one term on normalised text: whole words, `*` = any word ending."""
    raw = term.strip()
    prefix = raw.endswith("*")
    words = normalize(raw.rstrip("*")).text.split()
    if not words:
        raise TriageDataError(f"triage term {term!r} is empty")
    body = r"[\W_]+".join(re.escape(word) for word in words)
    tail = r"\w*" if prefix else ""
    return rf"(?<!\w){body}{tail}(?!\w)"


@dataclass(frozen=True)
class _Matcher:
    category: Category
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def categories() -> dict[str, Category]:
    data = _read_toml(TRIAGE_DIR / "categories.toml")
    return {
        key: Category(key, str(value.get("label") or key), str(value.get("reason") or ""))
        for key, value in data.items()
    }


@lru_cache(maxsize=1)
def builtin_terms() -> dict[str, tuple[str, ...]]:
    known = categories()
    terms: dict[str, list[str]] = {key: [] for key in known}
    for language in TERM_LANGUAGES:
        path = TRIAGE_DIR / f"{language}.toml"
        data = _read_toml(path)
        for key, values in data.items():
            if key == "language":
                continue
            if key not in known:
                raise TriageDataError(f"{path}: unknown category {key!r}")
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise TriageDataError(f"{path}: {key} must be a list of strings")
            terms[key].extend(values)
    return {key: tuple(values) for key, values in terms.items()}


@lru_cache(maxsize=16)
def _matchers(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[_Matcher, ...]:
    known = dict(categories())
    terms = {key: list(values) for key, values in builtin_terms().items()}
    for key, values in extra:
        if key not in known:
            known[key] = Category(key, key.replace("-", " ").replace("_", " ").capitalize(), "")
            terms[key] = []
        terms[key].extend(v for v in values if v.strip())
    matchers = []
    for key, category in known.items():
        if not terms[key]:
            continue
        # Longest first, so "emergency room" wins over a shorter term at the same place.
        sources = sorted({term_pattern(t) for t in terms[key]}, key=len, reverse=True)
        matchers.append(_Matcher(category, re.compile("|".join(sources))))
    return tuple(matchers)


def _extra_key(extra_terms: Mapping[str, list[str]] | None) -> tuple:
    if not extra_terms:
        return ()
    return tuple(sorted((str(k), tuple(str(t) for t in v)) for k, v in extra_terms.items()))


def triage(text: str, extra_terms: Mapping[str, list[str]] | None = None) -> TriageResult:
    """Escalation triggers in a review text, with spans into the original text.

    `extra_terms` is `settings.triage.extra_terms` ({category: [terms]}); an unknown category
    name is created for the practice's own terms.
    """
    folded = normalize(text or "")
    matches: list[TriageMatch] = []
    for matcher in _matchers(_extra_key(extra_terms)):
        category = matcher.category
        builtin = category.id in categories()
        for found in matcher.pattern.finditer(folded.text):
            start, end = folded.to_original(found.start(), found.end())
            excerpt = text[start:end]
            why = category.reason if builtin and category.reason else EXTRA_REASON
            matches.append(
                TriageMatch(category.id, start, end, excerpt, f'"{excerpt.strip()}": {why}')
            )
    matches.sort(key=lambda m: (m.start, m.end))
    found_categories = tuple(dict.fromkeys(m.category for m in matches))
    return TriageResult(
        escalate=bool(matches),
        categories=found_categories,
        matches=tuple(matches),
        summary=_summary(matches, found_categories),
    )


def _summary(matches: list[TriageMatch], found: tuple[str, ...]) -> str:
    if not matches:
        return "No escalation triggers found."
    known = categories()
    parts = []
    for key in found:
        label = known[key].label if key in known else key
        words = list(dict.fromkeys(f'"{m.excerpt.strip()}"' for m in matches if m.category == key))
        parts.append(f"{label} ({', '.join(words[:3])}{', ...' if len(words) > 3 else ''})")
    return "Escalate to a risk manager: " + "; ".join(parts) + "."
