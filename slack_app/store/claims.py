"""Claims: the right to do one thing once (draft a review, post its card, send a risk manager's
message), taken with one conditional UPDATE so that of two processes exactly one goes ahead.

A claim records when it was taken and by whom (`host:pid`). It can be taken over when it is
older than the caller's `stale_after`, or at once when the process that holds it is known to
be gone: same host, and that pid no longer runs. So a restart after a crash picks up where the
dead process stopped, while a claim held by a live process (another `poll`, or `run`) is left
alone until it goes stale.
"""

from __future__ import annotations

import functools
import os
import socket
import sqlite3

__all__ = ["claim_owner", "owner_gone", "register_claim_functions"]


@functools.cache
def _host() -> str:
    return socket.gethostname()


def claim_owner() -> str:
    """Who claims: this host and process."""
    return f"{_host()}:{os.getpid()}"


def owner_gone(owner: str) -> bool:
    """True only when `owner` was a process on this host that no longer runs (or is a zombie
    nobody reaped). Anything unknown (another host, an unreadable owner) is not gone."""
    host, _, pid_text = (owner or "").rpartition(":")
    if host != _host() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # it runs, as another user
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rpartition(")")[2].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def _takeable(claimed_at: str, claimed_by: str, cutoff: str) -> int:
    if not claimed_at:
        return 1
    return int(claimed_at < cutoff or owner_gone(claimed_by))


def register_claim_functions(conn: sqlite3.Connection) -> None:
    """`claim_takeable(claimed_at, claimed_by, stale_cutoff)` for the conditional UPDATEs."""
    conn.create_function("claim_takeable", 3, _takeable)
