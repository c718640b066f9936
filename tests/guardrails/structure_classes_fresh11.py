"""Classes the held-out batches fresh11 to fresh17 found on their first runs
(tests/guardrails/cases_probe/fresh11_FIRST_RUN.txt), each in wordings of our own. Misses: a
denial said of "anyone who has ever been treated", a search of the practice's system for the
reviewer's name, a body part and a result next to "every lap" or "every photo" (read as people
in general), an account referred to collections. False blocks: a treasure chest in a sentence
about kids of every age, how stressful it is to wait in general, refill requests processed in
two days, "the procedure involved" in a sentence about costs. fresh12 (first run in
`fresh12_FIRST_RUN.txt`): a condition under control ("que la presión ya esté bajo control"), the
988 or 911 line, what to do if a fever rises and "mucha agua, mucho reposo", "todas las fotos";
false blocks of "thank you for your 5-star review", a prize box at the end of every appointment
for kids, a complimentary consultation for everyone, "cualquier persona tiene derecho a... su
receta", "ya bajamos el volumen en la sala de espera". fresh13: a remedy that "takes care of
it", a process "followed in this case", staff who "recognised your name and recall you", "os
recuerda" and "teneros por aquí", "toca disfrutar esa sonrisa"; false blocks of the practice's
history by its name, "every consultation includes...", "checkups can feel scary for kids of
every age", "waits at check-in", "the patient portal", "we've extended our appointment length",
"cortesía" as courtesy, "para atenderle mejor", "cada mañana" of the team, "la limpieza, la
discreción", "nuestro sistema telefónico", free parking spaces, "cuando alguien..., lo atendemos
en privado". fresh14: "as one of our longtime regulars", staff who "still laugh about the
afternoon you...", a reply wholly in Chinese next to an email (and any whole word in another
script), the reviewer's display handle, "thanks for taking my call", a free session "si cambiáis
vuestra valoración", "ya puedas... sin esos dolores de cabeza"; false blocks of Medicare
compliance, dilation explained to everyone, "hear how we can", "our philosophy is that
treatment...", immunization records anyone can request, and a Spanish "e" before an i sound read
as Portuguese. fresh15: a fever threshold "as a general rule", "see everyone at the next check-
up", initials as a greeting ("J.R. -"), what many people find helps, "enjoy those crisp road
signs", a tip with "SPF 30", "remembers your conversation", "those numbers? Trending the right
way", staff who always talk about how nice the reader is, "lo ideal es 🧊", "todo el mérito es
suyo"; false blocks of "the heart of physical therapy", "haya pasado por esa frustración", "le
deseamos lo mejor", "cómo llamamos a las personas en la sala de espera", "la atención médica"
read as the insurer Medica. fresh16: "it was caught early... now it's gone for good", Taglish
("Salamat po sa inyong feedback!"), who with a fever should be seen, "le recomendamos terminar
el tratamiento", "ahora puedes disfrutar de un buen libro"; false blocks of free community
classes the practice hosts, a prize box restocked every Friday, "reviewing how we talk about
recovery timelines", "or just walk in", a clinician's surname in the sign-off, "desde el primer
momento", "pone el corazón en su trabajo". fresh17: coping advice (slow deep breaths, a short
walk), a free gift for a photo review, "friendly reminder: wear SPF", "le recomendamos practicar
la respiración 4-7-8", "ha decidido ser nuestra paciente", "ya sin nada de metal"; false blocks
of changes the practice "recently arranged", a treasure box among practice facts, "todos
nuestros procedimientos... comienzan con una consulta", "trabajamos con varios laboratorios".

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "a-denial-said-of-anyone": [
        ("en", "This was never posted by anybody who was actually seen in our office.",
         "patient-relationship", "never posted by anybody who was actually seen"),
        ("en", "We ran a search for this reviewer's name and found nothing.",
         "patient-relationship", "ran a search for this reviewer's name"),
    ],
    "every-before-a-moment-is-not-people": [
        ("en", "We hope that knee feels stronger every day.", "treatment-disclosure", "knee"),
        ("en", "Enjoy that bright new smile in every picture!", "treatment-disclosure", "smile"),
        ("es", "Que esa rodilla se sienta más fuerte cada día.", "treatment-disclosure",
         "rodilla"),
    ],
    "fresh12-classes": [
        ("en", "So glad your sugar numbers are stable now.", "treatment-disclosure",
         "your sugar numbers are stable"),
        ("es", "Nos alegra que su colesterol ya esté controlado.", "treatment-disclosure",
         "su colesterol ya esté controlado"),
        ("en", "You can always call or text 988, day or night.", "foreign-contact",
         "call or text 988"),
        ("es", "Si la tos sigue una semana más, vuelva a vernos.", "medical-advice",
         "Si la tos sigue una semana más, vuelva"),
        ("en", "If the swelling gets worse overnight, come back in.", "medical-advice",
         "If the swelling gets worse overnight, come back"),
        ("es", "¡A lucir esa sonrisa en todas las reuniones!", "treatment-disclosure",
         "lucir esa sonrisa"),
    ],
    "fresh13-classes": [
        ("en", "Rest and a warm pack usually take care of it in a day.", "medical-advice",
         "Rest and a warm pack usually take care of it"),
        ("en", "Our usual steps were followed in your case.", "patient-relationship",
         "were followed in your case"),
        ("en", "The front desk recognized your name right away.", "patient-relationship",
         "recognized your name"),
        ("es", "Todo el equipo os recuerda con cariño.", "patient-relationship", "os recuerda"),
        ("es", "Siempre es un gusto teneros por aquí.", "patient-relationship",
         "teneros por aquí"),
        ("es", "Ahora toca disfrutar esa sonrisa.", "treatment-disclosure",
         "disfrutar esa sonrisa"),
    ],
    "fresh14-classes": [
        ("en", "As one of our longtime families, you deserve better.", "patient-relationship",
         "As one of our longtime families"),
        ("en", "Our hygienist still talks about the day you brought cupcakes.",
         "patient-relationship", "still talks about the day you"),
        ("en", "Thanks for returning my call yesterday.", "patient-relationship",
         "Thanks for returning my call"),
        ("en", "Our front desk can help: ありがとう.", "unsupported-language",
         "Our front desk can help: ありがとう"),
        ("es", "Si actualizáis vuestra reseña, la limpieza corre por nuestra cuenta.",
         "review-incentive", "Si actualizáis vuestra reseña"),
        ("es", "Qué bueno que ya puedas trabajar sin esos mareos.", "treatment-disclosure",
         "Qué bueno que ya puedas trabajar sin esos mareos"),
    ],
    "fresh15-classes": [
        ("en", "If any fever lasts more than three days, they should be seen.", "medical-advice",
         "If any fever lasts more than three days, they should be seen"),
        ("en", "Looking forward to catching up with the kids at their next check-up!",
         "patient-relationship", "catching up with the kids at their next check-up"),
        ("en", "Many of our patients find a warm shower before bed helpful.", "medical-advice",
         "Many of our patients find a warm shower before bed helpful"),
        ("en", "Your levels? Heading in the right direction.", "treatment-disclosure",
         "levels? Heading in the right direction"),
        ("es", "Siempre hablamos de lo amable que es usted.", "patient-relationship",
         "Siempre hablamos de lo amable que es"),
        ("es", "Lo ideal es hielo y nada de ejercicio.", "medical-advice", "Lo ideal es hielo"),
    ],
    "fresh16-classes": [
        ("en", "The spot was caught early, and it's gone for good.", "treatment-disclosure",
         "The spot was caught early"),
        ("en", "Maraming salamat po! Call us anytime.", "unsupported-language",
         "Maraming salamat po"),
        ("en", "Anyone running a fever over 103 should be seen the same day.", "medical-advice",
         "running a fever over 103 should be seen"),
        ("es", "Le recomendamos completar el tratamiento aunque se sienta mejor.",
         "medical-advice", "Le recomendamos completar"),
    ],
    "fresh17-classes": [
        ("en", "A few slow deep breaths can make a real difference on hard days.",
         "medical-advice", "deep breaths can make a real difference"),
        ("en", "Post a selfie with your review and grab a free water bottle!", "review-incentive",
         "Post a selfie with your review"),
        ("en", "Quick reminder: floss every night!", "medical-advice", "Quick reminder: floss"),
        ("es", "Te recomendamos probar compresas tibias por la noche.", "medical-advice",
         "Te recomendamos probar"),
        ("es", "Nos alegra que haya decidido ser parte de nuestra familia.",
         "patient-relationship", "haya decidido ser parte de nuestra familia"),
        ("es", "¡Ya sin brackets, a sonreír!", "treatment-disclosure", "Ya sin brackets"),
    ],
    "an-account-sent-to-collections": [
        ("en", "That account was escalated to collections after two notices.", "records-billing",
         "That account was escalated to collections"),
    ],
}

# class -> (language, reply)
PASSES = {
    "practice-wide-near-the-line": [
        ("en", "Our office is built for kids of all ages, and the treasure chest is a hit."),
        ("en", "We know how hard it is to wait for news, and nobody should have to call twice."),
        ("en", "Refill requests are normally processed within two business days."),
        ("en", "Costs vary depending on insurance coverage and the procedure involved."),
        ("es", "Las solicitudes de resurtido normalmente se procesan en dos días hábiles."),
        ("en", "Thanks so much for your 5-star review!"),
        ("en", "We make every visit fun for kids, with a prize box at the end."),
        ("en", "First consultations are complimentary for everyone."),
        ("es", "Cualquier persona tiene derecho a pedir una copia de su receta."),
        ("es", "Ya cambiamos las sillas de la sala de espera."),
        ("en", "Every consultation includes a frank discussion of risks and recovery."),
        ("en", "Our nurses know vaccines can feel scary for kids of every age."),
        ("en", "Results also appear in the patient portal."),
        ("en", "We've extended our appointment length for annual exams."),
        ("es", "La cortesía y el respeto son valores de nuestra práctica."),
        ("es", "Para atenderle mejor, comuníquese con la gerencia."),
        ("es", "Eso es lo que motiva a nuestro equipo cada mañana."),
        ("es", "Estamos revisando nuestro sistema telefónico."),
        ("es", "Cuando alguien quiere hablar de algo concreto, lo atendemos en privado."),
        ("en", "Our practice complies fully with Medicare billing rules."),
        ("en", "We'd love to hear how we can make things clearer."),
        ("en", "Our philosophy is that treatment recommendations should never feel rushed."),
        ("en", "Immunization records can be requested by any parent."),
        ("es", "Las cotizaciones incluyen honorarios, anestesia e instalaciones."),
        ("en", "Helping people return to what they love is the heart of physical therapy."),
        ("es", "Lamentamos que haya pasado por esa frustración."),
        ("es", "¡Le deseamos lo mejor!"),
        ("es", "Los costos de la atención médica pueden ser una preocupación."),
        ("en", "We host free classes on newborn care each month, open to anyone."),
        ("en", "Our prize box gets restocked every Friday."),
        ("en", "Call us or just walk in; we're open until 8."),
        ("es", "Nuestro enfoque se percibe desde el primer momento."),
        ("es", "Todo nuestro equipo pone el corazón en su trabajo."),
        ("en", "We've recently arranged overflow parking behind the building."),
        ("es", "Todos nuestros procedimientos comienzan con una consulta de evaluación."),
        ("es", "Trabajamos con varios laboratorios y algunos pedidos tardan más."),
        ("es", "Le recomendamos usar el formulario de contacto de nuestro sitio web."),
    ],
}
