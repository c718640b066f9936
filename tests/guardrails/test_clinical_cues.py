"""A clinical word blocks only with a cue that makes it a disclosure (`rules/clinical_cues.py`):
tied to the reader or another person, one particular instance, a time, a past event, an
outcome or course, a reaction to someone's situation, an instruction, or a guess about a
condition. In a generic sentence - services, policies, places, units, what anyone may ask
about - it passes. Wordings of our own, both languages, polished and busy-office."""

from __future__ import annotations

import pytest

from guardrails import GuardContext, check
from tests.guardrails import clinical_cue_wordings as wordings
from tests.guardrails.conftest import CONTACT_EN, CONTACT_ES, assert_offsets, judge

# cue class -> (language, reply, the clinical words the finding shows)
BLOCKED = {
    "reader": [
        ("en", "We hope your IUD insertion went smoother than expected.", "IUD"),
        ("en", "We'll explain your Invisalign options by phone.", "Invisalign"),
        ("es", "Lamentamos lo de su endodoncia.", "endodoncia"),
        ("es", "Como muestra de buena voluntad, le enviamos un kit de blanqueamiento.",
         "blanqueamiento"),
    ],
    "person": [
        ("en", "Hope her asthma is calmer this week!", "asthma"),
        ("en", "We're glad his eczema finally cleared.", "eczema"),
    ],
    "instance": [
        ("en", "The Botox touch-up is included at no charge.", "Botox"),
        ("en", "That wisdom tooth was a tough one.", "wisdom tooth"),
        ("en", "A sprained ankle like that takes patience.", "sprained ankle"),
        ("es", "Ese blanqueamiento se ve increíble.", "blanqueamiento"),
    ],
    "time": [
        ("en", "Swelling after an extraction usually peaks on day two.", "Swelling"),
        ("en", "Invisalign before the wedding was a great idea.", "Invisalign"),
        ("es", "Esperamos que la presión arterial ya mejoró.", "presión arterial"),
        ("es", "Qué buena noticia lo de la biopsia.", "biopsia"),
        ("es", "Los frenillos pueden incomodar las primeras semanas.", "frenillos"),
    ],
    "event": [
        ("en", "Cavity filled, no pain.", "Cavity"),
        ("en", "Wisdom teeth extracted without complications.", "Wisdom teeth"),
        ("es", "Implante colocado, todo en orden.", "Implante"),
        ("es", "Sentimos que la colonoscopia haya sido tan incómoda.", "colonoscopia"),
        ("es", "La ortodoncia valió la pena.", "ortodoncia"),
        ("en", "Skin tags removed, confidence restored!", "Skin tags"),
    ],
    "outcome": [
        ("en", "Mole removals can leave a small scar that fades over time.", "Mole removals"),
        ("en", "Flare-ups are common in winter.", "Flare-ups"),
        ("en", "Hearing aids take a few weeks to get used to.", "Hearing aids"),
        ("en", "Physical therapy paid off!", "Physical therapy"),
        ("en", "Dry socket is rare but painful.", "Dry socket"),
        ("es", "La sensibilidad después del blanqueamiento es pasajera.", "blanqueamiento"),
        ("es", "El bótox puede tardar hasta dos semanas en hacer efecto.", "bótox"),
        ("es", "El tratamiento de ortodoncia va muy bien.", "tratamiento de ortodoncia"),
        ("es", "Las caries en niños pequeños son muy comunes.", "caries"),
        ("es", "Lamentamos la molestia con el aparato de ortodoncia.", "aparato de ortodoncia"),
    ],
    "reaction": [
        ("en", "Waiting on a biopsy can be so nerve-racking.", "biopsy"),
        ("en", "Congrats on finishing chemo!", "chemo"),
        ("en", "Pregnancy nausea is the worst.", "nausea"),
        ("es", "Los ataques de pánico pueden ser aterradores.", "ataques de pánico"),
        ("es", "Felicidades por terminar la quimioterapia.", "quimioterapia"),
        ("es", "Lamentamos la confusión con la receta de metformina.", "metformina"),
    ],
    "advice": [
        ("en", "Remember to finish the whole course of antibiotics.", "antibiotics"),
        ("es", "Siga aplicando la pomada hasta que desaparezca el sarpullido.", "pomada"),
        ("es", "No suspenda la sertralina de golpe.", "sertralina"),
    ],
    "guess": [
        ("en", "Sounds like a classic case of tendinitis.", "tendinitis"),
        ("es", "Podría ser una infección de oído.", "infección de oído"),
    ],
}

# kind of generic sentence -> (language, reply): the clinical word discloses nothing
GENERIC = {
    "services-offered": [
        ("en", "Our clinic offers flu, shingles and travel vaccines on a walk-in basis."),
        ("en", "We offer Invisalign and traditional braces for teens and adults."),
        ("en", "We now offer same-day crowns, and implant consults are now available."),
        ("es", "Ofrecemos vacunas contra la gripe sin cita."),
        ("es", "Aceptamos pacientes nuevos para limpiezas, empastes y coronas."),
    ],
    "policies-and-processes": [
        ("en", "Every surgical patient receives written instructions."),
        ("en", "Implant treatment timelines can vary from person to person."),
        ("en", "Colonoscopy prep instructions are on our website."),
        ("en", "The flu vaccine is available to anyone six months and older."),
        ("en", "Flu shots offered daily, and cleanings included in most plans."),
        ("es", "Las consultas de ortodoncia se pueden agendar por teléfono o en línea."),
        ("es", "La terapia psicológica es confidencial."),
    ],
    "philosophy": [
        ("en", "A great orthodontic experience starts with listening."),
        ("en", "It means a lot when anyone speaks openly about counseling."),
        ("en", "Orthodontic treatment is a big decision, and we never rush it."),
        ("en", "We believe the best orthodontic care starts with a conversation."),
        ("es", "Para nuestro equipo, una buena experiencia de ortodoncia empieza por escuchar."),
        ("es", "La ortodoncia invisible es una gran opción para adultos."),
    ],
    "places-units-and-schedules": [
        ("es", "La clínica ambulatoria de diabetes está en el primer piso."),
        ("en", "The allergy clinic is on the second floor."),
        ("en", "Flu shots are available Monday through Friday."),
        ("en", "We're sorry to hear about the wait; orthodontic consultations usually run on "
               "time."),
        ("es", "Lamentamos la espera; las consultas de ortodoncia suelen empezar a tiempo."),
        ("en", "We're proud to be the only orthodontic practice in town offering Saturday hours."),
        ("en", "Since 2005, our surgeons have performed thousands of implant procedures."),
        ("es", "Nuestra clínica del sueño realiza estudios nocturnos de domingo a jueves."),
        ("es", "A nuestro equipo de fisioterapia le encanta ayudar a la comunidad."),
    ],
    "what-anyone-may-ask": [
        ("en", "We are always glad to answer questions about vaccines."),
        ("en", "Parents often ask about fluoride, and we're always happy to explain our approach."),
        ("en", "If you're considering LASIK, we're happy to talk through the options."),
        ("es", "Cualquier persona que quiera una segunda opinión sobre un tratamiento puede "
               "llamarnos."),
    ],
    "a-practice-s-team-and-its-services": [
        ("en", "Our eye care team performs comprehensive exams, contact lens fittings and "
               "pediatric vision screenings."),
        ("es", "Nuestros consejeros ofrecen terapia individual, de pareja y familiar, con horario "
               "vespertino."),
    ],
    "the-reader-told-about-the-practice-s-services": [
        ("en", "We're happy to answer any questions you have about implants."),
        ("en", "We'd love to tell you more about our whitening options."),
        ("en", "Our team can walk you through Invisalign and braces options anytime."),
        ("es", "Con gusto le explicamos nuestras opciones de ortodoncia."),
        ("es", "Con gusto te contamos más sobre nuestros tratamientos de blanqueamiento."),
    ],
    "a-list-of-services-opening-the-reply": [
        ("en", "Whitening, cleanings and exams can all be booked online."),
    ],
}


def _rows(table: dict) -> list[tuple]:
    return [(cls, *row) for cls, rows in table.items() for row in rows]


@pytest.mark.parametrize(("cue", "language", "reply", "excerpt"), _rows(BLOCKED))
def test_a_clinical_word_with_a_cue_blocks(cue: str, language: str, reply: str,
                                           excerpt: str) -> None:
    verdict = judge(reply, spanish=language == "es")
    found = {(f.excerpt, f.pattern) for f in verdict.blocking}
    assert (excerpt, f"lexicon.clinical-term.{cue}") in found, verdict.findings
    finding = next(f for f in verdict.blocking if f.excerpt == excerpt)
    assert finding.rule == "treatment-disclosure"
    assert "discloses someone's care" in finding.message
    assert_offsets(reply + (CONTACT_ES if language == "es" else CONTACT_EN), verdict)


@pytest.mark.parametrize(("kind", "language", "reply"), _rows(GENERIC))
def test_a_clinical_word_in_a_generic_sentence_passes(kind: str, language: str,
                                                      reply: str) -> None:
    verdict = judge(reply, spanish=language == "es")
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]


@pytest.mark.parametrize(
    ("generic", "specific"),
    [
        ("We offer Botox touch-ups.", "The Botox touch-up was quick."),
        ("Our clinic offers flu vaccines.", "Glad the flu vaccine didn't leave a sore arm."),
        ("Ofrecemos blanqueamiento dental.", "Ese blanqueamiento quedó muy bien."),
        ("Questions about implants are always welcome.",
         "Implants like yours usually settle in within a few weeks."),
    ],
)
def test_the_same_word_passes_generic_and_blocks_specific(generic: str, specific: str) -> None:
    spanish = not generic.isascii() or generic.startswith("Ofrecemos")
    assert judge(generic, spanish=spanish).passed
    assert "treatment-disclosure" in {f.rule for f in judge(specific, spanish=spanish).blocking}


def test_a_cue_word_in_the_practice_name_is_no_cue() -> None:
    context = GuardContext(practice_name="Happy Kids Pediatric Dental",
                           practice_phone="(555) 014-2290")
    reply = "Happy Kids Pediatric Dental offers sealants for every child. Call (555) 014-2290."
    assert check(reply, context).passed


def test_the_review_s_own_clinical_word_still_blocks_without_a_cue() -> None:
    context = GuardContext(practice_phone="(555) 014-2290",
                           review="They pushed Invisalign on me and it was a waste.")
    verdict = check("Invisalign requires commitment. Call (555) 014-2290.", context)
    assert ("Invisalign", "lexicon.review-echo") in {(f.excerpt, f.pattern)
                                                     for f in verdict.blocking}


def test_no_cue_word_is_two_words_run_together() -> None:
    """A missing space between two string pieces of a word table joins two cues into one
    word that never matches ("nicely" "temporary" -> "nicelytemporary")."""
    from guardrails.rules.clinical_cues import WORDS

    for language, classes in WORDS.items():
        known = set().union(*classes.values())
        for word in known:
            joined = [(word[:i], word[i:]) for i in range(3, len(word) - 2)
                      if word[:i] in known and word[i:] in known]
            assert not joined, (language, word, joined)


@pytest.mark.parametrize(("language", "reply"), wordings.UNSAFE, ids=lambda v: v[:40])
def test_our_unsafe_wordings_block(language: str, reply: str) -> None:
    assert not judge(reply, spanish=language == "es").passed, reply


@pytest.mark.parametrize(("language", "reply"), wordings.SAFE, ids=lambda v: v[:40])
def test_our_safe_wordings_pass(language: str, reply: str) -> None:
    verdict = judge(reply, spanish=language == "es")
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]
