"""`review-assistant report`: the seeded week as a table, CSV and JSON; one location; every bad
argument named in one line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from slack_app.cli import main

WEEK = ["--since", "2026-11-16", "--until", "2026-11-23"]


@pytest.fixture
def config(tmp_path, store, week):
    path = tmp_path / "review-assistant.toml"
    path.write_text(
        '[practice]\nname = "Riverside Family Dental"\nphone = "(555) 014-2290"\n'
        '[[locations]]\nname = "Main Street"\n[[locations]]\nname = "Oak Park"\n'
        f'[[locations]]\nname = "Elm Court"\n[database]\npath = "{store.path}"\n',
        encoding="utf-8",
    )
    return str(path)


def test_the_table(config, capsys):
    assert main(["report", "--config", config, *WEEK]) == 0

    assert capsys.readouterr().out == (
        "Review figures · Riverside Family Dental · all locations\n"
        "2026-11-16 00:00 to 2026-11-23 00:00 UTC\n"
        "\n"
        "figure                           value\n"
        "-------------------------------  ------------------------------------------\n"
        "New reviews                      7\n"
        "  Google                         5\n"
        "  Yelp                           2\n"
        "  5 stars                        1\n"
        "  4 stars                        2\n"
        "  3 stars                        1\n"
        "  2 stars                        1\n"
        "  1 star                         1\n"
        "  no rating                      1\n"
        "Average rating                   3.2\n"
        "Response rate                    57% (4 of 7)\n"
        "Replies posted                   4\n"
        "  rejected by Google afterwards  0\n"
        "Time to reply, median            29.0 h\n"
        "Time to reply, 90th percentile   144.0 h\n"
        "Waiting now                      3\n"
        "  drafted                        1\n"
        "  post failed                    1\n"
        "  escalated                      1\n"
        "  over 3 days                    3\n"  # aged from the real clock, after the week
        "Escalations: new, cleared, open  2, 1, 1\n"
        "Follow-ups recorded              2\n"
        "  Reached out offline            1\n"
        "  Tried, no answer               1\n"
        "Drafts needing repair            2 of 6 (33%)\n"
        "  patient-relationship           2\n"
        "  treatment-disclosure           2\n"
        "Approvals edited first           1 of 5, 7% of the words changed on average\n"
    )


def test_csv_and_json_carry_every_figure(config, capsys):
    main(["report", "--config", config, *WEEK, "--format", "csv"])
    rows = dict(csv.reader(io.StringIO(capsys.readouterr().out)))
    main(["report", "--config", config, *WEEK, "--format", "json"])
    data = json.loads(capsys.readouterr().out)

    assert rows["figure"] == "value"
    assert (rows["new_reviews"], rows["new_by_source.google"], rows["reply_hours_p90"]) == (
        "7",
        "5",
        "144.0",
    )
    assert rows["location"] == ""
    assert data["response_rate"] == pytest.approx(4 / 7)
    assert data["findings_by_rule"] == {"patient-relationship": 2, "treatment-disclosure": 2}


def test_one_location_by_name_in_any_case(config, capsys):
    assert (
        main(["report", "--config", config, *WEEK, "--location", "oak park", "--format", "json"])
        == 0
    )

    data = json.loads(capsys.readouterr().out)
    assert (data["location"], data["new_reviews"], data["replies_posted"]) == ("Oak Park", 3, 1)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--since", "soon"], "--since 'soon' is neither a span (30d, 8w, 48h) nor a date"),
        (["--since", "0d"], "--since '0d' is an empty period"),
        (["--until", "2026-13-01"], "--until '2026-13-01' is not a date"),
        (["--since", "2026-12-01", "--until", "2026-11-01"], "is not before the end"),
        (
            ["--location", "Nowhere"],
            "--location 'Nowhere': no such location; known: Elm Court, Main Street, Oak Park",
        ),
    ],
)
def test_bad_arguments_are_named(config, capsys, argv, message):
    assert main(["report", "--config", config, *argv]) == 2

    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_spans_count_back_from_until(config, capsys):
    main(
        ["report", "--config", config, "--since", "1w", "--until", "2026-11-23", "--format", "json"]
    )

    data = json.loads(capsys.readouterr().out)
    assert (data["start"], data["end"], data["new_reviews"]) == (
        "2026-11-16T00:00:00+00:00",
        "2026-11-23T00:00:00+00:00",
        7,
    )
