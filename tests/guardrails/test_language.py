"""Offline language detection, and replies judged by every language they contain."""

from __future__ import annotations

import pytest

from guardrails import check, detect_language
from tests.guardrails.conftest import block_rules, judge


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thank you for your feedback, we would like to talk.", "en"),
        ("Gracias por sus comentarios, nos gustaría hablar con usted.", "es"),
        ("Merci pour votre avis, nous voulons en parler avec vous.", "fr"),
        ("Vielen Dank für Ihre Bewertung, wir sind für Sie da.", "de"),
        ("Obrigado pelo seu comentário, você é muito importante.", "pt"),
        ("Grazie per la sua recensione, siamo molto contenti.", "it"),
        ("Спасибо за ваш отзыв", "ru"),
        ("感谢您的评价", "zh"),
        ("(555) 014-2290", "unknown"),
        ("", "unknown"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_french_reply_is_unsupported() -> None:
    verdict = check("Merci pour votre avis. Appelez-nous au (555) 014-2290.",
                    {"practice_phone": "(555) 014-2290"})
    assert "unsupported-language" in block_rules(verdict)
    assert "fr" in verdict.languages


def test_mixed_reply_is_judged_by_each_language() -> None:
    verdict = judge("Thank you for the review. Nous sommes désolés pour votre attente.")
    assert verdict.languages[:1] == ("en",) and "fr" in verdict.languages
    assert "unsupported-language" in block_rules(verdict)
    finding = next(f for f in verdict.blocking if f.rule == "unsupported-language")
    assert finding.excerpt.startswith("Nous sommes")


def test_english_and_spanish_reply_passes_when_safe() -> None:
    verdict = judge("Thank you for the review. Gracias por sus comentarios.")
    assert verdict.passed
    assert verdict.languages == ("en", "es")


@pytest.mark.parametrize("reply", ["(555) 014-2290", "frontdesk@lakesidedental.example",
                                   "Thanks! (555) 014-2290"])
def test_contact_only_replies_are_not_unknown_language(reply: str) -> None:
    verdict = judge(reply, contact=False)
    assert verdict.passed, verdict.findings


def test_unrecognised_prose_is_blocked() -> None:
    verdict = judge("Xqzt vrbl mnkp trslw grbnk plof. (555) 014-2290", contact=False)
    assert "unsupported-language" in block_rules(verdict)


@pytest.mark.parametrize(
    "reply",
    [
        # The pieces of an address ("com", "clinica", "www") are no evidence of a language.
        "Gracias por sus comentarios. Escríbanos a citas@clinicadelvalle.com.",
        "Agradecemos su opinión. Visite www.clinicadelvalle.com o llame al (555) 213-4400.",
        "Thank you for the feedback. Write to us at hola@clinicadelvalle.com.",
    ],
)
def test_contacts_and_web_addresses_do_not_decide_the_language(reply):
    from guardrails import check

    practice = {"name": "Clínica del Valle", "phone": "(555) 213-4400",
                "email": "citas@clinicadelvalle.com"}  # fmt: skip
    practice["email"] = reply.split(" ")[-1].rstrip(".") if "@" in reply else practice["email"]
    verdict = check(reply, {"practice": practice})
    assert verdict.passed, verdict.findings
    assert "pt" not in verdict.languages


@pytest.mark.parametrize(
    ("reply", "rule"),
    [
        # Too short to score, but every word is Spanish: the Spanish rules must run.
        ("Thanks for the review. Evite dormir boca abajo. Call (555) 014-2290.",
         "medical-advice"),
        ("So glad to hear it! Tómelo diario. Call (555) 014-2290.", "medical-advice"),
    ],
)
def test_a_short_spanish_sentence_in_an_english_reply_gets_the_spanish_rules(
        reply: str, rule: str) -> None:
    verdict = check(reply, {"practice": {"name": "Maple Grove Dental",
                                         "phone": "(555) 014-2290"}})
    assert "es" in verdict.languages
    assert rule in {f.rule for f in verdict.blocking}, verdict.to_dict()


def test_a_short_english_reply_is_not_read_as_spanish() -> None:
    verdict = check("Thanks so much! Call (555) 014-2290.",
                    {"practice": {"name": "Maple Grove Dental", "phone": "(555) 014-2290"}})
    assert verdict.passed and verdict.languages == ("en",)
