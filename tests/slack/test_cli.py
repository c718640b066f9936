"""`review-assistant audit` and `review-assistant run` start-up checks."""

from __future__ import annotations

import csv
import io
import json

import pytest

from slack_app import store as db
from slack_app.cli import main


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "review-assistant.toml"
    path.write_text(
        '[practice]\nname = "Riverside Family Dental"\nphone = "(555) 014-2290"\n'
        f'[database]\npath = "{tmp_path / "ra.db"}"\n',
        encoding="utf-8",
    )
    with db.Store(tmp_path / "ra.db") as store:
        db.audit(
            store,
            "U0ANNA",
            "approve",
            "google:a:1",
            2,
            "Thanks, call (555) 014-2290.",
            {"from": "drafted", "to": "posting"},
        )
        db.audit(store, "U0ANNA", "post.posted", "google:a:1", 2, "Thanks, call (555) 014-2290.")
    return str(path)


def test_audit_csv_has_every_column_and_full_text(config, capsys):
    assert main(["audit", "--csv", "--config", config]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [
        (r["actor"], r["action"], r["review_key"], r["draft_version"], r["text"]) for r in rows
    ] == [
        ("U0ANNA", "approve", "google:a:1", "2", "Thanks, call (555) 014-2290."),
        ("U0ANNA", "post.posted", "google:a:1", "2", "Thanks, call (555) 014-2290."),
    ]
    assert json.loads(rows[0]["detail"]) == {"from": "drafted", "to": "posting"}
    assert list(rows[0]) == [
        "id",
        "at",
        "actor",
        "action",
        "review_key",
        "draft_version",
        "text",
        "detail",
    ]


def test_audit_table_for_people(config, capsys):
    assert main(["audit", "--config", config]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["at", "actor", "action", "review", "v", "text"]
    assert "post.posted" in out[2] and out[-1] == "2 row(s)"


@pytest.mark.parametrize(("since", "rows"), [("2000-01-01", 2), ("2999-01-01", 0)])
def test_audit_since(config, capsys, since, rows):
    assert main(["audit", "--csv", "--since", since, "--config", config]) == 0
    assert len(list(csv.DictReader(io.StringIO(capsys.readouterr().out)))) == rows


def test_audit_bad_date_names_the_problem(config, capsys):
    assert main(["audit", "--since", "last tuesday", "--config", config]) == 2
    assert "--since 'last tuesday' is not a date" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "environ", "missing"),
    [
        ([], {}, "SLACK_BOT_TOKEN, SLACK_APP_TOKEN"),
        (["--http"], {}, "SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET"),
        (["--http"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ([], {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, "SLACK_APP_TOKEN"),
        (["--http", "--workers", "2"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
    ],
)
def test_run_refuses_to_start_without_its_secrets(
    config, capsys, monkeypatch, argv, environ, missing
):
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert main(["run", "--no-poll", "--config", config, *argv]) == 2
    assert f"missing in the environment: {missing}" in capsys.readouterr().err


def test_run_workers_need_http(config, capsys, monkeypatch):
    for name, value in (
        ("SLACK_BOT_TOKEN", "xoxb-1"),
        ("SLACK_SIGNING_SECRET", "s"),
        ("SLACK_APP_TOKEN", "xapp-1"),
    ):
        monkeypatch.setenv(name, value)
    assert main(["run", "--no-poll", "--workers", "2", "--config", config]) == 2
    assert "more than 1 only with --http" in capsys.readouterr().err
