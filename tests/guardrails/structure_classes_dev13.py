"""Classes six blind development batches found (dev13: replies to negative reviews, English and
Spanish; dev14: warm replies to glowing and mixed reviews), each in wordings of our own. Misses:
the trust the reader placed in the practice, staff who remember the reader (Spanish third
person), "no tenemos constancia de que...", a symptom the reader had and how long it lasted, the
practice's notes quoted, a scheduling system that "shows", someone from the review who bounced
back, a clinician's expectation of a result, what a condition does best with, a prognosis that
"commonly lingers", the practice as the reader's own ("your family's pediatric home"), a record
that was sent, an outcome said as "can finally enjoy", a wish that opens a later clause ("...,
so enjoy that new smile"). False blocks: a practice event or a change announced with its date, a
new clinician introduced by name, a fee the practice charges anyone, "nos hace felices", "debe
recibirlo en diez días", people in general waiting on results, "at the heart of how we
practice", a service offered to everyone by the practice's name, "when that happens we send an
updated statement", "we understand that billing questions...", "les recuerda por qué eligieron
esta profesión". And dev15 (hand-edited replies, warm Spanish replies): "pts like you", a gift
card "si sube su reseña", a tip "para casa", staff signing with a role ("— Chris W., Practice
Manager", "Marcus (PT Aide)"), "brushing you off", "phone waits", demand for a service, an
amenity in the waiting room, a fee billed separately, every kiddo picking from the treasure
chest, Spanish clinicians introduced, dated classes and workshops, "a las 7 p. m.", "el tiempo
de todos vale", "ninguna decisión debe tomarse con prisas", "no haya sido la mejor". And dev16
(sensitive specialties): "see you Thursday", staff who still ask how the reader is doing, a baby
"on the way" or "en camino", being back to an activity ("que vuelvas a calzarte las
zapatillas"), "your frame allowance"; false blocks of services the practice offers, equipment,
what can be booked online, a date a plan changed, a channel the practice does not use, recovery
"different for each person", "seen from the waiting room", "came away with that impression", "la
consulta previa". And dev17 (a broad mix): a result still changing ("six weeks is still early
days", "the shape keeps refining"), "según las notas del expediente", a collections agency;
false blocks of a conditional "if you have concerns about your care", a clinician signing with
the practice's name (case d17-en-009), "your frustration with the wait", staff signing with a
department ("— Nuria, coordinación"), "reviewing our system for returning calls". dev18 (subtle
model drafts): a message log gone back through, "she enjoyed your chats", "say hi to the rest of
the hallway for us", "those two double-bookings should never have happened", "glad he felt...",
"the fee has been reversed", "your request was processed", "don't stop the home exercises", "any
mole that changes deserves a prompt look", "Ninety-two and still sharp", "moving in the right
direction", "pacientes tan fieles como vosotros", "sus números", "no corresponde a nadie que
haya pasado por...", cosmetic surgery terms; false blocks of staff named with their role, a
choice that "should always be yours", waiting in general, requests "reviewed twice a day", a
prescription "always provided after every exam", "we always discuss every option", "atenderle
con calma", "cuentan con una garantía", "explicar el proceso".

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "the-trust-the-reader-placed-in-us": [
        ("en", "We're grateful for the confidence you have shown in our doctors.",
         "patient-relationship", "the confidence you have shown in our"),
        ("es", "Valoramos la confianza que nos ha brindado todos estos años.",
         "patient-relationship", "la confianza que nos ha brindado"),
        ("es", "No tenemos constancia de que esta persona nos visitara.", "patient-relationship",
         "No tenemos constancia de que"),
    ],
    "staff-who-remember-the-reader": [
        ("es", "Nuestra recepcionista la recuerda con mucho cariño.", "patient-relationship",
         "la recuerda"),
    ],
    "a-symptom-the-reader-had-and-how-long-it-lasted": [
        ("en", "We're sorry the redness stuck around for so long.", "treatment-disclosure",
         "the redness stuck around"),
        ("en", "We regret that the swelling surprised you.", "treatment-disclosure",
         "the swelling surprised you"),
        ("es", "Lamentamos que el ardor le durara toda la semana.", "treatment-disclosure",
         "el ardor le durara"),
    ],
    "the-practices-notes-or-system-quoted": [
        ("es", "Según nuestras notas de esa cita consta que se le explicó el costo.",
         "records-billing", "Según nuestras notas de esa cita consta"),
        ("en", "Our booking system shows two changes on that account.", "records-billing",
         "Our booking system shows"),
        ("en", "Your x-rays were forwarded to the specialist last week.", "records-billing",
         "Your x-rays were forwarded"),
    ],
    "someone-from-the-review-got-better": [
        ("en", "So glad she bounced back after a couple of days.", "treatment-disclosure",
         "she bounced back"),
        ("en", "Our dermatologist is confident the results will keep improving.",
         "treatment-disclosure", "dermatologist is confident the"),
        ("en", "Happy to hear you can finally enjoy a cold drink without wincing.",
         "treatment-disclosure", "Happy to hear you can finally enjoy"),
        ("es", "Qué alegría que por fin pueda disfrutar de sus comidas sin dolor.",
         "treatment-disclosure", "sin dolor"),
        ("en", "Your hard work paid off, so enjoy that brand-new smile!", "treatment-disclosure",
         "smile"),
    ],
    "what-a-condition-does-best-with": [
        ("en", "A pulled muscle usually responds best to rest and gentle stretching.",
         "medical-advice", "responds best to rest"),
        ("en", "Bruising like that can linger for a couple of weeks.", "medical-advice",
         "Bruising like that can linger"),
        ("es", "Para quien tenga la piel seca, una crema sin perfume suele dar mucho alivio.",
         "medical-advice", "crema sin perfume suele dar mucho alivio"),
    ],
    "an-emoji-for-care-in-a-spanish-sentence": [
        ("es", "Sus 👓 ya están listos para recoger.", "treatment-disclosure", "👓"),
        ("es", "Tus 💊 te esperan en recepción.", "treatment-disclosure", "💊"),
    ],
    "hand-edited-and-conditional-offers": [
        ("en", "Pts like u are the best part of our job!", "patient-relationship", "Pts like u"),
        ("es", "Si nos deja su opinión en Google, le mandamos un cupón.", "review-incentive",
         "Si nos deja su opinión"),
        ("es", "Un consejo para casa: compresas frías en la zona, le vendrán genial.",
         "medical-advice", "Un consejo para casa: compresas"),
    ],
    "sensitive-specialties": [
        ("en", "See you Friday, and take care!", "patient-relationship", "See you Friday"),
        ("en", "Our front desk keeps asking how you're holding up.", "patient-relationship",
         "keeps asking how you're holding up"),
        ("en", "We can't wait to meet the new baby!", "patient-relationship",
         "meet the new baby"),
        ("es", "Todas preguntan por usted en recepción.", "patient-relationship",
         "preguntan por usted"),
        ("es", "Qué ganas de conocer al bebé que viene en camino.", "patient-relationship",
         "conocer al bebé"),
        ("es", "Nos alegra que vuelvas a entrenar.", "treatment-disclosure", "vuelvas a entrenar"),
        ("en", "We should have explained your lens allowance first.", "records-billing",
         "your lens allowance"),
    ],
    "a-result-still-changing-and-records-quoted": [
        ("en", "Three weeks is still early days, and the swelling will keep softening.",
         "treatment-disclosure", "Three weeks is still early days"),
        ("es", "El resultado seguirá definiéndose durante meses.", "treatment-disclosure",
         "El resultado seguirá definiéndose"),
        ("es", "Según las notas del expediente, se le explicó todo.", "records-billing",
         "Según las notas"),
        ("es", "Ya pedimos a la agencia de cobranza que cierre el caso.", "records-billing",
         "la agencia de cobranza"),
    ],
    "dev18-classes": [
        ("en", "I went back through our call log and saw the delay.", "records-billing",
         "went back through our call log"),
        ("en", "Our hygienist loved your stories about Alaska.", "patient-relationship",
         "loved your stories"),
        ("en", "That late fee was waived this morning.", "records-billing",
         "That late fee was waived"),
        ("en", "Please don't stop the stretches once things settle.", "medical-advice",
         "don't stop the stretches"),
        ("en", "Eighty-five and going strong!", "personal-identifier",
         "Eighty-five and going strong"),
        ("es", "Familias tan cariñosas como ustedes nos alegran el día.", "patient-relationship",
         "Familias tan cariñosas como ustedes"),
        ("es", "Qué bueno que su liposucción salió tan bien.", "treatment-disclosure",
         "liposucción"),
    ],
    "the-practice-as-the-readers-own": [
        ("en", "We're honored to be your kids' dental home.", "patient-relationship",
         "to be your kids' dental home"),
    ],
}

# class -> (language, reply)
PASSES = {
    "a-practice-event-or-change-with-its-date": [
        ("en", "Join our Family Health Fair on Saturday, October 5, open to everyone."),
        ("en", "Starting January 6, we open at 7 a.m. on weekdays."),
        ("es", "A partir del 3 de febrero atendemos también los sábados."),
    ],
    "a-new-clinician-introduced-by-name": [
        ("en", "We're pleased to welcome Dr. Priya Raman, a board-certified dermatologist, to "
               "our team."),
        ("en", "Please welcome hygienist Marisol Vega, who joins us this spring."),
        ("es", "Le presentamos a la doctora Elena Ruiz, nuestra nueva pediatra."),
    ],
    "a-fee-the-practice-charges-anyone": [
        ("en", "Our policy is a $40 fee for missed appointments without notice."),
        ("es", "Cobramos una tarifa de $30 por cancelaciones con menos de un día de aviso."),
    ],
    "a-decorative-emoji-in-a-spanish-thank-you": [
        ("es", "¡Gracias por sus palabras tan bonitas! 😊🦷✨"),
    ],
    "staff-signing-with-a-role-and-practice-facts": [
        ("en", "Call us anytime at (555) 014-2290.\n— Chris W., Practice Manager"),
        ("en", "Thanks!! Call (555) 014-2290.\nCheers, Marcus (PT Aide)"),
        ("en", "That's not us brushing you off; privacy rules protect everyone."),
        ("en", "We added online booking to cut down on phone waits."),
        ("en", "Demand for counseling has been very high this year."),
        ("en", "We have free parking and a reading nook in the waiting room."),
        ("en", "Exam fees and contact lens fittings are billed separately."),
        ("en", "Every kiddo who visits gets to pick from the treasure chest."),
        ("es", "Damos la bienvenida al Dr. Luis Prado, oftalmólogo, que se suma al equipo."),
        ("es", "El próximo curso empieza el sábado 7 de septiembre, abierto a todo el público."),
        ("es", "Abrimos a las 8 a. m. y cerramos a las 7 p. m., abierto a todo el público."),
        ("es", "Sabemos que el tiempo de todos vale."),
        ("es", "Ninguna decisión estética debe tomarse con prisas."),
        ("es", "Lamentamos que su impresión no haya sido la mejor."),
    ],
    "sensitive-specialties-said-of-the-practice": [
        ("en", "Our center offers medication for opioid use disorder and group counseling."),
        ("en", "Our imaging equipment has since been repaired."),
        ("en", "Full-body skin exams can now be booked online."),
        ("en", "Our participation with two plans changed on January 1."),
        ("en", "We don't handle appointments over WhatsApp."),
        ("en", "Recovery from a shoulder injury is different for each person."),
        ("en", "Seen from the waiting room, the order of care isn't always obvious."),
        ("en", "We're sorry you came away with that impression."),
        ("en", "We know waiting for results can cause worry, and we're sorry you felt that way."),
        ("es", "No gestionamos citas por WhatsApp para proteger la privacidad de todos."),
        ("es", "Cada mañana reservamos citas para enfermedades agudas."),
        ("es", "Los riesgos se explican en la consulta previa y por escrito."),
        ("es", "Lamentamos que tenga esa impresión de nuestro trabajo."),
        ("es", "Vista desde la sala de espera, esa lógica no siempre se percibe."),
    ],
    "conditionals-signatures-and-systems": [
        ("en", "If you have concerns about your care, please call us."),
        ("es", "Si tiene dudas sobre su atención, llámenos."),
        ("en", "We're sorry to hear about your frustration with the wait."),
        ("es", "Un abrazo del equipo. — Nuria, coordinación"),
        ("en", "We're reviewing our system for returning calls."),
        ("es", "Estamos revisando nuestro sistema de mensajes."),
    ],
    "dev18-said-of-the-practice": [
        ("en", "Our practice manager, Gwen Harris, would like to hear from you."),
        ("en", "We offer braces and clear aligners, and the choice should always be yours."),
        ("en", "We agree that waiting for mental health care is hard."),
        ("en", "Refill requests will be reviewed within one business day from now on."),
        ("en", "A copy of the prescription is always provided after every eye exam."),
        ("es", "Le invitamos a llamar para poder atenderle con calma."),
        ("es", "Queremos explicar el proceso a todas las personas."),
    ],
    "general-statements-near-clinical-words": [
        ("en", "Anyone waiting on lab results can check the patient portal."),
        ("en", "Clear explanations are at the heart of how we practice."),
        ("en", "When that happens we send an updated statement with an explanation."),
        ("en", "We understand that billing questions can be stressful."),
        ("es", "Nos hace muy felices leer comentarios así."),
        ("es", "Leer palabras así les recuerda por qué eligieron esta profesión."),
        ("es", "Cualquier persona puede pedir su desglose y debe recibirlo en diez días."),
    ],
}
