"""Rule by rule: replies each rule must block, and safe replies no rule may block.

Every reply below gets the practice's phone appended (see conftest.judge), so the only
reason for a block is the rule under test.
"""

from __future__ import annotations

import pytest

from tests.guardrails.conftest import CONTACT_EN, assert_offsets, block_rules, judge

# (rule, reply) -- English
BLOCK_EN = {
    "patient-relationship": [
        "Thanks for coming in to see us!",
        "As your dentist, I always want the best for you.",
        "See you at your next checkup!",
        "Welcome to our practice family!",
        "We have no record of you.",
        "You've never been treated here.",
        "It was a pleasure caring for you.",
        "Thanks for trusting us with your care.",
        "We hope your recent appointment went smoothly.",
        "We're sorry the consultation ran long.",
        "We can't wait to see you again.",
        "You were never a patient of ours.",
        "You are not in our system.",
        "You're one of our longtime patients.",
        "Thank you for choosing us for your family's dental needs.",
        "We were glad to fit you in on short notice.",
        "Our hygienist remembers you well.",
        "We loved meeting your daughter.",
        "We're sorry your wait was so long.",
        "When you were here, our front desk should have explained.",
        "Welcome back!",
        "We look forward to serving you again.",
        "Thanks for stopping by our office.",
        "Y0ur v1sit matters to us.",
        "Your son did great during his cleaning.",
        "Nobody by that name is in our patient records.",
        "We'll have the front desk call about the results.",
        "We're sorry the hygienist was rough with you.",
        "You've been with us since 2015.",
        "Our doctors enjoyed working with you.",
        "Sorry for the long wait in the lobby.",
    ],
    "treatment-disclosure": [
        "Mole removals can leave a small scar.",
        "We're glad your skin is clearing up.",
        "Gum disease is common and treatable.",
        "Root canals are rarely as painful as people expect.",
        "Managing high blood pressure takes time.",
        "Invisalign aligners can feel tight at first.",
        "Lab results usually arrive within a week.",
        "So glad you're feeling better!",
    ],
    "records-billing": [
        "Per your chart, the doctor explained the risks.",
        "Your Humana plan does not cover this.",
        "Our records show two cancellations.",
        "We see your balance was paid in full.",
        "The claim was denied by the insurer.",
        "We accept Medicaid and Medicare.",
        "Your account was sent to collections.",
        "The billing error has been corrected.",
    ],
    "personal-identifier": [
        "Hi Marisol, we appreciate the note.",
        "Dr. Okafor performed the procedure carefully.",
        "We're looking into what happened on March 3.",
        "Tom, thanks for the feedback.",
        "Thank you, Tom!",
    ],
    "foreign-contact": [
        "You can also text our manager at 555-018-9191.",
        "Write to our doctor at dr.lee@gmail.com.",
        "Reach our billing team on WhatsApp.",
    ],
    "medical-advice": [
        "Apply a warm compress twice a day.",
        "Take 500 mg every 6 hours.",
        "Double your dose until the swelling goes down.",
        "Ice it and elevate the leg.",
        "Stop taking the medication right away.",
        "Keep the area clean and avoid crunchy foods.",
        "Warm salt water rinses help.",
        "Over-the-counter pain relievers can help.",
    ],
    "review-incentive": [
        "Change your rating to five stars and your next cleaning is free!",
        "Please remove your review.",
        "Update your review and we'll send you a $20 gift card.",
        "We'd like to offer you a discount.",
        "Would you consider taking the review down?",
        "Please reconsider your one-star review.",
        "A 5-star review would mean the world, and we'll send a thank-you gift.",
    ],
}
# Spanish: the same classes of wording.
BLOCK_ES = {
    "patient-relationship": [
        "Gracias por su visita.",
        "Lamentamos que su cita se haya retrasado.",
        "Le esperamos en su próxima consulta.",
        "No tenemos registro de usted.",
        "Usted fue atendido por nuestro equipo.",
        "Fue un placer atenderle.",
        "Gracias por elegirnos para el cuidado de su familia.",
        "¡Bienvenido de nuevo!",
        "Usted es uno de nuestros pacientes favoritos.",
        "Cuando vino a la clínica, el personal debió explicarle.",
        "Lamentamos que haya esperado tanto.",
        "Nos alegra que haya elegido nuestra clínica.",
        "No hay nadie con ese nombre en el sistema.",
        "Lamentamos que la higienista haya sido brusca con usted.",
        "Lleva con nosotros desde 2015.",
    ],
    "treatment-disclosure": [
        "Nos alegra que la ortodoncia vaya bien.",
        "La extracción de muelas puede doler unos días.",
        "Los resultados de laboratorio tardan una semana.",
    ],
    "records-billing": [
        "Su expediente indica que se le explicaron los riesgos.",
        "Según nuestros registros, faltó dos veces.",
        "Su seguro no cubre ese servicio.",
        "Su saldo ya está pagado.",
    ],
    "personal-identifier": [
        "Hola Marisol, gracias por escribir.",
        "Estamos revisando lo que pasó el 14 de marzo.",
    ],
    "foreign-contact": [
        "Escríbale a la doctora al 555-303-1212.",
        "Mándeme un mensaje por WhatsApp.",
    ],
    "medical-advice": [
        "Tome 400 mg cada 8 horas.",
        "Aplique hielo dos veces al día.",
        "Deje de tomar el medicamento.",
        "Póngase hielo en la zona.",
        "Debe ver a un especialista.",
    ],
    "review-incentive": [
        "Le ofrecemos un descuento si cambia su reseña.",
        "Por favor elimine su reseña.",
        "Le damos una tarjeta de regalo si actualiza su calificación.",
    ],
}
PASS_EN = [
    "We cannot confirm or deny whether anyone is a patient.",
    "We can't discuss treatment or health information online.",
    "Every patient deserves to feel heard.",
    "Please visit our website for our hours.",
    "Billing questions are best handled by phone.",
    "We'd love to hear from you.",
    "Our team works hard to make every family feel welcome.",
    "We can't confirm or deny whether you are a patient, but we'd like to talk.",
    "We're sorry to hear about your experience.",
    "Thank you for taking the time to share this.",
    "We'd be happy to help with any questions.",
    "Privacy laws keep us from discussing anyone's care here.",
    "Feel free to reach out about your concerns.",
    "Our office is open Monday through Friday.",
    "We take privacy seriously and can't discuss medications or test results online.",
    "Thanks for the kind words about our staff!",
    "We appreciate your feedback and always strive to improve.",
    "Anyone who would like to talk with us is welcome to call.",
    "We hope to have the chance to make this right.",
    "Lakeside Dental is proud to be part of this neighborhood.",
    "Thank you for being part of our community.",
    "Unfortunately, we can't discuss details here.",
    "However, we'd like to talk.",
    "Our team would love to talk with you.",
    "We'd love to work with you to resolve this.",
    "We're always working to reduce wait times.",
    "Call to schedule appointments between 8:00 and 5:00.",
]
PASS_ES = [
    "Gracias por sus comentarios.",
    "No podemos confirmar ni negar si alguien es paciente.",
    "No podemos hablar de tratamientos ni de información de salud en línea.",
    "Todos los pacientes merecen ser escuchados.",
    "Visite nuestro sitio web para ver el horario.",
    "Nos encantaría saber de usted.",
    "Nuestro equipo está para servirle.",
    "Lamentamos mucho su experiencia.",
    "Las preguntas sobre facturación se atienden mejor por teléfono.",
    "Gracias por tomarse el tiempo de escribirnos.",
    "Nuestro equipo quiere hablar con usted.",
    "Gracias, de verdad.",
    "Nuestro horario para citas es de lunes a viernes, a las 8:00.",
]


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(rule, reply) for rule, replies in table.items() for reply in replies]


@pytest.mark.parametrize(("rule", "reply"), _cases(BLOCK_EN))
def test_english_rule_blocks(rule: str, reply: str) -> None:
    verdict = judge(reply)
    assert not verdict.passed
    assert rule in block_rules(verdict), verdict.findings
    assert_offsets(reply + CONTACT_EN, verdict)


@pytest.mark.parametrize(("rule", "reply"), _cases(BLOCK_ES))
def test_spanish_rule_blocks(rule: str, reply: str) -> None:
    verdict = judge(reply, spanish=True)
    assert not verdict.passed
    assert rule in block_rules(verdict), verdict.findings
    assert "es" in verdict.languages


@pytest.mark.parametrize("reply", PASS_EN)
def test_safe_english_passes(reply: str) -> None:
    verdict = judge(reply)
    assert verdict.passed, verdict.findings


@pytest.mark.parametrize("reply", PASS_ES)
def test_safe_spanish_passes(reply: str) -> None:
    verdict = judge(reply, spanish=True)
    assert verdict.passed, verdict.findings
    assert verdict.languages[-1] == "es" or "es" in verdict.languages


@pytest.mark.parametrize(
    ("review", "reply"),
    [
        ("My tooth sensitivity is worse", "Tooth sensitivity can have many causes."),
        ("The Botox was uneven", "We're sorry the botox wasn't what you hoped."),
        ("Mi alergia empeoró", "Lamentamos lo de la alergia."),
    ],
)
def test_clinical_words_from_the_review_are_blocked(review: str, reply: str) -> None:
    verdict = judge(reply, review=review)
    assert "treatment-disclosure" in block_rules(verdict)


def test_practice_extra_clinical_terms_are_blocked() -> None:
    from guardrails import GuardContext, check

    context = GuardContext(practice_phone="(555) 014-2290",
                           extra_clinical_terms=("zirconia overlay",))
    reply = "Zirconia overlays are durable. Call (555) 014-2290."
    assert "treatment-disclosure" in block_rules(check(reply, context))
    assert check(reply, GuardContext(practice_phone="(555) 014-2290")).passed


@pytest.mark.parametrize(
    ("reviewer_name", "reply", "blocked"),
    [
        ("Priya Raman", "Priya, thank you for writing.", True),
        ("Priya Raman", "Thank you for writing, Ms. Raman.", True),
        ("Bill Stone", "Billing questions are best handled by phone.", False),
        ("Will Hart", "We will call you back.", False),
        ("Will Hart", "Thank you, Will.", True),
    ],
)
def test_reviewer_name(reviewer_name: str, reply: str, blocked: bool) -> None:
    verdict = judge(reply, reviewer_name=reviewer_name)
    assert ("personal-identifier" in block_rules(verdict)) is blocked, verdict.findings


def test_staff_name_without_visit_content_passes() -> None:
    assert judge("Dr. Lowe and the whole team thank you for the kind words.").passed


class TestContactPath:
    @pytest.mark.parametrize(
        "number",
        ["(555) 014-2290", "555-014-2290", "555.014.2290", "555 014 2290", "+1 555 014 2290",
         "1-555-014-2290", "5550142290", "FRONTDESK@LakesideDental.example"],
    )
    def test_practice_contact_in_any_format_is_the_contact_path(self, number: str) -> None:
        verdict = judge(f"We'd like to talk. Please reach us at {number}.", contact=False)
        assert verdict.passed, verdict.findings

    @pytest.mark.parametrize("reply", ["We appreciate your feedback.", "Thanks!"])
    def test_reply_without_contact_is_blocked(self, reply: str) -> None:
        verdict = judge(reply, contact=False)
        assert block_rules(verdict) == {"missing-contact-path"}

    def test_without_practice_details_any_number_is_foreign(self) -> None:
        from guardrails import check

        verdict = check("Please call 555-014-2290.", {})
        assert block_rules(verdict) == {"foreign-contact", "missing-contact-path"}

    def test_other_number_is_foreign_even_next_to_the_practice_number(self) -> None:
        verdict = judge("Or call my cell at 555-777-1234.")
        assert "foreign-contact" in block_rules(verdict)
        assert "missing-contact-path" not in block_rules(verdict)


class TestLength:
    def test_empty_reply_is_blocked(self) -> None:
        from guardrails import check

        for reply in ("", "   \n", "\u200b"):
            assert "length" in block_rules(check(reply, {"practice_phone": "555-014-2290"}))

    def test_over_google_limit_is_blocked(self) -> None:
        reply = "We value every note from our community. " * 110
        verdict = judge(reply)
        assert "length" in block_rules(verdict)
        assert_offsets(reply + " Please call our office at (555) 014-2290.", verdict)

    def test_over_1000_characters_warns(self) -> None:
        verdict = judge("We value every note from our community. " * 30)
        assert verdict.passed
        assert "length-long" in {f.rule for f in verdict.warnings}


class TestWarnings:
    @pytest.mark.parametrize(
        "reply", ["You are lying about our staff.", "Get your facts straight."]
    )
    def test_argumentative_tone_warns_only(self, reply: str) -> None:
        verdict = judge(reply)
        assert verdict.passed
        assert "argumentative-tone" in {f.rule for f in verdict.warnings}

    @pytest.mark.parametrize(
        "reply", ["This is clearly a fake review.", "Esta es una reseña falsa."]
    )
    def test_calling_the_review_fake_blocks_and_warns(self, reply: str) -> None:
        """Calling the review fake says the reviewer is not a patient (issue 11)."""
        verdict = judge(reply)
        assert "patient-relationship" in block_rules(verdict)
        assert "argumentative-tone" in {f.rule for f in verdict.warnings}

    def test_shouting_warns_only(self) -> None:
        verdict = judge("WE TAKE ALL FEEDBACK VERY SERIOUSLY AND WANT TO HEAR FROM YOU.")
        assert verdict.passed
        assert "shouting" in {f.rule for f in verdict.warnings}
