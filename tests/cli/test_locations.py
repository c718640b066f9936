"""`review-assistant locations` (and `init`'s offer of it) against the fake Google: every
account and every location, all pages of both, as [[locations]] blocks that load."""

from __future__ import annotations

import pytest

from slack_app.config import load_settings, parse_settings
from tests.cli.conftest import FakeTerminal, run_command
from tests.fakes.google_accounts import _error
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.http import Response

PRACTICE = '[practice]\nname = "Riverside Family Dental"\nphone = "(555) 014-2290"\n'


@pytest.fixture
def google(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env of the repository's
    with FakeGoogleBusiness(locations=130, reviews_per_location=0) as fake:
        for name, value in fake.environ().items():
            monkeypatch.setenv(name, value)
        yield fake


def blocks_of(out: str) -> str:
    return out[out.index("[[locations]]"):]


def test_every_account_and_location_on_every_page(google, capsys):
    # 25 more accounts than the personal one: two pages of accounts (20 a page).
    google.accounts += [
        {"name": f"accounts/77{n:04d}", "accountName": f"Group {n}", "type": "USER_GROUP",
         "role": "MANAGER"}
        for n in range(25)
    ]

    code = run_command("locations", [])

    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Google accounts this refresh token can manage: 27\n")
    assert "  accounts/1029384756  Riverside Family Dental (LOCATION_GROUP, OWNER): " \
           "130 locations" in out
    assert "  accounts/110203040506070809  Dana Whitfield (PERSONAL, PRIMARY_OWNER): " \
           "0 locations" in out
    settings = parse_settings(PRACTICE + blocks_of(out))
    assert [loc.google_location for loc in settings.locations] == google.locations
    first, second = settings.locations[:2]
    # 130 offices of one title in six towns: the town and the store code tell them apart.
    assert (first.name, first.phone) == (
        "Riverside Family Dental (Springfield, RFD-001)", "(555) 014-3000"
    )
    assert second.name == "Riverside Family Dental (Oak Park, RFD-002)"
    assert len({loc.name for loc in settings.locations}) == 130
    assert "# 100 Main Street, Springfield, IL 62700 · store code RFD-001" in out
    accounts = google.server.calls(r"^/v1/accounts$")
    assert [call.arg("pageSize") for call in accounts] == ["20", "20"]
    listings = google.server.calls(r"^/v1/accounts/[^/]+/locations$")
    assert len(listings) == 27 + 1  # one per account, two pages for the one with 130
    assert {call.arg("readMask") for call in listings} == {
        "name,title,storeCode,phoneNumbers,storefrontAddress"
    }


def test_locations_already_in_the_settings_are_marked_and_left_out(google, tmp_path, capsys):
    settings = tmp_path / "review-assistant.toml"
    settings.write_text(
        PRACTICE + f'[[locations]]\nname = "Main Street"\ngoogle_location = '
        f'"{google.locations[0]}"\n'
    )

    assert run_command("locations", ["--config", str(settings)]) == 0

    out = capsys.readouterr().out
    assert f"    {google.locations[0]}  Riverside Family Dental  [in the settings as " \
           "'Main Street']" in out
    pasted = parse_settings(settings.read_text() + "\n" + blocks_of(out))
    assert len(pasted.locations) == 130
    assert f"# Paste into {settings}." in out


def test_a_phone_without_its_area_code_is_left_as_a_comment(google, capsys):
    google.location_info[google.locations[0]]["phoneNumbers"] = {"primaryPhone": "014-3000"}

    assert run_command("locations", []) == 0

    out = capsys.readouterr().out
    assert '# phone = "014-3000"  (add the area code)' in out
    assert parse_settings(PRACTICE + blocks_of(out)).locations[0].phone == ""


@pytest.mark.parametrize(
    ("refusal", "fragments"),
    [
        pytest.param(
            Response(403, _error(403, "Business Profile API has not been used in project 123",
                                 "PERMISSION_DENIED")),
            ["HTTP 403 PERMISSION_DENIED", "Business Profile API access"],
            id="no API access",
        ),
        pytest.param(
            Response(200, {"accounts": "many"}),
            ["'accounts' is not a list of objects"],
            id="malformed page",
        ),
        pytest.param(Response(200, "<html>"), ["the answer is not JSON"], id="not JSON"),
    ],
)
def test_a_refusal_is_one_line_and_exit_1(google, capsys, refusal, fragments):
    google.accounts_refusal = refusal

    assert run_command("locations", []) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("locations: Google refused the listing: ")
    for fragment in fragments:
        assert fragment in line


def test_without_the_google_variables_it_says_which(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    for name in ("GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "GOOGLE_REFRESH_TOKEN"):
        monkeypatch.delenv(name, raising=False)

    assert run_command("locations", []) == 2

    assert "set GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN first" in (
        capsys.readouterr().err
    )


def test_init_adds_them_when_asked(google, tmp_path, no_terminal, capsys):
    path = tmp_path / "review-assistant.toml"

    code = run_command("init", ["--name", "Riverside Family Dental", "--phone", "(555) 014-2290",
                                "--path", str(path), "--google-locations"])

    assert code == 0
    settings = load_settings(str(path))
    assert [loc.google_location for loc in settings.locations] == google.locations
    assert "Found 130 Google location(s) in 2 account(s)." in capsys.readouterr().out
    # The commented two-office example is still there to copy from.
    assert '# name = "Oak Park"' in path.read_text()


def test_init_offers_them_in_a_terminal(google, tmp_path, monkeypatch):
    terminal = FakeTerminal(["Riverside Family Dental", "(555) 014-2290", "", "y"])
    monkeypatch.setattr("sys.stdin", terminal)
    path = tmp_path / "review-assistant.toml"

    assert run_command("init", ["--path", str(path)]) == 0

    assert terminal.answers == []
    assert len(load_settings(str(path)).locations) == 130


def test_init_asked_for_them_without_access_writes_nothing(google, tmp_path, no_terminal, capsys):
    google.accounts_refusal = Response(403, _error(403, "denied", "PERMISSION_DENIED"))
    path = tmp_path / "review-assistant.toml"

    code = run_command("init", ["--name", "R", "--phone", "(555) 014-2290", "--path", str(path),
                                "--google-locations"])

    assert code == 1 and not path.exists()
    assert "Google refused the listing: " in capsys.readouterr().err


@pytest.mark.parametrize(
    ("titles", "towns", "names"),
    [
        (["Smile Co", "Smile Co"], ["Springfield", "Oak Park"],
         ["Smile Co (Springfield)", "Smile Co (Oak Park)"]),
        (["Smile Co", "Bright Dental"], ["Springfield", "Springfield"],
         ["Smile Co", "Bright Dental"]),
        (["Smile Co", "Smile Co"], ["", ""], ["Smile Co (S-1)", "Smile Co (S-2)"]),
    ],
)
def test_office_names_are_told_apart_as_little_as_needed(titles, towns, names):
    from slack_app.sources.google_accounts import ManagedAccount, ManagedLocation, office_names

    account = ManagedAccount("accounts/1", "Group", "LOCATION_GROUP", "OWNER")
    locations = [
        ManagedLocation(account, f"accounts/1/locations/{n}", title, store_code=f"S-{n + 1}",
                        town=town)
        for n, (title, town) in enumerate(zip(titles, towns, strict=True))
    ]
    assert office_names(locations) == names
