"""`make demo`'s office manager's day: the digest message, its chart and an App Home view
computed from the demo's database, and the report table."""

from __future__ import annotations

import io
import json
import sqlite3

from PIL import Image

from slack_app.chart import HEIGHT_PX, WIDTH_PX
from slack_app.demo import card_as_text
from tests.cli.conftest import run_command
from tests.office.blockkit import assert_valid_blocks, assert_valid_view


def test_the_demo_writes_the_digest_chart_and_home_and_prints_the_report(
    tmp_path, capsys, monkeypatch
):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REVIEW_ASSISTANT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / "demo-output"

    assert run_command("demo", ["--out", str(out)]) == 0

    printed = capsys.readouterr().out
    digest = json.loads((out / "digest.json").read_text())
    home = json.loads((out / "app-home.json").read_text())
    image = Image.open(io.BytesIO((out / "digest-chart.png").read_bytes()))
    assert_valid_blocks(digest["blocks"])
    assert_valid_view(home)
    assert (image.format, image.size) == ("PNG", (WIDTH_PX, HEIGHT_PX))
    assert card_as_text(digest["blocks"]).startswith("WEEKLY REVIEW DIGEST\nRiverside Family")
    assert "WAITING FOR YOU (" in card_as_text(home["blocks"])
    # The report table printed is the database's: its count of the last 30 days' reviews.
    connection = sqlite3.connect(out / "review-assistant-demo.db")
    (recent,) = connection.execute(
        "SELECT count(*) FROM reviews WHERE created_at >= strftime('%Y-%m-%dT%H:%M:%S', "
        "'now', '-30 days')"
    ).fetchone()
    connection.close()
    assert "Review figures · Riverside Family Dental · all locations" in printed
    assert f"\nNew reviews                      {recent}\n" in printed
    for path in ("digest.json", "digest-chart.png", "app-home.json"):
        assert str(out / path) in printed
