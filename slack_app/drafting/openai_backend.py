"""The OpenAI backend: any OpenAI-compatible chat completions server (OpenAI itself, or an
on-premise model server through OPENAI_BASE_URL).

The client's own retries are off (`max_retries=0`) so they cannot stack with tenacity's:
rate limits, timeouts, connection errors and 5xx answers are retried here with exponential
backoff and jitter (honouring Retry-After, capped). Every other problem becomes a
DraftingError whose `kind` says what happened.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_app.drafting.core import DraftingError, DraftOutput, DraftRequest
from slack_app.drafting.prompts import PromptSet

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
MAX_COMPLETION_TOKENS = 600
_FENCE = re.compile(r"\A```(?:json)?\s*(.*?)\s*```\Z", re.DOTALL)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry transient failures (tests make these tiny)."""

    attempts: int = 4  # requests in all, the first included
    initial_wait: float = 1.0
    max_wait: float = 20.0
    jitter: float = 1.0
    sleep: Callable[[float], None] = time.sleep  # tests record the waits instead


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
    ) -> None:
        import openai  # heavy: imported only when this backend is used

        self._openai = openai
        self.model = model
        self.retry = retry or RetryPolicy()
        self.prompts = prompts or PromptSet.load()
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

    def draft(self, request: DraftRequest) -> DraftOutput:
        from tenacity import RetryError, Retrying, retry_if_exception_type, stop_after_attempt

        messages = self.prompts.messages(request)
        prompt_version = self.prompts.version(repair=request.is_repair)
        requests_made = 0

        def call() -> Any:
            nonlocal requests_made
            requests_made += 1
            return self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                response_format={"type": "json_schema", "json_schema": REPLY_SCHEMA},
                max_completion_tokens=MAX_COMPLETION_TOKENS,
            )

        retrying = Retrying(
            stop=stop_after_attempt(self.retry.attempts),
            wait=self._wait,
            retry=retry_if_exception_type(self._transient()),
            sleep=self.retry.sleep,
            reraise=True,
        )
        try:
            completion = retrying(call)
        except RetryError as exc:  # not raised with reraise=True; kept for safety
            error = self._error(exc.last_attempt.exception(), requests_made)
            error.prompt_version = prompt_version
            raise error from exc
        except self._openai.OpenAIError as exc:
            error = self._error(exc, requests_made)
            error.prompt_version = prompt_version
            raise error from exc
        try:
            return self._output(completion, prompt_version, requests_made)
        except DraftingError as error:
            error.prompt_version = prompt_version
            raise

    def _error(self, exc: BaseException | None, requests_made: int) -> DraftingError:
        o = self._openai
        after = f" after {requests_made} request(s)"
        if isinstance(exc, o.RateLimitError):
            kind, message = "rate-limited", f"the model service is rate limiting{after}"
        elif isinstance(exc, o.APITimeoutError):
            kind, message = "timeout", f"the model service did not answer in time{after}"
        elif isinstance(exc, o.APIConnectionError):
            kind, message = "connection", f"cannot reach the model service{after}"
        elif isinstance(exc, o.APIStatusError):
            kind = "server-error" if exc.status_code >= 500 else "api-error"
            body = exc.body if isinstance(exc.body, dict) else {}
            detail = body.get("message") or exc.message
            message = f"HTTP {exc.status_code} from the model service: {detail}"
        else:
            kind, message = "api-error", f"{type(exc).__name__}: {exc}"
        return DraftingError(kind, message, usage={"requests": requests_made})

    def _output(self, completion: Any, prompt_version: str, requests_made: int) -> DraftOutput:
        usage: dict[str, int] = {"requests": requests_made}
        if completion.usage is not None:
            usage.update(
                prompt_tokens=completion.usage.prompt_tokens or 0,
                completion_tokens=completion.usage.completion_tokens or 0,
                total_tokens=completion.usage.total_tokens or 0,
            )

        def unusable(kind: str, message: str) -> DraftingError:
            return DraftingError(kind, message, usage=usage)

        if not completion.choices:
            raise unusable("malformed-output", "the model answered with no choices")
        choice = completion.choices[0]
        message = choice.message
        if getattr(message, "refusal", None):
            raise unusable("refusal", f"the model refused: {message.refusal}")
        if choice.finish_reason == "length":
            raise unusable("truncated", "the reply was cut off at the output token limit")
        if choice.finish_reason == "content_filter":
            raise unusable("content-filter", "the provider's content filter stopped the reply")
        text = parse_reply(message.content, usage)
        return DraftOutput(
            text=text,
            model=completion.model or self.model,
            prompt_version=prompt_version,
            usage=usage,
        )


def parse_reply(content: str | None, usage: dict[str, int] | None = None) -> str:
    """The `reply` string from structured output, or DraftingError("malformed-output")."""
    raw = (content or "").strip()
    if fenced := _FENCE.match(raw):  # some compatible servers wrap JSON in a code fence
        raw = fenced.group(1)
    try:
        data = json.loads(raw)
    except ValueError:
        shown = raw[:80] + ("..." if len(raw) > 80 else "")
        raise DraftingError(
            "malformed-output", f"the model's answer is not JSON: {shown!r}", usage=usage
        ) from None
    reply = data.get("reply") if isinstance(data, dict) else None
    if not isinstance(reply, str) or not reply.strip():
        raise DraftingError(
            "malformed-output", 'the model\'s JSON has no non-empty "reply" string', usage=usage
        )
    return reply.strip()
