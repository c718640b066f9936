"""The prefilter (first-word keys, trying a pattern only where its first word begins) never
changes what matches, its stored index is up to date, and no private `re` API is used."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from guardrails.document import Doc
from guardrails.normalize import normalize
from guardrails.patterns import ReplyWords, language_table
from guardrails.prefilter import (
    INDEX_PATH,
    all_patterns,
    analyse,
    branches_for,
    build_index,
    first_keys,
    last_keys,
    stored_index,
    word_start_keys,
)
from tests.guardrails.conftest import EVAL_DIR, PUBLIC_CASES
from tests.guardrails.test_normalize import EVASIONS
from tests.guardrails.test_rules import BLOCK_EN, BLOCK_ES, PASS_EN, PASS_ES

GUARDRAILS = Path(__file__).resolve().parents[2] / "guardrails"


def _texts() -> list[str]:
    texts = [r for cases in [*BLOCK_EN.values(), *BLOCK_ES.values()] for r, _ in cases]
    texts += PASS_EN + PASS_ES + [reply for _, reply in EVASIONS]
    probe = Path(__file__).resolve().parent / "cases_probe"
    for path in [PUBLIC_CASES, *sorted(EVAL_DIR.glob("*.jsonl")), *sorted(probe.glob("*.jsonl"))]:
        if path.exists():
            texts += [json.loads(line)["reply"] for line in path.read_text("utf-8").splitlines()
                      if line.strip()]
    return texts


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\bab(?:c|de)", {"abc~", "abd~"}),  # the word may go on ("abcs"): its first letters
        (r"\b(?:your|ur) visit", {"your vi", "ur vi"}),  # first word, space, second word
        (r"\bwe (?:ran|were running) late\b", {"we ra", "we we"}),
        (r"\bdr\.? (?=[a-z])", {"dr"}),  # "dr" is a whole word: its own key
        (r"x?y\b", {"xy", "y"}),
        (r"(?<![\w$])\$ ?\d+", {"$"}),
        (r"\d{2}", None),  # the word may go on after two digits: not known
        (r"\d{3}", {"000~"}),  # keys do not tell digits apart: "555", "014" -> "000"
        (r"\b(?:at|by) \d{1,2} ?[ap]m\b",
         {f"{w} {s}" for w in ("at", "by") for s in ("0", "00", "0a", "0p")}),
        (r"\b(?:visit|appointment)s?\b", {"visit", "visits", "appointment", "appointments"}),
        (r"\b(?:visit|appointment)[a-z]*", {"vis~", "app~"}),
        (r"[a-z]+ed", None),  # any first word: always tried
        (r"a.b", {"a", *(f"a{c}b~" for c in "abcdefghijklmnopqrstuvwxyz0")}),
        (r"(?:a)?", None),  # can match empty: always tried
        (r"(?:^|(?<=[.!?] ))(?:please|just) ", {"please", "just"}),
        (r"\byou're here\b", {"you're"}),  # "you", an apostrophe, a second word "re"
        (r"\bwe(?:'d| would) recommend\b", {"we'd", "we wo"}),
        # Right after an "@" (a social handle): the mark is the key, whatever follows.
        (r"(?<=@)[a-z0-9_]{1,29}", {"^@"}),
        (r"(?<=@)[a-z]+|\binsta\b", {"^@", "insta"}),
    ],
)
def test_first_keys(regex: str, expected: set[str] | None) -> None:
    found = first_keys(regex)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\b(?:your|ur) (?:recent )?visit\b", {"visit"}),  # the word ends: itself
        (r"\bthanks for coming\b", {"coming"}),
        (r"\bdr\.? ", {"dr"}),
        (r"\bdr\.? (?=[a-z])", None),  # a final lookahead is text that follows: "dr x..."
        (r"\bthe \d+(?= (?:ran|running) late\b)", {"late"}),
        (r"\bwe (?:ran|were running) late", {"lat~"}),  # the last word may go on ("lately")
        (r"\b(?:a|an) [a-z]+ visit", {"vis~"}),
        (r"\bnext to\b", {"to"}),
        (r"\bnext to", None),  # "to", "today", "tomorrow"...: too little to key on
        (r"\byour [a-z]+", None),  # any last word
    ],
)
def test_last_keys(regex: str, expected: set[str] | None) -> None:
    found = last_keys(regex)
    assert (set(found) if found is not None else None) == expected


def test_the_stored_index_is_up_to_date() -> None:
    """After changing a rule table, run `python -m guardrails.prefilter --write`."""
    assert stored_index() == build_index(all_patterns()), (
        f"{INDEX_PATH.name} is stale: run `python -m guardrails.prefilter --write`")


def test_most_patterns_have_keys_and_anchors() -> None:
    patterns = all_patterns()
    unknown = [name for name, regex in patterns if branches_for(name, regex) is None]
    assert len(unknown) <= 0.05 * len(patterns), unknown
    branches = [b for name, regex in patterns for b in branches_for(name, regex) or ()]
    unanchored = [b for b in branches if not b.anchors]
    assert len(unanchored) <= 0.05 * len(branches), unanchored


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\b(?:thanks|thank you),? ([a-z]+)", {"thanks", "thank"}),
        (r"(?:^|(?<=[.!?] ))(?:hi|hello),? ([a-z]+)", {"hi", "hello"}),  # after ". ": a word
        (r"\blittle one\b|\bbig day\b", {"little", "big"}),
        (r"\bvisit|ing\b", None),  # "ing" may end a word: not at a word's start
        (r"(?<=a)bc", None),
        (r"\b(?:\$|usd )\d+", None),  # "$" is no letter or digit
    ],
)
def test_word_start_keys_of_regexes_searched_anywhere(regex: str,
                                                      expected: set[str] | None) -> None:
    found = word_start_keys(regex)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        # Each branch of a top-level alternation keeps its own beginning and anchor.
        (r"\b(?:we saw you\b|thanks for (?:your|the) visit\b)",
         [({"we sa"}, {"saw"}), ({"thanks fo"}, {"visit"})]),
        # The least common word a match must hold: a middle word after a space...
        (r"\bwe (?:saw|treated) you\b", [({"we sa", "we tr"}, {"saw", "treated"})]),
        # ... which may be glued to the word before it ("\s?"): then the joined word.
        (r"\bwe (?:really\s?)?(?:saw|treated) you\b",
         [({"we re", "we sa", "we tr"}, {"really", "reallysaw", "reallytreated", "saw",
                                         "treated"})]),
        (r"\byour [a-z]+", [({"your"}, None)]),  # nothing a match must hold after "your"
        (r"\b[a-z]+ed (?:your|the) visit\b", [(None, {"visit"})]),  # tried where "visit" is
        (r"\b[^.!?]{0,20} gift\b", [(None, {"gift"})]),
    ],
)
def test_branches_and_anchors(regex: str, expected: list) -> None:
    found = [(b.keys, b.anchors[0] if b.anchors else None) for b in analyse(regex)]
    assert found == [(None if k is None else frozenset(k), None if a is None else frozenset(a))
                     for k, a in expected]


def test_pattern_names_are_unique_and_readable() -> None:
    names = [name for name, _ in all_patterns()]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"(?:en|es)\.[a-z]+\.[a-z0-9-]+", n) for n in names), names


@cache
def _folded_texts() -> tuple[str, ...]:
    return tuple(normalize(reply).text for reply in _texts())


@cache
def _found(language: str) -> tuple[dict[int, list[tuple[int, int]]], ...]:
    """For every text, what the engine finds with each pattern of `language`."""
    rules = language_table(language)
    # Each reply folded once, as the engine does (folding a folded l33t text again reads more
    # of it back, so it would not be the text the full scan below reads).
    return tuple({index: [m.span() for m in found] for index, found in
                  ReplyWords.of(Doc.of(reply, normalize(reply))).find(rules).items()}
                 for reply in _texts())


def _table_patterns() -> list[tuple[str, int, str]]:
    return [(language, index, entry.pattern.name) for language in ("en", "es")
            for index, entry in enumerate(language_table(language).entries)]


@pytest.mark.parametrize(("language", "index", "name"), _table_patterns(),
                         ids=lambda v: str(v)[:60])
def test_trying_only_where_a_branch_can_begin_finds_every_match(language: str, index: int,
                                                                name: str) -> None:
    """What the engine finds (first-word keys, anchors) is exactly what a full scan finds,
    over every known case and rule-test text."""
    regex = language_table(language).regex(index)
    for text, found in zip(_folded_texts(), _found(language), strict=True):
        assert found.get(index, []) == [m.span() for m in regex.finditer(text)], (name, text)


def test_no_private_regex_api() -> None:
    for path in GUARDRAILS.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for private in ("re._parser", "re._constants", "sre_parse", "sre_constants",
                        "from re import _"):
            assert private not in source, f"{path.name} uses {private}"
