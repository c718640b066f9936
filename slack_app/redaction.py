"""Keep secrets out of everything the app writes: logs, the database, the terminal.

One redactor per process. `configure_logging(env, level)` (called by the CLI before any
subcommand runs) tells it every configured secret (`Environment.secrets()`) and sends every
log record, traceback and stack included, through it. The store passes the text it writes
through `redact()`, and the CLI wraps stdout and stderr in `RedactingStream`, so a secret an
upstream echoes back is replaced by [redacted] wherever it would have gone.

Besides the configured values (and their URL- and JSON-escaped forms) it removes what is
derived from them or shaped like a credential: `Authorization: Bearer ...`, `key=` and
`access_token=` in URLs and JSON, Slack, OpenAI and Google token shapes (e.g. the Google
access token the refresh token buys, which is never configured).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
from collections.abc import Iterable
from typing import Any, Protocol
from urllib.parse import quote, quote_plus

REDACTED = "[redacted]"
# Shorter values are not treated as secrets: replacing them would mangle ordinary text (a
# local model server's placeholder key "x", say).
MIN_SECRET_LENGTH = 6

_TOKEN = r"[A-Za-z0-9._~+/-]"
# Each alternative keeps its `(?P<keepN>...)` prefix (the name of what follows) and redacts
# the rest; the alternatives without a prefix are credentials by their shape alone.
_CREDENTIAL_PATTERNS = (
    # Authorization: Bearer <token> / Basic <base64>; a token has a digit or is long.
    rf"(?P<keep1>(?i:\b(?:bearer|basic))[ \t]+)(?={_TOKEN}*\d|{_TOKEN}{{20}}){_TOKEN}{{8,}}=*",
    # a header or field naming a credential, with a bare value
    r"(?P<keep2>(?i:\b(?:proxy-)?authorization|\bx-api-key|\bx-goog-api-key|\bapi-key)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?)(?!(?i:bearer|basic)\b)"
    r"(?=[^\s\"',;&]*\d|[^\s\"',;&]{20})[^\s\"',;&]{6,}",
    # "access_token": "..." in JSON (double or single quotes)
    r"(?P<keep3>(?P<quote>[\"'])(?i:access_token|refresh_token|id_token|client_secret|api_?key"
    r"|apikey|app_token|token|password|secret|ticket)(?P=quote)[ \t]*:[ \t]*(?P=quote))"
    r"[^\"'\s]+",
    # access_token=... in a URL, a form body or prose
    r"(?P<keep4>\b(?i:access_token|refresh_token|id_token|client_secret|api_?key|apikey"
    r"|app_token|password)=)[^\s&#\"']+",
    # ?key=... and &token=... in a URL (too common as words elsewhere)
    r"(?P<keep5>[?&](?i:key|token|secret|sig|signature|ticket)=)[^\s&#\"']+",
    # shapes: Slack tokens, OpenAI keys, Google access/refresh tokens, API keys, client secrets
    r"\bxox[abeoprs]-[A-Za-z0-9-]{8,}",
    r"\bxoxe\.xox[bp]-[A-Za-z0-9-]{8,}",
    r"\bxapp-[A-Za-z0-9-]{8,}",
    r"\bsk-[A-Za-z0-9_-]{16,}",
    r"\bya29\.[A-Za-z0-9._-]{8,}",
    r"\b1//0[A-Za-z0-9_-]{16,}",
    r"\bAIza[A-Za-z0-9_-]{35}",
    r"\bGOCSPX-[A-Za-z0-9_-]{16,}",
)
# At least one of these (lower-cased) is in any text a pattern above matches: text without
# any of them (most text) is passed through without running the regular expression.
_TRIGGERS = (
    "bearer", "basic", "authorization", "api-key", "api_key", "apikey", "token", "secret",
    "password", "ticket", "key=", "sig", "xox", "xapp-", "sk-", "ya29.", "1//0", "aiza",
    "gocspx-",
)


def _variants(secret: str) -> set[str]:
    """The forms a secret takes in echoed text: as is, URL-encoded, JSON-escaped."""
    return {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}


class Redactor:
    """Replaces configured secrets and credential-shaped text with [redacted], in one pass."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = frozenset(s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH)
        values: set[str] = set()
        for secret in self.secrets:
            values |= _variants(secret)
        # Longest first, so a secret that contains another is replaced whole.
        literal = [re.escape(value) for value in sorted(values, key=len, reverse=True)]
        self._pattern = re.compile("|".join([*literal, *_CREDENTIAL_PATTERNS]))
        self._triggers = (*_TRIGGERS, *{value.lower() for value in values})

    def __call__(self, text: str) -> str:
        lowered = text.lower()
        if not any(trigger in lowered for trigger in self._triggers):
            return text
        return self._pattern.sub(_replace, text)


def _replace(match: re.Match) -> str:
    for name in ("keep1", "keep2", "keep3", "keep4", "keep5"):
        kept = match.group(name)
        if kept is not None:
            return kept + REDACTED
    return REDACTED


_process = Redactor()  # replaced whole (one assignment), never changed in place


def install_secrets(secrets: Iterable[str]) -> Redactor:
    """Make `secrets` the configured secrets of this process (replacing earlier ones)."""
    global _process
    _process = Redactor(secrets)
    return _process


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every secret of this process, every one of `secrets` and every
    credential-shaped string replaced by [redacted]."""
    extra = {s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH} - _process.secrets
    return Redactor([*_process.secrets, *extra])(text) if extra else _process(text)


def redact_values(value: Any) -> Any:
    """`value` (JSON-like: dicts, lists, strings) with `redact` applied to every string in
    it, keys included; numbers and the structure stay as they are."""
    if isinstance(value, str):
        return _process(value)
    if isinstance(value, dict):
        return {redact_values(k): redact_values(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_values(item) for item in value]
    return value


# -- logs ------------------------------------------------------------------------------------

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """Formats a record with `inner` (message, traceback, stack), then redacts the result:
    a secret inside an exception's text or a library's debug line is caught too."""

    def __init__(self, inner: logging.Formatter | None = None) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()  # what logging uses when none is set

    def format(self, record: logging.LogRecord) -> str:
        return _process(self.inner.format(record))


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (the CLI's redacting wrapper, a test's
    capture), never to a stream closed since."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


class HasSecrets(Protocol):
    def secrets(self) -> list[str]: ...


def configure_logging(env: HasSecrets, level: str | int = "WARNING") -> Redactor:
    """The one logging set-up of every command: the environment's secrets are redacted from
    every record of every handler, records at `level` and above go to stderr, uncaught
    exceptions (main thread and others) are logged the same way. Calling it again replaces
    what an earlier call set up."""
    redactor = install_secrets(env.secrets())
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(handler)
    root.addHandler(_StderrHandler())
    root.setLevel(level.upper() if isinstance(level, str) else level)
    for handler in _all_handlers():
        if not isinstance(handler.formatter, RedactingFormatter):
            handler.setFormatter(RedactingFormatter(handler.formatter))
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    return redactor


def _all_handlers() -> list[logging.Handler]:
    loggers = [logging.getLogger()] + [
        item for item in logging.Logger.manager.loggerDict.values()
        if isinstance(item, logging.Logger)
    ]
    return [handler for logger in loggers for handler in logger.handlers]


def _log_uncaught(kind, value, traceback) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    logging.getLogger("review-assistant").critical(
        "uncaught exception", exc_info=(kind, value, traceback)
    )


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    logging.getLogger("review-assistant").critical(
        "uncaught exception in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


# -- the terminal ----------------------------------------------------------------------------


class RedactingStream:
    """A text stream that redacts whole lines before passing them on (a secret never spans
    a line, so one split across two writes is still caught); `flush` passes on a partial
    line, e.g. a prompt or a progress bar."""

    def __init__(self, stream: Any) -> None:
        self.wrapped = stream
        self._pending = ""
        self._lock = threading.Lock()  # the poller thread and Bolt's threads print too

    def write(self, text: str) -> int:
        with self._lock:
            buffered = self._pending + text
            head, newline, self._pending = buffered.rpartition("\n")
            if newline:
                self.wrapped.write(_process(head + newline))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        with self._lock:
            if self._pending:
                pending, self._pending = self._pending, ""
                self.wrapped.write(_process(pending))
        self.wrapped.flush()

    def __getattr__(self, name: str) -> Any:  # encoding, isatty, fileno, reconfigure, ...
        return getattr(self.wrapped, name)
