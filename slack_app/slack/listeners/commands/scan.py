"""`/review-reply scan [location]`: approvers and risk managers audit the replies already on
Google (the practice-wide ones for every location; a location's own for that location). The
scan runs in the lazy listener (through the process's Google quota) and its report goes to the
office's review channel; a scan that stopped resumes where it was when started again.

"scan" alone, or followed by a configured Google location's name, is the subcommand; any other
text (a pasted review that happens to start with "scan") is drafted as usual."""

from __future__ import annotations

from slack_app import reply_audit
from slack_app.slack import reply_audit as report
from slack_app.slack.listeners._common import log
from slack_app.sources import ReplyError

STARTED = ":mag: Scanning the replies already on Google; the report goes to the review channel."


def scan_scope(text: str, settings) -> tuple[bool, str | None]:
    """(is it the scan subcommand, the location named or None for all)."""
    words = text.strip()
    head, _, rest = words.partition(" ")
    if head.casefold() != "scan":
        return False, None
    rest = rest.strip()
    if not rest:
        return True, None
    names = {loc.name.casefold(): loc.name for loc in settings.locations if loc.google_location}
    name = names.get(rest.casefold())
    return (True, name) if name else (False, None)


def _say(respond, text: str) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception as exc:  # a response_url that expired during a long scan
        log.warning("could not answer /review-reply scan: %s", exc)


def run_scan(services, command: dict, respond, client) -> None:
    user = command.get("user_id") or ""
    _, location = scan_scope(command.get("text") or "", services.settings)
    office = reply_audit.scan_office(services.settings, location)
    people = (*office.approvers, *office.risk_managers)
    if not services.directory.is_member(user, people):
        reply_audit.refuse_scan(services.store, user, "not an approver or risk manager")
        return _say(respond, ":lock: Only approvers and risk managers can scan replies.")
    if not office.review_channel:
        where = office.setting("review_channel")
        return _say(respond, f"{where} is not set; the report has nowhere to go.")
    try:
        google = services.poster.source("google")
        scan_id, resumed = reply_audit.start_scan(
            services.store, services.settings, actor=user, location=location
        )
    except (ReplyError, ValueError, reply_audit.ScanBusy) as exc:
        return _say(respond, f"Not scanned: {exc}.")
    result = reply_audit.run_scan(
        services.store, services.settings, google, scan_id, resumed=resumed
    )
    _, problem = report.publish_report(client, services.store, services.settings, scan_id)
    totals = result.totals()
    channel = office.review_channel
    state = "finished" if result.finished else "stopped part-way (run it again to resume)"
    where = (
        f"the report is in <#{channel}>" if not problem else f"Slack refused the report ({problem})"
    )
    _say(
        respond,
        f"Scan {scan_id} {state}: {totals['flagged']} of {totals['replied']:,} replies flagged; "
        f"{where}.",
    )
