"""Secrets are never stored, printed or logged, whatever an upstream echoes back (issue 10,
items 4 and 8).

Every stand-in here repeats the credential it was sent: Google in an error body and a
WWW-Authenticate header, Yelp in its error description, the model in its 401 message and a
header, Slack in an error body and header. Each command runs as a real subprocess at DEBUG
(the most that is ever logged) and the secrets' bytes (and their URL-encoded forms) must be
absent from stdout, stderr, the SQLite file and its -wal. Where a traceback is legitimately
logged for developers, it is there and redacted too.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote, urlencode

import pytest

from slack_app.store import Store
from tests.fakes import google_business, yelp_fusion
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.http import Request, Response
from tests.fakes.openai_chat import FakeOpenAI, key_echo
from tests.fakes.slack_api import FakeSlack, signed_headers, slash_command
from tests.fakes.yelp_fusion import FakeYelpFusion

CLI = str(Path(sys.executable).with_name("review-assistant"))

BOT_TOKEN = "xoxb-2041-77310-EchoedBotTokenValue9"
APP_TOKEN = "xapp-1-A0RA01-5530-EchoedAppTokenValue9"
SIGNING_SECRET = "3f9c2b1a8e7d6c5b4a3f2e1d0c9b8a7f"
# No known shape: only the configured value can give it away.
MODEL_KEY = "local-model-key-Q7x9Zp2mW4"
SECRETS = (
    BOT_TOKEN,
    APP_TOKEN,
    SIGNING_SECRET,
    MODEL_KEY,
    google_business.CLIENT_SECRET,
    google_business.REFRESH_TOKEN,
    yelp_fusion.API_KEY,
    "ya29.fake-access",  # the Google access token the refresh token buys: derived, never set
)


def leaks(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    return [
        secret
        for secret in SECRETS
        for form in {secret, quote(secret, safe="")}
        if form.encode() in data
    ]


def database_bytes(path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def echo(status: int, what: str) -> Callable[[Request], Response]:
    """An answer that repeats the request's Authorization header in its body and a header."""

    def answer(request: Request) -> Response:
        sent = request.headers.get("authorization", "")
        body = {"ok": False, "error": {"code": status, "message": f"{what} rejected {sent}"}}
        return Response(status, body, headers={"WWW-Authenticate": f'{sent}, realm="{what}"'})

    return answer


def google_token_echo(request: Request) -> Response:
    form = request.form()
    return Response(400, {"error": "invalid_grant", "error_description": (
        f"refresh_token={form.get('refresh_token')} client_secret={form.get('client_secret')} "
        f"url-encoded: {request.text}")})


@pytest.fixture
def world(tmp_path):
    """Echoing stand-ins, a settings file and the environment the commands run with."""
    google = FakeGoogleBusiness(locations=2, reviews_per_location=3).start()
    yelp = FakeYelpFusion(businesses=1).start()
    model = FakeOpenAI(default=key_echo(401)).start()
    slack = FakeSlack().start()
    # Google: the first location reads fine (its reviews are drafted), the second echoes.
    google.server.route("GET", rf"/v4/{google.locations[1]}/reviews", echo(401, "google"),
                        first=True)
    yelp.inject(yelp.business_ids[0], Response(401, {"error": {
        "code": "TOKEN_INVALID", "description": f"Invalid access token {yelp_fusion.API_KEY}"}},
        headers={"X-Echo": f"Bearer {yelp_fusion.API_KEY}"}), times=50)
    model.server.route("GET", r"/v1/models", echo(401, "model"), first=True)
    slack.server.route("POST", r"/api/chat.postMessage", echo(500, "slack"), first=True)
    database = tmp_path / "review-assistant.db"
    settings = tmp_path / "review-assistant.toml"
    settings.write_text(f"""\
[practice]
name = "Riverside Family Dental"
phone = "(555) 014-2290"
email = "frontdesk@riverside.example"

[slack]
review_channel = "C0REVIEWS"
approvers = ["U0ANNA"]
risk_managers = ["U0RITA"]

[drafting]
model = "gpt-4o-mini"

[database]
path = "{database}"

[[locations]]
name = "Main Street"
google_location = "{google.locations[0]}"
yelp_business_id = "{yelp.business_ids[0]}"

[[locations]]
name = "Elm Street"
google_location = "{google.locations[1]}"
""")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "REVIEW_ASSISTANT_CONFIG": str(settings),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.api_url,
        "OPENAI_API_KEY": MODEL_KEY,
        "OPENAI_BASE_URL": model.base_url,
        **google.environ(),
        **yelp.environ(),
    }
    yield SimpleNamespace(google=google, yelp=yelp, model=model, slack=slack, env=env,
                          database=database, path=tmp_path)
    for fake in (google, yelp, model, slack):
        fake.stop()


def run_cli(world, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args, "--log-level", "DEBUG"], cwd=world.path, env=world.env,
                          capture_output=True, text=True, timeout=timeout)


def test_poll_once_stores_prints_and_logs_no_secret(world):
    result = run_cli(world, "poll", "--once")

    output = result.stdout + result.stderr
    assert result.returncode == 1, output  # Elm Street and Yelp failed, as they should
    # What each echo looked like once redacted: the failures are still explained.
    assert "FAILED google Elm Street" in result.stdout
    assert "FAILED yelp Main Street" in result.stdout
    assert "Invalid access token [redacted]" in result.stdout
    assert "not posted" in result.stdout  # Slack refused the cards, echoing the token
    assert "DEBUG" in result.stderr  # the libraries' debug lines were there to leak
    assert leaks(output) == []
    assert leaks(database_bytes(world.database)) == []
    with sqlite3.connect(world.database) as db:
        errors = dict(db.execute("SELECT source || ':' || location_id, last_error FROM sync_state"))
        usage = [row[0] for row in db.execute("SELECT usage FROM drafts")]
        details = [row[0] for row in db.execute("SELECT detail FROM audit_log")]
    assert errors[f"yelp:{world.yelp.business_ids[0]}"] == (
        f"yelp location {world.yelp.business_ids[0]} page 1: HTTP 401 TOKEN_INVALID: Invalid "
        "access token [redacted]; YELP_API_KEY was refused; create a new key on the Yelp "
        "developer site"
    )
    assert "Bearer [redacted]" in errors[f"google:{world.google.locations[1]}"]
    assert any("Incorrect API key provided: [redacted]" in text for text in usage)
    assert any("[redacted]" in text for text in details)


def test_draft_prints_no_secret(world):
    result = run_cli(world, "draft", "The front desk was friendly.", "--stars", "5")

    assert "Incorrect API key provided: [redacted]" in result.stdout
    assert leaks(result.stdout + result.stderr) == []


@pytest.mark.parametrize("json_lines", [False, True], ids=["checklist", "json"])
def test_doctor_prints_no_secret(world, json_lines):
    world.google.server.route("POST", r"/token", google_token_echo, first=True)
    for method in ("auth.test", "apps.connections.open"):
        world.slack.server.route("POST", rf"/api/{method}", echo(500, method), first=True)

    result = run_cli(world, "doctor", *(["--json"] if json_lines else []))

    assert result.returncode == 1
    assert "app token" in result.stdout and "credentials" in result.stdout
    assert leaks(result.stdout + result.stderr) == []


def test_audit_csv_of_an_older_database_prints_no_secret(world):
    """A database written before secrets were redacted on the way in still exports clean."""
    Store(world.database).close()
    with sqlite3.connect(world.database) as db:
        db.execute(
            "INSERT INTO audit_log (at, actor, action, review_key, text, detail) "
            "VALUES ('2026-01-01T00:00:00.000000Z', 'review-assistant', 'draft.created', "
            "'google:x:y', ?, ?)",
            [f"failed: Incorrect API key provided: {MODEL_KEY}",
             json.dumps({"error": f"Bearer {BOT_TOKEN}"})],
        )

    result = run_cli(world, "audit", "--csv")

    assert result.returncode == 0
    assert "Incorrect API key provided: [redacted]" in result.stdout
    assert leaks(result.stdout + result.stderr) == []


def test_guard_prints_no_secret(world):
    result = run_cli(world, "guard", f"Thank you! Call (555) 014-2290. {BOT_TOKEN}")

    assert "[redacted]" in result.stdout
    assert leaks(result.stdout + result.stderr) == []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_run_http_logs_no_secret(world):
    port = free_port()
    process = subprocess.Popen(
        [CLI, "run", "--http", "--host", "127.0.0.1", "--port", str(port), "--log-level",
         "DEBUG"], cwd=world.path, env=world.env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (_cycle_done(world.database) and world.slack.requests_to("chat.postMessage")):
            assert process.poll() is None and time.monotonic() < deadline, "no poll cycle"
            time.sleep(0.2)
        time.sleep(0.5)  # the refused card's log line
        body = urlencode(slash_command("/review-reply", "help", user="U0ANNA"))
        for secret in (SIGNING_SECRET, "not-the-secret"):  # one request refused (401)
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                headers=signed_headers(secret, body), method="POST")
            try:
                urllib.request.urlopen(request, timeout=10).read()
            except urllib.error.HTTPError as exc:
                assert exc.code == 401
        running = database_bytes(world.database)
    finally:
        process.terminate()
        stdout, stderr = process.communicate(timeout=30)

    assert "Incorrect API key provided: [redacted]" in stderr  # the model's echo, logged
    assert "Invalid access token [redacted]" in stderr  # Yelp's
    assert leaks(stdout + stderr) == []
    assert leaks(running) == [] and leaks(database_bytes(world.database)) == []


def _cycle_done(database: Path) -> bool:
    """Both failures recorded and a draft stored: the first cycle got through."""
    if not database.exists():
        return False
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            failed = db.execute("SELECT count(*) FROM sync_state WHERE last_error != ''")
            drafted = db.execute("SELECT count(*) FROM drafts")
            return failed.fetchone()[0] >= 2 and drafted.fetchone()[0] > 0
    except sqlite3.Error:
        return False


# -- inside the Slack app: what goes to Slack, and a lazy listener's traceback ------------------


@pytest.fixture
def app_world(tmp_path, capsys):
    """The Bolt app over echoing stand-ins, logging set up as `run` sets it up."""
    from slack_app.app import build_app
    from slack_app.config import Environment
    from slack_app.redaction import configure_logging
    from slack_app.sources.google import GoogleSource
    from tests.slack.conftest import SIGNING_SECRET as DRIVER_SIGNING_SECRET
    from tests.slack.conftest import SlackDriver, TrackingExecutor, make_settings

    slack = FakeSlack().start()
    google = FakeGoogleBusiness(locations=1, reviews_per_location=0).start()
    google.server.route("PUT", r"/v4/.+/reply", echo(401, "google"), first=True)
    settings = make_settings(google.locations[0], str(tmp_path / "app.db"))
    env = Environment.from_env({**google.environ(), "SLACK_BOT_TOKEN": BOT_TOKEN,
                                "SLACK_SIGNING_SECRET": DRIVER_SIGNING_SECRET,
                                "SLACK_API_URL": slack.api_url})
    configure_logging(env, "DEBUG")
    store = Store(settings.database.path)
    source = GoogleSource(env)
    executor = TrackingExecutor()
    app, services = build_app(settings, env, store, sources={"google": source},
                              listener_executor=executor)
    yield SimpleNamespace(driver=SlackDriver(app, services, executor, slack), slack=slack,
                          google=google, settings=settings, env=env, store=store)
    executor.shutdown(wait=True)
    source.close()
    store.close()
    google.stop()
    slack.stop()


def test_a_refused_post_tells_slack_why_without_the_token(app_world, capsys):
    """Google refuses the reply and echoes the access token: the card, the thread line and
    the store say why, redacted; Slack never receives the token."""
    from slack_app import store as db
    from slack_app.models import Review
    from slack_app.slack import blocks
    from slack_app.slack.announcer import process_new_reviews
    from tests.slack.conftest import APPROVER

    world = app_world
    review = Review("google", world.settings.locations[0].google_location, "echo-1", 5,
                    "Ana P.", "Friendly staff and a clean office.",
                    created_at="2026-11-22T09:00:00Z")
    world.google.add_review(world.google.locations[0], review_id="echo-1", comment=review.text)
    process_new_reviews(world.store, world.settings, world.env, world.driver.app.client,
                        [review])

    world.driver.click(blocks.APPROVE, review.key, APPROVER)

    state = db.reply_state(world.store, review.key)
    assert state["state"] == "post_failed"
    assert "Bearer [redacted]" in state["post_error"]
    sent = b"".join(request.body for request in world.slack.server.requests)
    assert b"Bearer [redacted]" in sent  # the thread line says why
    assert leaks(sent) == []
    assert leaks(database_bytes(Path(world.settings.database.path))) == []
    assert leaks(capsys.readouterr().err) == []


def test_a_lazy_listener_traceback_is_logged_redacted(app_world, capsys):
    """A lazy listener that fails on an exception carrying a token: its traceback is logged
    for developers (that is what `logged` is for), with the token redacted."""
    from slack_app.slack.listeners._common import ack_now, logged
    from tests.fakes.slack_api import block_actions, form_body

    def explode(body, client):
        raise RuntimeError(f"upstream said: invalid_auth for {BOT_TOKEN}")

    app = app_world.driver.app
    app.action("explode")(ack=ack_now, lazy=[logged(explode, app_world.driver.services.gate)])
    payload = block_actions(action_id="explode", value="x", user="U0ANNA")

    assert app_world.driver.send(form_body(payload)).status == 200

    err = capsys.readouterr().err
    assert "lazy listener explode failed" in err
    assert "Traceback (most recent call last)" in err
    assert "upstream said: invalid_auth for [redacted]" in err
    assert leaks(err) == []


def test_an_uncaught_exception_in_a_thread_is_logged_redacted(app_world, capsys):
    import threading

    def crash():
        raise ValueError(f"token {BOT_TOKEN}")

    thread = threading.Thread(target=crash, name="poller")
    thread.start()
    thread.join()

    err = capsys.readouterr().err
    assert "uncaught exception in thread poller" in err
    assert "ValueError: token [redacted]" in err
    assert leaks(err) == []
