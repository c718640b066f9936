"""Crash points during poll: kill -9 a real `review-assistant poll --once` at a given point,
run it again, and count what was lost or done twice.

Each point starts from an empty database against local fakes (Google: 2 locations x 60
reviews, two pages each, plus 2 that escalate; the model; Slack with two risk managers). Only
the last `BACKFILL_DAYS` of reviews need a reply, so the cards (posted at most 5 a second)
stay few. The process is
stopped where a fake holds one of its requests (no hook inside the app): the fake keeps the
request waiting, the process is killed with SIGKILL, the fake lets go. Holds marked "after"
let the request take effect first (Slack posted the message; the answer never arrived), the
others drop it. "mid-page store" kills a set time after page 2 was sent (0 to 4 ms: before,
while and after it is stored). Then `poll --once` runs again, and once more to show nothing
is left to do.

Counted afterwards:
    lost        reviews not stored, or needing a reply but without a card in Slack, or an
                escalated review whose risk manager got no message
    duplicated  reviews drafted twice (two draft.created in the audit log)
    dup cards   cards posted twice for one review
    dup DMs     messages to one risk manager about one review posted twice
    extra calls model requests beyond one per review needing a reply (the review being
                drafted when the process died is drafted again: at most one)

    .venv/bin/python benchmarks/fault_crash_points.py   (alone; fault_bench.py runs it last)

Target: 0 lost, 0 duplicated, 0 duplicate cards and DMs at every point. Exit 1 otherwise.
`crash_points()` returns the figures; `main()` prints them (benchmarks/fault_bench.py calls it).
"""

from __future__ import annotations

import base64
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slack_app import store as db
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.http import Hold
from tests.fakes.openai_chat import FakeOpenAI
from tests.fakes.slack_api import FakeSlack
from tests.reliability.cli import cli_env, kill_at, run_cli, start_cli, write_config

REVIEWS_PER_LOCATION = 60
LAWSUIT = "Your dentist was negligent and my lawyer will hear about it. ({n})"
RISK_MANAGERS = ("U0RITA", "U0ROB")
DMS = ("D0RITA", "D0ROB")
MID_STORE_DELAYS = (0.0, 0.001, 0.002, 0.004)  # seconds after page 2 left the fake
BACKFILL_DAYS = 3


@dataclass
class World:
    google: FakeGoogleBusiness
    model: FakeOpenAI
    slack: FakeSlack
    folder: Path
    args: tuple[str, ...]
    env: dict[str, str]


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(str(offset).encode()).decode()


def _card(world: World, request) -> bool:
    meta = world.slack.arguments(request).get("metadata") or {}
    return meta.get("event_type") == "review_card"


def _to_dm(world: World, request) -> bool:
    return str(world.slack.arguments(request).get("channel", "")).startswith("D")


def _page_two(delay: float) -> tuple[str, str, Callable[[World], Hold], float]:
    return (
        "mid-page store",
        f"page 2 of a location sent {delay * 1000:g} ms before",
        lambda w: w.google.server.hold(
            "GET", r"/v4/.*/reviews", after=True, timeout=0,
            when=lambda r: r.arg("pageToken") == _page_token(50),
        ),
        delay,
    )


# (name, what the process was doing, how to hold it, seconds from the hold to the kill: None
# kills while the request is held). The page store is timed, so it is tried at several delays:
# AT KILL shows whether page 2 was committed when the process died.
POINTS: list[tuple[str, str, Callable[[World], Hold], float | None]] = [
    *(_page_two(delay) for delay in MID_STORE_DELAYS),
    (
        "after store, before draft",
        "first model request",
        lambda w: w.model.server.hold("POST", r"/v1/chat/completions"),
        None,
    ),
    (
        "mid-draft",
        "10th model request",
        lambda w: w.model.server.hold("POST", r"/v1/chat/completions", nth=10),
        None,
    ),
    (
        "mid-post of cards",
        "5th card sent, not taken",
        lambda w: w.slack.server.hold(
            "POST", r"/api/chat.postMessage", nth=5, when=lambda r: _card(w, r)
        ),
        None,
    ),
    (
        "after card post, before ts record",
        "5th card taken by Slack, answer lost",
        lambda w: w.slack.server.hold(
            "POST", r"/api/chat.postMessage", nth=5, after=True, when=lambda r: _card(w, r)
        ),
        None,
    ),
    (
        "after escalation card, before DMs",
        "first risk manager DM being opened",
        lambda w: w.slack.server.hold("POST", r"/api/conversations.open"),
        None,
    ),
    (
        "after DM post, before ts record",
        "2nd DM taken by Slack, answer lost",
        lambda w: w.slack.server.hold(
            "POST", r"/api/chat.postMessage", nth=2, after=True, when=lambda r: _to_dm(w, r)
        ),
        None,
    ),
]


def _world(stack_folder: Path, google, model, slack) -> World:
    for location in google.locations:
        for n in range(2):
            google.add_review(
                location, comment=LAWSUIT.format(n=n), stars="ONE",
                at=google.now - timedelta(minutes=30 + n),
            )
    config = write_config(
        stack_folder,
        database=stack_folder / "review-assistant.db",
        locations=[(f"Office {n}", location, "") for n, location in enumerate(google.locations)],
        risk_managers=RISK_MANAGERS,
        backfill_days=BACKFILL_DAYS,
    )
    env = cli_env(
        **google.environ(),
        OPENAI_API_KEY="sk-bench-crash",
        OPENAI_BASE_URL=model.base_url,
        SLACK_BOT_TOKEN="xoxb-1111-2222-crashbench",
        SLACK_API_URL=slack.api_url,
    )
    return World(google, model, slack, stack_folder, ("poll", "--once", "--config", str(config)),
                 env)


def _count(world: World) -> dict[str, int]:
    everything = {
        f"google:{location}:{review['reviewId']}": review
        for location, reviews in world.google.reviews.items()
        for review in reviews
    }
    cutoff = (world.google.now - timedelta(days=BACKFILL_DAYS)).strftime("%Y-%m-%dT%H:%M:%S")
    needing = {
        key
        for key, review in everything.items()
        if "reviewReply" not in review and review["updateTime"] >= cutoff
    }
    cards = Counter(
        message["metadata"]["event_payload"]["review_key"]
        for message in world.slack.channel_messages("C0REVIEWS")
        if (message.get("metadata") or {}).get("event_type") == "review_card"
    )
    dms = Counter(
        (channel, message["metadata"]["event_payload"]["review_key"])
        for channel in DMS
        for message in world.slack.channel_messages(channel)
        if (message.get("metadata") or {}).get("event_type") == "escalation_notice"
    )
    with db.Store(world.folder / "review-assistant.db") as store:
        stored = {row["review_key"] for row in store.db["reviews"].rows}
        escalated = {
            row["review_key"] for row in store.db["reply_state"].rows if row["triage"]
            and '"escalate":true' in row["triage"]
        }
        created = Counter(
            row["review_key"]
            for row in store.db["audit_log"].rows_where(
                "action IN ('draft.created', 'triage.escalated')"
            )
        )
    lost = (
        len(set(everything) - stored)
        + len(needing - set(cards))
        + sum(1 for key in escalated for dm in DMS if not dms[dm, key])
    )
    return {
        "lost": lost,
        "duplicated": sum(1 for n in created.values() if n > 1),
        "dup_cards": sum(1 for n in cards.values() if n > 1),
        "dup_dms": sum(1 for n in dms.values() if n > 1),
        "extra_calls": len(world.model.chat_requests()) - len(needing),
        "reviews": len(everything),
        "escalated": len(escalated),
    }


def _progress(world: World) -> str:
    """How far the killed process got: reviews stored, drafted, cards, DMs."""
    with db.Store(world.folder / "review-assistant.db") as store:
        stored = db.count(store, "reviews")
        drafted = store.db["reply_state"].count_where("state != 'new'")
    cards = sum(
        (m.get("metadata") or {}).get("event_type") == "review_card"
        for m in world.slack.channel_messages("C0REVIEWS")
    )
    dms = sum(len(world.slack.channel_messages(dm)) for dm in DMS)
    return f"{stored}/{drafted}/{cards}/{dms}"


def crash_point(
    name: str, doing: str, make_hold: Callable[[World], Hold], delay: float | None
) -> dict:
    with (
        FakeGoogleBusiness(locations=2, reviews_per_location=REVIEWS_PER_LOCATION) as google,
        FakeOpenAI() as model,
        FakeSlack() as slack,
        tempfile.TemporaryDirectory() as folder,
    ):
        world = _world(Path(folder), google, model, slack)
        hold = make_hold(world)
        proc = start_cli(*world.args, env=world.env, cwd=world.folder, log=world.folder / "k.log")
        if delay is not None:  # a timed kill: the request goes on, the process dies soon after
            hold.wait()
            time.sleep(delay)
            proc.kill()
            proc.wait(timeout=30)
        else:
            kill_at(proc, hold)
        at_kill = _progress(world)
        reruns = [run_cli(*world.args, env=world.env, cwd=world.folder) for _ in range(2)]
        figures = _count(world)
    figures.update(
        point=name,
        doing=doing,
        at_kill=at_kill,
        killed=proc.returncode == -9,
        reruns_ok=all(run.returncode == 0 for run in reruns),
        traceback=any("Traceback" in run.stdout + run.stderr for run in reruns),
    )
    return figures


def crash_points() -> list[dict]:
    """One row of figures per crash point (see the module docstring)."""
    return [crash_point(*point) for point in POINTS]


def main() -> int:
    print(
        "Crash points during poll: kill -9 of `review-assistant poll --once`, then run it "
        "again (twice)"
    )
    header = (
        "POINT", "KILLED WHILE", "AT KILL", "LOST", "DUPLICATED", "DUP CARDS", "DUP DMS",
        "EXTRA CALLS",
    )
    widths = (34, 38, 14, 5, 11, 10, 8, 11)
    print("  " + "".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    ok = True
    rows = crash_points()
    for row in rows:
        cells = (row["point"], row["doing"], row["at_kill"], row["lost"], row["duplicated"],
                 row["dup_cards"], row["dup_dms"], row["extra_calls"])
        print("  " + "".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)))
        sound = (
            row["killed"] and row["reruns_ok"] and not row["traceback"]
            and row["lost"] == row["duplicated"] == row["dup_cards"] == row["dup_dms"] == 0
        )
        if not sound:
            print(f"  FAILED at {row['point']}: {row}")
            ok = False
    first = rows[0]
    print("  AT KILL: reviews stored / drafted / cards / risk manager DMs when the process died")
    print(
        f"{len({r['point'] for r in rows})} crash points ({len(rows)} runs); each: "
        f"{first['reviews']} reviews, {first['escalated']} escalated to {len(RISK_MANAGERS)} "
        "risk managers. Lost/duplicated: "
        f"{sum(r['lost'] for r in rows)}/{sum(r['duplicated'] for r in rows)}; duplicate "
        f"cards {sum(r['dup_cards'] for r in rows)}, DMs {sum(r['dup_dms'] for r in rows)}."
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
