"""The app's real HTTP entry point for scenario tests: the server `run --http` uses, on a
loopback port, and requests signed as Slack signs them. Scenario tests reach the app only
through `serve` and `send`, so a change of HTTP server changes this file alone."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlencode

import requests

from slack_app.slack.http_server import EVENTS_PATH, make_http_server
from tests.fakes.slack_api import form_body, signed_headers
from tests.slack.conftest import SIGNING_SECRET


@contextmanager
def serve(app, services) -> Iterator[str]:
    """Serve `app` as `review-assistant run --http` does; yields the /slack/events URL."""
    server = make_http_server(app, services, 0, host="127.0.0.1")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}{EVENTS_PATH}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def send(
    url: str, payload: dict, *, event: bool = False, command: bool = False
) -> requests.Response:
    """POST a signed interaction (form-encoded `payload=`), Events API envelope (JSON) or
    slash command (its fields form-encoded)."""
    if event:
        body, content_type = json.dumps(payload), "application/json"
    elif command:
        body, content_type = urlencode(payload), "application/x-www-form-urlencoded"
    else:
        body, content_type = form_body(payload), "application/x-www-form-urlencoded"
    headers = signed_headers(SIGNING_SECRET, body, content_type=content_type)
    return requests.post(url, data=body.encode(), headers=headers, timeout=30)
