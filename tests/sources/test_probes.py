"""The probes `doctor` asks through: one cheap read with the real source clients, answering
what the site said instead of raising."""

from __future__ import annotations

import socket

import pytest

from slack_app.sources.google import GoogleSource
from slack_app.sources.probe import probe_yelp_business
from slack_app.sources.yelp import YelpSource


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture
def source(google, policy):
    with_client = GoogleSource(google.environment(), policy=policy)
    yield with_client
    with_client.close()


def test_google_credentials_and_a_readable_location(google, source):
    assert source.probe_credentials().ok

    probe = source.probe(google.locations[0])

    assert (probe.reached, probe.ok, probe.status, probe.count) == (True, True, 200, 120)
    assert len(google.server.calls("/token")) == 1  # the location read used the fresh token


def test_google_location_the_account_may_not_read(google, source):
    google.forbid(google.locations[1])
    assert source.probe_credentials().ok

    probe = source.probe(google.locations[1])

    assert (probe.reached, probe.ok, probe.status) == (True, False, 403)
    assert probe.message  # Google's own words, for the person fixing it


@pytest.mark.parametrize(
    ("overrides", "reached", "said"),
    [
        pytest.param(
            lambda: {"GOOGLE_REFRESH_TOKEN": "1//revoked"}, True, "invalid_grant", id="revoked"
        ),
        pytest.param(
            lambda: {"GOOGLE_TOKEN_URI": closed_port_url() + "/token"},
            False,
            "",
            id="token-endpoint-down",
        ),
    ],
)
def test_google_credentials_google_refuses_or_cannot_be_reached(
    google, policy, overrides, reached, said
):
    source = GoogleSource(google.environment(**overrides()), policy=policy)
    try:
        probe = source.probe_credentials()
    finally:
        source.close()

    assert (probe.reached, probe.ok) == (reached, False)
    assert probe.message and said in probe.message


def test_yelp_business_read_and_a_rejected_key(yelp, policy):
    good = YelpSource(yelp.environment(), policy=policy)
    bad = YelpSource(yelp.environment(YELP_API_KEY="wrong-key"), policy=policy)
    try:
        ok = probe_yelp_business(good, yelp.business_ids[0])
        refused = probe_yelp_business(bad, yelp.business_ids[0])
    finally:
        good.close()
        bad.close()

    assert (ok.ok, ok.status, ok.count) == (True, 200, 3)
    assert (refused.ok, refused.status, refused.code, refused.message) == (
        False,
        401,
        "TOKEN_INVALID",
        "Invalid access token",
    )
