"""`review-assistant draft`: offline with no key, the OpenAI backend with one."""

from __future__ import annotations

import argparse
import json

import pytest

from slack_app.cli import draft as draft_command

SETTINGS_TOML = """
[practice]
name = "Elm Street Family Medicine"
phone = "555-017-2020"

[triage.extra_terms]
legal = ["arbitration"]
"""


def run_draft(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="review-assistant draft")
    draft_command.add_arguments(parser)
    return draft_command.run(parser.parse_args(argv))


@pytest.fixture
def offline(monkeypatch, tmp_path):
    """No key, no settings file in the working directory."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REVIEW_ASSISTANT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_key_drafts_offline_with_the_demo_practice(offline, capsys):
    code = run_draft(["Lovely team, they were so kind on the phone.", "--stars", "5"])

    out = capsys.readouterr().out
    assert code == 0
    assert "Reply (template backend, template en-high/" in out
    assert "(555) 014-2290" in out  # the demo practice's phone
    assert "Guardrail: passed" in out
    assert "Triage: No escalation triggers found." in out
    assert "Settings: built-in demo practice (no settings file)" in out


def test_json_output_has_reply_verdict_triage_and_backend(offline, capsys):
    code = run_draft(["Mi abogado dice que me lastimaron.", "--stars", "1", "--json"])

    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (data["backend"], data["language"], data["passed"]) == ("template", "es", True)
    assert data["verdict"]["passed"] is True
    assert data["triage"]["escalate"] is True
    assert data["triage"]["categories"] == ["legal", "harm-safety"]
    assert data["llm_calls"] == 0
    assert len(data["attempts"]) == 1 and data["attempts"][0]["text"] == data["text"]


def test_settings_file_practice_and_extra_terms_are_used(offline, capsys):
    path = offline / "practice.toml"
    path.write_text(SETTINGS_TOML, encoding="utf-8")

    code = run_draft(["Taking this to arbitration.", "--stars", "2", "--config", str(path)])

    out = capsys.readouterr().out
    assert code == 0
    assert "555-017-2020" in out and "(555) 014-2290" not in out
    assert 'legal [15:26] "arbitration"' in out
    assert f"Settings: {path}" in out


def test_key_in_environment_uses_the_model_server(offline, monkeypatch, capsys, model):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-cli")
    monkeypatch.setenv("OPENAI_BASE_URL", model.base_url)

    code = run_draft(["Friendly people and a tidy office.", "--stars", "4", "--source", "yelp"])

    out = capsys.readouterr().out
    assert code == 0
    assert "Reply (openai backend, gpt-4o-mini, language en):" in out
    assert "sk-test-cli" not in out
    (body,) = model.chat_bodies()
    assert "review source: Yelp" in body["messages"][1]["content"]


def test_rating_only_review(offline, capsys):
    assert run_draft(["", "--stars", "3"]) == 0
    assert "template en-mid/" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param([""], "give the review text, or --stars N", id="nothing to reply to"),
        pytest.param(["ok", "--config", "missing.toml"], "missing.toml: settings file not found",
                     id="named settings file missing"),
    ],
)
def test_bad_input_exits_2_with_a_message(offline, capsys, argv, message):
    assert run_draft(argv) == 2
    assert message in capsys.readouterr().err


def test_broken_settings_file_is_named(offline, capsys):
    path = offline / "broken.toml"
    path.write_text("[practice\nname = 'x'", encoding="utf-8")
    assert run_draft(["ok", "--config", str(path)]) == 2
    assert f"{path}: not valid TOML" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["ok", "--stars", "6"], ["ok", "--source", "facebook"]])
def test_out_of_range_options_are_refused_by_the_parser(offline, capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        run_draft(argv)
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
