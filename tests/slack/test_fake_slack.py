"""The fake Slack Web API answers the methods doctor uses the way Slack does."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from tests.fakes.slack_api import DEFAULT_SCOPES, FakeSlack


@pytest.fixture
def fake():
    with FakeSlack() as slack:
        slack.channels.update(
            {
                "C0PUBLIC": {"name": "reviews", "is_private": False, "is_member": False},
                "C0PRIVATE": {"name": "risk", "is_private": True, "is_member": True},
                "C0HIDDEN": {"name": "board", "is_private": True, "is_member": False},
            }
        )
        slack.usergroups.update({"S0OFFICE": ["U0ANNA"], "S0OLD": ["U0GREG"]})
        slack.disabled_usergroups.add("S0OLD")
        yield slack


@pytest.fixture
def client(fake):
    return WebClient(token="xoxb-test", base_url=fake.api_url)


def test_auth_test_reports_the_granted_scopes(fake, client):
    assert client.auth_test().headers["x-oauth-scopes"] == ",".join(DEFAULT_SCOPES)
    fake.scopes = ["chat:write"]
    assert client.auth_test().headers["x-oauth-scopes"] == "chat:write"


@pytest.mark.parametrize(
    ("channel", "is_member", "error"),
    [
        ("C0PUBLIC", False, None),
        ("C0PRIVATE", True, None),
        ("C0HIDDEN", None, "channel_not_found"),
        ("C0UNKNOWN", None, "channel_not_found"),
    ],
)
def test_conversations_info(client, channel, is_member, error):
    if error:
        with pytest.raises(SlackApiError) as refused:
            client.conversations_info(channel=channel)
        assert refused.value.response["error"] == error
    else:
        assert client.conversations_info(channel=channel)["channel"]["is_member"] is is_member


@pytest.mark.parametrize(
    ("channel", "error"),
    [("C0PUBLIC", "not_in_channel"), ("C0HIDDEN", "channel_not_found"), ("C0PRIVATE", None)],
)
def test_conversations_history_needs_membership(client, channel, error):
    if error:
        with pytest.raises(SlackApiError) as refused:
            client.conversations_history(channel=channel)
        assert refused.value.response["error"] == error
    else:
        assert client.conversations_history(channel=channel)["messages"] == []


def test_usergroups_list_hides_disabled_groups_unless_asked(client):
    listed = {g["id"]: g["date_delete"] for g in client.usergroups_list()["usergroups"]}
    assert listed == {"S0OFFICE": 0}
    every = client.usergroups_list(include_disabled=True)["usergroups"]
    assert {g["id"]: bool(g["date_delete"]) for g in every} == {"S0OFFICE": False, "S0OLD": True}


@pytest.mark.parametrize(
    ("scope", "call", "kwargs"),
    [
        ("usergroups:read", "usergroups_list", {}),
        ("users:read", "users_info", {"user": "U0ANNA"}),
        ("channels:read", "conversations_info", {"channel": "C0PUBLIC"}),
        ("groups:read", "conversations_info", {"channel": "C0PRIVATE"}),
        ("groups:history", "conversations_history", {"channel": "C0PRIVATE"}),
    ],
)
def test_a_method_without_its_scope_answers_missing_scope(fake, client, scope, call, kwargs):
    fake.scopes.remove(scope)
    with pytest.raises(SlackApiError) as refused:
        getattr(client, call)(**kwargs)
    assert (refused.value.response["error"], refused.value.response["needed"]) == (
        "missing_scope",
        scope,
    )
