"""`review-assistant` command line: one module per subcommand, each with
`add_arguments(parser)` and `run(args) -> int` (the exit code)."""

from __future__ import annotations

import argparse
import importlib
import sys

from slack_app.errors import SettingsError, StoreError

# name -> (module under slack_app.cli, one-line help)
SUBCOMMANDS = {
    "run": ("run", "start the Slack app (Socket Mode, or --http) with the poller"),
    "poll": ("poll", "fetch new Google and Yelp reviews and announce them"),
    "draft": ("draft", "draft a reply to a review text and show the verdict"),
    "guard": ("guard", "check reply texts against the privacy guardrail"),
    "audit": ("audit", "export the append-only audit log"),
    "demo": ("demo", "run the whole pipeline offline on bundled sample reviews"),
    "init": ("init", "write a commented review-assistant.toml and .env.sample"),
    "doctor": ("doctor", "check settings, tokens and connections; print fixes"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="review-assistant",
        description="Privacy-safe replies to online reviews, approved in Slack.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        module = importlib.import_module(f"slack_app.cli.{module_name}")
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub_parser)
        sub_parser.set_defaults(handler=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except SettingsError as exc:  # e.g. an unreadable .env, wherever a command reads it
        print(exc, file=sys.stderr)
        return 2
    except StoreError as exc:  # the database failed under any command: one line, no traceback
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
