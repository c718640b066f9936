"""Helpers for the CLI tests: run one subcommand module the way the dispatcher does."""

from __future__ import annotations

import argparse
import importlib

import pytest


def run_command(name: str, argv: list[str]) -> int:
    """Parse argv with the subcommand's own arguments and call its run(), as `main` does."""
    module = importlib.import_module(f"slack_app.cli.{name}")
    parser = argparse.ArgumentParser(prog=f"review-assistant {name}")
    module.add_arguments(parser)
    return module.run(parser.parse_args(argv))


class FakeTerminal:
    """stdin that says it is a terminal and answers prompts from a script."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        if not self.answers:
            raise EOFError
        return self.answers.pop(0) + "\n"


class NotATerminal:
    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        raise AssertionError("init must not read stdin when it is not a terminal")


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr("sys.stdin", NotATerminal())
