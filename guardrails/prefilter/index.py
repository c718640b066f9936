"""The stored index (`data/prefilter_index.txt`): each pattern's branches with their first keys
and anchors, the least common words every match holds (judged by the frequency lists),
built from the patterns' sources, written by `python -m guardrails.prefilter --write` and
read at run time."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from guardrails.prefilter.keys import ANCHORS, KEY_LENGTH, PREFIX
from guardrails.prefilter.regex_syntax import Parser, UnknownSyntax, text_after
from guardrails.prefilter.regex_words import (
    branches,
    first_keys_of,
    slots_of,
)

DATA = Path(__file__).resolve().parents[1] / "data"
INDEX_PATH = DATA / "prefilter_index.txt"
COMMON_WORDS = DATA / "{language}" / "common_words.txt"


@lru_cache(maxsize=1)
def _word_shares() -> tuple[dict[str, float], dict[str, float]]:
    """How common each word is (1 / (rank + 10) in the most common of the English and
    Spanish frequency lists), and the same summed by first letters ("vis~")."""
    shares: dict[str, float] = {}
    for language in ("en", "es"):
        path = Path(str(COMMON_WORDS).format(language=language))
        for rank, word in enumerate(path.read_text(encoding="utf-8").split()):
            shares[word] = max(shares.get(word, 0.0), 1.0 / (rank + 10))
    prefixes: dict[str, float] = {}
    for word, share in shares.items():
        if len(word) >= KEY_LENGTH:
            key = word[:KEY_LENGTH] + PREFIX
            prefixes[key] = prefixes.get(key, 0.0) + share
    return shares, prefixes


def commonness(keys: Iterable[str]) -> float:
    """About how often a reply holds one of `keys` (lower: a better anchor)."""
    shares, prefixes = _word_shares()
    rare = 1.0 / 50_000
    return sum((prefixes if key.endswith(PREFIX) else shares).get(key, rare) for key in keys)


class Branch(NamedTuple):
    """How one branch of a pattern can begin (None: not known, always try the pattern) and
    its anchors, least common first: each the keys of a word every match holds (none known:
    no anchor)."""

    keys: frozenset[str] | None
    anchors: tuple[frozenset[str], ...] = ()


def _best_anchors(slots: set[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The least common slots, each sharing no word with those before it (a second anchor
    made of the same words would filter nothing more)."""
    chosen: list[frozenset[str]] = []
    for slot in sorted(slots, key=lambda s: (commonness(s), len(s), sorted(s))):
        if len(chosen) < ANCHORS and all(slot.isdisjoint(other) for other in chosen):
            chosen.append(slot)
    return tuple(chosen)


def analyse(regex: str) -> tuple[Branch, ...]:
    """The branches of a pattern, each with its first keys and its anchor."""
    try:
        items = Parser(regex).parse()
    except (UnknownSyntax, IndexError, ValueError):
        return (Branch(None),)
    out = []
    for branch in branches(items):
        branch = text_after(branch)
        try:
            keys = first_keys_of(branch)
            slots = set(slots_of(branch))
        except (IndexError, ValueError):
            keys, slots = None, set()
        out.append(Branch(keys, _best_anchors(slots)))
    return tuple(out)


# --- the stored index -----------------------------------------------------------------------


def regex_hash(regex: str) -> str:
    return hashlib.sha1(regex.encode("utf-8")).hexdigest()[:16]


def build_index(patterns: Iterable[tuple[str, str]]) -> dict[str, dict]:
    """name -> {"hash", "branches": [Branch, ...]} for (name, regex) pairs."""
    return {name: {"hash": regex_hash(regex), "branches": list(analyse(regex))}
            for name, regex in patterns}


def _keys_text(keys: frozenset[str] | None) -> str:
    return "-" if keys is None else "|".join(sorted(keys))


def _keys_read(text: str) -> frozenset[str] | None:
    return None if text == "-" else frozenset(text.split("|"))


def _anchors_text(anchors: tuple[frozenset[str], ...]) -> str:
    return ";".join(_keys_text(anchor) for anchor in anchors) or "-"


def _anchors_read(text: str) -> tuple[frozenset[str], ...]:
    return () if text == "-" else tuple(frozenset(a.split("|")) for a in text.split(";"))


@lru_cache(maxsize=1)
def stored_index() -> dict[str, dict]:
    """The index file as `build_index` returns it: one branch a line, pattern name, regex
    hash, first keys and anchors separated by tabs, the anchors by ";", the keys of each by
    "|" ("-": not known)."""
    index: dict[str, dict] = {}
    try:
        lines = INDEX_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return index
    for line in lines:
        if line.startswith("#") or line.count("\t") != 3:
            continue
        name, digest, keys, anchor = line.split("\t")
        entry = index.setdefault(name, {"hash": digest, "branches": []})
        entry["branches"].append(Branch(_keys_read(keys), _anchors_read(anchor)))
    return index


def branches_for(name: str, regex: str) -> tuple[Branch, ...] | None:
    """The stored branches of a pattern, or None (no shortcut: always try it) when they are
    not known or its regex has changed."""
    entry = stored_index().get(name)
    if entry is None or entry["hash"] != regex_hash(regex):
        return None
    return tuple(entry["branches"])


def all_patterns() -> list[tuple[str, str]]:
    from guardrails.rules import all_tables

    return [(p.name, p.regex) for _language, _table, patterns in all_tables() for p in patterns]


def write_index() -> Path:
    lines = ["# Generated by `python -m guardrails.prefilter --write`; do not edit.",
             "# pattern name<TAB>regex hash<TAB>first keys<TAB>anchors, one branch a line; "
             "anchors separated by ;, keys by | (- : not known)"]
    for name, entry in build_index(all_patterns()).items():
        for branch in entry["branches"]:
            lines.append(f"{name}\t{entry['hash']}\t{_keys_text(branch.keys)}\t"
                         f"{_anchors_text(branch.anchors)}")
    INDEX_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return INDEX_PATH

