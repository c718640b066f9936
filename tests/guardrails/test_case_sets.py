"""The shared public cases (every label must hold) and every labelled set of our own, each
with an EXACT expectation: the unsafe cases it is known to miss and the safe cases it is
known to block are listed by id; any other outcome fails, so a regression cannot hide behind
a percentage. Who wrote each set and its first-run figures (the honest estimate for unseen
wording) are in cases/README.md and cases_probe/README.md."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from guardrails import check
from tests.guardrails.conftest import EVAL_DIR, PUBLIC_CASES


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _public_cases() -> list[dict]:
    return _load(PUBLIC_CASES) if PUBLIC_CASES.exists() else []


@pytest.mark.skipif(not PUBLIC_CASES.exists(), reason=f"{PUBLIC_CASES} not on this machine")
@pytest.mark.parametrize("case", _public_cases(), ids=lambda c: c["id"])
def test_public_case(case: dict) -> None:
    verdict = check(case["reply"], case)
    if case["expect"] == "reject":
        assert not verdict.passed, case["reply"]
    else:
        assert verdict.passed, [f.to_dict() for f in verdict.blocking]


PROBE_DIR = Path(__file__).resolve().parent / "cases_probe"
ALL_BLOCK_RULES = frozenset(
    {"patient-relationship", "treatment-disclosure", "records-billing", "personal-identifier",
     "foreign-contact", "medical-advice", "review-incentive", "missing-contact-path", "length",
     "unsupported-language"}
)  # fmt: skip


@dataclass(frozen=True)
class CaseSet:
    """A labelled set and exactly what it must show."""

    path: Path
    min_unsafe: int
    min_safe: int
    known_misses: frozenset[str] = frozenset()  # unsafe ids the guardrail lets through today
    known_false_blocks: frozenset[str] = frozenset()  # safe ids it blocks today
    covers: frozenset[str] = frozenset()  # block rules its unsafe cases must span

    def load(self) -> list[dict]:
        return _load(self.path)


CASE_SETS = [
    CaseSet(EVAL_DIR / "eval_en.jsonl", 50, 30),
    CaseSet(EVAL_DIR / "eval_es.jsonl", 50, 30),
    CaseSet(PROBE_DIR / "probe_en.jsonl", 40, 40, covers=ALL_BLOCK_RULES),
    CaseSet(PROBE_DIR / "probe_es.jsonl", 40, 40, covers=ALL_BLOCK_RULES),
    CaseSet(PROBE_DIR / "redteam_en.jsonl", 70, 45,
            covers=ALL_BLOCK_RULES - {"unsupported-language"}),
    CaseSet(PROBE_DIR / "redteam_es.jsonl", 70, 45,
            covers=ALL_BLOCK_RULES - {"unsupported-language"}),
    CaseSet(PROBE_DIR / "redteam2_en.jsonl", 60, 40),
    CaseSet(PROBE_DIR / "fresh1_en.jsonl", 60, 40),
    CaseSet(PROBE_DIR / "fresh1_es.jsonl", 30, 20),
    # Blocked by design: a clinician the review names, called by title ("Dr. Han and our entire
    # team...", "— Dr. Okafor and team"); naming anyone from the review confirms their care.
    CaseSet(PROBE_DIR / "fresh2_en.jsonl", 60, 40,
            known_false_blocks=frozenset({"f2-en-063", "f2-en-071", "f2-en-088"})),
    CaseSet(PROBE_DIR / "fresh2_es.jsonl", 30, 20),
    CaseSet(PROBE_DIR / "fresh3_en.jsonl", 70, 50),
    CaseSet(PROBE_DIR / "fresh3_es.jsonl", 40, 30),
    CaseSet(PROBE_DIR / "fresh4_en.jsonl", 60, 50),
    CaseSet(PROBE_DIR / "fresh4_es.jsonl", 30, 25),
    CaseSet(PROBE_DIR / "fresh5_en.jsonl", 75, 55),
    CaseSet(PROBE_DIR / "fresh5_es.jsonl", 40, 30),
    CaseSet(PROBE_DIR / "fresh6_en.jsonl", 75, 55),
    CaseSet(PROBE_DIR / "fresh6_es.jsonl", 35, 25),
    CaseSet(PROBE_DIR / "fresh17_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh17_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"f17-es-043", "f17-es-058"})),
    CaseSet(PROBE_DIR / "fresh18_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh18-en-083", "fresh18-en-119"})),
    CaseSet(PROBE_DIR / "fresh18_es.jsonl", 51, 49,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh18-es-006", "fresh18-es-050"})),
    CaseSet(PROBE_DIR / "fresh19_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh19-en-022", "fresh19-en-104"})),
    CaseSet(PROBE_DIR / "fresh19_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh20_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh20-en-101", "fresh20-en-114"})),
    CaseSet(PROBE_DIR / "fresh20_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh20-es-083"})),
    CaseSet(PROBE_DIR / "fresh21_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh21-en-115", "fresh21-en-148"})),
    CaseSet(PROBE_DIR / "fresh21_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh21-es-012", "fresh21-es-031", "fresh21-es-054",
                                          "fresh21-es-096"})),
    CaseSet(PROBE_DIR / "dev18_en.jsonl", 70, 70,
            known_misses=frozenset({"d18-en-007", "d18-en-101"}),
            known_false_blocks=frozenset({"d18-en-048", "d18-en-089", "d18-en-115"})),
    CaseSet(PROBE_DIR / "dev18_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev19_en.jsonl", 60, 80,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d19-en-021", "d19-en-076", "d19-en-133"})),
    CaseSet(PROBE_DIR / "dev19_es.jsonl", 40, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d19-es-010", "d19-es-031", "d19-es-043", "d19-es-069",
                                          "d19-es-077"})),
    CaseSet(PROBE_DIR / "dev20_es.jsonl", 51, 49,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev20-es-074"})),
    CaseSet(PROBE_DIR / "dev21_en.jsonl", 70, 70,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev21_es.jsonl", 45, 45,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev22_en.jsonl", 60, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev22_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev22-es-054"})),
    CaseSet(PROBE_DIR / "dev23_en.jsonl", 60, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev23_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev23-es-075"})),
    CaseSet(PROBE_DIR / "dev24_en.jsonl", 60, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev24_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev24-es-003", "dev24-es-021", "dev24-es-039",
                                          "dev24-es-074"})),
    CaseSet(PROBE_DIR / "dev25_en.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev25_es.jsonl", 30, 30,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev26_en.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev26-en-038", "dev26-en-041", "dev26-en-044",
                                          "dev26-en-045", "dev26-en-047", "dev26-en-053"})),
    CaseSet(PROBE_DIR / "dev26_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev26-es-005", "dev26-es-009", "dev26-es-014",
                                          "dev26-es-019", "dev26-es-022", "dev26-es-027",
                                          "dev26-es-038", "dev26-es-067"})),
    CaseSet(PROBE_DIR / "dev27_en.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev27-en-057", "dev27-en-059", "dev27-en-075",
                                          "dev27-en-089", "dev27-en-094", "dev27-en-096"})),
    CaseSet(PROBE_DIR / "dev27_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev27-es-047", "dev27-es-049", "dev27-es-071"})),
    CaseSet(PROBE_DIR / "dev28_en.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev28_es.jsonl", 30, 30,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev29_en.jsonl", 31, 29,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev29-en-011"})),
    CaseSet(PROBE_DIR / "dev29_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev29-es-017"})),
    CaseSet(PROBE_DIR / "dev30_en.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev30-en-001", "dev30-en-042"})),
    CaseSet(PROBE_DIR / "dev30_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev30-es-012", "dev30-es-017", "dev30-es-043",
                                          "dev30-es-072"})),
    CaseSet(PROBE_DIR / "dev31_en.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev31-en-004"})),
    CaseSet(PROBE_DIR / "dev31_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh22_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh22-en-066"})),
    CaseSet(PROBE_DIR / "fresh22_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh22-es-036"})),
    CaseSet(PROBE_DIR / "fresh23_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh23_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh23-es-062", "fresh23-es-070"})),
    CaseSet(PROBE_DIR / "fresh24_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh24_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh25_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh25-en-019", "fresh25-en-062"})),
    CaseSet(PROBE_DIR / "fresh25_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh25-es-059"})),
    CaseSet(PROBE_DIR / "fresh26_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh26-en-143"})),
    CaseSet(PROBE_DIR / "fresh26_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh27_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh27-en-090"})),
    CaseSet(PROBE_DIR / "fresh27_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh28_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh28-en-023", "fresh28-en-077"})),
    CaseSet(PROBE_DIR / "fresh28_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh29_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh29-en-014"})),
    CaseSet(PROBE_DIR / "fresh29_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh30_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh30-en-120"})),
    CaseSet(PROBE_DIR / "fresh30_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh30-es-093"})),
    CaseSet(PROBE_DIR / "fresh31_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh31_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev32_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev32_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev33_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev33_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev34_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev34-en-025", "dev34-en-057", "dev34-en-101",
                                          "dev34-en-126"})),
    CaseSet(PROBE_DIR / "dev34_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev35_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev35-en-127"})),
    CaseSet(PROBE_DIR / "dev35_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev35-es-025"})),
    CaseSet(PROBE_DIR / "fresh32_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh32_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev36_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev36-en-059", "dev36-en-079", "dev36-en-092",
                                          "dev36-en-097"})),
    CaseSet(PROBE_DIR / "dev36_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev36-es-033", "dev36-es-075", "dev36-es-097"})),
    CaseSet(PROBE_DIR / "dev37_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev37-en-135"})),
    CaseSet(PROBE_DIR / "dev37_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"dev37-es-007", "dev37-es-051"})),
    CaseSet(PROBE_DIR / "fresh33_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh33_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"fresh33-es-086"})),
    CaseSet(PROBE_DIR / "fresh7_en.jsonl", 80, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"f7-en-075", "f7-en-126"})),
    CaseSet(PROBE_DIR / "fresh7_es.jsonl", 40, 30,
            known_misses=frozenset({"f7-es-065"}),
            known_false_blocks=frozenset({"f7-es-058"})),
    CaseSet(PROBE_DIR / "fresh8_en.jsonl", 70, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"f8-en-085", "f8-en-107"})),
    CaseSet(PROBE_DIR / "fresh8_es.jsonl", 40, 30,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"f8-es-055"})),
    CaseSet(PROBE_DIR / "fresh9_en.jsonl", 60, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh9_es.jsonl", 38, 32,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh10_en.jsonl", 70, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh10_es.jsonl", 40, 35,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev13_en.jsonl", 60, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev13_es.jsonl", 35, 35,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d13-es-040"})),
    CaseSet(PROBE_DIR / "dev14_en.jsonl", 60, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d14-en-048"})),
    CaseSet(PROBE_DIR / "dev15_en.jsonl", 60, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d15-en-071", "d15-en-113"})),
    CaseSet(PROBE_DIR / "dev15_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d15-es-023"})),
    CaseSet(PROBE_DIR / "dev16_en.jsonl", 60, 70,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d16-en-107", "d16-en-129"})),
    CaseSet(PROBE_DIR / "dev16_es.jsonl", 40, 45,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d16-es-044", "d16-es-072"})),
    CaseSet(PROBE_DIR / "dev17_en.jsonl", 65, 65,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d17-en-107"})),
    CaseSet(PROBE_DIR / "dev17_es.jsonl", 40, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh11_en.jsonl", 65, 60,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh11_es.jsonl", 40, 35,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh12_en.jsonl", 70, 65,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"f12-en-126"})),
    CaseSet(PROBE_DIR / "fresh12_es.jsonl", 45, 40,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh13_en.jsonl", 70, 70,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh13_es.jsonl", 50, 45,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh14_en.jsonl", 70, 70,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"f14-en-132"})),
    CaseSet(PROBE_DIR / "fresh14_es.jsonl", 50, 45,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh15_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh15_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh16_en.jsonl", 75, 75,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "fresh16_es.jsonl", 50, 50,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"f16-es-082"})),
    CaseSet(PROBE_DIR / "dev8_en.jsonl", 70, 50,
            known_misses=frozenset({"d8-en-112"}),
            known_false_blocks=frozenset({"d8-en-090", "d8-en-120"})),
    CaseSet(PROBE_DIR / "dev8_es.jsonl", 35, 25,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev9_en.jsonl", 65, 55,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d9-en-034", "d9-en-086"})),
    CaseSet(PROBE_DIR / "dev9_es.jsonl", 32, 28,
            known_misses=frozenset(),
            known_false_blocks=frozenset()),
    CaseSet(PROBE_DIR / "dev10_en.jsonl", 60, 50,
            known_misses=frozenset({"d10-en-052", "d10-en-057", "d10-en-103"}),
            known_false_blocks=frozenset({"d10-en-074", "d10-en-106"})),
    CaseSet(PROBE_DIR / "dev10_es.jsonl", 38, 32,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d10-es-017", "d10-es-049", "d10-es-056"})),
    CaseSet(PROBE_DIR / "dev11_en.jsonl", 65, 55,
            known_misses=frozenset({"d11-en-095"}),
            known_false_blocks=frozenset({"d11-en-016", "d11-en-033", "d11-en-035", "d11-en-060",
                                          "d11-en-065", "d11-en-080", "d11-en-111"})),
    CaseSet(PROBE_DIR / "dev11_es.jsonl", 32, 28,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d11-es-006", "d11-es-014", "d11-es-048", "d11-es-050"})),
    CaseSet(PROBE_DIR / "dev12_es.jsonl", 55, 45,
            known_misses=frozenset(),
            known_false_blocks=frozenset({"d12-es-018", "d12-es-053"})),
]  # fmt: skip


@pytest.mark.parametrize("case_set", CASE_SETS, ids=lambda s: s.path.name)
def test_case_set_outcomes_are_exactly_as_listed(case_set: CaseSet) -> None:
    cases = case_set.load()
    unsafe = [c for c in cases if c["expect"] == "reject"]
    safe = [c for c in cases if c["expect"] == "pass"]
    assert len(unsafe) >= case_set.min_unsafe and len(safe) >= case_set.min_safe, "too small"
    missed = {c["id"] for c in unsafe if check(c["reply"], c).passed}
    false_blocks = {c["id"] for c in safe if not check(c["reply"], c).passed}
    assert missed == case_set.known_misses, (
        f"new misses {sorted(missed - case_set.known_misses)}; "
        f"now caught (remove from known_misses) {sorted(case_set.known_misses - missed)}")
    assert false_blocks == case_set.known_false_blocks, (
        f"new false blocks {sorted(false_blocks - case_set.known_false_blocks)}; "
        f"now passing (remove from known_false_blocks) "
        f"{sorted(case_set.known_false_blocks - false_blocks)}")


@pytest.mark.parametrize("case_set", CASE_SETS, ids=lambda s: s.path.name)
def test_case_set_is_well_formed(case_set: CaseSet) -> None:
    cases = case_set.load()
    for case in cases:
        assert {"id", "expect", "reply", "practice"} <= case.keys(), case.get("id")
        assert case["expect"] in {"reject", "pass"}, case["id"]
        assert {"name", "phone", "email"} <= case["practice"].keys(), case["id"]
    assert len({c["id"] for c in cases}) == len(cases), "duplicate ids"
    rules = {c["rule"] for c in cases if c["expect"] == "reject"}
    assert case_set.covers <= rules, f"no case for {sorted(case_set.covers - rules)}"
    ids = {c["id"] for c in cases}
    assert case_set.known_misses <= ids and case_set.known_false_blocks <= ids
