"""When the database file fails, every command says so in one line and exits non-zero; nothing
already stored is lost, and `run` does not start on a file it cannot use (issue 10).

The faults are made for real, not simulated inside the app:

* a read-only database: file mode 0444. Tests run as root, and root may write a file whatever
  its mode only through its capabilities (CAP_DAC_OVERRIDE), so as root the commands run
  with every capability dropped (`setpriv --bounding-set=-all ...`): still uid 0, the owner
  of the file, and the kernel now applies the mode bits to it as to any service user that
  owns its database. Opening the file for writing fails with EACCES, SQLite falls back to
  read-only and refuses the first write (SQLITE_READONLY), while the folder stays writable for
  the -wal and -shm files: exactly what a service meets with a 0444 file. (Running as `nobody`
  is not possible here: the interpreter lives under /root, which only root may enter.)
* a full disk: the database lives on a tmpfs mounted with a small size, nearly filled up, so
  the writes of a poll meet ENOSPC mid-way and SQLite reports SQLITE_FULL. Needs permission to
  mount (root); skipped, saying so, without it.
* a file damaged in the middle: pages in the middle of a real database overwritten.
* a folder that cannot be created: a regular file where the folder should be, and a folder
  inside a folder of mode 0555 (the same capability-free run as root).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from slack_app import store as db
from slack_app.config import Environment, load_settings
from slack_app.pipeline import run_once
from tests.fakes.google_business import FakeGoogleBusiness
from tests.reliability.cli import assert_no_traceback, cli_env, run_cli, write_config

AS_ROOT = os.geteuid() == 0
READ_ONLY = "the database cannot be written (the file or its folder is read-only)"
DAMAGED = "the database file is damaged"
FULL = "the disk holding the database is full"
RUN_ENV = {
    "SLACK_BOT_TOKEN": "xoxb-1111-2222-storagefaults",
    "SLACK_APP_TOKEN": "xapp-1-A0APP-3333-storagefaults",
    "SLACK_SIGNING_SECRET": "8f742231b10e8888abcd99yyyzzz85a5",
    "SLACK_API_URL": "http://127.0.0.1:9/api/",  # never reached: run stops before Slack
}


# Run a command without root's capabilities, so file modes apply to it (see the docstring).
UNPRIVILEGED = (
    ("setpriv", "--bounding-set=-all", "--inh-caps=-all", "--ambient-caps=-all")
    if AS_ROOT
    else ()
)


@contextlib.contextmanager
def read_only(path: Path):
    """`path` (a file or a folder) read-only by its mode for the commands run meanwhile."""
    if AS_ROOT and shutil.which("setpriv") is None:
        pytest.skip("as root, a file's mode applies only without capabilities: needs setpriv")
    mode = path.stat().st_mode
    path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield path
    finally:
        path.chmod(mode)


@pytest.fixture
def google():
    with FakeGoogleBusiness(locations=3, reviews_per_location=120) as fake:
        yield fake


def locations(google) -> list[tuple[str, str, str]]:
    return [(f"Office {n}", location, "") for n, location in enumerate(google.locations)]


def filled_database(google, folder: Path) -> tuple[Path, Path]:
    """A real database after one poll of every location: (database, settings file)."""
    database = folder / "review-assistant.db"
    config = write_config(folder, database=database, locations=locations(google))
    with db.Store(database) as store:
        report = run_once(store, load_settings(config), Environment.from_env(google.environ()))
        assert not report.failed and db.count(store, "reviews") == 360
    return database, config


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(proc, *expected: str) -> str:
    """The command's error: exactly one line on stderr, naming the problem."""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


def run_modes(config: Path, folder: Path, wrapper: tuple[str, ...] = ()):
    """`run --http` and `run` (Socket Mode), each with what it needs in the environment."""
    env = cli_env(**RUN_ENV)
    for mode in (["--http", "--port", "0"], []):
        yield run_cli("run", *mode, "--no-poll", "--config", str(config), env=env, cwd=folder,
                      timeout=30, wrapper=wrapper)


# -- a read-only database -------------------------------------------------------------------


def test_a_read_only_database_is_refused_by_every_command_that_writes(google, tmp_path):
    database, config = filled_database(google, tmp_path)
    before = digest(database)
    env = cli_env(**google.environ())

    with read_only(database):
        poll = run_cli("poll", "--once", "--config", str(config), env=env, cwd=tmp_path,
                       wrapper=UNPRIVILEGED)
        runs = list(run_modes(config, tmp_path, wrapper=UNPRIVILEGED))
        audit = run_cli("audit", "--csv", "--config", str(config), env=cli_env(), cwd=tmp_path,
                        wrapper=UNPRIVILEGED)
        doctor = run_cli("doctor", "--config", str(config), env=cli_env(), cwd=tmp_path,
                         wrapper=UNPRIVILEGED)

    assert_no_traceback(poll, *runs, audit, doctor)
    assert poll.returncode == 2
    line = one_line(poll, f"{database}: {READ_ONLY}", "attempt to write a readonly database",
                    "make the file, its folder and any -wal/-shm files next to it writable")
    for run in runs:
        assert run.returncode == 2 and one_line(run) == line
    # Reading is fine: the audit log of a read-only copy can still be exported.
    assert audit.returncode == 0 and audit.stdout.count("\n") > 360
    assert doctor.returncode == 1
    assert re.search(r"FAIL +database file: .*cannot be written by this user", doctor.stdout)
    assert digest(database) == before


# -- a full disk ----------------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(folder: Path, size: str):
    """A tmpfs of `size` mounted on `folder` (unmounted afterwards)."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode:
        pytest.skip(f"a full disk needs a small tmpfs, and mount failed: {mounted.stderr}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def committed_pages(stdout: str) -> int:
    """Reviews the poll said it stored: the last "N reviews so far" of each location."""
    last: dict[str, int] = {}
    for label, count in re.findall(r"^  (google Office \d): page \d+, (\d+) reviews", stdout,
                                   re.M):
        last[label] = int(count)
    return sum(last.values())


def test_a_disk_that_fills_up_mid_poll_loses_nothing_stored(google, tmp_path):
    with small_disk(tmp_path / "disk", "8m") as disk:
        database = disk / "review-assistant.db"
        config = write_config(tmp_path, database=database, locations=locations(google))
        db.Store(database).close()
        filler = disk / "filler"
        # Leave room for a few pages of reviews (the schema and WAL take the rest): the poll fills
        # the disk mid-way.
        free = shutil.disk_usage(disk).free
        filler.write_bytes(b"\0" * (free - 320 * 1024))
        env = cli_env(**google.environ())

        full = run_cli("poll", "--once", "--config", str(config), env=env, cwd=tmp_path)

        assert_no_traceback(full)
        assert full.returncode == 2
        one_line(full, f"{database}: {FULL}", "(SQLite: database or disk is full)",
                 "free some space, then run the command again; everything stored before this "
                 "was kept")
        stored_before = committed_pages(full.stdout)
        with db.Store(database, require_writable=False) as store:
            assert store.check() == []
            assert 0 < db.count(store, "reviews") == stored_before < 360

        filler.unlink()  # space freed: the next poll finishes the job
        again = run_cli("poll", "--once", "--config", str(config), env=env, cwd=tmp_path)

        assert again.returncode == 0, again.stderr
        with db.Store(database) as store:
            assert db.count(store, "reviews") == 360
            waiting = {r["review_key"] for r in db.reply_states(store, ["drafted", "escalated"])}
            # Every review that needs a reply was drafted exactly once (one template draft).
            drafts = list(store.db.query("SELECT review_key, count(*) AS n FROM drafts GROUP BY 1"))
            assert {row["review_key"] for row in drafts} == waiting and waiting
            assert {row["n"] for row in drafts} == {1}


# -- a damaged file -------------------------------------------------------------------------


def damage(database: Path) -> None:
    """Overwrite four pages in the middle of the file (the WAL is checkpointed at close)."""
    assert not Path(f"{database}-wal").exists()
    size = database.stat().st_size
    with database.open("r+b") as file:
        file.seek((size // 2) // 4096 * 4096)
        file.write(bytes(range(256)) * 64)


def test_a_damaged_database_is_refused_and_reported(google, tmp_path):
    database, config = filled_database(google, tmp_path)
    damage(database)
    before = digest(database)
    env = cli_env(**google.environ())

    poll = run_cli("poll", "--once", "--config", str(config), env=env, cwd=tmp_path)
    runs = list(run_modes(config, tmp_path))
    audit = run_cli("audit", "--csv", "--config", str(config), env=cli_env(), cwd=tmp_path)
    doctor = run_cli("doctor", "--config", str(config), env=cli_env(), cwd=tmp_path)

    assert_no_traceback(poll, *runs, audit, doctor)
    line = one_line(poll, f"{database}: {DAMAGED}", "stop the app and restore the latest backup",
                    "docs/operations.md, When things go wrong")
    assert poll.returncode == 2
    for run in runs:
        assert run.returncode == 2 and one_line(run) == line
    # audit still exports what it can read, after a warning, and exits non-zero.
    assert audit.returncode in (1, 2)
    assert audit.stderr.startswith(f"warning: {database}: the database file is damaged (")
    assert "restore the latest backup" in audit.stderr
    assert doctor.returncode == 1
    assert re.search(r"FAIL +quick check: the file is damaged: ", doctor.stdout)
    assert digest(database) == before  # nothing wrote to it


# -- a folder that cannot be created ---------------------------------------------------------


@pytest.mark.parametrize(
    ("blocked_by", "reason"),
    [("a file in the way", "Not a directory"), ("a read-only folder", "Permission denied")],
)
def test_a_database_folder_that_cannot_be_created_is_named(tmp_path, google, blocked_by, reason):
    data = tmp_path / "data"
    database = data / "reviews" / "review-assistant.db"
    config = write_config(tmp_path, database=database, locations=locations(google))
    env = cli_env(**google.environ())
    if blocked_by == "a file in the way":
        data.write_text("not a folder")
        poll = run_cli("poll", "--once", "--config", str(config), env=env, cwd=tmp_path)
    else:
        data.mkdir()
        with read_only(data):
            poll = run_cli("poll", "--once", "--config", str(config), env=env, cwd=tmp_path,
                           wrapper=UNPRIVILEGED)

    assert_no_traceback(poll)
    assert poll.returncode == 2
    one_line(poll, f"{database}: cannot create the folder {database.parent} for the database "
                   f"({reason}); create it (writable by the user that runs Review Assistant) "
                   "or change [database] path in the settings file")


def test_a_disk_that_fills_up_under_a_click_tells_the_clicker_in_one_line(tmp_path, caplog):
    """Approve on a full disk: the transition cannot be written, so nothing is posted and the
    state does not move; the approver is told the database failed, and the log has one line
    for people, not a traceback."""
    from slack_app.app import build_app
    from slack_app.models import Review
    from slack_app.slack import blocks
    from slack_app.slack.announcer import process_new_reviews
    from tests.fakes.slack_api import FakeSlack
    from tests.slack.conftest import (
        APPROVER,
        BOT_TOKEN,
        SIGNING_SECRET,
        SlackDriver,
        TrackingExecutor,
        make_settings,
    )

    with (
        FakeSlack() as slack,
        FakeGoogleBusiness(locations=1, reviews_per_location=0) as google,
        small_disk(tmp_path / "disk", "8m") as disk,
    ):
        location = google.locations[0]
        item = google.add_review(location, comment="Clean office and friendly people.")
        review = Review(source="google", location_id=location,
                        source_review_id=item["reviewId"], stars=5, reviewer_name="Maria G.",
                        text=item["comment"], location_name="Main Street")
        settings = make_settings(location, str(disk / "review-assistant.db"))
        env = Environment.from_env({**google.environ(), "SLACK_BOT_TOKEN": BOT_TOKEN,
                                    "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                                    "SLACK_API_URL": slack.api_url})
        executor = TrackingExecutor()
        with db.Store(settings.database.path) as store:
            app, services = build_app(settings, env, store, listener_executor=executor)
            driver = SlackDriver(app, services, executor, slack)
            process_new_reviews(store, settings, env, app.client, [review])
            before = db.reply_state(store, review.key)
            (disk / "filler").write_bytes(b"\0" * shutil.disk_usage(disk).free)

            driver.click(blocks.APPROVE,
                         blocks.approve_value(review.key, before["draft_version"]), APPROVER)

            assert db.reply_state(store, review.key)["state"] == "drafted"
            executor.shutdown(wait=True)
    assert google.server.calls(r"/reply$", method="PUT") == []
    [told] = [c["text"] for c in slack.calls_to("chat.postEphemeral")]
    assert told.startswith(":warning: The app's database could not save this, so nothing "
                           "changed. Tell whoever runs Review Assistant (")
    assert FULL in told
    failures = [r for r in caplog.records if "could not finish" in r.getMessage()]
    assert [(r.levelname, r.exc_info) for r in failures] == [("ERROR", None)]
    assert "Traceback" not in caplog.text


def test_doctor_names_the_schema_a_sound_database_has(tmp_path):
    """The Upgrading section of docs/operations.md relies on this line."""
    from slack_app.config import Settings
    from slack_app.doctor.database import check_database
    from slack_app.store.migrations import MIGRATION_NAMES

    path = tmp_path / "review-assistant.db"
    db.Store(path).close()
    settings = Settings.demo(str(path))

    [check] = [r for r in check_database(settings) if r.name == "quick check"]

    assert (check.status, check.detail) == (
        "ok", f"sound (PRAGMA quick_check); schema {MIGRATION_NAMES[-1]}"
    )
