"""Drafting loop figures against the local fake model server (no network, no key).

    .venv/bin/python benchmarks/draft_bench.py [--drafts N]

Prints, for a scripted mix of model behaviour (safe at once, one repair, two repairs, three
unsafe drafts ending in the template fallback):
- LLM calls per accepted draft, overall and per scenario;
- the loop's own overhead per draft (prompt rendering, guardrail checks, template fallback,
  bookkeeping), i.e. wall time minus the time spent waiting on the model's HTTP answers;
- the template backend's time per draft on its own (the no-key path);
- for every model failure the fake server can serve (tests/fakes/openai_chat.MODEL_FAULTS: bad
  JSON, HTML pages, empty bodies, refusals, timeouts, 5xx, ...): LLM calls per accepted draft
  and how many accepted drafts passed the guardrail (must be all of them).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slack_app.config import DraftingSettings, Practice, Settings
from slack_app.drafting import TemplateDrafter, draft_reply
from slack_app.drafting.openai_backend import OpenAIDrafter, RetryPolicy
from slack_app.models import Review
from tests.fakes.openai_chat import MODEL_FAULTS, FakeOpenAI, safe_reply, unsafe_reply

# (scenario, share of reviews, scripted answers)
MIX = [
    ("safe at once", 60, [safe_reply()]),
    ("one repair", 25, [unsafe_reply(), safe_reply()]),
    ("two repairs", 10, [unsafe_reply(), unsafe_reply(), safe_reply()]),
    ("template fallback", 5, [unsafe_reply(), unsafe_reply(), unsafe_reply()]),
]
REVIEWS = [
    (1, "Waited ninety minutes and nobody told us why. Not acceptable."),
    (3, "Nice people, but the parking is impossible and the phones ring forever."),
    (5, "Everyone was friendly and the office is spotless. Highly recommend."),
    (2, "Muy mala experiencia, esperé dos horas y nadie me explicó nada."),
    (4, "Muy amables y puntuales. El lugar está muy limpio."),
]


class TimedDrafter:
    """Wraps a drafter and adds up the time spent inside it (the model's HTTP round trips)."""

    def __init__(self, inner: OpenAIDrafter) -> None:
        self.inner = inner
        self.backend = inner.backend
        self.model = inner.model
        self.seconds = 0.0

    def draft(self, request):
        started = time.perf_counter()
        try:
            return self.inner.draft(request)
        finally:
            self.seconds += time.perf_counter() - started


def scenario_plan(total: int) -> list[tuple[str, list]]:
    weights = [share for _, share, _ in MIX]
    plan = []
    for index in range(total):
        slot = index % sum(weights)
        for (name, share, answers) in MIX:
            if slot < share:
                plan.append((name, answers))
                break
            slot -= share
    return plan


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=400)
    parser.add_argument("--fault-drafts", type=int, default=3, help="drafts per model fault")
    args = parser.parse_args()

    settings = Settings(
        practice=Practice(
            name="Riverside Family Dental",
            phone="(555) 014-2290",
            email="frontdesk@riversidefamilydental.example",
        ),
        drafting=DraftingSettings(max_attempts=3, timeout_seconds=10),
    )
    plan = scenario_plan(args.drafts)
    calls: dict[str, list[int]] = {name: [] for name, _, _ in MIX}
    overhead: list[float] = []
    backends: dict[str, int] = {}

    with FakeOpenAI() as model:
        inner = OpenAIDrafter(
            api_key="sk-bench", model="gpt-4o-mini", base_url=model.base_url,
            retry=RetryPolicy(attempts=3, initial_wait=0.001, max_wait=0.01, jitter=0.0),
        )
        # Warm up the connection pool and imports so the first draft is not an outlier.
        draft_reply(Review("google", "bench", "warm", 5, "", "Great"), settings, drafter=inner)
        model.reset()
        for index, (name, answers) in enumerate(plan):
            stars, text = REVIEWS[index % len(REVIEWS)]
            review = Review("google", "bench", f"r{index}", stars, "Reviewer", text)
            model.script(*answers)
            timed = TimedDrafter(inner)
            started = time.perf_counter()
            result = draft_reply(review, settings, drafter=timed)
            wall = time.perf_counter() - started
            if not result.passed:
                print(f"review {index}: no draft passed", file=sys.stderr)
                return 1
            calls[name].append(result.llm_calls)
            overhead.append(wall - timed.seconds)
            backends[result.backend] = backends.get(result.backend, 0) + 1
        requests_seen = len(model.chat_requests())

    total_calls = sum(sum(v) for v in calls.values())
    print(f"draft_bench: {args.drafts} drafts against the local fake model server")
    print(f"  LLM calls per accepted draft: {total_calls / args.drafts:.2f} "
          f"({requests_seen} chat requests received by the server)")
    for name, share, _ in MIX:
        values = calls[name]
        print(f"    {name:<18} {share:>3}% of reviews: {statistics.mean(values):.2f} calls/draft")
    print(f"  accepted drafts by backend: {backends}")
    overhead_ms = sorted(s * 1000 for s in overhead)
    print(f"  loop overhead per draft, model latency excluded: "
          f"mean {statistics.mean(overhead_ms):.2f} ms, "
          f"median {statistics.median(overhead_ms):.2f} ms, "
          f"p95 {overhead_ms[int(len(overhead_ms) * 0.95) - 1]:.2f} ms")

    templates = TemplateDrafter()
    started = time.perf_counter()
    for index in range(args.drafts):
        stars, text = REVIEWS[index % len(REVIEWS)]
        draft_reply(Review("google", "bench", f"t{index}", stars, "", text), settings,
                    drafter=templates)
    per_draft = (time.perf_counter() - started) / args.drafts * 1000
    print(f"  template backend (no key), whole draft incl. guardrail: {per_draft:.2f} ms/draft")
    return fault_figures(settings, args.fault_drafts)


def fault_figures(settings: Settings, drafts: int) -> int:
    """Every model fault: LLM calls per accepted draft, and accepted drafts that passed."""
    logging.getLogger("slack_app.drafting").setLevel(logging.ERROR)  # one line per failure
    print(f"  model faults, {drafts} drafts each (client timeout 0.5 s, 3 requests per attempt):")
    failed = 0
    for name, answer, kind in MODEL_FAULTS:
        with FakeOpenAI(default=answer) as model:
            drafter = OpenAIDrafter(
                api_key="sk-bench", model="gpt-4o-mini", base_url=model.base_url, timeout=0.5,
                retry=RetryPolicy(attempts=3, initial_wait=0.001, max_wait=0.01, jitter=0.0),
            )
            results = [
                draft_reply(Review("google", "bench", f"f{n}", 2, "", REVIEWS[0][1]), settings,
                            drafter=drafter)
                for n in range(drafts)
            ]
        passed = sum(result.passed for result in results)
        failed += drafts - passed
        calls = statistics.mean(result.llm_calls for result in results)
        backends = sorted({result.backend for result in results})
        print(f"    {name:<24} {kind:<16} {calls:.2f} calls/draft, "
              f"{passed}/{drafts} passed, backend {'/'.join(backends)}")
    if failed:
        print(f"draft_bench: {failed} accepted draft(s) did not pass", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
