"""Settings: `review-assistant.toml` for everything that is not a secret, the environment
for secrets and base URLs. Nothing here logs or prints a secret.

Callers import everything from here (`from slack_app.config import Settings, load_settings`);
the code lives in:

    sections.py   the file's sections ([practice], [slack], [[locations]], ...) as pydantic
                  models that reject unknown keys, and the checks of their values
    offices.py    Office: a location's own contact, channel and people over [practice] and
                  [slack]; how messages name a location
    settings.py   Settings: the whole file, and the office each review belongs to (office_for)
    loading.py    where the file is, reading it, and a validation error described key by key
"""

from slack_app.config.loading import (
    CONFIG_ENV,
    DEFAULT_CONFIG_NAME,
    config_path,
    load_settings,
    parse_settings,
)
from slack_app.config.offices import Office, location_label
from slack_app.config.sections import (
    WEEKDAYS,
    DatabaseSettings,
    DigestSettings,
    DraftingSettings,
    Location,
    PollSettings,
    Practice,
    RemindersSettings,
    SlackSettings,
    TriageSettings,
    YelpSettings,
)
from slack_app.config.settings import Settings

# The environment (secrets, base URLs, ./.env) lives in a module of its own without pydantic,
# so commands that need no settings (`review-assistant guard`) start quickly.
from slack_app.environment import (
    DOTENV_NAME,
    LOG_LEVEL_ENV,
    Environment,
    process_environment,
)
from slack_app.errors import SettingsError

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_CONFIG_NAME",
    "DOTENV_NAME",
    "LOG_LEVEL_ENV",
    "WEEKDAYS",
    "DatabaseSettings",
    "DigestSettings",
    "DraftingSettings",
    "Environment",
    "Location",
    "Office",
    "PollSettings",
    "Practice",
    "RemindersSettings",
    "Settings",
    "SettingsError",
    "SlackSettings",
    "TriageSettings",
    "YelpSettings",
    "config_path",
    "load_settings",
    "location_label",
    "parse_settings",
    "process_environment",
]
