"""The prefilter (first-word keys, trying a pattern only where its first word begins) never
changes what matches, its stored index is up to date, and no private `re` API is used."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from guardrails.document import Doc
from guardrails.engine import _compiled, _matches, _word_starts
from guardrails.normalize import normalize
from guardrails.prefilter import (
    INDEX_PATH,
    all_patterns,
    build_index,
    first_keys,
    keys_for,
    last_keys,
    stored_index,
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
        (r"\bab(?:c|de)", {"abc", "abd"}),
        (r"\b(?:your|ur) visit", {"you vi", "ur vi"}),  # first word, space, second word
        (r"\bwe (?:ran|were running) late\b", {"we ra", "we we"}),
        (r"\bdr\.? (?=[a-z])", {"dr"}),  # "dr" is a whole word: its own key
        (r"x?y\b", {"xy", "y"}),
        (r"(?<![\w$])\$ ?\d+", {"$"}),
        (r"\d{2}", None),  # the word may go on after two digits: not known
        (r"\d{3}", {f"{a}{b}{c}" for a in "0123456789" for b in "0123456789"
                    for c in "0123456789"}),
        (r"a.b", None),  # any character: always tried
        (r"(?:a)?", None),  # can match empty: always tried
        (r"(?:^|(?<=[.!?] ))(?:please|just) ", {"ple", "jus"}),
        (r"\byou're here\b", {"you"}),  # an apostrophe ends the first word
    ],
)
def test_first_keys(regex: str, expected: set[str] | None) -> None:
    found = first_keys(regex)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\b(?:your|ur) (?:recent )?visit\b", {"vis"}),
        (r"\bthanks for coming\b", {"com"}),
        (r"\bdr\.? (?=[a-z])", {"dr"}),
        (r"\bwe (?:ran|were running) late", {"lat"}),  # the last word may go on ("lately")
        (r"\b(?:a|an) [a-z]+ visit", {"vis"}),
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


def test_most_patterns_have_keys() -> None:
    patterns = all_patterns()
    unknown = [name for name, regex in patterns if keys_for(name, regex) is None]
    assert len(unknown) <= 0.1 * len(patterns), unknown


def test_pattern_names_are_unique_and_readable() -> None:
    names = [name for name, _ in all_patterns()]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"(?:en|es)\.[a-z]+\.[a-z0-9-]+", n) for n in names), names


@pytest.mark.parametrize(("name", "regex"), all_patterns(), ids=lambda v: v[:60])
def test_trying_only_key_positions_finds_every_match(name: str, regex: str) -> None:
    keys, ends = keys_for(name, regex), keys_for(name, regex, "last")
    compiled = _compiled(regex)
    for reply in _texts():
        norm = normalize(reply)
        doc = Doc.of(norm.text, norm)
        expected = [m.span() for m in compiled.finditer(doc.text)]
        word_keys = {key for key in _word_starts(doc) if " " not in key}
        if ends is not None and ends.isdisjoint(word_keys):
            assert expected == [], (name, "skipped for its last word, yet it matches", doc.text)
        if keys is None:
            continue
        starts = _word_starts(doc)
        positions = [p for key in keys & starts.keys() for p in starts[key]]
        got = [m.span() for m in _matches(compiled, doc.text, positions)] if positions else []
        assert got == expected, (name, doc.text)


def test_no_private_regex_api() -> None:
    for path in GUARDRAILS.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for private in ("re._parser", "re._constants", "sre_parse", "sre_constants",
                        "from re import _"):
            assert private not in source, f"{path.name} uses {private}"
