"""`review-assistant demo`: offline, every sample drafted and passed, risky ones escalated,
card JSON written, and safe to run again."""

from __future__ import annotations

import io
import json
import re
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from slack_app.cli.demo import Progress
from slack_app.demo import DATABASE_NAME, card_as_text, card_filename, load_samples
from tests.cli.conftest import run_command
from tests.fakes.openai_chat import FakeOpenAI, unsafe_reply

SAMPLES = load_samples()
ENV_NAMES = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REVIEW_ASSISTANT_CONFIG")


@dataclass
class DemoRun:
    code: int
    out: str
    err: str
    folder: Path


def run_demo_command(folder: Path, capsys, *extra: str) -> DemoRun:
    code = run_command("demo", ["--out", str(folder), *extra])
    captured = capsys.readouterr()
    return DemoRun(code, captured.out, captured.err, folder)


@pytest.fixture
def offline(monkeypatch):
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


def rows(folder: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(folder / DATABASE_NAME)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_sample_covers_what_the_issue_asks_for():
    reviews = [sample.review for sample in SAMPLES]
    shows = " | ".join(sample.shows for sample in SAMPLES)

    assert len(SAMPLES) >= 15
    assert {r.source for r in reviews} == {"google", "yelp"}
    assert {r.stars for r in reviews} == {1, 2, 3, 4, 5}
    assert any(r.text == "" for r in reviews)  # rating only
    for needed in ("legal threat", "privacy complaint", "prompt injection", "Spanish"):
        assert needed in shows
    assert len({r.key for r in reviews}) == len(reviews)
    assert {s.shows for s in SAMPLES if s.must_escalate} == {
        "legal threat", "privacy complaint", "report of harm"
    }


def test_offline_every_draft_passes_and_risky_reviews_are_escalated(tmp_path, offline, capsys):
    run = run_demo_command(tmp_path / "demo-output", capsys)

    assert run.code == 0, run.err
    for sample in SAMPLES:
        assert f"#{sample.number:<2} " in run.out
        assert f"[{sample.shows}]" in run.out
    assert run.out.count("  Guardrail: PASSED") == len(SAMPLES)
    assert "BLOCKED" not in run.out
    assert f"{len(SAMPLES)}/{len(SAMPLES)} drafts passed the guardrail" in run.out
    # Stored state agrees with what was printed: escalated exactly where triage must.
    states = dict(rows(run.folder, "SELECT review_key, state FROM reply_state"))
    for sample in SAMPLES:
        if sample.must_escalate:
            assert states[sample.review.key] == "escalated", sample.shows
        else:
            assert states[sample.review.key] in ("drafted", "escalated"), sample.shows
    assert "\r" not in run.err  # no progress line when stderr is not a terminal


def test_each_review_is_printed_as_an_office_manager_sees_it(tmp_path, offline, capsys):
    run = run_demo_command(tmp_path / "out", capsys)

    legal = next(s for s in SAMPLES if s.shows == "legal threat")
    block = run.out.split(f"#{legal.number:<2} ")[1].split("\n\n")[0]
    assert block.startswith("★☆☆☆☆ (1/5)  Google · Main Street · Mark D. · 2026-11-03")
    assert "attorney" in block
    assert "Draft reply (template" in block
    assert "(555) 014-2290" in block
    assert 'ESCALATED to the risk manager: Legal ("attorney"' in block
    rating_only = next(s for s in SAMPLES if s.review.text == "")
    assert "(rating only, no text)" in run.out.split(f"#{rating_only.number:<2} ")[1]
    summary = run.out.split("#   Source")[1]
    table_rows = re.findall(r"^(\d+) +(Google|Yelp) +(\d) ", summary, re.M)
    assert [(int(n), source.lower(), int(stars)) for n, source, stars in table_rows] == [
        (s.number, s.review.source, s.review.stars) for s in SAMPLES
    ]


def test_card_json_is_written_for_every_review(tmp_path, offline, capsys):
    run = run_demo_command(tmp_path / "out", capsys)

    cards = sorted((run.folder / "cards").glob("*.json"))
    assert [card.name for card in cards] == sorted(card_filename(s) for s in SAMPLES)
    for sample, card in zip(SAMPLES, cards, strict=True):
        payload = json.loads(card.read_text())
        assert set(payload) == {"blocks"}
        blocks = payload["blocks"]
        assert 0 < len(blocks) <= 50  # Slack's limit for a message
        assert all(isinstance(block, dict) and "type" in block for block in blocks)
        text = json.dumps(blocks, ensure_ascii=False)
        if sample.review.text:
            assert sample.review.text[:40] in text
        assert "(555) 014-2290" in text  # the draft's contact path is on the card


def test_running_again_starts_from_scratch(tmp_path, offline, capsys):
    folder = tmp_path / "out"
    first = run_demo_command(folder, capsys)
    first_rows = rows(folder, "SELECT review_key, version, text FROM drafts ORDER BY 1, 2")
    first_reviews = rows(folder, "SELECT count(*) FROM reviews")
    (folder / "cards" / "99-stale.json").write_text("{}")

    second = run_demo_command(folder, capsys)

    assert (first.code, second.code) == (0, 0)
    samples = "SELECT count(*) FROM reviews WHERE source_review_id NOT LIKE 'hist-%'"
    assert rows(folder, samples) == [(len(SAMPLES),)]  # and the invented weeks, once:
    assert rows(folder, "SELECT count(*) FROM reviews") == first_reviews
    assert rows(folder, "SELECT review_key, version, text FROM drafts ORDER BY 1, 2") == first_rows
    assert not (folder / "cards" / "99-stale.json").exists()
    assert len(list((folder / "cards").glob("*.json"))) == len(SAMPLES)


def test_with_a_model_key_the_model_drafts_and_unsafe_drafts_are_repaired(
    tmp_path, monkeypatch, capsys
):
    with FakeOpenAI() as model:
        model.script(unsafe_reply())  # the first draft confirms a visit: must be rejected
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-demo")
        monkeypatch.setenv("OPENAI_BASE_URL", model.base_url)

        run = run_demo_command(tmp_path / "out", capsys)

        assert run.code == 0, run.err
        assert len(model.chat_requests()) >= len(SAMPLES) + 1
    assert run.out.count("  Guardrail: PASSED") == len(SAMPLES)
    assert "drafts by: openai" in run.out
    assert "sk-test-demo" not in run.out + run.err
    rejected = rows(run.folder, "SELECT count(*) FROM drafts WHERE passed = 0")
    assert rejected[0][0] >= 1


def test_with_the_practices_settings_file(tmp_path, offline, capsys):
    settings = tmp_path / "review-assistant.toml"
    settings.write_text('[practice]\nname = "Lakeside Orthodontics"\n'
                        'email = "hello@lakeside.example"\n')

    run = run_demo_command(tmp_path / "out", capsys, "--config", str(settings))

    assert run.code == 0, run.err
    assert "hello@lakeside.example" in run.out
    assert "(555) 014-2290" not in run.out.split("Draft reply")[1]


def test_a_bad_settings_file_stops_before_anything_runs(tmp_path, offline, capsys):
    settings = tmp_path / "review-assistant.toml"
    settings.write_text('[practice]\nname = "Lakeside"\nphone = "12"\n')

    run = run_demo_command(tmp_path / "out", capsys, "--config", str(settings))

    assert run.code == 2
    assert "practice.phone" in run.err
    assert not (tmp_path / "out").exists()


class FakeTerminalStream(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_is_drawn_only_on_a_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")  # the line is cut to the terminal's width
    terminal, pipe = FakeTerminalStream(), io.StringIO()

    for stream in (terminal, pipe):
        progress = Progress(stream)
        progress.show(3, 12, "drafting a reply to Google review #4")
        progress.clear()

    assert terminal.getvalue().startswith("\r[#####...............] 3/12 drafting a reply")
    assert terminal.getvalue().endswith("\r")
    assert pipe.getvalue() == ""


def test_the_progress_line_never_wraps_on_a_narrow_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "30")
    terminal = FakeTerminalStream()

    Progress(terminal).show(3, 12, "drafting a reply to Google review #4")

    assert terminal.getvalue() == "\r[#####...............] 3/12 d"  # 29 columns


def test_a_card_reads_as_text():
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Google review"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": "&gt; Lovely &amp; quick"}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": ":white_check_mark: ok"},
                                         {"type": "mrkdwn", "text": "v1"}]},
        {"type": "divider"},
        {"type": "actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "Approve"}},
            {"type": "button", "text": {"type": "plain_text", "text": "Edit"}},
        ]},
    ]

    assert card_as_text(blocks) == (
        "GOOGLE REVIEW\n> Lovely & quick\n✅ ok · v1\n" + "-" * 60 + "\n[ Approve ] [ Edit ]"
    )


def test_with_a_key_but_no_reachable_model_it_drafts_from_templates(tmp_path, monkeypatch,
                                                                     capsys):
    with socket.socket() as sock:  # a port where nothing listens
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-demo")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{closed}/v1")

    run = run_demo_command(tmp_path / "out", capsys)

    assert run.code == 0, run.err
    assert "drafts by: template" in run.out
    assert "Note: The model is not usable (could not reach http://127.0.0.1:" in run.out
    assert run.out.count("  Guardrail: PASSED") == len(SAMPLES)
