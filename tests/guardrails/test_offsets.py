"""Every finding's span lies inside the original reply and its excerpt is that exact slice."""

from __future__ import annotations

import json

import pytest

from guardrails import check
from tests.guardrails.conftest import EVAL_DIR, PUBLIC_CASES, assert_offsets

TRICKY = [
    "Hi M\u00e1ria, thanks for your v\u200bisit on May 2. Call 555\u2011018\u20119191.",
    "Gracias por su pr\u00f3xima cita con la Dra. Garc\u00eda \u2014 tome 500\u00a0mg.",
    "We h\u043epe y\u03bfur r\u043e\u043ft canal went well!!! \U0001f600 Call (555) 014-2290.",
    "\ufb01rst exam\u00ad\u00adination was great.\n\n\tSee you soon",
    "\uff34\uff48\uff41\uff4e\uff4b\uff53 for your visit",
    "e\u0301 e\u0301 your v.i.s.i.t was fine, call dr.x@gmail.com",
    "",
    "   ",
]


def _case_lines() -> list[dict]:
    cases = []
    for path in [PUBLIC_CASES, *sorted(EVAL_DIR.glob("*.jsonl"))]:
        if path.exists():
            cases += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return cases


@pytest.mark.parametrize("reply", TRICKY)
def test_offsets_with_unicode_evasions(reply: str) -> None:
    verdict = check(reply, {"review": "root canal pain", "reviewer_name": "Maria"})
    assert_offsets(reply, verdict)


def test_offsets_for_every_known_case() -> None:
    cases = _case_lines()
    assert cases or not PUBLIC_CASES.exists()
    for case in cases:
        assert_offsets(case["reply"], check(case["reply"], case))
