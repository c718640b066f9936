"""The first-characters lookaheads the engine adds for speed never change what matches."""

from __future__ import annotations

import json
import re

import pytest

from guardrails.engine import _WORD_START, _compiled
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
