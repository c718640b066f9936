"""`review-assistant init`: write a commented settings file and a `.env.sample`.

In a terminal it asks for the practice's name, phone and email; scripts pass `--name`,
`--phone`, `--email`. With the Google OAuth variables set it offers (or, with
`--google-locations`, goes on) to add a [[locations]] block for each Google location the
account manages. The file is checked with the same loader the app uses before it is written,
so what `init` writes always loads; its commented example shows a group with two offices.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from string import Template

from slack_app.config import (
    CONFIG_ENV,
    DEFAULT_CONFIG_NAME,
    LOG_LEVEL_ENV,
    SettingsError,
    parse_settings,
)

ENV_SAMPLE_NAME = ".env.sample"

# Every variable `Environment.from_env` reads (plus the settings path and the log level), with
# what it is for.
# tests/cli/test_init.py fails when Environment gains a field that is not described here.
ENV_VARIABLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Settings file",
        (
            (CONFIG_ENV, f"path of the settings file (default ./{DEFAULT_CONFIG_NAME})"),
            (
                LOG_LEVEL_ENV,
                "DEBUG, INFO, WARNING or ERROR without --log-level (DEBUG logs review text)",
            ),
        ),
    ),
    (
        "Slack (api.slack.com/apps -> your app)",
        (
            ("SLACK_BOT_TOKEN", "Bot User OAuth Token, starts with xoxb- (OAuth & Permissions)"),
            (
                "SLACK_APP_TOKEN",
                "App-Level Token with connections:write, starts with xapp- (Socket Mode)",
            ),
            (
                "SLACK_SIGNING_SECRET",
                "Signing Secret (Basic Information); needed for `run --http`",
            ),
            ("SLACK_API_URL", "Slack Web API base URL; leave empty (tests point it at a fake)"),
        ),
    ),
    (
        "Drafting model (leave OPENAI_API_KEY empty to use the built-in reply templates)",
        (
            ("OPENAI_API_KEY", "OpenAI API key, or the key of your OpenAI-compatible server"),
            (
                "OPENAI_BASE_URL",
                "OpenAI-compatible server on premises, e.g. http://10.0.0.5:8000/v1",
            ),
        ),
    ),
    (
        "Google Business Profile (OAuth client + refresh token with scope business.manage)",
        (
            ("GOOGLE_CLIENT_ID", "OAuth client id from Google Cloud console"),
            ("GOOGLE_CLIENT_SECRET", "OAuth client secret of that client"),
            ("GOOGLE_REFRESH_TOKEN", "refresh token of the account that manages the locations"),
            ("GOOGLE_TOKEN_URI", "token endpoint; default https://oauth2.googleapis.com/token"),
            (
                "GOOGLE_BUSINESS_API_URL",
                "Business Profile API v4 base URL; default https://mybusiness.googleapis.com/v4",
            ),
            (
                "GOOGLE_ACCOUNT_MANAGEMENT_API_URL",
                "for `locations`; default https://mybusinessaccountmanagement.googleapis.com/v1",
            ),
            (
                "GOOGLE_BUSINESS_INFORMATION_API_URL",
                "for `locations`; default https://mybusinessbusinessinformation.googleapis.com/v1",
            ),
        ),
    ),
    (
        "Yelp",
        (
            ("YELP_API_KEY", "Yelp Fusion API key (reads review excerpts)"),
            ("YELP_API_URL", "Yelp Fusion base URL; default https://api.yelp.com"),
            (
                "YELP_PARTNER_TOKEN",
                "optional: Respond-to-Reviews partner OAuth token; without it, post by hand",
            ),
            ("YELP_PARTNER_API_URL", "optional: base URL of Yelp's partner API"),
        ),
    ),
)


def env_sample_text() -> str:
    lines = [
        "# Review Assistant environment. Copy to .env (or your service's EnvironmentFile),",
        "# fill in what you use, and keep it out of version control: these are secrets.",
        "# `review-assistant doctor` checks every value.",
    ]
    for heading, variables in ENV_VARIABLES:
        lines += ["", f"# --- {heading}"]
        for name, explanation in variables:
            lines += [f"# {explanation}", f"{name}="]
    return "\n".join(lines) + "\n"


def settings_text(name: str, phone: str, email: str, locations: str = "") -> str:
    """The commented settings file; `locations` are ready [[locations]] blocks (from
    Google), placed after the commented example."""
    template = (
        resources.files("slack_app")
        .joinpath("data/settings_template.toml")
        .read_text(encoding="utf-8")
    )
    # JSON string literals are valid TOML basic strings, so quoting is exact.
    quoted = {
        key: json.dumps(value, ensure_ascii=False)
        for key, value in {"name": name, "phone": phone, "email": email}.items()
    }
    found = (
        "\n# The Google locations your account manages (`review-assistant locations`):\n\n"
        + locations.strip() + "\n"
        if locations.strip()
        else ""
    )
    return Template(template).substitute(quoted, locations=found)


def google_blocks(*, asked: bool, ask: Callable[[str], str] | None) -> str | None:
    """[[locations]] blocks for the locations the Google account manages: listed when asked
    for (`--google-locations`) or, in a terminal with the Google OAuth variables set, when the
    person says yes. "" when not listed; None when asked for and impossible (said why)."""
    from slack_app.config import Environment
    from slack_app.sources import SourceError
    from slack_app.sources.google import missing_credentials
    from slack_app.sources.google_accounts import managed_locations, settings_blocks

    env = Environment.from_env()
    missing = missing_credentials(env)
    if missing:
        if asked:
            print(f"--google-locations needs {', '.join(missing)} in the environment (or .env)",
                  file=sys.stderr)
            return None
        return ""
    if not asked:
        if ask is None:
            return ""
        answer = ask("Add the Google locations your account manages? [Y/n] ").strip().lower()
        if answer not in ("", "y", "yes"):
            return ""
    try:
        accounts, locations = managed_locations(env)
    except SourceError as exc:
        print(f"  Google refused the listing: {exc.problem}", file=sys.stderr)
        return None if asked else ""
    print(f"Found {len(locations)} Google location(s) in {len(accounts)} account(s).")
    return settings_blocks(locations)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="the practice's name, as replies sign it")
    parser.add_argument("--phone", help='the practice phone, e.g. "(555) 014-2290"')
    parser.add_argument("--email", help="the practice email, e.g. frontdesk@example.com")
    parser.add_argument(
        "--path",
        default=DEFAULT_CONFIG_NAME,
        help=f"where to write the settings file (default {DEFAULT_CONFIG_NAME}); "
        f"{ENV_SAMPLE_NAME} is written next to it",
    )
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.add_argument(
        "--google-locations",
        action="store_true",
        help="add a [[locations]] block for each Google location the account manages "
        "(needs the GOOGLE_* OAuth variables; in a terminal init offers it)",
    )


def _phone_problem(phone: str) -> str | None:
    from guardrails.contact import find_phones

    if phone and not find_phones(phone):
        return "not a phone number the guardrail recognises; include the area code"
    return None


def _ask_until_valid(
    ask: Callable[[str], str], prompt: str, problem: Callable[[str], str | None]
) -> str:
    while True:
        answer = ask(prompt).strip()
        if (message := problem(answer)) is None:
            return answer
        print(f"  {message}", file=sys.stderr)


def _interactive_answers(args: argparse.Namespace, ask: Callable[[str], str]) -> tuple[str, ...]:
    name = args.name or _ask_until_valid(
        ask, "Practice name: ", lambda v: None if v else "the name is required"
    )
    phone = (
        args.phone
        if args.phone is not None
        else _ask_until_valid(
            ask, "Practice phone (shown in every reply; Enter to skip): ", _phone_problem
        )
    )
    email = args.email
    if email is None:
        email = _ask_until_valid(
            ask,
            "Practice email (Enter to skip): " if phone else "Practice email (required): ",
            lambda v: None if v or phone else "give a phone or an email",
        )
    return name, phone, email


def run(args: argparse.Namespace) -> int:
    settings_path = Path(args.path)
    env_path = settings_path.parent / ENV_SAMPLE_NAME
    if settings_path.exists() and not args.force:
        print(
            f"{settings_path} already exists; not overwriting it. "
            "Edit it, or run again with --force to replace it.",
            file=sys.stderr,
        )
        return 1

    terminal = sys.stdin.isatty()
    if terminal:
        name, phone, email = _interactive_answers(args, input)
    else:
        name, phone, email = args.name or "", args.phone or "", args.email or ""
        if not name:
            print("--name is required when init does not run in a terminal", file=sys.stderr)
            return 2

    text = settings_text(name.strip(), phone.strip(), email.strip())
    try:
        parse_settings(text, str(settings_path))
    except SettingsError as exc:
        print(
            f"{exc}\nNothing was written; fix the value (--phone / --email) and run again.",
            file=sys.stderr,
        )
        return 2
    blocks = google_blocks(asked=args.google_locations, ask=input if terminal else None)
    if blocks is None:
        print("Nothing was written.", file=sys.stderr)
        return 1
    if blocks:
        with_locations = settings_text(name.strip(), phone.strip(), email.strip(), blocks)
        try:
            parse_settings(with_locations, str(settings_path))
            text = with_locations
        except SettingsError as exc:  # e.g. two locations Google names alike
            print(f"The Google locations were left out: {exc}", file=sys.stderr)

    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(text, encoding="utf-8")
    print(f"Wrote {settings_path}")

    sample = env_sample_text()
    if env_path.exists() and not args.force and env_path.read_text(encoding="utf-8") != sample:
        print(f"Kept the existing {env_path} (run with --force to replace it)")
    else:
        env_path.write_text(sample, encoding="utf-8")
        print(f"Wrote {env_path}")
    print(
        "Next: fill in the [slack] ids and [[locations]] (`review-assistant locations` lists "
        "your Google locations; each office may have its own phone, channel and approvers), "
        "copy .env.sample to .env with your tokens, then run `review-assistant doctor`."
    )
    return 0
