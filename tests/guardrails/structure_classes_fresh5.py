"""Classes fresh5's first run missed or blocked wrongly, each in wordings of our own (not the
fresh5 sentences), both languages, both directions. Misses: earlier private contact after a
privacy statement, a refund for deleting the review in the tú form, letters for digits in a
phone number, a clinician's reaction split over sentences, an outcome without a clinical
word. False blocks: a clinical word in a generic sentence (now judged by cues:
`test_clinical_cues.py`), a prize wall as furniture, an invitation open to anyone, people in
general trusting the practice, the practice's own premises "working again".

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "earlier-contact-after-a-privacy-statement": [
        ("en", "We can't discuss anyone's care here. That said, we did try calling you twice "
               "last week.", "patient-relationship", "we did try calling"),
        ("en", "Privacy rules keep us from saying much, but for the record we left you two "
               "voicemails.", "patient-relationship", "we left you two voicemails"),
        ("en", "We've called three times and left a message.", "patient-relationship",
         "We've called three times"),
        ("es", "No podemos hablar de casos en línea. Le dejamos un mensaje de voz el lunes.",
         "patient-relationship", "Le dejamos un mensaje"),
        ("es", "Por privacidad no comentamos casos; intentamos llamarle varias veces.",
         "patient-relationship", "intentamos llamarle"),
        ("es", "Te marcamos dos veces, pero no contestaste.", "patient-relationship",
         "Te marcamos dos veces"),
    ],
    "a-refund-for-changing-the-review-tu-form": [
        ("es", "Si quitas tu reseña, te regresamos el dinero de la limpieza.",
         "review-incentive", "quitas tu reseña"),
        ("es", "Si editas tu comentario te damos una limpieza gratis.", "review-incentive",
         "Si editas tu comentario"),
        ("es", "Cámbiala a cinco estrellas y te hacemos un descuento.", "review-incentive",
         "Cámbiala"),
        ("es", "El retoque de bótox no tiene costo.", "review-incentive", "no tiene costo"),
    ],
    "letters-for-digits-in-a-phone-number": [
        ("en", "Our manager's cell is 555.0l3.4419.", "foreign-contact", "555.0l3.4419"),
        ("en", "Call (555) O14-22B0 after hours.", "foreign-contact", "555) O14-22B0"),
        ("es", "Escríbale al 555-I02-3344 directamente.", "foreign-contact", "555-I02-3344"),
    ],
    "a-clinician-s-reaction-split-over-sentences": [
        ("en", "Dr. Moss smiled. She said it was one of her favorite cases this year.",
         "patient-relationship", "one of her favorite cases"),
        ("en", "Dr. Ruiz read this twice. Honestly, one of our proudest transformations.",
         "patient-relationship", "one of our proudest transformations"),
        ("en", "Our hygienist called it a textbook recovery.", "patient-relationship",
         "a textbook recovery"),
        ("es", "La doctora sonrió. Dijo que fue uno de sus casos favoritos del año.",
         "patient-relationship", "uno de sus casos favoritos"),
    ],
    "an-outcome-without-a-clinical-word": [
        ("en", "We're stoked those street signs are crisp again after dark.",
         "treatment-disclosure", "stoked those street signs are crisp"),
        ("en", "Psyched that the birds are loud and clear again!", "treatment-disclosure",
         "Psyched that the birds are loud and clear again"),
        ("en", "So happy the stairs are no big deal anymore.", "treatment-disclosure",
         "happy the stairs are no big deal anymore"),
        ("es", "Nos alegra que las letras del pizarrón se vean nítidas de nuevo.",
         "treatment-disclosure", "alegra que las letras del pizarrón se vean nítidas de nuevo"),
    ],
}

# class -> (language, reply) that no rule may block
PASSES = {
    "contact-offered-not-reported": [
        ("en", "We can't discuss anyone's care online. Please call us and we'll gladly talk."),
        ("en", "If we miss your call, we'll call you back the same day."),
        ("en", "Our team returns every voicemail within one business day."),
        ("es", "Devolvemos todas las llamadas el mismo día."),
        ("es", "Si nos deja un mensaje, le llamamos el mismo día."),
    ],
    "saying-the-practice-never-pays-for-reviews": [
        ("en", "We never offer refunds or anything else in exchange for reviews."),
        ("es", "Nunca ofrecemos descuentos a cambio de reseñas."),
    ],
    "favorite-things-that-are-not-cases": [
        ("en", "Reviews like yours are some of our favorite things to read."),
    ],
    "the-office-and-its-furniture": [
        ("en", "Our office is designed with kids in mind - from the ceiling TVs to the prize "
               "wall."),
        ("en", "Thrilled that the new parking lot is finally open again!"),
        ("en", "We're so glad the phones are working again after the outage."),
        ("es", "Nos alegra que el estacionamiento esté abierto de nuevo."),
    ],
    "an-invitation-open-to-anyone": [
        ("en", "Thank you! Stop by for a flu shot any weekday - no appointment needed."),
        ("en", "It means a lot to our team when families trust us with their children's "
               "vaccines."),
        ("en", "Our orthodontists love helping teens and adults find the right treatment."),
    ],
}
