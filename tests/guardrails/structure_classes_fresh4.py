"""The classes fresh4 (the fourth blind batch) found, in both directions and both languages,
each in wordings of our own (not the batch's sentences), asserting the rule AND the words it
points at. Misses: an age, digits for most letters, resuming care, a particular day that went
well, paused collections, a remedy that eases a symptom, a wish about "he" or "she", a short
phrase in a language with its own marks. False blocks: hearsay ("the wait you describe"),
lists under a generic heading, questions about services, seasons, decorative emoji, the
practice's schedule, policies and service lists, decisions and purchases in general, staff
introducing or signing themselves, a word that is also a name opening a list item.

Run by `test_structure.py` with the earlier classes."""

from __future__ import annotations

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    "an-age": [
        ("en", "Starting braces at fourteen is a big step, and we make it fun for everyone.",
         "personal-identifier", "at fourteen"),
        ("en", "Your 9-year-old was a pleasure to have.", "personal-identifier",
         "Your 9-year-old"),
        ("es", "Empezar los frenos a los catorce años es un gran paso.",
         "personal-identifier", "a los catorce años"),
        ("es", "Su hijo de nueve años fue todo un campeón.",
         "personal-identifier", "Su hijo de nueve años"),
    ],
    "digits-for-most-letters": [
        ("en", "So happy ur n3w h34r1ng 41ds r w0rk1ng gr8!",
         "treatment-disclosure", "h34r1ng 41ds"),
        ("en", "Thx 4 the r3v13w! Glad ur n3w cr0wn f33ls gr34t.",
         "treatment-disclosure", "ur n3w cr0wn"),
    ],
    "resuming-care": [
        ("en", "Our door is always open, and we'd be glad to pick things up whenever you're "
               "ready.", "patient-relationship", "pick things up"),
        ("en", "We'd love to pick up where we left off whenever it suits you.",
         "patient-relationship", "pick up where we left off"),
        ("es", "Cuando esté lista, con gusto retomamos donde lo dejamos.",
         "patient-relationship", "donde lo dejamos"),
        ("es", "Nos encantaría retomar sus sesiones cuando guste.",
         "patient-relationship", "retomar sus"),
    ],
    "a-particular-day-that-went-well": [
        ("en", "We're so glad Saturday morning went smoothly for you.",
         "patient-relationship", "morning went smoothly"),
        ("en", "Happy to hear the fitting went so quickly!",
         "patient-relationship", "fitting went so quickly"),
        ("es", "Qué alegría que el domingo en la noche salió tan bien.",
         "patient-relationship", "el domingo en la noche salió tan bien"),
    ],
    "collections-paused": [
        ("en", "We've asked our billing office to stop all collection activity for now.",
         "records-billing", "stop all collection activity"),
        ("es", "Pedimos a facturación pausar cualquier gestión de cobranza mientras revisamos.",
         "records-billing", "pausar cualquier gestión de cobranza"),
    ],
    "a-remedy-that-eases-a-symptom": [
        ("en", "A warm salt-water rinse usually takes the edge off that kind of soreness.",
         "medical-advice", "usually takes the edge off that kind of soreness"),
        ("en", "An over-the-counter anti-inflammatory taken as directed often helps.",
         "medical-advice", "over-the-counter anti-inflammatory"),
        ("es", "Los enjuagues con agua tibia y sal suelen aliviar bastante ese tipo de molestia.",
         "medical-advice", "suelen aliviar bastante ese tipo de molestia"),
        ("es", "Un analgésico de venta libre puede calmar ese dolor.",
         "medical-advice", "puede calmar ese dolor"),
    ],
    "a-wish-about-he-or-she": [
        ("en", "It's a big moment when braces come off, and we hope she loves showing off that "
               "smile.", "treatment-disclosure", "braces"),
        ("es", "Esperamos que ella disfrute mucho su nueva sonrisa.",
         "treatment-disclosure", "sonrisa"),
    ],
    "a-phrase-with-foreign-marks": [
        ("en", "Thank you very much! Cảm ơn bạn rất nhiều!", "unsupported-language",
         "Cảm ơn bạn rất nhiều"),
        ("en", "Thank you! Dziękuję bardzo!", "unsupported-language", "Dziękuję bardzo"),
        ("es", "¡Gracias! Děkuji moc!", "unsupported-language", "Děkuji moc"),
    ],
}

# class -> (language, reply) that no rule may block
PASSES = {
    "ages-in-general": [
        ("en", "We see kids from age 1 and up, and teens are always welcome."),
        ("en", "The AAO recommends an orthodontic check at age 7."),
        ("es", "Atendemos a niños de 1 año en adelante."),
        ("es", "Con más de veinte años en el barrio, conocemos a nuestra comunidad."),
    ],
    "what-the-reader-reports": [
        ("en", "We're sorry to hear about the wait you describe, and we'd welcome a call."),
        ("en", "We're sorry to hear you're disappointed."),
        ("es", "Lamentamos la demora que menciona y nos gustaría conversar."),
        ("es", "Lamentamos saber de la espera."),
    ],
    "a-list-under-a-generic-heading": [
        ("en", "Here's what anyone can expect at a first consultation:\n"
               "• A surgeon explains recovery time and risks.\n• Pricing is given in writing."),
        ("es", "Lo que cualquier paciente puede esperar:\n"
               "• La primera consulta incluye una revisión completa.\n"
               "• Las radiografías se toman solo cuando hacen falta."),
    ],
    "questions-about-services": [
        ("en", "If you ever have questions about implants or dentures, give us a call."),
        ("es", "Si tiene dudas sobre implantes o dentaduras, llámenos."),
    ],
    "seasons-and-decoration": [
        ("en", "Wait times run long during allergy season, and we post updates online."),
        ("es", "En temporada de gripe los tiempos de espera aumentan."),
        ("en", "Thank you for the kind words! 🦷✨ Creating a fun space for kids is what we "
               "love."),
        ("es", "¡Gracias por sus palabras! 🦷✨ Nos encanta crear un espacio alegre para los "
               "niños."),
    ],
    "the-practice-s-schedule-policies-and-services": [
        ("en", "We hold walk-in slots every evening for anyone who needs them."),
        ("es", "Reservamos citas para el mismo día cada mañana."),
        ("en", "Our refill policy applies to everyone and is posted on our website."),
        ("es", "Nuestra política de resurtido aplica para todos y está publicada en la página."),
        ("en", "Our cardiologists are committed to heart health for the whole community - from "
               "screenings to cardiac rehab."),
        ("es", "Nuestro equipo de cardiología cuida la salud de toda la comunidad, desde "
               "chequeos hasta rehabilitación cardíaca."),
        ("es", "Les atendemos de lunes a viernes."),
    ],
    "decisions-and-purchases-in-general": [
        ("en", "We understand that vaccine decisions are deeply personal, and we respect that "
               "families feel strongly."),
        ("en", "We understand that hearing technology is a significant investment."),
        ("es", "Entendemos que las decisiones sobre vacunas son muy personales."),
    ],
    "staff-introducing-or-signing-themselves": [
        ("en", "Hi, Lori here - I'm the office manager, and I'd like to help."),
        ("es", "Por favor comuníquese con nuestra gerente de oficina, Beatriz."),
        ("en", "We take every concern seriously. We'd welcome a call.\n— Dr. Maya Chen"),
    ],
    "a-word-that-is-also-a-name-opening-a-list-item": [
        ("en", "We're expanding our schedule:\n• Early-morning appointments are offered on "
               "Tuesdays.\n• Grace periods are available for payments."),
        ("es", "Estamos ampliando el horario:\n• Una nueva fisioterapeuta se une al equipo."),
    ],
}
