# ruff: noqa: E501  (one wording a line reads better than a wrapped one)
"""Classes of the 2026-11-28 (fourth) session, false blocks (rules-fb4), checked by
`test_structure.py` (the ECHO_ tables with the review as context):

- practice-room-or-channel: the practice's own rooms and channels in a practice-wide sentence
  ("in our waiting room; we've had the heating serviced", "on our voicemail greeting", "en el
  mensaje del contestador", "que nuestro equipo verifique los beneficios antes de la cita",
  "cualquier familia puede pedirlas", "los pequeños que ... antes de su turno", "vuestras
  palabras"); the reader, a day or a message left for them still blocks.
- clinical-word-in-practice-description: a clinical word in a description of the practice's
  services, events or policy (equipment in every room, "our gym was designed so that therapy",
  "common among teens", prices compared, what the team explains to everyone, "kids with food
  allergies", "cuando un niño se enferma", an awareness month, a donation drive, "infection
  control"); tied to the reader, a person or a day it still blocks.
- spanish-word-not-an-english-term: a frequent Spanish word that only looks like an English
  term made plural ("teatro de títeres", not "titer"); Spanish terms ("implantes") still count.
- playful-name-in-quotes: a title and a name cited in quotes as a word ("words like 'Mr.
  Thirsty'", "palabras como \"Sr. Sediento\""); a person by title still blocks.
"""

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED: dict[str, list[tuple[str, str, str, str]]] = {
    'practice-room-or-channel': [
        ('en', "We're sorry about the noise in our waiting room while you waited; we've had the fans repaired.", 'patient-relationship', 'in our waiting room'),
        ('en', "We're sorry you were cold in our waiting room; we've had the heating serviced.", 'patient-relationship', 'you were cold in our waiting room'),
        ('en', 'As we said in our voicemail message, the forms are ready.', 'patient-relationship', 'As we said'),
        ('en', 'Per our voicemail to you, the forms are ready.', 'patient-relationship', 'Per our voicemail'),
        ('en', 'We checked the coverage before the appointment and it was fine.', 'patient-relationship', 'before the appointment'),
        ('en', "We'll have the front desk call about the results.", 'patient-relationship', 'about the results'),
        ('es', 'Según nuestro mensaje de voz de ayer, ya puede pasar.', 'patient-relationship', 'Según nuestro mensaje de voz de ayer'),
        ('es', 'Tras nuestro mensaje del martes, le esperamos.', 'patient-relationship', 'Tras nuestro mensaje del'),
        ('es', 'Revisamos la cobertura antes de la cita y todo estaba bien.', 'patient-relationship', 'antes de la cita'),
        ('es', 'Antes de la cita le enviamos los formularios.', 'patient-relationship', 'Antes de la cita'),
        ('es', 'Vuestra hija estuvo muy tranquila antes de su turno.', 'patient-relationship', 'su turno'),
        ('es', 'Lamentamos que haya tenido que esperar en la sala de espera.', 'patient-relationship', 'haya tenido que esperar'),
        ('es', 'Os esperamos en la próxima cita.', 'patient-relationship', 'próxima cita'),
        ('es', 'Da gusto atender a chicos de 14 y 16 años tan majos.', 'personal-identifier', 'chicos de 14 y 16 años'),
        ('en', "We've had the crown replaced in our exam room and it fits well now.", 'patient-relationship', 'in our exam room'),
    ],
    'clinical-word-in-practice-description': [
        ('en', 'The radiation from your x-rays last week was very low.', 'treatment-disclosure', 'radiation'),
        ('en', 'Her therapy was designed to feel like play, and she loved it.', 'treatment-disclosure', 'therapy'),
        ('en', 'Dental anxiety is common among teens, and we hope his eased after Monday.', 'treatment-disclosure', 'Dental anxiety'),
        ('en', 'Sorry the emergency room was so crowded for you last night.', 'treatment-disclosure', 'emergency room'),
        ('en', 'We should have explained to you that the dilating drops would blur your vision for hours.', 'treatment-disclosure', 'dilating drops'),
        ('en', "We explain to everyone that dilating drops blur vision, and we're sorry yours lasted so long.", 'treatment-disclosure', 'dilating drops'),
        ('en', 'Give her the antibiotic twice a day with food.', 'medical-advice', 'with food'),
        ('es', 'Sabemos lo estresante que fue cuando su niño se enfermó.', 'treatment-disclosure', 'enfermó'),
        ('es', 'Sabemos lo estresante que es cuando un niño se enferma, y esperamos que su hija ya esté mejor.', 'treatment-disclosure', 'enferma'),
        ('es', 'Su ansiedad dental es muy común entre los adolescentes, y ella lo hizo genial.', 'treatment-disclosure', 'ansiedad'),
        ('es', 'La radiación de sus radiografías de la semana pasada fue muy baja.', 'treatment-disclosure', 'radiación'),
        ('es', 'Tome la pastilla con comida para que no le duela el estómago.', 'treatment-disclosure', 'pastilla'),
        ('en', 'We explain to every patient that braces hurt, and hers hurt for a week.', 'treatment-disclosure', 'braces'),
        ('es', 'Explicamos a cada familia que las gotas para dilatar nublan la vista, y a usted le duraron horas.', 'treatment-disclosure', 'gotas para dilatar'),
    ],
    'playful-name-in-quotes': [
        ('en', "Thanks, 'Mrs. Lopez', for the lovely cookies!", 'personal-identifier', 'Mrs. Lopez'),
        ('en', 'Our staff still talk about Mr. Thirsty and his big smile.', 'personal-identifier', 'Mr. Thirsty'),
        ('en', 'We loved seeing "Mr. Alvarez" and his kids last week.', 'personal-identifier', 'Mr. Alvarez'),
        ('es', 'Esperamos que el Sr. García se sienta mejor.', 'personal-identifier', 'Sr. García'),
        ('es', 'Gracias, "Sra. López", por las galletas tan ricas.', 'personal-identifier', 'Sra. López'),
    ],
    'spanish-word-not-an-english-term': [
        ('es', 'Los implantes de su hija ya están listos.', 'treatment-disclosure', 'implantes'),
        ('es', 'Sus lesiones sanaron muy bien.', 'treatment-disclosure', 'lesiones'),
    ],
}
# class -> (language, reply) that must pass
PASSES: dict[str, list[tuple[str, str]]] = {
    'practice-room-or-channel': [
        ('en', "We're sorry to hear about the noise in our waiting room; we've had the ventilation fans repaired."),
        ('en', "Thanks for mentioning the lighting in our exam room; we've had new fixtures installed this fall."),
        ('en', 'We post our holiday hours on our voicemail greeting and website.'),
        ('en', "The covering doctor's number is listed in our voicemail message."),
        ('en', 'The safest way to confirm coverage is for our team to verify benefits before the appointment.'),
        ('en', "Our front desk checks every family's insurance before the visit."),
        ('es', 'Publicamos el horario de vacaciones en el mensaje del contestador y en la web.'),
        ('es', 'El número de la clínica de guardia está en nuestro mensaje del contestador.'),
        ('es', 'La forma más segura de confirmar la cobertura es que nuestro equipo verifique los beneficios antes de la cita.'),
        ('es', 'El equipo llama a cada familia dos días antes de la cita para confirmar.'),
        ('es', 'Nuestras tardes tranquilas de los martes tienen menos ruido, sin multitudes en la sala de espera, y cualquier familia puede pedirlas.'),
        ('es', 'Cualquier madre o padre puede autorizar a otro adulto para llevar a los niños a sus citas.'),
        ('es', 'Tenemos un rincón tranquilo para los pequeños que necesitan calma antes de su turno.'),
        ('es', 'Compartiremos vuestras palabras con todo el equipo en la próxima reunión.'),
    ],
    'clinical-word-in-practice-description': [
        ('en', 'Every operatory is equipped with digital x-rays, which use a fraction of the radiation of older film.'),
        ('en', 'Our new wing was built so that physical therapy feels calm for everyone.'),
        ('en', 'Needle anxiety is very common among kids, so our nurses go slowly.'),
        ('en', 'Depending on the plan, urgent care copays are often higher than an office visit but lower than the emergency room.'),
        ('en', 'We remind every patient at check-in that numbing can last a few hours.'),
        ('en', 'We host it every summer so kids with food allergies can enjoy snacks and games together.'),
        ('en', 'We know how worrying it is when a little one has a fever.'),
        ('es', 'Explicamos a cada familia antes del examen que las gotas para dilatar pueden causar visión borrosa durante unas horas.'),
        ('es', 'Sabemos lo estresante que es cuando un niño se enferma.'),
        ('es', 'Entendemos lo angustiante que es cuando un bebé tiene fiebre.'),
        ('es', 'La ansiedad dental es muy común entre los adolescentes, y nuestro equipo va despacio.'),
        ('es', 'Cada consultorio está equipado con radiografías digitales que usan una fracción de la radiación de las antiguas.'),
        ('es', 'Cada verano organizamos la fiesta para que los niños con alergias alimentarias disfruten juntos.'),
    ],
    'playful-name-in-quotes': [
        ('en', "Kid-friendly words like 'Mr. Thirsty' and 'tooth counting' help every child feel comfortable."),
        ('en', 'Our little ones love the suction we call "Mr. Thirsty" and the water squirter.'),
        ('en', 'Kids love the puppet named "Mrs. Molar" at our front desk.'),
        ('es', 'Usamos palabras como "Sr. Sediento" para que los niños se sientan cómodos.'),
        ('es', 'Los niños adoran al títere llamado "Sra. Muela" de la recepción.'),
    ],
    'spanish-word-not-an-english-term': [
        ('es', 'Nuestra área de juegos tiene teatro de títeres y un rincón de lectura para los pequeños.'),
        ('es', 'Los títeres de la sala de espera encantan a todos los niños.'),
    ],
}
# class -> (language, review, reply, rule, excerpt): checked with the review as context
ECHO_BLOCKED: dict[str, list[tuple[str, str, str, str, str]]] = {
    'clinical-word-in-practice-description': [
        ('en', 'Got an infection after my mole removal and they never told me about sunscreen or cancer risk.', "We're sorry about the infection after your procedure.", 'treatment-disclosure', 'infection'),
        ('en', 'Got an infection after my mole removal and they never told me about sunscreen or cancer risk.', 'We hope the sunscreen we recommended helps your skin.', 'treatment-disclosure', 'sunscreen'),
        ('es', 'Me dio una infección después de quitarme un lunar y nadie me habló del protector solar ni del cáncer.', 'Lamentamos la infección que tuvo después de su procedimiento.', 'treatment-disclosure', 'infección'),
    ],
}
ECHO_PASSES: dict[str, list[tuple[str, str, str]]] = {
    'clinical-word-in-practice-description': [
        ('en', 'Got an infection after my mole removal and they never told me about sunscreen or cancer risk.', 'We partner with the library each October for Breast Cancer Awareness Month.'),
        ('en', 'Got an infection after my mole removal and they never told me about sunscreen or cancer risk.', 'Our spring drive collects sunscreen donations for local schools.'),
        ('en', 'Got an infection after my mole removal and they never told me about sunscreen or cancer risk.', 'We take infection control very seriously, and every room is disinfected between visits.'),
        ('es', 'Me dio una infección después de quitarme un lunar y nadie me habló del protector solar ni del cáncer.', 'Nos unimos cada octubre al Mes de Concientización sobre el Cáncer de Mama con la biblioteca.'),
        ('es', 'Me dio una infección después de quitarme un lunar y nadie me habló del protector solar ni del cáncer.', 'Tomamos muy en serio el control de infecciones y desinfectamos cada sala entre pacientes.'),
    ],
}

# Round 2 of rules-fb4 (dev76-dev78): clinical words in long practice-wide descriptions.
# - practice-equipment-every-office: what each of the practice's offices has or uses, and a
#   list of its equipment ("both offices use retinal imaging, OCT and field testing", "cada
#   sede cuenta con rayos X digitales... para que el dentista muestre lo que ve durante la
#   revisión"); one person, a result or a day still blocks.
# - practice-event-tradition: an event of the practice's called a tradition ("community
#   screenings are one of our favorite traditions"), also with the review's word.
# - clinician-field-of-training: a clinician's specialty or training ("completed a fellowship
#   in pediatric anxiety", "hizo una maestría en ansiedad infantil").
# - premises-work-and-new-rooms: a remodel starting at a time and its new rooms ("el próximo
#   mes empieza la remodelación", "un espacio privado para lactancia", "a room for nursing
#   mothers").
# - published-schedule-followed: the practice follows a published schedule ("the national
#   vaccine schedule", "el calendario nacional de vacunación").
# - care-costs-compared: costs of kinds of care compared, in Spanish too ("el copago... menor
#   que el de la sala de emergencias").
BLOCKED.update({
    'practice-equipment-every-office': [
        ('en', 'Both offices used retinal imaging and visual field testing to find her tear.', 'treatment-disclosure', 'retinal imaging'),
        ('en', 'Both offices use retinal imaging, and your scan showed a small tear.', 'treatment-disclosure', 'retinal imaging'),
        ('en', 'We use visual field testing and retinal imaging, and she did great.', 'treatment-disclosure', 'visual field testing'),
        ('en', 'The dentist showed you what he saw during the exam.', 'patient-relationship', 'during the exam'),
        ('en', 'The dentist will explain everything at the exam tomorrow.', 'patient-relationship', 'at the exam'),
        ('es', 'Ambas sedes usan rayos X digitales, y los suyos salieron bien.', 'treatment-disclosure', 'rayos X'),
        ('es', 'Cada sede cuenta con rayos X digitales, y ayer le tomamos los suyos.', 'treatment-disclosure', 'rayos X'),
        ('es', 'La doctora muestra lo que ve durante su revisión.', 'patient-relationship', 'durante su revisión'),
        ('es', 'El dentista le mostró lo que vio durante la revisión.', 'patient-relationship', 'durante la revisión'),
        ('es', 'Nuestro equipo verifica los beneficios antes de la cita de mañana.', 'patient-relationship', 'antes de la cita'),
        ('en', 'Every exam room has retinal imaging, and the tear showed up clearly.', 'treatment-disclosure', 'retinal imaging'),
        ('es', 'Cada sede cuenta con rayos X digitales y las de ayer salieron bien.', 'treatment-disclosure', 'rayos X'),
    ],
    'clinician-field-of-training': [
        ('es', 'Nuestra pediatra, que se especializó en ansiedad, atendió a su hijo.', 'treatment-disclosure', 'ansiedad'),
        ('es', 'La doctora se especializó en ansiedad y le ayudó mucho a usted.', 'treatment-disclosure', 'ansiedad'),
        ('en', 'She specialized in anxiety and helped him so much.', 'treatment-disclosure', 'anxiety'),
        ('en', "Our new doctor has a special interest in your son's asthma.", 'treatment-disclosure', 'asthma'),
        ('en', 'Dr. Kim is trained in Botox, which went great last week.', 'treatment-disclosure', 'Botox'),
        ('es', 'El nuevo pediatra se especializó en asma, y el de su hijo ya mejoró.', 'treatment-disclosure', 'asma'),
    ],
    'premises-work-and-new-rooms': [
        ('es', 'El próximo mes empieza su tratamiento con nosotros.', 'patient-relationship', 'próximo'),
        ('es', 'Le preparamos un espacio privado para la lactancia de su bebé.', 'patient-relationship', 'lactancia'),
        ('en', 'Next month your braces come off.', 'patient-relationship', 'Next'),
        ('en', 'We set up a private room for your breastfeeding last week.', 'treatment-disclosure', 'breastfeeding'),
        ('en', 'We hope nursing your baby is going better.', 'patient-relationship', 'nursing'),
        ('en', 'We made room for nursing mothers like you.', 'patient-relationship', 'nursing'),
    ],
    'published-schedule-followed': [
        ('en', 'We followed the national vaccine schedule with your son.', 'treatment-disclosure', 'vaccine schedule'),
        ('en', 'We follow the national vaccine schedule, and his shots are due in May.', 'treatment-disclosure', 'vaccine schedule'),
        ('es', 'Seguimos el calendario nacional de vacunación con su hijo.', 'treatment-disclosure', 'vacunación'),
        ('es', 'Seguimos el calendario oficial de vacunación, y a su niña ya le tocan dos vacunas.', 'treatment-disclosure', 'vacunación'),
    ],
    'care-costs-compared': [
        ('es', 'Su copago de la sala de emergencias fue mayor porque le hicieron una tomografía.', 'treatment-disclosure', 'sala de emergencias'),
        ('es', 'Los costos de urgencias suelen ser menores que los de la sala de emergencias, y su visita de ayer no fue la excepción.', 'treatment-disclosure', 'sala de emergencias'),
        ('es', 'Su deducible de la cirugía suele ser menor que el de la hospitalización.', 'treatment-disclosure', 'hospitalización'),
    ],
})
PASSES.update({
    'practice-equipment-every-office': [
        ('en', 'Both of our offices use digital retinal imaging, optical coherence tomography and visual field testing so our optometrists can spot eye disease earlier.'),
        ('en', 'All three locations are equipped with cone beam CT, intraoral scanners and digital x-rays.'),
        ('en', 'We use ultrasound, bone density scans and digital mammography at each location.'),
        ('en', 'Every chair has a screen so the dentist can show what they see during the exam.'),
        ('es', 'Cada sede cuenta con radiografías digitales, escáneres intraorales y tomografía dental para que el dentista muestre lo que ve durante la revisión.'),
        ('es', 'Ambas sucursales tienen tomografía de coherencia óptica y campimetría para detectar antes el glaucoma.'),
        ('es', 'Todas nuestras clínicas usan ecografía, densitometría y mamografía digital.'),
        ('es', 'Usamos rayos X digitales, escáneres intraorales y cámaras intraorales en cada consultorio.'),
    ],
    'clinician-field-of-training': [
        ('es', 'Nuestra nueva psicóloga hizo una maestría en ansiedad infantil y ya atiende los martes por la tarde.'),
        ('es', 'Nuestra nueva dentista tiene formación en sedación consciente y atención a niños con autismo.'),
        ('es', 'El nuevo pediatra se especializó en asma y alergias en niños, y ya tiene horario los sábados.'),
        ('en', 'Dr. Patel completed a fellowship in pediatric anxiety and joins us in May.'),
        ('en', 'Our new hygienist is trained in laser periodontal therapy and already sees patients on Fridays.'),
        ('en', 'She completed her residency in sports medicine and now leads our concussion clinic.'),
    ],
    'premises-work-and-new-rooms': [
        ('es', 'Nos alegra contarle que el próximo mes empieza la remodelación: habrá un espacio privado para lactancia y dos consultorios más.'),
        ('es', 'La ampliación de la clínica comenzará la próxima semana e incluirá una sala tranquila para vacunación.'),
        ('en', "We're happy to let you know the renovation begins next month, with a private room for nursing mothers."),
        ('en', 'Next month we start remodeling, and the new wing will have a quiet room for allergy shots.'),
        ('en', "We're happy to let you know we added a room for new parents."),
    ],
    'published-schedule-followed': [
        ('en', 'Our nurses follow the recommended immunization schedule for every child.'),
        ('en', 'We follow the CDC vaccine schedule and answer questions from any parent.'),
        ('es', 'Nuestras pediatras siguen el calendario nacional de vacunación y responden las dudas de cualquier familia.'),
        ('es', 'Seguimos el esquema de vacunación nacional con todos los niños.'),
    ],
    'care-costs-compared': [
        ('es', 'Los precios de urgencias son menores que los de la sala de emergencias.'),
        ('es', 'Según la aseguradora, el deducible de una cirugía ambulatoria suele ser menor que el de una hospitalización.'),
        ('es', 'El costo de una radiografía digital es similar al de una radiografía tradicional.'),
        ('en', "Urgent care prices are usually lower than the emergency room's."),
    ],
})
ECHO_BLOCKED.update({
    'practice-event-tradition': [
        ('en', 'They did free vision screenings at the library last year and it was great for the whole neighborhood.', 'Your screening last year was one of our favorite moments.', 'treatment-disclosure', 'screening'),
        ('en', 'They did free vision screenings at the library last year and it was great for the whole neighborhood.', 'The screening you had was one of our favorite events.', 'treatment-disclosure', 'screening'),
        ('es', 'Hicieron jornadas de vacunación en la escuela de mi hija y fue muy útil.', 'Su vacunación en la escuela fue uno de nuestros momentos favoritos.', 'treatment-disclosure', 'vacunación'),
    ],
})
ECHO_PASSES.update({
    'practice-event-tradition': [
        ('en', 'They did free vision screenings at the library last year and it was great for the whole neighborhood.', 'Community vision screenings are one of our favorite traditions.'),
        ('en', 'They did free vision screenings at the library last year and it was great for the whole neighborhood.', 'Free vision screenings at the street fair are a tradition we look forward to every fall.'),
        ('es', 'Hicieron jornadas de vacunación en la escuela de mi hija y fue muy útil.', 'Las jornadas de vacunación en las escuelas son una de nuestras tradiciones favoritas.'),
        ('es', 'Hicieron jornadas de vacunación en la escuela de mi hija y fue muy útil.', 'La vacunación en la escuela es una tradición anual para nuestro equipo.'),
    ],
})
