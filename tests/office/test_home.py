"""The App Home tab: what waits for each role, longest first, with links and ages; the last 30
days per location; within Slack's limits however many locations; refreshed after the
transitions a viewer cares about."""

from __future__ import annotations

import json

import pytest

from slack_app import store as db
from slack_app.approvers import Directory
from slack_app.hours import practice_zone
from slack_app.slack import home
from slack_app.slack.home import HomeFigures, Roles, home_view
from slack_app.stats import LocationFigures
from tests.office.blockkit import assert_valid_view
from tests.office.seed import t, utc

NOW = utc("11-23T15:00")  # Monday 09:00 in Chicago


def texts(view: dict) -> list[str]:
    out = []
    for block in view["blocks"]:
        if "text" in block:
            out.append(block["text"]["text"])
        out += [f["text"] for f in block.get("fields") or []]
        out += [e["text"] for e in block.get("elements") or [] if "text" in e]
    return out


def view_for(store, settings, roles: Roles, link=lambda c, ts: "") -> dict:
    return home.view_for(store, settings, roles, NOW, link=link)


def test_an_approver_sees_what_waits_for_approvers_longest_first(store, week, settings):
    db.set_reply_fields(store, week.key("r5"), card_channel="C0REVIEWS", card_ts="1700000001.1")

    view = view_for(
        store,
        settings,
        Roles(approver=True),
        link=lambda c, ts: f"https://practice.slack.com/archives/{c}/p{ts}" if ts else "",
    )

    assert texts(view)[:5] == [
        "Review Assistant",
        "Updated Mon Nov 23, 09:00 (America/Chicago) · you approve replies",
        "Waiting for you (2)",
        "<https://practice.slack.com/archives/C0REVIEWS/p1700000001.1|Google · Main Street · ★★★>"
        " · Pat Q.\nready to approve · waiting 47 hours",
        "*Google · Main Street · ★★★★* · Pat Q.\n"
        "posting failed: retry or dismiss · waiting 21 hours",
    ]
    assert_valid_view(view)


def test_a_risk_manager_sees_escalations_and_both_roles_see_both(store, week, settings):
    risk = texts(view_for(store, settings, Roles(risk_manager=True)))
    both = texts(view_for(store, settings, Roles(approver=True, risk_manager=True)))

    assert risk[1].endswith("you clear escalated reviews") and risk[2] == "Waiting for you (1)"
    assert risk[3].startswith("*Google · Oak Park · ★* · Pat Q.\nescalated")
    assert both[2] == "Waiting for you (3)" and both[3] == risk[3]  # r4 has waited longest


def test_someone_without_a_role_sees_only_the_figures(store, week, settings):
    view = view_for(store, settings, Roles())

    assert texts(view)[2:4] == [
        "Waiting for you (0)",
        "Only approvers and risk managers act on reviews (`slack.approvers`, "
        "`slack.risk_managers` in the settings, or a location's own); the figures below are "
        "for everyone.",
    ]
    # The 30 days to NOW hold the seeded week and r7, r9, r10 around it.
    assert texts(view)[-3:] == [
        "*All locations*\n10 new · 3.2★ · 60% answered · median reply 10.0 h · 3 waiting",
        "*Main Street*\n7 new · 3.7★ · 57% answered · median reply 10.0 h · 2 waiting",
        "*Oak Park*\n3 new · 2.3★ · 67% answered · median reply 25.0 h · 1 waiting",
    ]


def test_many_waiting_and_a_thousand_locations_stay_within_slacks_limits(store, settings):
    from slack_app.stats import WaitingReply

    waiting = [
        WaitingReply(
            f"google:l:{n}",
            "drafted",
            t("11-01T00:00"),
            "google",
            f"Office {n}",
            5,
            "A" * 300,
            "C0REVIEWS",
            f"1700000000.{n:06d}",
        )
        for n in range(200)
    ]
    locations = [
        LocationFigures(f"Office {n:04d} " + "x" * 150, 100, 4.5, 0.9, 3.0, 2) for n in range(1000)
    ]
    view = home_view(
        now=NOW,
        zone=practice_zone(settings),
        roles=Roles(True, True),
        waiting=waiting,
        waiting_total=5000,
        figures=HomeFigures(locations[0], locations),
        link=lambda c, ts: "https://practice.slack.com/archives/" + c + "/p" + ts * 20,
    )

    assert_valid_view(view)
    shown = json.dumps(view)
    assert "and 4980 more; the longest waiting are first." in shown
    assert "and 940 more locations: `review-assistant report --location NAME`" in shown
    assert len(view["blocks"]) <= 100


def test_opening_the_tab_publishes_it_and_remembers_the_viewer(
    store, week, settings, slack, client
):
    assert home.opened(
        client, store, settings, Directory(client), "U0GREG", NOW, link=lambda c, ts: ""
    )

    (call,) = slack.calls_to("views.publish")
    assert call["user_id"] == "U0GREG"  # an approver through the S0APPROVERS group
    assert "Waiting for you (2)" in json.dumps(call["view"])
    assert db.home_viewers(store) == ["U0GREG"]
    assert_valid_view(call["view"])


@pytest.mark.parametrize(
    "transition, republished",
    [
        ({"from": "drafted", "to": "posting"}, ["U0ANNA"]),  # the approvers' list
        ({"from": "escalated", "to": "escalated"}, ["U0RITA"]),  # a hold: the risk manager's
        ({"from": "posting", "to": "posted"}, ["U0ANNA", "U0RITA", "U0STAN"]),  # the figures
        ({"from": "new", "to": "escalated"}, ["U0ANNA", "U0RITA", "U0STAN"]),  # a new review
    ],
)
def test_refresh_republishes_the_tabs_a_transition_changed(
    store, week, settings, slack, client, transition, republished
):
    for user in ("U0ANNA", "U0RITA", "U0STAN"):
        db.remember_home_viewer(store, user)
    refresher = home.HomeRefresher(client, store, settings, Directory(client))
    assert refresher.refresh(NOW, link=lambda c, ts: "") == []  # nothing new yet

    week.audit(week.key("r5"), "11-23T14:59", "step", detail=transition)
    refreshed = refresher.refresh(NOW, link=lambda c, ts: "")

    assert refreshed == republished
    assert sorted(c["user_id"] for c in slack.calls_to("views.publish")) == republished
    assert refresher.refresh(NOW, link=lambda c, ts: "") == []  # each change once
