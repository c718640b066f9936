"""Classes the held-out fresh18 to fresh22 batches found on their first runs (recorded in
`cases_probe/fresh*_FIRST_RUN.txt` before any fix), each in wordings of our own. fresh22 added:
an account referred "only after 3 statements went unanswered", a weekday and a day of the month
("Sunday the 14th"), ice "20 min on/off" and "take it easy for a day or two", habits that "bring
those numbers down", a room number ("the sweet family in Room 312"), a clinician the review
names with a title ("Dr. Reyes will be thrilled"; the writer introducing themselves, "I'm Dr.
Reyes", is fine); false blocks of copays "collected at check-in", "our call-handling process",
a price beside a free offer, two options after "including". fresh23 added: "you're right on
schedule", news the reader received and "nothing more needs to be done about that spot" (split
over short sentences), a shoulder that "siga fortaleciéndose", "súbenos a 5 estrellitas y el
próximo va por la casa"; false blocks of "what we do and don't treat", "our billing office has
new staff", flu shots "available for walk-ins", "as clear as possible", a condition that "puede
afectar la confianza de cualquier persona", the staff's "sus propios hijos". fresh24 added: an
everyday act unaided that "is a pretty great feeling", "we did leave a voicemail" and "I
followed up by email", news from the lab and "nothing to worry about" (split), an age "at seven
years old", a body part getting stronger in a clause after a generic one, a medicine "sin receta
... puede ayudarle", "qué bien que ya puede leer el pizarrón sin entrecerrar los ojos", a room
and a weekday with its day ("en el cuarto 3 la noche del sábado 14"), a filler that "can soften
sooner than expected in the first few months"; false blocks of "the treasure chest", "stop by
or call", "every message that comes in", "bringing your concerns to us", "nunca hablamos de
medicamentos", "los fines de semana por la noche es cuando más gente viene", "el cofre de
premios" for all children, "miss a day". fresh25 (the last held-out batch of the session)
added: "welcome aboard... we're delighted to have you with us", "great news on the numbers",
"at 42 you deserve...", "we did receive your email Monday", "Knee's clearly holding up great",
"muchas mujeres encuentran alivio con una bolsa de agua caliente"; false blocks of live "wait
estimates", "how we can do even better", "helping people feel comfortable in their own skin",
"if communication isn't clear", "the recommended schedule with any family", "haya venido o no".
fresh26 (the session's final held-out batch) added: "delighted to hear things have settled to a
manageable level... thank you for sticking with the plan", "desde que comenzó con nosotros",
"se nos alegra el día cuando vienes", "los pacientes que, como tú, lleváis tanto tiempo con
nosotros", sleep habits that "pueden ayudar mucho", "los aparatos tardan unas semanas en
acomodarse, siga usándolos", "las encías suelen mejorar usando hilo dental"; false blocks of
"ADA guidelines", walk-in flu shots "while supplies last", "la demanda de chequeos
ginecológicos", "ponen mucho corazón en su trabajo y es precioso verlo reconocido".
fresh27 added: "great to hear the numbers are looking better", "your monthly payment went up
because the insurance max was reached", "our sign-in log for that Saturday doesn't show your
name"; false blocks of "giving us the chance to do better", "the wait you described", "began
accepting Medicare", "la calle Pino", "los baños se limpian cada dos horas", "la clínica de
inyecciones abrirá", "personas que dieron su autorización... cualquiera puede pedir verlas".
fresh28 added: "those new aids should make the holidays a lot more fun", "a fragrance-free
moisturizer and a daily SPF 30 will do more for sensitive skin", "whenever your crew comes
through the door", "he mirado el registro de entrada y llegaste a las 10:15"; false blocks of
"anyone who has had an eye exam with us is entitled to...", "vaccine decisions can feel very
personal", "on Tuesday and Thursday afternoons", "ideas you have for improving", the practice's
email ("sleep@...") read as an echo of the review, "desde la semana pasada dejamos...", "la
recibimos con frecuencia". fresh29 added: "the smaller mask put an end to the leaking... stick
with therapy night after night", "hope that 🦵 keeps getting more 💪", a relative the review names
("my husband Raj" → "Raj enjoyed working with our team"), "catching every word of the grandkids'
chatter again", "volver a escuchar con claridad", "no ande descalzo y estire la pantorrilla",
"prueba a mantener el dormitorio fresco... cambios pequeños que ayudan"; false blocks of "hold
times are improving", "in-network with at check-in", "walk every family through the vaccine
schedule", "when you're looking for support", "cada noche en el centro", "de corazón".
fresh30 added: "thank you for taking the time to visit us", "she can read the whiteboard from
the back of the classroom again", "los audífonos nuevos le estén ayudando", a stutter split by a
hyphen and a line break ("tarta-\\nmudez"); false blocks of "we now open at 6:30 am", "heart
health matters to our whole community", "everything from sprains to sore throats", "keeps us
from discussing test results", "more spots open next month", "mañana en la reunión".
fresh19 added: a numbered room, the state of the practice on that particular day ("broken that
afternoon"), the reader's feeling before an event known to the practice ("we know how nervous
you were beforehand. Now look at you!"), a health tip for anyone with a symptom, someone from
the review who can do something again ("he can see the board clearly now"), a general rule
applied to this case ("which is what happened here"), "te recomendamos alternar calor y frío";
false blocks of parents as "a familiar face nearby", "our LASIK consultations are always free",
"contact" echoed from "contact lens" ("contact our billing team"), free talks and screenings
open to the public ("abierta al público"), an event's date "le comentamos", "queremos
atenderle". fresh20 (the final held-out batch) added: an emoji body part in a wish ("the new 👃
is everything you hoped for", "ojalá esa 🦵 siga más fuerte 💪 Llame..."), a title and an initial
("Ms. G"), a symptom that flared up again, "a familiar face around here", glad the reader chose
the practice, "since the last time you came" ("desde la última vez que viniste"), "ya duerme de
corrido", "hemos revisado las notas de la consulta"; false blocks of a consultation price or
self-pay rate, "test results" inside a privacy statement, "we'll offer Saturday sick visits",
"that approach makes a difference", "shots less scary for little ones", an operations manager,
"everyone's welcome to stop by our booth". fresh21 added: good news or relief about one result
("the good news was worth the wait", "las noticias fueron buenas y todo el equipo se alegró"),
self-care habits that "make a real difference", a doctor the review names ("Dr. Alvarez will be
delighted"), a day of the month ("the morning of the 12th"), staff who "se acuerdan de ella", a
big day shared ("haber sido parte de un día tan especial"); false blocks of a dated public event
in the next sentence, a policy date ("started after January 1"), a fee "credited toward any
procedure", "tomarse su tiempo". fresh18: Misses: an age said as a stage of life ("four is such
a fun age", "a first trip to the dentist at four is..."), an event that went better than the
reader feared, a remedy list called the reader's best friends, a clinician's report that "it's
right on schedule", wishes or congratulations relayed to someone from the review ("tell her
congrats on getting them off"). False blocks: a period in the practice's story ("over the last
year"), a possessive of people in general ("children's vision"), a screening open to any child
in the community, a fee that applies to everyone, a conditional "si usted ha sido atendida en
nuestro consultorio", "toda persona merece...".

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "an-age-said-as-a-stage-of-life": [
        ("en", "Seven is such a big age for a first filling!", "personal-identifier",
         "Seven is such a big age"),
        ("en", "A first eye exam at six is a smart move.", "personal-identifier",
         "first eye exam at six"),
        ("es", "¡Los seis años son una etapa preciosa!", "personal-identifier",
         "Los seis años son una etapa"),
    ],
    "an-event-that-went-better-than-feared": [
        ("en", "So glad the biopsy was far easier than she expected.", "treatment-disclosure",
         "was far easier than she expected"),
        ("en", "Relieved her first week went so smoothly.", "treatment-disclosure",
         "Relieved her first week went so smoothly"),
    ],
    "a-remedy-list-called-the-reader-s-allies": [
        ("en", "Fluids and sleep are your best bet this week.", "medical-advice",
         "Fluids and sleep are your best bet"),
        ("es", "Descanso e hidratación son tus mejores amigos estos días.", "medical-advice",
         "Descanso e hidratación son tus mejores amigos"),
    ],
    "a-clinician-s-report-of-progress": [
        ("en", "The therapist thinks everything is on track.", "treatment-disclosure",
         "thinks everything is on track"),
        ("es", "El fisioterapeuta comentó que todo va muy bien encaminado.",
         "treatment-disclosure", "comentó que todo va muy bien encaminado"),
    ],
    "wishes-relayed-to-someone-from-the-review": [
        ("en", "Give your daughter a big high five from the front desk!", "patient-relationship",
         "Give your daughter a big high five"),
        ("en", "Congratulations on finally having them removed!", "treatment-disclosure",
         "Congratulations on finally having them removed"),
        ("es", "Mándele un fuerte abrazo a su mamá.", "patient-relationship",
         "Mándele un fuerte abrazo"),
        ("es", "¡Enhorabuena por despedirte de los brackets!", "treatment-disclosure",
         "Enhorabuena por despedirte de los brackets"),
    ],
    "a-numbered-room-or-that-particular-day": [
        ("en", "Sorry the AC in treatment room 2 was out.", "personal-identifier",
         "treatment room 2"),
        ("en", "Our card reader was down that morning.", "patient-relationship",
         "was down that morning"),
    ],
    "the-reader-s-feeling-before-an-event": [
        ("en", "We could tell how anxious you were at first, and now look at you!",
         "patient-relationship", "could tell how anxious you were"),
    ],
    "a-health-tip-for-anyone-with-a-symptom": [
        ("en", "For anyone dealing with dry eyes, a humidifier by the bed can really help.",
         "medical-advice", "For anyone dealing with dry eyes, a humidifier by the bed can "
                           "really help"),
        ("es", "Te recomendamos no cargar peso y elevar la pierna.", "medical-advice",
         "Te recomendamos no cargar"),
    ],
    "someone-from-the-review-can-do-something-again": [
        ("en", "So happy to hear she can walk to school without pain.", "treatment-disclosure",
         "she can walk to school without pain"),
    ],
    "a-general-rule-applied-to-this-case": [
        ("en", "Fees are waived only with 24 hours' notice, which is what happened in this case.",
         "patient-relationship", "which is what happened in this case"),
    ],
    "an-emoji-body-part-in-a-wish": [
        ("en", "Love that the new 👃 is just what you wanted!", "treatment-disclosure",
         "the new 👃"),
        ("es", "Que esa 🦶 siga cada día mejor 🙌 Llame al (555) 014-2290.",
         "treatment-disclosure", "🦶"),
    ],
    "a-title-and-an-initial": [
        ("en", "Thanks so much, Mr. B!", "personal-identifier", "Mr. B"),
    ],
    "a-symptom-that-came-back": [
        ("en", "Sorry your shoulder acted up again last night.", "treatment-disclosure",
         "your shoulder acted up again last night"),
    ],
    "glad-the-reader-chose-us": [
        ("en", "We're so glad you picked our practice.", "patient-relationship",
         "glad you picked"),
        ("es", "Ha cambiado mucho desde la última vez que nos visitaste.", "patient-relationship",
         "desde la última vez que nos visitaste"),
    ],
    "an-outcome-or-the-notes-of-a-visit": [
        ("es", "¡Y ahora ya come sin molestias!", "treatment-disclosure",
         "ya come sin molestias"),
        ("es", "Revisamos las notas de la cita y todo fue según el protocolo.", "records-billing",
         "Revisamos las notas"),
    ],
    "good-news-about-one-result": [
        ("en", "The good news came at last, and we were all relieved too.", "treatment-disclosure",
         "The good news came"),
        ("es", "La noticia fue muy buena y todo el equipo se emocionó.", "treatment-disclosure",
         "La noticia fue muy buena"),
    ],
    "habits-that-make-a-difference": [
        ("en", "Cutting caffeine after noon and keeping a steady bedtime can really help.",
         "medical-advice",
         "Cutting caffeine after noon and keeping a steady bedtime can really help"),
    ],
    "a-day-of-the-month": [
        ("en", "The phones were down on the afternoon of the 3rd.", "personal-identifier",
         "afternoon of the 3rd"),
    ],
    "staff-remember-someone-or-share-a-big-day": [
        ("es", "Las higienistas todavía se acuerdan de él.", "patient-relationship",
         "se acuerdan de él"),
        ("es", "Qué alegría haber formado parte de un día tan bonito.", "patient-relationship",
         "haber formado parte de un día tan bonito"),
    ],
    # fresh22
    "an-account-referred-after-notices": [
        ("en", "That account was referred only after three notices.", "records-billing",
         "That account was referred only after three notices"),
    ],
    "a-weekday-and-a-day-of-the-month": [
        ("en", "Friday the 3rd was a busy one for us.", "personal-identifier", "Friday the 3rd"),
    ],
    "ice-by-the-minute-and-rest-for-a-while": [
        ("en", "Ice it 15 mins on and off, then take it easy for the rest of the day.",
         "medical-advice", "take it easy for the rest of the day"),
    ],
    "habits-that-bring-numbers-down": [
        ("en", "Cutting out soda and taking short walks will lower your cholesterol.",
         "medical-advice",
         "Cutting out soda and taking short walks will lower your cholesterol"),
    ],
    "a-room-number": [
        ("en", "Everyone on the floor still remembers the twins in room 214.",
         "personal-identifier", "in room 214"),
    ],
    # fresh23
    "the-reader-on-schedule": [
        ("en", "Three weeks in, you're exactly on track.", "treatment-disclosure",
         "you're exactly on track"),
    ],
    "news-the-reader-received-and-nothing-more-to-do": [
        ("en", "The results you got were just what we hoped.", "treatment-disclosure",
         "The results you got"),
        ("en", "No further treatment is needed for that mole.", "treatment-disclosure",
         "No further treatment is needed for that mole"),
    ],
    "a-body-part-growing-stronger": [
        ("es", "Que esa rodilla siga fortaleciéndose.", "treatment-disclosure", "rodilla"),
    ],
    "stars-asked-for-and-something-on-the-house": [
        ("es", "Danos cinco estrellas y el café corre por cuenta de la casa.", "review-incentive",
         "Danos cinco estrellas"),
    ],
    # fresh24
    "an-everyday-act-unaided-feels-great": [
        ("en", "Reading menus without readers must feel wonderful.", "treatment-disclosure",
         "Reading menus without readers must feel wonderful"),
    ],
    "news-from-the-lab": [
        ("en", "The word from pathology came this morning.", "treatment-disclosure",
         "The word from pathology"),
    ],
    "an-age-in-years-old": [
        ("en", "She was so brave at six years old.", "personal-identifier", "at six years old"),
    ],
    "a-body-part-after-a-generic-clause": [
        ("en", "Our team plans every visit carefully, and we hope the knee keeps getting "
               "stronger.", "treatment-disclosure", "knee"),
    ],
    "a-medicine-without-prescription-helps": [
        ("es", "Un analgésico de venta libre le puede ayudar esta noche.", "medical-advice",
         "Un analgésico de venta libre le puede ayudar"),
    ],
    "glad-the-reader-can-now": [
        ("es", "¡Qué bien que por fin puede dormir de corrido!", "treatment-disclosure",
         "Qué bien que por fin puede"),
    ],
    "a-room-and-a-weekday-with-its-day": [
        ("es", "La enfermera del cuarto 12 le manda saludos.", "personal-identifier",
         "del cuarto 12"),
        ("es", "Ya hablamos con el personal del turno del martes 9.", "personal-identifier",
         "martes 9"),
    ],
    "a-letter-sent-and-a-follow-up": [
        ("en", "We did send a letter, and I followed up by phone.", "patient-relationship",
         "I followed up by phone"),
    ],
    # fresh25
    "glad-to-have-the-reader": [
        ("en", "We're thrilled to have you both on board.", "patient-relationship",
         "thrilled to have you both on board"),
    ],
    "good-news-on-the-numbers": [
        ("en", "Such good news about those readings!", "treatment-disclosure",
         "good news about those readings"),
    ],
    "a-body-part-holding-up": [
        ("en", "Hip's really coming along nicely.", "treatment-disclosure",
         "Hip's really coming along nicely"),
    ],
    "an-age-said-to-the-reader": [
        ("en", "At 35 you deserve care that listens.", "personal-identifier", "At 35 you"),
    ],
    "what-others-find-relief-with": [
        ("es", "Muchas personas sienten alivio con compresas tibias.", "medical-advice",
         "Muchas personas sienten alivio"),
    ],
    "a-message-received": [
        ("en", "We did receive your message and replied the same day.", "patient-relationship",
         "receive your message"),
    ],
    # fresh26
    "things-settled-and-a-plan-kept": [
        ("en", "Good to hear everything has calmed down.", "treatment-disclosure",
         "hear everything has calmed down"),
        ("en", "Thanks for sticking with the home exercises.", "patient-relationship",
         "for sticking with the home exercises"),
    ],
    "the-reader-s-time-with-the-practice": [
        ("es", "Desde que empezaste con nosotros todo ha sido un gusto.", "patient-relationship",
         "Desde que empezaste con nosotros"),
        ("es", "Siempre nos alegra cuando vienes.", "patient-relationship", "cuando vienes"),
        ("es", "Gracias a los pacientes que, como usted, nos recomiendan.",
         "patient-relationship", "los pacientes que, como usted"),
    ],
    "keep-using-it-and-how-long-it-takes": [
        ("es", "Siga usando las gotas una semana más.", "medical-advice",
         "Siga usando las gotas"),
    ],
    # fresh27
    "numbers-a-benefit-limit-and-a-day-s-log": [
        ("en", "Glad to hear your readings are holding steady.", "treatment-disclosure",
         "hear your readings are holding steady"),
        ("en", "The benefit maximum was met in June.", "records-billing",
         "benefit maximum was met"),
    ],
    # fresh28
    "a-new-device-self-care-that-does-more-and-visits": [
        ("en", "Your new aids should make dinners easier to follow.", "treatment-disclosure",
         "Your new aids should make"),
        ("en", "A good moisturizer will do more for dry skin than any serum.", "medical-advice",
         "moisturizer will do more for"),
        ("en", "We smile whenever you all walk in.", "patient-relationship",
         "whenever you all walk in"),
        ("es", "Hemos revisado el registro de entrada de ese día.", "records-billing",
         "Hemos revisado el registro de entrada"),
        ("es", "Llegaste a las 9 en punto.", "patient-relationship", "Llegaste a las 9"),
    ],
    # fresh29
    "a-device-ended-a-problem-and-doing-it-again": [
        ("en", "Glad the new pillow put an end to the snoring.", "treatment-disclosure",
         "the new pillow put an end to"),
        ("en", "Thanks for sticking with therapy all winter.", "patient-relationship",
         "for sticking with therapy"),
        ("en", "So good to be catching every word at dinner again.", "treatment-disclosure",
         "catching every word at dinner again"),
        ("en", "Hope that 🦵 keeps getting more 💪.", "treatment-disclosure", "🦵"),
        ("es", "Qué lindo volver a leer sin lentes.", "treatment-disclosure",
         "volver a leer sin lentes"),
        ("es", "No ande descalzo en casa.", "medical-advice", "No ande descalzo"),
        ("es", "Prueba a dejar el café después de las tres.", "medical-advice",
         "Prueba a dejar"),
    ],
    # fresh30
    "a-visit-thanked-a-skill-again-and-a-device-helping": [
        ("en", "Thanks for taking the time to stop by our office.", "patient-relationship",
         "taking the time to stop by our office"),
        ("es", "Qué bueno que las plantillas nuevas le estén funcionando.",
         "treatment-disclosure", "las plantillas nuevas le estén funcionando"),
    ],
}

# class -> (language, reply)
PASSES = {
    "a-policy-date-or-a-fee-for-anyone": [
        ("en", "Any plan started after March 1 includes two follow-up visits."),
        ("en", "The consultation fee is credited toward any treatment booked within 60 days."),
        ("es", "Cualquier persona puede tomarse su tiempo antes de decidir."),
    ],
    "a-price-for-everyone": [
        ("en", "New-patient consultations are $75, and our self-pay rate is posted online."),
    ],
    "results-inside-a-privacy-statement": [
        ("en", "We can't discuss anyone's test results or care online."),
    ],
    "a-service-the-practice-will-add": [
        ("en", "This spring we'll offer evening flu shots on Thursdays."),
    ],
    "comfort-for-little-ones": [
        ("en", "Our hygienists have fun ways of making cleanings less scary for kids."),
    ],
    "an-operations-manager": [
        ("en", "Our operations manager would be glad to talk with you."),
    ],
    "welcome-to-stop-by": [
        ("en", "Everyone is welcome to stop by our booth at the street fair."),
    ],
    "a-familiar-face-nearby": [
        ("en", "Most toddlers settle faster with a familiar face close by."),
    ],
    "a-service-named-before-a-plural": [
        ("en", "Our Invisalign consultations are always free."),
        ("en", "Our Invisalign consultations take about an hour."),
    ],
    "contact-as-a-verb-after-contact-lenses": [
        ("en", "Please contact our optical team at (555) 014-2290 with any questions."),
    ],
    "free-and-open-to-the-public": [
        ("en", "Our free CPR class is open to the public every spring."),
        ("es", "Cada mes damos una charla gratuita sobre cirugía estética abierta al público."),
        ("es", "Le comentamos que el sábado 9 habrá revisiones gratuitas de la vista, sin cita."),
    ],
    "an-offer-to-serve": [
        ("es", "Queremos ayudarle; llámenos cuando guste."),
    ],
    "a-period-in-the-practice-s-story": [
        ("en", "We hear you: booking has been slower over the past few months."),
    ],
    "a-possessive-of-people-in-general": [
        ("en", "Kids' eyesight changes quickly, so we keep screening days open to all ages."),
    ],
    "a-screening-open-to-any-child": [
        ("en", "Our free hearing checks are open to any student in the neighborhood."),
    ],
    "a-fee-that-applies-to-everyone": [
        ("en", "Our no-show fee applies to every patient the same way."),
    ],
    "a-conditional-visit": [
        ("es", "Si usted fue atendido en nuestra clínica y quiere contarnos más, llámenos."),
    ],
    "what-any-person-deserves": [
        ("es", "Toda persona merece entender cada paso antes de aceptarlo."),
    ],
    "a-fee-collected-at-check-in": [
        ("en", "Copays are collected at check-in under a policy that applies to everyone."),
    ],
    "a-compound-with-call": [
        ("en", "We're updating our call-routing system this month."),
    ],
    "a-price-beside-a-free-offer": [
        ("en", "We offer free consults to anyone and payment plans starting around $99 a month."),
    ],
    "two-options-after-including": [
        ("en", "Our dentists explain every option, including nitrous oxide and sedation, to "
               "every family."),
    ],
    "what-the-practice-does-and-does-not-treat": [
        ("en", "We're glad to explain what we do and don't treat."),
    ],
    "the-billing-office-s-staff": [
        ("en", "Our billing office has two new coordinators."),
    ],
    "a-service-for-walk-ins": [
        ("en", "Flu shots are available for walk-ins all season."),
    ],
    "a-clear-process": [
        ("en", "You can call us, and we'll make the process as clear as possible."),
    ],
    "a-condition-that-can-affect-anyone": [
        ("es", "El acné puede afectar la confianza de cualquier persona."),
    ],
    "the-staff-s-own-children": [
        ("es", "Nuestros pediatras recomiendan lo mismo que harían con sus propios hijos."),
    ],
    "idioms-and-invitations": [
        ("en", "There's nothing to worry about if you miss a day."),
        ("en", "Kids love our treasure chest and ceiling TVs."),
        ("en", "Thank you for bringing your feedback to us."),
        ("en", "Stop by or call us anytime."),
    ],
    "a-privacy-statement-and-a-busy-night": [
        ("es", "Nunca comentamos diagnósticos en internet."),
        ("es", "Los sábados por la noche es cuando hay más espera."),
    ],
    "general-wording-from-fresh25": [
        ("en", "Wait estimates are posted online, and you can call ahead."),
        ("en", "We'd love your ideas on how we can do even better."),
        ("en", "Helping people feel confident in their own skin is why we do this, and we "
               "appreciate your support."),
        ("es", "Escuchamos a toda la comunidad, haya venido o no a nuestra clínica."),
    ],
    "bodies-demand-and-the-staff-s-care": [
        ("en", "Our hygienists follow ADA guidelines."),
        ("en", "Walk-in flu shots are available on Saturdays."),
        ("es", "Nuestras higienistas ponen mucho corazón en su trabajo."),
        ("es", "La demanda de consultas de fisioterapia ha crecido."),
        ("es", "Es precioso verlo reconocido."),
    ],
    "general-wording-from-fresh27": [
        ("en", "Thank you for giving us the chance to improve."),
        ("en", "We're sorry for the wait you mentioned."),
        ("en", "Our clinic now accepts Medicare."),
        ("es", "Estacionamiento por la calle Roble."),
        ("es", "Las salas se desinfectan cada dos horas."),
        ("es", "La clínica de vacunas abrirá los sábados."),
        ("es", "Quien lo desee puede pedir verlas en recepción."),
    ],
    "general-wording-from-fresh28": [
        ("en", "Anyone who has had a cleaning with us can request a copy of their x-rays."),
        ("en", "Insurance questions around braces can feel overwhelming."),
        ("en", "We offer hearing aid cleaning on Tuesday and Thursday afternoons."),
        ("en", "We'd welcome any ideas you have for improving."),
        ("es", "Desde el mes pasado tenemos a dos personas en recepción."),
        ("es", "Su pregunta es común; la recibimos con frecuencia."),
    ],
    "general-wording-from-fresh29": [
        ("en", "Our nurses walk every parent through the vaccine schedule."),
        ("en", "We added staff in January and hold times are improving."),
        ("es", "Con mucho cariño y de todo corazón, gracias."),
    ],
    "general-wording-from-fresh30": [
        ("en", "We now open at 7:15 am on Saturdays."),
        ("en", "Oral health matters to every family we serve, and we appreciate you."),
        ("en", "We can handle everything from sprains to sore throats."),
        ("en", "It keeps us from discussing test results online."),
        ("en", "More parking spots open next month."),
        ("es", "Se lo contaremos mañana en la reunión."),
    ],
}
