"""doctor's "Reminders & digest" checks: the manifest (Home tab, its event, files:write), the
practice's zone, the schedule, the token's files:write and the digest channel."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from slack_app.config import DigestSettings, Environment, Practice, RemindersSettings
from slack_app.doctor.manifest import manifest_entries
from slack_app.doctor.office import check_manifest, check_office
from tests.office.conftest import BOT_TOKEN, office_settings

REPO_MANIFEST = Path(__file__).resolve().parents[2] / "manifest.yml"
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)  # Wednesday noon in Chicago


def rows(results):
    return [(r.area, r.name, r.status, r.detail) for r in results]


def test_the_repositorys_manifest_has_what_the_day_needs():
    (result,) = check_manifest(REPO_MANIFEST)

    assert (result.status, result.detail) == (
        "ok",
        "Home tab, app_home_opened and files:write are in manifest.yml",
    )


def test_a_manifest_without_them_fails_naming_each(tmp_path):
    old = tmp_path / "manifest.yml"
    old.write_text(
        "features:\n  bot_user:\n    display_name: x\noauth_config:\n  scopes:\n"
        "    bot:\n      - chat:write\n"
    )

    (result,) = check_manifest(old)

    assert (result.status, result.detail) == (
        "fail",
        "manifest.yml lacks features.app_home.home_tab_enabled: true, the app_home_opened bot "
        "event, the files:write scope",
    )
    assert "Reinstall" in result.fix


@pytest.mark.parametrize(
    "text, path, entries",
    [
        ("a:\n  b: true  # on\n", ("a", "b"), ["true"]),
        ("a:\n  b:\n    - x\n    - 'y'\n  c: 1\n", ("a", "b"), ["x", "y"]),
        ("a:\n  c:\n    b: true\n", ("a", "b"), []),
        ("a:\n  b: [x, 'y']\n", ("a", "b"), ["x", "y"]),
    ],
)
def test_manifest_entries(text, path, entries):
    assert manifest_entries(text, path) == entries


def test_all_well_with_slack(slack, store):
    settings = office_settings(str(store.path))
    env = Environment(slack_bot_token=BOT_TOKEN, slack_api_url=slack.api_url)

    assert rows(check_office(settings, env, manifest_path=REPO_MANIFEST, now=NOW)) == [
        (
            "Reminders & digest",
            "manifest",
            "ok",
            "Home tab, app_home_opened and files:write are in manifest.yml",
        ),
        ("Reminders & digest", "time zone", "ok", "America/Chicago"),
        (
            "Reminders & digest",
            "reminders",
            "ok",
            "after 24 h, Mon, Tue, Wed, Thu, Fri 08:00-18:00 (America/Chicago)",
        ),
        ("Reminders & digest", "digest", "ok", "weekly; next Mon Nov 30 08:00 (America/Chicago)"),
        ("Reminders & digest", "chart upload", "ok", "files:write granted"),
    ]


def test_what_is_off_or_missing(slack, store):
    slack.scopes.remove("files:write")
    slack.channels["C0DIGEST"] = {"name": "digest", "is_private": False, "is_member": False}
    settings = office_settings(
        str(store.path),
        practice=Practice(name="R", phone="(555) 014-2290"),
        reminders=RemindersSettings(enabled=False),
        digest=DigestSettings(channel="C0DIGEST"),
    )
    env = Environment(slack_bot_token=BOT_TOKEN, slack_api_url=slack.api_url)

    found = {r.name: r for r in check_office(settings, env, manifest_path=REPO_MANIFEST, now=NOW)}

    assert found["time zone"].status == "warn" and "machine's zone" in found["time zone"].detail
    assert found["reminders"].status == "skip"
    assert (found["chart upload"].status, found["chart upload"].detail) == (
        "fail",
        "the bot token lacks files:write: the digest goes out without its chart",
    )
    assert (found["digest channel"].status, found["digest channel"].area) == (
        "fail",
        "Reminders & digest",
    )
    assert "not a member of #digest" in found["digest channel"].detail


def test_digest_off_and_no_settings():
    off = office_settings(digest=DigestSettings(schedule="off"))
    found = {
        r.name: r.status
        for r in check_office(off, Environment(), manifest_path=REPO_MANIFEST, now=NOW)
    }
    unloaded = check_office(None, Environment(), manifest_path=REPO_MANIFEST)

    assert found["digest"] == "skip" and "chart upload" not in found
    assert [(r.name, r.status) for r in unloaded] == [("manifest", "ok"), ("schedule", "skip")]
