"""The classes fresh3 (the held-out blind batch) found, in both directions and both languages,
each in wordings of our own (not the batch's sentences), asserting the rule AND the words it
points at. Misses: the reviewer in the third person, remembering the reader or a call with
them, a conditional or a privacy statement taken to cover the whole sentence, an outcome in
something the reader does every day, a social handle, a phrase in another language. False
blocks: empathy ("how important"), a place in a practice-wide sentence, "yours" meaning the
review, a free service offered to anyone, the practice's own systems ("política de citas"),
generic wording in Spanish ("cada paciente", "les", "tres").

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "reviewer-in-the-third-person": [
        ("en", "This patient missed three appointments in a row and stopped coming.",
         "patient-relationship", "This patient missed three appointments"),
        ("en", "The reviewer declined the treatment plan our dentist explained.",
         "treatment-disclosure", "The reviewer declined the treatment"),
        ("en", "This individual cancelled twice before giving up on therapy.",
         "treatment-disclosure", "This individual cancelled twice before giving up on therapy"),
        ("es", "Este cliente faltó a cuatro sesiones seguidas y abandonó el tratamiento.",
         "treatment-disclosure", "Este cliente faltó a cuatro sesiones"),
        ("es", "El autor de esta reseña no se presentó a dos citas.",
         "patient-relationship", "El autor de esta reseña no se presentó a dos citas"),
        ("es", "Esta paciente dejó la terapia a la mitad.",
         "treatment-disclosure", "Esta paciente dejó la terapia"),
    ],
    "remembering-the-reader-or-a-call": [
        ("en", "I remember our call and I'm really sorry if I came across as rushed.",
         "patient-relationship", "I remember our call"),
        ("en", "I remember our call and I'm really sorry if I came across as rushed.",
         "patient-relationship", "sorry if I came across as rushed"),
        ("en", "We still remember our conversation from last spring.",
         "patient-relationship", "We still remember our conversation"),
        ("en", "Our phone call clearly left you frustrated.",
         "patient-relationship", "Our phone call"),
        ("en", "We'd like to pick up where our conversation left off.",
         "patient-relationship", "our conversation"),
        ("en", "I'm so sorry if I sounded short with you on the phone.",
         "patient-relationship", "sorry if I sounded short"),
        ("es", "Claro que me acuerdo de usted y de su niña.",
         "patient-relationship", "me acuerdo de usted"),
        ("es", "Recuerdo perfectamente nuestra llamada.",
         "patient-relationship", "Recuerdo perfectamente nuestra llamada"),
        ("es", "Después de nuestra plática quedé preocupada.",
         "patient-relationship", "Después de nuestra plática"),
        ("es", "Le pido una disculpa si soné cortante por teléfono.",
         "patient-relationship", "disculpa si soné cortante"),
    ],
    "a-conditional-covers-its-own-clause-only": [
        ("en", "Congratulations on the new baby, and sorry if the wait was long.",
         "patient-relationship", "baby"),
        ("en", "We loved seeing the twins, and we're sorry if the lobby was crowded.",
         "patient-relationship", "loved seeing the twins"),
        ("es", "Claro que me acuerdo de su niña, y le pido una disculpa si soné apurada.",
         "patient-relationship", "niña"),
        ("es", "Nos encantó ver a los gemelos, y perdón si la sala estaba llena.",
         "patient-relationship", "Nos encantó ver a los gemelos"),
    ],
    "a-privacy-statement-then-the-disclosure": [
        ("en", "We can't discuss anyone's situation here, but the device was replaced under "
               "warranty within the same week.",
         "treatment-disclosure", "the device was replaced"),
        ("en", "While we can't go into details, we did replace the hearing aid the next day.",
         "treatment-disclosure", "we did replace the hearing aid"),
        ("en", "We cannot comment on any individual's care; however, the aligners were remade "
               "at no charge.",
         "treatment-disclosure", "the aligners"),
        ("es", "No podemos hablar de ningún caso, pero el aparato se cambió por garantía esa "
               "misma semana.",
         "treatment-disclosure", "el aparato se cambió"),
        ("es", "Aunque no podemos dar detalles, le cambiamos el audífono al día siguiente.",
         "treatment-disclosure", "le cambiamos el audífono"),
        ("es", "No podemos hablar de ningún paciente; dicho esto, la corona fue cambiada esa "
               "semana.",
         "treatment-disclosure", "la corona fue cambiada"),
    ],
    "an-outcome-in-something-the-reader-does-every-day": [
        ("en", "We hope you're enjoying seeing the world a little more crisply these days.",
         "treatment-disclosure", "you're enjoying seeing"),
        ("en", "So glad you're chewing more comfortably now.",
         "treatment-disclosure", "chewing more comfortably"),
        ("en", "Glad you can hear the grandkids without asking them to repeat themselves.",
         "treatment-disclosure", "Glad you can hear"),
        ("en", "Hope you're reading the menu without squinting these days!",
         "treatment-disclosure", "reading the menu without squinting"),
        ("es", "Esperamos que esté disfrutando ver el mundo con más nitidez.",
         "treatment-disclosure", "esté disfrutando ver"),
        ("es", "Qué gusto que ya pueda masticar con más comodidad.",
         "treatment-disclosure", "gusto que ya pueda masticar"),
        ("es", "Qué bueno que por fin pueda dormir toda la noche.",
         "treatment-disclosure", "Qué bueno que por fin pueda dormir"),
    ],
    "yours-is-the-reader-s-care": [
        ("en", "Every smile is different, and yours was a joy to work on.",
         "patient-relationship", "yours"),
        ("en", "Every visit should be comfortable, and we're sorry yours wasn't.",
         "patient-relationship", "yours"),
    ],
    "something-free-for-the-reader-or-for-a-while": [
        ("en", "We'd like to offer you a free cleaning on us.",
         "review-incentive", "free cleaning"),
        ("en", "We offer a free consultation to anyone this month.",
         "review-incentive", "free consultation"),
        ("es", "Con gusto le ofrecemos una limpieza sin costo.",
         "review-incentive", "sin costo"),
        ("es", "Le damos un mes de consultas gratis si vuelve a calificarnos.",
         "review-incentive", "gratis"),
    ],
    "a-social-handle": [
        ("en", "Follow us on Instagram @harborlight_heals for updates.",
         "foreign-contact", "harborlight_heals"),
        ("en", "Find us on TikTok at brightsmiles_peds.",
         "foreign-contact", "TikTok at brightsmiles_peds"),
        ("es", "Síganos en Instagram @clinica_sol.", "foreign-contact", "clinica_sol"),
        ("es", "Búsquenos en Facebook como sonrisas_del_valle.",
         "foreign-contact", "Facebook como sonrisas_del_valle"),
    ],
    "a-short-phrase-in-another-language": [
        ("en", "Thank you! Maraming salamat po!", "unsupported-language", "Maraming salamat po"),
        ("en", "Thanks so much! Arigato gozaimasu!", "unsupported-language", "Arigato gozaimasu"),
        ("es", "¡Gracias! Maraming salamat po.", "unsupported-language", "Maraming salamat po"),
    ],
}

# class -> (language, reply) that no rule may block
PASSES = {
    "a-person-noun-that-is-not-the-reviewer": [
        ("en", "This review reminds us why clear communication matters."),
        ("en", "This patient portal lets anyone download a copy of their forms."),
        ("es", "Este tipo de comentarios nos ayuda a mejorar."),
        ("es", "Cada paciente recibe su plan de tratamiento por escrito."),
        ("es", "Nuestros pacientes pueden consultar su saldo en el portal."),
    ],
    "remembering-and-calls-in-general": [
        ("en", "Remember, our phone lines open at 8 a.m."),
        ("en", "Our call center answers every weekday until six."),
        ("en", "We remember what it was like to be new in town, so we keep evenings open."),
        ("en", "We're sorry if anyone on our team has ever come across as rushed."),
        ("es", "Le recordamos que nuestro horario es de lunes a viernes."),
        ("es", "Nuestra charla informativa para padres es el primer martes de cada mes."),
        ("es", "Recordamos a todos nuestros pacientes que pueden pedir una copia de sus "
               "registros."),
    ],
    "a-privacy-statement-then-an-invitation-or-a-policy": [
        ("en", "We can't discuss anyone's care online, but we'd welcome a call at any time."),
        ("en", "We can't discuss any individual's care here, but every hearing aid we fit comes "
               "with a two-year warranty."),
        ("en", "Although we can't discuss medications here, our pharmacists are glad to answer "
               "questions by phone."),
        ("es", "No podemos hablar de casos particulares, pero con gusto conversamos por teléfono."),
        ("es", "No podemos comentar casos particulares, pero cualquier aparato con falla se "
               "cambia por garantía."),
    ],
    "everyday-words-that-are-not-an-outcome": [
        ("en", "We enjoyed reading your review."),
        ("en", "We've added evening hours so you can see a provider more easily."),
        ("en", "We're glad you were able to read our new policy online."),
        ("es", "Disfrutamos mucho leer su comentario."),
        ("es", "Nos alegra que pueda ver a un especialista más fácilmente con el nuevo horario."),
    ],
    "empathy-is-not-a-reported-outcome": [
        ("en", "We know how important clear communication is, especially when it comes to "
               "children's health."),
        ("en", "We understand how frustrating unclear instructions can be."),
        ("es", "Sabemos lo importante que es una comunicación clara con las familias."),
        ("es", "Sabemos que una buena explicación hace que todos se sientan mejor."),
    ],
    "a-place-in-a-practice-wide-sentence": [
        ("en", "Our hygienists explain every step so that everyone feels comfortable in the "
               "chair."),
        ("en", "Kids who are nervous in the chair get a stuffed animal to hold."),
        ("es", "Nuestras higienistas explican cada paso para que todos se sientan cómodos en el "
               "sillón."),
    ],
    "yours-is-the-review": [
        ("en", "We read all reviews carefully and appreciate yours."),
        ("en", "Every review helps us improve, and yours is no exception."),
        ("en", "Feedback matters to us, so thank you for yours."),
    ],
    "a-free-service-for-anyone": [
        ("en", "Our opticians are happy to adjust frames for anyone, free of charge, any time "
               "during business hours."),
        ("es", "Cualquier persona puede pedir una segunda opinión sin costo."),
        ("es", "Ajustamos armazones sin costo para cualquier persona en horario de oficina."),
    ],
    "the-practice-s-own-systems": [
        ("es", "Lamentamos que no esté de acuerdo con nuestra política de citas."),
        ("es", "Sentimos mucho que nuestro sistema de citas le haya resultado confuso."),
        ("en", "We're sorry you disagree with our appointment policy."),
        ("en", "We stay open late on Thursdays for you."),
    ],
    "spanish-words-french-also-has": [
        ("es", "Les pedimos paciencia."),
        ("es", "Les deseamos felices fiestas."),
        ("es", "Abrimos tres sábados al mes."),
    ],
}

