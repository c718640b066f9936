"""Settings and .env faults through the real `review-assistant` command: one line naming the
file and the fix, exit 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CLI = str(Path(sys.executable).with_name("review-assistant"))


def run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run([CLI, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.parametrize("command", [["poll", "--once"], ["audit"], ["doctor"], ["run"]])
def test_a_config_folder_is_named_not_a_traceback(tmp_path, command):
    result = run_cli([*command, "--config", str(tmp_path)], tmp_path)

    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr + result.stdout
    assert f"{tmp_path}: is a folder, not a settings file" in result.stderr + result.stdout


@pytest.mark.parametrize("command", [["poll", "--once"], ["audit"], ["draft", "Nice place"]])
def test_a_dot_env_that_is_not_utf8_is_one_line(tmp_path, command):
    (tmp_path / ".env").write_bytes(b"SLACK_BOT_TOKEN=caf\xe9\n")

    result = run_cli(command, tmp_path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"{tmp_path / '.env'}: not UTF-8 text; save it as UTF-8\n"
