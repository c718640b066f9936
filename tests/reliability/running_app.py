"""`review-assistant run` as a real subprocess against local fakes, for the reliability tests
and benchmarks/fault_bench.py: a settings file, a clean environment, the log in a file, the
process's CPU time and memory from /proc.

    app = RunningApp.start(tmp_path, slack, google, ["--http", "--port", "0"])
    app.url                # http://127.0.0.1:PORT/slack/events, read from the log
    app.log()              # everything it has logged so far
    app.cpu_seconds()      # user + system CPU time (Linux /proc)
    app.stop()
    raw_http(app.port, body, headers)   # one request byte for byte: (status, body)
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.fakes.slack_api import FakeSlack

BOT_TOKEN = "xoxb-5150-7070-reliabilitybottoken"
APP_TOKEN = "xapp-1-A0APP-8080-reliabilityapptoken"
SIGNING_SECRET = "5f1e2d3c4b5a69788796a5b4c3d2e1f0"
APPROVER = "U0ANNA"
RISK_MANAGER = "U0RITA"
SERVING = re.compile(r"serving Slack requests on http://[\d.]+:(\d+)/slack/events")
CONNECTED = "connected to Slack in Socket Mode"


def write_settings(folder: Path, google_location: str) -> Path:
    path = folder / "review-assistant.toml"
    path.write_text(
        '[practice]\nname = "Riverside Family Dental"\nphone = "(555) 014-2290"\n'
        f'[slack]\nreview_channel = "C0REVIEWS"\napprovers = ["{APPROVER}"]\n'
        f'risk_managers = ["{RISK_MANAGER}"]\n'
        f'[[locations]]\nname = "Main Street"\ngoogle_location = "{google_location}"\n'
        f'[database]\npath = "{folder / "review-assistant.db"}"\n',
        encoding="utf-8",
    )
    return path


def app_environment(slack_api_url: str, google_environ: dict[str, str]) -> dict[str, str]:
    """Only what the app needs: no developer keys leak in from the test runner's environment."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONUNBUFFERED": "1",
        **google_environ,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack_api_url,
    }


def raw_http(
    port: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    method: str = "POST",
    path: str = "/slack/events",
    content_length: str | None = None,
    chunks: list[bytes] | None = None,
) -> tuple[int, bytes]:
    """Send one request byte for byte (framing a normal client would refuse to send) and
    return (status, body) of the answer."""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if chunks is not None:
        lines.append("Transfer-Encoding: chunked")
        payload = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"
    else:
        lines.append(f"Content-Length: {content_length or len(body)}")
        payload = body
    request = "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + payload
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        # Refused before the whole body went out: read the answer anyway.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(request)
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(65536):
                answer += chunk
    head, _, rest = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), rest


def stalled_clients(port: int, count: int) -> list[socket.socket]:
    """Connections that stop sending: half inside the headers, half inside a body they
    announced. The caller closes them."""
    clients = []
    for n in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        if n % 2:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Len")
        else:
            sock.sendall(
                b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\npayload="
            )
        clients.append(sock)
    return clients


@contextlib.contextmanager
def app_in_process(folder: Path, slack: FakeSlack):
    """(app, services) built by build_app against `slack`, on a store in `folder`."""
    from slack_app.app import build_app
    from slack_app.config import Environment
    from slack_app.store import Store
    from tests.slack.conftest import make_settings

    settings = make_settings("accounts/1/locations/1", str(folder / "review-assistant.db"))
    env = Environment.from_env(
        {
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.api_url,
        }
    )
    with Store(settings.database.path) as store:
        yield build_app(settings, env, store)


class RunningApp:
    def __init__(self, process: subprocess.Popen, log_path: Path) -> None:
        self.process = process
        self.log_path = log_path
        self.port = 0

    @classmethod
    def start(
        cls,
        folder: Path,
        slack: FakeSlack,
        google_location: str,
        google_environ: dict[str, str],
        argv: list[str],
        *,
        wait_for: str | re.Pattern = SERVING,
        environ: dict[str, str] | None = None,
    ) -> RunningApp:
        settings = write_settings(folder, google_location)
        log_path = folder / f"run-{time.monotonic_ns()}.log"
        env = {**app_environment(slack.api_url, google_environ), **(environ or {})}
        # The installed console script, as a service runs it.
        command = [str(Path(sys.executable).with_name("review-assistant")), "run", "--no-poll"]
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [*command, "--config", str(settings), *argv],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=folder,  # no stray .env or settings file from the repository
            )
        app = cls(process, log_path)
        if wait_for:
            app.wait_for_log(wait_for)
        return app

    def wait_for_log(self, pattern: str | re.Pattern, timeout: float = 30.0) -> re.Match:
        rx = re.compile(re.escape(pattern)) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = rx.search(self.log())
            if found:
                if found.groups():
                    self.port = int(found.group(1))
                return found
            if self.process.poll() is not None:
                raise RuntimeError(f"run exited {self.process.returncode}:\n{self.log()}")
            time.sleep(0.05)
        raise TimeoutError(f"{rx.pattern!r} never appeared in the log:\n{self.log()}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def _stat(self) -> list[str]:
        text = Path(f"/proc/{self.process.pid}/stat").read_text()
        return text[text.rindex(")") + 2 :].split()

    def cpu_seconds(self) -> float:
        fields = self._stat()  # utime and stime are fields 14 and 15 of /proc/PID/stat
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def status(self, name: str) -> int:
        """A number from /proc/PID/status: `Threads`, `VmHWM` (peak RSS, kB), `VmRSS`."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
        raise KeyError(name)

    def open_tcp_connections(self) -> int:
        """Established TCP connections the process holds (its sockets in /proc/net/tcp)."""
        inodes = set()
        for fd in Path(f"/proc/{self.process.pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        established = 0
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "01" and fields[9] in inodes:  # 01: ESTABLISHED
                    established += 1
        return established

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode
