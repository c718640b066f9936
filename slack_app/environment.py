"""The process environment the app reads secrets and endpoints from: the real environment
over `./.env` (python-dotenv), and `Environment`, what the app takes from it. Nothing here logs
or prints a secret. Standard library only at import (no pydantic): the CLI reads it before
every command."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from slack_app.errors import SettingsError

LOG_LEVEL_ENV = "REVIEW_ASSISTANT_LOG_LEVEL"  # read by the CLI (cli/__init__), like CONFIG_ENV
DOTENV_NAME = ".env"


def process_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables the app sees: `./.env` (python-dotenv) under the real environment, which
    wins. An unreadable or non-UTF-8 `.env` is a SettingsError naming the file."""
    if environ is not None:
        return dict(environ)
    path = Path(DOTENV_NAME)
    values: dict[str, str] = {}
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise SettingsError(f"{path.resolve()}: not UTF-8 text; save it as UTF-8") from exc
        except OSError as exc:
            raise SettingsError(f"{path.resolve()}: cannot be read ({exc.strerror})") from exc
        from dotenv import dotenv_values  # only when there is a .env to read

        values = {k: v for k, v in dotenv_values(stream=io.StringIO(text)).items() if v}
    return {**values, **os.environ}


@dataclass(frozen=True)
class Environment:
    """Secrets and endpoints from the environment. repr() never shows a secret."""

    slack_bot_token: str = ""
    slack_app_token: str = ""
    slack_signing_secret: str = ""
    slack_api_url: str = ""
    openai_api_key: str = ""
    openai_base_url: str = ""
    google_client_id: str = ""
    google_client_secret: str = ""
    google_refresh_token: str = ""
    google_token_uri: str = ""
    google_business_api_url: str = ""
    google_account_management_api_url: str = ""  # `review-assistant locations`
    google_business_information_api_url: str = ""
    yelp_api_key: str = ""
    yelp_api_url: str = ""
    yelp_partner_token: str = ""  # OAuth token for Yelp's Respond-to-Reviews partner API
    yelp_partner_api_url: str = ""

    SECRET_FIELDS = (
        "slack_bot_token",
        "slack_app_token",
        "slack_signing_secret",
        "openai_api_key",
        "google_client_secret",
        "google_refresh_token",
        "yelp_api_key",
        "yelp_partner_token",
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Environment:
        """From `environ`, or from the process environment over `./.env`."""
        env = process_environment(environ)
        return cls(**{name: env.get(name.upper(), "").strip() for name in cls.__dataclass_fields__})

    def secrets(self) -> list[str]:
        """Every non-empty secret value, for log redaction."""
        return [value for name in self.SECRET_FIELDS if (value := getattr(self, name))]

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={'<set>' if getattr(self, name) else '<unset>'}"
            if name in self.SECRET_FIELDS
            else f"{name}={getattr(self, name)!r}"
            for name in self.__dataclass_fields__
        )
        return f"Environment({shown})"

    __str__ = __repr__
