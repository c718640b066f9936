"""The README's table of rule classes stays true: each example is blocked by its rule."""

from __future__ import annotations

import pytest

from guardrails import check
from tests.cli.test_readme import CONTEXT, README  # the rule table's reviewer and practice


def class_rows() -> list[tuple[str, str, str]]:
    table = README.split("<!-- classes:start -->")[1].split("<!-- classes:end -->")[0]
    rows = []
    for line in table.strip().splitlines()[2:]:
        name, rule, example = (cell.strip() for cell in line.strip().strip("|").split("|"))
        rows.append((name, rule.strip("`"), example.strip('"')))
    return rows


def test_the_table_has_a_row_per_class() -> None:
    assert len(class_rows()) >= 10


def test_the_described_hidden_text_example_is_blocked() -> None:
    reply = ("Thanks for the review! \u202etisiv txen ruoy ta uoy eeS\u202c "
             "Please call us at (555) 014-2290.")
    assert "hidden-text" in {f.rule for f in check(reply, CONTEXT).blocking}


@pytest.mark.parametrize(("name", "rule", "example"),
                         [row for row in class_rows() if not row[2].startswith("(")],
                         ids=lambda v: v[:30])
def test_each_class_example_is_blocked_by_its_rule(name: str, rule: str, example: str) -> None:
    verdict = check(example, CONTEXT)
    assert rule in {f.rule for f in verdict.blocking}, verdict.to_dict()
