"""Keep secrets out of logs: a logging filter that replaces every secret value from the
environment with [redacted], whatever logger or library wrote the record."""

from __future__ import annotations

import logging

from slack_app.config import Environment


class RedactSecrets(logging.Filter):
    """Replaces every secret value from the environment with [redacted] in log records."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self.secrets = sorted((s for s in secrets if len(s) >= 6), key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in self.secrets:
            redacted = redacted.replace(secret, "[redacted]")
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
