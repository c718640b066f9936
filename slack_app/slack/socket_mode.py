"""Socket Mode (the default run mode): two connections through slack_sdk's websocket-client
client, the one Bolt's `adapter.socket_mode.websocket_client` uses.

Why this client (measured against tests/fakes/socket_mode.py; docs/architecture.md): after a
reset or a close without a close frame it sees the end of the stream at once and reconnects in
about half a second, idle while it waits; Bolt's built-in client spun a core for about a minute
after the latter, and acked a click sent just after `refresh_requested` in over 3 s.

Four choices on top of it:
- Two connections. Slack delivers to any open connection of the app, so while one reconnects
  the other carries the clicks. Every action is idempotent in the store, so a payload Slack
  delivers twice does no harm.
- On `refresh_requested` a connection stays in use until Slack closes it (about 10 s later),
  then reconnects. The client would otherwise drop it at once and open the next one after a
  pause (its reader wakes only on a 10 s select timeout), and a payload already on its way
  over the old connection would lose its ack. The other connection covers the gap.
- A watchdog ends a connection whose pings go unanswered (a network path that died without a
  FIN or RST), which the client alone would keep waiting on.
- An ack that cannot be sent (its connection closed meanwhile) is one warning line.
Every envelope is acknowledged inside the ack gate, as HTTP requests are, so lazy work yields
to acks in both modes.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode.base_handler import BaseSocketModeHandler
from slack_bolt.adapter.socket_mode.internals import run_bolt_app, send_response
from slack_sdk.errors import SlackApiError
from slack_sdk.socket_mode.websocket_client import SocketModeClient
from websocket import WebSocketException

from slack_app.slack.services import AckGate, Services

log = logging.getLogger("slack_app.socket_mode")

CONNECTIONS = 2
PING_INTERVAL = 5.0  # seconds between pings (the adapter's default is 10)
PONG_TIMEOUT = 5.0  # a ping unanswered this long means the connection is dead


class SocketModeServer:
    """`connections` Socket Mode connections serving one Bolt app."""

    def __init__(
        self,
        app: App,
        services: Services,
        app_token: str,
        *,
        connections: int = CONNECTIONS,
        ping_interval: float = PING_INTERVAL,
        pong_timeout: float = PONG_TIMEOUT,
    ) -> None:
        self.connections = [
            _GatedConnection(app, services.gate, app_token, ping_interval, pong_timeout)
            for _ in range(connections)
        ]

    def connect(self) -> None:
        """Open every connection. Raises SlackUnavailable (one line) when Slack refuses the app
        token or cannot be reached, so the client's own two-line error is held back meanwhile."""
        from slack_app.app import slack_failure  # app imports this module's neighbours

        log.disabled = True
        try:
            for connection in self.connections:
                connection.connect()
        except (SlackApiError, OSError) as exc:
            url = self.connections[0].app.client.base_url
            raise slack_failure(exc, "apps.connections.open", url) from None
        finally:
            log.disabled = False

    def close(self) -> None:
        for connection in self.connections:
            connection.close()


class _Client(SocketModeClient):
    def __init__(self, **kwargs: Any) -> None:
        self._replacing = threading.Lock()
        super().__init__(**kwargs)

    def send_message(self, message: str) -> None:
        # An ack whose connection went away while the listener ran cannot be sent (reset under
        # it, or closed: then the client has retried once on the next connection): one line,
        # not the traceback slack_sdk would log. Slack shows the clicker an error; clicking
        # again is safe.
        try:
            super().send_message(message)
        except (WebSocketException, OSError) as exc:
            log.warning("could not acknowledge a Slack request: the connection closed (%s)", exc)

    def connect_to_new_endpoint(self, force: bool = False) -> None:
        # `force` is Slack's disconnect message (refresh_requested, warning): keep serving on
        # this connection until Slack closes it; the close starts the reconnect.
        if force and self.is_connected():
            log.info("Slack will replace this Socket Mode connection; using it until then")
            return
        # A dead session is reported twice (its close, and the client's monitor, which also
        # takes a new session its runner has not started yet for a dead one): open one new
        # session, not two, or a payload Slack sends over the abandoned one loses its ack.
        with self._replacing:
            session = self.current_session
            starting = (
                session is not None and not session.keep_running and not session.has_done_teardown
            )
            if not force and starting:
                return
            super().connect_to_new_endpoint(force)


class _GatedConnection(BaseSocketModeHandler):
    """One connection; Bolt's websocket-client handler, with the ack gate and a watchdog."""

    def __init__(
        self, app: App, gate: AckGate, app_token: str, ping_interval: float, pong_timeout: float
    ) -> None:
        self.app = app
        self.client = _Client(
            app_token=app_token, logger=log, web_client=app.client, ping_interval=ping_interval
        )
        self.client.socket_mode_request_listeners.append(self.handle)
        self.gate = gate
        self.pong_timeout = pong_timeout
        self._stopped = threading.Event()
        self._watchdog = threading.Thread(
            target=self._watch, args=(ping_interval,), name="socket-mode-watchdog", daemon=True
        )

    def handle(self, client: Any, req: Any) -> None:
        started = time.time()
        with self.gate.acknowledging():
            send_response(client, req, run_bolt_app(self.app, req), started)

    def connect(self) -> None:
        super().connect()
        if not self._watchdog.is_alive():
            self._watchdog.start()

    def close(self) -> None:
        self._stopped.set()
        self.client.auto_reconnect_enabled = False
        _shut_down(self.client.current_session)  # its reader then returns at once
        super().close()

    def _watch(self, every: float) -> None:
        watched, heard = None, 0.0  # the session, and when it last showed it was alive
        while not self._stopped.wait(min(every, self.pong_timeout) / 2):
            session = self.client.current_session
            websocket = session.sock if session is not None else None
            if websocket is None or websocket.sock is None:
                continue  # the client reconnects closed sessions itself
            if session is not watched:
                watched, heard = session, time.time()
            heard = max(heard, session.last_pong_tm)
            # Pongs come back within a round trip of each ping (every `every` seconds).
            if time.time() - heard > every + self.pong_timeout:
                log.warning(
                    "Socket Mode connection silent (no answer to pings for %.0f s); reconnecting",
                    time.time() - heard,
                )
                _shut_down(session)
                heard = time.time()


def _shut_down(session: Any) -> None:
    """Shut a session's socket down rather than close it: its reader wakes at once and the
    client reconnects (a socket closed under a waiting reader goes unnoticed for 10 s)."""
    websocket = session.sock if session is not None else None
    if websocket is not None and websocket.sock is not None:
        with contextlib.suppress(OSError):
            websocket.sock.shutdown(socket.SHUT_RDWR)
