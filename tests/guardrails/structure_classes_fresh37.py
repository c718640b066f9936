"""Classes the 2026-11-28 session's held-out batch fresh37 (first run in
`cases_probe/fresh37_FIRST_RUN.txt`) and its dev batches (dev43-dev46) found, each in wordings
of our own.

fresh38, the session's last held-out batch, added after its first run: the practice's own
email with a digit that folding reads as a letter ("quickcare5th"), "flu shots are offered on a
walk-in basis", "vary from person to person", "taking the time to help us improve" (our own new
habit rule, narrowed), "our voicemail system", "Plaza Médica del Valle", "we've recently opened
two additional study rooms".

fresh37 added: "glad ur liking them" and "we can look at your settings" (a device the review
names), "sorry about the welts", "empiece su spray nasal", "el cansancio matutino suele mejorar
si...", "disfrute esas vocecitas"; false blocks of a specialty echoed from the review ("diabetic
foot care is a big part of what our podiatrists do") and "new signs were just added in the
lobby". dev43-dev46 added: "the lower back has been feeling looser", "her knee was strong
enough", "mom and baby are both healthy and home", "como si nada hubiera pasado", "we've
updated the chart", "your family has been part of the ... family", "gracias por elegir
<clínica>", "nos encantó tenerlos", "doña Chela", "usa la crema" (tú), health habits that help
("rubbing the gums with a clean finger usually helps", "las ligas funcionan mejor si se
usan..."); false blocks of Spanish verb forms read as an unknown language ("renovamos",
"agregamos"), the practice's name read as French in a sign-off, "complimentary valet... for all
visitors", "electronic copies are free of charge", "los baños se revisan cada hora", "courtesy
at check-in is something we emphasize", "waiting with a sick child is hard", "our X-ray", "our
NICU", "nuestro laboratorio de patología", "concerns about late fees", "coverage can be
confusing, especially with... prior authorizations", "a Medicare-participating practice",
"illness and injury don't take a day off", "sus licencias están a la vista", "atendemos a niños
desde su primer diente". Checked by `test_structure.py` like the other tables."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "something-pointed-at-to-enjoy": [
        ("en", "Enjoy those birdsongs on your walks!", "treatment-disclosure", "Enjoy those birdsongs on"),
        ("es", "¡Disfruta esos cantos de pájaros!", "treatment-disclosure", "Disfruta esos cantos de"),
    ],
    "ongoing-use-of-a-device": [
        ("en", "So happy you're loving them so far!", "treatment-disclosure", "you're loving them"),
        ("en", "Stop by anytime and we'll tweak your settings.", "treatment-disclosure", "tweak your settings"),
        ("es", "¡Qué alegría que le sigan gustando!", "treatment-disclosure", "que le sigan gustando"),
        ("es", "Pase cuando quiera y revisamos sus ajustes.", "treatment-disclosure", "revisamos sus ajustes"),
    ],
    "part-of-our-family-loved-having-you-thanks-for-choosing": [
        ("es", "Su familia ha formado parte de nuestra familia por muchos años.", "patient-relationship",
         "Su familia ha formado parte de nuestra familia"),
        ("es", "Gracias por escoger nuestro consultorio.", "patient-relationship", "Gracias por escoger"),
        ("es", "¡Nos encantó tenerlos a todos aquí!", "patient-relationship", "Nos encantó tenerlos"),
    ],
    "the-chart-updated": [
        ("en", "We corrected the record so the new allergy shows up.", "records-billing", "corrected the record"),
        ("es", "Corregimos su ficha para que aparezca la alergia.", "records-billing", "Corregimos su ficha"),
    ],
    "someone-well-again": [
        ("en", "Thrilled that mom and baby are home and healthy.", "treatment-disclosure", "mom and baby are home"),
        ("es", "Nos alegra que mamá y bebé ya estén en casa.", "treatment-disclosure", "mamá y bebé ya estén en casa"),
        ("en", "Glad she's back on the trampoline like nothing ever happened.", "treatment-disclosure",
         "Glad she's back on the trampoline like nothing ever happened"),
        ("en", "His shoulder is so much stronger now.", "treatment-disclosure", "shoulder"),
    ],
    "a-habit-that-helps-an-order-with-tu": [
        ("en", "Staying hydrated and walking daily can help a lot.", "medical-advice",
         "Staying hydrated and walking daily can help a lot"),
        ("es", "Los separadores funcionan mejor si se usan todo el día.", "medical-advice", "funcionan mejor si se usan"),
        ("es", "Aplica la pomada dos veces al día.", "medical-advice", "Aplica"),
    ],
    "someone-called-by-a-courtesy-title": [
        ("es", "Salúdenos a doña Chelita.", "personal-identifier", "doña Chelita"),
    ],
    # dev47-dev49
    "condolences-a-journey-shared-couples-like-you-an-intake": [
        ("en", "Please accept our heartfelt condolences.", "treatment-disclosure", "our heartfelt condolences"),
        ("es", "Sentimos mucho su pérdida.", "treatment-disclosure", "Sentimos mucho su pérdida"),
        ("es", "Fue un honor haber sido parte de la llegada de su bebé.", "patient-relationship",
         "honor haber sido parte de la llegada"),
        ("en", "Couples like you make this work so rewarding.", "patient-relationship", "Couples like you"),
        ("en", "Sorry the parking was full before your intake.", "patient-relationship", "your intake"),
    ],
    "a-technique-for-when-it-starts": [
        ("en", "Box breathing is a simple technique when panic starts to build.", "medical-advice",
         "technique when panic starts to build"),
        ("es", "La respiración profunda es una buena herramienta cuando aparecen los nervios.", "medical-advice",
         "herramienta cuando aparecen"),
    ],
    # dev50-dev52
    "results-weight-a-room-the-case-here": [
        ("en", "We know the results weren't what you hoped to hear.", "treatment-disclosure",
         "the results weren't what you"),
        ("en", "Twenty pounds down, amazing!", "treatment-disclosure", "Twenty pounds"),
        ("es", "Los análisis no fueron lo que esperaba.", "treatment-disclosure",
         "Los análisis no fueron lo que esperaba"),
        ("es", "¡Veinte kilos menos!", "treatment-disclosure", "Veinte kilos"),
        ("en", "Our nurses visit Room 118 every Tuesday.", "personal-identifier", "visit Room 118"),
        ("en", "Accounts go to collections after two notices, which was the case here.", "records-billing",
         "which was the case here"),
    ],
    "remedies-ordered-and-habits-kept": [
        ("en", "Gargle with warm salt water tonight.", "medical-advice", "Gargle with warm salt water"),
        ("en", "Make sure he keeps drinking water through the day.", "medical-advice", "Make sure he keeps drinking"),
        ("en", "Drink at least 64 ounces of water a day.", "medical-advice", "Drink at least 64 ounces"),
        ("es", "Después de los 50 es recomendable vacunarse contra la gripe.", "medical-advice",
         "es recomendable vacunarse"),
        ("es", "¡Ojalá esa 3nd0d0nc1a ya no le moleste!", "treatment-disclosure", "3nd0d0nc1a"),
    ],
    # dev53-dev55
    "notes-rice-an-age-a-welcome-next-time-stitches-a-gift-a-clinician-met": [
        ("en", "The notes in question will be corrected this week.", "records-billing", "notes in question"),
        ("en", "Remember RICE for the first two days.", "medical-advice", "Remember RICE"),
        ("en", "At 68, learning a new app takes patience.", "personal-identifier", "At 68,"),
        ("en", "Welcome to town and to the Riverside family!", "patient-relationship",
         "Welcome to town and to the Riverside family"),
        ("en", "Next time, try our app instead.", "patient-relationship", "Next time, try"),
        ("es", "La próxima vez, usa la app.", "patient-relationship", "La próxima vez, usa"),
        ("es", "Qué bueno que los puntos cicatrizaron bien.", "treatment-disclosure", "los puntos cicatrizaron"),
        ("es", "Si deja una reseña nueva, le regalamos un kit de blanqueamiento.", "review-incentive",
         "reseña nueva, le regalamos"),
        ("en", "We passed your note to the nurse you spoke with.", "patient-relationship", "nurse you spoke with"),
        ("es", "¡Por fin noches completas de sueño otra vez!", "treatment-disclosure",
         "noches completas de sueño otra vez"),
    ],
    # fresh38 (after its first run)
    "a-medicine-said-to-be-safe": [
        ("en", "Ibuprofen is generally fine to take for this.", "medical-advice", "is generally fine to take"),
        ("es", "Un antihistamínico suele ser seguro para controlar la alergia.", "medical-advice",
         "suele ser seguro para controlar"),
    ],
    # fresh39 (after its first run)
    "the-reader-s-age-loyal-patients-like-you": [
        ("es", "¡Qué energía a sus 81 años!", "personal-identifier", "a sus 81 años"),
        ("es", "Familias leales como la suya nos inspiran.", "patient-relationship", "Familias leales como la suya"),
    ],
    "symptoms-and-remedies-new-to-the-lexicon": [
        ("en", "Sorry about the sore arm!", "treatment-disclosure", "sore arm"),
        ("en", "Sorry the halos at night are still bothering you.", "treatment-disclosure", "halos at night"),
        ("en", "So glad the latch is going better!", "treatment-disclosure", "latch"),
        ("en", "Sorry about the welts after the shots.", "treatment-disclosure", "welts"),
        ("es", "La somnolencia suele mejorar con una rutina fija.", "treatment-disclosure", "somnolencia"),
    ],
}

# class -> (language, reply)
PASSES = {
    "general-wording-from-fresh37-and-dev43-dev46": [
        ("en", "Pediatric asthma care is a big part of what our nurses do every day."),
        ("es", "El año pasado remodelamos la sala y agregamos una pecera relajante."),
        ("en", "Complimentary shuttle service is available for all visitors."),
        ("en", "Paper copies cost a small fee, but electronic copies are free of charge."),
        ("es", "Nuestra sala de juegos se desinfecta cada hora."),
        ("en", "Our lab couriers stop at partner clinics twice a day."),
        ("en", "Kindness at check-in matters to every one of us."),
        ("en", "Caring for a sick toddler is exhausting, and we understand that."),
        ("en", "When our CT scanner is down for maintenance, we partner with a nearby center."),
        ("en", "We understand questions about copays and deductibles."),
        ("en", "Insurance rules can be confusing, especially around referrals and deductibles."),
        ("en", "New signs now point the way to the Same-Day Surgery entrance."),
        ("en", "Illness doesn't take weekends off, so neither do we."),
        ("en", "We're a Medicaid-participating practice."),
        ("es", "Atendemos a niños desde su primer año de vida hasta la adolescencia."),
        ("en", "If you've come in to see us before, we're happy to help by phone."),
        ("es", "Estamos mejorando nuestro sistema de recordatorios por mensaje."),
        ("es", "Todas las credenciales están a la vista en recepción."),
        ("es", "Entendemos lo confuso que puede ser el seguro de la vista."),
        ("en", "Enjoy those summer evenings!"),
        ("en", "Our therapists review progress regularly and adjust plans as needed."),
        # dev47-dev49
        ("en", "Great question! Dental implants are usually made of titanium."),
        ("es", "¡Buena pregunta! Los implantes dentales suelen ser de titanio."),
        ("en", "Many people find it helpful to bring a list of questions."),
        ("es", "A muchas personas les ayuda traer una lista de preguntas."),
        ("es", "Como política general, entregamos una copia de la receta de anteojos al final de cada examen."),
        ("en", "Parents are always welcome to stay in the treatment area."),
        ("en", "Some families prefer to wait in the lobby."),
        ("en", "Our evening line is staffed by nurses every night, and we take every call seriously."),
        ("es", "Toda persona merece un plan que se ajuste a sus metas."),
        ("en", "Our clinic accepts most state Medicaid and CHIP plans."),
        ("es", "Nuestra clínica es un centro de parto para embarazos de bajo riesgo."),
        ("en", "Our whole team believes recovery happens one day at a time."),
        ("en", "Thank you for your trust and kind words."),
        ("es", "Gracias por su confianza."),
        # dev50-dev52
        ("en", "We'll make sure you get an answer."),
        ("en", "If you or a family member were ever seen here, please call us."),
        ("es", "Hay un lote gratuito detrás del edificio."),
        ("en", "Our elevator has a 500 pounds weight limit."),
        ("es", "Ya corregimos el perfil de Google."),
        # dev53-dev55
        ("en", "Every child deserves a dentist who speaks their language."),
        ("en", "Teeth cleanings are $99 for new patients."),
        ("en", "We see kids from birth through 18 years old."),
        ("en", "Most lab results come back within two days."),
        ("en", "New exam tables arrive next month."),
        ("es", "A nuestro equipo le encanta su trabajo."),
        ("es", "Gracias por su reseña, le damos las gracias de corazón."),
        ("en", "Thanks for the review, we'll give you a call this week."),
        # fresh38 (after its first run)
        ("en", "Flu shots are offered on a walk-in basis on Mondays."),
        ("en", "Treatment times with aligners vary from person to person."),
        ("es", "Los tiempos con alineadores varían de persona a persona."),
        ("en", "We appreciate you taking the time to help us improve."),
        ("en", "We're reviewing our voicemail system."),
        ("es", "Estamos revisando el sistema de buzón."),
        ("es", "Estamos en la Plaza Médica del Valle, suite 210."),
        ("en", "We've recently opened two new exam rooms."),
        ("en", "Our portal is safe to use for messages."),
    ],
}
