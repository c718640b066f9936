"""The speed-ups (first-characters lookaheads, one scan for every table) never change what
matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from guardrails import contact
from guardrails.engine import (
    _SCANNED_TABLES,
    _WORD_START,
    _candidates,
    _compiled,
    _Doc,
    _sentences,
    _starts,
    _table_matches,
)
from guardrails.rules import en, es, prefixes
from tests.guardrails.conftest import EVAL_DIR, PUBLIC_CASES
from tests.guardrails.test_normalize import EVASIONS
from tests.guardrails.test_rules import BLOCK_EN, BLOCK_ES, PASS_EN, PASS_ES

TABLES = ["PATIENT_RELATIONSHIP", "TREATMENT_DISCLOSURE", "RECORDS_BILLING", "MEDICAL_ADVICE",
          "REVIEW_INCENTIVE", "WARN_TONE", "PERSONAL_IDENTIFIER", "SPECIFIC_DATE"]


def _texts() -> list[str]:
    from guardrails import normalize

    texts = [r for replies in [*BLOCK_EN.values(), *BLOCK_ES.values()] for r in replies]
    texts += PASS_EN + PASS_ES + [reply for _, reply in EVASIONS]
    for path in [PUBLIC_CASES, *sorted(EVAL_DIR.glob("*.jsonl"))]:
        if path.exists():
            texts += [json.loads(line)["reply"] for line in path.read_text("utf-8").splitlines()
                      if line.strip()]
    return [normalize(t).text for t in texts]


@pytest.mark.parametrize(("language", "table"),
                         [(lang, t) for lang in ("en", "es") for t in TABLES])
def test_lookaheads_do_not_change_matches(language: str, table: str) -> None:
    compiled = _compiled(language, table)
    assert compiled is not None
    fast, patterns = compiled
    plain = re.compile(_WORD_START + "(?:" + "|".join(
        f"(?P<p{i}>{p.regex})" for i, p in enumerate(patterns)) + ")")
    for text in _texts():
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\bab(?:c|de)", {"abc", "abd"}),
        (r"\b(?:your|ur) visit", {"you", "ur "}),
        (r"x?y", {"xy", "y"}),
        (r"\d{2}", {str(a) + str(b) for a in range(10) for b in range(10)}),
        (r"a.b", None),  # any character: no shortcut
        (r"(?:a)?", None),  # can match empty: no shortcut
    ],
)
def test_prefixes(regex: str, expected: set[str] | None) -> None:
    found = prefixes(regex)
    assert (set(found) if found is not None else None) == expected


def test_every_rule_table_compiles() -> None:
    for module in (en, es):
        for table in TABLES:
            for pattern in getattr(module, table):
                re.compile(pattern.regex)


def _doc(folded: str) -> _Doc:
    from guardrails import normalize

    doc = _Doc(folded, normalize(folded), folded, *_sentences(folded))
    found = [*contact.find_phones(folded), *contact.find_emails(folded)]
    doc.contact_spans = tuple(sorted((c.start, c.end) for c in found))
    return doc


def _probe_texts() -> list[str]:
    from guardrails import normalize

    probe = Path(__file__).resolve().parent / "cases_probe"
    return [normalize(json.loads(line)["reply"]).text for path in sorted(probe.glob("*.jsonl"))
            for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("language", "table"),
                         [(lang, t) for lang in ("en", "es") for t in TABLES])
def test_one_scan_for_all_tables_finds_every_match(language: str, table: str) -> None:
    """Trying a table only at the word starts of the all-tables scan finds exactly what
    finditer finds, apart from matches inside a phone number or email (every rule skips
    those), whose absence may only let a later match through."""
    compiled = _compiled(language, table)
    assert compiled is not None
    regex, _ = compiled
    texts = _texts() + _probe_texts()
    assert _starts() is not None, "every pattern's beginning should be known"
    for text in texts:
        doc = _doc(text)

        def outside(m: re.Match[str], spans: tuple[tuple[int, int], ...] = doc.contact_spans
                    ) -> bool:
            return not any(a < m.end() and m.start() < b for a, b in spans)

        expected = [(m.span(), m.lastgroup) for m in regex.finditer(text) if outside(m)]
        got = [(m.span(), m.lastgroup)
               for m in _table_matches(doc, regex, _candidates(doc, language, table))
               if outside(m)]
        if doc.contact_spans:
            assert set(expected) <= set(got), text
        else:
            assert got == expected, text


def test_every_scanned_table_is_in_the_one_scan() -> None:
    assert set(_SCANNED_TABLES) == set(TABLES)
