"""`review-assistant` command line: one module per subcommand, each with
`add_arguments(parser)` and `run(args) -> int` (the exit code).

`main` sets up what every command shares before running it: logging at `--log-level` with
every configured secret redacted (`slack_app.redaction.configure_logging`), and stdout and
stderr redacted the same way, so no command can print a secret an upstream echoed back."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Iterator

from slack_app.errors import SettingsError, StoreError

# `run` is a service: its log is how people see it work. Other commands print what they do
# and log only problems.
DEFAULT_LOG_LEVELS = {"run": "INFO"}

# name -> (module under slack_app.cli, one-line help)
SUBCOMMANDS = {
    "run": ("run", "start the Slack app (Socket Mode, or --http) with the poller"),
    "poll": ("poll", "fetch new Google and Yelp reviews and announce them"),
    "draft": ("draft", "draft a reply to a review text and show the verdict"),
    "guard": ("guard", "check reply texts against the privacy guardrail"),
    "audit": ("audit", "export the append-only audit log"),
    "report": ("report", "print review figures: ratings, response rate and times, queue"),
    "scan-replies": ("scan_replies", "check the replies already on Google against the guardrail"),
    "demo": ("demo", "run the whole pipeline offline on bundled sample reviews"),
    "init": ("init", "write a commented review-assistant.toml and .env.sample"),
    "locations": ("locations", "list the Google locations you manage as [[locations]] blocks"),
    "doctor": ("doctor", "check settings, tokens and connections; print fixes"),
}


def log_level(value: str) -> str:
    level = value.strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a log level; use DEBUG, INFO, WARNING or ERROR"
        )
    return level


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line. With `command` (the one being run, or "" for none), only that
    subcommand's module is imported for its arguments: the others are listed by their help
    line, so `review-assistant guard` does not load what `run` or `init` need (pydantic,
    Slack's SDK)."""
    parser = argparse.ArgumentParser(
        prog="review-assistant",
        description="Privacy-safe replies to online reviews, approved in Slack.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--log-level",
        type=log_level,
        help="DEBUG, INFO, WARNING or ERROR (default: $REVIEW_ASSISTANT_LOG_LEVEL, else INFO "
        "for run and WARNING for the other commands)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(
            name, help=help_text, description=help_text, parents=[common]
        )
        if command is None or command == name:
            module = importlib.import_module(f"slack_app.cli.{module_name}")
            module.add_arguments(sub_parser)
            sub_parser.set_defaults(handler=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The subcommand is the first argument (the common options follow it).
    parser = build_parser(argv[0] if argv and argv[0] in SUBCOMMANDS else "")
    args = parser.parse_args(argv)
    from slack_app.environment import LOG_LEVEL_ENV, Environment, process_environment
    from slack_app.redaction import configure_logging

    try:
        env = Environment.from_env()
        level = args.log_level or log_level(
            process_environment().get(LOG_LEVEL_ENV)
            or DEFAULT_LOG_LEVELS.get(args.command, "WARNING")
        )
    except SettingsError as exc:  # an unreadable .env
        print(exc, file=sys.stderr)
        return 2
    except argparse.ArgumentTypeError as exc:
        print(f"review-assistant: ${LOG_LEVEL_ENV}: {exc}", file=sys.stderr)
        return 2
    configure_logging(env, level)
    with redacted_output():
        try:
            return int(args.handler(args) or 0)
        except KeyboardInterrupt:
            print("Interrupted.", file=sys.stderr)
            return 130
        except SettingsError as exc:  # e.g. an unreadable settings file, wherever it is read
            print(exc, file=sys.stderr)
            return 2
        except StoreError as exc:  # the database failed under any command: one line
            print(exc, file=sys.stderr)
            return 2
        except Exception:  # a bug: the traceback goes to the log, redacted like the rest
            logging.getLogger("review-assistant").critical(
                "%s stopped on an unexpected error; please report it with this log",
                args.command,
                exc_info=True,
            )
            return 1


@contextlib.contextmanager
def redacted_output() -> Iterator[None]:
    """stdout and stderr through the process's redactor while a command runs."""
    from slack_app.redaction import RedactingStream

    saved = sys.stdout, sys.stderr
    wrapped = RedactingStream(sys.stdout), RedactingStream(sys.stderr)
    sys.stdout, sys.stderr = wrapped
    try:
        yield
    finally:
        for stream in wrapped:
            with contextlib.suppress(BrokenPipeError, ValueError):  # the reader left
                stream.flush()
        # A command may have replaced a stream itself (guard drops stdout when the reader
        # of a pipe left); keep its choice.
        if sys.stdout is wrapped[0]:
            sys.stdout = saved[0]
        if sys.stderr is wrapped[1]:
            sys.stderr = saved[1]


if __name__ == "__main__":
    raise SystemExit(main())
