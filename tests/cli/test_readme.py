"""The README stays true to the code: its rule table, examples and configuration reference."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from slack_app.config import CONFIG_ENV, Environment, Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
CONTEXT = {
    "review": "Dr. Patel was great and the front desk was friendly.",
    "reviewer_name": "Jennifer Alvarez",
    "practice": {"name": "Riverside Family Dental", "phone": "(555) 014-2290",
                 "email": "frontdesk@riversidefamilydental.example"},
}


def rule_rows() -> list[tuple[str, str]]:
    table = README.split("<!-- rules:start -->")[1].split("<!-- rules:end -->")[0]
    rows = []
    for line in table.strip().splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows.append((cells[0].strip("`"), cells[2]))
    return rows


def test_the_table_lists_every_blocking_rule_once():
    from guardrails.verdict import BLOCK_RULES

    assert sorted(rule for rule, _ in rule_rows()) == sorted(BLOCK_RULES)


@pytest.mark.parametrize(
    "rule, example",
    [(rule, example.strip('"')) for rule, example in rule_rows() if example.startswith('"')],
)
def test_each_example_is_blocked_by_its_rule(rule, example):
    from guardrails import check

    verdict = check(example, CONTEXT)

    assert not verdict.passed
    assert rule in {finding.rule for finding in verdict.blocking}, verdict.to_dict()


def test_the_length_rule_blocks_a_very_long_reply():
    from guardrails import check

    reply = "Thank you for sharing this with us. " * 200 + "Please call us at (555) 014-2290."

    assert "length" in {finding.rule for finding in check(reply, CONTEXT).blocking}


def test_the_example_of_a_passing_reply_passes():
    from guardrails import check

    example = re.search(r'A reply that passes reads like: "(.+?)"', README, re.S).group(1)

    verdict = check(" ".join(example.split()), CONTEXT)
    assert verdict.passed, verdict.to_dict()


def _keys(model, prefix: str = "") -> set[str]:
    keys = set()
    for name, info in model.model_fields.items():
        if name == "source_path":
            continue
        annotation = info.annotation
        inner = next((a for a in (annotation, *getattr(annotation, "__args__", ()))
                      if isinstance(a, type) and hasattr(a, "model_fields")), None)
        if inner is not None:
            keys |= _keys(inner, "" if name == "locations" else f"{prefix}{name}.")
        else:
            keys.add(f"{prefix}{name}")
    return keys


def test_the_configuration_reference_covers_every_settings_key():
    documented = set(re.findall(r"^\| `(?:\[\[locations\]\]` `)?([\w.]+)` \|", README, re.M))

    assert _keys(Settings) <= documented, _keys(Settings) - documented


def test_the_environment_table_covers_every_variable():
    expected = {f.name.upper() for f in dataclasses.fields(Environment)} | {CONFIG_ENV}
    section = README.split("Secrets and endpoints come only from the environment")[1]
    section = section.split("## The guardrail's rules")[0]

    assert expected <= set(re.findall(r"`([A-Z_]+)`", section))
