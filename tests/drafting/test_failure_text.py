"""What a failure may say once it is stored, printed or logged: no secret, one bounded line."""

from __future__ import annotations

import pytest

from slack_app.drafting.core import MAX_FAILURE_CHARS, DraftingError, failure_text
from slack_app.redaction import redact

KEY = "sk-proj-abcdef0123456789"
TOKEN = "xoxb-1111-2222-secret"


@pytest.mark.parametrize(
    ("text", "secrets", "expected"),
    [
        pytest.param(f"bad key {KEY}", [KEY], "bad key [redacted]", id="a secret"),
        pytest.param(f"{KEY}{KEY} and {TOKEN}", [KEY, TOKEN], "[redacted][redacted] and [redacted]",
                     id="every occurrence of every secret"),
        pytest.param(f"key {KEY}-2", [KEY, f"{KEY}-2"], "key [redacted]",
                     id="a secret containing another is replaced whole"),
        pytest.param("short abc stays", ["abc", ""], "short abc stays",
                     id="values too short to be secrets are left alone"),
    ],
)
def test_redact(text, secrets, expected):
    assert redact(text, secrets) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("line one\nline two\r\n\tthree", "line one line two three",
                     id="one line"),
        pytest.param("bidi \u202eevil\u202c and nul \x00 gone", "bidi evil and nul gone",
                     id="control and format characters dropped"),
        pytest.param("lone \ud800 surrogate", "lone surrogate", id="invalid characters dropped"),
        pytest.param("x" * 1000, "x" * (MAX_FAILURE_CHARS - 3) + "...", id="cut at the bound"),
        pytest.param(f"{'x' * (MAX_FAILURE_CHARS - 10)} {KEY}",
                     f"{'x' * (MAX_FAILURE_CHARS - 10)} [redac...",
                     id="a secret across the cut is redacted before cutting"),
    ],
)
def test_failure_text_is_one_bounded_printable_line_without_secrets(text, expected):
    assert failure_text(text, [KEY]) == expected


def test_a_drafting_error_message_is_always_bounded():
    error = DraftingError("refusal", "no\n" * 10_000)
    assert error.message.startswith("no no") and error.message.endswith("no...")
    assert len(error.message) <= MAX_FAILURE_CHARS
    assert str(error) == f"refusal: {error.message}"
