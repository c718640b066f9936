"""The probe set (tests/guardrails/cases_probe/): recall and false-block thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails import check

PROBE_DIR = Path(__file__).resolve().parent / "cases_probe"


def _load(name: str) -> list[dict]:
    path = PROBE_DIR / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["probe_en.jsonl", "probe_es.jsonl"])
def test_probe_set_targets(name: str) -> None:
    cases = _load(name)
    unsafe = [c for c in cases if c["expect"] == "reject"]
    safe = [c for c in cases if c["expect"] == "pass"]
    assert len(unsafe) >= 40 and len(safe) >= 40, "probe set too small to measure"
    missed = [c["id"] for c in unsafe if check(c["reply"], c).passed]
    false_blocks = [c["id"] for c in safe if not check(c["reply"], c).passed]
    recall = 1 - len(missed) / len(unsafe)
    false_block_rate = len(false_blocks) / len(safe)
    assert recall >= 0.95, f"recall {recall:.3f}; missed {missed}"
    assert false_block_rate <= 0.05, f"false blocks {false_block_rate:.3f}: {false_blocks}"


@pytest.mark.parametrize("name", ["probe_en.jsonl", "probe_es.jsonl"])
def test_probe_set_covers_every_block_rule(name: str) -> None:
    rules = {c["rule"] for c in _load(name) if c["expect"] == "reject"}
    expected = {"patient-relationship", "treatment-disclosure", "records-billing",
                "personal-identifier", "foreign-contact", "medical-advice", "review-incentive",
                "missing-contact-path", "length", "unsupported-language"}
    assert rules == expected
