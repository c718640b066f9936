"""A local stand-in for Slack's Socket Mode endpoint: a small WebSocket server on 127.0.0.1.

FakeSlack answers `apps.connections.open` (app-level token) with a `ws://127.0.0.1:PORT/link/`
URL from `new_url()`; slack_sdk's clients open it without TLS. Each connection gets `hello`,
as from Slack; envelopes go to the newest connection, and the acks that come back are recorded.

    with FakeSocketMode() as socket_mode, FakeSlack() as slack:
        slack.socket_mode = socket_mode
        ...                                     # start the app in Socket Mode
        socket_mode.wait_connected()
        envelope_id = socket_mode.send("interactive", block_actions(...))
        ack = socket_mode.wait_ack(envelope_id)  # Ack(seconds, payload)
        socket_mode.drop()                       # TCP reset, no close frame
        socket_mode.close_silently()             # FIN, no close frame (a proxy's idle cut)
        socket_mode.refresh()                    # disconnect, reason refresh_requested
        socket_mode.stall()                      # silent: pings unanswered, nothing closed

The frame format is RFC 6455: the server sends unmasked frames, the client masks its own.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.slack_api import APP_ID

WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, CLOSE, PING, PONG, CONTINUATION = 0x1, 0x8, 0x9, 0xA, 0x0


@dataclass
class Ack:
    seconds: float  # from the click (the call to send()) to the ack arriving
    payload: dict | None
    connection: int


@dataclass
class Connection:
    number: int
    sock: socket.socket
    path: str
    opened_at: float = field(default_factory=time.monotonic)
    closed_at: float | None = None
    hello_sent: bool = False
    refreshing: bool = False  # told refresh_requested: Slack sends it nothing new
    stalled: bool = False  # half-open: nothing is answered or delivered, nothing is closed
    send_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def open(self) -> bool:
        return self.closed_at is None

    def send_frame(self, opcode: int, data: bytes) -> None:
        header = bytes([0x80 | opcode])
        if len(data) < 126:
            header += bytes([len(data)])
        elif len(data) < 1 << 16:
            header += bytes([126]) + struct.pack("!H", len(data))
        else:
            header += bytes([127]) + struct.pack("!Q", len(data))
        with self.send_lock:
            self.sock.sendall(header + data)

    def send_json(self, message: dict) -> None:
        self.send_frame(TEXT, json.dumps(message).encode())


class FakeSocketMode:
    """Envelopes, acks and connection faults, as Slack's Socket Mode shows them to an app."""

    def __init__(self, *, refresh_grace: float = 10.0) -> None:
        self.refresh_grace = refresh_grace  # Slack closes a refreshed connection ~10 s later
        self.connections: list[Connection] = []
        self.acks: dict[str, list[Ack]] = {}
        self.sent: dict[str, tuple[float, dict]] = {}  # envelope id -> (clicked at, envelope)
        self.unexpected: list[str] = []  # frames that were neither acks nor pings
        self._tickets = itertools.count(1)
        self._used_tickets: set[str] = set()
        self._numbers = itertools.count(1)
        self._changed = threading.Condition()
        self._listener: socket.socket | None = None
        self._stopping = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeSocketMode:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=16)
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping = True
        if self._listener is not None:
            self._listener.close()
        for connection in list(self.connections):
            self._close(connection, "fin")

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._listener is not None, "not started"
        return self._listener.getsockname()[1]

    def new_url(self) -> str:
        """What apps.connections.open hands out: a fresh ticket each time, good for one
        connection, as Slack's are."""
        return f"ws://127.0.0.1:{self.port}/link/?ticket={next(self._tickets)}&app_id={APP_ID}"

    # -- what Slack does -------------------------------------------------------------------

    def send(
        self,
        kind: str,
        payload: dict,
        *,
        envelope_id: str | None = None,
        retry_attempt: int = 0,
        timeout: float = 10.0,
    ) -> str:
        """Send an envelope (`interactive`, `slash_commands`, `events_api`) on the newest
        connection that has had its hello, waiting up to `timeout` for one, as Slack holds a
        click while the app reconnects. The ack's time counts from this call (the click).
        Sending the same `envelope_id` again is a redelivery."""
        clicked_at = time.monotonic()
        envelope_id = envelope_id or str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": kind,
            "accepts_response_payload": kind in ("slash_commands", "interactive"),
        }
        if kind == "events_api":
            envelope["retry_attempt"] = retry_attempt
            envelope["retry_reason"] = "timeout" if retry_attempt else ""
        deadline = time.monotonic() + timeout
        while True:
            connection = self.current(timeout=max(0.0, deadline - time.monotonic()))
            with self._changed:
                self.sent.setdefault(envelope_id, (clicked_at, envelope))
            try:
                connection.send_json(envelope)
                return envelope_id
            except OSError:  # closed under us: Slack would use the next connection
                self._close(connection, "fin")
                if time.monotonic() > deadline:
                    raise

    def current(self, timeout: float = 10.0) -> Connection:
        """The connection Slack would deliver to: the newest open one past its hello."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                live = [c for c in self.connections if c.open and c.hello_sent and not c.stalled]
                fresh = [c for c in live if not c.refreshing]
                if fresh or live:
                    return (fresh or live)[-1]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("no Socket Mode connection is open")
                self._changed.wait(remaining)

    def drop(self) -> Connection:
        """Reset the current connection (RST): no close frame, no FIN."""
        connection = self.current()
        self._close(connection, "reset")
        return connection

    def close_silently(self) -> Connection:
        """Close the current connection's TCP stream (FIN) without a WebSocket close frame, as
        proxies and load balancers do to idle connections."""
        connection = self.current()
        self._close(connection, "fin")
        return connection

    def stall(self) -> Connection:
        """Leave the current connection open but silent, as a network path that died without
        a FIN or RST does: pings go unanswered and nothing more is delivered on it."""
        connection = self.current()
        with self._changed:
            connection.stalled = True
        return connection

    def refresh(self) -> Connection:
        """Slack's `refresh_requested`: the app should connect again; this connection gets
        nothing new and is closed `refresh_grace` seconds later."""
        connection = self.current()
        with self._changed:
            connection.refreshing = True
        connection.send_json(
            {
                "type": "disconnect",
                "reason": "refresh_requested",
                "debug_info": {"host": "applink-fake"},
            }
        )
        timer = threading.Timer(self.refresh_grace, self._close, args=(connection,))
        timer.daemon = True
        timer.start()
        return connection

    # -- inspection ------------------------------------------------------------------------

    def wait_connected(self, count: int = 1, timeout: float = 15.0) -> Connection:
        """Wait until `count` connections have had their hello; the newest one."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while sum(c.hello_sent for c in self.connections) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"fewer than {count} Socket Mode connection(s) opened")
                self._changed.wait(remaining)
            return [c for c in self.connections if c.hello_sent][-1]

    def wait_ack(self, envelope_id: str, timeout: float = 10.0, *, count: int = 1) -> Ack:
        """The first ack of `envelope_id` (waiting for `count` acks in all)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.acks.get(envelope_id, [])) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"envelope {envelope_id} was not acknowledged")
                self._changed.wait(remaining)
            return self.acks[envelope_id][0]

    def open_connections(self) -> list[Connection]:
        with self._changed:
            return [c for c in self.connections if c.open]

    # -- the server ------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            path = self._handshake(sock)
        except (OSError, ValueError):
            sock.close()
            return
        connection = Connection(next(self._numbers), sock, path)
        with self._changed:
            self.connections.append(connection)
        try:
            connection.send_json(
                {
                    "type": "hello",
                    "num_connections": len(self.open_connections()),
                    "debug_info": {"host": "applink-fake", "approximate_connection_time": 18060},
                    "connection_info": {"app_id": APP_ID},
                }
            )
        except OSError:
            self._close(connection, "fin")
            return
        with self._changed:
            connection.hello_sent = True
            self._changed.notify_all()
        self._read(connection)

    def _handshake(self, sock: socket.socket) -> str:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = sock.recv(4096)
            if not chunk:
                raise ValueError("closed during the handshake")
            request += chunk
        lines = request.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        path = lines[0].split(" ")[1]
        headers = {k.strip().lower(): v.strip() for k, v in (ln.split(":", 1) for ln in lines[1:])}
        ticket = path.partition("ticket=")[2].partition("&")[0]
        with self._changed:
            fresh = bool(ticket) and ticket not in self._used_tickets
            self._used_tickets.add(ticket)
        if not fresh:
            sock.sendall(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
            raise ValueError("no ticket, or one already used")
        key = headers["sec-websocket-key"]
        accept = base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest())
        sock.sendall(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
        )
        return path

    def _read(self, connection: Connection) -> None:
        # Plain recv, no makefile(): a file object would keep the socket open after close(),
        # and drop() must reset the connection at once.
        def exactly(size: int) -> bytes:
            data = b""
            while len(data) < size:
                chunk = connection.sock.recv(size - len(data))
                if not chunk:
                    raise ConnectionError("closed by the client")
                data += chunk
            return data

        message = b""
        try:
            while connection.open:
                head = exactly(2)
                final, opcode = head[0] & 0x80, head[0] & 0x0F
                length = head[1] & 0x7F
                if length == 126:
                    length = struct.unpack("!H", exactly(2))[0]
                elif length == 127:
                    length = struct.unpack("!Q", exactly(8))[0]
                mask = exactly(4) if head[1] & 0x80 else b"\0\0\0\0"
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(exactly(length)))
                if connection.stalled:
                    continue
                if opcode == PING:
                    connection.send_frame(PONG, data)
                elif opcode == CLOSE:
                    self._close(connection)
                elif opcode in (TEXT, CONTINUATION):
                    message += data
                    if final:
                        self._received(connection, message)
                        message = b""
        except (OSError, ValueError):
            pass
        finally:
            self._close(connection, "fin")

    def _received(self, connection: Connection, raw: bytes) -> None:
        arrived = time.monotonic()
        try:
            message = json.loads(raw)
        except ValueError:
            message = None
        envelope_id = message.get("envelope_id") if isinstance(message, dict) else None
        with self._changed:
            if envelope_id in self.sent:
                sent_at = self.sent[envelope_id][0]
                self.acks.setdefault(envelope_id, []).append(
                    Ack(arrived - sent_at, message.get("payload"), connection.number)
                )
            else:
                self.unexpected.append(raw.decode("utf-8", "replace"))
            self._changed.notify_all()

    def _close(self, connection: Connection, how: str = "frame") -> None:
        """`frame`: a close frame, then FIN; `fin`: FIN only; `reset`: RST. The socket is shut
        down before it is closed: a recv blocked in the reader thread would otherwise keep the
        connection alive after close()."""
        with self._changed:
            if not connection.open:
                return
            connection.closed_at = time.monotonic()
            self._changed.notify_all()
        sock = connection.sock
        try:
            if how == "frame":
                connection.send_frame(CLOSE, struct.pack("!H", 1000))
            if how == "reset":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.shutdown(socket.SHUT_RD if how == "reset" else socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
