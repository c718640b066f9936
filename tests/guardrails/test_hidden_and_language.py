"""`hidden-text` (issue 10): characters that hide or reorder text block under their own rule
id, and blank fillers cannot split a word past the rules; fail closed on any sentence that is
not recognisably English or Spanish (issue 11); UTS #39 look-alikes fold to Latin."""

from __future__ import annotations

import pytest

from guardrails import normalize
from tests.guardrails.conftest import block_rules, judge

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c"]
FILLERS = ["\u3164", "\u115f", "\u1160", "\u2800", "\uffa0", "\u180e"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\U000e0041"]


@pytest.mark.parametrize("ch", BIDI + FILLERS + INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_each_hiding_character_blocks_as_hidden_text(ch: str) -> None:
    reply = f"Thank you for the kind{ch} words."
    verdict = judge(reply)
    (finding,) = [f for f in verdict.blocking if f.rule == "hidden-text"]
    assert finding.excerpt == ch
    assert f"U+{ord(ch):04X}" in finding.message and "retype" in finding.message


def test_a_reversed_sentence_inside_an_override_is_blocked() -> None:
    reply = "Thanks for the review! \u202etisiv txen ruoy ta uoy eeS\u202c"
    assert "hidden-text" in block_rules(judge(reply))


@pytest.mark.parametrize("filler", FILLERS, ids=lambda c: f"U+{ord(c):04X}")
def test_a_filler_cannot_split_a_word_past_the_rules(filler: str) -> None:
    verdict = judge(f"We hope your root ca{filler}nal healed well.")
    assert {"hidden-text", "treatment-disclosure"} <= block_rules(verdict)


@pytest.mark.parametrize(
    "reply",
    ["Our whole team sends a thumbs up \U0001f44d\U0001f3fd and a \u2764\ufe0f.",
     "\ufeffThank you for the kind words.",
     "Families \U0001f468\u200d\U0001f469\u200d\U0001f467 are always welcome."],
)
def test_ordinary_emoji_sequences_and_a_leading_bom_pass(reply: str) -> None:
    verdict = judge(reply)
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]


@pytest.mark.parametrize(
    "sentence",
    ["Bedankt voor uw bezoek aan onze praktijk vorige week.",
     "Salamat po sa pagbisita ninyo sa aming klinika noong nakaraang linggo.",
     "感谢您的好评，如有任何问题欢迎随时联系我们。",
     "Obrigado pela sua visita ao nosso consultório na semana passada."],
)
def test_a_sentence_in_another_language_inside_an_english_reply_blocks(sentence: str) -> None:
    verdict = judge(f"Thank you for the review. {sentence}")
    assert "unsupported-language" in block_rules(verdict)


@pytest.mark.parametrize(
    "reply",
    ["Thank you, and warm regards from Dr. Okonkwo and the whole Lakeside team.",
     "Wishing everyone good health.",
     "Saludos cordiales de la Dra. Okonkwo y todo el equipo.",
     "Thanks!"],
)
def test_short_or_name_heavy_english_and_spanish_pass(reply: str) -> None:
    verdict = judge(reply, spanish="Saludos" in reply)
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]


@pytest.mark.parametrize(
    ("lookalike", "folded"),
    [("rօօt", "root"),  # Armenian oh
     ("ᏚᎪᎷ", "sam"),  # Cherokee
     ("𝐯𝐢𝐬𝐢𝐭", "visit"),  # mathematical bold
     ("ｖｉｓｉｔ", "visit"),  # fullwidth
     ("vіsіt", "visit")],  # Cyrillic i
)
def test_lookalikes_fold_to_latin(lookalike: str, folded: str) -> None:
    assert normalize(lookalike).text == folded


@pytest.mark.parametrize(
    ("reply", "rule"),
    [("Text Dr. Lee at five five five, oh one four, twenty-two ninety-one.", "foreign-contact"),
     ("Escriba al cinco cinco cinco, cero uno cuatro, veintidós noventa y uno.",
      "foreign-contact"),
     ("Email jane @ mail . com for details.", "foreign-contact"),
     ("tisiv ruoy rof sknahT", "unsupported-language"),  # written backwards
     ("VGhhbmtzIGZvciB5b3VyIHZpc2l0", "unsupported-language"),  # base64
     ("Thanks for your ʌısıʇ!", "unsupported-language"),  # upside-down letters
     ("Thanks for your ᴠɪsɪᴛ last week!", "patient-relationship"),  # small capitals
     ("Thanks for your v̶i̶s̶i̶t̶!", "patient-relationship")],  # combining strokes
)
def test_more_encodings_are_blocked(reply: str, rule: str) -> None:
    assert rule in block_rules(judge(reply, spanish="Escriba" in reply))
