"""Slack ack latency under load, over real HTTP, while the model is slow.

    .venv/bin/python benchmarks/ack_bench.py [--commands 50] [--clicks 50] [--model-delay 10]

Starts the app in HTTP mode (threaded WSGI server on a loopback port) against local fakes of
the Slack Web API, Google and an OpenAI-compatible model that takes `--model-delay` seconds a
draft. Fires N `/review-reply` commands and N Approve clicks at the same moment, all signed,
then prints ack latency (max, p50, p99), how many acks took 3 s or more (Slack's limit), and
how many drafts reached the callers' response_urls, and how long that took.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests

from slack_app.app import build_app
from slack_app.config import Environment
from slack_app.drafting import make_drafter
from slack_app.models import Review
from slack_app.slack import blocks
from slack_app.slack.http_server import HttpWorkers, make_http_server, warm_up
from slack_app.store import Store, reply_state
from slack_app.workflow import prepare_review
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.openai_chat import FakeOpenAI
from tests.fakes.slack_api import (
    FakeSlack,
    block_actions,
    form_body,
    signed_headers,
    slash_command,
)
from tests.slack.conftest import APPROVER, make_settings

SECRET = "bench-signing-secret-0123456789"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def fire(url: str, bodies: list[str]) -> list[tuple[float, int]]:
    """Send every body at the same moment from its own thread; (seconds, status) each."""
    barrier = threading.Barrier(len(bodies))
    session_per_thread = threading.local()

    def send(body: str) -> tuple[float, int]:
        headers = signed_headers(SECRET, body)
        session = session_per_thread.__dict__.setdefault("session", requests.Session())
        barrier.wait()
        started = time.perf_counter()
        response = session.post(url, data=body, headers=headers, timeout=30)
        return time.perf_counter() - started, response.status_code

    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        return list(pool.map(send, bodies))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=50)
    parser.add_argument("--clicks", type=int, default=50)
    parser.add_argument("--model-delay", type=float, default=10.0)
    parser.add_argument(
        "--workers", type=int, default=1, help="HTTP worker processes (run --http --workers)"
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ack-bench-"))
    with (
        FakeSlack() as slack,
        FakeGoogleBusiness(locations=1, reviews_per_location=0) as google,
        FakeOpenAI(delay=args.model_delay) as model,
    ):
        settings = make_settings(google.locations[0], str(workdir / "bench.db"))
        settings = settings.model_copy(
            update={
                "drafting": settings.drafting.model_copy(
                    update={"max_attempts": 1, "timeout_seconds": args.model_delay + 20}
                )
            }
        )
        env = Environment.from_env(
            {
                **google.environ(),
                "SLACK_BOT_TOKEN": "xoxb-bench-token",
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": slack.api_url,
                "OPENAI_API_KEY": "sk-bench",
                "OPENAI_BASE_URL": model.base_url,
            }
        )
        store = Store(workdir / "bench.db")
        # Reviews for the Approve clicks, drafted offline beforehand.
        keys = []
        for n in range(args.clicks):
            google.add_review(
                google.locations[0],
                review_id=f"bench-{n}",
                comment="Friendly staff and a tidy office.",
            )
            review = Review(
                source="google",
                location_id=google.locations[0],
                source_review_id=f"bench-{n}",
                stars=5,
                reviewer_name=f"R{n}",
                text="Friendly staff and a tidy office.",
                created_at="2026-11-22T09:00:00Z",
            )
            prepare_review(store, review, settings)  # template drafter: no key in this call
            keys.append(review.key)

        if args.workers == 1:
            app, services = build_app(settings, env, store, drafter=make_drafter(settings, env))
            warm_up(settings, env)
            server = make_http_server(app, services, 0, host="127.0.0.1")
            threading.Thread(target=server.serve_forever, daemon=True).start()
            port, stop_server = server.port, server.shutdown
        else:
            workers = HttpWorkers(settings, env, 0, "127.0.0.1", args.workers)
            workers.wait_ready()
            port, stop_server = workers.port, workers.stop
        url = f"http://127.0.0.1:{port}/slack/events"

        bodies = [
            urlencode(
                slash_command(
                    "/review-reply",
                    f"Review {n}: the hygienist was gentle and on time.",
                    user=APPROVER,
                    response_url=slack.response_url(f"cmd{n}"),
                )
            )
            for n in range(args.commands)
        ]
        bodies += [
            form_body(block_actions(action_id=blocks.APPROVE, value=key, user=APPROVER))
            for key in keys
        ]
        # Slack is another machine: the load comes from a separate process, so its threads
        # do not share the app's interpreter lock.
        t0 = time.perf_counter()
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as client:
            results = client.submit(fire, url, bodies).result()
        acks = [seconds for seconds, _ in results]
        statuses = {status for _, status in results}

        deadline = time.monotonic() + args.model_delay * 3 + 30
        while time.monotonic() < deadline:
            delivered = len(slack.response_posts())
            settled = all(
                reply_state(store, key)["state"] not in ("drafted", "posting") for key in keys
            )
            if delivered >= args.commands and settled:
                break
            time.sleep(0.2)
        drafts_done = time.perf_counter() - t0
        posted = len(google.replies)
        states = Counter(reply_state(store, key)["state"] for key in keys)
        errors = Counter(
            reply_state(store, key)["post_error"][:400]
            for key in keys
            if reply_state(store, key)["post_error"]
        )
        stop_server()
        store.close()

    n_cmd = args.commands
    print(f"HTTP worker processes: {args.workers}")
    print(
        f"requests: {n_cmd} slash commands + {args.clicks} Approve clicks at once, "
        f"model {args.model_delay:.0f} s per draft; HTTP statuses {sorted(statuses)}"
    )
    print(
        f"ack latency: max {max(acks) * 1000:.0f} ms, p50 {percentile(acks, 50) * 1000:.0f} ms, "
        f"p99 {percentile(acks, 99) * 1000:.0f} ms, mean {statistics.mean(acks) * 1000:.0f} ms"
    )
    print(f"acks >= 3 s: {sum(a >= 3 for a in acks)}")
    print(
        f"commands: slash {[round(a * 1000) for a in sorted(acks[:n_cmd])][-3:]} ms slowest; "
        f"clicks {[round(a * 1000) for a in sorted(acks[n_cmd:])][-3:]} ms slowest"
    )
    print(f"drafts delivered to response_url: {delivered}/{n_cmd} after {drafts_done:.1f} s")
    print(f"approved replies posted to Google: {posted}/{args.clicks}; states {dict(states)}")
    for error, count in errors.items():
        print(f"  post error x{count}: {error}")
    ok = max(acks) < 3 and percentile(acks, 99) < 0.3 and delivered == n_cmd
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
