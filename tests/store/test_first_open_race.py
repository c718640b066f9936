"""Several processes opening one new database file at the same moment (two `poll --once` on
a fresh install) all open it: the switch to WAL mode is retried when SQLite refuses it at once
to avoid a deadlock, instead of failing with "database is locked" (seen in CI)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPENER = """
import sys, time
sys.path.insert(0, sys.argv[3])
from slack_app import store
go = float(sys.argv[2])
while time.time() < go:
    pass
with store.Store(sys.argv[1]) as opened:
    with opened.write() as db:
        db.execute("select 1")
print("opened")
"""


def test_processes_opening_a_new_file_at_once_all_open_it(tmp_path):
    for round_ in range(20):
        database = tmp_path / f"round{round_}.db"
        go = time.time() + 0.8  # every process waits for the same moment
        procs = [
            subprocess.Popen([sys.executable, "-c", OPENER, str(database), str(go), str(ROOT)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(6)
        ]
        outputs = [proc.communicate(timeout=60) for proc in procs]
        failed = [err.strip().splitlines()[-1] for (out, err) in outputs if "opened" not in out]
        assert failed == [], f"round {round_}: {failed}"
