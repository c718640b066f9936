"""Classes this session's held-out batches (fresh31, fresh32; first runs in
`cases_probe/fresh3*_FIRST_RUN.txt`) and its dev batches (dev32-dev35) found, each in wordings
of our own. fresh31 added: "enjoy that new smile, you earned every bit of it" ("every bit" is
no one in general), "que seas parte de la familia" with no pronoun, "we believe we know which
appointment this refers to", a payment plan that "remains in place" and "the next installment
isn't due until..."; an age the review gives said again ("a mom who is 82", "a big deal at
six"; `test_structure.py`); false blocks of "our team meets every morning", flu vaccine clinics
"held every Saturday morning", "if you were ever a patient..., your records were transferred",
a prize box that "se renueva cada viernes". dev32 and dev33 added: "the cookies you brought in",
"happy early 80th birthday", "a sensitivity toothpaste used twice daily usually helps", "many
people find that cutting caffeine... makes a real difference", "lifting a little one again is
one of them" (split over sentences), "el suyo ya lo hizo", "le recomendamos hielo"; false blocks
of "all of our lasers are operated by...", "our free LASIK consultation includes...", "contact
lens orders usually arrive within...", "our therapists receive ongoing training", "we never take
the trust of our community for granted", "we don't double-book", "para que la gerente pueda
atenderle", a condition on having been seen ("si alguna vez fue atendido..."). dev34 and
dev35 added: "nothing like reading the menu... again", "enjoy waking up and seeing the alarm
clock clearly", "try breathing in for four counts", "one thing we suggest to everyone is
putting the phone away", "still talks about what a fun afternoon that was", ibuprofen "every six
to eight hours", "seis añitos", "esos números tan buenos", "que eso ya haya quedado atrás";
false blocks of clinical words in an explanation the reply announced as general ("we'd like to
explain our general approach"), "hay mantas en la sala de espera", "para evitar el cargo".
fresh32 added: "our whole front desk still remembers those sparkly sneakers", "we hope the two
fill-\nings are holding up great" after a clause about children; false blocks of "a muchas
personas las citas les generan estrés", "acompañar a cada persona a su propio ritmo". dev36
and dev37 added: "one year old already", "un añito ya", a 🎁 for bumping the review to ⭐⭐⭐⭐⭐,
"happier than knowing family dinners are full of conversation again", SPF and "the easiest
ways to protect your hearing", "he loves his new 👓", "su c u e n t a y le enviaremos" (the
"y" is the next word), "what a transformation", "keep wearing the compression garment", "you
let us be there for you", "still laughs about the dinosaur socks", "try to keep a consistent
bedtime", "so glad those stairs are getting easier", "qué cambio", "tu nueva figura", "todo lo
que ha avanzado desde enero", "siga usando la faja", "la nota del expediente que menciona";
false blocks of "any balance over $200", "we're working on... in the waiting room", "we don't
see people strictly in order of arrival", "it may help to know that...", "as part of
comprehensive exams", "call or text our office line", "results and recovery vary", "when
someone is in pain". fresh33 added: "Give N o a h a high-five" (the article "a" was joined to
the spaced name), "the wait was shorter this time around", "it's not every 13-year-old who...",
"no todos los chicos de 14 años", "this reviewer has never been registered at any of our
locations"; false blocks of "whether someone is coming back from surgery", "Bright Harbor
Dental is in network with Delta Dental PPO", "our consultations include... how brackets, wires
and elastics work", "the Webster technique", "whenever surgical care is needed", "we hear you on
the wait", "many people are surprised to learn that root canal therapy today...", "sumamos...
citas el mismo día para enfermedades", "el corazón de una buena terapia", "buscando cómo
comunicarlo mejor". dev38 and dev39 added: "corn on the cob season just got a whole lot better for
him", "nobody matching this description came through our clinic", "there's nothing like a kid
seeing the whiteboard clearly... for the first time", "a privilege to look after him all these
years", "those last house calls", "8 payments left on the plan", "went back through that
Saturday's sign-in sheets. The name on this review?", "that 🦵 is 💯 again", "un paño tibio sobre
el párpado", "a muchas mamás les ayuda...", "FPS 30"; false blocks of "a game corner coming in
August", "hold times have dropped by half", "the treasure chest is a team favorite", "6:30 a.m.
slots", "Plaza del Sol", Spain's "os agradecemos vuestras palabras" (read as Portuguese). Each table
is checked by `test_structure.py`: a blocked reply must block with that rule at that excerpt,
a passing one (with the practice's phone added) must pass."""

# ruff: noqa: E501  (one wording a line reads better than a wrapped one)

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED = {
    # fresh31
    "a-new-look-enjoyed-every-bit": [
        ("en", "Enjoy those straighter teeth, you waited every bit as long as we promised!",
         "treatment-disclosure", "teeth"),
    ],
    "one-of-the-family-said-by-the-verb": [
        ("es", "¡Qué gusto que formes parte de la familia Sonrisas Claras!",
         "patient-relationship", "que formes parte de la familia"),
        ("es", "Nos encanta que sigan siendo parte de nuestra familia.",
         "patient-relationship", "que sigan siendo parte de nuestra familia"),
    ],
    "the-practice-found-the-visit": [
        ("en", "We think we've identified the appointment you mention.",
         "patient-relationship", "We think we've identified the appointment"),
        ("en", "I looked up the visit and spoke with the nurse on duty.",
         "patient-relationship", "I looked up the visit"),
    ],
    "the-state-of-an-account": [
        ("en", "Your financing remains active, so nothing changes for now.",
         "records-billing", "Your financing remains active"),
        ("en", "The next payment is due on the fifteenth.", "records-billing",
         "The next payment is"),
        ("en", "The autopay we set up last spring is still running.", "records-billing",
         "autopay we set up last"),
    ],
    # dev32, dev33
    "something-the-reader-brought": [
        ("en", "The whole team loved the tamales you made for us!", "patient-relationship",
         "tamales you made"),
        ("en", "Our hygienists are still laughing about you and that joke.",
         "patient-relationship", "still laughing about you"),
    ],
    "a-birthday-wish": [
        ("en", "Happy belated birthday from everyone at the office!", "personal-identifier",
         "Happy belated birthday"),
        ("es", "¡Feliz cumpleaños a su abuelita de parte de todos!", "personal-identifier",
         "Feliz cumpleaños"),
    ],
    "a-product-or-habit-that-helps": [
        ("en", "An electric toothbrush with a pressure sensor often makes a big difference.",
         "medical-advice", "An electric toothbrush with a pressure sensor often makes a big difference"),
        ("en", "Most families notice that limiting screens after dinner helps a lot.",
         "medical-advice", "Most families notice that limiting screens after dinner helps"),
        ("en", "Use the drops three times daily until it clears.", "medical-advice",
         "three times daily"),
        ("es", "Te sugerimos mucha hidratación y reposo este fin de semana.", "medical-advice",
         "Te sugerimos mucha hidratación"),
        ("es", "Para la espalda recomendamos reposo y paciencia.", "medical-advice",
         "recomendamos reposo"),
    ],
    "an-everyday-thing-again": [
        ("en", "Some goals take longer than others. Climbing the stairs to the bedroom again is a big one!",
         "treatment-disclosure", "Climbing the stairs to the bedroom again"),
    ],
    "the-readers-own-said-as-el-suyo": [
        ("es", "Cada caso es distinto. El tuyo avanzó más rápido de lo esperado.",
         "patient-relationship", "El tuyo"),
        ("es", "Muchos niños lloran al principio, pero la suya fue valiente.",
         "patient-relationship", "la suya"),
    ],
    # dev34, dev35
    "an-everyday-thing-again-or-enjoyed": [
        ("en", "There's nothing like tying your own shoes without wincing again.",
         "treatment-disclosure", "nothing like tying your own shoes without wincing again"),
        ("en", "Enjoy reading bedtime stories without squinting!", "treatment-disclosure",
         "Enjoy reading"),
        ("es", "No hay nada como volver a correr con los nietos.", "treatment-disclosure",
         "nada como volver a correr"),
        ("es", "Qué bien que esa etapa ya haya quedado atrás.", "treatment-disclosure",
         "ya haya quedado atrás"),
        ("es", "¡Estos valores tan estables dicen mucho de su constancia!", "treatment-disclosure",
         "Estos valores tan estables"),
    ],
    "a-breathing-exercise-or-habit-tip": [
        ("en", "When stress builds, try box breathing before bed.", "medical-advice",
         "try box breathing"),
        ("en", "The habit we recommend to everyone is walking after meals.", "medical-advice",
         "habit we recommend to everyone is walking"),
        ("es", "Si te agobias, respira despacio contando hasta cinco.", "medical-advice",
         "respira despacio contando hasta cinco"),
    ],
    "staff-recall-the-day": [
        ("en", "The whole front desk still talks about that afternoon.", "patient-relationship",
         "still talks about that afternoon"),
    ],
    "a-dose-in-words": [
        ("en", "Naproxen every eight to twelve hours usually settles it.", "medical-advice",
         "every eight to twelve hours"),
    ],
    "a-small-childs-age": [
        ("es", "¡Con cuatro añitos se portó como una campeona!", "personal-identifier",
         "Con cuatro añitos"),
    ],
    # fresh32
    "staff-still-remember-things": [
        ("en", "The nurses still talk about your dinosaur backpack.", "patient-relationship",
         "still talk about your"),
        ("en", "Our hygienists still remember that bright yellow raincoat.",
         "patient-relationship", "still remember that"),
        ("es", "Las recepcionistas todavía hablan de esos calcetines de colores.",
         "patient-relationship", "todavía hablan de esos"),
    ],
    "an-opening-in-a-later-clause": [
        ("en", "We adore our little visitors, and we hope the two new caps are holding up great.",
         "treatment-disclosure", "holding up great"),
        ("en", "Hope the first night home went smoothly.", "patient-relationship",
         "first night home went smoothly"),
        ("en", "We hope the weekend went smoothly.", "patient-relationship",
         "weekend went smoothly"),
    ],
    # dev36, dev37
    "staff-laughing-about-the-reader-s-things": [
        ("en", "Our front desk still giggles about the pirate hat.", "patient-relationship",
         "still giggles about the"),
    ],
    "being-there-for-the-reader": [
        ("en", "Thank you for letting us walk alongside you this year.", "patient-relationship",
         "Thank you for letting us"),
        ("en", "We're honored you allowed us to support you through a hard season.",
         "patient-relationship", "allowed us to support you"),
    ],
    "a-result-exclaimed-over": [
        ("en", "What a difference — the after pictures look amazing!", "treatment-disclosure",
         "What a difference"),
        ("en", "She's loving her new frames!", "treatment-disclosure", "loving her new frames"),
        ("es", "¡Qué cambio tan bonito!", "treatment-disclosure", "Qué cambio"),
        ("es", "Nos encanta ver todo lo que ha avanzado este año.", "treatment-disclosure",
         "todo lo que ha avanzado"),
        ("es", "¡Presume tu nueva silueta este verano!", "treatment-disclosure",
         "tu nueva silueta"),
    ],
    "keep-using-a-device-or-a-habit-tip": [
        ("en", "Try to cut back on screens after dinner.", "medical-advice",
         "Try to cut back on screens"),
        ("en", "Remember: SPF 50 on every sunny day.", "medical-advice", "SPF 50"),
        ("en", "Wearing sunglasses is the single best way to protect your eyes.",
         "medical-advice", "is the single best way to protect your eyes"),
        ("en", "Keep wearing the night brace until spring.", "medical-advice",
         "Keep wearing the night brace"),
        ("es", "Siga usando las gotas cada noche.", "medical-advice", "Siga usando las gotas"),
    ],
    "an-age-as-news": [
        ("en", "Two months old already!", "personal-identifier", "Two months old"),
        ("es", "¡Tres añitos ya!", "personal-identifier", "Tres añitos"),
    ],
    "everyday-life-getting-easier": [
        ("en", "Hills are getting easier, we hear!", "treatment-disclosure",
         "Hills are getting easier"),
        ("en", "Nothing makes us prouder than hearing the piano is being played again!",
         "treatment-disclosure", "prouder than hearing the piano is being played again"),
    ],
    "a-note-in-the-file": [
        ("es", "Ya corregimos la nota en su expediente.", "records-billing",
         "la nota en su expediente"),
    ],
    "a-reward-in-emoji-or-a-word-spaced-out": [
        ("en", "A little 🎁 is yours if you bump us to ⭐⭐⭐⭐⭐.", "review-incentive",
         "🎁 is yours if you bump us to ⭐⭐⭐⭐⭐"),
        ("es", "Revisamos su c u e n t a y le devolvimos el dinero.", "records-billing",
         "su c u e n t a"),
    ],
    # fresh33
    "a-name-spaced-out-before-a": [
        ("en", "Give E m m a a hug from us.", "personal-identifier", "E m m a"),
    ],
    "this-visit-compared-with-the-last": [
        ("en", "So glad check-in felt smoother this time.", "patient-relationship",
         "smoother this time"),
    ],
    "an-age-through-not-every": [
        ("en", "Not every 9-year-old sits that still!", "personal-identifier",
         "Not every 9-year-old"),
        ("es", "No todos los niños de 7 años son tan valientes.", "personal-identifier",
         "No todos los niños de 7 años"),
    ],
    "never-registered": [
        ("en", "This person was never registered with our clinic.", "patient-relationship",
         "never registered"),
    ],
    # dev38, dev39
    "everyday-life-better-for-someone": [
        ("en", "Bedtime just got so much easier for her!", "treatment-disclosure",
         "just got so much easier for her"),
        ("en", "There's nothing like a toddler hearing the birds clearly for the first time.",
         "treatment-disclosure", "nothing like a toddler hearing the birds clearly"),
    ],
    "the-reviewer-looked-up": [
        ("en", "Nobody matching that account came through our office.", "patient-relationship",
         "Nobody matching"),
        ("en", "We combed through the sign-in sheets for that week.", "patient-relationship",
         "combed through the sign-in sheets"),
        ("en", "The name on this review does not appear anywhere.", "patient-relationship",
         "The name on this review"),
    ],
    "caring-for-someone-remembered": [
        ("en", "It was an honor to care for your mom for so long.", "patient-relationship",
         "honor to care for your mom"),
        ("en", "Those weekly home visits meant so much to our nurses.", "patient-relationship",
         "Those weekly home visits"),
    ],
    "payments-left-on-a-plan": [
        ("en", "Just two more payments left on the plan!", "records-billing",
         "two more payments left"),
    ],
    "a-remedy-that-helps-many": [
        ("es", "Un paño tibio sobre los ojos por la noche alivia.", "medical-advice",
         "Un paño tibio sobre los"),
        ("es", "A muchos pacientes les funciona caminar después de comer.", "medical-advice",
         "A muchos pacientes les funciona"),
        ("es", "Recuerde: FPS 50 en la playa.", "medical-advice", "FPS 50"),
    ],
    # dev40, dev41
    "knowing-who-wrote-it": [
        ("en", "Everybody knew right away who wrote this.", "patient-relationship",
         "Everybody knew right away who wrote this"),
        ("es", "Todos supimos enseguida quién lo escribió.", "patient-relationship",
         "Todos supimos enseguida quién lo escribió"),
    ],
    "part-of-the-practice-s-family": [
        ("en", "We're thrilled to have your two girls as part of the Maple Grove family!",
         "patient-relationship", "have your two girls as part of the Maple Grove family"),
        ("es", "¡Qué gusto tenerte como paciente!", "patient-relationship",
         "tenerte como paciente"),
    ],
    "a-gift-for-posting-elsewhere": [
        ("en", "Post this on Google too and we'll send a free whitening kit.", "review-incentive",
         "Post this on Google too and we'll send a free whitening kit"),
    ],
    "rinses-alternating-medicines-a-result": [
        ("es", "Haz gárgaras con agua tibia antes de dormir.", "medical-advice", "Haz gárgaras"),
        ("es", "Puede alternar ibuprofeno y paracetamol.", "medical-advice",
         "alternar ibuprofeno"),
        ("es", "El resultado final quedó precioso.", "treatment-disclosure",
         "El resultado final quedó precioso"),
    ],
    "a-sentence-in-portuguese": [
        ("en", "Estamos sempre aqui para ajudar.", "unsupported-language",
         "Estamos sempre aqui para ajudar"),
    ],
    # fresh34
    "details-on-file": [
        ("en", "The plan we have on file covers the crown.", "records-billing",
         "The plan we have on file"),
        ("en", "Everything is on file for you now.", "records-billing", "on file for you"),
    ],
    # fresh35
    "a-breathing-technique-booking-collections-zero": [
        ("en", "Box breathing can really help settle your nerves.", "medical-advice",
         "Box breathing"),
        ("en", "So glad you finally booked with us!", "patient-relationship",
         "you finally booked with us"),
        ("en", "We've asked the agency to stop collections for now.", "records-billing",
         "stop collections"),
        ("en", "Zero cavities this time!", "treatment-disclosure", "Zero cavities"),
        ("es", "Inhala en 4 y exhala en 8.", "medical-advice", "Inhala en 4"),
        ("es", "Tres meses de constancia. Cero granitos.", "treatment-disclosure",
         "Cero granitos"),
    ],
    # dev42
    "known-and-enjoyed-care-working": [
        ("en", "We love seeing familiar faces every month.", "patient-relationship",
         "seeing familiar faces"),
        ("en", "We're over the moon for you both!", "patient-relationship",
         "over the moon for you"),
        ("en", "Your little ones are always a treat to see in here.", "patient-relationship",
         "treat to see in here"),
        ("en", "Slow breathing can really help: in for four, hold for four.", "medical-advice",
         "Slow breathing"),
        ("en", "Glad the shots are finally making spring bearable.", "treatment-disclosure",
         "the shots are finally making"),
        ("es", "Qué bien que esas ojeras hayan desaparecido.", "treatment-disclosure",
         "esas ojeras hayan desaparecido"),
    ],
    # fresh36
    "effort-an-age-an-account": [
        ("en", "The effort you've put in this year really shows.", "treatment-disclosure",
         "The effort you've put in"),
        ("en", "Not everyone keeps our nurses laughing at 91!", "personal-identifier", "at 91"),
        ("en", "Three notices were mailed in this case.", "records-billing",
         "mailed in this case"),
        ("es", "¡Ya solo le quedan dos cuotas!", "records-billing", "le quedan dos cuotas"),
    ],
    "a-records-request": [
        ("es", "Recibimos su solicitud de expediente el lunes.", "records-billing",
         "Recibimos su solicitud de expediente"),
    ],
}

# class -> (language, reply)
PASSES = {
    "general-wording-from-fresh31": [
        ("en", "Our nurses huddle every morning before the doors open."),
        ("en", "Allergy shot clinics are held every Tuesday evening."),
        ("en", "If you were ever a patient at our old location, your records moved with us."),
        ("en", "We savor every moment we get to spend with our community."),
        ("es", "Nuestra caja de juguetes se renueva cada mes."),
        ("es", "Si alguna vez fue paciente de la clínica anterior, su expediente está con nosotros."),
    ],
    "general-wording-from-dev32-dev33": [
        ("en", "All of our x-ray units are inspected every year."),
        ("en", "Our free hearing consultation includes a short questionnaire."),
        ("en", "Frame orders usually arrive within two weeks."),
        ("en", "Our hygienists complete continuing education every year."),
        ("en", "We never take a single review for granted."),
        ("en", "We don't double-charge, and we're reviewing our process."),
        ("en", "If you were ever seen here and have a question about a lab result, please call us."),
        ("es", "Todos nuestros equipos se revisan cada semana."),
        ("es", "Los pedidos de armazones suelen llegar en dos semanas."),
        ("es", "Llame para que nuestra gerente pueda atenderle con calma."),
        ("es", "Agradecemos todas las reseñas, incluida la suya."),
        ("es", "Tenemos muchos modelos de armazón; pregunte por el suyo."),
    ],
    "general-wording-from-dev34-dev35": [
        ("en", "We can't discuss anyone's care here, but we'd like to explain our general approach. Our doctors follow national guidelines on when antibiotics help."),
        ("en", "Our front desk line is answered every two hours on holidays."),
        ("es", "No podemos hablar de casos, pero le explicamos cómo funciona en general. Ante una dificultad para respirar, los pacientes pasan primero."),
        ("es", "Hemos colocado mantas en la sala de espera."),
        ("es", "Quien necesite cancelar puede llamar antes para evitar el cargo."),
    ],
    "general-wording-from-dev36-dev37": [
        ("en", "Call or text our office line anytime."),
        ("en", "Results and recovery vary from person to person."),
        ("en", "As an urgent care center, we don't see people strictly in order of arrival."),
        ("en", "We also offer payment plans for any balance over $500."),
        ("en", "We're working on better signage in the waiting room."),
        ("en", "It may help to know that a routine eye exam often includes dilation."),
        ("en", "Our hygienists use digital x-rays as part of routine cleanings."),
        ("en", "When someone is in pain, every minute feels long."),
        ("en", "Children 3 years old and up can join the group."),
        ("en", "We carry SPF 30 and higher products."),
        ("es", "Estamos trabajando en mejores avisos en la sala de espera."),
        ("es", "Nuestros fisioterapeutas evalúan y tratan dolor de espalda."),
    ],
    "general-wording-from-fresh33": [
        ("en", "Whether someone is coming back from an injury or starting fresh, we tailor every plan."),
        ("en", "Yes, our office is in network with Delta Dental PPO."),
        ("en", "Our consultations include an explanation of how brackets and elastics work."),
        ("en", "Two of our chiropractors are certified in the Webster technique."),
        ("en", "We also coordinate referrals whenever surgical care is needed."),
        ("en", "We hear you on the wait, and we've added staff."),
        ("en", "Many people are surprised to learn that root canal therapy today is comfortable."),
        ("es", "Hace poco sumamos citas el mismo día para enfermedades."),
        ("es", "Sentirse escuchado es el corazón de una buena terapia."),
        ("es", "Mucha gente se sorprende al saber que una endodoncia suele ser cómoda."),
        ("es", "Sabemos que es frustrante y estamos buscando cómo comunicarlo mejor."),
    ],
    "general-wording-from-dev38-dev39": [
        ("en", "New chairs are coming in June."),
        ("en", "Our hold times have dropped by half."),
        ("en", "The prize box is a big hit with our staff too."),
        ("en", "We're adding early 7:30 a.m. slots on Fridays."),
        ("es", "Os agradecemos de corazón vuestras palabras."),
        ("es", "Estamos en la Plaza del Sol, junto a la farmacia."),
    ],
    "general-wording-from-dev40-dev41": [
        ("en", "Email us to request an appointment."),
        ("es", "😄 Nos encanta que nuestro equipo sea tan alegre."),
        ("en", "Our doctors deliver at St. Mary's Hospital."),
        ("en", "We hold a few same-day spots every morning for anyone who needs one."),
        ("en", "We brew fresh coffee every morning."),
        ("en", "Our providers explain what to expect at a free consult."),
        ("en", "Our office is fully wheelchair accessible."),
        ("en", "Skin checks usually take about 15 minutes."),
        ("en", "The policy exists so that appointment slots remain available."),
        ("en", "Our team will walk you through the process."),
        ("es", "Nuestro equipo explica qué esperar en una valoración gratuita."),
        ("es", "Tenemos una política sobre citas perdidas."),
        ("es", "Nos sentimos afortunados de haber servido a esta comunidad."),
        ("es", "Este servicio no tiene costo."),
        ("en", "If you or anyone you know has questions about our prenatal classes, please write."),
        ("en", "If you were ever a patient here and have concerns about a contact lens order, please call."),
        ("en", "We hope these changes make a real difference for our community."),
        ("en", "Sports injuries are our specialty."),
        ("en", "We open at 7 a.m. so students can come in before school."),
        ("en", "Braces timelines vary from person to person."),
        ("en", "If you've had a filling with us and have a question about a charge, please call."),
        ("en", "Most major insurance plans are in network."),
        ("en", "We believe menopause care deserves time and attention."),
        ("en", "Please call as soon as you can."),
        ("en", "Our offices are at 25 locations."),
        ("es", "Si ha recibido servicios con nosotros y tiene una duda con su seguro, llámenos."),
        ("es", "Todo el personal que usa láser está certificado."),
        ("en", "We welcome walk-ins for hearing aid cleanings."),
        ("en", "We hear you; hearing technology is a real investment."),
        ("en", "From the treasure chest to the ceiling TVs, we love making visits fun."),
        ("es", "La duración del tratamiento varía mucho de una persona a otra."),
        ("es", "Abrimos los sábados y hacemos exámenes ese día."),
        ("es", "Si alguna vez fue paciente, puede pedir copias de sus radiografías."),
        ("es", "Todos nuestros técnicos de láser están certificados."),
        ("es", "Las lesiones deportivas son nuestra especialidad."),
        ("es", "Si usted o alguien que conoce tiene preguntas sobre nuestras clases prenatales, escríbanos."),
    ],
    "general-wording-from-fresh32": [
        ("en", "Our clinic loves a good 5K, and we hope the whole community joins us again next spring."),
        ("es", "A muchas familias las citas les resultan estresantes."),
        ("es", "Pedir ayuda requiere valor, y acompañamos a cada persona a su propio ritmo."),
    ],
}
