"""Drafting's data types: what a drafter is asked, what it answers, what the loop returns."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from slack_app.redaction import redact

if TYPE_CHECKING:
    from guardrails import Finding, Verdict
    from slack_app.config import Practice
    from slack_app.models import Review

# Machine-written drafts are stored with this author; a person's edits carry their user id.
MACHINE_AUTHOR = "review-assistant"

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}

# A failure's description is stored with the attempt, put in the audit log and printed:
# whatever an upstream answered, it is one line of at most this many characters.
MAX_FAILURE_CHARS = 300
_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def failure_text(text: str, secrets: Iterable[str] = (), *, limit: int = MAX_FAILURE_CHARS) -> str:
    """`text` fit to store, print and log: every secret value replaced by [redacted] (before
    anything is cut, so no part of one survives), control, format and invalid characters
    dropped, whitespace collapsed to single spaces, at most `limit` characters."""
    text = redact(str(text), secrets)[: limit * 4]
    text = "".join(
        " " if unicodedata.category(char) in _UNPRINTABLE else char for char in text
    )
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


class DraftingError(Exception):
    """A drafter could not produce a usable reply text.

    `kind` says why, for people and for the loop: "refusal", "truncated", "malformed-output",
    "content-filter" (the model answered but the answer is unusable: try again), or
    "rate-limited", "timeout", "connection", "server-error", "api-error", "bad-response"
    (the service's HTTP answer is not a chat completion at all), "unavailable" (skipped: the
    service failed again and again just now), "unexpected" (a bug in the drafter): stop
    asking it; `fatal` is True.

    `message` is always one bounded line (`failure_text`); a drafter that holds secrets
    removes them before raising.
    """

    FATAL_KINDS = frozenset(
        {
            "rate-limited",
            "timeout",
            "connection",
            "server-error",
            "api-error",
            "bad-response",
            "unavailable",
            "unexpected",
        }
    )

    def __init__(
        self,
        kind: str,
        message: str,
        *,
        usage: dict[str, int] | None = None,
        prompt_version: str = "",
    ) -> None:
        message = failure_text(message)
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.usage = dict(usage or {})
        self.prompt_version = prompt_version

    @property
    def fatal(self) -> bool:
        return self.kind in self.FATAL_KINDS

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


@dataclass(frozen=True)
class DraftRequest:
    """Everything a drafter may use. `previous_text`/`findings` are set for a repair."""

    review: Review
    practice: Practice
    language: str  # "en" | "es": the language the reply must be written in
    attempt: int = 1
    instruction: str | None = None  # an approver's hint ("shorter", "warmer", ...)
    previous_text: str | None = None
    findings: tuple[Finding, ...] = ()
    problem: str | None = None  # why the previous answer was unusable (refusal, truncated, ...)
    variant: int = 0  # bumped by a regenerate so the template backend picks another text
    # The office's latest reply texts (newest first): the template backend never repeats one.
    recent: tuple[str, ...] = ()

    @property
    def is_repair(self) -> bool:
        return self.previous_text is not None and bool(self.findings)


@dataclass(frozen=True)
class DraftOutput:
    text: str
    model: str
    prompt_version: str
    usage: dict[str, int] = field(default_factory=dict)


class Drafter(Protocol):
    """Writes one reply text for a request, or raises DraftingError."""

    backend: str  # "openai" | "template"
    model: str

    def draft(self, request: DraftRequest) -> DraftOutput: ...


@dataclass(frozen=True)
class DraftAttempt:
    """One try: the text (empty when the drafter failed), its verdict or its error."""

    number: int
    role: str  # "draft" | "repair" | "fallback"
    backend: str
    model: str
    prompt_version: str
    language: str
    text: str
    verdict: Verdict | None
    usage: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    error_kind: str | None = None
    instruction: str | None = None
    author: str = MACHINE_AUTHOR

    @property
    def passed(self) -> bool:
        return self.verdict is not None and self.verdict.passed

    @property
    def findings(self) -> list[dict[str, Any]]:
        return [f.to_dict() for f in self.verdict.findings] if self.verdict else []

    def to_row(self) -> dict[str, Any]:
        """The row `store.save_draft(store, key, row)` takes."""
        return {
            "text": self.text,
            "backend": self.backend,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "passed": self.passed,
            "findings": self.findings,
            "usage": {**self.usage, **({"error": self.error} if self.error else {})},
            "instruction": self.instruction or "",
            "author": self.author,
            "language": self.language,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "role": self.role,
            "backend": self.backend,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "language": self.language,
            "text": self.text,
            "passed": self.passed,
            "findings": self.findings,
            "usage": dict(self.usage),
            "error": self.error,
            "error_kind": self.error_kind,
        }


@dataclass(frozen=True)
class DraftResult:
    """The accepted reply (the last attempt) and every attempt that led to it, in order.

    `passed` is False only when not even a template passed the guardrail (e.g. the practice
    has neither phone nor email configured); such a text must never be posted as is.
    """

    attempts: tuple[DraftAttempt, ...]
    fallback_reason: str | None = None  # why the template backend wrote it, if it did

    @property
    def accepted(self) -> DraftAttempt:
        return self.attempts[-1]

    @property
    def text(self) -> str:
        return self.accepted.text

    @property
    def backend(self) -> str:
        return self.accepted.backend

    @property
    def model(self) -> str:
        return self.accepted.model

    @property
    def language(self) -> str:
        return self.accepted.language

    @property
    def verdict(self) -> Verdict | None:
        return self.accepted.verdict

    @property
    def passed(self) -> bool:
        return self.accepted.passed

    @property
    def llm_calls(self) -> int:
        """HTTP requests made to the model service, retries included."""
        return sum(a.usage.get("requests", 0) for a in self.attempts if a.backend != "template")

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "backend": self.backend,
            "model": self.model,
            "language": self.language,
            "passed": self.passed,
            "verdict": self.verdict.to_dict() if self.verdict else None,
            "fallback_reason": self.fallback_reason,
            "llm_calls": self.llm_calls,
            "attempts": [a.to_dict() for a in self.attempts],
        }
