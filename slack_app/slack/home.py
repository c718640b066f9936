"""The App Home tab: "Waiting for you" (by the viewer's role, longest waiting first, each with a
link to its card and its age) and "Last 30 days" per location.

`home_view` is a pure builder (at most HOME_BLOCKS blocks; Slack allows 100). `publish_home`
publishes one person's view (views.publish); `opened` does so when someone opens the tab and
remembers them; `HomeRefresher` republishes, after each transition a viewer cares about (read
from the audit log, so steps taken in any process count), the views of everyone who has opened
the tab.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app.config import Settings
from slack_app.hours import practice_zone, zone_name
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.kit import escape, fit
from slack_app.slack.office_text import hours_text, percent, rating_text, waiting_line
from slack_app.stats import (
    APPROVER_STATES,
    RISK_STATES,
    LocationFigures,
    Period,
    WaitingReply,
    location_figures,
    waiting_replies,
)

log = logging.getLogger(__name__)

HOME_BLOCKS = 100
HOME_ITEMS = 20  # waiting replies listed
HOME_LOCATIONS = 60  # locations listed (10 to a section)
LAST_DAYS = 30
Link = Callable[[str, str], str]  # (channel, ts) -> permalink or ""


@dataclass(frozen=True)
class Roles:
    approver: bool = False
    risk_manager: bool = False
    # The offices (Office.label; "" is the practice-wide one) where each role is held, when
    # not every office: a location's own approvers replace slack.approvers for its reviews.
    approves: frozenset[str] | None = None
    manages_risk: frozenset[str] | None = None
    where: str = ""  # "Oak Park, Main Street": named when the roles hold for some offices only

    @property
    def states(self) -> tuple[str, ...]:
        return (APPROVER_STATES if self.approver else ()) + (
            RISK_STATES if self.risk_manager else ()
        )

    def waits_for(self, reply: WaitingReply, settings: Settings) -> bool:
        """Whether `reply` waits for this person: its state is theirs to act on, in its
        office."""
        offices = self.manages_risk if reply.state in RISK_STATES else self.approves
        if reply.state not in self.states:
            return False
        return offices is None or settings.office_for(reply.location_id).label in offices

    def describe(self) -> str:
        jobs = [
            job
            for job, held in (
                ("approve replies", self.approver),
                ("clear escalated reviews", self.risk_manager),
            )
            if held
        ]
        if not jobs:
            return "you follow along (no approvals)"
        return "you " + " and ".join(jobs) + (f" ({escape(self.where)})" if self.where else "")


@dataclass(frozen=True)
class HomeFigures:
    """What every viewer's "Last 30 days" shows: all locations, then each."""

    overall: LocationFigures
    locations: list[LocationFigures]


def home_figures(store: db.Store, now: datetime) -> HomeFigures:
    overall, locations = location_figures(store, Period.days_to(now, LAST_DAYS))
    return HomeFigures(overall, locations)


def _location_text(figures: LocationFigures) -> str:
    return (
        f"*{fit(figures.location, 150)}*\n{figures.new_reviews} new · "
        f"{rating_text(figures.average_rating)} · {percent(figures.response_rate)} answered · "
        f"median reply {hours_text(figures.reply_hours_median)} · {figures.waiting} waiting"
    )


def home_view(
    *,
    now: datetime,
    zone: Any,
    roles: Roles,
    waiting: Sequence[WaitingReply],
    waiting_total: int,
    figures: HomeFigures,
    link: Link = lambda channel, ts: "",
) -> dict:
    """The Home tab for one viewer. `waiting` is what waits for their roles (longest first)."""
    local = now.astimezone(zone)
    blocks: list[dict] = [
        {"type": "header", "text": kit.text_object("Review Assistant", kind="plain_text")},
        kit.context(
            f"Updated {local:%a %b} {local.day}, {local:%H:%M} ({escape(zone_name(zone))}) · "
            f"{roles.describe()}"
        ),
        {
            "type": "header",
            "text": kit.text_object(f"Waiting for you ({waiting_total})", kind="plain_text"),
        },
    ]
    if not roles.states:
        blocks.append(
            kit.section(
                "Only approvers and risk managers act on reviews (`slack.approvers`, "
                "`slack.risk_managers` in the settings, or a location's own); the figures "
                "below are for everyone."
            )
        )
    elif not waiting:
        blocks.append(kit.section(":white_check_mark: Nothing is waiting for you."))
    for reply in waiting[:HOME_ITEMS]:
        blocks.append(
            kit.section(waiting_line(reply, now, link(reply.card_channel, reply.card_ts)))
        )
    if waiting_total > min(len(waiting), HOME_ITEMS):
        shown = min(len(waiting), HOME_ITEMS)
        blocks.append(
            kit.context(f"and {waiting_total - shown} more; the longest waiting are first.")
        )
    blocks += [
        {"type": "divider"},
        {"type": "header", "text": kit.text_object(f"Last {LAST_DAYS} days", kind="plain_text")},
        kit.section(_location_text(figures.overall)),
    ]
    shown_locations = figures.locations[:HOME_LOCATIONS]
    for start in range(0, len(shown_locations), 10):
        fields = [kit.text_object(_location_text(f)) for f in shown_locations[start : start + 10]]
        blocks.append({"type": "section", "fields": fields})
    hidden = len(figures.locations) - len(shown_locations)
    if hidden:
        blocks.append(
            kit.context(
                f"and {hidden} more locations: `review-assistant report --location NAME` "
                "shows any one of them."
            )
        )
    return {"type": "home", "blocks": blocks[:HOME_BLOCKS]}


# ---------------------------------------------------------------------------------------------
# Publishing
# ---------------------------------------------------------------------------------------------


def roles_of(directory: Any, settings: Settings, user: str) -> Roles:
    """What `user` does in each office: a location's own approvers and risk managers replace
    [slack]'s for its reviews."""
    offices = [settings.practice_office, *settings.offices()]
    approves = frozenset(o.label for o in offices if directory.is_member(user, o.approvers))
    manages = frozenset(o.label for o in offices if directory.is_member(user, o.risk_managers))
    everywhere = {o.label for o in offices}
    held = approves | manages
    named = [o.name for o in offices if o.name and o.label in held]
    return Roles(
        approver=bool(approves),
        risk_manager=bool(manages),
        approves=None if approves == everywhere else approves,
        manages_risk=None if manages == everywhere else manages,
        where=", ".join(named) if held != everywhere and named else "",
    )


def view_for(
    store: db.Store,
    settings: Settings,
    roles: Roles,
    now: datetime,
    *,
    link: Link = lambda channel, ts: "",
    figures: HomeFigures | None = None,
) -> dict:
    """The Home tab of someone with `roles`, from the store (`figures` when already read)."""
    waiting: list[WaitingReply] = []
    if roles.states:
        every, _ = waiting_replies(store, roles.states)
        waiting = [reply for reply in every if roles.waits_for(reply, settings)]
    total = len(waiting)
    return home_view(
        now=now,
        zone=practice_zone(settings),
        roles=roles,
        waiting=waiting[:HOME_ITEMS],
        waiting_total=total,
        figures=figures or home_figures(store, now),
        link=link,
    )


def publish_home(
    client: Any,
    store: db.Store,
    settings: Settings,
    directory: Any,
    user: str,
    now: datetime,
    *,
    link: Link,
    figures: HomeFigures | None = None,
) -> bool:
    """Build and publish one person's Home tab. False (logged) when Slack refused it."""
    roles = roles_of(directory, settings, user)
    view = view_for(store, settings, roles, now, link=link, figures=figures)
    try:
        client.views_publish(user_id=user, view=view)
    except SlackApiError as exc:
        log.warning("views.publish for %s failed: %s", user, exc.response.get("error"))
        return False
    except OSError as exc:
        log.warning("views.publish for %s failed: %s", user, exc)
        return False
    return True


def opened(
    client: Any,
    store: db.Store,
    settings: Settings,
    directory: Any,
    user: str,
    now: datetime,
    *,
    link: Link,
) -> bool:
    """Someone opened the Home tab: remember them (for later refreshes) and publish theirs."""
    db.remember_home_viewer(store, user, now=now)
    return publish_home(client, store, settings, directory, user, now, link=link)


class HomeRefresher:
    """Republishes the Home tabs a transition changed: a viewer cares when a reply enters or
    leaves a state that waits for their role, when a reply is posted or a new review arrives
    (the figures), or when a follow-up is recorded."""

    def __init__(self, client: Any, store: db.Store, settings: Settings, directory: Any) -> None:
        self.client, self.store, self.settings, self.directory = client, store, settings, directory
        self.cursor = db.last_audit_id(store)

    def refresh(self, now: datetime, *, link: Link) -> list[str]:
        """Republish the views of viewers whose tab changed since the last call; returns them."""
        self.cursor, touched = db.states_touched_since(self.store, self.cursor)
        if not touched:
            return []
        figures_changed = bool(touched & {"new", "posted", "follow_up"})
        figures = None
        refreshed = []
        for user in db.home_viewers(self.store):
            roles = roles_of(self.directory, self.settings, user)
            if not figures_changed and not touched & set(roles.states):
                continue
            figures = figures or home_figures(self.store, now)
            if publish_home(
                self.client,
                self.store,
                self.settings,
                self.directory,
                user,
                now,
                link=link,
                figures=figures,
            ):
                refreshed.append(user)
        return refreshed
