"""Reading a Slack app manifest (YAML) without a YAML library: doctor needs a few entries."""

from __future__ import annotations

from pathlib import Path


def manifest_entries(text: str, path: tuple[str, ...]) -> list[str]:
    """The value at `path` (as one entry), its flow list (`[a, b]`) or its block list
    (`- a`) in a manifest, followed by indentation; [] when the path is not there."""
    depth, indents, found = 0, [], []
    collecting: int | None = None
    skipping: int | None = None  # the indent of a key off the path: its children are skipped
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        stripped = line.strip()
        if collecting is not None:
            if stripped.startswith("- ") and indent >= collecting:
                found.append(stripped[2:].strip().strip("'\""))
                continue
            break
        if skipping is not None and indent > skipping:
            continue
        skipping = None
        while indents and indent <= indents[-1]:
            indents.pop()
            depth -= 1
        key, _, value = stripped.partition(":")
        if key.strip() != path[depth]:
            skipping = indent
            continue
        indents.append(indent)
        depth += 1
        if depth == len(path):
            value = value.strip()
            if value.startswith("["):
                return [v.strip().strip("'\"") for v in value.strip("[]").split(",") if v.strip()]
            if value:
                return [value.strip("'\"")]
            collecting = indent
    return found


def manifest_bot_scopes(text: str) -> list[str]:
    """The bot scopes in a Slack app manifest."""
    return manifest_entries(text, ("oauth_config", "scopes", "bot"))


def default_manifest_path() -> Path:
    here = Path("manifest.yml")
    return here if here.exists() else Path(__file__).resolve().parents[2] / "manifest.yml"
