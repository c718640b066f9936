"""`review-assistant guard` in a real subprocess: JSONL batches, bad input, one reply."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRACTICE = {"name": "Lakeside Dental", "phone": "(555) 014-2290",
            "email": "frontdesk@lakesidedental.example"}


def guard(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    # The guard module runs on its own, so these tests do not depend on other subcommands.
    return subprocess.run([sys.executable, "-m", "slack_app.cli.guard", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=60, check=False)


def jsonl(*cases: dict) -> bytes:
    return "".join(json.dumps(c) + "\n" for c in cases).encode()


def cases_reply(index: int) -> str:
    return ["Thank you for the feedback. Call (555) 014-2290.",
            "Thanks for your visit! Call (555) 014-2290."][index]


def test_jsonl_writes_one_line_per_case_in_order(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_bytes(jsonl(
        {"id": "safe", "reply": cases_reply(0), "practice": PRACTICE},
        {"id": 7, "reply": cases_reply(1), "practice": PRACTICE},
        {"id": "es", "reply": "Gracias por su visita. Llame al (555) 014-2290.",
         "review": "Buena atención", "reviewer_name": "Ana", "practice": PRACTICE},
    ) + b"\n")
    done = guard("--jsonl", str(path))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line["id"] for line in lines] == ["safe", 7, "es"]
    assert lines[0] == {"id": "safe", "passed": True, "language": "en", "findings": []}
    assert lines[1]["passed"] is False
    first = lines[1]["findings"][0]
    assert first["rule"] == "patient-relationship" and first["severity"] == "block"
    assert first["excerpt"] == cases_reply(1)[first["start"] : first["end"]]
    assert lines[2]["language"] == "es"
    assert {f["rule"] for f in lines[2]["findings"]} == {"patient-relationship"}


def test_jsonl_from_stdin_and_empty_reply_is_length() -> None:
    done = guard("--jsonl", "-", stdin=jsonl({"id": "e", "reply": ""}))
    assert done.returncode == 0
    line = json.loads(done.stdout)
    assert line["passed"] is False
    assert [f["rule"] for f in line["findings"]] == ["length"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"id": 1, "reply": "ok"}\nnot json\n', "line 2: not valid JSON"),
        (b'{"id": 1}\n', 'line 1: missing "reply"'),
        (b'{"id": 1, "reply": 5}\n', 'line 1: "reply" must be a string, got a number'),
        (b'{"id": 1, "reply": "x", "review": ["a"]}\n', 'line 1: "review" must be a string'),
        (b'{"id": 1, "reply": "x", "practice": "Lakeside"}\n', 'line 1: "practice" must be'),
        (b'{"id": 1, "reply": "x", "practice": {"phone": 5550142290}}\n',
         'line 1: "practice.phone" must be a string'),
        (b'{"id": [1], "reply": "x"}\n', 'line 1: "id" must be a string or a number'),
        (b'["reply"]\n', "line 1: expected a JSON object, got an array"),
        (b'{"id": 1, "reply": "ok"}\n{"id": 2, "reply": "caf\xe9"}\n', "line 2: not UTF-8"),
    ],
)
def test_bad_input_exits_2_naming_the_line(data: bytes, message: str) -> None:
    done = guard("--jsonl", "-", stdin=data)
    assert done.returncode == 2
    assert message in done.stderr.decode()
    assert done.stdout == b""  # nothing judged from a bad file


def test_missing_file_exits_2(tmp_path: Path) -> None:
    done = guard("--jsonl", str(tmp_path / "absent.jsonl"))
    assert done.returncode == 2
    assert "absent.jsonl: cannot read" in done.stderr.decode()


def test_one_reply_blocked_prints_findings_and_exits_1() -> None:
    done = guard("Hi Vera, thanks for your visit!", "--reviewer-name", "Vera K")
    out = done.stdout.decode()
    assert done.returncode == 1
    assert out.startswith("BLOCKED  (language judged: en;")
    assert "[block] patient-relationship:" in out
    assert "[block] personal-identifier:" in out
    assert ">>Vera<<" in out
    assert "[block] missing-contact-path:" in out


CONFIG = """
[practice]
name = "Lakeside Dental"
phone = "555.014.2290"
email = "frontdesk@lakesidedental.example"
extra_clinical_terms = ["zirconia overlay"]
"""


@pytest.mark.parametrize(
    ("reply", "code", "rule"),
    [
        ("Thank you for the kind words. Please call (555) 014-2290.", 0, None),
        ("Thank you! Write to FrontDesk@LakesideDental.example.", 0, None),
        ("Glad the zirconia overlays are holding up. Please call (555) 014-2290.", 1,
         "treatment-disclosure"),
        ("Thank you! Please call 555-014-2299.", 1, "foreign-contact"),
    ],
)
def test_one_reply_with_config(tmp_path: Path, reply: str, code: int, rule: str | None) -> None:
    config = tmp_path / "review-assistant.toml"
    config.write_text(CONFIG, "utf-8")
    done = guard(reply, "--config", str(config))
    out = done.stdout.decode()
    assert done.returncode == code, out + done.stderr.decode()
    if rule:
        assert f"[block] {rule}:" in out
    else:
        assert out.startswith("PASSED  (language judged: en; 0 blocking")


def test_bad_config_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "review-assistant.toml"
    config.write_text("[practice]\nname = 'x'\n", "utf-8")
    done = guard("Thanks!", "--config", str(config))
    assert done.returncode == 2
    assert "needs practice.phone or practice.email" in done.stderr.decode()


def test_jsonl_uses_config_practice_when_a_case_has_none(tmp_path: Path) -> None:
    config = tmp_path / "review-assistant.toml"
    config.write_text(CONFIG, "utf-8")
    done = guard("--jsonl", "-", "--config", str(config),
                 stdin=jsonl({"id": 1, "reply": "Thank you! Call (555) 014-2290."}))
    assert json.loads(done.stdout)["passed"] is True


def test_french_reply_is_unsupported_language() -> None:
    done = guard("Merci pour votre avis, appelez-nous.", "--review", "Très bien")
    assert done.returncode == 1
    assert "[block] unsupported-language:" in done.stdout.decode()
    assert "language judged: fr" in done.stdout.decode()


def test_text_and_jsonl_together_is_an_error() -> None:
    done = guard("text", "--jsonl", "-")
    assert done.returncode == 2
    assert "either one reply text or --jsonl" in done.stderr.decode()
