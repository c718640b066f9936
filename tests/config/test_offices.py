"""Per-location settings: each office's own phone, email, name, channel and people, with
[practice] and [slack] filling in what it leaves out; every mistake names the office."""

from __future__ import annotations

import pytest

from slack_app.config import Location, Office, SettingsError, SlackSettings, parse_settings

GROUP = """
[practice]
name = "Riverside Family Dental"
phone = "(555) 014-2290"
email = "frontdesk@riverside.example"
signoff_names = ["Dana"]

[slack]
review_channel = "C0GROUP"
approvers = ["U0GROUPAPP"]
risk_managers = ["U0GROUPRISK"]

[[locations]]
name = "Main Street"
google_location = "accounts/1/locations/10"
yelp_business_id = "riverside-main-street"

[[locations]]
name = "Oak Park"
google_location = "accounts/1/locations/20"
yelp_business_id = "riverside-oak-park"
display_name = "Riverside Dental Oak Park"
phone = "(555) 014-3300"
email = "oakpark@riverside.example"
review_channel = "C0OAK"
approvers = ["U0OAKAPP", "S0OAKGROUP"]
risk_managers = ["U0OAKRISK"]
signoff = "Maria"
"""


@pytest.fixture
def group():
    return parse_settings(GROUP, "group.toml")


def test_an_office_that_sets_nothing_is_the_practice(group):
    main = group.office_for("accounts/1/locations/10")

    assert main == Office(
        label="locations[1] (Main Street)",
        location=group.locations[0],
        practice=group.practice,
        shared_phone="(555) 014-2290",
        shared_email="frontdesk@riverside.example",
        review_channel="C0GROUP",
        approvers=("U0GROUPAPP",),
        risk_managers=("U0GROUPRISK",),
        signoff_names=("Dana",),
    )


def test_an_office_with_its_own_settings_uses_them_for_both_sites(group):
    by_google = group.office_for("accounts/1/locations/20")
    by_yelp = group.office_for("riverside-oak-park")

    assert by_google == by_yelp
    assert (by_google.practice.name, by_google.practice.phone, by_google.practice.email) == (
        "Riverside Dental Oak Park",
        "(555) 014-3300",
        "oakpark@riverside.example",
    )
    assert (by_google.shared_phone, by_google.shared_email) == (
        "(555) 014-2290",
        "frontdesk@riverside.example",
    )
    assert by_google.review_channel == "C0OAK"
    assert by_google.approvers == ("U0OAKAPP", "S0OAKGROUP")
    assert by_google.risk_managers == ("U0OAKRISK",)
    assert by_google.signoff_names == ("Dana", "Maria")  # the practice's, then its own
    # What the office does not set stays the practice's (zone, hours, clinical terms).
    assert by_google.practice.business_hours == group.practice.business_hours


@pytest.mark.parametrize(
    ("key", "own", "shared"),
    [
        ("review_channel", "locations[2] (Oak Park).review_channel", "slack.review_channel"),
        ("approvers", "locations[2] (Oak Park).approvers", "slack.approvers"),
        ("risk_managers", "locations[2] (Oak Park).risk_managers", "slack.risk_managers"),
    ],
)
def test_an_office_says_where_each_setting_comes_from(group, key, own, shared):
    assert group.office_for("riverside-oak-park").setting(key) == own
    assert group.office_for("riverside-main-street").setting(key) == shared
    assert group.practice_office.setting(key) == shared


@pytest.mark.parametrize("location_id", ["manual", "accounts/9/locations/99", ""])
def test_a_review_of_no_configured_location_belongs_to_the_practice(group, location_id):
    office = group.office_for(location_id)

    assert office is group.practice_office
    assert (office.label, office.location, office.review_channel) == ("", None, "C0GROUP")
    assert office.approvers == ("U0GROUPAPP",)


def test_offices_are_listed_in_file_order(group):
    assert [office.label for office in group.offices()] == [
        "locations[1] (Main Street)",
        "locations[2] (Oak Park)",
    ]


def test_a_copy_with_other_sections_does_not_reuse_the_offices_of_the_original(group):
    assert group.office_for("riverside-main-street").review_channel == "C0GROUP"
    moved = group.model_copy(update={"slack": SlackSettings(review_channel="C0ELSEWHERE")})
    fewer = group.model_copy(update={"locations": [Location(name="Solo")]})

    assert moved.office_for("riverside-main-street").review_channel == "C0ELSEWHERE"
    assert moved.office_for("riverside-oak-park").review_channel == "C0OAK"
    assert fewer.office_for("riverside-oak-park") is fewer.practice_office
    assert group.office_for("riverside-main-street").review_channel == "C0GROUP"


def test_an_empty_list_falls_back_like_an_unset_one():
    settings = parse_settings(
        '[practice]\nname = "R"\nphone = "(555) 014-2290"\n[slack]\napprovers = ["U1"]\n'
        '[[locations]]\nname = "Main"\ngoogle_location = "accounts/1/locations/2"\n'
        "approvers = []\n"
    )
    assert settings.office_for("accounts/1/locations/2").approvers == ("U1",)


PRACTICE = '[practice]\nname = "R"\nphone = "(555) 014-2290"\n'
FIRST = '[[locations]]\nname = "Main"\ngoogle_location = "accounts/1/locations/2"\n'

# Each bad office -> what its message must say: the office by place and name, the key, the fix.
BAD_OFFICES = {
    "phone without area code": (
        FIRST + '[[locations]]\nname = "Oak Park"\nphone = "555-12"\n',
        ["locations[2] (Oak Park).phone: '555-12' is not a phone number the guardrail "
         "recognises", "(555) 014-2290"],
    ),
    "email without a domain": (
        '[[locations]]\nname = "Oak Park"\nemail = "oakpark"\n',
        ["locations[1] (Oak Park).email: 'oakpark' is not an email address"],
    ),
    "approvers as text": (
        '[[locations]]\nname = "Oak Park"\napprovers = "U0OAK"\n',
        ['locations[1] (Oak Park).approvers: must be a list in square brackets, e.g. '
         'approvers = ["..."]'],
    ),
    "an empty sign-off name": (
        '[[locations]]\nname = "Oak Park"\nsignoff = ["Maria", " "]\n',
        ["locations[1] (Oak Park).signoff", "has an empty name"],
    ),
    "a channel as a number": (
        '[[locations]]\nname = "Oak Park"\nreview_channel = 12\n',
        ["locations[1] (Oak Park).review_channel: must be text in double quotes"],
    ),
    "a misspelt key": (
        '[[locations]]\nname = "Oak Park"\napprover = ["U1"]\n',
        ["locations[1] (Oak Park).approver: unknown key", "did you mean 'approvers'?"],
    ),
    "no name": (
        FIRST + '[[locations]]\nphone = "(555) 014-3300"\n',
        ["locations[2].name: missing"],
    ),
    "the same Google location twice": (
        FIRST + '[[locations]]\nname = "Oak Park"\ngoogle_location = "accounts/1/locations/2"\n',
        ["locations[2] (Oak Park).google_location: 'accounts/1/locations/2' is also "
         "locations[1] (Main)'s; each office needs its own"],
    ),
    "the same Yelp business twice": (
        '[[locations]]\nname = "A"\nyelp_business_id = "x"\n'
        '[[locations]]\nname = "B"\nyelp_business_id = "x"\n',
        ["locations[2] (B).yelp_business_id: 'x' is also locations[1] (A)'s"],
    ),
    "the same name twice": (
        FIRST + '[[locations]]\nname = "main"\n',
        ["locations[2] (main).name: 'main' is also locations[1] (Main)'s"],
    ),
}


@pytest.mark.parametrize(("blocks", "fragments"), BAD_OFFICES.values(), ids=BAD_OFFICES.keys())
def test_a_bad_office_is_named_with_its_key_and_fix(blocks, fragments):
    with pytest.raises(SettingsError) as caught:
        parse_settings(PRACTICE + blocks, "group.toml")

    message = str(caught.value)
    assert message.startswith("group.toml: the settings are not usable:")
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in:\n{message}"


def test_every_bad_office_is_reported_at_once():
    text = (
        PRACTICE
        + '[[locations]]\nname = "Main"\nphone = "12"\n'
        + '[[locations]]\nname = "Oak Park"\nemail = "x"\napprovers = "U1"\n'
    )
    with pytest.raises(SettingsError) as caught:
        parse_settings(text, "group.toml")

    lines = str(caught.value).splitlines()[1:]
    assert [line.split(":")[0].strip(" -") for line in lines] == [
        "locations[1] (Main).phone",
        "locations[2] (Oak Park).email",
        "locations[2] (Oak Park).approvers",
    ]


@pytest.mark.parametrize(
    ("yelp", "fragment"),
    [
        ("interval_minutes = 0", "yelp.interval_minutes: Input should be greater than 0"),
        ("daily_call_budget = 0", "yelp.daily_call_budget: Input should be greater than or equal"),
        ("daily_calls = 300", "yelp.daily_calls: unknown key (did you mean 'daily_call_budget'?)"),
    ],
)
def test_bad_yelp_settings_are_named(yelp, fragment):
    with pytest.raises(SettingsError, match="yelp") as caught:
        parse_settings(PRACTICE + f"[yelp]\n{yelp}\n")
    assert fragment in str(caught.value)


def test_yelp_is_polled_hourly_within_the_starter_plans_calls_by_default():
    settings = parse_settings(PRACTICE)
    assert (settings.yelp.interval_minutes, settings.yelp.daily_call_budget) == (60.0, 300)
