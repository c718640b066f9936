"""Sync benchmark: the real poller and Google client against the local Business Profile fake.

1. First sync of 50 locations x 1,000 reviews into a fresh database: reviews stored per
   second end to end (HTTP, parsing, storing) and requests made.
2. The store alone: the same reviews saved page by page (50 a transaction) into another fresh
   database, to separate SQLite throughput from the HTTP round trips.
3. An incremental poll with nothing new, which must make exactly one request per location.

Google's quota limiter (300 requests a minute, `sources.quota`) is off here: this measures how
fast reviews are stored; `benchmarks/google_bench.py` measures the quota at 1,000 locations.

    .venv/bin/python benchmarks/sync_bench.py [--locations 50] [--reviews 1000]

Target: at least 5,000 reviews/s stored. Exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slack_app.config import DatabaseSettings, Location, Practice, Settings
from slack_app.poller import poll_once
from slack_app.sources.http_retry import RetryPolicy
from slack_app.sources.quota import RequestLimiter
from slack_app.store import Store, count, save_reviews
from tests.fakes.google_business import FakeGoogleBusiness

TARGET_PER_SECOND = 5000


def unthrottled(env, policy) -> dict:
    """A fresh Google client (as poll_once builds one per poll) with the quota limiter off."""
    from slack_app.sources.google import GoogleSource

    return {"google": GoogleSource(env, policy=policy, limiter=RequestLimiter.unlimited())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locations", type=int, default=50)
    parser.add_argument("--reviews", type=int, default=1000, help="reviews per location")
    args = parser.parse_args(argv)
    total = args.locations * args.reviews
    ok = True

    print(f"Generating {args.locations} locations x {args.reviews} reviews ...", flush=True)
    with (
        FakeGoogleBusiness(locations=args.locations, reviews_per_location=args.reviews) as google,
        tempfile.TemporaryDirectory() as workdir,
    ):
        settings = Settings(
            practice=Practice(name="Benchmark Dental", email="desk@bench.example"),
            locations=[
                Location(name=f"Office {n}", google_location=location)
                for n, location in enumerate(google.locations)
            ],
            database=DatabaseSettings(path=str(Path(workdir) / "bench.db")),
        )
        env = google.environment()
        policy = RetryPolicy.quick(timeout=30.0)

        with Store(settings.database.path) as store:
            started = time.perf_counter()
            clients = unthrottled(env, policy)
            first = poll_once(store, settings, env, sources=clients)
            clients["google"].close()
            elapsed = time.perf_counter() - started
            stored = count(store, "reviews")
            list_calls = len(google.list_calls())
            token_calls = len(google.server.calls("/token"))
            rate = stored / elapsed
            print("\nFirst sync (HTTP + parse + store, one process)")
            print(f"  reviews stored      {stored:>10,}  (expected {total:,})")
            print(f"  wall time           {elapsed:>10.2f} s")
            print(f"  reviews/s stored    {rate:>10,.0f}  (target {TARGET_PER_SECOND:,})")
            print(
                f"  requests made       {list_calls + token_calls:>10,}  "
                f"({list_calls:,} review pages + {token_calls} token refresh)"
            )
            print(f"  failed locations    {sum(e.status == 'failed' for e in first.locations):>10}")
            print(
                f"  needing a reply     {len(first.needs_reply):>10,}  (backfill "
                f"{settings.poll.backfill_days} days)"
            )
            ok &= stored == total and not first.failed and rate >= TARGET_PER_SECOND

            before = len(google.list_calls())
            tokens_before = len(google.server.calls("/token"))
            started = time.perf_counter()
            clients = unthrottled(env, policy)
            again = poll_once(store, settings, env, sources=clients)
            clients["google"].close()
            elapsed_again = time.perf_counter() - started
            per_location = {loc: len(google.list_calls(loc)) for loc in google.locations}
            made = len(google.list_calls()) - before
            token_again = len(google.server.calls("/token")) - tokens_before
            print("\nIncremental poll, nothing new")
            print(
                f"  review requests     {made:>10,}  ({made / args.locations:g} per location;"
                " must be 1)"
            )
            print(f"  token refreshes     {token_again:>10}  (a fresh client per poll_once)")
            print(
                f"  new / changed       {again.totals()['new']:>10} / {again.totals()['updated']}"
            )
            print(f"  wall time           {elapsed_again:>10.2f} s")
            ok &= made == args.locations and again.totals()["new"] == 0
            ok &= all(
                n == args.reviews // 50 + (args.reviews % 50 > 0) + 1 for n in per_location.values()
            )

        # The store alone, same pages, fresh file.
        from slack_app.sources.google import GoogleSource

        source = GoogleSource(env, policy=policy, limiter=RequestLimiter.unlimited())
        pages = [
            page.reviews for location in google.locations for page in source.fetch_pages(location)
        ]
        source.close()
        with Store(Path(workdir) / "store-only.db") as store:
            started = time.perf_counter()
            for reviews in pages:
                save_reviews(store, reviews)
            store_elapsed = time.perf_counter() - started
            print("\nStore only (save_reviews, 50 reviews a transaction, WAL)")
            print(f"  reviews/s stored    {count(store, 'reviews') / store_elapsed:>10,.0f}")

    print("\nPASS" if ok else "\nFAIL: see the figures above")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
