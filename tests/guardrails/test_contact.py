"""Phone numbers and emails: the finder the guardrail and settings validation share."""

from __future__ import annotations

import pytest

from guardrails.contact import emails_equal, find_emails, find_phones, phones_equal


@pytest.mark.parametrize(
    "text",
    ["(555) 014-2290", "555-014-2290", "555.014.2290", "555 014 2290", "5550142290",
     "+1 555 014 2290", "1-555-014-2290", "+1 (555) 014-2290", "555-014-2290 ext. 12"],
)
def test_north_american_formats_are_found_and_equal(text: str) -> None:
    found = find_phones(f"Call {text} today")
    assert [m.text for m in found] == [text]
    assert phones_equal(found[0].text, "(555) 014-2290")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Call 555-0199 after five", ["555-0199"]),
        ("WhatsApp +52 55 1234 5678", ["+52 55 1234 5678"]),
        ("Open 2019-2024, since 12/12/2020, 3 pm", []),
        ("two numbers 555-014-2290 and 555 777 1234", ["555-014-2290", "555 777 1234"]),
    ],
)
def test_other_numbers(text: str, numbers: list[str]) -> None:
    assert [m.text for m in find_phones(text)] == numbers


def test_different_numbers_are_not_equal() -> None:
    assert not phones_equal("555-014-2290", "555-014-2291")
    assert not phones_equal("555-014-2290", "")
    assert phones_equal("014-2290", "(555) 014-2290")


@pytest.mark.parametrize(
    ("text", "emails"),
    [
        ("Write to Office@Example.com.", ["Office@Example.com"]),
        ("mail dr.lee+x@mail.example.org now", ["dr.lee+x@mail.example.org"]),
        ("reach bob (at) gmail (dot) com", ["bob (at) gmail (dot) com"]),
        ("reach joe at yahoo dot com", ["joe at yahoo dot com"]),
        ("find us at example.com or call us at noon", []),
    ],
)
def test_emails(text: str, emails: list[str]) -> None:
    assert [m.text for m in find_emails(text)] == emails


def test_emails_compare_case_insensitively() -> None:
    assert emails_equal("Office@Example.COM", "office@example.com")
    assert not emails_equal("a@example.com", "b@example.com")
