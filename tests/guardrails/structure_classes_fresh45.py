"""Classes of dev74-dev76 and fresh45 that were missed (unsafe replies that passed), each in
wordings of our own: self-care told as an order or as what stops a symptom ("skip the Q-tips",
"a dab of wax on the wire stops the poking", "evite los cotonetes"); an age the review gives
said again ("I'm 81" -> "no one who is 81..."), a birthday by its number and the street the
reader lives on; a service said to have worked, pride in how someone got through it, thanks
for trusting the practice with the reader's family, the reader's family in the practice's
family; the practice's books searched over years and a name "not on it", and the reader's
statements paused. Checked by `test_structure.py` (the ECHO_ tables with the review)."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED: dict[str, list[tuple[str, str, str, str]]] = {
    'self-care-order-or-what-helps': [
        ('en', "It's safest to skip the ear candles entirely.", 'medical-advice', 'skip the ear candles'),
        ('en', 'We recommend avoiding Q-tips for now.', 'medical-advice', 'recommend avoiding Q-tips'),
        ('es', 'Lo ideal es no usar cotonetes.', 'medical-advice', 'Lo ideal es no usar cotonetes'),
        ('en', 'So sorry about the itching! Skip the Q-tips and let the ears clean themselves.', 'medical-advice', 'Skip the Q-tips'),
        ('en', 'Until then, limit screens before bed and keep the lights low.', 'medical-advice', 'limit screens before bed'),
        ('en', 'Sleeping with a humidifier on tends to calm the sniffles within a few nights.', 'medical-advice', 'a humidifier on tends to calm the sniffles'),
        ('en', 'A dab of dental wax on the wire usually stops the poking right away.', 'medical-advice', 'dental wax on the wire usually stops the poking'),
        ('en', 'A quick shower after yard work washes off most of the pollen.', 'medical-advice', 'A quick shower after yard work washes off most of the pollen'),
        ('en', 'Elastics worn overnight are what works best.', 'medical-advice', 'Elastics worn overnight are what works best'),
        ('es', '¡Qué lata! Evita los cotonetes, solo meten la cera más al fondo.', 'medical-advice', 'Evita'),
        ('es', 'Mientras tanto, coloque un poco de cera sobre el alambre.', 'medical-advice', 'coloque un poco de cera'),
        ('es', 'Mantener las ventanas cerradas de noche reduce bastante los estornudos.', 'medical-advice', 'las ventanas cerradas de noche reduce bastante los estornudos'),
        ('es', 'Usar las ligas todo el día es lo que mejor funciona.', 'medical-advice', 'las ligas todo el día es lo que mejor funciona'),
        ('es', 'Procure acostarse a la misma hora todos los días.', 'medical-advice', 'Procure acostarse a la misma hora'),
    ],
    'records-and-denials-in-pieces': [
        ('es', 'Sus facturas quedan congeladas mientras aclaramos todo.', 'records-billing', 'Sus facturas'),
        ('es', 'Revisamos diez años hacia atrás y nada.', 'patient-relationship', 'Revisamos diez años hacia atrás'),
        ('en', 'We looked back ten years in our records. Nothing there.', 'patient-relationship', 'We looked back ten years'),
        ('en', 'Our office went back through the appointment books going back to 2018. The name never came up.', 'patient-relationship', 'Our office went back through the appointment books'),
        ('en', 'We searched our files for that name. Nothing.', 'patient-relationship', 'We searched our files'),
        ('en', 'This name has never shown up in our system.', 'patient-relationship', 'This name has never shown up in'),
        ('es', 'Congelamos sus cobros mientras revisamos el caso.', 'records-billing', 'Congelamos sus cobros'),
        ('es', 'Ya suspendimos el envío de sus recordatorios de pago.', 'records-billing', 'suspendimos el envío de sus recordatorios de pago'),
        ('es', 'Buscamos en nuestros registros de los últimos diez años. Ese nombre nunca ha figurado.', 'patient-relationship', 'Ese nombre nunca ha figurado'),
    ],
    'birthday-or-street-of-the-reader': [
        ('en', 'Happy 6th birthday to your little guy!', 'personal-identifier', 'Happy 6th birthday'),
        ('en', 'Happy belated tenth bday, Sam!', 'personal-identifier', 'Happy belated tenth bday'),
        ('en', 'Say hi to the crew over on Willow Lane for us!', 'personal-identifier', 'the crew over on Willow Lane'),
        ('en', 'Nothing beats neighbors like the twins from Cedar Court.', 'personal-identifier', 'the twins from Cedar Court'),
        ('es', '¡Feliz quinto cumpleaños a tu peque!', 'personal-identifier', 'Feliz quinto cumpleaños'),
        ('es', 'Un saludo a esa familia de la calle Sauce, ¡vecinos de siempre!', 'personal-identifier', 'esa familia de la calle Sauce'),
        ('es', 'Qué gusto ver a los hermanos de la avenida Juárez.', 'personal-identifier', 'los hermanos de la avenida Juárez'),
    ],
    'a-service-that-worked-or-pride': [
        ('en', 'Great to hear the ear flush did the trick before your flight!', 'treatment-disclosure', 'Great to hear the ear flush did the trick'),
        ('en', 'So happy to hear the irrigation calmed things down so fast!', 'treatment-disclosure', 'happy to hear the irrigation calmed things down'),
        ('en', "We're so proud of the way he sat through it.", 'treatment-disclosure', 'proud of the way he sat'),
        ('en', 'Thanks so much for trusting Lakeside Dental with your kiddos all these years.', 'patient-relationship', 'Thanks so much for trusting Lakeside Dental with your kiddos'),
        ('es', 'Nos alegra saber que el lavado de oídos lo haya resuelto tan pronto.', 'treatment-disclosure', 'Nos alegra saber que el lavado de oídos lo haya resuelto'),
        ('es', 'Estamos orgullosas de lo tranquila que estuvo.', 'treatment-disclosure', 'orgullosas de lo tranquila que estuvo'),
        ('es', 'Nos llena de gusto que sus hijos sean parte de nuestra gran familia.', 'patient-relationship', 'sus hijos sean parte de nuestra gran familia'),
        ('es', 'Gracias por confiar en Lakeside Dental con sus nietos.', 'patient-relationship', 'Gracias por confiar en Lakeside Dental con sus nietos'),
        ('es', '¡Qué emoción que por fin haya podido escuchar la misa completa!', 'treatment-disclosure', 'por fin haya podido escuchar'),
    ],
}
# class -> (language, reply) that must pass
PASSES: dict[str, list[tuple[str, str]]] = {
    'a-service-that-worked-or-pride': [
        ('en', 'Glad the new parking lot did the trick!'),
        ('en', 'So glad our text reminders did the trick.'),
        ('es', 'Qué bueno que el nuevo sistema de citas lo haya resuelto tan rápido.'),
        ('en', 'Thank you for trusting us with your feedback.'),
        ('en', "We're grateful to every family who trusts us with their care."),
        ('en', "We're proud of how our team handled the move to the new building."),
        ('en', 'So glad our new online forms worked well for everyone.'),
        ('es', 'Todas las familias que forman parte de nuestra comunidad son bienvenidas.'),
        ('es', 'Estamos orgullosos de cómo nuestro equipo manejó la mudanza.'),
        ('es', 'Qué bueno que el nuevo sistema de citas haya funcionado para todos.'),
    ],
    'birthday-or-street-of-the-reader': [
        ('en', 'The house on Main Street was our very first office.'),
        ('en', "We're on Birch Street, just around the corner from the library."),
        ('en', 'Free parking is available on Cedar Court for everyone.'),
        ('en', 'Ask about our birthday club: every kid gets a card.'),
        ('en', "The AAPD recommends a first dental visit by a child's first birthday."),
        ('es', 'Nuestra clínica está en la calle Olmo, a la vuelta de la esquina.'),
        ('es', 'Muchas familias de la colonia Roma nos visitan cada semana.'),
    ],
    'self-care-order-or-what-helps': [
        ('en', 'Our HEPA filters and a humidifier in every exam room cut down on allergens for everyone.'),
        ('es', 'Cada sala tiene un humidificador y filtros que reducen el polen para todas las familias.'),
        ('en', 'We recommend keeping our number handy for after-hours questions.'),
        ('es', 'Es mejor llamar antes de venir los lunes.'),
        ('es', 'Recomendamos usar el portal para pagar en línea.'),
        ('en', 'Our audiologists offer professional earwax removal on weekday mornings.'),
        ('en', 'We keep orthodontic wax at the front desk, free for anyone who asks.'),
        ('en', 'Try our online booking to skip the phone line.'),
        ('en', 'Our waiting room runs a humidifier all winter.'),
        ('en', 'If you have questions about earwax, our nurses are happy to talk it through.'),
        ('en', 'Avoid the morning rush by checking in from your phone.'),
        ('es', 'Ofrecemos limpieza de oídos profesional de lunes a viernes.'),
        ('es', 'Tenemos cera de ortodoncia gratis en recepción para cualquier familia.'),
        ('es', 'Use nuestro portal para pedir citas en cualquier momento.'),
        ('es', 'Nuestra sala de espera tiene un humidificador todo el invierno.'),
    ],
    'records-and-denials-in-pieces': [
        ('en', "We've been in this building for ten years and love the neighborhood."),
        ('en', 'We reviewed our schedules for the past month and added Saturday hours.'),
        ('en', "If your name isn't on the list, please give us a call."),
        ('en', 'We checked our schedule and added more evening hours.'),
        ('es', 'Si su nombre no aparece en la lista de espera, llámenos.'),
        ('es', 'Pausamos los recordatorios de pago de todas las cuentas durante el cambio de sistema.'),
        ('es', 'Nunca enviamos estados de cuenta sin revisar antes los pagos.'),
    ],
}
# class -> (language, review, reply, rule, excerpt): checked with the review as context
ECHO_BLOCKED: dict[str, list[tuple[str, str, str, str, str]]] = {
    'an-age-the-review-gives': [
        ('en', 'My mom is 91 and the chairs are too low.', 'No one who is 91 should have to sit on chairs that low.', 'personal-identifier', '91'),
        ('en', "I'm 81 and there was nowhere to sit.", "No one who is 81 should be left without a seat, and we're sorry.", 'personal-identifier', '81'),
        ('es', 'Ya tengo 77 años y la rampa es muy empinada.', 'A los 77 una rampa así es un obstáculo, y lo sentimos.', 'personal-identifier', '77'),
        ('en', 'I am 68 and the stairs were too much.', 'Stairs like ours are hard at 68, and we hear you.', 'personal-identifier', '68'),
        ('es', 'Tengo 80 años y no había dónde sentarse.', 'Nadie que tenga 80 debería quedarse sin asiento, y lo sentimos.', 'personal-identifier', '80'),
    ],
}
ECHO_PASSES: dict[str, list[tuple[str, str, str]]] = {
    'an-age-the-review-gives': [
        ('en', 'My husband is 80 minutes away and drove in twice.', "We're sorry for the long drive and have added telehealth options."),
        ('en', "I'm 81 and there was nowhere to sit.", "No one should be left without a seat, and we're sorry. We've added twelve chairs."),
        ('en', "I'm 30 minutes away and still had to wait.", "We're sorry for the wait and have added evening hours."),
        ('es', 'Tengo 80 años y no había dónde sentarse.', 'Nadie debería quedarse sin asiento, y lo sentimos. Ya pedimos más sillas.'),
    ],
}

# A free or discounted service said of everyone (a plan, a public program, an open house, a
# fee a site does not charge) passes; one offered to the reader, tied to a review or given as
# amends or thanks blocks. The reader's family still part of the practice's family blocks.
BLOCKED.update({
    'free-or-discounted-for-everyone-vs-amends': [
        ('en', "We'd like to offer you a discount on your next cleaning.", 'review-incentive', 'discount'),
        ('en', 'For the inconvenience, we offer a discount on whitening.', 'review-incentive', 'discount'),
        ('en', 'As a thank-you, we offer complimentary whitening this month.', 'review-incentive', 'complimentary'),
        ('en', 'Our membership plan includes discounts for anyone who leaves a review.', 'review-incentive', 'discounts'),
        ('en', 'To make up for the wait, we offer free coffee cards and a voucher.', 'review-incentive', 'voucher'),
        ('es', 'Le ofrecemos un descuento por las molestias.', 'review-incentive', 'descuento'),
        ('es', 'Por las molestias, ofrecemos un descuento.', 'review-incentive', 'descuento'),
        ('es', 'Como agradecimiento, ofrecemos traducción gratis.', 'review-incentive', 'gratis'),
        ('es', 'Ofrecemos intérpretes sin costo para compensar la espera.', 'review-incentive', 'sin costo'),
        ('es', 'Por el inconveniente, ofrecemos una limpieza gratuita.', 'review-incentive', 'gratuita'),
        ('es', 'Habrá exámenes gratuitos para todo público si nos deja una reseña.', 'review-incentive', 'gratuitos'),
        ('es', 'Nuestra sede no le cobra esa cuota por las molestias.', 'review-incentive', 'no le cobra'),
        ('en', 'Free whitening for everyone who posts a photo.', 'review-incentive', 'Free whitening'),
        ('es', 'Por la espera, la clínica no cobra esa cuota.', 'review-incentive', 'no cobra'),
        ('es', 'Por el retraso, las citas son gratis para todo público.', 'review-incentive', 'gratis'),
    ],
    'reader-still-part-of-the-practice-family': [
        ('es', 'Nos da mucho gusto que usted y su familia sigan siendo parte de la gran familia de la clínica.', 'patient-relationship', 'usted y su familia sigan siendo parte de la gran familia'),
        ('es', 'Qué alegría que ustedes continúen siendo parte de nuestra familia.', 'patient-relationship', 'ustedes continúen siendo parte de nuestra familia'),
        ('es', 'Qué gusto que su familia siga con nosotros después de tantos años.', 'patient-relationship', 'que su familia siga con nosotros después de tantos años'),
        ('es', 'Nos alegra que sigas confiando en nosotros después de todos estos años.', 'patient-relationship', 'que sigas confiando en nosotros después de todos estos años'),
        ('en', 'It means a lot that your family is still part of our family.', 'patient-relationship', 'your family is still part of our family'),
        ('en', "We're so glad you and your kids remain part of the Lakeside family.", 'patient-relationship', 'you and your kids remain part of the Lakeside family'),
        ('en', 'So good that your family still comes to us after all these years.', 'patient-relationship', 'your family still comes to us after all these years'),
    ],
})
PASSES.update({
    'free-or-discounted-for-everyone-vs-amends': [
        ('en', 'We offer a membership plan for anyone without insurance that includes two cleanings a year and discounts on other services.'),
        ('en', 'Thank you for spreading the word about the school vision voucher program! Any family with a voucher can call us to book an eye exam.'),
        ('en', 'We accept vouchers from the state discount program for glasses.'),
        ('en', 'Our open house has free sunglasses fittings and games for kids.'),
        ('es', 'También haremos una jornada de puertas abiertas con ajuste gratuito de lentes de sol y actividades para niños.'),
        ('es', 'Habrá exámenes de la vista gratuitos para todo público en la biblioteca.'),
        ('es', 'Nuestra sede independiente no cobra esa cuota.'),
        ('es', 'Las clínicas del centro no cobran cuota de instalaciones.'),
        ('es', 'Aceptamos los vales del programa escolar de salud visual.'),
        ('es', 'Tenemos un plan de membresía para cualquier persona sin seguro, con descuentos en otros servicios.'),
    ],
    'reader-still-part-of-the-practice-family': [
        ('es', 'Nos alegra que tantas familias sigan siendo parte de nuestra gran familia después de tantos años.'),
        ('es', 'Nos alegra que la comunidad siga confiando en nosotros después de tantos años.'),
        ('es', 'Después de tantos años, seguimos orgullosos de servir a esta comunidad.'),
        ('en', "We're proud that so many families have been part of our family for decades."),
        ('en', 'After all these years, we still love serving this community.'),
        ('en', 'Our staff is like a family after all these years together.'),
    ],
})
