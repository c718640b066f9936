"""The audit of replies already on Google: every page of every location, the guardrail on
each owner reply, resumable after a crash, within quota."""

from __future__ import annotations

import pytest

from slack_app import reply_audit
from slack_app import store as db
from tests.google.conftest import key_of

UNSAFE = [
    "Thanks for your visit! We're glad the cleaning went well.",
    "We reviewed your chart and your billing statement is correct.",
    "Hi Maria, glad your root canal healed. Call (555) 014-2290.",
]
SAFE = [
    "Thank you for the kind words! Please call us at (555) 014-2290.",
    "Thank you!",  # no contact line: form, not disclosure; not flagged by the audit
    "We appreciate the feedback; please call our office manager at (555) 014-2290.",
]


def seed(google, *, location=0, unsafe=UNSAFE, safe=SAFE, filler=70) -> dict[str, list[str]]:
    """Reviews with replies already on Google (spread over several pages), and some without.
    Returns the keys of the unsafe and the safe replies."""
    place = google.locations[location]
    keys: dict[str, list[str]] = {"unsafe": [], "safe": []}
    for n in range(filler):
        item = google.add_review(place, comment=f"Visit number {n}.", reviewer="Maria G.")
        kind, texts = ("unsafe", unsafe) if n % 20 == 3 else ("safe", safe)
        if n % 20 in (3, 7) and len(keys[kind]) < len(texts):
            google.set_reply(place, item["reviewId"], texts[len(keys[kind])])
            keys[kind].append(key_of(google, item, location))
    return keys


def scan(store, settings, source, *, location=None, actor="U0ANNA", progress=None):
    scan_id, resumed = reply_audit.start_scan(store, settings, actor=actor, location=location)
    return reply_audit.run_scan(
        store, settings, source, scan_id, resumed=resumed, progress=progress
    )


def test_finds_the_unsafe_replies_and_none_of_the_safe_ones(store, settings, source, google):
    seeded = seed(google)
    other = seed(google, location=1, unsafe=UNSAFE[:1], safe=SAFE[:1], filler=10)

    result = scan(store, settings, source)

    findings = reply_audit.flagged_findings(store, result.scan_id)
    assert sorted(f["review_key"] for f in findings) == sorted(seeded["unsafe"] + other["unsafe"])
    assert result.finished and result.failed == {}
    assert result.totals() == {"pages": 2 + 1, "reviews": 80, "replied": 8, "flagged": 4}
    # Every page once, and nothing else: 2 pages + 1 page.
    assert result.requests == 3 == len(google.list_calls())
    first = next(f for f in findings if f["review_key"] == seeded["unsafe"][0])
    assert (
        first["location_name"],
        first["reply_text"],
        first["status"],
        first["reviewer_name"],
    ) == (
        "Main Street",
        UNSAFE[0],
        "flagged",
        "Maria G.",
    )
    assert [(f["rule"], f["excerpt"]) for f in first["findings"]] == [
        ("patient-relationship", "Thanks for your visit"),
        ("patient-relationship", "the cleaning"),
    ]
    assert first["reply_url"].startswith("https://business.google.com/reviews/reply/")
    # The flagged review is stored, so a replacement can be drafted for it.
    assert db.get_review(store, first["review_key"]).owner_reply == UNSAFE[0]
    started = [r for r in db.audit_rows(store) if r["action"] == "scan.started"]
    assert [(r["actor"], r["detail"]) for r in started] == [
        ("U0ANNA", {"scan": result.scan_id, "scope": "", "resumed": False})
    ]


def test_a_stopped_scan_resumes_at_the_first_page_not_committed(store, settings, source, google):
    seeded = seed(google, filler=120)  # three pages at Main Street

    class Crash(Exception):
        pass

    def crash_after_two_pages(step):
        if step.page == 2:
            raise Crash

    with pytest.raises(Crash):
        scan(store, settings, source, progress=crash_after_two_pages)
    calls_before = len(google.list_calls())
    (row, _) = db.scan_locations(store, 1)
    assert (row["pages"], row["done"], bool(row["page_token"])) == (2, 0, True)

    # Started again, it resumes (the stopped run said so; a killed one after 5 minutes).
    result = scan(store, settings, source)

    assert result.resumed and result.scan_id == 1 and result.finished
    assert len(google.list_calls()) - calls_before == 1 + 1  # page 3 of Main Street, Oak Park
    findings = reply_audit.flagged_findings(store, 1)
    assert sorted(f["review_key"] for f in findings) == sorted(seeded["unsafe"])
    assert result.totals()["reviews"] == 120 and result.totals()["flagged"] == 3


def test_a_refused_page_token_lists_the_location_again_without_duplicates(
    store, settings, source, google
):
    from tests.fakes.http import Response

    seed(google, filler=120)
    scan_id, _ = reply_audit.start_scan(store, settings, actor="U0ANNA")
    location = google.locations[0]
    with pytest.raises(KeyboardInterrupt):

        def stop(step):
            raise KeyboardInterrupt

        reply_audit.run_scan(store, settings, source, scan_id, progress=stop)
    google.inject(
        location,
        Response(400, {"error": {"code": 400, "message": "Invalid page token", "status": "X"}}),
        page=2,
    )
    result = reply_audit.run_scan(store, settings, source, scan_id)
    assert result.finished and result.totals()["reviews"] == 120
    assert len(reply_audit.flagged_findings(store, scan_id)) == 3


def test_a_location_google_refuses_is_reported_and_resumed_later(store, settings, source, google):
    seed(google, filler=10)
    google.forbid(google.locations[1])
    result = scan(store, settings, source)
    assert not result.finished
    assert list(result.failed) == ["Oak Park"]
    assert "HTTP 403" in result.failed["Oak Park"]
    assert db.reply_scan(store, result.scan_id)["finished_at"] == ""

    google.forbidden.clear()
    again = scan(store, settings, source)  # the run has ended: no wait to resume it
    assert again.scan_id == result.scan_id and again.finished


def test_a_running_scan_is_not_started_twice(store, settings, source, google):
    scan_id, _ = reply_audit.start_scan(store, settings, actor="U0ANNA")  # running, say
    with pytest.raises(reply_audit.ScanBusy, match=r"started by U0ANNA .* is still running"):
        reply_audit.start_scan(store, settings, actor="U0RITA")
    other_scope, _ = reply_audit.start_scan(store, settings, actor="U0RITA", location="oak park")
    assert other_scope != scan_id
    assert db.reply_scan(store, other_scope)["scope"] == "Oak Park"


def test_an_unknown_location_names_the_choices(store, settings):
    with pytest.raises(
        ValueError,
        match="no Google location named 'Elm'; the Google locations are: 'Main Street', 'Oak Park'",
    ):
        reply_audit.start_scan(store, settings, actor="U0ANNA", location="Elm")


def test_a_scan_belongs_to_the_practice_or_to_the_office_it_covers(settings):
    own = settings.model_copy(
        update={
            "locations": [
                settings.locations[0],
                settings.locations[1].model_copy(
                    update={"review_channel": "C0OAKPARK", "approvers": ["U0OLGA"]}
                ),
            ]
        }
    )
    everywhere = reply_audit.scan_office(own)
    oak_park = reply_audit.scan_office(own, "OAK PARK")
    main_street = reply_audit.scan_office(own, "Main Street")
    assert (everywhere.review_channel, everywhere.approvers) == ("C0REVIEWS", ("U0ANNA",))
    assert (oak_park.review_channel, oak_park.approvers) == ("C0OAKPARK", ("U0OLGA",))
    assert (main_street.review_channel, main_street.approvers) == ("C0REVIEWS", ("U0ANNA",))
