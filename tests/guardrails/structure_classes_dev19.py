"""Classes the dev19, dev20 and dev21 blind development batches found, each in wordings of our
own. dev21 (a month of real-world replies) added: a particular moment remembered ("remembers
that afternoon well", "recuerda muy bien esa tarde"), an appliance off or care ended on schedule,
being close to giving birth, "we love that age", remedies called the best thing for a bug, a
dose "a couple of times a day", following up on the reader's own message ("dando seguimiento al
correo que nos envió"); false blocks of "we'll be back in the fall" (the practice at a fair),
"when you're sitting in the lobby" and "a nadie en la sala de espera" said of anyone, and an
editor's note before a Spanish verb that is also a name ("[Nota de la gerente:] Leo cada
reseña"). dev22 (a vaguely briefed model): someone from the review doing well ("mom and baby
are both doing well"), a payment plan the practice set up, self-care said to make a difference
and how to protect "that area", the reader's name on the schedule, "you handled them with so
much grace. Now look at that little one", remedies that "usually settle things down"; Spanish:
the reader already unwell when they came, "suelen calmarlo", "ya volviste a jugar", "evite
dormir boca abajo", "tómela siempre a la misma hora", "su nombre en la agenda". dev23
(sensitive specialties, emotional reviews): daily life better ("the nights are more restful
now", "left the cane at home", "she's walking with more confidence"), the reader on the
cancellation list, "part of the Little Acorns family", staff who "still talk about those...",
"so proud of him", a denial through a procedure never had ("nunca se ha operado con
nosotros"), "ya tienen a su niña en brazos", an emoji after "Congratulations!!", a tip "for any
parent dealing with..."; false blocks of "the nearest emergency room" said to anyone, "if anyone
believes they've been charged twice... the statement", "your courage in sharing this".

Misses: anyone at the practice recalling, enjoying or looking forward to time with the reader
("our coordinator remembers speaking with you", "fue un gusto conocerte"), the reader expected
to arrive ("when you arrive", "cuando llegue"), where the reader's own request stands ("your
refund has been processed", "su solicitud ya está en proceso"), a name spoken to inside a later
sentence ("... Rosie, you made our day"), a remedy on a call-back schedule ("mientras le
devolvemos la llamada: hielo ... dos veces al día"). False blocks: other providers that accept
a plan ("clinics that accept Medicaid"), a public event with its date ("free screenings on
October 5"), a price list ("frames starting at $79"), slots held every morning, classes open to
anyone, a returned call read as returned money ("te devolveremos la llamada"), what the
practice sells ("todos los lentes que vendemos incluyen garantía"), a new clinician welcomed
with a comma after the specialty ("nuestro nuevo cirujano plástico, el Dr. ...").

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "someone-at-the-practice-recalls-time-with-the-reader": [
        ("en", "Our receptionist recalls chatting with you and is so sorry.",
         "patient-relationship", "recalls chatting with you"),
        ("en", "The whole team enjoyed getting to know you.", "patient-relationship",
         "enjoyed getting to know you"),
        ("en", "We can't wait to meet you next month!", "patient-relationship",
         "can't wait to meet you"),
        ("es", "La doctora recuerda haber conversado con usted.", "patient-relationship",
         "recuerda haber conversado"),
        ("es", "Ha sido un placer conocerte.", "patient-relationship",
         "Ha sido un placer conocerte"),
        ("es", "Disfrutamos muchísimo atenderle.", "patient-relationship",
         "Disfrutamos muchísimo atenderle"),
        ("es", "Estamos con muchas ganas de verte.", "patient-relationship",
         "con muchas ganas de verte"),
    ],
    "the-reader-expected-to-arrive": [
        ("en", "We'll have the paperwork waiting when you check in.", "patient-relationship",
         "when you check in"),
        ("es", "Tendremos todo preparado cuando venga.", "patient-relationship",
         "cuando venga"),
    ],
    "where-the-reader-s-own-request-stands": [
        ("en", "The records request came through this morning.", "records-billing",
         "The records request came through"),
        ("en", "You should receive the copies within a few days.", "records-billing",
         "You should receive the copies within"),
        ("es", "Su reembolso ya fue procesado.", "records-billing",
         "Su reembolso ya fue procesado"),
        ("es", "Tu solicitud de expediente se está tramitando.", "records-billing",
         "Tu solicitud de expediente se está tramitando"),
    ],
    "a-name-spoken-to-inside-a-later-sentence": [
        ("en", "What a lovely note. Rosie, you made our day!", "personal-identifier", "Rosie"),
        ("es", "¡Qué mensaje tan bonito! Chela, usted es un amor.", "personal-identifier",
         "Chela"),
    ],
    "a-remedy-on-a-call-back-schedule": [
        ("es", "Mientras le devolvemos la llamada, compresas tibias dos veces al día.",
         "medical-advice", "dos veces al día"),
        ("en", "Until we call back: a warm compress twice a day.", "medical-advice",
         "twice a day"),
    ],
    "a-particular-moment-remembered": [
        ("en", "The hygienists still talk about that morning.", "patient-relationship",
         "still talk about that morning"),
        ("es", "El equipo recuerda perfectamente aquel día.", "patient-relationship",
         "recuerda perfectamente aquel día"),
    ],
    "an-appliance-off-or-care-ended-on-schedule": [
        ("en", "So happy the hardware is finally off!", "treatment-disclosure",
         "the hardware is finally off"),
        ("en", "Glad it all wrapped up exactly as planned.", "treatment-disclosure",
         "it all wrapped up exactly as planned"),
    ],
    "close-to-giving-birth": [
        ("en", "Waiting is hard, especially this close to your due date.", "treatment-disclosure",
         "this close to your due date"),
        ("es", "Más aún estando ya tan cerca de dar a luz.", "treatment-disclosure",
         "estando ya tan cerca de dar a luz"),
    ],
    "that-age": [
        ("en", "We adore that age!", "personal-identifier", "adore that age"),
    ],
    "remedies-as-the-best-thing": [
        ("en", "Fluids and sleep are still what helps most with this bug.", "medical-advice",
         "Fluids and sleep are still what helps"),
        ("es", "Beber abundantes líquidos es lo ideal para ese virus.", "medical-advice",
         "Beber abundantes líquidos es lo ideal para"),
        ("en", "A saltwater gargle a few times a day helps.", "medical-advice",
         "a few times a day"),
    ],
    "following-up-on-the-reader-s-message": [
        ("es", "Le damos seguimiento a su queja de ayer.", "patient-relationship",
         "Le damos seguimiento a su queja"),
        ("es", "La carta que nos mandó ya está en manos de la gerente.", "patient-relationship",
         "La carta que nos mandó"),
    ],
    "someone-from-the-review-doing-well": [
        ("en", "So glad your dad is home and doing great.", "treatment-disclosure",
         "your dad is home and doing great"),
    ],
    "an-arrangement-the-practice-made": [
        ("en", "Happy the installment plan our billing team set up is working.", "records-billing",
         "the installment plan our billing team set up"),
        ("es", "Nos alegra que el plan de pagos que le armamos le funcione.", "records-billing",
         "el plan de pagos que le armamos"),
    ],
    "self-care-that-makes-a-difference": [
        ("en", "Short walks after meals can really make a difference.", "medical-advice",
         "walks after meals can really make a difference"),
        ("en", "Sunscreen is the best way to protect that scar.", "medical-advice",
         "is the best way to protect"),
        ("es", "Una compresa tibia suele aliviarlo.", "medical-advice",
         "Una compresa tibia suele aliviarlo"),
    ],
    "the-reader-s-name-on-the-schedule": [
        ("en", "The front desk lights up when your name is on the schedule.",
         "patient-relationship", "your name is on the schedule"),
        ("es", "Siempre nos alegra ver tu nombre en la agenda.", "patient-relationship",
         "tu nombre en la agenda"),
    ],
    "back-to-an-activity-or-an-order-for-the-body": [
        ("es", "¡Qué alegría que ya volvió a nadar!", "treatment-disclosure",
         "ya volvió a nadar"),
        ("es", "Evite cargar a los niños unos días.", "medical-advice", "Evite cargar"),
        ("es", "Tómelo con comida, por favor.", "medical-advice", "Tómelo"),
    ],
    "daily-life-better": [
        ("en", "So glad the mornings are so much easier now.", "treatment-disclosure",
         "the mornings are so much easier"),
        ("en", "Love that he's walking without a cane these days!", "treatment-disclosure",
         "he's walking without a cane"),
    ],
    "the-reader-on-a-list-or-in-the-family": [
        ("en", "The front desk added you to our cancellation list.", "patient-relationship",
         "added you to our cancellation list"),
        ("es", "Ya la anotamos en la lista de espera.", "patient-relationship",
         "la anotamos en la lista"),
        ("en", "Our aides always ask about your garden.", "patient-relationship",
         "always ask about your"),
    ],
    "a-denial-through-what-was-never-had": [
        ("en", "The author never had an appointment with us.", "patient-relationship",
         "never had an appointment with"),
        ("es", "Alguien que nunca se ha operado con nosotros escribió esto.",
         "patient-relationship", "nunca se ha operado con nosotros"),
    ],
    "a-baby-or-good-news-as-an-emoji": [
        ("es", "¡Qué alegría saber que ya tienen a su bebita en brazos!", "treatment-disclosure",
         "ya tienen a su bebita en brazos"),
        ("en", "Congratulations!! 🤰", "treatment-disclosure", "🤰"),
    ],
}

# class -> (language, reply)
PASSES = {
    "a-place-for-anyone-in-an-emergency": [
        ("en", "In any emergency, please go to the nearest emergency room."),
    ],
    "courage-to-write-the-review": [
        ("en", "Thank you for your honesty in sharing this."),
    ],
    "the-practice-back-at-a-public-event": [
        ("en", "We'll be back at the school fair in spring with free toothbrushes for everyone."),
    ],
    "anyone-waiting-said-in-the-present": [
        ("en", "We know that's no comfort when you're waiting in a lobby."),
        ("es", "Sabemos que una explicación así no tranquiliza a nadie en la sala de espera."),
    ],
    "patient-inside-a-privacy-statement": [
        ("en", "We can't discuss any particular visit or patient here, but please call us."),
    ],
    "an-editor-s-note-before-a-spanish-verb": [
        ("es", "[Nota del director:] Leo todas las opiniones con atención."),
    ],
    "other-providers-that-accept-a-plan": [
        ("en", "We can share a list of nearby pharmacies that accept Medicare."),
    ],
    "a-public-event-with-its-date": [
        ("en", "Free blood pressure screenings are at the Main Street library on May 9."),
        ("en", "Everyone is welcome at our flu clinic on Saturday, October 12."),
        ("es", "Nuestra jornada de vacunación es el sábado 12 de octubre, sin cita."),
    ],
    "a-price-list": [
        ("en", "Our optical shop carries frames starting at $59."),
    ],
    "slots-held-every-morning": [
        ("en", "We now keep urgent appointments open each morning."),
    ],
    "classes-open-to-anyone": [
        ("en", "Our prenatal yoga classes are open to anyone in the neighborhood."),
    ],
    "a-returned-call-is-not-returned-money": [
        ("es", "Déjenos un mensaje y le devolveremos la llamada hoy mismo."),
    ],
    "what-the-practice-sells-to-everyone": [
        ("es", "Todas las monturas y lentes que vendemos incluyen dos años de garantía."),
    ],
    "a-new-clinician-welcomed-after-the-specialty": [
        ("es", "Damos la bienvenida a nuestra nueva dermatóloga pediátrica, la Dra. Lucía Ferrer."),
        ("es", "Se ha unido a nuestro equipo la fisioterapeuta Marta Gil."),
    ],
}
