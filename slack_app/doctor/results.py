"""What a check returns, and how its text is made safe to print."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

from slack_app.config import Environment

Status = Literal["ok", "warn", "fail", "unreachable", "skip"]

OPS = "docs/operations.md"


@dataclass(frozen=True)
class CheckResult:
    area: str  # "Settings", "Slack", "Google", "Yelp", "Model", "Guardrail"
    name: str
    status: Status
    detail: str = ""
    fix: str = ""
    required: bool = True

    @property
    def failed(self) -> bool:
        """A required check that failed or could not be confirmed."""
        return self.required and self.status in ("fail", "unreachable")

    def to_dict(self) -> dict:
        return {**asdict(self), "failed": self.failed}


def exit_code(results: Iterable[CheckResult]) -> int:
    return 1 if any(result.failed for result in results) else 0


def first_line(text: str) -> str:
    return text.strip().splitlines()[0][:300] if text.strip() else ""


def findings_text(findings) -> str:
    return ", ".join(f"{f.rule} ({f.excerpt!r})" for f in findings[:3]) or "blocked"


_SECRETISH = re.compile(r"(xox[abpe][.-][\w-]+|xapp-[\w-]+|sk-[\w-]{8,})")


def redact(text: str, env: Environment) -> str:
    """Remove any secret value (and anything shaped like a token) from text meant for output."""
    for secret in env.secrets():
        # Placeholder keys ("x", "none") for local model servers are not secrets, and
        # replacing every "x" would garble the output.
        if len(secret) >= 8:
            text = text.replace(secret, "<redacted>")
    return _SECRETISH.sub("<redacted>", text)
