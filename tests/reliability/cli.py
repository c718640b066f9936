"""Running the real `review-assistant` command in a subprocess against the local fakes.

    env = cli_env(**google.environ(), SLACK_BOT_TOKEN="xoxb-...", SLACK_API_URL=slack.api_url)
    config = write_config(folder, database=folder / "ra.db", locations=[("Main", loc, "")])
    proc = run_cli("poll", "--once", "--config", str(config), env=env, cwd=folder)
    assert_no_traceback(proc)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CLI = str(Path(sys.executable).with_name("review-assistant"))
PRACTICE = """
[practice]
name = "Riverside Family Dental"
phone = "(555) 014-2290"
email = "frontdesk@riversidefamilydental.example"
"""


def cli_env(**values: str) -> dict[str, str]:
    """This environment without any real credentials or settings, plus `values`."""
    prefixes = ("OPENAI_", "SLACK_", "GOOGLE_", "YELP_", "REVIEW_ASSISTANT_")
    kept = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    return {**kept, **values}


def run_cli(
    *args: str,
    env: dict[str, str],
    cwd: Path,
    timeout: float = 120,
    wrapper: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """The command's result; `wrapper` runs it through another program (e.g. setpriv)."""
    return subprocess.run(
        [*wrapper, CLI, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


def start_cli(*args: str, env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen[str]:
    """The command running in the background (to kill it with -9, or run two at once). Its
    output goes to `log`: a pipe nobody reads would stop it once full."""
    with log.open("w") as out:
        return subprocess.Popen(
            [CLI, *args], env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, text=True
        )


def kill_at(proc: subprocess.Popen, hold) -> None:
    """kill -9 the process once the fake holds its request, then let the fake go on."""
    try:
        hold.wait()
    finally:
        proc.kill()
        proc.wait(timeout=30)
        hold.release()


def write_config(
    folder: Path,
    *,
    database: Path | str,
    locations: list[tuple[str, str, str]],
    review_channel: str = "C0REVIEWS",
    risk_managers: tuple[str, ...] = (),
    risk_channel: str = "",
    backfill_days: int = 30,
    extra: str = "",
) -> Path:
    """A settings file: `locations` are (name, google_location, yelp_business_id)."""
    blocks = [
        PRACTICE,
        "[slack]",
        f'review_channel = "{review_channel}"',
        "announce_per_second = 5",
        f"risk_managers = {json.dumps(list(risk_managers))}",
        f'risk_channel = "{risk_channel}"',
        "",
        "[poll]",
        f"backfill_days = {backfill_days}",
        "",
        "[database]",
        f'path = "{database}"',
        extra,
    ]
    for name, google_location, yelp_id in locations:
        blocks += [
            "",
            "[[locations]]",
            f'name = "{name}"',
            f'google_location = "{google_location}"',
            f'yelp_business_id = "{yelp_id}"',
        ]
    config = folder / "review-assistant.toml"
    config.write_text("\n".join(blocks) + "\n", encoding="utf-8")
    return config


def output(proc: subprocess.CompletedProcess[str] | subprocess.Popen[str]) -> str:
    return f"{proc.stdout or ''}{proc.stderr or ''}"


def assert_no_traceback(*procs) -> None:
    """No Python traceback reaches the person who ran the command."""
    for proc in procs:
        assert "Traceback" not in output(proc), output(proc)
