"""`review-assistant doctor` against local servers standing in for Slack, Google, Yelp and the
model: one run where all is well, then one broken thing at a time, each reported with its fix.
"""

from __future__ import annotations

import json
import re
import socket
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from slack_app.config import Environment
from slack_app.doctor import exit_code, manifest_bot_scopes, run_checks
from tests.cli.conftest import run_command
from tests.cli.fake_services import APP_TOKEN, BOT_TOKEN, DoctorSlack
from tests.fakes import google_business, yelp_fusion
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.openai_chat import FakeOpenAI
from tests.fakes.slack_api import DEFAULT_SCOPES, FakeSlack
from tests.fakes.yelp_fusion import FakeYelpFusion

MANIFEST = """\
display_information:
  name: Review Assistant
features:
  bot_user:
    display_name: Review Assistant
    always_online: true
  app_home:
    home_tab_enabled: true
  slash_commands:
    - command: /review-reply
      description: Draft a privacy-safe reply to a review
oauth_config:
  scopes:
    bot:
      - chat:write
      - commands
      - channels:read
      - groups:read   # private review channels
      - users:read
      - usergroups:read
      - files:write
settings:
  event_subscriptions:
    bot_events:
      - app_home_opened
  interactivity:
    is_enabled: true
  socket_mode_enabled: true
"""

SETTINGS = """\
[practice]
name = "Riverside Family Dental"
phone = "(555) 014-2290"
email = "frontdesk@riverside.example"
timezone = "America/Chicago"

[slack]
review_channel = "C0REVIEWS1"
approvers = ["U0MARIA001", "S0OFFICE01"]
risk_managers = ["U0RISK0001"]

[[locations]]
name = "Main Street"
google_location = "{google_location}"
yelp_business_id = "{yelp_business_id}"

[drafting]
model = "gpt-4o-mini"
"""



@dataclass
class World:
    slack: DoctorSlack
    google: FakeGoogleBusiness
    yelp: FakeYelpFusion
    model: FakeOpenAI
    env: dict[str, str]
    settings_path: str
    manifest_path: str

    def environment(self) -> Environment:
        return Environment.from_env(self.env)

    def check(self):
        return run_checks(self.settings_path, self.environment(),
                          manifest_path=Path(self.manifest_path), timeout=5)


def closed_port_url() -> str:
    """An address where nothing listens: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def world(tmp_path):
    yield from doctor_world(tmp_path)


def doctor_world(tmp_path):
    """The fixture's body: also the `world` of tests/cli/test_doctor_offices.py."""
    slack = DoctorSlack(FakeSlack().start())
    google = FakeGoogleBusiness(locations=1, reviews_per_location=5).start()
    yelp = FakeYelpFusion(businesses=1).start()
    model = FakeOpenAI().start()
    settings_path = tmp_path / "review-assistant.toml"
    settings_path.write_text(SETTINGS.format(google_location=google.locations[0],
                                             yelp_business_id=yelp.business_ids[0]))
    manifest_path = tmp_path / "manifest.yml"
    manifest_path.write_text(MANIFEST)
    env = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": slack.fake.api_url,
        **google.environ(),
        **yelp.environ(),
        "OPENAI_API_KEY": "sk-fake-model-key-123456",
        "OPENAI_BASE_URL": model.base_url,
    }
    world = World(slack, google, yelp, model, env, str(settings_path), str(manifest_path))
    yield world
    world.model.server.stop()
    yelp.stop()
    google.stop()
    slack.fake.stop()


ALL_WELL = [
    ("Settings", "settings file", "ok"),
    ("Database", "database file", "ok"),  # not created yet: the first run creates it
    ("Slack", "bot token", "ok"),
    ("Slack", "app token", "ok"),
    ("Slack", "auth.test", "ok"),
    ("Slack", "bot scopes", "ok"),
    ("Slack", "review channel", "ok"),
    ("Slack", "approvers", "ok"),
    ("Slack", "risk managers", "ok"),
    ("Google", "credentials", "ok"),
    ("Google", "location Main Street", "ok"),
    ("Yelp", "business Main Street", "ok"),
    ("Yelp", "replies", "warn"),
    ("Yelp", "daily calls", "ok"),
    ("Model", "drafting model", "ok"),
    ("Guardrail", "own contact details", "ok"),
    ("Guardrail", "reply templates", "ok"),
    ("Reminders & digest", "manifest", "ok"),
    ("Reminders & digest", "time zone", "ok"),
    ("Reminders & digest", "reminders", "ok"),
    ("Reminders & digest", "digest", "ok"),
    ("Reminders & digest", "chart upload", "ok"),
]


def statuses(results):
    return [(r.area, r.name, r.status) for r in results]


def test_all_well(world):
    results = world.check()

    assert statuses(results) == ALL_WELL
    assert exit_code(results) == 0
    by_name = {r.name: r for r in results}
    assert by_name["auth.test"].detail == (
        "connected to Practice as @review-assistant"
    )
    assert by_name["review channel"].detail == "the bot is in #reviews"
    assert by_name["location Main Street"].detail == f"{world.google.locations[0]}: 5 reviews"
    assert by_name["business Main Street"].detail == f"{world.yelp.business_ids[0]}: 3 reviews"
    assert by_name["drafting model"].detail.startswith("gpt-4o-mini is available at http://")
    assert by_name["replies"].required is False


def break_bot_token_kind(world):
    world.env["SLACK_BOT_TOKEN"] = "xoxp-2041-55-user-token"


def break_app_token_kind(world):
    world.env["SLACK_APP_TOKEN"] = BOT_TOKEN


def break_app_token(world):
    # Slack knows another app-level token (this one was revoked or regenerated).
    world.slack.fake.app_token = "xapp-1-A0RA01-5530-aNewerAppToken"


def break_socket_mode(world):
    world.slack.fake.socket_mode = None  # Socket Mode switched off in the app's settings


def break_model_path(world):
    world.env["OPENAI_BASE_URL"] = world.model.url  # the server's root, without /v1


def break_scope(world):
    world.slack.scopes.remove("usergroups:read")


def break_membership(world):
    world.slack.channels["C0REVIEWS1"] = {"name": "reviews", "is_private": False,
                                          "is_member": False}


def break_private_membership(world):
    world.slack.channels["C0REVIEWS1"]["is_member"] = False


def break_google_token(world):
    # What Google answers for a refresh token that was revoked: 400 invalid_grant.
    world.env["GOOGLE_REFRESH_TOKEN"] = "1//a-token-the-user-revoked"


def break_model(world):
    world.env["OPENAI_BASE_URL"] = closed_port_url() + "/v1"


def break_model_name(world):
    world.model.server.stop()
    world.model = FakeOpenAI(models=("llama-3.1-8b-instruct",)).start()
    world.env["OPENAI_BASE_URL"] = world.model.base_url


def break_approver(world):
    del world.slack.fake.users["U0MARIA001"]


def break_risk_manager(world):
    world.slack.fake.users["U0RISK0001"]["deleted"] = True


def break_yelp_key(world):
    world.env["YELP_API_KEY"] = "wrong-key"


def break_slack_token(world):
    # Revoked for good: the Slack checks and the chart's scope check both ask auth.test.
    world.slack.fake.fail_next("auth.test", error="token_revoked", times=2)


# Slack checks that cannot run once the token is unusable: dropped from the checklist.
AFTER_AUTH = {
    **{
        ("Slack", name): (None, "")
        for name in ("bot scopes", "review channel", "approvers", "risk managers")
    },
    ("Reminders & digest", "chart upload"): (None, ""),
}

# name -> (how to break it, the checks that change: {(area, name): (status or None when the
# check no longer runs, fix fragment)}, what the first changed check's detail says)
BROKEN = {
    "wrong-bot-token-kind": (
        break_bot_token_kind,
        {
            ("Slack", "bot token"): ("fail", "Bot User OAuth Token"),
            ("Slack", "auth.test"): ("skip", ""),
            **AFTER_AUTH,
        },
        "SLACK_BOT_TOKEN is a user token (xoxp-...), not a bot token (xoxb-...)",
    ),
    "wrong-app-token-kind": (
        break_app_token_kind,
        {("Slack", "app token"): ("fail", "the xoxb- token belongs in SLACK_BOT_TOKEN")},
        "SLACK_APP_TOKEN is a bot token (xoxb-...), not an app-level token (xapp-...)",
    ),
    "revoked-app-token": (
        break_app_token,
        {("Slack", "app token"): ("fail", "copy the App-Level Token again")},
        "Slack refused SLACK_APP_TOKEN for Socket Mode (apps.connections.open: invalid_auth)",
    ),
    "socket-mode-off": (
        break_socket_mode,
        {("Slack", "app token"): ("fail", "turn Socket Mode on")},
        "(apps.connections.open: socket_mode_not_enabled)",
    ),
    "model-url-without-v1": (
        break_model_path,
        {("Model", "drafting model"): ("fail", "OpenAI-compatible servers answer under /v1")},
        "answered 404 Not Found to a chat completion for gpt-4o-mini",
    ),
    "missing-scope": (
        break_scope,
        {
            ("Slack", "bot scopes"): ("fail", "reinstall it to the workspace"),
            ("Slack", "approvers"): ("fail", "add the scope to manifest.yml"),
        },
        "the bot token lacks usergroups:read (manifest.yml asks for them)",
    ),
    "bot-not-in-public-channel": (
        break_membership,
        {("Slack", "review channel"): ("fail", "/invite @")},
        "the bot is not a member of #reviews",
    ),
    "bot-not-in-private-channel": (
        break_private_membership,
        {("Slack", "review channel"): ("fail", "invite the bot first")},
        "C0REVIEWS1: Slack said channel_not_found",
    ),
    "revoked-slack-token": (
        break_slack_token,
        {("Slack", "auth.test"): ("fail", "reinstall the app"), **AFTER_AUTH},
        "Slack said token_revoked",
    ),
    "unknown-approver": (
        break_approver,
        {("Slack", "approvers"): ("fail", "Copy member ID")},
        "U0MARIA001: user_not_found",
    ),
    "deactivated-risk-manager": (
        break_risk_manager,
        {("Slack", "risk managers"): ("fail", "remove the id or replace it")},
        "U0RISK0001 (dr.chen): account deactivated",
    ),
    "revoked-google-token": (
        break_google_token,
        {
            ("Google", "credentials"): ("fail", "make a new refresh token"),
            ("Google", "location Main Street"): (None, ""),
        },
        "the refresh token was revoked or has expired (invalid_grant)",
    ),
    "wrong-yelp-key": (
        break_yelp_key,
        {("Yelp", "business Main Street"): ("fail", "copy the API key again")},
        ": TOKEN_INVALID Invalid access token",
    ),
    "unreachable-model": (
        break_model,
        {("Model", "drafting model"): ("unreachable", "start the model server or fix "
                                                      "OPENAI_BASE_URL")},
        "could not reach http://127.0.0.1:",
    ),
    "model-not-served": (
        break_model_name,
        {("Model", "drafting model"): ("fail", "llama-3.1-8b-instruct")},
        "gpt-4o-mini is not offered by",
    ),
}


@pytest.mark.parametrize("breaker, changed, detail", BROKEN.values(), ids=BROKEN.keys())
def test_one_broken_thing_is_reported_with_its_fix(world, breaker, changed, detail):
    breaker(world)

    results = world.check()

    expected = [
        (area, name, changed.get((area, name), (status,))[0]) for area, name, status in ALL_WELL
    ]
    assert statuses(results) == [row for row in expected if row[2] is not None]
    assert exit_code(results) == 1
    by_key = {(r.area, r.name): r for r in results}
    assert detail in by_key[next(iter(changed))].detail
    for key, (status, fix) in changed.items():
        if status is not None:
            assert fix in by_key[key].fix, (key, by_key[key])


def test_offline_every_service_is_reported_unreachable_not_a_crash(world):
    gone = closed_port_url()
    world.env.update({
        "SLACK_API_URL": f"{gone}/api/",
        "GOOGLE_TOKEN_URI": f"{gone}/token",
        "YELP_API_URL": gone,
        "OPENAI_BASE_URL": f"{gone}/v1",
    })

    results = world.check()

    unreachable = [(r.area, r.name) for r in results if r.status == "unreachable"]
    assert unreachable == [
        ("Slack", "app token"),
        ("Slack", "auth.test"),
        ("Google", "credentials"),
        ("Yelp", "business Main Street"),
        ("Model", "drafting model"),
    ]
    assert all(r.fix for r in results if r.status == "unreachable")
    assert exit_code(results) == 1


def test_a_bad_settings_file_fails_first_and_the_rest_still_runs(world):
    with open(world.settings_path, "a") as handle:
        handle.write("\n[slack_extra]\nx = 1\n")

    results = world.check()

    assert results[0].status == "fail"
    assert "slack_extra: unknown key" in results[0].detail
    assert [r.status for r in results if r.area == "Slack"][:3] == ["ok", "ok", "ok"]
    assert {r.status for r in results if r.area in ("Google", "Yelp", "Guardrail")} == {"skip"}
    assert exit_code(results) == 1


def test_no_keys_at_all_means_templates_and_a_clear_list_of_what_to_set(world):
    for name in list(world.env):
        del world.env[name]

    results = world.check()

    by_key = {(r.area, r.name): r for r in results}
    assert by_key[("Slack", "bot token")].status == "fail"
    assert by_key[("Google", "credentials")].detail == (
        "GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN not set"
    )
    assert by_key[("Yelp", "API key")].status == "fail"
    assert by_key[("Model", "drafting model")].status == "ok"
    assert "built-in reply templates" in by_key[("Model", "drafting model")].detail


def test_the_cli_prints_a_checklist_with_fixes_and_never_a_secret(world, monkeypatch, capsys):
    break_google_token(world)
    for name, value in world.env.items():
        monkeypatch.setenv(name, value)

    code = run_command("doctor", ["--config", world.settings_path,
                                  "--manifest", world.manifest_path, "--timeout", "5"])

    out = capsys.readouterr().out
    assert code == 1
    assert "  FAIL          credentials: the refresh token was revoked" in out
    assert "\n                fix: make a new refresh token" in out
    assert "  ok            auth.test: connected to Practice as @review-assistant" in out
    assert "1 required failing" in out
    for secret in (BOT_TOKEN, APP_TOKEN, google_business.REFRESH_TOKEN, yelp_fusion.API_KEY,
                   world.env["OPENAI_API_KEY"], google_business.CLIENT_SECRET):
        assert secret not in out


def test_the_cli_json_lines(world, monkeypatch, capsys):
    for name, value in world.env.items():
        monkeypatch.setenv(name, value)

    code = run_command("doctor", ["--config", world.settings_path,
                                  "--manifest", world.manifest_path, "--json"])

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [(line["area"], line["name"], line["status"]) for line in lines] == ALL_WELL
    assert set(lines[0]) == {"area", "name", "status", "detail", "fix", "required", "failed"}


@pytest.mark.parametrize(
    "manifest, scopes",
    [
        pytest.param(MANIFEST, ["chat:write", "commands", "channels:read", "groups:read",
                                "users:read", "usergroups:read", "files:write"],
                     id="block-list-with-comment"),
        pytest.param("oauth_config:\n  scopes:\n    bot: [chat:write, 'commands']\n",
                     ["chat:write", "commands"], id="flow-list"),
        pytest.param(textwrap.dedent("""\
            oauth_config:
              scopes:
                user:
                  - search:read
                bot:
                  - chat:write
              redirect_urls: []
            bot:
              - not-a-scope
            """), ["chat:write"], id="user-scopes-and-a-later-bot-key-ignored"),
        pytest.param("display_information:\n  name: x\n", [], id="no-scopes"),
    ],
)
def test_manifest_bot_scopes(manifest, scopes):
    assert manifest_bot_scopes(manifest) == scopes


# What the app itself needs: no channels:read, groups:read, nor users:read (doctor's only).
APP_ONLY_SCOPES = ["chat:write", "commands", "im:write", "usergroups:read", "channels:history",
                   "groups:history", "files:write"]


def app_only_scopes(world) -> None:
    world.slack.scopes = list(APP_ONLY_SCOPES)
    Path(world.manifest_path).write_text(
        "features:\n  app_home:\n    home_tab_enabled: true\n"
        "oauth_config:\n  scopes:\n    bot:\n"
        + "".join(f"      - {scope}\n" for scope in APP_ONLY_SCOPES)
        + "settings:\n  event_subscriptions:\n    bot_events:\n      - app_home_opened\n"
    )


def test_with_only_the_scopes_the_app_needs_doctor_still_checks_membership(world):
    """Without the read scopes doctor falls back to reading one message for membership; the
    people it cannot look up are shown as skipped, with why, never as found."""
    app_only_scopes(world)

    results = world.check()

    by_key = {(r.area, r.name): r for r in results}
    assert by_key[("Slack", "bot scopes")].status == "ok"
    assert by_key[("Slack", "review channel")].status == "ok"
    assert by_key[("Slack", "review channel")].detail == "the bot is in C0REVIEWS1"
    approvers = by_key[("Slack", "approvers")]
    assert (approvers.status, approvers.required) == ("skip", False)
    assert approvers.detail == (
        "not checked: U0MARIA001 (the bot token lacks users:read); S0OFFICE01 found"
    )
    assert "users:read" in approvers.fix
    risk = by_key[("Slack", "risk managers")]
    assert (risk.status, risk.detail) == (
        "skip", "not checked: U0RISK0001 (the bot token lacks users:read)"
    )
    assert exit_code(results) == 0


def test_with_only_the_apps_scopes_a_missing_member_is_still_found(world):
    app_only_scopes(world)
    break_membership(world)

    results = world.check()

    channel = next(r for r in results if r.name == "review channel")
    assert (channel.status, channel.detail) == ("fail", "the bot is not a member of C0REVIEWS1")
    assert "/invite @" in channel.fix
    assert exit_code(results) == 1


def test_templates_the_practices_own_terms_would_block_are_listed(world):
    with open(world.settings_path) as handle:
        text = handle.read()
    # A practice that marks "office manager" as clinical jargon blocks the templates using it.
    text = text.replace('email = "frontdesk@riverside.example"\n',
                        'email = "frontdesk@riverside.example"\n'
                        'extra_clinical_terms = ["office manager"]\n')
    with open(world.settings_path, "w") as handle:
        handle.write(text)

    results = world.check()

    templates = next(r for r in results if r.name == "reply templates")
    assert templates.status == "fail"
    blocked = r"\d+ of \d+ templates are blocked: (en|es)-(low|mid|high)/[0-9.]+: "
    assert re.match(blocked, templates.detail)
    assert "office manager" in templates.detail
    assert "practice.extra_clinical_terms" in templates.fix
    assert exit_code(results) == 1


def test_a_server_that_lists_no_models_is_asked_for_a_tiny_completion(world):
    # Some OpenAI-compatible servers answer 404 on /v1/models; the chat route still works.
    routes = world.model.server.routes
    routes[:] = [route for route in routes if "models" not in route[1].pattern]

    results = world.check()

    model = next(r for r in results if r.area == "Model")
    assert (model.status, model.detail) == (
        "ok", f"gpt-4o-mini answered at {world.env['OPENAI_BASE_URL']}"
    )
    (body,) = world.model.chat_bodies()
    assert body["model"] == "gpt-4o-mini"
    assert len(body["messages"]) == 1


def test_the_app_token_is_asked_of_slack_and_the_url_is_not_opened(world):
    world.slack.fake.app_token = APP_TOKEN

    results = world.check()

    app = next(r for r in results if r.name == "app token")
    assert (app.status, app.detail) == (
        "ok", "Slack accepts SLACK_APP_TOKEN for Socket Mode (apps.connections.open)"
    )
    (call,) = world.slack.fake.requests_to("apps.connections.open")
    assert call.headers["authorization"] == f"Bearer {APP_TOKEN}"
    assert "ticket" not in json.dumps([r.to_dict() for r in results])


def test_the_missing_v1_hint_shows_the_address_to_use(world):
    break_model_path(world)

    model = next(r for r in world.check() if r.area == "Model")

    assert model.fix == (
        "OpenAI-compatible servers answer under /v1: set OPENAI_BASE_URL to "
        f"{world.model.url}/v1 (check the server's documentation for its path)"
    )


def test_a_404_for_an_unknown_model_names_the_model_not_the_path(world):
    from tests.fakes.openai_chat import api_error

    routes = world.model.server.routes
    routes[:] = [route for route in routes if "models" not in route[1].pattern]
    world.model.script(api_error(404, "The model `gpt-4o-mini` does not exist", "model_not_found"))

    model = next(r for r in world.check() if r.area == "Model")

    assert (model.status, model.fix) == (
        "fail", "the server does not serve gpt-4o-mini: set [drafting] model to one it lists"
    )


def test_skipped_checks_are_shown_as_skipped_and_never_counted_as_passed(
    world, monkeypatch, capsys
):
    app_only_scopes(world)
    for name, value in world.env.items():
        monkeypatch.setenv(name, value)

    code = run_command("doctor", ["--config", world.settings_path,
                                  "--manifest", world.manifest_path])

    out = capsys.readouterr().out
    assert code == 0
    assert "  skip          approvers: not checked: U0MARIA001 (the bot token lacks " in out
    assert "\n                fix: manifest.yml asks for users:read" in out
    assert "19 ok, 0 required failing, 1 warnings, 2 skipped." in out, out
    assert "No required check failed, but 2 could not run (the skip lines above): those are " \
        "not confirmed." in out
    assert "All required checks passed" not in out


def test_the_shipped_manifest_asks_for_what_doctor_needs_to_check_people():
    shipped = Path(__file__).resolve().parents[2] / "manifest.yml"

    scopes = manifest_bot_scopes(shipped.read_text())

    assert "users:read" in scopes
    assert set(scopes) <= set(DEFAULT_SCOPES)  # a fresh install satisfies doctor's comparison
