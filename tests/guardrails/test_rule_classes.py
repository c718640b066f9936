"""Classes of wording the probe set (cases_probe/) found missing or wrongly blocked, each
checked with wording of its own (not the probe sentences)."""

from __future__ import annotations

import pytest

from guardrails import check
from tests.guardrails.conftest import PRACTICE, assert_offsets, block_rules, judge

BLOCK = [
    # The practice as the reader's clinician, and the reader's history with it.
    ("en", "patient-relationship", "We're proud to have been your kids' pediatrician for years."),
    ("en", "patient-relationship", "You've been coming here for a decade, so this hurts to read."),
    # The reader's wait or slot, and "as a (new) patient".
    ("en", "patient-relationship", "We'll make sure you get an earlier appointment time."),
    ("en", "patient-relationship", "Going forward, you won't have to wait like that."),
    ("en", "patient-relationship", "As a returning patient, you deserve better."),
    ("en", "patient-relationship", "We were able to get your son in the same afternoon."),
    # What the records hold, what is on file, adjusting a charge.
    ("en", "records-billing", "Our files only go back to 2019."),
    ("en", "records-billing", "We keep your card on file for convenience."),
    ("en", "records-billing", "We reversed the duplicate charge."),
    ("en", "records-billing", "The late fee has been taken care of."),
    # Appliances the lexicon leaves out.
    ("en", "treatment-disclosure", "The new aligner trays should arrive soon."),
    ("en", "treatment-disclosure", "The expander is doing its job."),
    # Money and gift cards; help made to depend on the review changing.
    ("en", "review-incentive", "Here's $25 toward anything you like."),
    ("en", "review-incentive", "We'll mail you a Visa gift card."),
    ("en", "review-incentive", "We'd be glad to help as soon as the rating is removed."),
    # A name after a thank-you at the very start of the reply.
    ("en", "personal-identifier", "Thanks, Priya! We appreciate it."),
    # Second fresh check: devices with "the new ...", booking, schedules, personal details.
    ("en", "treatment-disclosure", "Happy to hear the temporary bridge fits well."),
    ("en", "patient-relationship", "We see you rescheduled, and that's no problem at all."),
    ("en", "patient-relationship", "That name is not on our appointment book."),
    ("en", "records-billing", "We corrected your date of birth in the portal."),
    ("en", "records-billing", "Sorry we misplaced your registration forms."),
    # Third fresh check (an eye practice, a manager arguing back).
    ("en", "patient-relationship", "We worked hard to get you checked the same morning."),
    ("en", "patient-relationship", "You walked in without an appointment, so there was a wait."),
    ("en", "patient-relationship", "You asked the front desk for a callback."),
    ("en", "patient-relationship", "Your new glasses should be ready next week."),
    ("en", "treatment-disclosure", "The optometrist noticed some dryness."),
    ("en", "treatment-disclosure", "Enjoy your brand-new smile!"),
    ("en", "records-billing", "The pre-authorization is still pending."),
    ("en", "personal-identifier", "Mr. Okafor, we hear you."),
    ("es", "patient-relationship", "Usted canceló dos veces este mes."),
    ("es", "records-billing", "Le mandamos el comprobante a su correo."),
    ("es", "personal-identifier", "Señor Ruiz, gracias por escribir."),
    # Spanish: staff asking about the reader's family; money and gift cards.
    ("es", "patient-relationship", "Nuestra higienista pregunta mucho por su mamá."),
    ("es", "review-incentive", "Le damos $20 para lo que guste."),
    ("es", "review-incentive", "Le enviamos una tarjeta de Amazon."),
    # The whole family seen, belonging to a named practice "family", a slipped schedule.
    ("en", "patient-relationship", "Lovely to see all the kids again this spring!"),
    ("en", "patient-relationship", "Thank you for being part of the Cedar Hill Dental family."),
    ("en", "patient-relationship", "We apologize that the doctor was running late that day."),
    # Spanish private channels and a Cyrillic izhitsa standing in for "v".
    ("es", "foreign-contact", "Si prefiere, mándeme un mensaje de texto y lo vemos."),
    ("es", "foreign-contact", "Le dejo mi cel para cualquier cosa."),
    ("es", "patient-relationship", "Esperamos que su ѵisita haya sido agradable."),
]

PASS = [
    ("en", "We've been your neighborhood dentist since 1998."),
    ("en", "Our building has a wheelchair-accessible entrance and a ramp."),
    ("en", "We aim to offer a healing environment for everyone."),
    ("en", "If you ever have to wait longer than fifteen minutes, please tell the front desk."),
    ("en", "We have free parking for everyone."),
    ("en", "The crown molding in our lobby was restored last year."),
    ("en", "Please leave a phone number with the front desk and we'll call back."),
    ("en", "Have you seen our new website? It lists our hours."),
    ("en", "Our team found the feedback really helpful."),
    ("en", "Thank you, Dr. Smith's team appreciates it."),
    ("es", "El estacionamiento gratuito está detrás de la clínica."),
    ("es", "Gracias por ser parte de nuestra comunidad."),
    ("es", "La clínica tiene acceso para sillas de ruedas."),
    ("es", "Le recordamos que puede llamarnos cuando guste."),
    ("en", "When the schedule runs behind, we let everyone in the lobby know."),
    ("en", "Follow us on Instagram for office news and holiday hours."),
    ("en", "You can also message our page on Facebook for general questions."),
    ("en", "Our hygienists are proud to be part of the Cedar Hill family."),
    # Spanish generic addressees are nobody's name.
    ("es", "Estimado cliente, gracias por tomarse el tiempo de escribirnos."),
    ("es", "Querida comunidad, gracias por su apoyo constante."),
]


@pytest.mark.parametrize(("language", "rule", "reply"), BLOCK, ids=[r for _, _, r in BLOCK])
def test_class_is_blocked(language: str, rule: str, reply: str) -> None:
    verdict = judge(reply, spanish=language == "es")
    assert rule in block_rules(verdict), [f.to_dict() for f in verdict.findings]
    assert_offsets(reply, verdict)


@pytest.mark.parametrize(("language", "reply"), PASS, ids=[r for _, r in PASS])
def test_class_passes(language: str, reply: str) -> None:
    verdict = judge(reply, spanish=language == "es")
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]


def test_possessed_amenity_word_is_still_clinical() -> None:
    verdict = check("We fixed your wheelchair ramp. Call (555) 014-2290.", PRACTICE)
    assert "wheelchair" in [f.excerpt for f in verdict.blocking
                            if f.rule == "treatment-disclosure"]


def test_no_pattern_holds_a_quantifier_eaten_by_an_f_string() -> None:
    """In an rf-string "{0,2}" is formatted to the literal "(0, 2)" (it must be "{{0,2}}"):
    the branch then never matches. One such branch hid "thanks for being one of our
    ... patients"."""
    import re

    from guardrails.rules import en, es

    broken = [p.regex for module in (en, es) for value in vars(module).values()
              if isinstance(value, list) for p in value
              if re.search(r"\(\d+, \d+\)", getattr(p, "regex", ""))]
    assert broken == []


def test_thanks_for_being_one_of_our_patients_is_blocked() -> None:
    verdict = judge("Thanks for being one of our most loyal patients!")
    assert "patient-relationship" in block_rules(verdict)
