"""The OpenAI backend: any OpenAI-compatible chat completions server (OpenAI itself, or an
on-premise model server through OPENAI_BASE_URL).

The client's own retries are off (`max_retries=0`) so they cannot stack with tenacity's:
rate limits, timeouts, connection errors and 5xx answers are retried here with exponential
backoff and jitter (honouring Retry-After, capped). The answer's body is read raw and checked
here (the SDK hands back a bare string for a non-JSON body and builds objects from any JSON
without checking them), so whatever a server sends, every problem becomes a DraftingError
whose `kind` says what happened and whose message names it, with the key and any other
configured secret removed.

A circuit breaker keeps a service that is down from costing every review its full retry wait:
after `CircuitBreaker.threshold` drafts in a row fail in transport (timeout, no connection,
5xx, rate limit), the model is skipped for `cooldown` seconds (a DraftingError of kind
"unavailable", so the loop goes straight to the templates), which is logged once. The poll
cycle builds one drafter per cycle, so each cycle asks the service again.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from slack_app.drafting.core import DraftingError, DraftOutput, DraftRequest, failure_text
from slack_app.drafting.prompts import PromptSet
from slack_app.redaction import redact

REPLY_SCHEMA: dict[str, Any] = {
    "name": "review_reply",
    "strict": True,
    "schema": {
        "type": "object",
        "properties": {
            "reply": {
                "type": "string",
                "description": "The public reply text, plain text, 300-600 characters.",
            }
        },
        "required": ["reply"],
        "additionalProperties": False,
    },
}
log = logging.getLogger(__name__)

MAX_COMPLETION_TOKENS = 600
_FENCE = re.compile(r"\A```(?:json)?\s*(.*?)\s*```\Z", re.DOTALL)
SHOWN_CHARS = 80  # how much of an unusable answer a failure message quotes


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry transient failures (tests make these tiny).

    The defaults are the OpenAI SDK's own (three requests, half a second doubling): a review
    whose model service stays down gets a template draft, so waiting longer buys little.
    """

    attempts: int = 3  # requests in all, the first included
    initial_wait: float = 0.5
    max_wait: float = 20.0
    jitter: float = 0.5
    sleep: Callable[[float], None] = time.sleep  # tests record the waits instead


# Failures that say the service is down or overloaded (not that its answer was unusable).
TRANSPORT_KINDS = frozenset({"timeout", "connection", "server-error", "rate-limited"})
# Failures that say the service does not work as configured: what a source alert reports.
SERVICE_KINDS = TRANSPORT_KINDS | {"api-error", "bad-response"}


class CircuitBreaker:
    """Open after `threshold` transport failures in a row; stays open `cooldown` seconds.
    Thread-safe: Bolt's lazy listeners and the poller may share a drafter."""

    def __init__(
        self,
        threshold: int = 2,
        cooldown: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self.clock = clock
        self._failures = 0
        self._open_until = 0.0
        self._lock = threading.Lock()

    def remaining(self) -> float:
        """Seconds the model is still skipped for (0: ask it)."""
        with self._lock:
            return max(0.0, self._open_until - self.clock())

    def failed(self) -> bool:
        """Count a transport failure; True when this one opened the breaker."""
        with self._lock:
            self._failures += 1
            if self._failures < self.threshold or self._open_until > self.clock():
                return False
            self._open_until = self.clock() + self.cooldown
            self._failures = 0
            return True

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0


class _Message(BaseModel):
    content: str | None = None
    refusal: str | None = None


class _Choice(BaseModel):
    message: _Message
    finish_reason: str | None = None


class _Completion(BaseModel):
    """The parts of a chat.completion this backend reads; other fields are ignored."""

    choices: list[_Choice]
    # Bookkeeping, read leniently: an odd model name or token count must not cost a good reply.
    model: Any = None
    usage: Any = None


def _retry_after(exc: BaseException | None) -> float:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return 0.0
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return max(0.0, float(value) * scale)
            except ValueError:
                continue  # an HTTP-date: fall back to our own backoff
    return 0.0


def _token_counts(usage: Any) -> dict[str, int]:
    if not isinstance(usage, dict):
        return {}
    counts = {}
    for name in ("prompt_tokens", "completion_tokens", "total_tokens"):
        value = usage.get(name)
        counts[name] = value if isinstance(value, int) and not isinstance(value, bool) else 0
    return counts


def _json_kind(value: Any) -> str:
    names = {str: "a string", list: "a list", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else "an object")


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]


class OpenAIDrafter:
    backend = "openai"

    def __init__(
        self,
        *,
        api_key: str,
        model: str,
        base_url: str | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        prompts: PromptSet | None = None,
        secrets: Iterable[str] = (),
        breaker: CircuitBreaker | None = None,
    ) -> None:
        """`secrets`: every other value that must never appear in what this drafter reports
        (the API key always is one), e.g. `Environment.secrets()`."""
        import openai  # heavy: imported only when this backend is used

        self._openai = openai
        self.breaker = breaker or CircuitBreaker()
        # What this drafter saw of the service (drafts that worked, service failures): the
        # poll cycle tells the review channel when the model stops working.
        self.drafts_ok = 0
        self.service_failures = 0
        self.last_service_problem = ""
        self.model = model
        self.retry = retry or RetryPolicy()
        self.prompts = prompts or PromptSet.load()
        self._secrets = (api_key, *secrets)
        self.client = openai.OpenAI(
            api_key=api_key,
            base_url=base_url or None,
            max_retries=0,
            timeout=timeout,
        )

    def __repr__(self) -> str:  # never show the key
        return f"OpenAIDrafter(model={self.model!r}, base_url={str(self.client.base_url)!r})"

    def _transient(self) -> tuple[type[BaseException], ...]:
        o = self._openai
        return (o.RateLimitError, o.APITimeoutError, o.APIConnectionError, o.InternalServerError)

    def _wait(self, state: Any) -> float:
        from tenacity import wait_exponential_jitter

        backoff = wait_exponential_jitter(
            multiplier=self.retry.initial_wait, max=self.retry.max_wait, jitter=self.retry.jitter
        )(state)
        hinted = _retry_after(state.outcome.exception() if state.outcome else None)
        return min(max(backoff, hinted), self.retry.max_wait)

    def _failure(
        self, kind: str, message: str, usage: dict[str, int], prompt_version: str
    ) -> DraftingError:
        """The one place upstream text becomes a failure: secrets out, one bounded line."""
        return DraftingError(
            kind,
            failure_text(message, self._secrets),
            usage=usage,
            prompt_version=prompt_version,
        )

    def _shown(self, text: str) -> str:
        """A short quote of an unusable answer, secrets removed."""
        return repr(failure_text(text, self._secrets, limit=SHOWN_CHARS))

    def draft(self, request: DraftRequest) -> DraftOutput:
        """The reply for `request`, or a DraftingError saying what failed. Even a bug here (or
        a surprise from the SDK) is one: kind "unexpected", its cause kept for the traceback."""
        skipped_for = self.breaker.remaining()
        if skipped_for:
            raise DraftingError(
                "unavailable",
                f"the model service failed {self.breaker.threshold} times in a row; not asking "
                f"it for another {skipped_for:.0f} s",
            )
        try:
            output = self._draft(request)
        except DraftingError as exc:
            self._count_failure(exc)
            raise
        except Exception as exc:
            message = f"the openai backend broke: {type(exc).__name__}: {exc}"
            raise self._failure("unexpected", message, {}, "") from exc
        self.breaker.succeeded()
        self.drafts_ok += 1
        return output

    def _count_failure(self, exc: DraftingError) -> None:
        if exc.kind in SERVICE_KINDS:
            self.service_failures += 1
            self.last_service_problem = exc.message
        if exc.kind in TRANSPORT_KINDS and self.breaker.failed():
            log.warning(
                "the model service failed %d times in a row (%s); drafting from the templates "
                "for the next %g s",
                self.breaker.threshold,
                exc.message,
                self.breaker.cooldown,
            )

    def service_status(self) -> tuple[bool | None, str]:
        """(works, problem) as far as this drafter has seen: None when it asked nothing, False
        with the last problem when every draft failed for the service's sake."""
        if self.drafts_ok:
            return True, ""
        if self.service_failures:
            return False, self.last_service_problem
        return None, ""

    def _draft(self, request: DraftRequest) -> DraftOutput:
        from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

        messages = self.prompts.messages(request)
        prompt_version = self.prompts.version(repair=request.is_repair)
        requests_made = 0

        def call() -> tuple[bytes, str]:
            nonlocal requests_made
            requests_made += 1
            raw = self.client.chat.completions.with_raw_response.create(
                model=self.model,
                messages=messages,
                response_format={"type": "json_schema", "json_schema": REPLY_SCHEMA},
                max_completion_tokens=MAX_COMPLETION_TOKENS,
            )
            return raw.http_response.content, raw.http_response.headers.get("content-type", "")

        retrying = Retrying(
            stop=stop_after_attempt(self.retry.attempts),
            wait=self._wait,
            retry=retry_if_exception_type(self._transient()),
            sleep=self.retry.sleep,
            reraise=True,
        )
        try:
            body, content_type = retrying(call)
        except self._openai.OpenAIError as exc:
            kind, message = self._explain(exc, requests_made)
            usage = {"requests": requests_made}
            raise self._failure(kind, message, usage, prompt_version) from None
        return self._output(body, content_type, prompt_version, requests_made)

    def _explain(self, exc: BaseException, requests_made: int) -> tuple[str, str]:
        o = self._openai
        after = f" after {requests_made} request(s)"
        if isinstance(exc, o.RateLimitError):
            return "rate-limited", f"the model service is rate limiting{after}"
        if isinstance(exc, o.APITimeoutError):
            return "timeout", f"the model service did not answer in time{after}"
        if isinstance(exc, o.APIConnectionError):
            return "connection", f"cannot reach the model service{after}"
        if isinstance(exc, o.APIStatusError):
            kind = "server-error" if exc.status_code >= 500 else "api-error"
            body = exc.body
            detail = body.get("message") if isinstance(body, dict) else body
            detail = self._shown(detail) if isinstance(detail, str) and detail.strip() else ""
            hint = {
                401: "; check OPENAI_API_KEY",
                404: "; check the model name and OPENAI_BASE_URL (it usually ends in /v1)",
            }.get(exc.status_code, "")
            return kind, (
                f"HTTP {exc.status_code} from the model service"
                + (f": {detail}" if detail else "")
                + hint
            )
        return "api-error", f"{type(exc).__name__}: {exc}"

    def _output(
        self, body: bytes, content_type: str, prompt_version: str, requests_made: int
    ) -> DraftOutput:
        usage: dict[str, int] = {"requests": requests_made}

        def unusable(kind: str, message: str) -> DraftingError:
            return self._failure(kind, message, usage, prompt_version)

        try:
            data = json.loads(body)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            if not body.strip():
                raise unusable(
                    "bad-response", "the model service answered with an empty body"
                ) from None
            shown = self._shown(body.decode("utf-8", errors="replace"))
            raise unusable(
                "bad-response",
                f"the model service's answer is not JSON ({content_type or 'no content type'}): "
                f"{shown}",
            ) from None
        if not isinstance(data, dict):
            raise unusable(
                "bad-response",
                f"the model service answered with {_json_kind(data)}, not a chat completion",
            )
        if "choices" not in data and data.get("error"):
            error = data["error"]
            detail = error.get("message") if isinstance(error, dict) else error
            raise unusable(
                "api-error", f"the model service answered with an error: {self._shown(str(detail))}"
            )
        try:
            completion = _Completion.model_validate(data)
        except ValidationError as exc:
            raise unusable(
                "bad-response",
                f"the model service's answer is not a chat completion ({_first_problem(exc)})",
            ) from None
        usage.update(_token_counts(completion.usage))
        if not completion.choices:
            raise unusable("malformed-output", "the model answered with no choices")
        choice = completion.choices[0]
        message = choice.message
        if message.refusal:
            raise unusable("refusal", f"the model refused: {message.refusal}")
        if choice.finish_reason == "length":
            raise unusable("truncated", "the reply was cut off at the output token limit")
        if choice.finish_reason == "content_filter":
            raise unusable("content-filter", "the provider's content filter stopped the reply")
        text = self._reply_text(message.content, unusable)
        model = completion.model if isinstance(completion.model, str) else ""
        return DraftOutput(
            text=redact(text, self._secrets),
            model=failure_text(model or self.model, self._secrets, limit=100),
            prompt_version=prompt_version,
            usage=usage,
        )

    def _reply_text(self, content: str | None, unusable: Callable[..., DraftingError]) -> str:
        """The `reply` string from the structured output, or a "malformed-output" failure."""
        raw = (content or "").strip()
        if fenced := _FENCE.match(raw):  # some compatible servers wrap JSON in a code fence
            raw = fenced.group(1)
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise unusable(
                "malformed-output", f"the model's answer is not JSON: {self._shown(raw)}"
            ) from None
        reply = data.get("reply") if isinstance(data, dict) else None
        if not isinstance(reply, str) or not reply.strip():
            raise unusable("malformed-output", 'the model\'s JSON has no non-empty "reply" string')
        try:
            reply.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate escaped in the JSON
            raise unusable(
                "malformed-output", "the model's reply contains an invalid character"
            ) from None
        return reply.strip()
