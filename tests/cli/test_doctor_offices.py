"""`doctor` for a group of offices: every office's own channel, people and contact details, and
Yelp's calls a day against the budget."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from slack_app.doctor import exit_code
from slack_app.store import Store, add_api_calls, api_calls
from tests.cli.test_doctor import doctor_world
from tests.fakes.slack_api import TEAM_ID

OAK_PARK = """
[[locations]]
name = "Oak Park"
phone = "(555) 014-3300"
review_channel = "C0OAKPARK1"
approvers = ["U0OAKMGR01"]
risk_managers = ["U0GONE0001"]
"""


@pytest.fixture
def world(tmp_path):
    yield from doctor_world(tmp_path)


def with_settings(world, extra: str = "", *, replace: tuple[str, str] = ("", "")) -> None:
    with open(world.settings_path, encoding="utf-8") as handle:
        text = handle.read()
    if replace[0]:
        text = text.replace(*replace)
    with open(world.settings_path, "w", encoding="utf-8") as handle:
        handle.write(text.replace("[drafting]", extra + "\n[drafting]"))


def by_name(results) -> dict:
    return {(r.area, r.name): r for r in results}


def test_each_offices_own_channel_and_people_are_checked(world):
    with_settings(world, OAK_PARK)
    world.slack.channels["C0OAKPARK1"] = {"name": "oak-park", "is_private": False,
                                          "is_member": False}
    world.slack.fake.users["U0OAKMGR01"] = {"name": "olga", "deleted": False, "is_bot": False,
                                            "team_id": TEAM_ID}
    world.slack.fake.users["U0GONE0001"] = {"name": "sam", "deleted": True, "is_bot": False,
                                            "team_id": TEAM_ID}

    results = by_name(world.check())

    channel = results[("Slack", "review channel of Oak Park")]
    assert (channel.status, channel.detail) == ("fail", "the bot is not a member of #oak-park")
    assert results[("Slack", "approvers of Oak Park")].status == "ok"
    gone = results[("Slack", "risk managers of Oak Park")]
    assert (gone.status, gone.detail) == ("fail", "U0GONE0001 (sam): account deactivated")
    # The practice-wide ones are still checked (Main Street and pasted reviews use them).
    assert results[("Slack", "review channel")].status == "ok"
    assert results[("Slack", "approvers")].status == "ok"
    assert results[("Guardrail", "own contact details")].detail == (
        "a reply giving each office's own contact details passes (2 checked)"
    )


def test_an_office_name_the_guardrail_refuses_is_named_with_its_key(world):
    # A web address in the name is not the practice's own site: every reply would be blocked.
    with_settings(world, '[[locations]]\nname = "Oak Park"\n'
                         'display_name = "Riverside Dental at oakpark-smiles.example"\n')

    results = world.check()
    found = by_name(results)

    own = found[("Guardrail", "own contact details")]
    assert own.status == "fail"
    assert own.detail.startswith(
        "a plain reply with the office's own contact is blocked: locations[2] (Oak Park): "
    )
    assert "locations[2] (Oak Park)" in own.fix
    templates = found[("Guardrail", "reply templates")]
    assert templates.status == "fail" and " for locations[2] (Oak Park): " in templates.detail
    assert exit_code(results) == 1


def test_an_office_without_its_own_channel_needs_the_practices(world):
    with_settings(
        world,
        '[[locations]]\nname = "Oak Park"\nreview_channel = "C0OAKPARK1"\n',
        replace=('review_channel = "C0REVIEWS1"', 'review_channel = ""'),
    )
    world.slack.channels["C0OAKPARK1"] = {"name": "oak-park", "is_private": False,
                                          "is_member": True}

    results = by_name(world.check())

    # Main Street has no channel of its own: the practice's one is required.
    assert results[("Slack", "review channel")].status == "fail"
    assert results[("Slack", "review channel of Oak Park")].status == "ok"


def test_every_office_with_its_own_channel_leaves_the_practices_optional(world):
    with_settings(
        world,
        '[[locations]]\nname = "Oak Park"\nreview_channel = "C0OAKPARK1"\n',
        replace=('yelp_business_id = "', 'review_channel = "C0MAIN0001"\nyelp_business_id = "'),
    )
    with_settings(world, replace=('review_channel = "C0REVIEWS1"', 'review_channel = ""'))
    for channel, name in (("C0OAKPARK1", "oak-park"), ("C0MAIN0001", "main-street")):
        world.slack.channels[channel] = {"name": name, "is_private": False, "is_member": True}

    results = world.check()
    shared = by_name(results)[("Slack", "review channel")]

    assert (shared.status, shared.required) == ("warn", False)
    assert "pasted reviews (Share) and the practice's digest" in shared.detail
    assert exit_code(results) == 0


def test_a_yelp_schedule_over_the_budget_is_a_warning_with_the_interval_that_fits(world):
    with_settings(world, "[yelp]\ninterval_minutes = 15\ndaily_call_budget = 50\n")

    daily = by_name(world.check())[("Yelp", "daily calls")]

    assert (daily.status, daily.required) == ("warn", False)
    assert daily.detail == (
        "1 business polled every 15 min use 96 calls a day of yelp.daily_call_budget (50): "
        "Yelp will stop for part of each day"
    )
    assert daily.fix.startswith("set yelp.interval_minutes = 29 or more")


def test_calls_used_today_include_doctors_own_and_a_spent_budget_is_said(world, tmp_path):
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    with Store(tmp_path / "review-assistant.db") as store:
        add_api_calls(store, "yelp", today, 298)

    first = by_name(world.check())[("Yelp", "daily calls")]
    spent = by_name(world.check())[("Yelp", "daily calls")]

    assert first.status == "ok"
    assert first.detail.endswith("; 299 used today (UTC), doctor's checks included")
    assert spent.status == "warn"
    assert spent.detail.startswith("the budget is used up today (300 of 300): Yelp is left "
                                   "alone until midnight UTC")
    with Store(tmp_path / "review-assistant.db") as store:
        assert api_calls(store, "yelp", today) == 300


def test_without_a_database_doctor_creates_none(world, tmp_path):
    daily = by_name(world.check())[("Yelp", "daily calls")]

    assert daily.detail == (
        "1 business polled every 60 min use 24 calls a day of yelp.daily_call_budget (300)"
    )
    assert not (tmp_path / "review-assistant.db").exists()
