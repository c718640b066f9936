"""Google at scale, inside Google's quotas: the real poll cycle, poster and reply scan against
the local Business Profile fake, which enforces the quotas too (300 requests a minute, 10
edits a minute per profile) and answers 429 beyond them.

1. Poll cycles at 1,000 locations (`pipeline.run_cycle`: poll, drafts, moderation read-back of
   posted replies, the day's slice of the full pass): cycle time and peak requests a minute.
2. 30 approvals for one profile at once: 10 go out, 20 queue; the queue drains as the minute
   frees up (ticks every 15 s, as the scheduler's). Never more than 10 edits a minute.
3. A scan of 1,000 locations x 200 replied reviews (`reply_audit`): time, requests, CPU.

The quota waits run on a simulated clock (`sources.quota.SimulatedClock`), so hours of quota
take seconds; both the simulated and the real duration are printed. CPU is this process's
(the fake server runs in it too, so it is an upper bound for the app).

    .venv/bin/python benchmarks/google_bench.py [--locations 1000] [--replied 200]

Exit 1 when a check fails (a quota exceeded, a 429, a reply missed or posted twice).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slack_app import reply_audit, workflow
from slack_app import store as db
from slack_app.config import (
    DatabaseSettings,
    Location,
    PollSettings,
    Practice,
    Settings,
)
from slack_app.pipeline import prepare_reviews, run_cycle
from slack_app.poller import poll_once
from slack_app.sources.google import GoogleSource
from slack_app.sources.http_retry import RetryPolicy
from slack_app.sources.posting import SourcePoster
from slack_app.sources.quota import RequestLimiter, SimulatedClock, peak_per_minute
from tests.fakes.google_business import FakeGoogleBusiness

QUOTA = 300
EDITS = 10
START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
UNSAFE = "Thanks for your visit! We're glad the cleaning went well."
SAFE = "Thank you for the kind words! Please call us at (555) 014-2290."


def settings_for(google, workdir: str, name: str) -> Settings:
    return Settings(
        practice=Practice(name="Benchmark Dental", phone="(555) 014-2290"),
        locations=[
            Location(name=f"Office {n:04d}", google_location=location)
            for n, location in enumerate(google.locations)
        ],
        poll=PollSettings(interval_minutes=15, backfill_days=14),
        database=DatabaseSettings(path=str(Path(workdir) / f"{name}.db")),
    )


def fake(clock: SimulatedClock, locations: int, reviews: int, **kwargs) -> FakeGoogleBusiness:
    """The fake Google with both quotas in force, on the simulated clock."""
    return FakeGoogleBusiness(
        locations=locations,
        reviews_per_location=reviews,
        now=START,
        clock=clock.now,
        requests_per_minute=QUOTA,
        edits_per_minute=EDITS,
        **kwargs,
    )


def client(google, clock) -> GoogleSource:
    return GoogleSource(
        google.environment(),
        policy=RetryPolicy.quick(sleep=clock.sleep, timeout=30.0),
        limiter=RequestLimiter(QUOTA, clock=clock, record=True),
    )


def row(label: str, value: str) -> None:
    print(f"  {label:<34}{value}")


def minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.1f} s"


def poll_cycles(locations: int, workdir: str) -> bool:
    print(f"\n1. Poll cycles at {locations:,} locations (quota {QUOTA} requests a minute)")
    clock = SimulatedClock(START)
    # Reviews older than the backfill: the first sync drafts nothing.
    with fake(clock, locations, 3, spacing=timedelta(days=20)) as google:
        settings = settings_for(google, workdir, "poll")
        env = google.environment()
        source = client(google, clock)
        poster = SourcePoster(env, {"google": source}, clock=clock)
        ok = True
        with db.Store(settings.database.path) as store:
            for label, prepare in (
                ("first cycle (initial sync)", None),
                ("a morning: 100 new reviews", "new"),
                ("next cycle: 100 replies posted", "posted"),
            ):
                if prepare == "new":
                    for n in range(100):
                        google.add_review(
                            google.locations[n * (locations // 100)],
                            comment="Friendly front desk and a spotless office.",
                            at=clock.now() - timedelta(minutes=5),
                        )
                if prepare == "posted":
                    drafted = db.reply_states(store, ("drafted",))
                    for reply in drafted:
                        outcome = workflow.approve(
                            store, reply["review_key"], "U0BENCH", settings, poster
                        )
                        if outcome.state == "queued":
                            clock.advance(61)
                            workflow.post_queued(store, settings, poster)
                    clock.advance(120)
                granted, started_sim = source.limiter.granted, clock.monotonic()
                times_before = len(source.limiter.times)
                started, cpu = time.perf_counter(), time.process_time()
                report = run_cycle(
                    store, settings, env, sources={"google": source}, now=clock.now()
                )
                real, cpu = time.perf_counter() - started, time.process_time() - cpu
                simulated = clock.monotonic() - started_sim
                made = source.limiter.granted - granted
                peak = peak_per_minute(source.limiter.times[times_before:])
                print(f"  -- {label}")
                row("requests", f"{made:,}")
                row("cycle time, simulated", minutes(simulated))
                row("cycle time, real", f"{real:.1f} s (CPU {cpu:.1f} s)")
                row("peak requests in a minute", f"{peak} (quota {QUOTA})")
                row(
                    "drafted / cards changed",
                    f"{len(report.prepared)} / {len(report.card_changes)}",
                )
                ok &= peak <= QUOTA and not report.failed
            row("429s from Google (all cycles)", str(len(google.quota_refusals)))
            ok &= not google.quota_refusals
        source.close()
    return ok


def thirty_approvals(workdir: str) -> bool:
    print(f"\n2. 30 approvals for one profile (Google: {EDITS} edits a minute per profile)")
    clock = SimulatedClock(START)
    with fake(clock, 1, 0) as google:
        settings = settings_for(google, workdir, "post")
        env = google.environment()
        source = client(google, clock)
        poster = SourcePoster(env, {"google": source}, clock=clock)
        for n in range(30):
            google.add_review(
                google.locations[0], comment=f"Lovely team ({n}).", at=START - timedelta(minutes=n)
            )
        with db.Store(settings.database.path) as store:
            polled = poll_once(store, settings, env, sources={"google": source}, now=clock.now())
            prepare_reviews(store, settings, env, polled.needs_reply)
            keys = [r["review_key"] for r in db.reply_states(store, ("drafted",))]
            started, started_sim = time.perf_counter(), clock.monotonic()
            states = [
                workflow.approve(store, key, "U0BENCH", settings, poster).state for key in keys
            ]
            first = states.count("posted")
            queued = states.count("queued")
            notices = Counter(
                db.queued_reply(store, k)["notice"].rsplit(" ", 1)[-1]
                for k in keys
                if db.queued_reply(store, k)
            )
            ticks = 0
            while db.queued_replies(store) and ticks < 100:
                clock.advance(15)  # the scheduler's tick
                workflow.post_queued(store, settings, poster)
                ticks += 1
            simulated = clock.monotonic() - started_sim
            real = time.perf_counter() - started
            posted = [db.reply_state(store, key)["state"] for key in keys].count("posted")
        edits = [(t - START).total_seconds() for t in google.edit_times[google.locations[0]]]
        peak = peak_per_minute(edits)
        row("posted at once / queued", f"{first} / {queued}")
        said = ", ".join(f"{at} ({n} cards)" for at, n in sorted(notices.items()))
        row("queued cards said 'posting at'", said)
        row("all posted after, simulated", f"{minutes(simulated)} ({ticks} scheduler ticks)")
        row("real time", f"{real:.2f} s")
        row("peak edits in a minute", f"{peak} (limit {EDITS})")
        row("PUTs sent / 429s", f"{len(google.replies)} / {len(google.quota_refusals)}")
        source.close()
    return (
        posted == 30 == len(google.replies)
        and peak <= EDITS
        and not google.quota_refusals
        and first == EDITS
    )


def scan(locations: int, replied: int, workdir: str) -> bool:
    print(f"\n3. Scan of {locations:,} locations x {replied} replied reviews")
    clock = SimulatedClock(START)
    print("  (generating the fake's reviews ...)", flush=True)
    with fake(clock, locations, replied, spacing=timedelta(hours=3)) as google:
        unsafe = 0
        for reviews in google.reviews.values():
            for n, review in enumerate(reviews):
                bad = n % 100 == 7  # one reply in a hundred discloses a visit
                unsafe += bad
                review["reviewReply"] = {
                    "comment": UNSAFE if bad else SAFE,
                    "updateTime": review["updateTime"],
                    "reviewReplyState": "APPROVED",
                }
        settings = settings_for(google, workdir, "scan")
        source = client(google, clock)
        with db.Store(settings.database.path) as store:
            started, cpu = time.perf_counter(), time.process_time()
            scan_id, _ = reply_audit.start_scan(store, settings, actor="bench", now=clock.now())
            result = reply_audit.run_scan(store, settings, source, scan_id, clock=clock.now)
            real, cpu = time.perf_counter() - started, time.process_time() - cpu
            flagged = len(reply_audit.flagged_findings(store, scan_id))
        totals = result.totals()
        peak = peak_per_minute(source.limiter.times)
        row("replies checked", f"{totals['replied']:,} on {totals['reviews']:,} reviews")
        row("flagged (seeded unsafe)", f"{flagged:,} ({unsafe:,})")
        row("requests", f"{result.requests:,} ({totals['pages']:,} pages)")
        row("time, simulated", minutes(clock.monotonic()))
        row("time, real", f"{real:.1f} s")
        row("CPU", f"{cpu:.1f} s (this process, the fake included)")
        row("peak requests in a minute", f"{peak} (quota {QUOTA})")
        row("429s from Google", str(len(google.quota_refusals)))
        source.close()
    return (
        result.finished
        and flagged == unsafe
        and totals["replied"] == locations * replied
        and peak <= QUOTA
        and not google.quota_refusals
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locations", type=int, default=1000)
    parser.add_argument("--replied", type=int, default=200, help="replied reviews per location")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as workdir:
        ok = poll_cycles(args.locations, workdir)
        ok &= thirty_approvals(workdir)
        ok &= scan(args.locations, args.replied, workdir)
    print("\nPASS" if ok else "\nFAIL: see the figures above")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
