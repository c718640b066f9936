"""Doctor's Slack workspace: a FakeSlack seeded with the people, group and review channel that
the doctor tests' settings name. Scopes, channels and people are FakeSlack's own state, so a
test changes one thing (`slack.scopes.remove(...)`, `slack.channels[...]`) and runs doctor
again."""

from __future__ import annotations

from tests.fakes.slack_api import TEAM_ID, FakeSlack

BOT_TOKEN = "xoxb-2041-77310-fAkEbOtToKeN"
APP_TOKEN = "xapp-1-A0RA01-5530-fAkEaPpToKeN"


class SocketModeOn:
    """Socket Mode is on for the app; doctor asks for a URL and never opens it."""

    def new_url(self) -> str:
        return "wss://wss-primary.slack.com/link/?ticket=fake-ticket-1234&app_id=A0APP"


class DoctorSlack:
    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        fake.socket_mode = SocketModeOn()
        fake.channels["C0REVIEWS1"] = {"name": "reviews", "is_private": True, "is_member": True}
        fake.users.update(
            {
                "U0MARIA001": {
                    "name": "maria",
                    "real_name": "Maria Lopez",
                    "deleted": False,
                    "is_bot": False,
                    "team_id": TEAM_ID,
                },
                "U0RISK0001": {
                    "name": "dr.chen",
                    "real_name": "Dr. Alan Chen",
                    "deleted": False,
                    "is_bot": False,
                    "team_id": TEAM_ID,
                },
            }
        )
        fake.usergroups["S0OFFICE01"] = ["U0MARIA001"]

    @property
    def scopes(self) -> list[str]:
        return self.fake.scopes

    @scopes.setter
    def scopes(self, scopes: list[str]) -> None:
        self.fake.scopes = scopes

    @property
    def channels(self) -> dict[str, dict]:
        return self.fake.channels
