"""What a check returns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

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
