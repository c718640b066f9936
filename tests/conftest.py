"""Shared by every test: `review-assistant`'s `main()` sets up process-wide logging and
redaction (as a process entry point should); a test that calls it in-process gets them
undone afterwards, so no test sees another's handlers, level or secrets."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from slack_app import redaction


@pytest.fixture(autouse=True)
def _restore_process_logging():
    root = logging.getLogger()
    handlers = list(root.handlers)
    formatters = {handler: handler.formatter for handler in handlers}
    level = root.level
    hooks = sys.excepthook, threading.excepthook
    yield
    for handler in list(root.handlers):
        if handler not in formatters and isinstance(handler, redaction._StderrHandler):
            root.removeHandler(handler)
    for handler, formatter in formatters.items():
        handler.setFormatter(formatter)
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks
    logging.captureWarnings(False)
    redaction.install_secrets(())
