"""Issue 11's classes: rules that reason about who and when (reader + event, outcomes, prior
contact, status denials, presumed relationships, names, advice without a drug, encodings),
each in several wordings and both languages, asserting the rule AND the words it points at;
and the generic, conditional and practice-wide forms that must keep passing."""

from __future__ import annotations

import re

import pytest

from guardrails import GuardContext, check
from tests.guardrails import structure_classes_dev13 as dev13
from tests.guardrails import structure_classes_dev19 as dev19
from tests.guardrails import structure_classes_dev24 as dev24
from tests.guardrails import structure_classes_dev56 as dev56
from tests.guardrails import structure_classes_dev68 as dev68
from tests.guardrails import structure_classes_dev71 as dev71
from tests.guardrails import structure_classes_dev74 as dev74
from tests.guardrails import structure_classes_dev75 as dev75
from tests.guardrails import structure_classes_dev76 as dev76
from tests.guardrails import structure_classes_fresh3 as fresh3
from tests.guardrails import structure_classes_fresh4 as fresh4
from tests.guardrails import structure_classes_fresh5 as fresh5
from tests.guardrails import structure_classes_fresh6 as fresh6
from tests.guardrails import structure_classes_fresh10 as fresh10
from tests.guardrails import structure_classes_fresh11 as fresh11
from tests.guardrails import structure_classes_fresh18 as fresh18
from tests.guardrails import structure_classes_fresh31 as fresh31
from tests.guardrails import structure_classes_fresh37 as fresh37
from tests.guardrails import structure_classes_fresh45 as fresh45
from tests.guardrails import structure_classes_lead as lead
from tests.guardrails import structure_classes_own as own
from tests.guardrails.conftest import (
    PRACTICE,
    assert_blocked_at,
    assert_passes,
    block_rules,
    judge,
)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "prognosis-stars-and-accounts": [
        ("en", "We'd love a second chance to earn that fifth star.",
         "review-incentive", "earn that fifth star"),
        ("en", "We double-checked, and you're all paid up.",
         "records-billing", "you're all paid up"),
        ("en", "Give it a few more days and the stiffness should ease up.",
         "medical-advice", "Give it a few more days"),
        ("en", "That kind of jaw clicking usually settles on its own.",
         "medical-advice", "settles on its own"),
        ("en", "Stick to lukewarm drinks for now.",
         "medical-advice", "Stick to lukewarm drinks"),
        ("es", "Mantén la zona limpia y vas a estar bien.",
         "medical-advice", "Mantén la zona limpia"),
        ("es", "Dale unos días más y la rigidez debería bajar.",
         "medical-advice", "Dale unos días"),
        ("es", "Asegúrate de terminar todo el tratamiento.",
         "medical-advice", "Asegúrate de terminar todo el tratamiento"),
        ("es", "Ese tipo de chasquido en la mandíbula suele pasar solo.",
         "medical-advice", "chasquido en la mandíbula suele pasar"),
    ],
    "support-symptoms-and-estimates": [
        ("en", "We're so glad our team could be there for you during such an important time.",
         "patient-relationship", "our team could be there for you"),
        ("en", "Please don't hesitate to reach out if the sensitivity returns.",
         "treatment-disclosure", "the sensitivity returns"),
        ("en", "Our team looks forward to continuing to support your health goals.",
         "treatment-disclosure", "your health goals"),
        ("en", "We're sorry that the estimate you received was higher than expected.",
         "records-billing", "the estimate you received"),
        ("es", "Nos alegra haber estado a su lado en un momento tan importante.",
         "patient-relationship", "haber estado a su lado"),
        ("es", "Lamentamos que el presupuesto que recibió haya sido más alto de lo esperado.",
         "records-billing", "el presupuesto que recibió"),
        ("es", "Es maravilloso saber que ya se siente como antes.",
         "treatment-disclosure", "saber que ya se siente como antes"),
        ("es", "Esperamos que a los niños les haya gustado la caja de premios.",
         "review-incentive", "caja de premios"),
    ],
    "recognition-looks-relief-life-events": [
        ("en", "We'd recognize that laugh anywhere!",
         "patient-relationship", "recognize that laugh"),
        ("en", "The shade we picked really suits you!",
         "treatment-disclosure", "suits you"),
        ("en", "So happy the itching finally stopped!",
         "treatment-disclosure", "happy the itching finally stopped"),
        ("en", "No more squinting at menus!",
         "treatment-disclosure", "No more squinting"),
        ("en", "Avoid sugary drinks for a while.",
         "medical-advice", "Avoid sugary drinks"),
        ("en", "We've updated our system so the reminder texts go to your new number.",
         "records-billing", "reminder texts go to your"),
        ("en", "Thanks again for bringing in those cookies!",
         "patient-relationship", "bringing in those cookies"),
        ("en", "Congratulations on your retirement!",
         "patient-relationship", "retirement"),
        ("es", "¡Su risa la reconocemos en cualquier lugar!",
         "patient-relationship", "Su risa la reconocemos"),
        ("es", "¡Qué bueno que ya no le pica!",
         "treatment-disclosure", "ya no le pica"),
        ("es", "Tome mucha agua y trate de descansar.",
         "medical-advice", "Tome mucha agua"),
        ("es", "Esperamos que la mudanza haya salido bien.",
         "patient-relationship", "mudanza"),
    ],
    "hard-stretch-and-reminiscing": [
        ("en", "We know how hard that first week was.",
         "patient-relationship", "how hard that first week"),
        ("en", "Our front desk is still laughing about the superhero cape.",
         "patient-relationship", "still laughing about"),
        ("en", "Please give our best to Grandma.",
         "patient-relationship", "give our best to Grandma"),
        ("en", "It's been a long road, and you've handled it with such grace.",
         "patient-relationship", "long road"),
        ("es", "Sabemos lo difícil que fue esa primera semana.",
         "patient-relationship", "lo difícil que fue esa primera semana"),
        ("es", "¡La próxima vez tendremos listo el sabor de chicle!",
         "patient-relationship", "La próxima vez"),
        ("es", "Con gusto le hicimos un espacio con tan poco aviso.",
         "patient-relationship", "le hicimos un espacio"),
        ("es", "Ha sido un camino largo y lo ha llevado con mucha valentía.",
         "patient-relationship", "lo ha llevado con mucha valentía"),
    ],
    "progress-and-time-together": [
        ("en", "Our therapists were so proud to see how far you've come.",
         "treatment-disclosure", "how far you've come"),
        ("en", "What a relief it must be to finally sleep through the night!",
         "treatment-disclosure", "What a relief it must be to finally sleep"),
        ("en", "It was wonderful catching up with you!",
         "patient-relationship", "was wonderful catching up with you"),
        ("en", "We'd love to see the kids again before school starts!",
         "patient-relationship", "see the kids again"),
        ("en", "Thanks for your patience while we sorted out the insurance paperwork.",
         "records-billing", "sorted out the insurance paperwork"),
        ("es", "Fue un gusto ver lo mucho que ha avanzado.",
         "treatment-disclosure", "lo mucho que ha avanzado"),
        ("es", "Gracias por las flores que nos trajo la semana pasada.",
         "patient-relationship", "flores que nos trajo"),
        ("es", "Gracias por su paciencia mientras resolvíamos lo del seguro.",
         "records-billing", "resolvíamos lo del seguro"),
        ("es", "¡Esa sonrisa va a brillar en la boda!",
         "treatment-disclosure", "sonrisa"),
    ],
    "reader-event": [
        (
            "en",
            "It was an honour to be part of your family's big day.",
            "patient-relationship",
            "honour to be part of your",
        ),
        ("en", "Enjoy that bright new smile!", "treatment-disclosure", "smile"),
        ("en", "Congratulations on the new baby!", "treatment-disclosure", "new baby"),
        (
            "en",
            "We can't wait to see you next time.",
            "patient-relationship",
            "We can't wait to see you",
        ),
        ("en", "Your little one was so brave.", "patient-relationship", "Your little one"),
        ("en", "Say hi to the twins for us!", "patient-relationship", "twins"),
        ("en", "Keep up the great work with the brushing!", "treatment-disclosure", "brushing"),
        ("es", "Disfrute su nueva sonrisa.", "treatment-disclosure", "sonrisa"),
        ("es", "Felicidades por el nuevo bebé.", "patient-relationship", "Felicidades por el"),
        ("es", "Siga así con el cepillado.", "treatment-disclosure", "cepillado"),
        ("es", "¡Que disfrutes esa sonrisa!", "treatment-disclosure", "sonrisa"),
    ],
    "outcome": [
        (
            "en",
            "We're so glad you can see the board at school again.",
            "patient-relationship",
            "school",
        ),
        ("en", "We're happy you feel at home in your skin.", "treatment-disclosure", "skin"),
        ("en", "Wishing your growing family the best.", "treatment-disclosure", "growing"),
        ("en", "We hope the shoulder keeps improving.", "treatment-disclosure", "shoulder"),
        (
            "en",
            "There's nothing like hearing that the road signs are clear again.",
            "treatment-disclosure",
            "hearing that the road signs are clear",
        ),
        (
            "en",
            "Root canals can be tough. We're glad the worst is behind you.",
            "treatment-disclosure",
            "Root canals",
        ),
        (
            "es",
            "Que su hombro siga recuperándose con la terapia.",
            "treatment-disclosure",
            "hombro",
        ),
        (
            "es",
            "Nos alegra que ya pueda ver bien el pizarrón de la escuela.",
            "patient-relationship",
            "pizarrón",
        ),
        ("es", "Esperamos que la rodilla siga mejorando.", "treatment-disclosure", "rodilla"),
        ("es", "Qué gusto ver su progreso.", "patient-relationship", "ver su progreso"),
    ],
    "prior-contact": [
        (
            "en",
            "As I mentioned when we spoke on the phone, we value your feedback.",
            "patient-relationship",
            "As I mentioned",
        ),
        (
            "en",
            "Following up on your email, we have looked into it.",
            "patient-relationship",
            "Following up on your email",
        ),
        (
            "en",
            "Per our conversation yesterday, the form is ready.",
            "patient-relationship",
            "Per our conversation",
        ),
        (
            "es",
            "Como le comenté en la llamada, valoramos su opinión.",
            "patient-relationship",
            "Como le comenté",
        ),
        (
            "es",
            "Tal como conversamos por teléfono, revisaremos el caso.",
            "patient-relationship",
            "Tal como conversamos",
        ),
    ],
    "status-denial": [
        (
            "en",
            "This person has never been one of our patients; we believe the review is fake.",
            "patient-relationship",
            "has never been one of our patients",
        ),
        (
            "en",
            "No one by that name is in our system.",
            "patient-relationship",
            "No one by that name",
        ),
        (
            "en",
            "The reviewer is not a patient of ours.",
            "patient-relationship",
            "is not a patient",
        ),
        (
            "es",
            "Esta persona nunca ha sido nuestra paciente; creemos que la reseña es falsa.",
            "patient-relationship",
            "nunca ha sido nuestra paciente",
        ),
        ("es", "No es paciente de esta clínica.", "patient-relationship", "No es paciente"),
    ],
    "presumed-relationship": [
        (
            "en",
            "It's patients like you who make this job a joy.",
            "patient-relationship",
            "patients like you",
        ),
        (
            "en",
            "We're so glad to have you as part of our practice family.",
            "patient-relationship",
            "glad to have you",
        ),
        (
            "en",
            "Every visit should be comfortable, and we're sorry yours didn't go that way.",
            "patient-relationship",
            "yours",
        ),
        ("en", "We're sorry you felt hurried.", "patient-relationship", "hurried"),
        (
            "en",
            "It was a privilege to support you through such a difficult season.",
            "patient-relationship",
            "privilege to support you",
        ),
        (
            "en",
            "Cheers to many more years of healthy smiles together!",
            "patient-relationship",
            "many more years of healthy smiles together",
        ),
        (
            "es",
            "Pacientes como usted hacen que nuestro trabajo valga la pena.",
            "patient-relationship",
            "Pacientes como usted",
        ),
        ("es", "Lamentamos que se haya sentido apurada.", "patient-relationship", "apurada"),
        (
            "es",
            "Fue un privilegio apoyarle en una etapa tan difícil.",
            "patient-relationship",
            "Fue un privilegio apoyarle",
        ),
        ("es", "Será un placer seguir atendiéndola.", "patient-relationship", "atendiéndola"),
    ],
    "names": [
        ("en", "Give Noah a high-five from all of us.", "personal-identifier", "Noah"),
        ("en", "We'll be sure Tasha sees this.", "personal-identifier", "Tasha"),
        ("es", "Dele un abrazo a Sofía de parte de todos.", "personal-identifier", "Sofía"),
        ("es", "Por favor dígale a Mateo que es muy valiente.", "personal-identifier", "Mateo"),
    ],
    "advice-without-a-drug": [
        (
            "en",
            "A cool compress and rest usually help.",
            "medical-advice",
            "A cool compress and rest usually help",
        ),
        (
            "en",
            "Remember: soft foods only and no straws for 48 hours.",
            "medical-advice",
            "soft foods only",
        ),
        (
            "es",
            "Un paño frío y reposo suelen ayudar.",
            "medical-advice",
            "Un paño frío y reposo suelen ayudar",
        ),
        (
            "es",
            "Recuerde: comida blanda y nada de popote por 48 horas.",
            "medical-advice",
            "comida blanda",
        ),
    ],
    "billing": [
        (
            "en",
            "We've placed a hold on the collections process so we can sort out the remaining "
            "balance.",
            "records-billing",
            "placed a hold on the collections",
        ),
        (
            "es",
            "Pausamos la cobranza mientras revisamos el saldo pendiente.",
            "records-billing",
            "Pausamos la cobranza",
        ),
    ],
    "encodings": [
        ("en", "That 🦷 is fixed for good!", "treatment-disclosure", "🦷"),
        (
            "en",
            "Hope the new 1mpl4nt is settling in nicely.",
            "treatment-disclosure",
            "the new 1mpl4nt",
        ),
        (
            "en",
            "Thank you for the review, the rօօt canal was a success.",
            "treatment-disclosure",
            "rօօt canal",
        ),
        (
            "en",
            "We're glad the appoint-\nment went well.",
            "patient-relationship",
            "the appoint-\nment",
        ),
        (
            "en",
            "Call our manager at five five five, oh one four, two two nine one.",
            "foreign-contact",
            "five five five, oh one four, two two nine one",
        ),
        (
            "en",
            "Write to jane (at) mail (dot) example for help.",
            "foreign-contact",
            "jane (at) mail (dot) example",
        ),
        (
            "en",
            "Please use our form at forms.gle/Rq8vT2mK instead.",
            "foreign-contact",
            "forms.gle/Rq8vT2mK",
        ),
        (
            "es",
            "Escriba a carlos.mena (arroba) correo (punto) example para más rapidez.",
            "foreign-contact",
            "carlos.mena (arroba) correo (punto) example",
        ),
        (
            "es",
            "G r a c i a s  p o r  s u  v i s i t a.",
            "patient-relationship",
            "G r a c i a s  p o r  s u  v i s i t a",
        ),
        ("es", "Su  ex-pe-dien-te  está al día.", "records-billing", "Su  ex-pe-dien-te"),
        # Both words are read through their digits; the first is the finding.
        ("es", "¡Que disfrutes esa s0nr1s4 sin br@ck3ts!", "treatment-disclosure", "s0nr1s4"),
        ("es", "¡Que disfrutes la vida sin br@ck3ts!", "treatment-disclosure", "br@ck3ts"),
    ],
}

# class -> (language, reply) that no rule may block
PASSES = {
    "generic-instructions": [
        ("en", "Anyone can request a copy of their records by calling our office."),
        (
            "es",
            "Cualquier persona puede solicitar una copia de su expediente llamando a la oficina.",
        ),
    ],
    "practice-wide": [
        ("en", "Every treatment plan we recommend is explained in plain language."),
        ("en", "Before any exam, everyone should know what to expect."),
        ("en", "We offer both clear aligners and traditional braces to anyone who is curious."),
        ("en", "Vaccines are nobody's favorite, so our nurses keep stickers for every little one."),
        ("es", "Cada plan de tratamiento que recomendamos se explica con palabras sencillas."),
        (
            "es",
            "Las vacunas no son el momento favorito de nadie, por eso nuestras enfermeras "
            "tienen calcomanías para cada pequeño.",
        ),
    ],
    "privacy-and-conditional": [
        ("en", "We cannot confirm or deny whether anyone is a patient."),
        ("en", "If you were ever a patient, we'd welcome the chance to talk."),
        ("es", "No podemos confirmar ni negar si alguien ha sido atendido en nuestra clínica."),
        (
            "es",
            "Las leyes de privacidad nos impiden confirmar si una persona es o fue paciente, "
            "o hablar de su atención.",
        ),
    ],
    "courtesy": [
        ("en", "Thank you for taking the time to share this."),
        ("en", "We hope you have a wonderful holiday season."),
        ("en", "Wishing you a happy and healthy new year!"),
        ("en", "Comments like yours help our whole team grow."),
        ("en", "We never pay for reviews or offer anything in exchange for them."),
        ("es", "Gracias por sus amables palabras; las compartiremos con el equipo."),
        ("es", "Crear un ambiente tranquilo es el corazón de lo que hacemos."),
        ("es", "Nunca pagamos ni ofrecemos nada a cambio de reseñas."),
    ],
    "staff-introduced-by-role": [
        ("en", "Hi, this is Karen, the office manager, and I'd like to talk."),
        ("en", "If you have a question about a charge, ask for Amy in billing."),
        ("es", "Hola, soy Claudia, la gerente, y me gustaría platicar."),
        ("es", "Si tienes dudas sobre un cargo, pregunta por Amparo en facturación."),
    ],
    "names-that-are-words": [
        ("en", "Hope to hear from you soon."),
        ("en", "Our office on Lincoln Avenue has free parking."),
        ("en", "We will do our best, and we May update our hours in June."),
        ("es", "Esperanza y paz para todos en estas fiestas."),
    ],
}


def _blocked() -> list[tuple[str, str, str, str, str]]:
    tables = (BLOCKED, fresh3.BLOCKED, fresh4.BLOCKED, fresh5.BLOCKED, fresh6.BLOCKED,
              fresh10.BLOCKED, fresh11.BLOCKED, dev13.BLOCKED, dev19.BLOCKED, fresh18.BLOCKED,
              dev24.BLOCKED, fresh31.BLOCKED, fresh37.BLOCKED, dev56.BLOCKED,
              dev68.BLOCKED, dev71.BLOCKED, dev74.BLOCKED, dev75.BLOCKED, dev76.BLOCKED,
              fresh45.BLOCKED, own.BLOCKED,
              lead.BLOCKED)
    return [(cls, *row) for table in tables for cls, rows in table.items() for row in rows]


def _passes() -> list[tuple[str, str, str]]:
    tables = (PASSES, fresh3.PASSES, fresh4.PASSES, fresh5.PASSES, fresh6.PASSES,
              fresh10.PASSES, fresh11.PASSES, dev13.PASSES, dev19.PASSES, fresh18.PASSES,
              dev24.PASSES, fresh31.PASSES, fresh37.PASSES, dev56.PASSES,
              dev68.PASSES, dev71.PASSES, dev74.PASSES, dev75.PASSES, dev76.PASSES,
              fresh45.PASSES, own.PASSES,
              lead.PASSES)
    return [(cls, *row) for table in tables for cls, rows in table.items() for row in rows]


@pytest.mark.parametrize(("cls", "language", "reply", "rule", "excerpt"), _blocked())
def test_class_is_blocked_at_its_words(
    cls: str, language: str, reply: str, rule: str, excerpt: str
) -> None:
    assert_blocked_at(language, reply, rule, excerpt)


@pytest.mark.parametrize(("cls", "language", "reply"), _passes())
def test_class_passes(cls: str, language: str, reply: str) -> None:
    assert_passes(language, reply)


def test_a_clinician_the_review_names_blocks_unless_the_writer_introduces_themselves() -> None:
    review = "Dr. Patel never rushed me and explained everything."
    named = judge("Dr. Patel will be so pleased to read this.", review=review)
    assert ("personal-identifier", "Dr. Patel") in {(f.rule, f.excerpt) for f in named.blocking}
    writer = judge("I'm Dr. Patel, and I read every review myself.", review=review)
    assert not [f for f in writer.blocking if f.rule == "personal-identifier"], writer.findings


def test_a_relative_the_review_names_blocks_even_when_it_is_a_word() -> None:
    review = "My husband Raj loved working with the therapists here."
    verdict = judge("We're delighted to hear Raj enjoyed the sessions.", review=review)
    assert ("personal-identifier", "Raj") in {(f.rule, f.excerpt) for f in verdict.blocking}


@pytest.mark.parametrize(
    ("review", "reply", "excerpt"),
    [
        ("So patient with my 82-year-old father.", "Caring for a dad who is 82 takes time.", "82"),
        ("My 7 year old was nervous about the shots.", "Shots can feel scary at seven.", "seven"),
        ("Mi hija de 9 años no lloró.", "Con 9 todavía da un poco de miedo.", "9"),
        ("Age 15 and finally braces!", "Many teens turn fifteen with a lot on their minds.",
         "fifteen"),
        ("At 82 I thought my dancing days were over.", "82 is just a number!", "82"),
        ("A mis 79 años volví a bailar.", "¡Los 79 son apenas el comienzo!", "79"),
    ],
)
def test_an_age_the_review_gives_blocks_when_said_again(review: str, reply: str,
                                                       excerpt: str) -> None:
    verdict = judge(reply, review=review)
    assert ("personal-identifier", excerpt) in {(f.rule, f.excerpt) for f in verdict.blocking}


@pytest.mark.parametrize(
    ("review", "reply"),
    [
        ("So patient with my 82-year-old father.", "We have served this town for 82 years."),
        ("My 7 year old was nervous about the shots.", "We open at 7 a.m. on weekdays."),
        ("My 2-year-old loved the fish tank.", "The two of us at the front desk love it too."),
    ],
)
def test_a_number_that_is_not_the_age_passes(review: str, reply: str) -> None:
    verdict = judge(reply, review=review)
    assert not [f for f in verdict.blocking if f.rule == "personal-identifier"], verdict.findings


def test_a_reviewer_shown_by_initials_blocks_when_the_reply_writes_them() -> None:
    verdict = judge("Thanks so much, M.K.!", reviewer_name="M. K.")
    assert ("personal-identifier", "M.K.") in {(f.rule, f.excerpt) for f in verdict.blocking}
    assert judge("Thanks so much!", reviewer_name="M. K.").passed


def test_a_staff_name_from_the_review_still_blocks() -> None:
    verdict = judge(
        "If you have a question, ask for Amy in billing.",
        review="Amy at the front desk was rude to me.",
    )
    assert ("personal-identifier", "Amy") in {(f.rule, f.excerpt) for f in verdict.blocking}


@pytest.mark.parametrize(
    ("signoff", "reply", "passed"),
    [
        (("Maria",), "Thank you for the review. Please call (555) 014-2290.\n— Maria", True),
        ((), "Thank you for the review. Please call (555) 014-2290.\n— Maria", False),
        (("Maria",), "Maria says thank you for the review.\nPlease call (555) 014-2290.", False),
    ],
)
def test_signoff_names_pass_only_in_the_closing_line(
    signoff: tuple[str, ...], reply: str, passed: bool
) -> None:
    context = GuardContext(
        practice_name=PRACTICE.practice_name,
        practice_phone=PRACTICE.practice_phone,
        signoff_names=signoff,
    )
    assert check(reply, context).passed is passed


def test_signoff_names_come_from_the_jsonl_practice_object() -> None:
    context = GuardContext.coerce(
        {"practice": {"phone": "(555) 014-2290", "signoff_names": ["Maria"]}}
    )
    assert context.signoff_names == ("Maria",)


# The same words with and without a contraction: a pattern written "you 're" once let
# "you're a valued patient" through while "you are a valued patient" blocked.
_CONTRACTIONS = {"you are": "you're", "you have": "you've", "you will": "you'll",
                 "we have": "we've", "we would": "we'd", "we are": "we're", "it is": "it's"}


def _spelled_out() -> list[tuple[str, str, str]]:
    rows = []
    for cls, language, reply, rule, _excerpt in _blocked():
        lower = reply.lower()
        if language == "en" and any(re.search(rf"\b{full}\b", lower) for full in _CONTRACTIONS):
            rows.append((cls, reply, rule))
    return rows


@pytest.mark.parametrize(("cls", "reply", "rule"), _spelled_out())
def test_a_contraction_blocks_as_the_words_do(cls: str, reply: str, rule: str) -> None:
    contracted = reply
    for full, short in _CONTRACTIONS.items():
        contracted = re.sub(rf"\b{full}\b", short, contracted, flags=re.IGNORECASE)
    assert rule in block_rules(judge(contracted)), contracted


def test_a_specialty_echoed_from_the_review_passes_as_the_practice_s_work() -> None:
    review = "They are wonderful with pediatric asthma care."
    general = judge("Pediatric asthma care is a big part of what our nurses do every day.",
                    review=review)
    assert general.passed, general.findings
    theirs = judge("Your pediatric asthma care is a big part of what we do.", review=review)
    assert "treatment-disclosure" in {f.rule for f in theirs.blocking}


def test_the_practice_s_name_in_a_sign_off_is_no_evidence_of_a_language() -> None:
    """"Sur" and "Express" are French words; in the practice's name they say nothing."""
    reply = ("Gracias por escribirnos. Llámenos al (555) 014-2290.\n\n"
             "Un saludo afectuoso,\nUrgencias Express Sur")
    context = GuardContext(practice_name="Urgencias Express Sur",
                           practice_phone="(555) 014-2290")
    assert check(reply, context).passed, check(reply, context).findings
    french = check("Merci pour votre visite la semaine dernière. Llámenos al (555) 014-2290.",
                   context)
    assert "unsupported-language" in {f.rule for f in french.blocking}


def test_a_reviewer_name_that_is_a_word_opening_a_sign_off_line_is_no_name() -> None:
    reply = ("Thank you for the review. Call (555) 014-2290.\n\n"
             "Kind regards,\nOffice of Patient Relations")
    assert judge(reply, reviewer_name="Dr. Lee's Office", contact=False).passed
    named = judge("Thank you, Office, for the review.", reviewer_name="Dr. Lee's Office")
    assert "personal-identifier" in {f.rule for f in named.blocking}


@pytest.mark.parametrize(("review", "reply"), [
    ("Had my first baby at 42 after years of trying.", "A first-time mom at 42 is wonderful news."),
    ("Our son turned 16 and got his permit!", "Congratulations to the new 16-year-old driver."),
    ("Tuve a mi primer bebé a los 43.", "Ser mamá primeriza a los 43 requiere valor."),
])
def test_an_age_the_review_gives_with_at_turned_or_a_los_blocks(review: str, reply: str) -> None:
    verdict = judge(reply, review=review, spanish=not reply.isascii())
    assert ("personal-identifier", "names.age-from-review") in {
        (f.rule, f.pattern) for f in verdict.blocking}, verdict.findings


def test_the_practice_s_own_email_with_digits_that_fold_to_letters_is_its_own() -> None:
    """Folding reads "quickcare5th" as "quickcaresth"; the address as written still matches."""
    context = GuardContext(practice_phone="(555) 012-0911",
                           practice_email="feedback@quickcare5th.example")
    assert check("Please write to feedback@quickcare5th.example.", context).passed
    other = check("Please write to feedback@quickcaresth.example.", context)
    assert "foreign-contact" in {f.rule for f in other.blocking}


@pytest.mark.parametrize(("cls", "language", "review", "reply", "rule", "excerpt"),
                         [(cls, *row) for table in (
                             dev68.ECHO_BLOCKED, dev74.ECHO_BLOCKED, dev75.ECHO_BLOCKED,
                             dev76.ECHO_BLOCKED, fresh45.ECHO_BLOCKED)
                          for cls, rows in table.items() for row in rows])
def test_class_with_its_review_is_blocked_at_its_words(
    cls: str, language: str, review: str, reply: str, rule: str, excerpt: str
) -> None:
    verdict = judge(reply, review=review, spanish=language == "es")
    assert (rule, excerpt) in {(f.rule, f.excerpt) for f in verdict.blocking}, verdict.findings


@pytest.mark.parametrize(("cls", "language", "review", "reply"),
                         [(cls, *row) for table in (
                             dev68.ECHO_PASSES, dev74.ECHO_PASSES, dev75.ECHO_PASSES,
                             dev76.ECHO_PASSES, fresh45.ECHO_PASSES)
                          for cls, rows in table.items() for row in rows])
def test_class_with_its_review_passes(cls: str, language: str, review: str, reply: str) -> None:
    verdict = judge(reply, review=review, spanish=language == "es")
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]
