"""Classes the 2026-11-28 (fourth) session found in fresh44's leftovers, the held-out batch
fresh45 (first run in `cases_probe/fresh45_FIRST_RUN.txt`) and the dev batches dev74 (children
and families), dev75 (allergy, ENT, hearing, skin, sleep) and dev76 (urgent care, therapy,
billing), each in wordings of our own. Checked by `test_structure.py` like the other tables
(the ECHO_ tables with the review as context).

Lead's classes: the practice's name as the subject of "accepts <insurer>"; a clinical word
before "technology"; a season or month opening a review sentence is a time, not a name; a
relative clause about people at large ("para quienes han tenido miedo"); "sus familias" (each
person has one family: many people's, not the reader's); the staff at work at a time ("cada
persona que llegó a trabajar esa semana"); a season as a stretch of time, not people ("toda
la primavera"); a remedy said to make a difference for most people; an outcome said to the
reader without a clinical word ("que ya puedas salir a correr sin estornudar")."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED: dict[str, list[tuple[str, str, str, str]]] = {
    'practice-name-accepts-an-insurer': [
        ('en', 'Lakeside Dental takes your Medicare.', 'records-billing', 'Medicare'),
        ('en', 'Lakeside Dental billed your Medicaid plan.', 'records-billing', 'Medicaid'),
    ],
    'a-remedy-makes-a-difference-for-most': [
        ('en', 'Honestly, a daily non-drowsy antihistamine from April to June makes a real difference for most people.', 'medical-advice', 'antihistamine from April to June makes a real difference'),
        ('en', 'Ibuprofen before bed does wonders for a sore jaw.', 'medical-advice', 'Ibuprofen before bed does wonders'),
        ('es', 'Un antihistamínico cada mañana hace una gran diferencia en primavera.', 'medical-advice', 'antihistamínico cada mañana hace una gran diferencia'),
    ],
    'outcome-through-a-season': [
        ('es', '¡Qué alegría que ya puedas salir a pasear todo el verano sin estornudar!', 'treatment-disclosure', 'estornudar'),
        ('es', 'Nos alegra que ya pueda dormir toda la noche durante el invierno.', 'treatment-disclosure', 'alegra que ya pueda dormir'),
        ('en', 'So glad you can go hiking every weekend again!', 'patient-relationship', 'again'),
    ],
    'staff-at-work-or-the-reader': [
        ('es', 'Nos alegra que lo atendimos cuando estuvimos abiertos esa tarde.', 'patient-relationship', 'lo atendimos'),
        ('es', 'Esperamos que su familia esté mejor desde esa semana.', 'treatment-disclosure', 'esté mejor'),
    ],
    'sus-familias-or-the-reader-s': [
        ('es', 'Gracias por confiarnos la salud de sus familias desde hace años.', 'patient-relationship', 'Gracias por confiarnos'),
        ('es', 'Le esperamos de vuelta con su familia el lunes.', 'patient-relationship', 'Le esperamos'),
    ],
}

BLOCKED.update({
    'a-portuguese-sentence-among-others': [
        ('en', 'We offer interpreters in many languages. Também temos atendimento em português todos os dias.', 'unsupported-language', 'Também temos atendimento em português todos os dias'),
        ('es', 'Ofrecemos intérpretes en muchos idiomas. Vocês também podem ligar para nós.', 'unsupported-language', 'Vocês também podem ligar para nós'),
    ],
    'the-reader-s-trip-to-visit': [
        ('es', '¡Gracias por manejar tantas horas para visitarnos!', 'patient-relationship', 'manejar tantas horas para visitarnos'),
        ('es', 'Gracias por hacer todo ese camino para venir a vernos.', 'patient-relationship', 'hacer todo ese camino para venir a vernos'),
    ],
    'a-child-s-new-ease-after-care': [
        ('en', "We're thrilled she's breathing better since the spring.", 'treatment-disclosure', "thrilled she's breathing better"),
        ('en', "So happy to hear he's seeing more clearly at school.", 'treatment-disclosure', "happy to hear he's seeing more clearly"),
    ],
    'the-reader-s-children-met-a-requirement': [
        ('en', 'Glad both girls are up to date for camp!', 'treatment-disclosure', 'both girls are up to date'),
        ('en', 'So happy the two boys are finally all set for the season.', 'treatment-disclosure', 'the two boys are finally all set'),
        ('es', 'Qué bueno que ambos niños ya quedaron al día.', 'treatment-disclosure', 'ambos niños ya quedaron al día'),
    ],
})

# class -> (language, reply) that must pass
PASSES: dict[str, list[tuple[str, str]]] = {
    'practice-name-accepts-an-insurer': [
        ('en', 'Lakeside Dental accepts Medicare and most major insurance plans.'),
        ('en', 'Lakeside Dental is happy to take Medicaid, and our billing team can answer any coverage question.'),
        ('en', 'Great question! Lakeside Dental is in network with Delta Dental and several other carriers.'),
    ],
    'staff-at-work-at-a-time': [
        ('es', 'Estamos orgullosos de cada persona que vino a trabajar esa semana de tormenta.'),
        ('es', 'Gracias a todo el equipo que estuvo de guardia esa noche para la comunidad.'),
        ('en', 'We are proud of everyone who came in to work that week.'),
    ],
    'sus-familias-of-many-people': [
        ('es', 'Cerramos dos días para que nuestro equipo pase tiempo con sus familias, y avisamos desde principios de diciembre.'),
        ('es', 'Nuestros terapeutas también son padres, y entienden lo que significa organizar sus vidas alrededor de la escuela desde septiembre.'),
    ],
    'people-at-large-by-a-relative-clause': [
        ('es', 'Creemos que ir al dentista debe ser tranquilo para todos, sobre todo para quienes han tenido miedo antes.'),
        ('es', 'Tenemos un cuarto silencioso para las personas que sienten ansiedad en la sala de espera.'),
        ('en', 'A visit should feel calm for everyone, especially for those who have felt anxious before.'),
    ],
    'a-season-is-a-time-not-people': [
        ('es', 'Abrimos todos los sábados de la primavera para todas las familias.'),
        ('en', 'We stay open late every summer so families can come after work.'),
    ],
}

# class -> (language, review, reply, rule, excerpt): checked with the review as context
ECHO_BLOCKED: dict[str, list[tuple[str, str, str, str, str]]] = {
    'echo-before-technology': [
        ('en', 'My new hearing aids changed my life.', 'We hope your hearing technology keeps up with you.', 'treatment-disclosure', 'hearing'),
    ],
    'season-opening-a-review': [
        ('en', 'Spring at the front desk was so kind to me.', 'Spring will be so happy to read this!', 'personal-identifier', 'Spring'),
    ],
    'a-name-the-review-gives-with-a-role': [
        ('en', 'Rosa the interpreter made everything easy.', 'Rosa was so happy to read this!', 'personal-identifier', 'Rosa'),
        ('es', 'Rosa, la recepcionista, fue un amor.', 'Rosa se puso feliz al leer esto.', 'personal-identifier', 'Rosa'),
    ],
}
ECHO_PASSES: dict[str, list[tuple[str, str, str]]] = {
    'echo-before-technology': [
        ('en', 'The hearing aid center here is the best in town.', 'Our audiology team works hard to keep up with the latest hearing technology for the whole community.'),
        ('es', 'El centro de audífonos es el mejor de la zona.', 'Nuestro equipo se capacita cada año en la tecnología auditiva más reciente para toda la comunidad.'),
    ],
    'season-opening-a-review': [
        ('en', 'Spring in this valley is brutal. This office saved my sanity.', 'Spring pollen counts in the valley can be tough on a lot of people, and our team works hard to help our community breathe easier.'),
        ('en', 'Summer is rough for allergies here.', 'Summer is a busy season for everyone, and we add evening hours from June to August.'),
    ],
    'a-verb-opening-a-review-is-no-name': [
        ('en', 'Hope the interpreter stays forever.', 'Hope to see more reviews like this one!'),
    ],
    'echo-people-at-large': [
        ('es', 'Mi esposo ya no le tiene miedo al dentista.', 'Creemos que ir al dentista debe ser tranquilo para todos, sobre todo para quienes han tenido miedo antes.'),
    ],
}

PASSES.update({
    'a-spanish-sentence-with-todos': [
        ('es', '¡Gracias por la reseña! Leemos todas, de verdad.'),
        ('es', 'Ampliamos el horario para que todas las familias consigan cita más fácilmente.'),
    ],
    'children-in-general-meet-requirements': [
        ('en', 'Our goal is that the kids in our community are up to date before school starts.'),
        ('es', 'Nuestra meta es que los niños estén al día antes de clases.'),
        ('es', 'Sabemos que muchas familias manejan horas para vernos, y lo agradecemos.'),
    ],
})

BLOCKED.update({
    'a-dutch-sentence-among-english-ones': [
        ('en', 'Thanks for the note! Ons team is er altijd voor u.', 'unsupported-language', 'Ons team is er altijd voor u'),
        ('en', 'We appreciate it. Wij hebben uw bezoek graag gehad.', 'unsupported-language', 'Wij hebben uw bezoek graag gehad'),
    ],
    'credit-given-to-the-reader': [
        ('en', "We'll add a credit to the account for the trouble.", 'review-incentive', 'credit'),
        ('es', 'Le daremos un crédito por las molestias.', 'review-incentive', 'crédito'),
    ],
})
PASSES.update({
    'acronyms-in-a-spanish-sentence': [
        ('es', 'Aceptamos tarjetas HSA y FSA, además de efectivo.'),
        ('es', 'Trabajamos con planes PPO y HMO de varias aseguradoras.'),
    ],
    'a-street-corner': [
        ('en', 'Our new office is at the corner of Madison and 4th, with free parking.'),
        ('es', 'La nueva sede está en la esquina de Kendall y la calle Pino.'),
    ],
    'payment-by-credit-card': [
        ('en', 'We accept credit and debit cards, HSA cards and cash.'),
        ('es', 'Aceptamos tarjetas de crédito y débito, y también efectivo.'),
    ],
})

BLOCKED.update({
    'a-hard-stretch-for-the-reader': [
        ('en', 'We know how rough that week was for you and your family.', 'patient-relationship', 'how rough that week'),
        ('es', 'Sabemos lo difícil que fue esa semana para usted.', 'patient-relationship', 'lo difícil que fue esa semana'),
    ],
    'the-reader-came-in': [
        ('en', 'So glad you stopped by during regular hours.', 'patient-relationship', 'you stopped by'),
        ('en', 'Thrilled you popped in during office hours to say hello.', 'patient-relationship', 'you popped in'),
    ],
})
PASSES.update({
    'a-hard-stretch-for-everyone': [
        ('en', 'The storm closed every road in the county, and we know how hard that week was for everyone.'),
        ('es', 'La nevada cerró los caminos y sabemos lo difícil que fue esa semana para todos.'),
    ],
    'staff-come-in-or-anyone-may-walk-in': [
        ('en', 'On snow days, some of our staff still come in to answer the phones.'),
        ('en', 'Sports physicals are $25 for any student; call or walk in during regular hours.'),
    ],
    'others-or-the-practice-accept-a-plan': [
        ('en', 'We know finding a dentist who accepts Medicaid can be hard in rural areas.'),
        ('en', 'Lakeside Dental participates with most Blue Cross PPO and HMO plans.'),
    ],
})

BLOCKED.update({
    'contact-with-the-reader-on-a-day': [
        ('en', 'We talked on Thursday, and we have already fixed the schedule.', 'patient-relationship', 'We talked on Thursday'),
        ('en', 'Our receptionist sat with you that afternoon to sort out the paperwork.', 'patient-relationship', 'with you that afternoon'),
        ('en', 'We listened to all your voicemails this morning.', 'patient-relationship', 'listened to all your voicemails'),
        ('en', 'Your two emails went unanswered because of a server problem.', 'patient-relationship', 'Your two emails went unanswered'),
        ('es', 'Conversamos el jueves y ya corregimos la agenda.', 'patient-relationship', 'Conversamos el jueves'),
        ('es', 'Sus dos correos quedaron sin respuesta por un problema del servidor.', 'patient-relationship', 'Sus dos correos quedaron sin respuesta'),
    ],
})
PASSES.update({
    'calls-anyone-may-make': [
        ('en', 'We welcome your calls anytime and return every voicemail within a business day.'),
        ('en', 'If your calls went unanswered during the phone outage, we are sorry.'),
        ('es', 'Esperamos sus llamadas y respondemos todos los mensajes en un día hábil.'),
        ('es', 'Hablamos español e inglés todos los días.'),
    ],
})

BLOCKED.update({
    'the-team-proud-of-a-child': [
        ('en', "We're all so proud of the way she sat through it.", 'treatment-disclosure', 'proud of the way she sat'),
        ('en', 'Happy 9th birthday to your little guy!', 'personal-identifier', 'Happy 9th birthday'),
    ],
})
PASSES.update({
    'the-practice-s-own-birthday': [
        ('en', 'Happy 10th birthday to us: we opened our doors in 2016!'),
        ('en', 'Most families are very proud of the practice their town has built.'),
    ],
})

# After fresh46's first run (recorded before these): a closure given as a range of dates, whom
# to ask for when calling, a notice posted in the practice's room.
BLOCKED.update({
    'a-range-with-the-reader-s-visit': [
        ('es', 'Cerramos del 24 de diciembre al 1 de enero, y por eso su cita pasó al 2.', 'patient-relationship', 'su cita'),
    ],
    'something-of-the-reader-s-posted': [
        ('en', 'Your photo is posted in our waiting room!', 'patient-relationship', 'Your photo is posted in our waiting room'),
    ],
})
PASSES.update({
    'a-closure-as-a-range-of-dates': [
        ('es', 'Un aviso para todos: cerramos del 24 de diciembre al 2 de enero.'),
        ('en', 'We close from December 24 through January 1 every year.'),
    ],
    'whom-to-ask-for-when-calling': [
        ('es', 'Llame al (555) 014-2290 y pida a Marisol que le anote en la lista de espera.'),
        ('en', 'Call (555) 014-2290 and ask Marisol to add your name to the waiting list.'),
    ],
    'a-notice-posted-in-the-practice-s-room': [
        ('es', 'Los precios están publicados en la sala de espera para todos.'),
        ('en', 'Our fees are posted in the waiting room for everyone.'),
    ],
})

# Also after fresh46's first run: a device's fit after an adjustment, a condition "dentro del
# rango", an advance-booking period is no age, "ciertos" as a quantity.
BLOCKED.update({
    'a-device-fits-after-an-adjustment': [
        ('en', 'So happy the new earmolds sit comfortable now.', 'treatment-disclosure', 'happy the new earmolds sit comfortable'),
        ('en', 'Great to hear the retainer fits better this week.', 'treatment-disclosure', 'Great to hear the retainer fits better'),
    ],
    'a-condition-within-range': [
        ('es', 'Qué bueno que la glucosa ya está dentro del rango.', 'treatment-disclosure', 'la glucosa ya está dentro del rango'),
        ('es', 'Nos alegra que por fin tenga la presión controlada.', 'treatment-disclosure', 'por fin tenga la presión controlada'),
    ],
})
PASSES.update({
    'a-condition-kept-in-range-by-anyone': [
        ('es', 'Nuestro programa ayuda a que cualquier persona mantenga la glucosa en rango.'),
    ],
    'an-advance-booking-period': [
        ('es', 'Las limpiezas se pueden reservar hasta con seis meses de anticipación.'),
    ],
    'certain-items-in-general': [
        ('es', 'Algunos laboratorios tienen retrasos con ciertos lentes especiales esta temporada.'),
        ('en', 'Most people feel relief after the adjustment, and our team explains what to expect.'),
    ],
})
