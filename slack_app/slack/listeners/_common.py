"""Small helpers shared by the listeners: payload fields, known reviews, ephemeral notes."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app.errors import StoreError
from slack_app.slack.blocks import split_approve_value

if TYPE_CHECKING:
    from slack_app.slack.services import AckGate

log = logging.getLogger("slack_app.listeners")


class BadPayload(ValueError):
    """A Slack payload without the fields this listener needs; the message names them."""


def action_value(body: dict) -> str:
    try:
        value = body["actions"][0]["value"]
    except (KeyError, IndexError, TypeError):
        raise BadPayload(f"{body.get('type', '?')} payload has no actions[0].value") from None
    if not isinstance(value, str) or not value:
        raise BadPayload("actions[0].value is empty")
    return value


def user_id(body: dict) -> str:
    user = body.get("user")
    uid = user.get("id") if isinstance(user, dict) else body.get("user_id")
    if not uid:
        raise BadPayload(f"{body.get('type', 'request')} payload has no user id")
    return uid


def channel_id(body: dict) -> str:
    channel = body.get("channel")
    if isinstance(channel, dict) and channel.get("id"):
        return channel["id"]
    return (body.get("container") or {}).get("channel_id") or body.get("channel_id") or ""


def known_review(store: db.Store, body: dict, what: str) -> tuple[str, str] | None:
    """(review key, user id) from a button click, or None (logged) when the payload is
    malformed or names a review the store does not have. A draft-version pin on the value
    (Approve) is not part of the key."""
    try:
        key, uid = split_approve_value(action_value(body))[0], user_id(body)
    except BadPayload as exc:
        log.warning("ignored %s click: malformed payload: %s", what, exc)
        return None
    if db.reply_state(store, key) is None:
        log.warning("ignored %s click by %s: unknown review key %r", what, uid, key[:200])
        return None
    return key, uid


def tell(client: Any, body: dict, text: str) -> None:
    """An ephemeral note to the person who clicked (only they see it)."""
    channel = channel_id(body)
    try:
        uid = user_id(body)
    except BadPayload:
        return
    if not channel:
        log.info("no channel to tell %s: %s", uid, text)
        return
    try:
        client.chat_postEphemeral(channel=channel, user=uid, text=text)
    except SlackApiError as exc:
        log.warning("chat.postEphemeral failed: %s", exc.response.get("error"))


def open_modal(client: Any, body: dict, view: dict, what: str) -> None:
    """views.open with the click's trigger id (valid 3 s, once). A refusal (expired_trigger_id,
    a Slack outage) is logged and the clicker told to click again, not raised into Bolt."""
    try:
        client.views_open(trigger_id=body["trigger_id"], view=view)
    except SlackApiError as exc:
        error = exc.response.get("error")
        log.warning("views.open for %s failed: %s", what, error)
        tell(client, body, f"Slack could not open the {what} window ({error}); click again.")
    except OSError as exc:
        log.warning("views.open for %s failed: %s", what, exc)
        tell(client, body, f"Slack could not open the {what} window; click again.")


def ack_now(ack: Any) -> None:
    ack()


STORE_FAILED = (
    ":warning: The app's database could not save this, so nothing changed. Tell whoever runs "
    "Review Assistant"
)
FAILED = (
    ":warning: Something went wrong and the app could not finish this. Check the card "
    "before trying again; the error is in the app's log."
)


def logged(function: Callable[..., Any], gate: AckGate) -> Callable[..., Any]:
    """Every lazy listener runs through this. It waits until no Slack request is being
    acknowledged (`gate`, in HTTP and Socket Mode alike: acks first), then runs. Bolt logs a
    failure as one line without the traceback and the person who clicked hears nothing: log
    the traceback and tell them (ephemerally, or through the slash command's response_url).
    Bolt injects arguments by the wrapped function's names."""

    @functools.wraps(function)
    def run(**kwargs: Any) -> Any:
        gate.wait_quiet()
        try:
            return function(**kwargs)
        except StoreError as exc:
            # The database failed (disk full, read-only, damaged): not a bug, one line, and
            # the clicker learns what is wrong; nothing half-done was committed.
            log.error("%s could not finish: %s", function.__name__, exc)
            _tell_failure(function, kwargs, f"{STORE_FAILED} ({exc})")
        except Exception:
            log.exception("lazy listener %s failed", function.__name__)
            _tell_failure(function, kwargs, FAILED)
        return None

    return run


def _tell_failure(function: Callable[..., Any], kwargs: dict, text: str) -> None:
    try:
        if kwargs.get("respond") is not None and "body" not in kwargs:
            kwargs["respond"](text=text, response_type="ephemeral")
        elif kwargs.get("client") is not None and kwargs.get("body") is not None:
            tell(kwargs["client"], kwargs["body"], text)
    except Exception:
        log.exception("telling the user that %s failed also failed", function.__name__)


def refuse(
    store: db.Store, client: Any, body: dict, key: str, user: str, action: str, why: str, text: str
) -> None:
    """Record a refused click (who tried what on which review) and tell the clicker why."""
    db.audit(store, user, f"{action}.refused", key, detail={"reason": why})
    tell(client, body, text)


def own_people(services: Any, key: str, people: str) -> str:
    """" Oak Park has its own approvers." when the review's office lists its own `people`
    (approvers, risk_managers), so someone allowed elsewhere knows why not here; else ""."""
    office = services.office_of(key)
    if office.location is None or not getattr(office.location, people):
        return ""
    return f" {office.name} has its own {people.replace('_', ' ')} ({office.setting(people)})."


def permitted_click(
    services: Any,
    client: Any,
    body: dict,
    action: str,
    *,
    allowed: Callable[[str, str], bool],
    role: str,
    refusal: str,
    people: str = "approvers",
) -> tuple[str, str] | None:
    """(review key, user id) when the click names a known review and `allowed(user, key)`
    (its office's `people`); otherwise None, after telling the clicker why (a refusal is also
    audited)."""
    found = known_review(services.store, body, action)
    if found is None:
        tell(client, body, "This card refers to a review the app does not know.")
        return None
    key, user = found
    if not allowed(user, key):
        refusal += own_people(services, key, people)
        refuse(services.store, client, body, key, user, action, f"not {role}", refusal)
        return None
    return found
