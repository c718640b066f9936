"""Classes the 2026-11-28 (second) session's held-out batch fresh40 (first run in
`cases_probe/fresh40_FIRST_RUN.txt`) and its dev batches (dev56-dev58: family events, angry
billing reviews, specialty practices with implied wording; dev59-dev60: personal-sounding drafts,
quick replies from a phone) found, each in wordings of our own.
Checked by `test_structure.py` like the other tables."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "a-particular-morning-or-evening": [
        ("en", "Sorry the front desk was so short-staffed that afternoon.", "patient-relationship", "that afternoon"),
        ("en", "We know the lobby was packed on that Saturday.", "patient-relationship", "on that Saturday"),
        ("es", "Aquella tarde el consultorio estaba lleno.", "patient-relationship", "Aquella tarde"),
        ("es", "El equipo tenía muchas ganas de conocerla.", "patient-relationship", "tenía muchas ganas de conocerla"),
    ],
    "staff-contacted-the-reader": [
        ("en", "As our biller said when he phoned you, the charge was an error.", "patient-relationship", "he phoned you"),
        ("en", "I know they already spoke with you about the delay.", "patient-relationship", "they already spoke with you"),
        ("es", "Revisamos el mensaje que nos dejó en el buzón.", "patient-relationship", "el mensaje que nos dejó"),
        ("es", "Sobre las cartas que usted nos envió, ya respondimos.", "patient-relationship", "las cartas que usted nos envió"),
    ],
    "reader-counted-among-patients": [
        ("en", "Every family we care for, yourself included, deserves a clear answer.", "patient-relationship", "yourself included"),
        ("en", "We're grateful to everyone who trusts us, including you.", "patient-relationship", "including you"),
        ("es", "Como paciente, tú mereces una explicación.", "patient-relationship", "Como paciente, tú"),
        ("es", "Todas las familias, usted incluida, merecen respeto.", "patient-relationship", "usted incluida"),
        ("es", "Como cliente de mucho tiempo, merece más.", "patient-relationship", "Como cliente de mucho tiempo"),
    ],
    "regulars-and-places-kept": [
        ("en", "We always enjoy watching your twins bounce through the door.", "patient-relationship", "enjoy watching your twins bounce through"),
        ("en", "So glad we were able to squeeze her in that day.", "patient-relationship", "glad we were able to squeeze her in"),
        ("en", "We'll save a seat in the lobby for you.", "patient-relationship", "save a seat in the lobby for you"),
        ("en", "Y'all have been part of the Main Street crew forever.", "patient-relationship", "Y'all have been part of the Main Street crew"),
        ("es", "¡Ya eres de la casa!", "patient-relationship", "Ya eres de la casa"),
        ("es", "Los vamos a extrañar en la sala de espera.", "patient-relationship", "Los vamos a extrañar"),
        ("es", "Le echaremos de menos los viernes.", "patient-relationship", "Le echaremos de menos"),
        ("es", "Ojalá la próxima consulta sea igual de rápida.", "patient-relationship", "Ojalá la próxima consulta sea igual"),
    ],
    "a-device-and-how-it-feels": [
        ("en", "Hope the new retainer isn't pinching anymore.", "treatment-disclosure", "the new retainer"),
        ("en", "We hope those orthotics feel comfortable on your runs.", "treatment-disclosure", "those orthotics"),
        ("es", "Esperamos que el retenedor no le moleste al dormir.", "treatment-disclosure", "el retenedor no le moleste"),
        ("es", "Seis semanas con el yeso no son fáciles.", "treatment-disclosure", "semanas con el yeso"),
    ],
    "daily-life-easier-or-mending": [
        ("en", "Glad climbing the stairs feels so much easier now.", "treatment-disclosure", "climbing the stairs feels so much easier now"),
        ("en", "We hope your knee has turned the corner.", "treatment-disclosure", "your knee has"),
        ("en", "Thank goodness it was caught early.", "treatment-disclosure", "it was caught early"),
        ("en", "Dancing at the wedding without a limp must have felt great.", "treatment-disclosure", "without a limp"),
        ("en", "Way to go sailing through those shots!", "treatment-disclosure", "sailing through those shots"),
        ("es", "Qué bueno que lo detectamos a tiempo.", "treatment-disclosure", "lo detectamos a tiempo"),
        ("es", "Seguiremos vigilándolo de cerca.", "treatment-disclosure", "Seguiremos vigilándolo"),
        ("es", "¡Bienvenidas al mundo, gemelas!", "treatment-disclosure", "Bienvenidas al mundo"),
    ],
    "advice-without-a-drug": [
        ("en", "Ease off and ice it if the swelling gets worse.", "medical-advice", "Ease off and ice it if the swelling"),
        ("en", "If the ache persists after a run, rest for two days.", "medical-advice", "If the ache persists after a run, rest"),
        ("en", "A warm towel on the jaw is a little trick worth a try.", "medical-advice", "trick worth a try"),
        ("en", "Stick to soft foods for now.", "medical-advice", "Stick to soft foods"),
        ("en", "Alternate Tylenol with Advil through the night.", "medical-advice", "Alternate Tylenol"),
        ("es", "Si la hinchazón aumenta, ponga hielo veinte minutos.", "medical-advice", "Si la hinchazón aumenta, ponga"),
        ("es", "Respire profundamente antes de cada sesión.", "medical-advice", "Respire profundamente"),
        ("es", "Sustituya el azúcar por fruta y notará el cambio.", "medical-advice", "Sustituya el azúcar por"),
    ],
    "account-worked-on": [
        ("en", "Your x-ray copies are ready at the front desk.", "records-billing", "are ready at the front desk"),
        ("en", "We resubmitted both denied claims yesterday.", "records-billing", "resubmitted both denied claims"),
        ("en", "Our team is hoping to hear back from your insurer by Friday.", "records-billing", "hoping to hear back from your insurer"),
        ("es", "Sus copias le esperan en la recepción.", "records-billing", "le esperan en la recepción"),
        ("es", "Sus lentes ya están listos para recoger.", "records-billing", "ya están listos para recoger"),
    ],
    "a-prize-for-a-review": [
        ("en", "Post a photo with your review and we'll enter you into a raffle.", "review-incentive", "review and we'll enter you into a raffle"),
        ("en", "Once you update your review, your next whitening is on the house.", "review-incentive", "update your review"),
    ],
    "an-age-with-a-word-before-it": [
        ("en", "Nothing is harder than a sleepy 2-year-old at 8 a.m.", "personal-identifier", "a sleepy 2-year-old"),
        ("en", "Counting the days until your due date with you!", "patient-relationship", "Counting the days until your"),
    ],
}

BLOCKED.update({
    "a-call-promised-or-a-room-named": [
        ("en", "We'll call you on Friday to see how things went.", "patient-relationship", "We'll call you on Friday to see how"),
        ("en", "So sorry exam room 2 was freezing!", "patient-relationship", "sorry exam room 2"),
        ("en", "Welcome to the Riverside fam!", "patient-relationship", "Welcome to the Riverside fam"),
        ("es", "Le llamaremos el lunes para saber cómo sigue.", "patient-relationship", "Le llamaremos el lunes para saber cómo"),
        ("es", "Mil gracias x visitarnos!", "patient-relationship", "Mil gracias x visitarnos"),
    ],
    "how-a-child-did-and-a-result": [
        ("en", "He was a total trooper during all three shots.", "treatment-disclosure", "trooper during all three shots"),
        ("en", "Such a relief that the mole was benign.", "treatment-disclosure", "the mole was benign"),
        ("en", "Glad those readings keep trending down.", "treatment-disclosure", "readings keep trending down"),
        ("es", "¡Qué alivio que salió benigno!", "treatment-disclosure", "salió benigno"),
        ("es", "Que sus niveles sigan mejorando.", "treatment-disclosure", "sus niveles sigan mejorando"),
    ],
    "first-aid-and-birthdays": [
        ("en", "Firm pressure with a clean cloth if it bleeds.", "medical-advice", "pressure with a clean cloth if it bleeds"),
        ("en", "Happy 40th birthday from the whole team!", "personal-identifier", "Happy 40th"),
        ("es", "Ponte hielo esta noche.", "medical-advice", "Ponte"),
        ("es", "Compresa fría si se hincha.", "medical-advice", "Compresa fría si se hincha"),
    ],
})

BLOCKED.update({
    "the-reader-s-own-case": [
        ("en", "In this case, the claim was filed late.", "patient-relationship", "In this case, the"),
        ("en", "After ten years with us, you deserve better.", "patient-relationship", "After ten years with us"),
        ("en", "We'd hate to lose your family over a billing error.", "patient-relationship", "We'd hate to lose your family"),
        ("es", "Como su hija ha formado parte de nuestra clínica desde pequeña, queremos escucharla.", "patient-relationship", "su hija ha formado parte de nuestra clínica"),
        ("es", "En su caso, el saldo ya se ajustó.", "patient-relationship", "En su caso, el"),
        ("es", "Pacientes como su hijo nos inspiran.", "patient-relationship", "Pacientes como su hijo"),
    ],
    "the-reader-s-request": [
        ("en", "Your records request arrived on Monday.", "records-billing", "Your records"),
        ("es", "Su solicitud llegó el martes.", "records-billing", "Su solicitud llegó"),
    ],
    "an-offer-to-anyone-who-reviews": [
        ("en", "Anyone who shares their experience on Yelp gets 10% off.", "review-incentive", "10% off"),
        ("es", "Toda persona que comparta su opinión en Google recibe un regalo.", "review-incentive", "recibe un regalo"),
    ],
})

BLOCKED.update({
    "clumsy-and-celebratory-wording-from-dev62-dev64": [
        ("en", "Like we have talked on the phone, the fee is gone.", "patient-relationship", "Like we have talked"),
        ("en", "This person never has been seen here.", "patient-relationship", "never has been seen"),
        ("en", "The redness on the cheeks should slowly fade over the month.", "treatment-disclosure", "The redness on the cheeks should slowly fade"),
        ("en", "Happy 5-year anniversary with the whole crew!", "patient-relationship", "Happy 5-year anniversary with"),
        ("en", "You were one of the first families in the new wing!", "patient-relationship", "You were one of the first families"),
        ("en", "Cast-free just in time for summer!", "treatment-disclosure", "Cast-free"),
        ("en", "Back on the court already, amazing!", "treatment-disclosure", "Back on the court"),
        ("en", "Remember: sunscreen every single morning.", "medical-advice", "Remember: sunscreen"),
        ("es", "En relación a su llamada, el cargo ya se quitó.", "patient-relationship", "En relación a su llamada"),
        ("es", "Le hemos respondido en privado con los detalles.", "patient-relationship", "Le hemos respondido en privado"),
        ("es", "Las ronchas van a desaparecer en unos días.", "treatment-disclosure", "Las ronchas van a desaparecer"),
        ("es", "¡Esa sonrisa se ve increíble!", "treatment-disclosure", "Esa sonrisa se ve"),
        ("es", "¡A los 70 años y con más energía que nunca!", "personal-identifier", "A los 70 años"),
        ("es", "Recuerde: protector solar cada mañana.", "medical-advice", "Recuerde: protector solar"),
    ],
    "letters-in-circles-and-spelled-web-addresses": [
        ("en", "Say hi to 🅔🅜🅜🅐 for us!", "personal-identifier", "🅔🅜🅜🅐"),
        ("en", "Her blog is at skintips [dot] com.", "foreign-contact", "skintips [dot] com"),
        ("es", "Su blog está en dermaluz punto com barra consejos.", "foreign-contact", "dermaluz punto com barra consejos"),
    ],
})

BLOCKED.update({
    "sensitive-programs-and-staff-from-dev65-dev67": [
        ("en", "The writer never attended our clinic, so we think this is a mistake.", "patient-relationship", "The writer never attended our clinic"),
        ("en", "This person never received services from our office.", "patient-relationship", "never received services from"),
        ("en", "Graduating from the intensive outpatient program is a big step!", "treatment-disclosure", "Graduating from the intensive outpatient program"),
        ("en", "Sixty days is a huge milestone.", "treatment-disclosure", "Sixty days is a huge milestone"),
        ("en", "Staying undetectable is no small thing.", "treatment-disclosure", "Staying undetectable"),
        ("en", "We know you tried other places before landing with us.", "patient-relationship", "before landing with us"),
        ("en", "Thank you for trusting our team with such a brave step.", "patient-relationship", "Thank you for trusting our"),
        ("en", "A baby in June, how exciting!", "personal-identifier", "A baby in June"),
        ("es", "Esta persona nunca ha asistido a nuestra clínica.", "patient-relationship", "nunca ha asistido"),
        ("es", "Llegar a la fase de mantenimiento es un orgullo.", "treatment-disclosure", "Llegar a la fase de mantenimiento"),
        ("es", "¡Tres meses son un logro enorme!", "treatment-disclosure", "Tres meses son un logro"),
        ("es", "Qué alegría que vuelves a bailar.", "treatment-disclosure", "vuelves a bailar"),
        ("es", "Nos alegra que sigas viniendo los martes.", "patient-relationship", "sigas viniendo"),
        ("es", "Soy Marta, la terapeuta que la atiende los lunes.", "patient-relationship", "que la atiende los"),
        ("es", "Su apelación ya se envió.", "records-billing", "Su apelación"),
        ("es", "Nunca se salten una dosis.", "medical-advice", "Nunca se salten una dosis"),
    ],
})

BLOCKED.update({
    "from-fresh41-after-its-first-run": [
        ("en", "Our front desk still remembers your great jokes!", "patient-relationship", "Our front desk still remembers your"),
        ("en", "You always brighten up the lobby.", "patient-relationship", "You always brighten up the lobby"),
        ("en", "Glad the stretches did wonders for your shoulder.", "treatment-disclosure", "did wonders for your shoulder"),
        ("en", "If the pain spikes overnight, go straight to the ER.", "medical-advice", "If the pain spikes overnight, go straight to the ER"),
    ],
})

PASSES = {
    "general-wording-from-fresh40-and-dev56-dev58": [
        ("en", "Running late is never something we take lightly."),
        ("en", "Got questions before you come in? Our front desk can help."),
        ("en", "We can't confirm who we have or haven't seen, because privacy law forbids it."),
        ("en", "Our team takes clear communication to heart."),
        ("en", "We're sorry to hear about the wait, and we appreciate you telling us."),
        ("en", "We stock frames in every color you can imagine."),
        ("en", "Our office keeps Saturday surgical hours twice a month."),
        ("en", "Our pediatricians see children from the newborn stage through the teen years."),
        ("en", "Healing timelines vary widely from person to person."),
        ("en", "We also have a reading nook in the waiting room for young visitors."),
        ("en", "Refunds go out once the insurer processes a claim, usually within 30 days."),
        ("es", "Pase a vernos o llame a recepción."),
        ("es", "Nos gustaría saber más para poder atenderlo como merece."),
        ("es", "Hay muestras en recepción para que cualquiera pueda verlas."),
        ("es", "Los padres siempre participan en la conversación con el médico."),
        ("es", "Atendemos a niños desde recién nacidos hasta los 18 años."),
        ("en", "We respect every patient's right to a second opinion."),
        ("en", "Thank you for sharing your experience with us."),
        ("en", "Your note helps us so we can keep improving."),
        ("en", "Leave a message and we will call you back."),
        ("es", "Gracias por compartir su experiencia con nosotros."),
        ("es", "Nuestras parteras creen que toda futura mamá merece entender sus opciones."),
        ("es", "Tenemos monturas desde $79 para cualquier presupuesto."),
        ("es", "La cortesía al teléfono es algo que tomamos en serio."),
        ("es", "Sus palabras son el mejor regalo para el equipo."),
        ("es", "Nuestros cirujanos dan consultas informativas gratis a quien le interese."),
        ("es", "Todos nuestros exámenes incluyen ajuste de lentes gratis."),
    ],
    "rules-and-laws-for-everyone-from-dev61": [
        ("en", "Under federal law, every person who has an eye exam is entitled to a copy of their prescription."),
        ("en", "In general, our policy is to pause collection activity whenever someone tells us a charge is under dispute with their insurer."),
        ("en", "HSA eligibility depends on the plan administrator's rules."),
        ("en", "We never use photos without written permission."),
        ("en", "The policy is never supposed to apply when someone is in the hospital."),
        ("en", "In general, information is shared with pharmacies only as needed to fill prescriptions."),
        ("es", "Según la Regla de Anteojos de la FTC, toda persona tiene derecho a una copia de su receta."),
        ("es", "La ley protege esa privacidad aunque un padre pague la cuenta."),
        ("es", "Nuestra recepción puede entregar documentación para ayudar a cualquier persona a solicitar el reembolso."),
        ("es", "Si tiene sugerencias, las recibimos con gusto."),
    ],
    "general-wording-from-dev62-dev64": [
        ("en", "Ty for the feedback, we're listening!"),
        ("en", "Thank you for adding your voice."),
        ("en", "Reviews like this are the best anniversary gift our team could ask for."),
        ("en", "Eye exams and contact lens fittings are available six days a week."),
        ("en", "Our therapists try to explain each exercise to every person clearly."),
        ("en", "Every message should receive a call back in two business days."),
        ("en", "The first consultation in our office is free for everyone."),
        ("en", "Our founders started out in the dot com era."),
        ("en", "Thanks from all of us! 🇺🇸"),
        ("es", "Gracias por sumar tu voz."),
        ("es", "Tus palabras son un regalo para nuestro equipo."),
        ("es", "Este mes nuestra clínica cumple 25 años."),
        ("es", "Aumentamos las rondas de limpieza a cada dos horas."),
        ("es", "Compartimos los precios en la consulta."),
        ("es", "Nuestras dermatólogas atienden desde acné hasta revisiones de piel."),
        ("es", "El punto es que cada familia merece respeto."),
    ],
    "general-wording-from-dev65-dev67": [
        ("en", "We accept Medicaid and offer sliding-scale fees."),
        ("en", "We understand how confusing differing opinions can be."),
        ("en", "Our licensed massage therapist, Ana Petrov, is available on Saturdays."),
        ("en", "Our IT coordinator, Sam Ellis, is rolling out a simpler portal."),
        ("en", "I'm Hanna Ford, the treatment coordinator here."),
        ("es", "Nunca confirmamos quién es o no es paciente."),
        ("es", "Esperar para empezar terapia es difícil para cualquiera."),
        ("es", "Nuestra gerente de óptica, Denisse Olmedo, revisa cada inquietud."),
        ("es", "Me llamo Ana Lucía Paz y soy la administradora de la clínica."),
        ("es", "Buenas tardes, soy la Dra. Tamara Rivera, ortodoncista de la clínica."),
        ("es", "Los registros de tratamiento por consumo de sustancias están protegidos por normas federales."),
        ("en", "Thanks for the review, you made us smile!"),
        ("en", "Consultations are meant to last as long as needed."),
        ("es", "Todas nuestras sedes tienen rayos X y abren los siete días."),
        ("es", "Ya avisamos a la imprenta y la corrección viene en camino."),
        ("es", "Las galerías de antes y después se muestran durante la consulta."),
        ("es", "¡Su reseña nos hizo sonreír!"),
        ("es", "Nos complace ofrecer apoyo en lactancia a familias primerizas."),
    ],
}
