"""A local stand-in for an OpenAI-compatible chat completions server.

Speaks enough of the real wire format for the official `openai` client: `POST
/v1/chat/completions` and `GET /v1/models`. Answers come from a script (a queue, first in first
out); when the script is empty the default answer is used, which by default is a safe reply that
gives the practice contact found in the request's messages.

    with FakeOpenAI() as fake:                       # safe reply for any review
        fake.script(unsafe_reply(), safe_reply())    # then scripted answers, in order
        client = openai.OpenAI(api_key="test", base_url=fake.base_url, max_retries=0)
        ...
        fake.chat_bodies()                            # the JSON bodies the client sent

Answer builders: `safe_reply`, `unsafe_reply`, `reply_content` (any content string, e.g.
malformed JSON), `refusal`, `truncated`, `content_filtered`, `rate_limited`, `server_error`,
`api_error`, `slow`. An answer is a `Response` or a callable taking the `Request` and returning
a `Response`.

Faults of the service itself (what proxies, gateways and half-compatible servers send):
`raw_body` (any body and content type, sent as is), `html_page`, `empty_body`,
`string_body` (a 200 whose JSON is a bare string), `error_at_200`, `dropped` (the connection
closes without an answer), `key_echo` (an error whose message repeats the caller's API key).
`by_review` picks the answer by a marker in the review text (one fault per review).
`MODEL_FAULTS` names one answer for every kind of failure, for tests and benchmarks.

`FakeOpenAI(delay=10)` makes every default answer slow (the Slack ack benchmark uses that).
"""

from __future__ import annotations

import collections
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from typing import Any

from tests.fakes.http import FakeServer, Request, Response

Answer = Response | Callable[[Request], Response]

SAFE_REPLY_EN = (
    "Thank you for taking the time to share this. Every review is read by our office manager, "
    "and we would welcome the chance to talk with you directly. Please reach us at {contact} "
    "so we can listen and follow up personally."
)
SAFE_REPLY_ES = (
    "Gracias por tomarse el tiempo de compartir este comentario. Nuestra gerente de oficina revisa "
    "cada reseña y nos gustaría conversar con usted directamente. Puede comunicarse con nosotros "
    "en {contact} para que podamos escucharle."
)
# Confirms a patient relationship and discloses treatment: the guardrail must block it.
UNSAFE_REPLY = (
    "Thank you for your visit last Tuesday! We're so glad your root canal went smoothly and "
    "we look forward to seeing you at your next cleaning. Call us at {contact}."
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}")
_CONTACT_LINE = re.compile(r"(?im)^\s*(?:practice\s+)?(phone|email)\s*:\s*(\S.*?)\s*$")


def practice_contact(body: dict[str, Any]) -> str:
    """The practice phone (or email) named in the request's messages; a placeholder if none.

    Looks for `phone: ...` / `email: ...` lines first (the project's prompts use them), then
    for any phone number or email address in the system message.
    """
    texts = [str(m.get("content") or "") for m in body.get("messages") or []]
    for text in texts:
        for match in _CONTACT_LINE.finditer(text):
            value = match.group(2).strip()
            if value and value.lower() not in {"(none)", "none", "-"}:
                return value
    for text in texts:
        if found := _PHONE.search(text) or _EMAIL.search(text):
            return found.group(0)
    return "(555) 010-0000"


def _asks_for_spanish(body: dict[str, Any]) -> bool:
    text = " ".join(str(m.get("content") or "") for m in body.get("messages") or [])
    return bool(re.search(r"(?i)reply language:\s*(spanish|español|es\b)", text))


class FakeOpenAI:
    """A chat completions server on 127.0.0.1 with scripted answers; records every request."""

    def __init__(
        self,
        *,
        default: Answer | None = None,
        delay: float = 0.0,
        model: str | None = None,
        models: tuple[str, ...] = ("gpt-4o-mini", "gpt-4o"),
    ) -> None:
        self.server = FakeServer()
        self._default = default or safe_reply()
        self._delay = delay
        self._model = model  # None: echo the requested model, as the real API does
        self._models = models
        self._queue: collections.deque[Answer] = collections.deque()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.server.route("POST", r"/v1/chat/completions", self._chat)
        self.server.route("GET", r"/v1/models", self._list_models)

    # -- scripting -------------------------------------------------------------------------
    def script(self, *answers: Answer) -> FakeOpenAI:
        """Queue answers for the next chat requests, in order; then the default answers."""
        with self._lock:
            self._queue.extend(answers)
        return self

    def set_default(self, answer: Answer) -> None:
        self._default = answer

    def reset(self, default: Answer | None = None) -> None:
        """Forget the script and the recorded requests (reuse one server across tests)."""
        with self._lock:
            self._queue.clear()
        with self.server._lock:
            self.server.requests.clear()
        self._default = default or safe_reply()

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    # -- what arrived ----------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """What to pass as `base_url` / `OPENAI_BASE_URL` (ends in /v1 like the real one)."""
        return f"{self.server.url}/v1"

    @property
    def url(self) -> str:
        return self.server.url

    def chat_requests(self) -> list[Request]:
        return self.server.calls(r"/v1/chat/completions$", method="POST")

    def chat_bodies(self) -> list[dict[str, Any]]:
        return [request.json() for request in self.chat_requests()]

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeOpenAI:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- handlers --------------------------------------------------------------------------
    def _chat(self, request: Request) -> Response:
        if request.headers.get("authorization", "")[:7] != "Bearer ":
            return _error(401, "invalid_request_error", "No API key provided.", "invalid_api_key")
        try:
            body = request.json()
        except ValueError:
            return _error(400, "invalid_request_error", "We could not parse the JSON body.")
        if not isinstance(body, dict) or not body.get("messages") or not body.get("model"):
            return _error(400, "invalid_request_error", "'messages' and 'model' are required.")
        with self._lock:
            answer = self._queue.popleft() if self._queue else None
        scripted = answer is not None
        answer = answer if scripted else self._default
        response = answer(request) if callable(answer) else answer
        if not scripted and self._delay and not response.delay:
            response = Response(response.status, response.body, response.headers, self._delay)
        return self._finish(response, body)

    def _finish(self, response: Response, body: dict[str, Any]) -> Response:
        """Fill in the envelope fields a completion template left blank (id, model, ...)."""
        payload = response.body
        if response.status == 200 and _is_completion(payload):
            payload = {
                **payload,
                "id": payload.get("id") or f"chatcmpl-fake{next(self._ids):06d}",
                "created": payload.get("created") or int(time.time()),
                "model": payload.get("model") or self._model or body["model"],
            }
            if "usage" not in payload:
                prompt_tokens = sum(
                    len(str(m.get("content") or "")) // 4 for m in body["messages"]
                )
                content = payload["choices"][0]["message"].get("content") or ""
                completion_tokens = max(1, len(content) // 4)
                payload["usage"] = {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                }
        headers = {"x-request-id": f"req_fake{next(self._ids):06d}", **response.headers}
        return Response(response.status, payload, headers, response.delay, response.close)

    def _list_models(self, request: Request) -> Response:
        if request.headers.get("authorization", "")[:7] != "Bearer ":
            return _error(401, "invalid_request_error", "No API key provided.", "invalid_api_key")
        return Response(
            200,
            {
                "object": "list",
                "data": [
                    {"id": name, "object": "model", "created": 1715367049, "owned_by": "system"}
                    for name in self._models
                ],
            },
        )


def _is_completion(payload: Any) -> bool:
    """A completion template the fake fills in; anything else (a fault) is sent untouched."""
    choices = payload.get("choices") if isinstance(payload, dict) else None
    return (
        isinstance(choices, list)
        and bool(choices)
        and isinstance(choices[0], dict)
        and isinstance(choices[0].get("message"), dict)
    )


# -- answer builders -------------------------------------------------------------------------


def completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    refusal_text: str | None = None,
    usage: dict[str, int] | None = None,
) -> Response:
    """A 200 chat.completion body; id/created/model/usage are filled in when it is served."""
    body: dict[str, Any] = {
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content,
                    "refusal": refusal_text,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "service_tier": "default",
        "system_fingerprint": "fp_fake",
    }
    if usage is not None:
        body["usage"] = usage
    return Response(200, body)


def reply_content(content: str, **kwargs: Any) -> Answer:
    """Answer with this exact message content (e.g. malformed JSON, or JSON without `reply`)."""
    return lambda request: completion(content, **kwargs)


def reply(text: str, *, usage: dict[str, int] | None = None) -> Answer:
    """Answer with structured output `{"reply": text}`; `{contact}` becomes the practice's."""

    def answer(request: Request) -> Response:
        filled = text.replace("{contact}", practice_contact(request.json()))
        return completion(json.dumps({"reply": filled}, ensure_ascii=False), usage=usage)

    return answer


def safe_reply(text: str | None = None, *, usage: dict[str, int] | None = None) -> Answer:
    """A reply the guardrail passes, in Spanish when the prompt asks for Spanish."""
    if text is not None:
        return reply(text, usage=usage)

    def answer(request: Request) -> Response:
        template = SAFE_REPLY_ES if _asks_for_spanish(request.json()) else SAFE_REPLY_EN
        return reply(template, usage=usage)(request)

    return answer


def unsafe_reply(text: str = UNSAFE_REPLY, *, usage: dict[str, int] | None = None) -> Answer:
    """A reply the guardrail blocks (confirms a visit, names a treatment)."""
    return reply(text, usage=usage)


def refusal(text: str = "I'm sorry, but I can't help with that request.") -> Answer:
    return lambda request: completion(None, refusal_text=text)


def truncated(text: str = '{"reply": "Thank you for taking the time to share') -> Answer:
    """Output cut off at max tokens: finish_reason "length" and JSON that does not close."""
    return lambda request: completion(text, finish_reason="length")


def by_review(answers: dict[str, Answer], default: Answer | None = None) -> Answer:
    """Answer with `answers[marker]` for the first marker found in the request's messages
    (e.g. a reference written into each review's text), else `default`: one server then
    serves a different fault for every review of a poll."""
    fallback = default or safe_reply()

    def answer(request: Request) -> Response:
        messages = request.json().get("messages") or []
        text = " ".join(str(m.get("content") or "") for m in messages)
        chosen = next((a for marker, a in answers.items() if marker in text), fallback)
        return chosen(request) if callable(chosen) else chosen

    return answer


def content_filtered() -> Answer:
    return reply_content('{"reply": "Thank you for', finish_reason="content_filter")


def raw_body(
    body: str | bytes, *, status: int = 200, content_type: str = "application/json"
) -> Response:
    """Exactly these bytes with this status and content type, no envelope filled in."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Response(status, data, {"Content-Type": content_type})


NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


def html_page(status: int = 200, page: str = NGINX_502) -> Response:
    """A gateway's HTML error page (some proxies send it with status 200)."""
    return raw_body(page, status=status, content_type="text/html")


def empty_body(status: int = 200) -> Response:
    return raw_body(b"", status=status)


def string_body(text: str = "upstream connect error or disconnect/reset") -> Response:
    """A 200 whose JSON body is a bare string, not a completion object."""
    return raw_body(json.dumps(text))


def error_at_200(message: str = "The server is overloaded, please retry.") -> Response:
    """Some compatible servers report errors inside a 200 answer."""
    return Response(200, {"error": {"message": message, "type": "server_error", "code": None}})


def dropped() -> Response:
    """The connection closes before any answer (a crashed or restarting server)."""
    return Response(close=True)


def key_echo(status: int = 401) -> Answer:
    """An error whose message repeats the API key the client sent, as some servers do."""

    def answer(request: Request) -> Response:
        key = request.headers.get("authorization", "").removeprefix("Bearer ")
        return _error(
            status,
            "invalid_request_error" if status < 500 else "server_error",
            f"Incorrect API key provided: {key}. Request failed for key {key}.",
            "invalid_api_key" if status == 401 else None,
        )

    return answer


def rate_limited(retry_after: float | None = 1) -> Response:
    headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
    headers["x-ratelimit-remaining-requests"] = "0"
    return _error(
        429,
        "requests",
        "Rate limit reached for requests. Please try again shortly.",
        "rate_limit_exceeded",
        headers=headers,
    )


def api_error(status: int, message: str, code: str | None = None) -> Response:
    """A non-retryable error answer, e.g. 401 invalid key or 404 unknown model."""
    return _error(status, "invalid_request_error", message, code)


def server_error(status: int = 500) -> Response:
    return _error(status, "server_error", "The server had an error while processing your request.")


def slow(seconds: float, answer: Answer | None = None) -> Answer:
    """Answer after `seconds` (longer than the client timeout: a timeout)."""
    inner = answer or safe_reply()

    def delayed(request: Request) -> Response:
        response = inner(request) if callable(inner) else inner
        return Response(response.status, response.body, response.headers, seconds, response.close)

    return delayed


def _error(
    status: int,
    kind: str,
    message: str,
    code: str | None = None,
    *,
    headers: dict[str, str] | None = None,
) -> Response:
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return Response(status, body, dict(headers or {}))


# One answer for every kind of model failure: (what it is, the answer, the failure `kind` the
# drafting loop records). Service faults ("bad-response", "api-error", "server-error",
# "rate-limited", "timeout", "connection") end the model attempts at once; unusable answers
# ("refusal", "truncated", "content-filter", "malformed-output") are asked again.
MODEL_FAULTS: list[tuple[str, Answer, str]] = [
    ("200 text body", raw_body("Service unavailable", content_type="text/plain"), "bad-response"),
    ("200 HTML page", html_page(200), "bad-response"),
    ("200 broken JSON", raw_body('{"id": "chatcmpl-1", "choices": ['), "bad-response"),
    ("200 empty body", empty_body(), "bad-response"),
    ("200 JSON string", string_body(), "bad-response"),
    ("200 wrong shape", Response(200, {"object": "chat.completion", "choices": 1}), "bad-response"),
    ("200 deeply nested JSON", raw_body("[" * 100_000 + "]" * 100_000), "bad-response"),
    ("200 with an error", error_at_200(), "api-error"),
    ("502 HTML page", html_page(502), "server-error"),
    ("500", server_error(500), "server-error"),
    ("429", rate_limited(retry_after=0), "rate-limited"),
    ("401 bad key", api_error(401, "Incorrect API key provided."), "api-error"),
    ("404 unknown model", api_error(404, "The model does not exist."), "api-error"),
    ("timeout", slow(2.0, dropped()), "timeout"),  # with a client timeout under 2 s
    ("connection dropped", dropped(), "connection"),
    ("refusal", refusal(), "refusal"),
    ("truncated output", truncated(), "truncated"),
    ("content filter", content_filtered(), "content-filter"),
    ("reply not JSON", reply_content("Sure! Here is a reply: thanks!"), "malformed-output"),
    ("reply without its field", reply_content('{"text": "Thanks"}'), "malformed-output"),
]
