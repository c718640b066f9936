"""Escalation and dismissal: an approver escalates a review to the risk managers, a risk
manager clears it or keeps it on hold, and anyone allowed dismisses it. Each is one transition
plus, in the same transaction, what the risk managers must hear about (`store.escalations`):
an escalation to notify them of, or the decision every message to them must show."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_app import store as db
from slack_app.workflow.core import DISMISSABLE, ESCALATABLE, Outcome, _not_now, _state


def _simple(
    store: db.Store,
    key: str,
    actor: str,
    action: str,
    expected: tuple[str, ...],
    new: str,
    message: str,
    then: Callable[[], Any] | None = None,
    **fields: Any,
) -> Outcome:
    """One transition; `then()` runs in the same transaction when it happened."""
    state = _state(store, key)["state"]
    if state not in expected:
        return _not_now(action, state)
    with store.write():
        won = db.transition(store, key, expected, new, actor=actor, action=action, **fields)
        if won and then is not None:
            then()
    if not won:
        return _not_now(action, _state(store, key)["state"])
    return Outcome(True, action, new, message, escalated=new == "escalated" and state != new)


def escalate(store: db.Store, key: str, actor: str, note: str = "") -> Outcome:
    """An approver sends the review to the risk managers (their messages are recorded as due
    with the state change, and sent by the Slack layer)."""
    return _simple(
        store,
        key,
        actor,
        "escalate",
        ESCALATABLE,
        "escalated",
        "Escalated to the risk manager.",
        then=lambda: db.record_escalation(store, key, actor),
        detail={"note": note},
        escalation_note=note,
    )


def clear(store: db.Store, key: str, actor: str, note: str = "") -> Outcome:
    """A risk manager clears the review for reply; approvers see the note."""
    return _decide(store, key, actor, "clear", note, "cleared", "Cleared for reply.")


def hold(store: db.Store, key: str, actor: str, note: str = "") -> Outcome:
    """A risk manager keeps the review on hold (it stays escalated); the note is recorded."""
    return _decide(store, key, actor, "hold", note, "escalated", "Kept on hold.")


def _decide(
    store: db.Store, key: str, actor: str, decision: str, note: str, new: str, message: str
) -> Outcome:
    """A risk manager's decision: the state change, and the decision kept on the escalation
    so every message to the risk managers can show it."""
    return _simple(
        store,
        key,
        actor,
        decision,
        ("escalated",),
        new,
        message,
        then=lambda: db.decide_escalation(store, key, decision, actor, note),
        detail={"note": note},
        note=note,
    )


def dismiss(store: db.Store, key: str, actor: str, *, escalated_too: bool = True) -> Outcome:
    """No reply will be posted. `escalated_too=False` (the actor is not a risk manager) leaves
    an escalated review alone: dismissing it would end the risk review."""
    expected = DISMISSABLE if escalated_too else tuple(s for s in DISMISSABLE if s != "escalated")
    return _simple(
        store,
        key,
        actor,
        "dismiss",
        expected,
        "dismissed",
        "Dismissed: no reply will be posted.",
        then=lambda: db.decide_escalation(store, key, "dismiss", actor),
    )
