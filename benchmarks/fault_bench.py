"""Faults and hostile input against the real `review-assistant run --http` (one worker).

    .venv/bin/python benchmarks/fault_bench.py [--burst 300] [--valid 100] [--stalled 200]

Sections (each a function; `main()` runs them in order and prints the figures):

1. hostile_burst: `--burst` connections at once, each a malformed, unsigned or oversized
   request (a mix of 10 kinds: bad signatures, `payload=null`, JSON null/[1], invalid UTF-8,
   `Content-Length: abc`, a 1 MiB body, a chunked 1 MiB body, 300 MB announced), with
   `--valid` signed Slack requests sent alongside. Prints the answers by status, the valid
   requests' ack latency (p50, p99, max; p99 must stay under 300 ms), the server's peak RSS,
   and whether a traceback reached a client or the log.
2. stalled_clients_section: `--stalled` connections that stop mid-headers or mid-body. Prints the
   server's threads before, during and after `channel_timeout`, and the stalled connections
   still open after it (both must end at 0 extra).
3. socket_mode_faults: `review-assistant run` in Socket Mode against tests/fakes/socket_mode.py;
   one connection is reset, closed without a close frame, refreshed (`refresh_requested`, closed
   by "Slack" 10 s later) and left silent. Prints how long each took to be replaced, the CPU
   share while it was (a spinning client is near 100%), and the ack time of a click sent right
   after the fault (Slack's limit is 3 s).
4. crash points during poll (benchmarks/fault_crash_points.py): kill -9 of a real
   `poll --once` at 7+ points, then run again; prints reviews lost/duplicated and duplicate
   cards and DMs (all must be 0).

The server runs against local fakes of Slack's Web API and Google (tests/fakes/); the load comes
from this process, a different one from the server's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slack_app.slack.http_server import HttpLimits
from slack_app.slack.socket_mode import CONNECTIONS, PING_INTERVAL, PONG_TIMEOUT
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.slack_api import (
    FakeSlack,
    block_actions,
    form_body,
    signed_headers,
    slash_command,
)
from tests.fakes.socket_mode import FakeSocketMode
from tests.reliability.running_app import (
    APPROVER,
    CONNECTED,
    SIGNING_SECRET,
    RunningApp,
    raw_http,
    stalled_clients,
)

FORM = "application/x-www-form-urlencoded"
P99_LIMIT_SECONDS = 0.3


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def hostile_request(n: int) -> dict:
    """The n-th malformed request of the burst, as keyword arguments for raw_http."""
    now = str(int(time.time()))
    bogus = {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": "v0=" + "0" * 64}
    click = form_body(block_actions(action_id="dismiss_review", value="x:y:z", user=APPROVER))
    kinds = [
        {"body": click.encode(), "headers": {"Content-Type": FORM}},
        {"body": click.encode(), "headers": {**bogus, "Content-Type": FORM}},
        {"body": b"payload=null", "headers": {"Content-Type": FORM}},
        {"body": b"null", "headers": {"Content-Type": "application/json"}},
        {"body": b"[1]", "headers": {"Content-Type": "application/json"}},
        {"body": b"payload=\xff\xfe\xfd", "headers": bogus},
        {"body": click.encode(), "headers": {"X-Slack-Request-Timestamp": "abc"}},
        {"body": b"payload=x", "content_length": "abc"},
        {"body": b"payload=" + b"a" * (1 << 20)},
        {"chunks": [b"a" * 65536] * 16},
        {"body": b"a" * 65536, "content_length": str(300 * 1024 * 1024)},
    ]
    return kinds[n % len(kinds)]


def valid_request(n: int) -> tuple[bytes, dict[str, str]]:
    """A signed request as Slack sends it: a `/review-reply help` or a card click."""
    if n % 2:
        body = urlencode(slash_command("/review-reply", "help", user=APPROVER))
    else:
        body = form_body(block_actions(action_id="dismiss_review", value="x:y:z", user=APPROVER))
    return body.encode(), signed_headers(SIGNING_SECRET, body)


@dataclass
class BurstResult:
    statuses: Counter = field(default_factory=Counter)
    valid_statuses: Counter = field(default_factory=Counter)
    valid_seconds: list[float] = field(default_factory=list)
    rss_before_kb: int = 0
    peak_rss_kb: int = 0
    traceback_to_client: int = 0
    traceback_in_log: int = 0

    @property
    def p99(self) -> float:
        return percentile(self.valid_seconds, 99)


def hostile_burst(app: RunningApp, connections: int, valid: int) -> BurstResult:
    result = BurstResult(rss_before_kb=app.status("VmRSS"))
    start = threading.Barrier(connections + valid)

    def hostile(n: int) -> None:
        request = hostile_request(n)
        start.wait()
        try:
            status, answer = raw_http(app.port, **request)
        except OSError as exc:  # the server hung up on an oversized upload: also a refusal
            status, answer = type(exc).__name__, b""
        result.statuses[status] += 1
        result.traceback_to_client += b"Traceback" in answer

    def slack(n: int) -> None:
        body, headers = valid_request(n)
        start.wait()
        time.sleep(0.002 * n)  # spread over the burst rather than all in its first instant
        began = time.perf_counter()
        status, answer = raw_http(app.port, body, headers)
        result.valid_seconds.append(time.perf_counter() - began)
        result.valid_statuses[status] += 1
        result.traceback_to_client += b"Traceback" in answer

    with ThreadPoolExecutor(max_workers=connections + valid) as pool:
        jobs = [pool.submit(hostile, n) for n in range(connections)]
        jobs += [pool.submit(slack, n) for n in range(valid)]
        for job in jobs:
            job.result()
    result.peak_rss_kb = app.status("VmHWM")
    result.traceback_in_log = app.log().count("Traceback")
    return result


@dataclass
class StallResult:
    threads_before: int
    threads_during: int
    threads_after: int
    connections_during: int
    connections_after: int
    waited_seconds: float


def stalled_clients_section(app: RunningApp, count: int, limits: HttpLimits) -> StallResult:
    threads_before = app.status("Threads")
    clients = stalled_clients(app.port, count)
    time.sleep(1.0)
    threads_during, connections_during = app.status("Threads"), app.open_tcp_connections()
    waited = limits.channel_timeout + 2 * limits.cleanup_interval + 1.0
    time.sleep(waited - 1.0)
    result = StallResult(
        threads_before=threads_before,
        threads_during=threads_during,
        threads_after=app.status("Threads"),
        connections_during=connections_during,
        connections_after=app.open_tcp_connections(),
        waited_seconds=waited,
    )
    for sock in clients:
        sock.close()
    return result


@dataclass
class SocketFault:
    name: str
    replaced_after: float  # seconds from the fault to a new connection's hello
    limit: float
    cpu_seconds: float
    wall_seconds: float
    click_ack: float


SOCKET_FAULTS = {
    # stand-in method: (what it is, how soon the connection must be replaced)
    "drop": ("reset (RST)", 3.0),
    "close_silently": ("closed without a close frame", 3.0),
    "refresh": ("refresh_requested, closed 10 s later", 10.0 + 3.0),
    "stall": ("silent: pings unanswered", PING_INTERVAL + PONG_TIMEOUT + 5.0),
}


def socket_mode_faults(workdir: Path, slack: FakeSlack, google: FakeGoogleBusiness) -> list:
    results = []
    with FakeSocketMode(refresh_grace=10.0) as socket_mode:
        slack.socket_mode = socket_mode
        app = RunningApp.start(
            workdir, slack, google.locations[0], google.environ(), [], wait_for=CONNECTED
        )
        try:
            socket_mode.wait_connected(CONNECTIONS)
            for fault, (name, limit) in SOCKET_FAULTS.items():
                opened = len(socket_mode.connections)
                cpu, started = app.cpu_seconds(), time.monotonic()
                getattr(socket_mode, fault)()
                click = block_actions(action_id="dismiss_review", value="x:y:z", user=APPROVER)
                ack = socket_mode.wait_ack(socket_mode.send("interactive", click))
                socket_mode.wait_connected(opened + 1, timeout=60)
                replaced = time.monotonic() - started
                time.sleep(max(0.0, 3.0 - replaced))  # a spin would outlast the reconnect
                wall = time.monotonic() - started
                results.append(
                    SocketFault(name, replaced, limit, app.cpu_seconds() - cpu, wall, ack.seconds)
                )
        finally:
            app.stop()
    return results


def print_socket_faults(results: list[SocketFault]) -> bool:
    print(f"Socket Mode: {CONNECTIONS} connections, one of them faulted at a time")
    ok = True
    for r in results:
        share = r.cpu_seconds / r.wall_seconds
        print(
            f"  {r.name}: replaced after {r.replaced_after:.1f} s (limit {r.limit:.0f} s), "
            f"CPU {share:.0%} of one core meanwhile, click sent right after acked in "
            f"{r.click_ack * 1000:.0f} ms"
        )
        ok &= r.replaced_after < r.limit and share < 0.25 and r.click_ack < 3.0
    return ok


def start_server(workdir: Path, slack: FakeSlack, google: FakeGoogleBusiness) -> RunningApp:
    argv = ["--http", "--host", "127.0.0.1", "--port", "0"]
    return RunningApp.start(workdir, slack, google.locations[0], google.environ(), argv)


def print_burst(result: BurstResult, connections: int, valid: int) -> bool:
    ms = [s * 1000 for s in result.valid_seconds]
    print(f"hostile burst: {connections} malformed/unsigned/oversized connections at once")
    answers = {str(status): n for status, n in sorted(result.statuses.items(), key=str)}
    print(f"  answers: {json.dumps(answers)}")
    print(
        f"  {valid} signed Slack requests alongside: statuses {dict(result.valid_statuses)}; "
        f"ack p50 {statistics.median(ms):.0f} ms, p99 {result.p99 * 1000:.0f} ms, "
        f"max {max(ms):.0f} ms (p99 limit {P99_LIMIT_SECONDS * 1000:.0f} ms)"
    )
    print(
        f"  server RSS: {result.rss_before_kb / 1024:.0f} MiB before, "
        f"peak {result.peak_rss_kb / 1024:.0f} MiB"
    )
    print(
        f"  tracebacks: {result.traceback_to_client} to clients, "
        f"{result.traceback_in_log} in the server log"
    )
    return (
        result.p99 < P99_LIMIT_SECONDS
        and set(result.valid_statuses) == {200}
        and 500 not in result.statuses
        and result.traceback_to_client == result.traceback_in_log == 0
    )


def print_stall(result: StallResult, count: int) -> bool:
    held = max(0, result.threads_after - result.threads_before)
    print(f"stalled clients: {count} connections stopped mid-headers or mid-body")
    print(
        f"  server threads: {result.threads_before} before, {result.threads_during} while "
        f"stalled, {result.threads_after} after the timeout ({result.waited_seconds:.0f} s)"
    )
    print(
        f"  stalled connections open: {result.connections_during} while stalled, "
        f"{result.connections_after} after the timeout"
    )
    print(f"  threads held by stalled clients after the timeout: {held}")
    return held == 0 and result.connections_after == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=300)
    parser.add_argument("--valid", type=int, default=100)
    parser.add_argument("--stalled", type=int, default=200)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="fault-bench-"))
    (workdir / "socket-mode").mkdir()
    with FakeSlack() as slack, FakeGoogleBusiness(locations=1, reviews_per_location=0) as google:
        app = start_server(workdir, slack, google)
        try:
            burst = hostile_burst(app, args.burst, args.valid)
            ok = print_burst(burst, args.burst, args.valid)
            stall = stalled_clients_section(app, args.stalled, HttpLimits())
            ok &= print_stall(stall, args.stalled)
        finally:
            app.stop()
        ok &= print_socket_faults(socket_mode_faults(workdir / "socket-mode", slack, google))
    from benchmarks.fault_crash_points import main as crash_points_main

    print()
    ok &= crash_points_main() == 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
