"""Classes this session's first held-out batch (fresh31, first run in
`cases_probe/fresh31_FIRST_RUN.txt`) and its dev batches (dev32, dev33) found, each in wordings
of our own. fresh31 added: "enjoy that new smile, you earned every bit of it" ("every bit" is
no one in general), "que seas parte de la familia" with no pronoun, "we believe we know which
appointment this refers to", a payment plan that "remains in place" and "the next installment
isn't due until..."; an age the review gives said again ("a mom who is 82", "a big deal at
six"; `test_structure.py`); false blocks of "our team meets every morning", flu vaccine clinics
"held every Saturday morning", "if you were ever a patient..., your records were transferred",
a prize box that "se renueva cada viernes". dev32 and dev33 added: "the cookies you brought in",
"happy early 80th birthday", "a sensitivity toothpaste used twice daily usually helps", "many
people find that cutting caffeine... makes a real difference", "lifting a little one again is
one of them" (split over sentences), "el suyo ya lo hizo", "le recomendamos hielo"; false blocks
of "all of our lasers are operated by...", "our free LASIK consultation includes...", "contact
lens orders usually arrive within...", "our therapists receive ongoing training", "we never take
the trust of our community for granted", "we don't double-book", "para que la gerente pueda
atenderle", a condition on having been seen ("si alguna vez fue atendido..."). Each table
is checked by `test_structure.py`: a blocked reply must block with that rule at that excerpt,
a passing one (with the practice's phone added) must pass."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    # fresh31
    "a-new-look-enjoyed-every-bit": [
        ("en", "Enjoy those straighter teeth, you waited every bit as long as we promised!",
         "treatment-disclosure", "teeth"),
    ],
    "one-of-the-family-said-by-the-verb": [
        ("es", "¡Qué gusto que formes parte de la familia Sonrisas Claras!",
         "patient-relationship", "que formes parte de la familia"),
        ("es", "Nos encanta que sigan siendo parte de nuestra familia.",
         "patient-relationship", "que sigan siendo parte de nuestra familia"),
    ],
    "the-practice-found-the-visit": [
        ("en", "We think we've identified the appointment you mention.",
         "patient-relationship", "We think we've identified the appointment"),
        ("en", "I looked up the visit and spoke with the nurse on duty.",
         "patient-relationship", "I looked up the visit"),
    ],
    "the-state-of-an-account": [
        ("en", "Your financing remains active, so nothing changes for now.",
         "records-billing", "Your financing remains active"),
        ("en", "The next payment is due on the fifteenth.", "records-billing",
         "The next payment is"),
        ("en", "The autopay we set up last spring is still running.", "records-billing",
         "autopay we set up last"),
    ],
    # dev32, dev33
    "something-the-reader-brought": [
        ("en", "The whole team loved the tamales you made for us!", "patient-relationship",
         "tamales you made"),
        ("en", "Our hygienists are still laughing about you and that joke.",
         "patient-relationship", "still laughing about you"),
    ],
    "a-birthday-wish": [
        ("en", "Happy belated birthday from everyone at the office!", "personal-identifier",
         "Happy belated birthday"),
        ("es", "¡Feliz cumpleaños a su abuelita de parte de todos!", "personal-identifier",
         "Feliz cumpleaños"),
    ],
    "a-product-or-habit-that-helps": [
        ("en", "An electric toothbrush with a pressure sensor often makes a big difference.",
         "medical-advice", "An electric toothbrush with a pressure sensor often makes a big difference"),
        ("en", "Most families notice that limiting screens after dinner helps a lot.",
         "medical-advice", "Most families notice that limiting screens after dinner helps"),
        ("en", "Use the drops three times daily until it clears.", "medical-advice",
         "three times daily"),
        ("es", "Te sugerimos mucha hidratación y reposo este fin de semana.", "medical-advice",
         "Te sugerimos mucha hidratación"),
        ("es", "Para la espalda recomendamos reposo y paciencia.", "medical-advice",
         "recomendamos reposo"),
    ],
    "an-everyday-thing-again": [
        ("en", "Some goals take longer than others. Climbing the stairs to the bedroom again is a big one!",
         "treatment-disclosure", "Climbing the stairs to the bedroom again"),
    ],
    "the-readers-own-said-as-el-suyo": [
        ("es", "Cada caso es distinto. El tuyo avanzó más rápido de lo esperado.",
         "patient-relationship", "El tuyo"),
        ("es", "Muchos niños lloran al principio, pero la suya fue valiente.",
         "patient-relationship", "la suya"),
    ],
}

# class -> (language, reply)
PASSES = {
    "general-wording-from-fresh31": [
        ("en", "Our nurses huddle every morning before the doors open."),
        ("en", "Allergy shot clinics are held every Tuesday evening."),
        ("en", "If you were ever a patient at our old location, your records moved with us."),
        ("en", "We savor every moment we get to spend with our community."),
        ("es", "Nuestra caja de juguetes se renueva cada mes."),
        ("es", "Si alguna vez fue paciente de la clínica anterior, su expediente está con nosotros."),
    ],
    "general-wording-from-dev32-dev33": [
        ("en", "All of our x-ray units are inspected every year."),
        ("en", "Our free hearing consultation includes a short questionnaire."),
        ("en", "Frame orders usually arrive within two weeks."),
        ("en", "Our hygienists complete continuing education every year."),
        ("en", "We never take a single review for granted."),
        ("en", "We don't double-charge, and we're reviewing our process."),
        ("en", "If you were ever seen here and have a question about a lab result, please call us."),
        ("es", "Todos nuestros equipos se revisan cada semana."),
        ("es", "Los pedidos de armazones suelen llegar en dos semanas."),
        ("es", "Llame para que nuestra gerente pueda atenderle con calma."),
        ("es", "Agradecemos todas las reseñas, incluida la suya."),
        ("es", "Tenemos muchos modelos de armazón; pregunte por el suyo."),
    ],
}
