"""The settings the office manager's day adds: defaults, accepted spellings, and each bad value
refused at start with a message naming the key and the fix."""

from __future__ import annotations

import pytest

from slack_app.config import SettingsError, parse_settings

PRACTICE = '[practice]\nname = "Riverside"\nphone = "(555) 014-2290"\n'


def test_defaults():
    settings = parse_settings(PRACTICE)

    assert (settings.practice.timezone, settings.practice.business_hours) == ("", "08:00-18:00")
    assert settings.practice.business_days == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert settings.reminders.model_dump() == {"enabled": True, "after_hours": 24.0}
    assert settings.digest.model_dump() == {
        "schedule": "weekly",
        "day": "Mon",
        "time": "08:00",
        "channel": "",
    }


def test_spellings_are_normalised():
    settings = parse_settings(
        PRACTICE + 'timezone = "Europe/Berlin"\nbusiness_hours = "7:30-24:00"\n'
        'business_days = ["saturday", "Fri", "FRI"]\n'
        '[digest]\nschedule = "daily"\nday = "tuesday"\ntime = "6:05"\n'
    )

    assert settings.practice.business_hours == "07:30-24:00"
    assert settings.practice.business_days == ["Fri", "Sat"]
    assert (settings.digest.day, settings.digest.time) == ("Tue", "06:05")


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            'timezone = "Mars/Olympus"',
            "practice.timezone: 'Mars/Olympus' is not a time zone this machine knows",
        ),
        (
            'business_hours = "18:00-08:00"',
            "practice.business_hours: '18:00-08:00' ends before it starts",
        ),
        ('business_hours = "9 to 5"', "practice.business_hours: '9 to 5' is not a range of hours"),
        ('business_hours = "08:00-25:00"', "is not a time of day; write it as HH:MM"),
        ("business_days = []", "practice.business_days: is empty"),
        ('business_days = ["Mon", "Funday"]', "'Funday' is not a day of the week"),
        ('[digest]\nschedule = "hourly"', "digest.schedule: Input should be 'weekly', 'daily'"),
        ('[digest]\nday = "Someday"', "digest.day: 'Someday' is not a day of the week"),
        ('[digest]\ntime = "8am"', "digest.time: '8am' is not a time of day"),
        ('[digest]\ntime = "24:00"', "digest.time: '24:00' is not a time of day"),
        ("[reminders]\nafter_hours = 0", "reminders.after_hours: Input should be greater than 0"),
        (
            "[reminders]\nafter_hour = 4",
            "reminders.after_hour: unknown key (did you mean 'after_hours'?)",
        ),
    ],
)
def test_each_bad_value_is_named(extra, message):
    with pytest.raises(SettingsError) as error:
        parse_settings(PRACTICE + extra + "\n")

    assert message in str(error.value)
