"""Classes the 2026-11-28 (third) session's held-out batch fresh42 (first run in
`cases_probe/fresh42_FIRST_RUN.txt`) and its dev batches (dev68: family milestones; dev69:
angry reviews; dev70: specialist clinics and encodings; dev71: one-clause slips) found, each in
wordings of our own. Checked by `test_structure.py` like the other tables (the ECHO_ tables
with the review as context).

False blocks of this batch, generalised (rules-fb): a clinical word echoed from the review in
a practice-wide, present-tense or normative statement about everyone (guidelines the practice
follows, "generally speaking, ... can take", a belief that no visit should be feared, "before
the study begins" said of everyone, a room for a kind of care, a topic that can feel hard, "a
fertility practice"); the practice's own process apologised for ("the check-in process felt
slow", "nuestro proceso de facturación"); a Spanish "su" after "cada fisio" or "que todos
tengan"; a free consultation for anyone interested or during the consultation every family
has; a prize box after every visit; a staff meeting every morning; "pase a verlos" (the reader
sees the frames); "practice family medicine"; forms an outside body requires; empathy with a
kind of moment ("lo estresante que es una espera larga"); the practice's touches that make a
difference. Each with near neighbours that still block (the reader, one person, a past event,
a day, a review)."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED: dict[str, list[tuple[str, str, str, str]]] = {
    'apology-for-the-practice-s-process': [
        ('en', "We're sorry the check-in felt slow.", 'patient-relationship', 'sorry the check-in'),
        ('en', "We're sorry the check-in process took so long.", 'patient-relationship', 'sorry the check-in'),
        ('en', "We're sorry the check-in process felt slow last Tuesday.", 'patient-relationship', 'sorry the check-in'),
        ('es', 'Lamentamos que su proceso de admisión con nosotros haya sido tan largo.', 'patient-relationship', 'proceso'),
        ('es', 'Lamentamos que su proceso de facturación haya sido tan confuso.', 'patient-relationship', 'proceso'),
    ],
    'su-of-everyone': [
        ('es', 'Queremos que tenga el tiempo necesario con su médico.', 'patient-relationship', 'su médico'),
        ('es', 'Su fisioterapia es un trabajo en conjunto, y acompañamos a cada persona a su ritmo.', 'treatment-disclosure', 'fisioterapia'),
        ('es', 'La fisioterapia le ayudó mucho, y acompañamos a cada persona a su ritmo.', 'treatment-disclosure', 'fisioterapia'),
        ('es', 'Entendemos lo importante que es para usted que su médico le escuche.', 'patient-relationship', 'su médico'),
        ('es', 'Le enviamos su recibo por correo ayer.', 'records-billing', 'Le enviamos su recibo por correo'),
        ('es', 'Trabajamos con cita previa para que cada fisio pueda dedicar toda su atención a su rodilla.', 'treatment-disclosure', 'rodilla'),
    ],
    'free-consultation-for-anyone': [
        ('en', "We'd like to offer you a free consultation.", 'review-incentive', 'free consultation'),
        ('en', 'You can schedule a free consultation.', 'review-incentive', 'free consultation'),
        ('en', 'Schedule a free consultation this month!', 'review-incentive', 'free consultation'),
        ('es', 'Nos gustaría ofrecerle una consulta gratuita.', 'review-incentive', 'gratuita'),
        ('es', 'Cualquier persona interesada que deje una reseña puede pedir una consulta gratuita.', 'review-incentive', 'gratuita'),
        ('en', 'Anyone interested can schedule a free consultation if they share their experience online.', 'review-incentive', 'free consultation'),
        ('es', 'Cualquier persona interesada puede pedir una consulta gratuita si nos recomienda en redes.', 'review-incentive', 'gratuita'),
    ],
    'prize-box-every-visit': [
        ('es', 'Después de cada cita, tu peque puede escoger del cofre de premios.', 'review-incentive', 'cofre de premios'),
        ('es', 'Al final de cada cita hay un cofre de premios esperando para quien nos deje una reseña.', 'review-incentive', 'cofre de premios'),
        ('en', "At the end of every visit there's a treasure chest waiting for kids who leave us a review.", 'review-incentive', 'treasure chest'),
    ],
    'staff-routine-not-dosing': [
        ('es', 'Lo que sí podemos decir es que nuestras enfermeras recomiendan tomarla cada mañana.', 'medical-advice', 'cada mañana'),
        ('en', 'What we can say is that our nurses recommend taking it every morning.', 'medical-advice', 'every morning'),
        ('en', "We've asked our nurses to remind you to take it every morning.", 'medical-advice', 'every morning'),
    ],
    'reader-sees-the-things': [
        ('es', '¡Esperamos verlos pronto!', 'patient-relationship', 'verlos'),
        ('es', 'Fue un gusto verlos el sábado.', 'patient-relationship', 'Fue un gusto verlos'),
    ],
    'family-medicine-is-a-specialty': [
        ('en', 'Welcome to our practice family!', 'patient-relationship', 'Welcome to our practice family'),
        ('en', "You're part of our practice family.", 'patient-relationship', "You're part of our practice family"),
    ],
    'what-an-outside-body-requires': [
        ('en', "Glad you're back at school already!", 'patient-relationship', 'back'),
        ('en', 'Bring any forms your school requires, and we hope the knee is holding up at school.', 'treatment-disclosure', 'knee'),
        ('es', 'Que le vaya muy bien en la escuela con su nueva sonrisa.', 'patient-relationship', 'escuela'),
    ],
    'empathy-with-a-kind-of-moment': [
        ('es', 'Lamentamos la espera y entendemos lo estresante que es una espera larga para su hijo.', 'patient-relationship', 'hijo'),
        ('es', 'Lamentamos que esté decepcionado y entendemos lo estresante que fue la espera en el día de escuela de su hijo.', 'patient-relationship', 'escuela'),
        ('en', "We understand how stressful the wait on your son's school day was.", 'patient-relationship', 'wait'),
        ('es', 'Entendemos lo frustrantes que pueden ser los retrasos, y uno de nuestros médicos revisará su cita.', 'patient-relationship', 'su cita'),
        ('es', 'Sabemos que esperar sus resultados puede generar inquietud.', 'patient-relationship', 'sus resultados'),
        ('es', 'Sabemos lo frustrante que fue enterarse el último de los resultados de su hija.', 'patient-relationship', 'último'),
        ('en', 'We understand how stressful a long wait is, especially with a sick child.', 'treatment-disclosure', 'sick child'),
    ],
    'the-practice-s-touches-make-a-difference': [
        ('en', 'Glad to hear that these new glasses made a difference.', 'treatment-disclosure', 'hear that these new glasses made a difference'),
        ('en', 'Thrilled to hear that these little touches helped your son feel better.', 'treatment-disclosure', 'hear that these little touches helped your son feel better'),
    ],
    'a-topic-hard-for-many-people': [
        ('es', 'Sabemos que su camino de la fertilidad ha sido largo.', 'treatment-disclosure', 'fertilidad'),
    ],
    'how-a-room-can-seem-to-anyone': [
        ('en', 'We know that can feel unfair from the waiting room, and she waited two hours that day.', 'patient-relationship', 'from the waiting room'),
        ('en', 'No one should feel forgotten in our waiting room, like you did on Monday.', 'patient-relationship', 'in our waiting room'),
        ('es', 'Sabemos que desde la sala de espera eso puede parecer injusto, y lamentamos que usted esperara tanto.', 'patient-relationship', 'desde la sala de espera'),
    ],
    'a-kind-of-visit-for-anyone': [
        ('en', 'The first session was a longer conversation than we planned.', 'patient-relationship', 'The first session'),
        ('en', 'The first session is usually a longer conversation, and yours ran over.', 'patient-relationship', 'The first session'),
        ('en', 'We hope you come in again soon.', 'patient-relationship', 'you come'),
        ('es', 'Por regla general, los padres pueden acompañar a sus hijos en la consulta, y lamentamos que a usted no la dejaran.', 'patient-relationship', 'hijos'),
        ('es', 'Lamentamos lo que pasó antes de su examen.', 'patient-relationship', 'antes de su examen'),
    ],
}

# class -> (language, reply) that must pass
PASSES: dict[str, list[tuple[str, str]]] = {
    'apology-for-the-practice-s-process': [
        ('en', "We're sorry the check-in process felt slow and repetitive."),
        ('en', "We're sorry the billing process felt confusing."),
        ('es', 'Lamentamos que nuestro proceso de facturación le haya parecido confuso.'),
        ('es', 'Lamentamos que nuestro proceso de registro le parezca lento.'),
    ],
    'su-of-everyone': [
        ('es', 'Trabajamos con cita previa para que cada fisio pueda dedicar toda su atención.'),
        ('es', 'Queremos que todos tengan el tiempo necesario con su médico.'),
        ('es', 'La fisioterapia es un trabajo en conjunto, y acompañamos a cada persona a su propio ritmo.'),
        ('en', 'We want everyone to have enough time with their clinician.'),
        ('es', 'Lo que sí podemos decir es que nuestros médicos y enfermeras se reúnen cada mañana para revisar juntos los planes.'),
        ('es', 'Entendemos lo importante que es sentirse escuchado por su médico.'),
        ('es', 'Cualquier persona puede acercarse con su recibo para que revisemos sus lentes.'),
    ],
    'free-consultation-for-anyone': [
        ('en', 'Anyone interested can schedule a free consultation.'),
        ('en', 'Our orthodontist reviews the options with every family during the free consultation.'),
        ('en', 'Anyone interested in Invisalign can book a free consultation.'),
        ('es', 'Cualquier persona interesada puede agendar una consulta gratuita.'),
        ('es', 'Las familias interesadas en la ortodoncia pueden pedir una consulta gratuita.'),
    ],
    'prize-box-every-visit': [
        ('es', 'Al final de cada cita hay un cofre de premios esperando.'),
        ('en', "At the end of every visit there's a treasure chest waiting."),
        ('en', 'After each cleaning, kids can pick from the prize box.'),
    ],
    'staff-routine-not-dosing': [
        ('en', 'What we can say is that our doctors and nurses meet every morning to review plans together.'),
        ('en', "We've moved the sign and asked staff to check its placement every morning."),
    ],
    'reader-sees-the-things': [
        ('es', 'Cada mes llegan modelos nuevos. Pase a verlos o llame.'),
        ('es', 'Tenemos armazones nuevos; venga a verlos cuando quiera.'),
    ],
    'family-medicine-is-a-specialty': [
        ('en', 'Treating everyone with respect is at the heart of how we practice family medicine.'),
        ('en', 'Our doctors practice family medicine with a focus on prevention.'),
    ],
    'what-an-outside-body-requires': [
        ('en', 'Yes, we do sports physicals on a walk-in basis. Bring any forms your school or league requires.'),
        ('en', 'Please bring any paperwork your employer requires.'),
        ('es', 'Traiga los formularios que pida su escuela o su liga.'),
        ('es', 'Traiga cualquier formulario que le pida su colegio.'),
    ],
    'empathy-with-a-kind-of-moment': [
        ('es', 'Lamentamos que esté decepcionado y entendemos lo estresante que es una espera larga en día de escuela.'),
        ('en', "Sorry you're disappointed, and we understand how stressful a long wait on a school day is."),
        ('es', 'Entendemos lo frustrantes que pueden ser los retrasos con las citas, sobre todo cuando uno organiza su vida alrededor de ellas.'),
        ('es', 'Sabemos que esperar resultados puede generar mucha inquietud.'),
        ('es', 'Sabemos lo frustrante que es enterarse el último, y lamentamos que alguien se haya sentido así.'),
    ],
    'the-practice-s-touches-make-a-difference': [
        ('en', 'Our whole team will be thrilled to hear that these little touches make a difference.'),
        ('es', 'Todo el equipo se alegrará de saber que estos detalles marcan la diferencia.'),
    ],
    'how-a-room-can-seem-to-anyone': [
        ('en', 'Thrilled to hear that the extra details in our waiting room make a difference for families.'),
        ('en', 'We know that can feel unfair from the waiting room.'),
        ('en', 'Reading this was upsetting, because no one should ever feel forgotten in our waiting room.'),
        ('es', 'Sabemos que desde la sala de espera eso puede parecer injusto.'),
        ('es', 'Para cualquier familia el tiempo en la sala de espera se hace largo.'),
    ],
    'a-topic-hard-for-many-people': [
        ('es', 'Sabemos que el camino de la fertilidad puede ser largo para muchas parejas.'),
    ],
    'a-kind-of-visit-for-anyone': [
        ('en', 'The first session is usually a longer conversation about goals, with no pressure to share more than feels comfortable.'),
        ('en', 'Our online check-in shows live wait times for anyone planning to come in.'),
        ('es', 'Por regla general, los padres pueden acompañar a sus hijos en la consulta.'),
        ('es', 'Quien quiera saber qué esperar antes de su examen puede llamarnos.'),
    ],
}

# class -> (language, review, reply, rule, excerpt): blocked with the review as context
ECHO_BLOCKED: dict[str, list[tuple[str, str, str, str, str]]] = {
    'echo-practice-follows-guidelines': [
        ('en', "Wouldn't give my son antibiotics.", "We follow current pediatric guidelines, so your son didn't get antibiotics.", 'patient-relationship', 'your son'),
        ('es', 'No le quisieron dar antibióticos a mi hijo.', 'Según las guías vigentes, su hijo no necesitaba antibióticos.', 'patient-relationship', 'hijo'),
    ],
    'echo-what-usually-happens': [
        ('en', 'Mole biopsy results took forever.', 'Generally speaking, biopsy reports can take a week, and hers showed nothing serious.', 'treatment-disclosure', 'biopsy'),
        ('es', 'Los resultados de la biopsia tardaron muchísimo.', 'Por lo general los informes de biopsia tardan una semana, pero el suyo tardó tres.', 'patient-relationship', 'el suyo'),
        ('en', 'The ER was a nightmare.', "In general we sometimes must refer people, and that's why we sent your son to the emergency room.", 'records-billing', 'we sent your'),
    ],
    'echo-a-belief-about-everyone': [
        ('en', 'The kids used to be so scared of the dentist.', "We believe no child should feel fear here, and we're glad your son isn't scared anymore.", 'patient-relationship', 'child'),
        ('es', 'Mis hijos le tenían miedo al dentista.', 'Creemos que ningún niño debería pasar miedo, pero el suyo lo pasó muy mal aquel día.', 'patient-relationship', 'el suyo'),
    ],
    'echo-each-time-and-rooms-for-a-kind-of-care': [
        ('en', 'Are the sleep study rooms private?', 'Our technologist explained every step to you before the study began.', 'treatment-disclosure', 'study'),
        ('en', 'Are the sleep study rooms private?', 'Our technologists explain every step to everyone before the study begins tomorrow.', 'treatment-disclosure', 'study'),
        ('es', '¿Los cuartos del estudio del sueño son privados?', 'Su habitación para el estudio del sueño era privada.', 'treatment-disclosure', 'estudio del sueño'),
        ('es', '¿Los cuartos del estudio del sueño son privados?', 'La habitación para su estudio del sueño estará lista el lunes.', 'treatment-disclosure', 'estudio del sueño'),
    ],
    'echo-a-topic-hard-for-anyone': [
        ('en', 'The vaccine schedule is confusing.', 'We know the vaccine schedule felt complicated for you.', 'treatment-disclosure', 'vaccine schedule'),
        ('es', 'El calendario de vacunas es confuso.', 'Sabemos que los calendarios de vacunas pueden resultar confusos, y nos alegra que ya tenga las vacunas al día.', 'treatment-disclosure', 'vacunas'),
        ('en', 'The referral took forever.', 'We know your referral felt slow.', 'patient-relationship', 'your referral'),
    ],
    'echo-a-kind-of-place': [
        ('en', 'Great fertility clinic.', 'We know your first call to a fertility clinic felt overwhelming.', 'treatment-disclosure', 'fertility'),
        ('en', 'Great fertility clinic.', 'She was referred to a fertility clinic last spring.', 'treatment-disclosure', 'fertility'),
        ('es', 'Clínica de fertilidad muy humana.', 'Su primera consulta de fertilidad fue abrumadora, lo sabemos.', 'patient-relationship', 'Su primera consulta'),
        ('en', 'Great fertility clinic.', "Reaching out to a fertility practice can feel overwhelming, and we're thrilled the transfer worked.", 'treatment-disclosure', 'fertility'),
    ],
    'empathy-with-a-kind-of-moment': [
        ('en', 'Refills take forever.', 'We understand the frustration around your refill.', 'treatment-disclosure', 'refill'),
    ],
}

# class -> (language, review, reply) that must pass with the review as context
ECHO_PASSES: dict[str, list[tuple[str, str, str]]] = {
    'echo-practice-follows-guidelines': [
        ('en', "Wouldn't give my son antibiotics.", "Our doctors follow evidence-based prescribing guidelines on antibiotic use, and they're glad to explain them to any family."),
        ('es', 'No le quisieron dar antibióticos a mi hijo.', 'Nuestros pediatras siguen las guías pediátricas vigentes sobre el uso de antibióticos.'),
    ],
    'echo-what-usually-happens': [
        ('en', 'Mole biopsy results took forever.', 'In general, biopsy reports can take about a week, and our team calls as soon as a physician has read them.'),
        ('es', 'Los resultados de la biopsia tardaron muchísimo.', 'Por lo general, los informes de biopsia pueden tardar una semana, y nuestro equipo llama en cuanto un médico los revisa.'),
        ('en', 'The ER was a nightmare.', 'In general, urgent care centers sometimes must refer people to the emergency room when more resources are needed.'),
    ],
    'echo-a-belief-about-everyone': [
        ('en', 'The kids used to be so scared of the dentist.', 'We believe a visit to the dentist should never be a reason for fear, especially for little ones.'),
        ('es', 'Mis hijos le tenían miedo al dentista.', 'Creemos que ir al dentista nunca debería ser motivo de miedo para ningún niño.'),
    ],
    'echo-each-time-and-rooms-for-a-kind-of-care': [
        ('en', 'Are the sleep study rooms private?', 'Our technologists walk everyone through each step before the study starts.'),
        ('es', '¿Los cuartos del estudio del sueño son privados?', 'Todas las salas para estudios del sueño tienen baño propio.'),
        ('es', '¿Los cuartos del estudio del sueño son privados?', 'Nuestros técnicos explican cada paso a todas las personas antes de que empiece el estudio.'),
    ],
    'echo-a-topic-hard-for-anyone': [
        ('en', 'The vaccine schedule is confusing.', "We know vaccine schedules can feel confusing, and you're not the only one who feels that way."),
        ('es', 'El calendario de vacunas es confuso.', 'Sabemos que los calendarios de vacunas pueden resultar confusos, y no es usted la única persona que lo piensa.'),
        ('en', 'The referral took forever.', 'We know referral timelines can feel slow.'),
    ],
    'echo-a-kind-of-place': [
        ('en', 'Great fertility clinic.', 'We know calling a fertility clinic for the first time can feel overwhelming.'),
        ('es', 'Clínica de fertilidad muy humana.', 'Sabemos que llamar a una clínica de fertilidad puede resultar abrumador.'),
    ],
    'empathy-with-a-kind-of-moment': [
        ('es', 'El resurtido tardó muchísimo.', 'Entendemos lo molesto que es esperar por un resurtido.'),
        ('en', 'Refills take forever.', 'We understand the frustration around prescription refills.'),
    ],
}


# rules-fb2 (dev72, dev73): generic statements in wordings nobody wrote yet. The practice's
# habit or a rule of its care ("we always...", "X is only ever recommended after...", "families
# are always free to..."), a kind of care as an investment, stock that varies, people in
# general ("lots of kids feel nervous", "para que los niños se sientan seguros durante la
# consulta", "it saves people a trip"), a list of the practice's own verbs after "tries to",
# booking in the plural ("you can also request appointments"), a change of the practice's own
# ("the recent staff changes", "el cambio en el horario de los sábados"). Still blocked: the
# reader, one person, a past or a day, what works for a condition.
ECHO_BLOCKED.update({
    'echo-practice-habit': [
        ('en', 'They pushed sedation on my daughter.', 'Sedation was only recommended after we talked with you.', 'treatment-disclosure', 'Sedation'),
        ('en', 'They pushed sedation on my daughter.', 'We always recommend sedation for kids like your daughter.', 'patient-relationship', 'your daughter'),
        ('en', 'They pushed sedation on my daughter.', 'We always recommend sedation, and we recommended it last week too.', 'treatment-disclosure', 'sedation'),
        ('es', 'Le pusieron sedación a mi hija sin preguntar.', 'La sedación de su hija solo se recomienda después de hablar con usted.', 'treatment-disclosure', 'sedación'),
        ('es', 'Le pusieron sedación a mi hija sin preguntar.', 'Siempre recomendamos la sedación, y ayer se la recomendamos a ella.', 'treatment-disclosure', 'sedación'),
        ('es', 'El dolor de espalda no se me quita.', 'Muchas personas notan que los estiramientos siempre alivian el dolor de espalda.', 'treatment-disclosure', 'dolor de espalda'),
    ],
})
ECHO_PASSES.update({
    'echo-practice-habit': [
        ('en', 'They pushed sedation on my daughter.', 'Sedation is only ever recommended after a conversation about every alternative, and parents are always free to say no.'),
        ('en', 'They pushed sedation on my daughter.', 'Sedation is never offered as a first option.'),
        ('en', 'Nobody wanted to give me a second opinion.', 'We always welcome second opinions and can send images to any dentist a person picks.'),
        ('en', 'They ran out of the flu vaccine.', 'Flu vaccine supply can vary through the season, so we post availability on our website.'),
        ('es', 'Le pusieron sedación a mi hija sin preguntar.', 'La sedación solamente se recomienda tras revisar todas las opciones, y los padres siempre pueden pedir otra opinión.'),
        ('es', 'La ortodoncia de mi hijo salió carísima.', 'Sabemos que la ortodoncia es una inversión importante para cualquier familia.'),
        ('es', 'No había vacunas contra la gripe.', 'La disponibilidad de vacunas contra la gripe cambia durante la temporada, y la publicamos en nuestra página.'),
    ],
})
BLOCKED.update({
    'people-at-large': [
        ('en', "We're glad it saved you an extra trip.", 'patient-relationship', 'trip'),
        ('en', "We're glad it saved people an extra trip last week.", 'patient-relationship', 'trip'),
        ('en', 'Lots of kids were nervous that day, and we hope your son enjoyed the visit.', 'patient-relationship', 'your son'),
        ('es', 'Esperamos que los niños se hayan sentido seguros durante la consulta.', 'patient-relationship', 'durante la consulta'),
        ('es', 'Queremos que su hijo se sienta seguro durante la consulta.', 'patient-relationship', 'durante la consulta'),
        ('es', 'Los niños se sintieron muy tranquilos durante la consulta.', 'patient-relationship', 'durante la consulta'),
    ],
    'practice-change-or-plural-booking': [
        ('en', 'You can also request your next appointment by email.', 'patient-relationship', 'your next appointment'),
        ('en', 'We hope the changes to your smile are holding up.', 'treatment-disclosure', 'changes'),
        ('es', 'Lamentamos que el cambio en su tratamiento le haya decepcionado.', 'treatment-disclosure', 'cambio'),
    ],
})
PASSES.update({
    'people-at-large': [
        ('en', 'Lots of kids feel nervous at the dentist, and our hygienists try to go slowly, explain each step, and let children take breaks.'),
        ('en', 'Many families find evening hours easier, and we love that late slots spare people time off work.'),
        ('en', 'Our pharmacy window is popular, and we are glad it saves people an extra stop.'),
        ('es', 'Nuestro equipo se capacita para que los niños se sientan cómodos durante la consulta.'),
        ('es', 'Queremos que los pacientes se sientan escuchados durante la consulta.'),
        ('es', 'Muchas familias prefieren las tardes, y el equipo intenta que los niños se sientan seguros durante la revisión.'),
    ],
    'practice-change-or-plural-booking': [
        ('en', 'You can also book appointments online at any hour.'),
        ('en', 'Thank you for your thoughts on the recent schedule changes.'),
        ('en', 'We know the changes to our Saturday hours have been frustrating for many families.'),
        ('es', 'También puede pedir citas por correo electrónico.'),
        ('es', 'Lamentamos que el cambio en el horario de la tarde le haya molestado.'),
        ('es', 'Entendemos que los cambios en el personal generen preguntas.'),
    ],
})

# rules-fb2, second part: the practice's facts and prices for everyone. A prize box as the
# subject of a present description in a reply with no review anywhere; a price list ("runs
# $450 ... or $250 for custom take-home trays"); a free consultation "to review options"
# (the verb); a policy's fee ("el cargo por inasistencia puede molestar"); clinicians
# announced as joining one another at a new location. Still blocked: a review, the reader,
# one person, a day, money given back, a name the review wrote.
BLOCKED.update({
    'prize-box-as-a-fact': [
        ('en', 'Thanks for the 5 stars! The prize box is restocked.', 'review-incentive', 'prize box'),
        ('en', 'The prize box was a hit with your daughter!', 'review-incentive', 'prize box'),
        ('es', '¡Gracias por la reseña! El cofre de premios está lleno otra vez.', 'review-incentive', 'cofre de premios'),
        ('es', 'El cofre de premios le encantó a su hijo.', 'review-incentive', 'cofre de premios'),
    ],
    'price-list-for-everyone': [
        ('en', "We'll give you $50 off the trays for a review.", 'review-incentive', '$50 off'),
        ('en', 'Whitening trays are $250, and yours are ready.', 'treatment-disclosure', 'Whitening trays'),
        ('en', 'We refunded $250 for the trays last week.', 'treatment-disclosure', 'trays'),
    ],
    'free-consultation-to-review-options': [
        ('en', 'Anyone can schedule a free consultation to review options if they leave a review.', 'review-incentive', 'free consultation'),
        ('en', 'You can schedule a free consultation to review your options.', 'review-incentive', 'free consultation'),
    ],
    'policy-fee-for-everyone': [
        ('es', 'Entendemos que el cargo por inasistencia le molestó.', 'records-billing', 'el cargo'),
        ('es', 'El cargo por inasistencia de ayer se quedará en su cuenta.', 'records-billing', 'El cargo'),
        ('es', 'Nuestra política es clara. El cargo nos permite ofrecerle otro horario.', 'records-billing', 'El cargo'),
        ('en', 'Your no-show fee helps us offer those slots to others.', 'records-billing', 'no-show'),
        ('en', 'We charged the no-show fee because you missed two visits.', 'records-billing', 'no-show'),
    ],
    'clinician-joins-clinician': [
        ('es', 'La Dra. Elena Marín vio a su hija en la sede norte.', 'personal-identifier', 'Elena'),
        ('en', 'Dr. Elena Marin will see your daughter again soon.', 'personal-identifier', 'Elena'),
    ],
})
PASSES.update({
    'prize-box-as-a-fact': [
        ('en', 'Haha, the prize box is serious business around here! Our team loves making the office fun for kids of all ages.'),
        ('en', 'The treasure chest is basically our most popular staff member.'),
        ('es', '¡Jaja, el cofre de premios es cosa seria aquí! Nos encanta que el consultorio sea divertido.'),
        ('es', 'La caja de premios sigue siendo la estrella del consultorio.'),
    ],
    'price-list-for-everyone': [
        ('en', 'Professional whitening runs $450 in the office or $250 for custom take-home trays.'),
        ('en', 'Clear aligner trays start at $3,200, and payment plans are available.'),
        ('es', 'El blanqueamiento profesional cuesta $300 y las férulas para casa $150.'),
    ],
    'free-consultation-to-review-options': [
        ('en', 'We offer interest-free payment plans, and anyone can schedule a free consultation to review options.'),
        ('en', 'Families can book a complimentary consultation to review treatment options.'),
    ],
    'policy-fee-for-everyone': [
        ('es', 'Entendemos que el cargo por inasistencia puede molestar.'),
        ('es', 'Sabemos que el cargo por cancelación tardía puede resultar molesto, y por eso avisamos con dos días.'),
        ('es', 'Nuestra política es cobrar $50 por cita perdida. El cargo nos permite ofrecer ese horario a otras personas.'),
        ('en', 'The no-show fee helps us offer those slots to other families.'),
        ('en', 'We know a no-show fee can be frustrating; it exists so that others can be seen sooner.'),
    ],
    'clinician-joins-clinician': [
        ('es', 'El Dr. Nicolás Duarte se unirá a la Dra. Elena Marín en la nueva sede, así que habrá más horarios.'),
        ('en', 'Dr. Nicolas Duarte will join Dr. Elena Marin at the new location this spring.'),
        ('es', 'La Dra. Sofía Ríos se sumará al equipo de la sucursal norte en marzo.'),
    ],
})
ECHO_BLOCKED.update({
    'clinician-joins-clinician': [
        ('es', 'La Dra. Elena Marín fue muy amable con mi hija.', 'El Dr. Nicolás Duarte se unirá a la Dra. Elena Marín en la nueva sede.', 'personal-identifier', 'Elena'),
    ],
})

# Found by fresh43's first run: a right anyone has, and attention the staff give (not care).
PASSES.update({
    "a-right-anyone-has-and-the-staff-s-attention": [
        ("en", "Anyone has the right to review their health record and ask for a correction."),
        ("en", "Patients are entitled to review their records at any time."),
        ("es", "Cualquier persona tiene derecho a revisar su expediente."),
        ("es", "Esperamos que todo el personal dé su atención completa en cada sesión."),
        ("es", "Nuestro equipo dedica toda su atención a cada familia."),
    ],
})
BLOCKED.update({
    "the-reader-s-records-or-care-next-to-a-right": [
        ("en", "We reviewed your health record and found the error.", "records-billing", "reviewed your health record"),
        ("es", "Lamentamos la calidad de su atención.", "patient-relationship", "su atención"),
    ],
})
ECHO_PASSES.update({
    "echo-the-practice-looks-into-any-concern": [
        ("en", "They got my diagnosis completely wrong.", "Our medical director personally looks into any concern raised about a diagnosis."),
        ("es", "Se equivocaron con mi diagnóstico.", "Nuestro director médico revisa personalmente cualquier inquietud sobre un diagnóstico."),
    ],
})
ECHO_BLOCKED.update({
    "echo-the-practice-looked-into-one-case": [
        ("en", "They got my diagnosis completely wrong.", "Our medical director looked into the diagnosis.", "treatment-disclosure", "diagnosis"),
        ("en", "They got my diagnosis completely wrong.", "Our medical director personally looks into your diagnosis.", "patient-relationship", "your diagnosis"),
    ],
})

# A season that is also a given name (like Summer, Autumn, Winter), opening a sentence.
PASSES.update({
    "a-season-opening-a-sentence": [
        ("en", "Spring pollen counts can be tough on a lot of people."),
        ("en", "Thanks! Spring can be a hard season for allergies, and our hours stay the same."),
    ],
})
BLOCKED.update({
    "a-season-name-as-a-person": [
        ("en", "Thank you, Spring!", "personal-identifier", "Spring"),
    ],
})
