"""Shared context for guardrail tests: one practice, and a helper that appends its phone."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrails import GuardContext, Verdict, check

PRACTICE_PHONE = "(555) 014-2290"
PRACTICE_EMAIL = "frontdesk@lakesidedental.example"
PRACTICE = GuardContext(
    practice_name="Lakeside Dental",
    practice_phone=PRACTICE_PHONE,
    practice_email=PRACTICE_EMAIL,
)
CONTACT_EN = " Please call our office at (555) 014-2290."
CONTACT_ES = " Llámenos al (555) 014-2290."
# The team's shared public cases, copied into the repository so every machine runs them.
PUBLIC_CASES = Path(__file__).resolve().parent / "cases" / "public_shared.jsonl"
EVAL_DIR = Path(__file__).resolve().parent / "cases"


def judge(reply: str, *, review: str = "", reviewer_name: str = "", spanish: bool = False,
          contact: bool = True) -> Verdict:
    """Check `reply` (plus the practice's phone unless contact=False) for Lakeside Dental."""
    text = reply + ((CONTACT_ES if spanish else CONTACT_EN) if contact else "")
    context = GuardContext(
        review=review,
        reviewer_name=reviewer_name,
        practice_name=PRACTICE.practice_name,
        practice_phone=PRACTICE.practice_phone,
        practice_email=PRACTICE.practice_email,
    )
    return check(text, context)


def assert_blocked_at(language: str, reply: str, rule: str, excerpt: str) -> None:
    """`reply` (with the practice's phone) is blocked by `rule` at exactly `excerpt`."""
    verdict = judge(reply, spanish=language == "es")
    assert (rule, excerpt) in {(f.rule, f.excerpt) for f in verdict.blocking}, verdict.findings
    assert_offsets(reply + (CONTACT_ES if language == "es" else CONTACT_EN), verdict)
    assert all(f.pattern for f in verdict.findings), "every finding names its pattern"


def assert_passes(language: str, reply: str) -> None:
    verdict = judge(reply, spanish=language == "es")
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]


def block_rules(verdict: Verdict) -> set[str]:
    return {f.rule for f in verdict.blocking}


def assert_offsets(reply: str, verdict: Verdict) -> None:
    for f in verdict.findings:
        assert 0 <= f.start <= f.end <= len(reply), f
        assert reply[f.start : f.end] == f.excerpt, f


@pytest.fixture
def practice() -> GuardContext:
    return PRACTICE
