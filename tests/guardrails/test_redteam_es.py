"""The Spanish red-team batch (cases_probe/redteam_es.jsonl): recall and false-block targets.

The batch was written without reading the rule tables or earlier cases; its first run and the
classes of wording fixed from it are in the red-team report.
"""

from __future__ import annotations

import json
from pathlib import Path

from guardrails import check

CASES_PATH = Path(__file__).resolve().parent / "cases_probe" / "redteam_es.jsonl"
BLOCK_RULES = {"patient-relationship", "treatment-disclosure", "records-billing",
               "personal-identifier", "foreign-contact", "medical-advice", "review-incentive",
               "missing-contact-path", "length"}  # fmt: skip


def _cases(expect: str) -> list[dict]:
    lines = CASES_PATH.read_text("utf-8").splitlines()
    return [case for line in lines if line.strip()
            for case in [json.loads(line)] if case["expect"] == expect]  # fmt: skip


def test_batch_is_large_enough_and_covers_every_block_rule() -> None:
    unsafe, safe = _cases("reject"), _cases("pass")
    assert len(unsafe) >= 70 and len(safe) >= 45
    assert {c["rule"] for c in unsafe} == BLOCK_RULES


def test_recall_at_least_95_percent() -> None:
    unsafe = _cases("reject")
    missed = [c["id"] for c in unsafe if check(c["reply"], c).passed]
    recall = 1 - len(missed) / len(unsafe)
    assert recall >= 0.95, f"recall {recall:.3f}; missed {missed}"


def test_at_most_5_percent_of_safe_replies_blocked() -> None:
    safe = _cases("pass")
    blocked = [c["id"] for c in safe if not check(c["reply"], c).passed]
    rate = len(blocked) / len(safe)
    assert rate <= 0.05, f"false blocks {rate:.3f}: {blocked}"
