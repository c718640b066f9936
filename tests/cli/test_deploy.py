"""The systemd unit in deploy/ runs a command that exists, with the paths the guide names."""

from __future__ import annotations

import shlex
from pathlib import Path

from slack_app.cli import SUBCOMMANDS

REPO = Path(__file__).resolve().parents[2]


def unit() -> dict[str, list[tuple[str, str]]]:
    """section -> [(key, value)] in order; systemd allows a key more than once."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in (REPO / "deploy" / "review-assistant.service").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        else:
            key, _, value = line.partition("=")
            current.append((key, value))
    return sections


def values(section: list[tuple[str, str]], key: str) -> list[str]:
    return [value for name, value in section if name == key]


def test_the_unit_runs_the_app_as_an_unprivileged_user_with_secrets_from_a_file():
    sections = unit()
    service = sections["Service"]

    command = shlex.split(values(service, "ExecStart")[0])
    assert command[0] == "/opt/review-assistant/.venv/bin/review-assistant"
    assert command[1] in SUBCOMMANDS and command[1] == "run"
    assert values(service, "User") == ["review-assistant"]
    assert values(service, "EnvironmentFile") == ["/etc/review-assistant/env"]
    assert "REVIEW_ASSISTANT_CONFIG=/etc/review-assistant/review-assistant.toml" in values(
        service, "Environment"
    )
    assert values(service, "StateDirectory") == ["review-assistant"]
    assert values(service, "Restart") == ["on-failure"]
    assert values(sections["Install"], "WantedBy") == ["multi-user.target"]


def test_the_operations_guide_uses_the_same_paths():
    guide = (REPO / "docs" / "operations.md").read_text()

    for path in ("deploy/review-assistant.service", "/etc/review-assistant/env",
                 "/var/lib/review-assistant/review-assistant.db",
                 "/etc/review-assistant/review-assistant.toml"):
        assert path in guide
