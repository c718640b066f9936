"""English red-team batch 2 (cases_probe/redteam2_en.jsonl): recall and false blocks.

61 unsafe replies (patient relationship and treatment disclosure across dental, pediatrics,
dermatology, orthopedics, OB/GYN, eye care, behavioral health, cardiology and urgent care, plus
records/billing, personal identifiers, medical advice, review incentives, a foreign contact and
a missing contact path) and 40 safe ones, written without reading the rule tables or the other
case files.

First run, before any rule change: recall 58/61 = 0.951, no safe reply blocked. Missed:
"kept you waiting past your slot", "your stress appointment", and "anyone who updates their
review gets a free pair of sunglasses". The classes fixed: the reader kept waiting or their
time slot; "your <any qualifier> appointment/visit/exam/..."; a changed/updated/shared review
tied to something "free", and "gets/receives/wins a free ...". A further unsaved probe of 20
fresh unsafe replies (after those fixes) missed 2 ("had to send you to the ER", "felt rushed out
of the room"), fixed as one class: sending, referring or hurrying the reader somewhere.
"""

from __future__ import annotations

import json
from pathlib import Path

from guardrails import check

CASES = Path(__file__).resolve().parent / "cases_probe" / "redteam2_en.jsonl"


def _load() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text("utf-8").splitlines() if line.strip()]


def test_redteam2_en_targets() -> None:
    cases = _load()
    unsafe = [c for c in cases if c["expect"] == "reject"]
    safe = [c for c in cases if c["expect"] == "pass"]
    assert len(unsafe) >= 60 and len(safe) >= 40, "red-team set too small to measure"
    missed = [c["id"] for c in unsafe if check(c["reply"], c).passed]
    blocked = [c["id"] for c in safe if not check(c["reply"], c).passed]
    assert 1 - len(missed) / len(unsafe) >= 0.95, f"recall too low, missed: {missed}"
    assert len(blocked) / len(safe) <= 0.05, f"too many safe replies blocked: {blocked}"


def test_redteam2_en_fields() -> None:
    for case in _load():
        fields = {"id", "expect", "rule", "reply", "review", "reviewer_name", "practice"}
        assert fields <= case.keys()
        assert case["expect"] in {"reject", "pass"}
        assert {"name", "phone", "email"} <= case["practice"].keys()
