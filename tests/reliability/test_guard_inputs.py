"""`review-assistant guard` against hostile and broken input, driven as a real subprocess:
every bad input is one line naming the line and the problem, exit 2, no traceback; memory
stays bounded for a reply far over the length limit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRACTICE = {"name": "Lakeside Dental", "phone": "(555) 014-2290",
            "email": "frontdesk@lakesidedental.example"}
GOOD = json.dumps({"id": "ok", "reply": "Thanks for the feedback. Call (555) 014-2290.",
                   "practice": PRACTICE})


def guard(*args: str | bytes, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "slack_app.cli.guard", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120, check=False)


def assert_one_clear_line(done: subprocess.CompletedProcess[bytes], *words: str) -> str:
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err, err
    assert done.stdout == b"", "bad input must not produce partial output"
    return err


BAD_LINES = [
    ("nesting depth 100k", "[" * 100_000 + "]" * 100_000, ["line 2", "nested too deeply"]),
    ("lone surrogate in reply", '{"id": "x", "reply": "Thanks \\ud800 there"}',
     ["line 2", '"reply"', "surrogate"]),
    ("lone surrogate in id", '{"id": "x\\udfff", "reply": "Thanks"}',
     ["line 2", '"id"', "surrogate"]),
    ("lone surrogate in practice", '{"id": "x", "reply": "Thanks", '
     '"practice": {"name": "Lake\\ud83dside"}}', ["line 2", '"practice.name"', "surrogate"]),
    ("lone surrogate in review", '{"id": "x", "reply": "Thanks", "review": "\\udc00"}',
     ["line 2", '"review"', "surrogate"]),
    ("a number too long to read", '{"id": ' + "9" * 5000 + ', "reply": "Thanks"}',
     ["line 2", "number too long"]),
    ("not an object", "[1, 2]", ["line 2", "expected a JSON object"]),
    ("signoff names not strings", '{"reply": "Hi", "practice": {"signoff_names": [1]}}',
     ["line 2", "signoff_names"]),
]


@pytest.mark.parametrize(("label", "line", "words"), BAD_LINES, ids=[b[0] for b in BAD_LINES])
def test_each_bad_line_is_named_and_nothing_is_judged(label: str, line: str,
                                                      words: list[str]) -> None:
    # A good line first: the bad one must still stop the batch before any output.
    done = guard("--jsonl", "-", stdin=(GOOD + "\n" + line + "\n").encode("utf-8"))
    assert_one_clear_line(done, *words)


def test_bytes_that_are_not_utf8_in_a_file(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_bytes(GOOD.encode() + b'\n{"reply": "caf\xe9"}\n')
    assert_one_clear_line(guard("--jsonl", str(path)), "line 2", "not UTF-8")


@pytest.mark.parametrize("option", [None, "--review", "--reviewer-name"])
def test_invalid_utf8_on_the_command_line(option: str | None) -> None:
    bad = b"Thanks \xff\xfe for coming"
    args = [bad] if option is None else ["Thanks. Call (555) 014-2290.", option, bad]
    err = assert_one_clear_line(guard(*args), "not valid UTF-8")
    assert (option or "reply") in err


def test_a_byte_order_mark_before_the_first_line_is_fine() -> None:
    done = guard("--jsonl", "-", stdin=b"\xef\xbb\xbf" + GOOD.encode() + b"\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["passed"] is True


def test_a_50_mb_reply_is_blocked_in_bounded_memory(tmp_path: Path) -> None:
    """Far over Google's 4,096-byte limit: blocked by `length` after checking only its head,
    in memory a few times the input (it was 33 times before), with a short excerpt."""
    size = 50 * 1024 * 1024
    unit = "We read every note from our community with care. "
    reply = (unit * (size // len(unit) + 1))[:size]
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "reply": reply, "practice": PRACTICE}) + "\n",
                    encoding="utf-8")
    del reply
    # A fresh parent process, so the peak memory read is this child's alone.
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-m', 'slack_app.cli.guard', '--jsonl', "
        f"{str(path)!r}], capture_output=True)\n"
        "sys.stdout.buffer.write(done.stdout)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, cwd=ROOT,
                          timeout=300, check=True)
    *lines, status = done.stdout.decode().splitlines()
    returncode, peak_kib = map(int, status.split())
    assert returncode == 0
    (verdict,) = [json.loads(line) for line in lines]
    assert verdict["passed"] is False
    length = [f for f in verdict["findings"] if f["rule"] == "length"]
    assert length and len(length[0]["excerpt"]) <= 1000
    assert len(lines[0]) < 100_000, "the output line must not carry the reply back"
    assert peak_kib * 1024 < 6 * size, f"peak {peak_kib // 1024} MB for a 50 MB reply"
