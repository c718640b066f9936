"""The reply audit's buttons: "Draft a safe replacement" (approvers and risk managers: the
normal draft -> guardrail -> approve path) and "Delete reply" (approvers only, after Slack's
confirmation dialog: Google's DELETE of the reply). Each acts once per flagged reply."""

from __future__ import annotations

from slack_app import store as db
from slack_app import workflow
from slack_app.slack import blocks, cards, notices
from slack_app.slack import reply_audit as report
from slack_app.slack.announcer import announce_pending
from slack_app.slack.listeners._common import (
    BadPayload,
    ack_now,
    action_value,
    log,
    logged,
    refuse,
    tell,
    user_id,
)


def _permitted(
    services, client, body: dict, action: str, *, allowed, role: str, refusal: str
) -> tuple[int, str, str] | None:
    """(scan id, review key, user) of a report button when the clicker may use it (`allowed`
    asks about the reply's office); None otherwise, after telling them why (a malformed click
    or an unknown reply is logged, a refusal audited)."""
    try:
        value, user = action_value(body), user_id(body)
    except BadPayload as exc:
        log.warning("ignored %s click: malformed payload: %s", action, exc)
        return None
    parsed = report.split_finding_value(value)
    if parsed is None or db.scan_finding(services.store, *parsed) is None:
        log.warning("ignored %s click by %s: unknown audit finding %r", action, user, value[:200])
        tell(client, body, "This report refers to a reply the app does not know.")
        return None
    if not allowed(user, parsed[1]):
        refuse(services.store, client, body, parsed[1], user, action, f"not {role}", refusal)
        return None
    return (*parsed, user)


def register(app, services) -> None:
    def replace(body, client):
        found = _permitted(
            services,
            client,
            body,
            "scan.replace",
            allowed=lambda user, key: (
                services.is_approver(user, key) or services.is_risk_manager(user, key)
            ),
            role="an approver or risk manager",
            refusal=":lock: Only approvers and risk managers can draft replacements.",
        )
        if found is None:
            return None
        scan_id, key, user = found
        outcome = workflow.start_replacement(
            services.store,
            scan_id,
            key,
            user,
            services.settings,
            drafter=services.drafter,
            env=services.env,
        )
        if outcome.ok:
            reply = db.reply_state(services.store, key)
            if reply and reply["card_ts"]:
                what = "drafted a safe replacement for the reply on Google"
                cards.refresh(client, services.store, key, user, what)
            else:
                announce_pending(services.store, services.settings, services.env, client)
            if outcome.escalated:  # recorded with the draft; the risk managers hear now
                notices.deliver(
                    client, services.store, services.settings, services.directory, key=key
                )
            report.report_line(
                client,
                services.store,
                scan_id,
                f"<@{blocks.escape(user)}> drafted a safe replacement for a flagged reply",
            )
        tell(client, body, blocks.escape(outcome.message))
        report.redraw_report_message(client, services.store, scan_id, body)

    def delete(body, client):
        found = _permitted(
            services,
            client,
            body,
            "scan.delete",
            allowed=services.is_approver,
            role="an approver",
            refusal=":lock: Only approvers can delete replies on Google.",
        )
        if found is None:
            return None
        scan_id, key, user = found
        outcome = workflow.delete_flagged_reply(services.store, scan_id, key, user, services.poster)
        if outcome.ok:
            report.report_line(
                client,
                services.store,
                scan_id,
                f"<@{blocks.escape(user)}> deleted a flagged reply on Google",
            )
            if db.reply_state(services.store, key):
                cards.update(client, services.store, key)
        tell(client, body, blocks.escape(outcome.message))
        report.redraw_report_message(client, services.store, scan_id, body)

    app.action(report.REPLACE)(ack=ack_now, lazy=[logged(replace, services.gate)])
    app.action(report.DELETE)(ack=ack_now, lazy=[logged(delete, services.gate)])
