"""Every way a model service can fail is a failed drafting attempt, never a crash.

Each fault in `MODEL_FAULTS` (and a refused connection) is served by the fake OpenAI server and
driven three ways: through the drafting loop, through `review-assistant draft` and through
`review-assistant poll --once` (real subprocesses against the fakes, real SQLite files). Every
review still ends with a checked template reply and a card, each failed attempt is logged once
as one line naming what failed, and what is stored about it is that description, bounded.

A server that echoes the API key in its errors gets it neither stored, nor exported, nor
printed.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import socket
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest

from slack_app import store as db
from slack_app.config import DraftingSettings, Practice, Settings
from slack_app.drafting import DraftingError, draft_reply
from slack_app.drafting.core import MAX_FAILURE_CHARS
from slack_app.drafting.openai_backend import OpenAIDrafter, RetryPolicy
from slack_app.models import Review
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.openai_chat import (
    MODEL_FAULTS,
    FakeOpenAI,
    by_review,
    key_echo,
    raw_body,
    refusal,
    string_body,
)
from tests.fakes.slack_api import FakeSlack
from tests.reliability.cli import cli_env, run_cli

REFUSED = "connection refused"
CASES = [(name, kind) for name, _, kind in MODEL_FAULTS] + [(REFUSED, "connection")]
FATAL = DraftingError.FATAL_KINDS
RETRIED = {"rate-limited", "server-error", "timeout", "connection"}  # per request, by tenacity
MAX_ATTEMPTS = 3  # settings.drafting.max_attempts (the default)
DEFAULT_REQUESTS = RetryPolicy().attempts
KEY = "sk-proj-EchoedKey0123456789abcdefABCDEF"
REVIEW_TEXT = "Waited forty minutes past my time and nobody at the desk told us why."
PRACTICE = """
[practice]
name = "Riverside Family Dental"
phone = "(555) 014-2290"
email = "frontdesk@riversidefamilydental.example"

[drafting]
timeout_seconds = 0.5
"""


def failed_attempts(kind: str) -> int:
    """Model attempts a fault costs before the templates write the reply."""
    return 1 if kind in FATAL else MAX_ATTEMPTS


def requests_per_attempt(kind: str, requests: int = DEFAULT_REQUESTS) -> int:
    return requests if kind in RETRIED else 1


def closed_port_url() -> str:
    with socket.socket() as probe:  # a port nothing listens on any more
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/v1"


def assert_one_line_per_failure(stderr: str, kind: str, count: int) -> None:
    """Each failed attempt is one log line naming the review and the failure; nothing else."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == count, stderr
    for line in lines:
        assert "model attempt" in line and f"({kind}: " in line, line
        assert len(line) < MAX_FAILURE_CHARS + 200, line


def assert_bounded(error: str, kind: str) -> None:
    assert error.startswith(f"{kind}: ")
    assert len(error) <= len(kind) + 2 + MAX_FAILURE_CHARS
    assert error.isprintable()


# -- through the drafting loop ------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_server():
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def settings() -> Settings:
    return Settings(
        practice=Practice(
            name="Riverside Family Dental",
            phone="(555) 014-2290",
            email="frontdesk@riversidefamilydental.example",
        ),
        drafting=DraftingSettings(max_attempts=MAX_ATTEMPTS, timeout_seconds=0.5),
    )


def review(number: int = 1) -> Review:
    return Review("google", "accounts/1/locations/2", f"r-{number}", 2, "Ann L.", REVIEW_TEXT)


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[name for name, _ in CASES])
def test_drafting_loop_turns_every_fault_into_a_failed_attempt(
    model_server, settings, tmp_path, caplog, name, kind
):
    answers = {fault: answer for fault, answer, _ in MODEL_FAULTS}
    model_server.reset(default=answers.get(name))
    quick = RetryPolicy(attempts=2, initial_wait=0.001, max_wait=0.01, jitter=0.0)
    drafter = OpenAIDrafter(
        api_key=KEY,
        model="gpt-4o-mini",
        base_url=closed_port_url() if name == REFUSED else model_server.base_url,
        timeout=0.5,
        retry=quick,
    )
    caplog.set_level(logging.DEBUG, logger="slack_app.drafting")

    result = draft_reply(review(), settings, drafter=drafter)

    *failed, accepted = result.attempts
    assert (accepted.backend, accepted.passed) == ("template", True)
    assert "(555) 014-2290" in accepted.text
    assert [a.error_kind for a in failed] == [kind] * failed_attempts(kind)
    assert [a.text for a in failed] == [""] * len(failed)
    for attempt in failed:
        assert_bounded(attempt.error, kind)
        assert attempt.usage["requests"] == requests_per_attempt(kind, quick.attempts)
    if name != REFUSED:
        assert len(model_server.chat_requests()) == sum(a.usage["requests"] for a in failed)
    assert kind in result.fallback_reason
    # Logged once per failed attempt: one WARNING line each, no traceback.
    records = [r for r in caplog.records if r.name.startswith("slack_app.drafting")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)] * len(failed)
    assert all(review().key in r.getMessage() and kind in r.getMessage() for r in records)
    # What is stored about a failed attempt is its description.
    with db.Store(tmp_path / "loop.db") as store:
        db.save_reviews(store, [review()])
        for attempt in result.attempts:
            db.save_draft(store, review().key, attempt.to_row())
        stored = db.drafts(store, review().key)
    assert [row["usage"].get("error") for row in stored] == [a.error for a in failed] + [None]


def test_a_bug_in_the_backend_is_a_failed_attempt_logged_with_its_traceback(
    model_server, settings, caplog
):
    class BrokenPrompts:
        """Prompt files that cannot be rendered: a bug inside the backend, before any request."""

        def messages(self, request):
            return None.content  # the shape of the reported AttributeError

    drafter = OpenAIDrafter(
        api_key=KEY, model="gpt-4o-mini", base_url=model_server.base_url, prompts=BrokenPrompts()
    )
    caplog.set_level(logging.WARNING, logger="slack_app.drafting")

    result = draft_reply(review(), settings, drafter=drafter)

    failed, accepted = result.attempts
    assert failed.error_kind == "unexpected"
    assert failed.error.startswith("unexpected: the openai backend broke: AttributeError: ")
    assert (accepted.backend, accepted.passed) == ("template", True)
    [record] = caplog.records
    assert record.levelname == "ERROR" and record.exc_info[0] is AttributeError


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        pytest.param(
            string_body("x" * 100_000),
            "bad-response: the model service answered with a string, not a chat completion",
            id="huge JSON string",
        ),
        pytest.param(
            raw_body("y" * 100_000, content_type="text/plain"),
            "bad-response: the model service's answer is not JSON (text/plain): "
            f"'{'y' * 77}...'",
            id="huge text body: an 80-character quote",
        ),
        pytest.param(
            refusal("No.\n" * 100_000),
            "refusal: " + ("the model refused: " + "No. " * 100)[: MAX_FAILURE_CHARS - 3] + "...",
            id="huge refusal: cut at the bound",
        ),
    ],
)
def test_a_huge_answer_is_described_in_one_bounded_line(model_server, settings, answer, error):
    model_server.reset(default=answer)
    drafter = OpenAIDrafter(api_key=KEY, model="gpt-4o-mini", base_url=model_server.base_url)

    failed = draft_reply(review(), settings, drafter=drafter).attempts[0]

    assert failed.error == error
    assert len(failed.error.split(": ", 1)[1]) <= MAX_FAILURE_CHARS


# -- through the real commands -----------------------------------------------------------------
# A subprocess costs about a second of imports, so every command below is started at once by
# one fixture, and one `poll --once` meets a different fault for each of its reviews.

# `draft` runs for a sample of faults: the CLI path is the same for all of them, the loop
# tests above and the poll below cover every one.
DRAFT_CASES = [
    ("200 HTML page", "bad-response"),
    ("timeout", "timeout"),
    (REFUSED, "connection"),
    ("refusal", "refusal"),
]
ANSWERS = {name: answer for name, answer, _ in MODEL_FAULTS}
ECHOES = {"echo 401": key_echo(401), "echo 500": key_echo(500)}
POLL_FAULTS = [*ANSWERS, *ECHOES]  # review n of the poll meets POLL_FAULTS[n]
POLL_SETTINGS = """
[slack]
review_channel = "C0REVIEWS1"
announce_per_second = 5

[poll]
backfill_days = 1

[database]
path = "{database}"

[[locations]]
name = "Main Street"
google_location = "{location}"
"""


def marker(number: int) -> str:
    return f"Ref {number:02d}."


def poll_once(folder: Path, model_url: str, numbers: list[int]) -> dict:
    """`poll --once` against a fake Slack and a fake Google with one new review for each of
    `numbers` (review n carries `marker(n)`): the process, database, cards and review keys."""
    with ExitStack() as stack:
        google = stack.enter_context(FakeGoogleBusiness(locations=1, reviews_per_location=0))
        slack = stack.enter_context(FakeSlack())
        location = google.locations[0]
        keys = {}
        for number in numbers:
            added = google.add_review(
                location,
                comment=f"Friendly front desk and easy parking. {marker(number)}",
                stars="FOUR",
                at=google.now - timedelta(minutes=10 + number),
            )
            keys[number] = f"google:{location}:{added['reviewId']}"
            # Drafted just before it (older), a review the model answers well: so no two
            # service failures come in a row and the circuit breaker (test_model_breaker.py)
            # never skips the model for the fault under test.
            google.add_review(
                location,
                comment="Clean office and a calm waiting room.",
                stars="FIVE",
                at=google.now - timedelta(minutes=10.5 + number),
            )
        database = folder / "review-assistant.db"
        config = folder / "review-assistant.toml"
        config.write_text(
            PRACTICE + POLL_SETTINGS.format(database=database, location=location),
            encoding="utf-8",
        )
        env = cli_env(
            **google.environ(),
            SLACK_BOT_TOKEN="xoxb-1111-2222-pollfaults",
            SLACK_API_URL=slack.api_url,
            OPENAI_API_KEY=KEY,
            OPENAI_BASE_URL=model_url,
        )
        proc = run_cli("poll", "--once", "--config", str(config), env=env, cwd=folder)
        # A model that kept failing also gets one source alert in the channel: not a card.
        cards = [
            message
            for message in slack.channel_messages("C0REVIEWS1")
            if message["metadata"]["event_type"] == "review_card"
        ]
    return {"proc": proc, "database": database, "config": config, "cards": cards, "keys": keys}


def draft_once(folder: Path, model_url: str, *, json_output: bool = True):
    config = folder / "draft.toml"
    config.write_text(PRACTICE, encoding="utf-8")
    env = cli_env(OPENAI_API_KEY=KEY, OPENAI_BASE_URL=model_url)
    args = ["draft", REVIEW_TEXT, "--stars", "2", "--config", str(config)]
    return run_cli(*args, *(["--json"] if json_output else []), env=env, cwd=folder)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    """Every command run of this section, started together; keyed by (command, case)."""
    folder = tmp_path_factory.mktemp
    with ExitStack() as stack:

        def serve(answer) -> FakeOpenAI:
            return stack.enter_context(FakeOpenAI(default=answer))

        answers = {**ANSWERS, **ECHOES, "reported": string_body("Service Unavailable")}
        drafted = [*(name for name, _ in DRAFT_CASES if name != REFUSED), *ECHOES, "reported"]
        models = {name: serve(answers[name]) for name in drafted}
        urls = {name: fake.base_url for name, fake in models.items()}
        urls[REFUSED] = closed_port_url()
        one_fault_per_review = {marker(n): answers[name] for n, name in enumerate(POLL_FAULTS)}
        poll_model = serve(by_review(one_fault_per_review))

        # The polls take longest (retries wait about two seconds a fault): they start first,
        # two of them sharing the faults.
        jobs = {}
        numbers = list(range(len(POLL_FAULTS)))
        for half in (0, 1):
            jobs["poll", half] = partial(
                poll_once, folder("poll"), poll_model.base_url, numbers[half::2]
            )
        jobs["poll", REFUSED] = partial(poll_once, folder("poll"), urls[REFUSED], [0])
        for name in [*(name for name, _ in DRAFT_CASES), *ECHOES]:
            jobs["draft", name] = partial(draft_once, folder("draft"), urls[name])
        jobs["draft", "reported"] = partial(
            draft_once, folder("draft"), urls["reported"], json_output=False
        )
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = {name: pool.submit(job) for name, job in jobs.items()}
            done = {name: future.result() for name, future in futures.items()}
        done["requests"] = {name: len(fake.chat_requests()) for name, fake in models.items()}
        done["echoed"] = {
            name: [
                *models[name].chat_requests(),
                *(
                    request
                    for request in poll_model.chat_requests()
                    if marker(POLL_FAULTS.index(name)) in request.text
                ),
            ]
            for name in ECHOES
        }
    return done


@pytest.mark.parametrize(("name", "kind"), DRAFT_CASES, ids=[name for name, _ in DRAFT_CASES])
def test_draft_command_falls_back_to_a_safe_reply(runs, name, kind):
    proc = runs["draft", name]

    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    data = json.loads(proc.stdout)
    *failed, accepted = data["attempts"]
    assert (data["backend"], data["passed"], accepted["passed"]) == ("template", True, True)
    assert [a["error_kind"] for a in failed] == [kind] * failed_attempts(kind)
    for attempt in failed:
        assert_bounded(attempt["error"], kind)
    assert kind in data["fallback_reason"]
    if name != REFUSED:
        assert runs["requests"][name] == len(failed) * requests_per_attempt(kind)
    assert_one_line_per_failure(proc.stderr, kind, len(failed))


def test_draft_command_with_a_200_string_body_reports_it_in_plain_words(runs):
    """The reported case: a 200 whose body is not a completion used to end in
    `AttributeError: 'str' object has no attribute 'usage'`."""
    proc = runs["draft", "reported"]

    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Reply (template backend, template en-")
    assert "Guardrail: passed" in lines
    reason = "bad-response: the model service answered with a string, not a chat completion"
    assert f"Fallback: the model backend failed ({reason})" in lines
    assert f"  #1 openai draft: {reason}" in lines
    assert_one_line_per_failure(proc.stderr, "bad-response", 1)
    assert "AttributeError" not in proc.stderr


def poll_of(runs: dict, name: str) -> dict:
    """The poll run in which review `POLL_FAULTS.index(name)` met its fault."""
    return runs["poll", POLL_FAULTS.index(name) % 2]


def assert_drafted_and_announced(run: dict, number: int, kind: str) -> None:
    """Review `number` of a poll got a template reply after its failed model attempts, a card,
    and one log line per failed attempt; what is stored about each is bounded."""
    proc, key = run["proc"], run["keys"][number]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert f"Slack: cards posted {2 * len(run['keys'])}," in proc.stdout
    assert key in [card["metadata"]["event_payload"]["review_key"] for card in run["cards"]]
    with db.Store(run["database"]) as store:
        reply = db.reply_state(store, key)
        *failed, accepted = db.drafts(store, key)
        audit = db.audit_rows(store, review_key=key)
    [created] = [row for row in audit if row["action"] == "draft.created"]
    assert reply["state"] == "drafted" and reply["draft_version"] == accepted["version"]
    assert (accepted["backend"], accepted["passed"]) == ("template", True)
    assert len(failed) == failed_attempts(kind)
    for attempt in failed:
        assert (attempt["text"], attempt["backend"]) == ("", "openai")
        assert_bounded(attempt["usage"]["error"], kind)
    assert created["detail"]["backend"] == "template"
    assert kind in created["detail"]["fallback_reason"]
    logged = [line for line in proc.stderr.splitlines() if f"drafting {key}:" in line]
    assert_one_line_per_failure("\n".join(logged), kind, len(failed))


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[name for name, _ in CASES])
def test_poll_drafts_and_announces_every_review_despite_the_fault(runs, name, kind):
    if name == REFUSED:
        assert_drafted_and_announced(runs["poll", REFUSED], 0, kind)
    else:
        assert_drafted_and_announced(poll_of(runs, name), POLL_FAULTS.index(name), kind)


def test_poll_logs_nothing_but_the_failed_attempts(runs):
    kinds = [kind for _, _, kind in MODEL_FAULTS] + ["api-error", "server-error"]  # the echoes
    lines = [line for half in (0, 1) for line in runs["poll", half]["proc"].stderr.splitlines()]
    assert len(lines) == sum(failed_attempts(kind) for kind in kinds)
    assert all("model attempt" in line for line in lines)


# -- a model server that echoes the API key -----------------------------------------------------


@pytest.mark.parametrize("status", [401, 500])
def test_an_echoed_api_key_is_never_stored_exported_or_printed(runs, status):
    name = f"echo {status}"
    poll, draft = poll_of(runs, name), runs["draft", name]
    audit = run_cli(
        "audit", "--csv", "--config", str(poll["config"]), env=cli_env(),
        cwd=poll["database"].parent,
    )

    # The servers really did echo it, and the failures still say what happened.
    echoed = runs["echoed"][name]  # by `draft` and by `poll`, retries included
    assert len(echoed) == 2 * (1 if status == 401 else DEFAULT_REQUESTS)
    assert all(KEY in request.headers["authorization"] for request in echoed)
    assert (draft.returncode, poll["proc"].returncode, audit.returncode) == (0, 0, 0)
    kind = "api-error" if status == 401 else "server-error"
    [failed, _] = json.loads(draft.stdout)["attempts"]
    said = (
        f"HTTP {status} from the model service: 'Incorrect API key provided: [redacted]. "
        "Request failed for key [redacted]."
    )
    assert failed["error"].startswith(f"{kind}: {said}")
    key = poll["keys"][POLL_FAULTS.index(name)]
    [row] = [
        row for row in csv.DictReader(io.StringIO(audit.stdout))
        if row["action"] == "draft.created" and row["review_key"] == key
    ]
    assert said in json.loads(row["detail"])["fallback_reason"]
    with db.Store(poll["database"]) as store:
        assert said in db.drafts(store, key)[0]["usage"]["error"]
    outputs = [draft.stdout, draft.stderr, poll["proc"].stdout, poll["proc"].stderr, audit.stdout]
    assert [output for output in outputs if KEY in output] == []
    files = list(poll["database"].parent.glob("review-assistant.db*"))  # with WAL and index
    assert files and [path.name for path in files if KEY.encode() in path.read_bytes()] == []
