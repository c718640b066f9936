"""Block Kit's parts and the text helpers every builder uses (pure functions, no I/O).

Every user-provided string (review text, reviewer name, drafts, notes) goes through `escape`
and `fit`, so it renders as text (never as a mention or link) and stays inside Block Kit's
limits: section text 3000 characters, button value 2000, header 150, input values 3000.
"""

from __future__ import annotations

from typing import Any

from slack_app.slack.blocks.ids import ACTIONS_BLOCK

SECTION_LIMIT = 3000
HEADER_LIMIT = 150
BUTTON_VALUE_LIMIT = 2000
INPUT_LIMIT = 3000

SOURCE_LABELS = {"google": "Google", "yelp": "Yelp", "manual": "Pasted review"}
SEVERITY_ICONS = {"block": ":no_entry:", "warn": ":warning:"}


def escape(text: str) -> str:
    """Slack's three mrkdwn control characters, so user text can't mention, link or format
    as a command (`<!channel>`, `<@U123>`, `<http://x|y>`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, limit: int = SECTION_LIMIT, *, escaped: bool = True) -> str:
    """Escape (unless `escaped=False`) and shorten to at most `limit` characters, cutting the raw
    text (never an entity in half) and marking the cut with an ellipsis."""
    render = escape if escaped else (lambda s: s)
    out = render(text)
    if len(out) <= limit:
        return out
    if limit < 1:
        return ""
    raw = text[: limit - 1]
    while raw and len(render(raw)) + 1 > limit:
        raw = raw[: len(raw) - max(1, (len(render(raw)) + 1 - limit) // 5)]
    return render(raw) + "…"


QUOTE_PREFIX = "&gt; "


def quote(text: str, limit: int = SECTION_LIMIT) -> str:
    """A mrkdwn block quote of user text within `limit` characters. Every line costs its
    prefix, so a text of many (or blank) lines keeps its first lines and runs the rest
    together; otherwise the prefixes alone could exceed the limit."""
    lines = text.split("\n")
    most = max(1, limit // 100)
    if len(lines) > most:
        rest = " ".join(line for line in lines[most - 1 :] if line.strip())
        lines = [*lines[: most - 1], rest]
    body = fit("\n".join(lines), limit - len(QUOTE_PREFIX) * len(lines))
    return "\n".join(QUOTE_PREFIX + line if line else "&gt;" for line in body.split("\n"))


def stars(count: int | None) -> str:
    if count is None:
        return "no star rating"
    return "★" * count + "☆" * (5 - count) + f" ({count}/5)"


def text_object(text: str, *, kind: str = "mrkdwn") -> dict:
    return {"type": kind, "text": text}


def section(text: str) -> dict:
    return {"type": "section", "text": text_object(text[:SECTION_LIMIT])}


def context(*parts: str) -> dict:
    return {"type": "context", "elements": [text_object(p[:SECTION_LIMIT]) for p in parts]}


def button(
    label: str,
    action_id: str,
    value: str,
    *,
    style: str | None = None,
    confirm: dict | None = None,
    url: str | None = None,
) -> dict:
    if len(value) > BUTTON_VALUE_LIMIT:
        raise ValueError(f"button value for {action_id} is {len(value)} characters (max 2000)")
    element: dict[str, Any] = {
        "type": "button",
        "action_id": action_id,
        "text": text_object(label, kind="plain_text"),
        "value": value,
    }
    if style:
        element["style"] = style
    if confirm:
        element["confirm"] = confirm
    if url:
        element["url"] = url
    return element


def confirm_dialog(title: str, text: str, confirm: str, deny: str, *, style: str = "") -> dict:
    """A Block Kit confirmation dialog (every field plain text, as Slack requires)."""
    dialog = {
        "title": text_object(title, kind="plain_text"),
        "text": text_object(text, kind="plain_text"),
        "confirm": text_object(confirm, kind="plain_text"),
        "deny": text_object(deny, kind="plain_text"),
    }
    if style:
        dialog["style"] = style
    return dialog


def actions(*buttons: dict, block_id: str = ACTIONS_BLOCK) -> dict:
    return {"type": "actions", "block_id": block_id, "elements": list(buttons)}


def notice(text: str) -> list[dict]:
    """A message of one section (text already in mrkdwn)."""
    return [section(fit(text, SECTION_LIMIT, escaped=False))]
