"""Rule by rule: replies each rule must block, with the words it must point at (the span,
not only the rule id), and safe replies no rule may block.

Every reply below gets the practice's phone appended (see conftest.judge), so the only
reason for a block is the rule under test.
"""

from __future__ import annotations

import pytest

from tests.guardrails.conftest import CONTACT_EN, assert_offsets, block_rules, judge

# rule -> (reply, the excerpt a finding of that rule must show) -- English
BLOCK_EN = {
    "patient-relationship": [
        ("Thanks for coming in to see us!", "Thanks for coming"),
        ("As your dentist, I always want the best for you.", "As your dentist"),
        ("See you at your next checkup!", "See you at"),
        ("Welcome to our practice family!", "Welcome to our practice family"),
        ("We have no record of you.", "no record of you"),
        ("You've never been treated here.", "never been treated"),
        ("It was a pleasure caring for you.", "pleasure caring for you"),
        ("Thanks for trusting us with your care.", "Thanks for trusting us"),
        ("We hope your recent appointment went smoothly.", "your recent appointment"),
        ("We're sorry the consultation ran long.", "the consultation"),
        ("We can't wait to see you again.", "We can't wait to see you"),
        ("You were never a patient of ours.", "You were never a patient"),
        ("You are not in our system.", "not in our system"),
        ("You're one of our longtime patients.", "You're one of our longtime patients"),
        ("Thank you for choosing us for your family's dental needs.", "Thank you for choosing"),
        ("We were glad to fit you in on short notice.", "We were glad to fit you"),
        ("Our hygienist remembers you well.", "remembers you"),
        ("We loved meeting your daughter.", "loved meeting your"),
        ("We're sorry your wait was so long.", "your wait"),
        ("When you were here, our front desk should have explained.", "When you were"),
        ("Welcome back!", "Welcome back"),
        ("We look forward to serving you again.", "We look forward to serving you"),
        ("Thanks for stopping by our office.", "Thanks for stopping"),
        ("Y0ur v1sit matters to us.", "Y0ur v1sit"),
        ("Your son did great during his cleaning.", "Your son"),
        ("Nobody by that name is in our patient records.", "Nobody by that name"),
        ("We'll have the front desk call about the results.", "about the results"),
        ("We're sorry the hygienist was rough with you.", "the hygienist was rough with you"),
        ("You've been with us since 2015.", "with us since"),
        ("Our doctors enjoyed working with you.", "enjoyed working with you"),
        ("Sorry for the long wait in the lobby.", "Sorry for the long wait in the"),
    ],
    "treatment-disclosure": [
        ("Mole removals can leave a small scar.", "Mole removals"),
        ("We're glad your skin is clearing up.", "your skin is"),
        ("Gum disease is common and treatable.", "Gum disease"),
        ("Root canals are rarely as painful as people expect.", "Root canals"),
        ("Managing high blood pressure takes time.", "high blood pressure"),
        ("Invisalign aligners can feel tight at first.", "Invisalign"),
        ("Lab results usually arrive within a week.", "Lab results"),
        ("So glad you're feeling better!", "feeling better"),
    ],
    "records-billing": [
        ("Per your chart, the doctor explained the risks.", "Per your chart"),
        ("Your Humana plan does not cover this.", "Humana"),
        ("Our records show two cancellations.", "Our records show"),
        ("We see your balance was paid in full.", "your balance"),
        ("The claim was denied by the insurer.", "The claim"),
        # (The practice's own plans, "we accept Medicaid and Medicare", pass: no one's coverage.)
        ("Since you have Medicaid, there is no copay.", "Medicaid"),
        ("Your account was sent to collections.", "Your account"),
        ("The billing error has been corrected.", "The billing error"),
    ],
    "personal-identifier": [
        ("Hi Marisol, we appreciate the note.", "Marisol"),
        ("Dr. Okafor performed the procedure carefully.", "Dr. Okafor"),
        ("We're looking into what happened on March 3.", "March 3"),
        ("Tom, thanks for the feedback.", "Tom"),
        ("Thank you, Tom!", "Tom"),
    ],
    "foreign-contact": [
        ("You can also text our manager at 555-018-9191.", "text our"),
        ("Write to our doctor at dr.lee@gmail.com.", "dr.lee@gmail.com"),
        ("Reach our billing team on WhatsApp.", "WhatsApp"),
    ],
    "medical-advice": [
        ("Apply a warm compress twice a day.", "Apply"),
        ("Take 500 mg every 6 hours.", "500 mg"),
        ("Double your dose until the swelling goes down.", "Double"),
        ("Ice it and elevate the leg.", "Ice"),
        ("Stop taking the medication right away.", "Stop taking"),
        ("Keep the area clean and avoid crunchy foods.", "Keep the area clean"),
        ("Warm salt water rinses help.", "Warm salt water rinses"),
        ("Over-the-counter pain relievers can help.", "Over-the-counter pain relievers"),
    ],
    "review-incentive": [
        ("Change your rating to five stars and your next cleaning is free!", "Change your rating"),
        ("Please remove your review.", "remove your review"),
        ("Update your review and we'll send you a $20 gift card.", "Update your review"),
        ("We'd like to offer you a discount.", "discount"),
        ("Would you consider taking the review down?", "taking the review down"),
        ("Please reconsider your one-star review.", "reconsider your one-star review"),
        ("A 5-star review would mean the world, and we'll send a thank-you gift.",
         "star review would mean the world, and we'll send a thank-you gift"),
    ],
}
# Spanish: the same classes of wording.
BLOCK_ES = {
    "patient-relationship": [
        ("Gracias por su visita.", "Gracias por su visita"),
        ("Lamentamos que su cita se haya retrasado.", "su cita"),
        ("Le esperamos en su próxima consulta.", "Le esperamos"),
        ("No tenemos registro de usted.", "No tenemos registro"),
        ("Usted fue atendido por nuestro equipo.", "fue atendido"),
        ("Fue un placer atenderle.", "Fue un placer atenderle"),
        ("Gracias por elegirnos para el cuidado de su familia.", "Gracias por elegirnos"),
        ("¡Bienvenido de nuevo!", "Bienvenido de nuevo"),
        ("Usted es uno de nuestros pacientes favoritos.", "Usted es uno de nuestros pacientes"),
        ("Cuando vino a la clínica, el personal debió explicarle.", "Cuando vino"),
        ("Lamentamos que haya esperado tanto.", "haya esperado"),
        ("Nos alegra que haya elegido nuestra clínica.", "haya elegido"),
        ("No hay nadie con ese nombre en el sistema.", "No hay nadie con ese nombre"),
        ("Lamentamos que la higienista haya sido brusca con usted.",
         "la higienista haya sido brusca con usted"),
        ("Lleva con nosotros desde 2015.", "Lleva con nosotros desde"),
    ],
    "treatment-disclosure": [
        ("Nos alegra que la ortodoncia vaya bien.", "ortodoncia"),
        ("La extracción de muelas puede doler unos días.", "extracción"),
        ("Los resultados de laboratorio tardan una semana.", "resultados de laboratorio"),
    ],
    "records-billing": [
        ("Su expediente indica que se le explicaron los riesgos.", "Su expediente"),
        ("Según nuestros registros, faltó dos veces.", "Según nuestros registros"),
        ("Su seguro no cubre ese servicio.", "Su seguro"),
        ("Su saldo ya está pagado.", "Su saldo"),
    ],
    "personal-identifier": [
        ("Hola Marisol, gracias por escribir.", "Marisol"),
        ("Estamos revisando lo que pasó el 14 de marzo.", "el 14 de marzo"),
    ],
    "foreign-contact": [
        ("Escríbale a la doctora al 555-303-1212.", "555-303-1212"),
        ("Mándeme un mensaje por WhatsApp.", "Mándeme un mensaje"),
    ],
    "medical-advice": [
        ("Tome 400 mg cada 8 horas.", "Tome"),
        ("Aplique hielo dos veces al día.", "Aplique"),
        ("Deje de tomar el medicamento.", "Deje de tomar"),
        ("Póngase hielo en la zona.", "Póngase"),
        ("Debe ver a un especialista.", "Debe ver a un especialista"),
    ],
    "review-incentive": [
        ("Le ofrecemos un descuento si cambia su reseña.", "descuento"),
        ("Por favor elimine su reseña.", "elimine su reseña"),
        ("Le damos una tarjeta de regalo si actualiza su calificación.", "tarjeta de regalo"),
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


def _cases(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(rule, reply, excerpt) for rule, cases in table.items() for reply, excerpt in cases]


@pytest.mark.parametrize(("rule", "reply", "excerpt"), _cases(BLOCK_EN))
def test_english_rule_blocks(rule: str, reply: str, excerpt: str) -> None:
    verdict = judge(reply)
    assert (rule, excerpt) in {(f.rule, f.excerpt) for f in verdict.blocking}, verdict.findings
    assert_offsets(reply + CONTACT_EN, verdict)


@pytest.mark.parametrize(("rule", "reply", "excerpt"), _cases(BLOCK_ES))
def test_spanish_rule_blocks(rule: str, reply: str, excerpt: str) -> None:
    verdict = judge(reply, spanish=True)
    assert (rule, excerpt) in {(f.rule, f.excerpt) for f in verdict.blocking}, verdict.findings
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
    reply = "Glad the zirconia overlays are holding up. Call (555) 014-2290."
    assert "treatment-disclosure" in block_rules(check(reply, context))
    assert check(reply, GuardContext(practice_phone="(555) 014-2290")).passed
    # Like any clinical word, a practice's own term in a generic sentence discloses nothing.
    assert check("We offer zirconia overlays. Call (555) 014-2290.", context).passed


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
