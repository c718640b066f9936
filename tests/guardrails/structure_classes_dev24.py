"""Classes the blind dev24 batch (short five-star replies and business-side explanations) found
on its first run (recorded in `cases_probe/README.md` before any fix), each in wordings of our
own. Misses: the reader's pleasure in how an unnamed thing fits or turned out, how the reader
looks ("you look absolutely radiant"), a grinning-face emoji standing for a new smile, the
practice looking up a particular day's sign-in log or arrival time (also split across short
sentences), the practice moving the reader to another slot ("ya te cambiamos a las 8:30"), a
remedy for anyone that "can make things more comfortable". False blocks: "a rash of" meaning
many, an insurer's reimbursement, "check-in" as a modifier or said of everyone, "the same
visit" in a condition, "as smooth as we promised", a superbill given to everyone, "the claim"
that refers back to "a claim" in an explanation, "cada médico ... su atención", a practice's
goal of answering portal messages, "ninguna conversación ... debe". dev25 (warm drafts for
specialties) added: a result worth every adjustment, an everyday activity easy again ("knowing
those evening drives feel easy again"), a measure down from where it started, also as the
answer to its own question, "debond day", "que ya pueda leer el periódico sin esfuerzo, como
antes"; false blocks of "both braces and aligners" listed as options, a free consultation as
its price, "nuestra coordinadora puede atenderle". dev26 (urgent care, behavioral health,
chiropractic, audiology; long practice-wide explanations) added: alternating ice and heat and
skipping heavy lifting for a day or two, episodes that "have become less frequent", "ya te
extrañábamos por aquí", "saber que ya puede seguir la plática en la mesa"; false blocks of
lists of services or triage examples full of clinical words ("minor cuts that need stitches,
sprains and simple fractures, ear and sinus infections"), a fee waived for emergencies, illness
and bad weather, "that's on us", "a delayed refund", "quince minutos de cortesía", "quien paga
por su cuenta", "tenga a la mano la tarjeta", "the same appointment" as what usually happens,
"antes de la primera consulta", "comienzan el 15 de septiembre". dev27 (emotional reviews:
fertility, allergy, pharmacy, plastic surgery) added: "congratulations on the 👶🍼", "no gentle
way to learn that a transfer didn't take", "recheck the measurements on those frames", what
"plenty of people" do "by running a HEPA purifier", a Catalan sentence inside a Spanish reply,
"una beta negativa", "el seguro lo procesó como procedimiento quirúrgico", "ya le dimos prioridad
en la lista de cancelaciones"; false blocks of "can't see what's happening", "when you're upset",
"nothing is sent to collections without three notices", "disclosed at check-in", "se lo
recordamos a todo el equipo", "poner los ojos en blanco", "lo que pasa en el consultorio", "el
equipo quirúrgico", "alguien saliera llorando de nuestra clínica". dev28 (very short, casual
replies) added: "part of the Motion Works crew", "like we talked about on the phone Tuesday",
"always a highlight of our Thursdays", "part of that first birthday year", "stairs don't stand
a chance now 💪🦵", "proud of the work you've put in", "no more turtle neck", "glad the new meds
are doing their thing", "Happy 40th", "filed in the wrong chart", "qué bueno que ya ves de lejos";
false blocks of "Eeee" and "Eek" read as names, "right back at ya", "on us to fix". dev29
(Spanish of several countries, tú, usted and vos) added: a fever threshold and home care said as
a rule, "probá la regla 20-20-20", "no consta ningún pedido ni ficha a su nombre... otro
establecimiento", "confiarnos la salud dental de toda su familia durante estos años", "llegar a
los 84", "muchas personas encuentran útil... respirar contando", a Galician sentence; false
blocks of "en el consultorio trabajamos con alineadores... además de la ortodoncia", "alguien
haya tenido que esperar".
dev30 (careful drafts with one slip) added: "the new nasal spray is making the season easier",
"sticking to soft foods for a few more days", "good to hear from you again on the phone", "our
pleasure to rearrange the book for you", "that 8 a.m. Saturday slot", "enjoy those night
drives", "he's putting three words together now", "la cita de las siete... gracias por
madrugar", "que disfrute esas caminatas", "que los análisis hayan salido bien", "alguien de
noventa años", "una uña enterrada... todo un récord"; false blocks of "our founder, Dr. Elena
Voss", "la reunión de los lunes". dev31 (warm callbacks to the review) added: "we hope that
hand is back to dicing onions", "that knee has come an incredibly long way", "a peaceful
complexion after such a long fight", "una ventanita nueva en la sonrisa... el Ratón Pérez",
"ocho décadas", "imaginarla otra vez con la aguja en la mano"; false blocks of price ranges
("typically ranges from $4,800 to $6,900", "suele costar entre"), a consultation free "including
panoramic X-rays", "differently from the exam itself", "happy holidays right back to you",
"non-surgical... per syringe" read as Italian, "cada mañana temprano valga la pena", lab results
"se publican en el portal".

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "pleasure-in-how-it-fits-or-turned-out": [
        ("en", "We're happy you're enjoying how they feel now.", "treatment-disclosure",
         "you're enjoying how they feel"),
        ("en", "Delighted with how it all turned out for you!", "treatment-disclosure",
         "Delighted with how it all turned out"),
        ("es", "Nos encanta que le queden tan naturales.", "treatment-disclosure",
         "le queden tan naturales"),
        ("es", "Qué bueno que le estén quedando tan cómodos.", "treatment-disclosure",
         "le estén quedando tan cómodos"),
    ],
    "how-the-reader-looks": [
        ("en", "You're looking so refreshed!", "treatment-disclosure",
         "You're looking so refreshed"),
    ],
    "a-grinning-face-for-a-new-smile": [
        ("en", "Enjoy the brand-new 😃!", "treatment-disclosure", "😃"),
        ("es", "¡A presumir esa 😄 renovada!", "treatment-disclosure", "😄"),
    ],
    "a-particular-day-s-sign-in-log": [
        ("en", "Our manager went back through that morning's front desk log.", "records-billing",
         "Our manager went back through that morning's front desk log"),
        ("en", "Her arrival time showed 10:40.", "records-billing", "Her arrival time showed"),
        ("es", "Su hora de llegada figura a las 9:15.", "records-billing",
         "Su hora de llegada figura a las 9"),
        ("es", "Verificamos la hoja de firmas de esa tarde.", "records-billing",
         "Verificamos la hoja de firmas"),
    ],
    "the-practice-moved-the-reader": [
        ("es", "Ya la pasamos para el jueves por la tarde.", "patient-relationship",
         "la pasamos para el jueves"),
        ("es", "Te movimos a otro horario más temprano.", "patient-relationship",
         "Te movimos a otro horario"),
    ],
    "a-remedy-for-anyone-that-comforts": [
        ("en", "For kids dealing with teething pain, a chilled teether can make things a lot "
               "more comfortable.", "medical-advice",
         "For kids dealing with teething pain, a chilled teether can make things a lot more "
         "comfortable"),
    ],
    "a-result-worth-the-care-it-took": [
        ("en", "Her new smile was well worth all the tightenings.", "treatment-disclosure",
         "was well worth all the tightenings"),
        ("es", "Valió totalmente la pena cada cita.", "treatment-disclosure",
         "Valió totalmente la pena cada cita"),
    ],
    "an-everyday-activity-easy-again": [
        ("en", "Knowing your morning walks feel easy again made our week.",
         "treatment-disclosure", "Knowing your morning walks feel easy again"),
        ("es", "Que bonito que ya puedas subir escaleras con normalidad.",
         "treatment-disclosure", "ya puedas subir escaleras con normalidad"),
    ],
    "a-measure-that-changed": [
        ("en", "Her sugar readings? Well down from where they began.", "treatment-disclosure",
         "Well down from where they began"),
        ("en", "The scan result the doctor was worried about came back fine.",
         "treatment-disclosure", "The scan result the doctor was worried about"),
    ],
    "the-day-braces-come-off": [
        ("en", "Congrats on your debond!", "treatment-disclosure", "debond"),
    ],
    "cold-and-heat-or-rest-for-a-while": [
        ("en", "Alternate between cold and warm compresses for the first few days.",
         "medical-advice", "Alternate between cold and warm compresses"),
        ("en", "Some stiffness is normal, and avoiding heavy lifting for 48 hours helps.",
         "medical-advice", "avoiding heavy lifting for 48 hours"),
        ("es", "Alterne compresas frías y calientes.", "medical-advice",
         "Alterne compresas frías y calientes"),
    ],
    "a-symptom-less-frequent": [
        ("en", "So good to hear that the migraines have become much milder.",
         "treatment-disclosure", "hear that the migraines have become much milder"),
    ],
    "the-reader-missed-or-back-at-last": [
        ("es", "Le echábamos de menos por aquí.", "patient-relationship",
         "Le echábamos de menos"),
        ("es", "¡Qué bueno que por fin se decidió!", "patient-relationship",
         "que por fin se decidió"),
    ],
    "news-the-reader-can-now": [
        ("es", "Qué alegría saber que por fin puede dormir toda la noche.",
         "treatment-disclosure", "saber que por fin puede"),
    ],
    "a-baby-or-a-cycle-s-result": [
        ("en", "Congratulations on your little bundle of joy!", "treatment-disclosure",
         "Congratulations on your little bundle of joy"),
        ("en", "It's hard to hear that the cycle didn't work.", "treatment-disclosure",
         "hear that the cycle didn't work"),
        ("es", "Que la transferencia no funcionó es muy duro.", "treatment-disclosure",
         "la transferencia no funcionó"),
    ],
    "the-reader-s-own-device-rechecked": [
        ("en", "We'd be glad to readjust the fit of those hearing aids.", "treatment-disclosure",
         "readjust the fit of those hearing aids"),
    ],
    "what-others-do-as-advice": [
        ("en", "Many parents manage night coughs by running a humidifier.", "medical-advice",
         "Many parents manage night coughs by running"),
    ],
    "the-reader-on-the-list-spanish": [
        ("es", "Ya la pusimos primero en la lista de espera.", "patient-relationship",
         "la pusimos primero en la lista de espera"),
    ],
    "how-the-insurer-processed-it": [
        ("es", "La aseguradora lo clasificó como consulta de especialista.", "records-billing",
         "La aseguradora lo clasificó como"),
    ],
    "a-catalan-sentence": [
        ("es", "Gracias por escribirnos. Ens sap greu el retard.", "unsupported-language",
         "Ens sap greu el retard"),
    ],
    "short-casual-disclosures": [
        ("en", "You're officially part of the Riverside squad now!", "patient-relationship",
         "You're officially part of the Riverside squad"),
        ("en", "Like we went over on Friday, the fix is coming.", "patient-relationship",
         "Like we went over"),
        ("en", "Always the bright spot of our Tuesdays!", "patient-relationship",
         "Always the bright spot of our Tuesdays"),
        ("en", "Proud of all the work you've done this spring.", "patient-relationship",
         "Proud of all the work you"),
        ("en", "No more text neck!", "treatment-disclosure", "No more text neck"),
        ("en", "Glad those stretches are doing their thing.", "treatment-disclosure",
         "those stretches are doing their thing"),
        ("en", "Those stairs won't stand a chance.", "treatment-disclosure",
         "Those stairs won't stand a chance"),
        ("en", "Happy 50th, by the way!", "personal-identifier", "Happy 50th"),
        ("en", "Sorry, those got scanned into the wrong chart.", "records-billing",
         "scanned into the wrong chart"),
        ("es", "¡Qué gusto que ya duermes toda la noche!", "treatment-disclosure",
         "Qué gusto que ya duermes"),
    ],
    "spanish-of-several-countries": [
        ("en", "A fever over 102 needs a call to the nurse line.", "medical-advice",
         "A fever over 102"),
        ("en", "Most sprains can be managed at home.", "medical-advice",
         "can be managed at home"),
        ("es", "No nos consta ninguna cita a su nombre.", "patient-relationship",
         "No nos consta ninguna cita a su nombre"),
        ("es", "Puede tratarse de otra clínica.", "patient-relationship",
         "Puede tratarse de otra clínica"),
        ("es", "Cumplir ochenta y llegar a los 90 así es un logro.", "personal-identifier",
         "llegar a los 90"),
        ("es", "Muchas personas encuentran útil un diario de síntomas.", "medical-advice",
         "Muchas personas encuentran útil"),
        ("es", "Gracias por su mensaje. Moitas grazas pola súa mensaxe.", "unsupported-language",
         "Moitas grazas pola súa mensaxe"),
        ("es", "Les agradecemos haber confiado en nosotros durante estos años.",
         "patient-relationship", "haber confiado en nosotros durante estos años"),
    ],
    "one-slip-in-a-careful-draft": [
        ("en", "Glad the new eye drops are making mornings easier.", "treatment-disclosure",
         "the new eye drops are making mornings easier"),
        ("en", "It was so nice to talk with you on Monday.", "patient-relationship",
         "was so nice to talk with you"),
        ("en", "It was our pleasure to squeeze in an extra slot for you.",
         "patient-relationship", "was our pleasure to squeeze in an extra slot for you"),
        ("en", "Enjoy those evening walks!", "treatment-disclosure", "Enjoy those evening walks"),
        ("en", "So exciting that she's walking now.", "treatment-disclosure",
         "exciting that she's walking"),
        ("es", "Gracias por madrugar para llegar a tiempo.", "patient-relationship",
         "Gracias por madrugar"),
        ("es", "¡Que disfrute esos paseos en bici!", "treatment-disclosure",
         "disfrute esos paseos"),
        ("es", "Es raro ver a alguien de 95 años tan activo.", "personal-identifier",
         "alguien de 95 años"),
    ],
    "warm-callbacks-to-the-review": [
        ("en", "Her posture has come such a long way.", "treatment-disclosure",
         "Her posture has come such a long way"),
        ("en", "Such calm skin after such a long battle!", "treatment-disclosure",
         "after such a long battle"),
        ("en", "Seven decades young and still smiling!", "personal-identifier",
         "Seven decades young"),
        ("es", "¡Que el Ratón Pérez se porte bien!", "treatment-disclosure", "el Ratón Pérez"),
        ("es", "Podemos imaginarla de nuevo en la cancha.", "treatment-disclosure",
         "imaginarla de nuevo"),
    ],
}

PASSES = {
    "a-clinical-word-meaning-many": [
        ("en", "We've had a rash of spam calls this month, so please leave a message."),
    ],
    "an-insurer-s-reimbursement": [
        ("en", "Some plans changed their reimbursement rules this year, so we left those "
               "networks."),
    ],
    "check-in-as-a-modifier-or-for-everyone": [
        ("en", "Payments are collected after check-in paperwork is complete."),
        ("en", "Our front desk now walks everyone through this at check-in."),
    ],
    "the-same-visit-in-a-condition": [
        ("en", "If a second concern comes up during the same visit, some plans bill it "
               "separately."),
    ],
    "a-comparison-with-a-promise": [
        ("en", "The new phone system isn't yet as fast as we promised."),
    ],
    "a-superbill-for-everyone": [
        ("en", "We give every family a superbill they can send to their insurer."),
    ],
    "a-claim-explained": [
        ("en", "When a claim is denied, we appeal it within a week. The claim then goes back to "
               "the insurer."),
    ],
    "everyone-s-own-attention": [
        ("es", "Pedimos que cada terapeuta dedique toda su atención a quien tiene delante."),
    ],
    "a-goal-for-portal-messages": [
        ("es", "Intentamos responder los mensajes del portal en un día hábil."),
    ],
    "a-rule-for-no-one": [
        ("es", "Ninguna llamada sobre pacientes debe atenderse en la sala de espera."),
    ],
    "options-listed-with-both": [
        ("en", "We fit both ceramic braces and clear aligners for teens and adults."),
    ],
    "a-free-consultation-as-its-price": [
        ("en", "New-patient consultations are always free."),
        ("es", "La valoración inicial no tiene costo."),
    ],
    "an-offer-to-serve-by-phone": [
        ("es", "Nuestra gerente puede atenderle por teléfono en horario de oficina."),
    ],
    "a-list-of-services": [
        ("en", "Our clinic treats sprains, minor burns and ear infections every day."),
        ("es", "Atendemos torceduras, quemaduras leves e infecciones de oído todos los días."),
    ],
    "a-fee-waived-for-a-kind-of-case": [
        ("en", "We waive the fee for emergencies, illness and bad weather."),
        ("es", "No cobramos en casos de emergencia o enfermedad."),
    ],
    "fault-not-a-gift": [
        ("en", "If our updates ever fall short, that's on us."),
    ],
    "a-refund-in-general": [
        ("en", "A delayed refund is stressful for anyone."),
    ],
    "a-grace-period": [
        ("es", "Damos diez minutos de cortesía a quien llega tarde."),
    ],
    "on-their-own-account-and-handy": [
        ("es", "Para quien paga por su cuenta, tenemos tarifas claras."),
        ("es", "Tenga a la mano su identificación."),
    ],
    "the-same-visit-as-what-usually-happens": [
        ("en", "Paperwork is usually finished during the same visit."),
        ("es", "Las pruebas rápidas suelen estar listas durante la misma consulta."),
    ],
    "a-process-before-any-first-visit": [
        ("es", "Nuestro equipo verifica la autorización antes de la primera consulta."),
    ],
    "a-start-date-announced": [
        ("es", "Los talleres comienzan el 3 de marzo en nuestra sala comunitaria."),
    ],
    "policies-and-idioms-from-emotional-reviews": [
        ("en", "Nothing is sent to collections without three notices."),
        ("en", "We now explain the wait estimate at check-in."),
        ("es", "Se lo recordamos a todo el equipo."),
        ("es", "Poner los ojos en blanco no tiene lugar aquí."),
        ("es", "Lo que pasa en el consultorio importa."),
        ("es", "Lo compartimos con el equipo quirúrgico."),
    ],
    "exclamations-and-idioms": [
        ("en", "Eek, thank you so much!"),
        ("en", "Right back at you, thanks for posting!"),
        ("en", "Long waits are on us to fix."),
        ("en", "Happy 10th anniversary to our team!"),
    ],
    "someone-waited-and-a-service-menu": [
        ("es", "Lamentamos que alguien haya tenido que esperar así."),
        ("es", "En el consultorio ofrecemos brackets y alineadores."),
    ],
    "a-founder-and-a-staff-meeting": [
        ("en", "Our founder, Dr. Maya Lindqvist, reads every review."),
        ("es", "Lo hablamos en la reunión de los lunes."),
    ],
    "prices-and-portals-in-general": [
        ("en", "Every first consultation, including a full set of photos, is free."),
        ("en", "Happy holidays right back to you!"),
        ("en", "Non-surgical options are priced per session."),
        ("es", "Son cinco décadas de experiencia atendiendo familias."),
        ("es", "Los resultados de laboratorio se publican en el portal."),
        ("es", "Las revisiones suelen estar cubiertas por la mayoría de los planes."),
    ],
}
