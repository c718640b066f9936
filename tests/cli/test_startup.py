"""The command line loads only what the command being run needs: `review-assistant guard`
starts without pydantic, Slack's SDK or the other subcommands, and the top-level help still
lists every subcommand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from slack_app.cli import SUBCOMMANDS

ROOT = Path(__file__).resolve().parents[2]
# Runs `review-assistant guard --jsonl -` in-process and prints the modules it loaded.
PROBE = """
import io, json, sys
from slack_app.cli import main
sys.stdin = io.TextIOWrapper(io.BytesIO(json.dumps(
    {"id": 1, "reply": "Thanks! Call (555) 014-2290.",
     "practice": {"phone": "(555) 014-2290"}}).encode() + b"\\n"))
out = io.BytesIO()
sys.stdout = io.TextIOWrapper(out, encoding="utf-8")
code = main(["guard", "--jsonl", "-"])
sys.stdout.flush()
sys.__stdout__.write(json.dumps({"code": code, "out": out.getvalue().decode(),
                                 "modules": sorted(sys.modules)}))
"""


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    # argparse wraps help to $COLUMNS; a wide one keeps each help text on one line whatever
    # terminal (or CI runner) the tests run in.
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=False, env=env)


def test_guard_loads_neither_pydantic_nor_slack_nor_other_subcommands() -> None:
    done = _run(PROBE)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["code"] == 0
    assert json.loads(result["out"])["passed"] is True
    modules = set(result["modules"])
    assert "slack_app.cli.guard" in modules
    heavy = {m for m in modules if m.split(".")[0] in {"pydantic", "slack_sdk", "slack_bolt",
                                                        "openai", "sqlite_utils", "matplotlib"}}
    assert not heavy
    others = {f"slack_app.cli.{module}" for module, _help in SUBCOMMANDS.values()} - {
        "slack_app.cli.guard"}
    assert not others & modules


def test_help_lists_every_subcommand() -> None:
    done = _run("import sys; from slack_app.cli import main; sys.exit(main(['--help']))")
    assert done.returncode == 0, done.stderr
    for name, (_module, help_text) in SUBCOMMANDS.items():
        assert f"{name}" in done.stdout and help_text in done.stdout, name


def test_each_subcommand_still_takes_its_own_arguments() -> None:
    for name in SUBCOMMANDS:
        done = _run("import sys; from slack_app.cli import main; sys.exit(main(sys.argv[1:]))",
                    name, "--help")
        assert done.returncode == 0, (name, done.stderr)
        assert "--log-level" in done.stdout, name
    done = _run("import sys; from slack_app.cli import main; sys.exit(main(sys.argv[1:]))",
                "guard", "--help")
    assert "--jsonl" in done.stdout and "--reviewer-name" in done.stdout
