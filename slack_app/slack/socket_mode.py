"""Socket Mode (the default run mode) through Bolt's websocket-client adapter.

Why this client (measured against tests/fakes/socket_mode.py; docs/architecture.md): after a
reset or a close without a close frame, it sees the end of the stream at once and reconnects
in about half a second, idle while it waits; Bolt's built-in client spun a core for about a
minute on the latter, and acked a click sent just after `refresh_requested` in over 3 s.

Two additions: every envelope is acknowledged inside the ack gate, as HTTP requests are, so
lazy work yields to acks in both modes; and a watchdog closes a connection whose pings go
unanswered (a network path that died without a FIN or RST), which the client alone would
keep waiting on.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode.websocket_client import SocketModeHandler

from slack_app.slack.services import Services

log = logging.getLogger("slack_app.socket_mode")

PING_INTERVAL = 5.0  # seconds between our pings (the adapter's default is 10)
PONG_TIMEOUT = 5.0  # a ping unanswered this long means the connection is dead


class SocketModeServer(SocketModeHandler):
    def __init__(
        self,
        app: App,
        services: Services,
        app_token: str,
        *,
        ping_interval: float = PING_INTERVAL,
        pong_timeout: float = PONG_TIMEOUT,
    ) -> None:
        super().__init__(
            app, app_token, logger=log, ping_interval=ping_interval, web_client=app.client
        )
        self.gate = services.gate
        self.pong_timeout = pong_timeout
        self._stopped = threading.Event()
        self._watchdog = threading.Thread(
            target=self._watch, args=(ping_interval,), name="socket-mode-watchdog", daemon=True
        )

    def handle(self, client: Any, req: Any) -> None:
        with self.gate.acknowledging():
            super().handle(client, req)

    def connect(self) -> None:
        """Open the first connection. Raises SlackApiError or OSError when Slack refuses the
        app token or cannot be reached; the caller says so in one line, so the client's own
        two-line error is held back meanwhile."""
        log.disabled = True
        try:
            super().connect()
        finally:
            log.disabled = False
        if not self._watchdog.is_alive():
            self._watchdog.start()

    def close(self) -> None:
        self._stopped.set()
        super().close()

    def _watch(self, every: float) -> None:
        while not self._stopped.wait(min(every, self.pong_timeout) / 2):
            session = self.client.current_session
            if session is None or session.sock is None:
                continue  # the client reconnects closed sessions itself
            pinged, ponged = session.last_ping_tm, session.last_pong_tm
            if pinged and pinged > ponged and time.time() - pinged > self.pong_timeout:
                log.warning(
                    "Socket Mode connection silent (no answer to a ping for %.0f s); reconnecting",
                    self.pong_timeout,
                )
                session.close(timeout=1)
