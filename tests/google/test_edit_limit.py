"""Google's 10 edits a minute per profile, counted in the store across processes."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from slack_app import store as db
from slack_app.sources.posting import EDIT_MARGIN, EDIT_WINDOW, edit_slots
from slack_app.store import Store
from tests.google.conftest import START

T = [START + timedelta(seconds=s) for s in range(0, 600)]


@pytest.mark.parametrize(
    ("recent", "count", "expected"),
    [
        pytest.param([], 3, [T[0], T[0], T[0]], id="nothing recent: all now"),
        pytest.param(T[0:10], 1, [T[61]], id="ten in the minute: after the oldest leaves"),
        pytest.param(T[0:9], 2, [T[0], T[61]], id="one left, then wait"),
        pytest.param(
            T[0:10],
            11,
            [T[61]] * 1 + [T[62 + n] for n in range(9)] + [T[122]],
            id="a queue of eleven",
        ),
    ],
)
def test_edit_slots(recent, count, expected):
    assert edit_slots(recent, T[0], count) == expected


def claim(store, key, at, *, location="accounts/1/locations/2"):
    return db.claim_google_edit(
        store,
        location,
        key,
        "put",
        at=db.stamp(at),
        since=db.stamp(at - EDIT_WINDOW - EDIT_MARGIN),
        limit=10,
    )


def test_the_eleventh_edit_in_a_minute_is_refused_and_the_minute_after_it_is_not(store):
    granted = [claim(store, f"k{n}", T[n]).granted for n in range(11)]
    assert granted == [True] * 10 + [False]
    assert claim(store, "k11", T[60]).granted is False  # T[0] is still inside 61 s
    assert claim(store, "k11", T[62]).granted is True
    assert claim(store, "other", T[62], location="accounts/1/locations/3").granted is True
    assert db.google_edit_times(store, "accounts/1/locations/2") == [
        db.stamp(moment) for moment in [*T[0:10], T[62]]
    ]


def test_two_processes_never_take_more_than_ten(tmp_path):
    path = tmp_path / "shared.db"
    Store(path).close()
    results: list[bool] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        with Store(path) as store:  # its own connection, as a second process has
            for m in range(5):
                won = claim(store, f"w{n}-{m}", T[1]).granted
                with lock:
                    results.append(won)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (results.count(True), results.count(False)) == (10, 20)
