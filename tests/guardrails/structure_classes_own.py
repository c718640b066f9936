"""Classes found by our own varied wordings written after fresh4 (not a blind batch): the
kinds of sentence fresh3 and fresh4 missed, in other words, busy-office shorthand among them.
Misses: staff watching the reader, a call the practice made, a wish about particular family
members, how a staff member was on an occasion, "sorry about yesterday", minutes late, the
practice rescheduling, a referral sent, an emphatic "sí" read as "si". False blocks: "you"
of anyone in the present ("especially when you're not feeling well"), the building's
amenities, the practice and its units as the subject ("our allergy clinic runs...").

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "staff-saw-or-called-the-reader": [
        ("en", "It was a joy watching you walk out of here without the limp.",
         "patient-relationship", "a joy watching you"),
        ("en", "It was a joy watching you walk out of here without the limp.",
         "treatment-disclosure", "walk out of here without the limp"),
        ("en", "For the record, we called you twice to reschedule.",
         "patient-relationship", "we called you"),
    ],
    "a-wish-about-particular-family-members": [
        ("en", "Hope the twins are sleeping through the night by now!",
         "patient-relationship", "twins"),
        ("es", "¡Ojalá los gemelos ya estén durmiendo toda la noche!",
         "treatment-disclosure", "durmiendo"),
    ],
    "how-staff-were-on-an-occasion": [
        ("en", "So sorry our hygienist was rough today.",
         "patient-relationship", "sorry our hygienist was rough"),
        ("es", "Sentimos que nuestra higienista haya sido brusca hoy.",
         "patient-relationship", "Sentimos que nuestra higienista haya sido brusca"),
        ("en", "Sorry about yesterday, Dr. K was running way behind.",
         "patient-relationship", "Sorry about yesterday"),
        ("en", "Sorry about yesterday, Dr. K was running way behind.",
         "patient-relationship", "Dr. K was running way behind"),
        ("es", "Perdón por lo de ayer, el doctor iba muy atrasado.",
         "patient-relationship", "el doctor iba muy atrasado"),
    ],
    "the-reader-s-slot-and-papers": [
        ("en", "You were 20 min late so we had to reschedule.",
         "patient-relationship", "You were 20 min late"),
        ("en", "You were 20 min late so we had to reschedule.",
         "patient-relationship", "we had to reschedule"),
        ("es", "Mandamos la referencia al cardiólogo el lunes.",
         "records-billing", "Mandamos la referencia"),
    ],
    "a-word-mixing-scripts": [
        ("en", "Hope your ᏗᎷᏢᏞᏗᏁᏆ is settling in.", "unsupported-language",
         "Hope your ᏗᎷᏢᏞᏗᏁᏆ is settling in"),
    ],
    "holes-a-loosening-must-not-open": [
        ("en", "Thanks for your kind words! Yours was one of our favorite cases this year.",
         "patient-relationship", "Yours"),
        ("en", "Hi Noah here's the info you asked for.", "personal-identifier", "Noah"),
        ("en", "We know it's hard when you're recovering from a big procedure.",
         "treatment-disclosure", "recovering"),
    ],
    "an-emoji-as-the-subject": [
        ("en", "Thanks for the review! 🦷 Looks great now!", "treatment-disclosure", "🦷"),
        ("en", "Thanks! 💉 Didn't hurt a bit, right?", "treatment-disclosure", "💉"),
        ("en", "Thanks for the review! 🦷✨ Looks great now!", "treatment-disclosure", "🦷"),
    ],
    "an-emphatic-si-is-no-conditional": [
        ("es", "No podemos comentar casos, pero sí le devolvimos el depósito a la mañana "
               "siguiente.", "records-billing", "le devolvimos"),
    ],
}

# class -> (language, reply) that no rule may block
PASSES = {
    "you-of-anyone-in-the-present": [
        ("en", "We know that waiting is frustrating, especially when you're not feeling well."),
        ("en", "Thanks for your kind words! Yours made our day."),
        ("es", "Si tiene preguntas, llámenos."),
    ],
    "the-building-s-amenities": [
        ("en", "Our building has a ramp and an elevator, and wheelchairs are available at the "
               "entrance."),
    ],
    "the-practice-and-its-units-as-subject": [
        ("en", "Our pediatric team loves making visits fun for kids, whether it's a well-child "
               "checkup or a sick visit."),
        ("en", "Our chiropractors are passionate about helping people move better and live "
               "pain-free."),
        ("en", "Our allergy clinic runs shot hours every weekday morning, no appointment needed."),
        ("es", "Nuestra clínica de alergias atiende sin cita todas las mañanas."),
        ("es", "Nuestros pediatras siguen el calendario de vacunación recomendado y con gusto "
               "resuelven dudas de cualquier familia."),
        ("en", "Walk-ins are welcome, so anyone can stop by for a flu shot any weekday, no "
               "appointment needed."),
    ],
    "busy-office-shorthand": [
        ("en", "Sorry to hear this. Pls call the office and ask for Tina, our office manager."),
        ("en", "We hear you. Nobody likes a long wait. Call us and we'll look into it."),
        ("es", "Nadie disfruta una espera larga. Llámenos y lo revisamos."),
        ("es", "Llame a la oficina y pregunte por Tina, nuestra gerente."),
    ],
}
