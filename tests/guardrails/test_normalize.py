"""Every normalisation step defeats its evasion, and offsets map back to the original."""

from __future__ import annotations

import pytest

from guardrails import normalize
from tests.guardrails.conftest import assert_offsets, block_rules, judge

# (step, evasive reply): each must still be blocked as patient-relationship.
EVASIONS = [
    ("zero-width space", "Thank you for your v\u200bisit!"),
    ("zero-width joiner", "Thank you for your vi\u200dsit!"),
    ("soft hyphen", "Thank you for your vis\u00adit!"),
    ("word joiner / BOM", "Thank you for your \ufeffvisit\u2060!"),
    ("Greek omicron", "We hope y\u03bfur appointment was pleasant."),
    ("Cyrillic a and e", "We hope your \u0430ppointm\u0435nt was pleasant."),
    ("full-width letters", "Thank you for your \uff56\uff49\uff53\uff49\uff54!"),
    ("capitals", "THANK YOU FOR YOUR VISIT!"),
    ("line breaks and tabs", "Thank you for\n\n your \t visit!"),
    ("curly apostrophe", "We\u2019re glad we saw you."),
    ("combining accent", "Thank you for your vi\u0301sit!"),
    ("dotted letters", "Thank you for your v.i.s.i.t!"),
    ("spaced letters", "Thank you for your v i s i t!"),
    ("digits for letters", "Thank you for y0ur v1sit!"),
    ("ligature", "Thanks for your \ufb01rst appointment."),
]


@pytest.mark.parametrize(("step", "reply"), EVASIONS, ids=[e[0] for e in EVASIONS])
def test_evasion_is_blocked(step: str, reply: str) -> None:
    verdict = judge(reply)
    assert "patient-relationship" in block_rules(verdict), step
    assert_offsets(reply + " Please call our office at (555) 014-2290.", verdict)


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("Caf\u00e9 VISIT", "cafe visit"),
        ("su  pr\u00f3xima\n\ncita", "su proxima cita"),
        ("\u201cquoted\u201d \u2014 dash", "\"quoted\" - dash"),
        ("a\u200bb\u00adc", "abc"),
        ("  leading and trailing  ", "leading and trailing"),
        ("\u0443\u043e\u0443r", "yoyr"),
        ("Stra\u00dfe", "strasse"),
    ],
)
def test_folded_text(original: str, folded: str) -> None:
    assert normalize(original).text == folded


@pytest.mark.parametrize(
    ("original", "word"),
    [
        ("Thank you for your v\u200bisit today", "visit"),
        ("We hope y\u03bfur cita went well", "your"),
        ("Gracias por su pr\u00f3xima visita", "proxima"),
        ("Gracias por su pro\u0301xima visita", "proxima"),
        ("Call \uff15\uff15\uff15 now", "555"),
        ("v.i.s.i.t us", "visit"),
    ],
)
def test_to_original_recovers_the_exact_slice(original: str, word: str) -> None:
    norm = normalize(original)
    start = norm.text.index(word)
    s, e = norm.to_original(start, start + len(word))
    assert normalize(original[s:e]).text == word


def test_plain_ascii_maps_one_to_one() -> None:
    norm = normalize("Thanks for the note.")
    assert norm.text == "thanks for the note."
    assert norm.to_original(4, 10) == (4, 10)
