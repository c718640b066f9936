"""Reading the settings file: where it is, TOML, and a validation error described key by key
(a location by its place in the file and its name), each with its fix."""

from __future__ import annotations

import difflib
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from slack_app.config.offices import location_label
from slack_app.config.sections import Section
from slack_app.config.settings import Settings
from slack_app.environment import process_environment
from slack_app.errors import SettingsError

CONFIG_ENV = "REVIEW_ASSISTANT_CONFIG"
DEFAULT_CONFIG_NAME = "review-assistant.toml"


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    """The key names allowed next to the unknown key at `loc` (for a "did you mean")."""
    model: Any = Settings
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field_info = getattr(model, "model_fields", {}).get(part)
        if field_info is None:
            return []
        annotation = field_info.annotation
        model = next(
            (a for a in (annotation, *getattr(annotation, "__args__", ())) if _is_section(a)),
            None,
        )
        if model is None:
            return []
    return [name for name in getattr(model, "model_fields", {}) if name != "source_path"]


def _is_section(candidate: Any) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, Section)


def _key_name(loc: tuple[Any, ...], data: Any) -> str:
    """("locations", 1, "phone") -> "locations[2] (Oak Park).phone": a location by its place
    in the file and its name, so a group with forty offices knows which one to fix."""
    if len(loc) >= 2 and loc[0] == "locations" and isinstance(loc[1], int):
        blocks = data.get("locations") if isinstance(data, dict) else None
        block = blocks[loc[1]] if isinstance(blocks, list) and loc[1] < len(blocks) else {}
        name = block.get("name") if isinstance(block, dict) else None
        return ".".join([location_label(loc[1], name), *(str(part) for part in loc[2:])])
    return ".".join(str(part) for part in loc)


def _describe(error: ValidationError, source: str, data: Any = None) -> str:
    lines = [f"{source}: the settings are not usable:"]
    for item in error.errors():
        key = _key_name(tuple(item["loc"]), data)
        if not key:  # a check across sections (two offices with one Google location)
            lines.append(f"  - {item['msg']}")
            continue
        kind = item["type"]
        if kind == "extra_forbidden":
            known = _known_keys(tuple(item["loc"]))
            close = difflib.get_close_matches(str(item["loc"][-1]), known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            allowed = f"; allowed here: {', '.join(known)}" if known else ""
            lines.append(f"  - {key}: unknown key{hint}; remove it or check its spelling{allowed}")
        elif kind == "missing":
            lines.append(f"  - {key}: missing; add it (see `review-assistant init`)")
        elif kind == "string_type":
            lines.append(
                f'  - {key}: must be text in double quotes, e.g. {key.rsplit(".", 1)[-1]} = "..."'
            )
        elif kind == "list_type":
            lines.append(
                f"  - {key}: must be a list in square brackets, e.g. "
                f'{key.rsplit(".", 1)[-1]} = ["..."]'
            )
        elif kind == "string_too_short":
            lines.append(f"  - {key}: is empty; fill it in")
        else:
            lines.append(f"  - {key}: {item['msg']}")
    return "\n".join(lines)


def parse_settings(text: str, source: str = "<settings>") -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{source}: not valid TOML ({exc}); fix the syntax there") from exc
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise SettingsError(_describe(exc, source, data)) from exc
    return settings.model_copy(update={"source_path": source})


def config_path(explicit: str | None = None) -> Path:
    return Path(
        explicit or process_environment().get(CONFIG_ENV) or DEFAULT_CONFIG_NAME
    ).expanduser()


def load_settings(explicit: str | None = None) -> Settings:
    """Read the settings file named by `--config`, `$REVIEW_ASSISTANT_CONFIG` or the default.
    A relative `database.path` is taken from the settings file's folder, not the current one,
    so every command finds the same database wherever it is started."""
    path = config_path(explicit)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise SettingsError(
            f"{path}: settings file not found; create one with `review-assistant init` "
            f"or point --config / ${CONFIG_ENV} at it"
        ) from exc
    except IsADirectoryError as exc:
        raise SettingsError(
            f"{path}: is a folder, not a settings file; point --config / ${CONFIG_ENV} at "
            f"the file itself (e.g. {path / DEFAULT_CONFIG_NAME})"
        ) from exc
    except PermissionError as exc:
        raise SettingsError(
            f"{path}: permission denied; let the user running review-assistant read it "
            "(e.g. chmod 640 and the right group)"
        ) from exc
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{path}: not UTF-8 text; save it as UTF-8") from exc
    settings = parse_settings(text, str(path))
    database = Path(settings.database.path).expanduser()
    if not database.is_absolute():
        database = path.resolve().parent / database
        settings = settings.model_copy(
            update={"database": settings.database.model_copy(update={"path": str(database)})}
        )
    return settings
