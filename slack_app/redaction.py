"""Keep secrets out of logs and stored text: `redact(text, secrets)` replaces every secret
value with [redacted]; a logging filter applies it to every record, whatever logger or library
wrote it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slack_app.config import Environment

REDACTED = "[redacted]"
# Shorter values are not treated as secrets: replacing them would mangle ordinary text.
MIN_SECRET_LENGTH = 6


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret value replaced by [redacted]; longest first, so a secret that
    contains another is replaced whole."""
    values = {secret for secret in secrets if len(secret) >= MIN_SECRET_LENGTH}
    for secret in sorted(values, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


class RedactSecrets(logging.Filter):
    """Replaces every secret value from the environment with [redacted] in log records."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= MIN_SECRET_LENGTH]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = redact(message, self.secrets)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def install_redaction(env: Environment) -> RedactSecrets:
    """Attach the redacting filter to every handler of the root logger, replacing one
    installed before (so calling it again with another environment does not stack)."""
    secret_filter = RedactSecrets(env.secrets())
    for handler in logging.getLogger().handlers:
        for old in [f for f in handler.filters if isinstance(f, RedactSecrets)]:
            handler.removeFilter(old)
        handler.addFilter(secret_filter)
    return secret_filter


def remove_redaction(secret_filter: RedactSecrets) -> None:
    for handler in logging.getLogger().handlers:
        handler.removeFilter(secret_filter)
