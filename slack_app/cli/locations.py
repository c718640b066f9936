"""`review-assistant locations [--config FILE]`: the Google Business Profile accounts and
locations the refresh token can manage, and a ready `[[locations]]` block for each one not in
the settings file yet (paste them into review-assistant.toml).

Exit 0 when the listing worked, 1 when Google refused or could not be reached, 2 when the
Google OAuth variables are missing or the settings file cannot be read.
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        help="settings file whose locations are left out of the blocks (default: "
        "$REVIEW_ASSISTANT_CONFIG or ./review-assistant.toml, if there is one)",
    )


def configured_ids(explicit: str | None) -> tuple[dict[str, str], str]:
    """google_location -> location name of the settings file, and its path ("" if none)."""
    from slack_app.config import config_path, load_settings

    path = config_path(explicit)
    if explicit is None and not path.exists():
        return {}, ""
    settings = load_settings(explicit)  # a SettingsError is the CLI's one line
    return {loc.google_location: loc.name for loc in settings.locations}, str(path)


def listing_text(accounts, locations, configured: dict[str, str], path: str) -> str:
    """What `locations` prints: each account with its locations, then the new blocks."""
    from slack_app.sources.google_accounts import settings_blocks

    lines = [f"Google accounts this refresh token can manage: {len(accounts)}"]
    for account in accounts:
        mine = [loc for loc in locations if loc.account.name == account.name]
        kind = ", ".join(part for part in (account.type, account.role) if part)
        lines.append(
            f"  {account.name}  {account.account_name or '(no name)'}"
            + (f" ({kind})" if kind else "")
            + f": {len(mine)} location{'s' if len(mine) != 1 else ''}"
        )
        for loc in mine:
            known = configured.get(loc.name)
            lines.append(
                f"    {loc.name}  {loc.title}"
                + (f"  [in the settings as {known!r}]" if known is not None else "")
            )
    new = [loc for loc in locations if loc.name not in configured]
    if not locations:
        lines += ["", "No locations: the account behind the refresh token manages no Business "
                  "Profile. Sign in as an owner or manager of the profiles and make a new token."]
    elif not new:
        lines += ["", f"Every location is already in {path}."]
    else:
        where = path or "review-assistant.toml"
        lines += [
            "",
            f"# Paste into {where}. Each office may also set display_name, email,",
            "# yelp_business_id, review_channel, approvers, risk_managers and signoff.",
            "",
            settings_blocks(new),
        ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from slack_app.config import Environment
    from slack_app.sources import SourceError
    from slack_app.sources.google import missing_credentials
    from slack_app.sources.google_accounts import managed_locations

    env = Environment.from_env()
    missing = missing_credentials(env)
    if missing:
        print(
            f"locations: set {', '.join(missing)} first (an OAuth client and a refresh token "
            "with scope business.manage; docs/operations.md, Google)",
            file=sys.stderr,
        )
        return 2
    configured, path = configured_ids(args.config)
    try:
        accounts, locations = managed_locations(env)
    except SourceError as exc:
        print(f"locations: Google refused the listing: {exc.problem}", file=sys.stderr)
        return 1
    print(listing_text(accounts, locations, configured, path))
    return 0
