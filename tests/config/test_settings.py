"""Settings files: a good one loads whole; every bad one fails at start naming the key and fix."""

from __future__ import annotations

import textwrap

import pytest

from slack_app.config import (
    Environment,
    Settings,
    SettingsError,
    load_settings,
    parse_settings,
)

GOOD = """
[practice]
name = "Riverside Family Dental"
phone = "(555) 014-2290"
email = "frontdesk@riverside.example"

[slack]
review_channel = "C0123456789"
approvers = ["U01APPROVER", "S01OFFICE"]
risk_managers = ["U01RISK"]

[[locations]]
name = "Main Street"
google_location = "accounts/1029384756/locations/5647382910"
yelp_business_id = "riverside-family-dental-springfield"

[drafting]
model = "gpt-4o-mini"
max_attempts = 2

[database]
path = "/var/lib/review-assistant/reviews.db"
"""


def settings_file(tmp_path, text: str):
    path = tmp_path / "review-assistant.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_good_file_loads_whole(tmp_path):
    path = settings_file(tmp_path, GOOD)

    settings = load_settings(str(path))

    assert settings.model_dump() == {
        "practice": {
            "name": "Riverside Family Dental",
            "phone": "(555) 014-2290",
            "email": "frontdesk@riverside.example",
            "extra_clinical_terms": [],
            "signoff_names": [],
            "timezone": "",
            "business_hours": "08:00-18:00",
            "business_days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        },
        "slack": {
            "review_channel": "C0123456789",
            "approvers": ["U01APPROVER", "S01OFFICE"],
            "risk_managers": ["U01RISK"],
            "risk_channel": "",
            "announce_per_second": 1.0,
        },
        "locations": [
            {
                "name": "Main Street",
                "google_location": "accounts/1029384756/locations/5647382910",
                "yelp_business_id": "riverside-family-dental-springfield",
                "display_name": "",
                "phone": "",
                "email": "",
                "review_channel": "",
                "approvers": [],
                "risk_managers": [],
                "signoff": [],
            }
        ],
        "drafting": {"model": "gpt-4o-mini", "max_attempts": 2, "timeout_seconds": 30.0},
        "triage": {"extra_terms": {}},
        "poll": {"interval_minutes": 15.0, "backfill_days": 14},
        "yelp": {"interval_minutes": 60.0, "daily_call_budget": 300},
        "database": {"path": "/var/lib/review-assistant/reviews.db"},
        "reminders": {"enabled": True, "after_hours": 24.0},
        "digest": {"schedule": "weekly", "day": "Mon", "time": "08:00", "channel": ""},
    }
    assert settings.source_path == str(path)


@pytest.mark.parametrize(
    "practice",
    [
        pytest.param('phone = "(555) 014-2290"', id="phone-only"),
        pytest.param('email = "office@example.com"', id="email-only"),
        pytest.param('phone = "+1 555 014 2290"', id="international-format"),
        pytest.param('phone = "555.014.2290"', id="dotted"),
    ],
)
def test_one_offline_contact_path_is_enough(practice):
    settings = parse_settings(f'[practice]\nname = "Smile Studio"\n{practice}\n')

    assert settings.practice.name == "Smile Studio"
    assert settings.practice.phone or settings.practice.email


# Each bad file -> the fragments its message must contain: the key and the fix.
BAD_FILES = {
    "missing-phone-and-email": (
        '[practice]\nname = "Smile Studio"\n',
        ["practice:", "practice.phone or practice.email", 'phone = "(555) 014-2290"'],
    ),
    "blank-phone-and-email": (
        '[practice]\nname = "Smile Studio"\nphone = "  "\nemail = ""\n',
        ["practice:", "practice.phone or practice.email"],
    ),
    "missing-practice": (
        '[slack]\nreview_channel = "C1"\n',
        ["practice: missing", "review-assistant init"],
    ),
    "phone-too-short": (
        '[practice]\nname = "Smile Studio"\nphone = "555-12"\n',
        ["practice.phone", "'555-12'", "not a phone number the guardrail recognises",
         "(555) 014-2290"],
    ),
    "phone-is-words": (
        '[practice]\nname = "Smile Studio"\nphone = "call the front desk"\n',
        ["practice.phone", "not a phone number the guardrail recognises", "area code"],
    ),
    "phone-is-a-number": (
        '[practice]\nname = "Smile Studio"\nphone = 5550142290\n',
        ["practice.phone: must be text in double quotes", 'phone = "..."'],
    ),
    "empty-name": (
        '[practice]\nname = ""\nphone = "(555) 014-2290"\n',
        ["practice.name: is empty; fill it in"],
    ),
    "bad-email": (
        '[practice]\nname = "Smile Studio"\nemail = "frontdesk"\n',
        ["practice.email", "'frontdesk' is not an email address", "name@example.com"],
    ),
    "unknown-top-level-table": (
        '[practice]\nname = "S"\nphone = "(555) 014-2290"\n[pratice]\nname = "S"\n',
        ["pratice: unknown key", "did you mean 'practice'?", "remove it"],
    ),
    "unknown-practice-key": (
        '[practice]\nname = "S"\nphone = "(555) 014-2290"\nfax = "(555) 014-2291"\n',
        ["practice.fax: unknown key", "allowed here: name, phone, email"],
    ),
    "misspelt-location-key": (
        '[practice]\nname = "S"\nphone = "(555) 014-2290"\n'
        '[[locations]]\nname = "Main"\ngoogle_locaton = "accounts/1/locations/2"\n',
        ["locations[1] (Main).google_locaton: unknown key", "did you mean 'google_location'?"],
    ),
    "misspelt-slack-key": (
        '[practice]\nname = "S"\nphone = "(555) 014-2290"\n[slack]\napprover = ["U1"]\n',
        ["slack.approver: unknown key", "did you mean 'approvers'?"],
    ),
    "bad-google-location": (
        '[practice]\nname = "S"\nphone = "(555) 014-2290"\n'
        '[[locations]]\nname = "Main"\ngoogle_location = "5647382910"\n',
        ["locations[1] (Main).google_location", "accounts/ACCOUNT_ID/locations/LOCATION_ID"],
    ),
    "malformed-toml-missing-quote": (
        '[practice]\nname = "Smile Studio\nphone = "(555) 014-2290"\n',
        ["not valid TOML", "line 2", "fix the syntax"],
    ),
    "malformed-toml-no-equals": (
        '[practice]\nname "Smile Studio"\n',
        ["not valid TOML", "line 2"],
    ),
    "out-of-range-attempts": (
        '[practice]\nname = "S"\nphone = "(555) 014-2290"\n[drafting]\nmax_attempts = 0\n',
        ["drafting.max_attempts", "greater than or equal to 1"],
    ),
}


@pytest.mark.parametrize("text, fragments", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_files_fail_naming_the_key_and_the_fix(tmp_path, text, fragments):
    path = settings_file(tmp_path, text)

    with pytest.raises(SettingsError) as caught:
        load_settings(str(path))

    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in:\n{message}"


def test_every_problem_in_a_file_is_reported_at_once():
    text = '[practice]\nname = "S"\nphone = "12"\nemail = "x"\n[slack]\nchanel = "C1"\n'

    with pytest.raises(SettingsError) as caught:
        parse_settings(text, "office.toml")

    lines = str(caught.value).splitlines()
    assert lines[0] == "office.toml: the settings are not usable:"
    assert [line.split(":")[0].strip(" -") for line in lines[1:]] == [
        "practice.phone",
        "practice.email",
        "slack.chanel",
    ]


@pytest.mark.parametrize(
    "setup, fragments",
    [
        pytest.param(None, ["settings file not found", "review-assistant init", "--config"],
                     id="missing-file"),
        pytest.param(b"[practice]\nname = \"Caf\xe9\"\n", ["not UTF-8", "save it as UTF-8"],
                     id="not-utf8"),
    ],
)
def test_unreadable_files_say_what_to_do(tmp_path, setup, fragments):
    path = tmp_path / "review-assistant.toml"
    if setup is not None:
        path.write_bytes(setup)

    with pytest.raises(SettingsError) as caught:
        load_settings(str(path))

    for fragment in fragments:
        assert fragment in str(caught.value)


def test_the_config_path_comes_from_the_environment(tmp_path, monkeypatch):
    path = settings_file(tmp_path, GOOD)
    monkeypatch.setenv("REVIEW_ASSISTANT_CONFIG", str(path))

    assert load_settings().practice.email == "frontdesk@riverside.example"


def test_the_demo_settings_pass_their_own_validation():
    settings = Settings.demo("x.db")

    assert parse_settings(_as_toml(settings)).practice == settings.practice


def _as_toml(settings: Settings) -> str:
    practice = settings.practice
    return (
        f'[practice]\nname = "{practice.name}"\nphone = "{practice.phone}"\n'
        f'email = "{practice.email}"\n'
    )


def test_environment_never_shows_a_secret():
    env = Environment.from_env(
        {"SLACK_BOT_TOKEN": "xoxb-1-secret", "OPENAI_BASE_URL": "http://model.local/v1"}
    )

    shown = repr(env)
    assert "xoxb-1-secret" not in shown
    assert "slack_bot_token=<set>" in shown
    assert "openai_base_url='http://model.local/v1'" in shown
    assert env.secrets() == ["xoxb-1-secret"]


def test_a_phone_without_area_code_is_refused(tmp_path):
    path = settings_file(tmp_path, '[practice]\nname = "S"\nphone = "555-0142"\n')

    with pytest.raises(SettingsError) as caught:
        load_settings(str(path))

    assert "'555-0142' is not a phone number the guardrail recognises with its area code" in str(
        caught.value
    )


@pytest.mark.parametrize(
    "make_path, fragments",
    [
        pytest.param(lambda tmp: tmp, ["is a folder, not a settings file", "--config"],
                     id="a-folder"),
        pytest.param(lambda tmp: _a_file(tmp) / "review-assistant.toml",
                     ["cannot be read", "Not a directory"], id="parent-is-a-file"),
    ],
)
def test_a_config_path_that_is_not_a_readable_file_says_so(tmp_path, make_path, fragments):
    path = make_path(tmp_path)

    with pytest.raises(SettingsError) as caught:
        load_settings(str(path))

    assert str(caught.value).startswith(f"{path}: ")
    for fragment in fragments:
        assert fragment in str(caught.value)


def _a_file(tmp_path):
    path = tmp_path / "plain-file"
    path.write_text("x")
    return path


def test_a_relative_database_path_is_taken_from_the_settings_folder(tmp_path, monkeypatch):
    folder = tmp_path / "etc"
    folder.mkdir()
    path = settings_file(folder, '[practice]\nname = "S"\nemail = "a@b.example"\n'
                                 '[database]\npath = "data/reviews.db"\n')
    monkeypatch.chdir(tmp_path)  # started from another folder

    settings = load_settings(str(path.relative_to(tmp_path)))

    assert settings.database.path == str(folder / "data" / "reviews.db")


def test_an_absolute_database_path_is_kept(tmp_path):
    assert load_settings(str(settings_file(tmp_path, GOOD))).database.path == (
        "/var/lib/review-assistant/reviews.db"
    )


def test_dot_env_in_the_current_folder_is_read_and_the_environment_wins(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text(
        "# the practice's tokens (an apostrophe in a comment is fine)\n"
        "SLACK_BOT_TOKEN=xoxb-from-dotenv\n"
        "OPENAI_BASE_URL=http://dotenv.local/v1\n"
        f"REVIEW_ASSISTANT_CONFIG={settings_file(tmp_path, GOOD)}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REVIEW_ASSISTANT_CONFIG", raising=False)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://from-environment.local/v1")

    env = Environment.from_env()

    assert env.slack_bot_token == "xoxb-from-dotenv"
    assert env.openai_base_url == "http://from-environment.local/v1"
    assert load_settings().practice.email == "frontdesk@riverside.example"


def test_a_dot_env_that_is_not_utf8_is_named(tmp_path, monkeypatch):
    (tmp_path / ".env").write_bytes(b"SLACK_BOT_TOKEN=caf\xe9\n")
    monkeypatch.chdir(tmp_path)

    with pytest.raises(SettingsError) as caught:
        Environment.from_env()

    assert str(caught.value) == f"{tmp_path / '.env'}: not UTF-8 text; save it as UTF-8"
