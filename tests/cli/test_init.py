"""`review-assistant init`: the written settings file loads; .env.sample names every variable."""

from __future__ import annotations

import dataclasses
import re

import pytest

from slack_app.cli.init import ENV_VARIABLES, env_sample_text
from slack_app.config import CONFIG_ENV, LOG_LEVEL_ENV, Environment, load_settings
from tests.cli.conftest import FakeTerminal, run_command


def test_flags_write_a_settings_file_that_loads(tmp_path, no_terminal, capsys):
    path = tmp_path / "etc" / "review-assistant.toml"

    code = run_command(
        "init",
        ["--name", "Smile Studio \"Downtown\"", "--phone", "(555) 014-2290",
         "--email", "hello@smile.example", "--path", str(path)],
    )

    assert code == 0
    settings = load_settings(str(path))
    assert settings.practice.model_dump() == {
        "name": 'Smile Studio "Downtown"',
        "phone": "(555) 014-2290",
        "email": "hello@smile.example",
        "extra_clinical_terms": [],
        "signoff_names": [],
        "timezone": "",
        "business_hours": "08:00-18:00",
        "business_days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
    }
    assert settings.locations == []
    # A relative database path is taken from the settings file's folder.
    assert settings.database.path == str(tmp_path / "etc" / "review-assistant.db")
    assert (tmp_path / "etc" / ".env.sample").read_text() == env_sample_text()
    out = capsys.readouterr().out
    assert f"Wrote {path}" in out
    assert "review-assistant doctor" in out


def test_the_settings_file_is_commented(tmp_path, no_terminal):
    path = tmp_path / "review-assistant.toml"
    run_command("init", ["--name", "S", "--email", "a@b.example", "--path", str(path)])

    text = path.read_text()

    for section in ("[practice]", "[slack]", "[drafting]", "[triage]", "[poll]", "[database]"):
        assert section in text
    for key in ("review_channel", "approvers", "risk_managers", "google_location",
                "yelp_business_id", "max_attempts"):
        assert re.search(rf"^#.*\n(# )?{key} =", text, re.M), f"{key} has no comment above it"


def test_it_refuses_to_overwrite_without_force(tmp_path, no_terminal, capsys):
    path = tmp_path / "review-assistant.toml"
    path.write_text("# the practice's own edits\n")

    code = run_command("init", ["--name", "S", "--phone", "(555) 014-2290", "--path", str(path)])

    assert code == 1
    assert path.read_text() == "# the practice's own edits\n"
    assert "--force" in capsys.readouterr().err
    assert not (tmp_path / ".env.sample").exists()


def test_force_overwrites_both_files(tmp_path, no_terminal):
    path = tmp_path / "review-assistant.toml"
    path.write_text("old")
    (tmp_path / ".env.sample").write_text("old")

    code = run_command(
        "init", ["--name", "S", "--phone", "(555) 014-2290", "--path", str(path), "--force"]
    )

    assert code == 0
    assert load_settings(str(path)).practice.phone == "(555) 014-2290"
    assert (tmp_path / ".env.sample").read_text() == env_sample_text()


def test_an_edited_env_sample_is_kept_without_force(tmp_path, no_terminal, capsys):
    (tmp_path / ".env.sample").write_text("SLACK_BOT_TOKEN=mine\n")

    code = run_command("init", ["--name", "S", "--email", "a@b.example",
                                "--path", str(tmp_path / "review-assistant.toml")])

    assert code == 0
    assert (tmp_path / ".env.sample").read_text() == "SLACK_BOT_TOKEN=mine\n"
    assert "Kept the existing" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, fragments",
    [
        pytest.param(["--phone", "(555) 014-2290"], ["--name is required"], id="no-name"),
        pytest.param(["--name", "S"], ["practice.phone or practice.email"], id="no-contact"),
        pytest.param(["--name", "S", "--phone", "014-22"],
                     ["practice.phone", "not a phone number the guardrail recognises"],
                     id="bad-phone"),
        pytest.param(["--name", "S", "--email", "front desk"],
                     ["practice.email", "not an email address"], id="bad-email"),
    ],
)
def test_bad_values_write_nothing_and_say_why(tmp_path, no_terminal, capsys, argv, fragments):
    path = tmp_path / "review-assistant.toml"

    code = run_command("init", [*argv, "--path", str(path)])

    assert code == 2
    err = capsys.readouterr().err
    for fragment in fragments:
        assert fragment in err
    assert not path.exists()
    assert not (tmp_path / ".env.sample").exists()


def test_in_a_terminal_it_asks_and_asks_again_on_a_bad_phone(tmp_path, monkeypatch, capsys):
    terminal = FakeTerminal(["Lakeside Orthodontics", "555-12", "+1 555 014 2290", ""])
    monkeypatch.setattr("sys.stdin", terminal)
    path = tmp_path / "review-assistant.toml"

    code = run_command("init", ["--path", str(path)])

    assert code == 0
    assert terminal.answers == []
    practice = load_settings(str(path)).practice
    assert (practice.name, practice.phone, practice.email) == (
        "Lakeside Orthodontics", "+1 555 014 2290", ""
    )
    captured = capsys.readouterr()
    assert "Practice name: " in captured.out
    assert "not a phone number the guardrail recognises" in captured.err


def test_in_a_terminal_an_email_is_required_when_the_phone_is_skipped(tmp_path, monkeypatch):
    terminal = FakeTerminal(["Lakeside Orthodontics", "", "", "office@lakeside.example"])
    monkeypatch.setattr("sys.stdin", terminal)
    path = tmp_path / "review-assistant.toml"

    assert run_command("init", ["--path", str(path)]) == 0

    assert load_settings(str(path)).practice.email == "office@lakeside.example"


def test_env_sample_lists_every_environment_variable_once_with_an_explanation():
    text = env_sample_text()
    names = re.findall(r"^([A-Z_]+)=$", text, re.M)
    expected = {f.name.upper() for f in dataclasses.fields(Environment)}
    expected |= {CONFIG_ENV, LOG_LEVEL_ENV}

    assert sorted(names) == sorted(expected)
    lines = text.splitlines()
    for name in names:
        explanation = lines[lines.index(f"{name}=") - 1]
        assert explanation.startswith("# ") and len(explanation) > 20, name
    assert all(len(line) <= 100 for line in lines)


def test_env_sample_values_are_empty_so_no_secret_is_ever_written():
    assignments = [line for line in env_sample_text().splitlines() if "=" in line
                   and not line.startswith("#")]

    assert assignments and all(line.endswith("=") for line in assignments)


def test_the_repository_env_sample_is_the_generated_one():
    from pathlib import Path

    repo_sample = Path(__file__).resolve().parents[2] / ".env.sample"
    assert repo_sample.read_text() == env_sample_text(), "regenerate .env.sample with init"


def test_every_described_variable_is_read_by_the_environment():
    described = {name for _, variables in ENV_VARIABLES for name, _ in variables}
    read = {f.name.upper() for f in dataclasses.fields(Environment)} | {CONFIG_ENV, LOG_LEVEL_ENV}

    assert described == read


def test_the_console_entry_point_dispatches_to_init(tmp_path, no_terminal):
    from slack_app.cli import main

    path = tmp_path / "review-assistant.toml"
    code = main(["init", "--name", "S", "--phone", "+1 555 014 2290", "--path", str(path)])

    assert code == 0
    assert load_settings(str(path)).practice.phone == "+1 555 014 2290"
