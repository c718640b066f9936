"""Our own varied wordings for the clinical-word cues (not a blind batch): busy-office
shorthand, polished LLM-style drafts and chart-note style, in English and Spanish, written
while inverting the lexicon's default (`rules/clinical_cues.py`). Each unsafe wording must
block and each safe one pass (`test_clinical_cues.py`). Wordings that still slip are not
listed here but in `cases_probe/README.md` (their care word is not in the lexicon)."""

from __future__ import annotations

UNSAFE = [
    ("en", "Mole removals can leave a small scar that fades over time."),
    ("en", "Flare-ups are common in winter."),
    ("en", "Eczema flares tend to calm down once the weather warms up."),
    ("en", "A root canal on a molar is never fun."),
    ("en", "Post-op swelling peaks on day two or three."),
    ("en", "Strep spreads quickly through a household."),
    ("en", "Pink eye is very contagious, so keep the kids home for a day."),
    ("en", "Cataract surgery recovery is usually quick."),
    ("en", "Retainers must be worn every night."),
    ("en", "Laser hair removal takes six to eight sessions."),
    ("en", "Hearing aids take a few weeks to get used to."),
    ("en", "Physical therapy after a knee replacement is tough but worth it."),
    ("en", "Asthma inhalers work best with a spacer."),
    ("en", "An ear infection like that can be really painful for little ones."),
    ("en", "Gestational diabetes usually resolves after delivery."),
    ("en", "Stitches like those dissolve on their own."),
    ("en", "Anxiety meds can take a month to kick in."),
    ("en", "The cavity was small, luckily."),
    ("en", "Cavities like the ones we found are very treatable."),
    ("en", "That kind of toothache usually means the nerve is inflamed."),
    ("en", "Sinus infections often linger for ten days."),
    ("en", "Sedation dentistry made all the difference for you."),
    ("en", "So glad the sedation helped!"),
    ("en", "Congrats on finishing chemo!"),
    ("en", "Way to go on completing physical therapy!"),
    ("en", "Happy one-year implant anniversary!"),
    ("en", "Pregnancy nausea is the worst."),
    ("en", "Nobody enjoys colonoscopy prep."),
    ("es", "Nadie disfruta la preparación para una colonoscopia."),
    ("es", "A nadie le gusta la preparación de una endoscopia."),
    ("en", "Shingles pain can linger after the rash clears."),
    ("en", "Invisalign was the right call."),
    ("en", "Glad the Botox touch-up is included at no charge."),
    ("en", "The Botox touch-up is included at no charge."),
    ("en", "Eyelid surgery bruising fades in about ten days."),
    ("en", "Allergy shots work wonders by the second year."),
    ("en", "Those braces are coming off in the spring!"),
    ("en", "The biopsy came back benign."),
    ("en", "Dr. Patel said the implant is healing nicely."),
    ("en", "Braces off before prom - what a milestone!"),
    ("en", "Invisalign before the wedding was a great idea."),
    ("en", "Root canals are nothing to fear - it went great."),
    ("en", "Tooth sensitivity after whitening is normal and temporary."),
    ("en", "Lasik results like these never get old."),
    ("en", "Migraines are miserable, and we're rooting for better days."),
    ("en", "Depression is hard, and reaching out takes courage."),
    ("en", "Our surgeon removed the cyst without any trouble."),
    ("en", "Hope the new glasses prescription feels right!"),
    ("en", "We hope the physical therapy keeps paying off."),
    ("es", "Las manchas del láser desaparecen en unos días."),
    ("es", "Una extracción de muela del juicio siempre asusta."),
    ("es", "Felicidades por terminar la quimio."),
    ("es", "Qué alegría que el implante haya quedado tan bien."),
    ("es", "El herpes labial suele aparecer con el estrés."),
    ("es", "Un tratamiento de conducto nunca es agradable."),
    ("es", "El implante quedó perfecto."),
    ("es", "La ortodoncia valió la pena."),
    ("es", "Los brackets salen antes de la boda."),
    ("es", "Ese blanqueamiento se ve increíble."),
    ("es", "Las cicatrices de la cirugía se desvanecen con los meses."),
    ("es", "La fisioterapia después de la rodilla es dura pero funciona."),
    ("es", "La depresión es muy difícil, y pedir ayuda es valiente."),
    ("es", "Los frenillos pueden incomodar las primeras semanas."),
    ("es", "El doctor dijo que el implante está sanando muy bien."),
    ("es", "La biopsia salió bien."),
    ("es", "El retoque de bótox no tiene costo."),
    ("es", "Esperamos que los lentes nuevos le queden bien."),
    ("es", "Las lentes de contacto requieren un tiempo de adaptación."),
    ("es", "La migraña es horrible, ánimo."),
    ("es", "La muela del juicio estaba muy inflamada."),
    ("en", "Thank you for sharing! Invisalign is working beautifully - keep wearing those trays."),
    ("en", "Great news about the biopsy - we're all smiling here."),
    ("en", "Another successful root canal for the books!"),
    ("en", "Chemo round three: done. So proud of the strength shown."),
    ("en", "Anesthesia can make anyone groggy for the rest of the day."),
    ("en", "Dry socket is rare but painful."),
    ("en", "Vasectomy recovery is usually a breeze."),
    ("en", "It's completely normal for new hearing aids to feel loud at first."),
    ("en", "Whitening sensitivity typically fades within 48 hours."),
    ("en", "Post-surgical bruising around the eyes is expected and temporary."),
    ("en", "A sprained ankle like that takes patience."),
    ("en", "Physical therapy twice a week made a real difference."),
    ("en", "We hope the allergy shots keep the spring sneezing away."),
    ("en", "Lovely to hear the migraines have eased."),
    ("en", "Skin tags removed, confidence restored!"),
    ("en", "Thanks for trusting us with such a personal procedure as a vasectomy."),
    ("en", "Thank you for trusting us with the IVF journey."),
    ("en", "Strep throat at a birthday party is the worst timing."),
    ("en", "Invisalign plus a wedding in June - talk about motivation!"),
    ("en", "We're cheering on the recovery from here!"),
    ("en", "Blood pressure numbers like those are something to celebrate."),
    ("en", "Your kind words about the colonoscopy mean a lot."),
    ("en", "Pink eye spreads fast in daycare, so don't worry about it."),
    ("en", "Teething at eight months is right on schedule."),
    ("en", "The orthodontic retainer is on its way in the mail."),
    ("en", "Depression treatment takes time, and every step counts."),
    ("es", "¡Qué buena noticia lo de la biopsia!"),
    ("es", "La endodoncia está funcionando de maravilla."),
    ("es", "El tratamiento de ortodoncia va muy bien."),
    ("es", "Éxito total con la cirugía de rodilla."),
    ("es", "La sensibilidad por el blanqueamiento desaparece en 48 horas."),
    ("es", "Los moretones después de la cirugía de párpados son normales."),
    ("es", "Gracias por confiarnos algo tan personal como una vasectomía."),
    ("es", "Felicidades por completar la fisioterapia."),
    ("es", "Esperamos que las inyecciones para la alergia ayuden esta primavera."),
    ("es", "Las migrañas son terribles, ánimo con todo."),
    ("es", "Ánimo con la quimioterapia, todo el equipo está pendiente."),
    ("es", "La diabetes gestacional suele desaparecer después del parto."),
    ("en", "Such a brave little patient during the cavity filling!"),
    ("en", "Two implants down, one to go!"),
    ("en", "Bye-bye braces!"),
    ("en", "Ear tubes are a pretty common procedure for toddlers."),
    ("en", "Strep is going around right now."),
    ("en", "Cold sores are no fun."),
    ("en", "Pregnancy brain is real!"),
    ("en", "What a milestone - braces off after two years!"),
    ("en", "Cheers to the end of chemo!"),
    ("es", "¡Adiós brackets!"),
    ("es", "¡Qué valiente en la extracción!"),
    ("es", "Las caries en niños pequeños son muy comunes."),
    ("es", "Un tratamiento de conducto es un procedimiento de rutina."),
    ("en", 'Thank you so much! Our audiology team loves hearing that the new devices are '
     'making such a difference at family dinners.'),
    ("en", "We appreciate the review. Shingles can be incredibly painful, and we're glad the "
     'antiviral helped.'),
    ("en", 'Thanks for the kind words! Laser resurfacing downtime is usually about a week, '
     'so it sounds like things are right on track.'),
    ("en", "We're grateful for your trust. Postpartum recovery looks different for everyone, "
     'and six weeks in is still early.'),
    ("en", "Thank you! Cortisone shots can take a few days to kick in, so hang in there."),
    ("en", 'So glad to read this! Lazy eye patching is no fun for a six-year-old, and '
     'consistency really pays off.'),
    ("en", "Thanks for the shout-out! Sciatica flare-ups can come and go, so don't hesitate "
     'to reach out.'),
    ("en", "We hear you - the dilating drops are a pain. Blurry afternoons are the worst."),
    ("en", 'Thank you for sharing. Grief counseling is hard work, and showing up every week '
     'takes real courage.'),
    ("en", 'Thanks! Tongue-tie releases in newborns heal fast, and feeding usually improves '
     'within days.'),
    ("en", "Appreciate the review! The cholesterol numbers you mentioned are a big win."),
    ("en", 'Thank you for the five stars! Plantar fasciitis is stubborn, but the night '
     'splint works for most people.'),
    ("en", 'Thanks for the kind review! Spinal adjustments can leave you a little sore the '
     'next day, totally normal.'),
    ("en", "Your kind words mean a lot. Infertility is such an emotional road, and we're "
     'honored to walk it with families.'),
    ("en", "Thank you! Microneedling results keep improving for about three months."),
    ("en", "Wonderful to hear! Stuttering therapy progress is rarely a straight line."),
    ("en", "We're so sorry about the scheduling mix-up on the day of the MRI."),
    ("en", 'Thanks for the review! Wisdom tooth swelling peaks around day three, so the '
     'timing you described fits.'),
    ("en", "We're thrilled the new inhaler has made soccer season easier!"),
    ("en", "Thanks! Hormone therapy adjustments like that one take a little patience."),
    ("es", '¡Gracias por su reseña! La fisioterapia después de un esguince así requiere '
     'constancia, y vale la pena.'),
    ("es", "Muchas gracias. Las crisis de asma en invierno son muy comunes en niños."),
    ("es", "¡Qué alegría leer esto! El láser para manchas da mejores resultados con cada sesión."),
    ("es", 'Gracias por compartir. La ansiedad no desaparece de un día para otro, y cada '
     'paso cuenta.'),
    ("es", "¡Mil gracias! Esa limpieza profunda marcó una gran diferencia."),
    ("es", "Gracias por sus palabras. El reflujo en bebés suele mejorar hacia los seis meses."),
    ("es", '¡Gracias! Los lentes progresivos cuestan un poco al inicio, pero luego uno se '
     'acostumbra.'),
    ("es", "Agradecemos su reseña. Sentimos mucho la espera el día de la resonancia."),
    ("es", 'Gracias por la confianza. La quimioterapia es un camino difícil y admiramos su '
     'fuerza.'),
    ("es", '¡Gracias! El ajuste quiropráctico puede dejar algo de molestia al día siguiente, '
     'es normal.'),
]

SAFE = [
    ("en", "Our clinic offers flu, shingles and travel vaccines on a walk-in basis."),
    ("en", "We offer Invisalign and traditional braces for teens and adults."),
    ("en", "Implant treatment timelines can vary from person to person."),
    ("en", "Every surgical patient receives written instructions."),
    ("en", "We welcome questions about braces, aligners or retainers."),
    ("en", "Flu shots are available Monday through Friday."),
    ("en", "Flu shots are available on Mondays and Thursdays."),
    ("en", "Our hygienists use numbing gel for anyone who is nervous."),
    ("en", "The allergy clinic is on the second floor."),
    ("en", "Colonoscopy prep instructions are on our website."),
    ("en", "Mammograms are read by board-certified radiologists."),
    ("en", "If you're considering LASIK, we're happy to talk through the options."),
    ("en", "We are always glad to answer questions about vaccines."),
    ("en", "Our orthodontists have placed braces for over 20 years."),
    ("en", "Since 2005, our surgeons have performed thousands of implant procedures."),
    ("en", "We now offer same-day crowns."),
    ("en", "Same-day crowns are now available."),
    ("en", "Our team is happy to explain how whitening works."),
    ("en", "Anyone with questions about a prescription can call our pharmacy line."),
    ("en", "Vaccines for all ages are given by appointment or walk-in."),
    ("en", "Our physical therapy gym has new equipment."),
    ("en", "Our dermatology office was remodeled last year to add more exam rooms."),
    ("en", "We've expanded our allergy testing hours to Saturdays."),
    ("en", "A great orthodontic experience starts with listening."),
    ("en", "It means a lot when anyone speaks openly about counseling."),
    ("en", "Our cardiology team includes three board-certified physicians."),
    ("en", "Parents often ask about fluoride, and we're always happy to explain our approach."),
    ("en", "We accept most insurance plans for vision exams."),
    ("en", "Our pharmacy fills prescriptions while you wait."),
    ("en", "Sedation options are available for anyone who feels anxious about dental work."),
    ("en", "We believe good mental health care starts with listening."),
    ("en", "Counseling sessions are confidential, always."),
    ("en", "Our new MRI suite opened this spring."),
    ("en", "We're proud to offer pediatric dentistry in a calm, kid-friendly space."),
    ("en", "We've served families with allergy and asthma care since 1998."),
    ("en", "Our hearing aid center carries every major brand."),
    ("en", "Whitening, cleanings and exams can all be booked online."),
    ("en", "We're sorry to hear about the wait; our imaging schedule runs on time most days."),
    ("es", "Ofrecemos vacunas contra la gripe sin cita."),
    ("es", "La clínica de diabetes está en el primer piso."),
    ("es", "Las vacunas contra la influenza están disponibles de lunes a viernes."),
    ("es", "Las limpiezas dentales se agendan por teléfono."),
    ("es", "La ortodoncia invisible es una gran opción para adultos."),
    ("es", "Para nuestro equipo, una buena experiencia de ortodoncia empieza por escuchar."),
    ("es", "Nuestros dentistas realizan implantes desde 2005."),
    ("es", "El área de fisioterapia cuenta con equipo nuevo."),
    ("es", "Con gusto respondemos preguntas sobre vacunas por teléfono."),
    ("es", "Los exámenes de la vista se pueden agendar en línea."),
    ("es", "Si tiene preguntas sobre la ortodoncia, con gusto le explicamos las opciones."),
    ("es", "Nuestra clínica de alergias atiende los sábados."),
    ("es", "La terapia psicológica es confidencial."),
    ("es", "Aceptamos la mayoría de los seguros para exámenes de la vista."),
    ("en", 'Thank you for the thoughtful review. At our practice, every treatment plan is '
     'explained in plain language before anything begins, and our coordinators are '
     'happy to walk anyone through costs. Please reach us at (555) 014-2290.'),
    ("en", 'We appreciate the feedback! Our pediatric dentists see children from their first '
     'tooth through their teens, and our office is designed to feel calm and '
     'welcoming.'),
    ("en", 'Thanks so much for the kind words! Our hygiene team works hard to make cleanings '
     'comfortable for everyone.'),
    ("en", 'Thank you for your review. The flu vaccine is available to anyone six months and '
     'older during clinic hours.'),
    ("en", "We offer implants, bridges and dentures, and we're always glad to explain the "
     'differences.'),
    ("en", 'Questions about LASIK? Our coordinators can talk through candidacy and pricing '
     'by phone.'),
    ("en", "Our dermatology practice treats skin conditions of every kind, from acne to eczema."),
    ("en", "Thank you! Stop by for a flu shot any weekday - no appointment needed."),
    ("en", "Mental health care should feel safe, and our counselors work hard to make it so."),
    ("en", "We're proud to be the only orthodontic practice in town offering Saturday hours."),
    ("en", 'Invisalign and braces are both great options, and our orthodontists help '
     'families compare them.'),
    ("en", "Our physical therapists design every program around each person's goals."),
    ("en", 'We know vaccine schedules can be confusing, so we post the CDC schedule on our '
     'website.'),
    ("en", "Our sleep clinic runs overnight studies Sunday through Thursday."),
    ("en", 'Thank you for the review! Dental implants, cleanings and whitening can all be '
     'scheduled online at our website or by phone.'),
    ("en", 'We are sorry to hear about the parking trouble; our cardiology building has a '
     'new garage entrance on Elm Street.'),
    ("en", "It means a lot to our team when families trust us with their children's vaccines."),
    ("en", "Our allergists are board certified and see adults and children."),
    ("en", "We take patient privacy seriously, so we won't discuss anyone's treatment here."),
    ("en", "Colonoscopy prep kits are available at our front desk for anyone who needs one."),
    ("en", "We welcome new patients for cleanings, fillings and crowns."),
    ("en", "Our therapists offer evening sessions for people who work during the day."),
    ("en", "Anyone who'd like a second opinion on a treatment plan is welcome to call us."),
    ("en", "Our optometrists check eye pressure as part of every comprehensive exam."),
    ("en", "Orthodontic treatment is a big decision, and we never rush it."),
    ("es", 'Gracias por su reseña. En nuestra clínica, cada plan de tratamiento se explica '
     'con calma antes de empezar.'),
    ("es", "Ofrecemos implantes, puentes y dentaduras, y con gusto explicamos las diferencias."),
    ("es", 'La vacuna contra la gripe está disponible para cualquier persona mayor de seis '
     'meses.'),
    ("es", "Nuestros dermatólogos tratan acné, eczema y otras condiciones de la piel."),
    ("es", "Las consultas de ortodoncia se pueden agendar por teléfono o en línea."),
    ("es", "La salud mental merece un espacio seguro, y nuestro equipo trabaja para lograrlo."),
    ("es", "Nuestra clínica del sueño realiza estudios nocturnos de domingo a jueves."),
    ("es", 'Cualquier persona que quiera una segunda opinión sobre un tratamiento puede '
     'llamarnos.'),
    ("es", "Los kits de preparación para colonoscopia están disponibles en recepción."),
    ("es", "La ortodoncia es una decisión importante y nunca la apresuramos."),
    ("es", "Aceptamos pacientes nuevos para limpiezas, empastes y coronas."),
    ("es", "Nuestros terapeutas ofrecen sesiones por la tarde para quienes trabajan de día."),
    ("en", "Here are answers to common questions about braces on our website."),
    ("en", "Our orthodontists love helping teens and adults find the right treatment."),
    ("en", 'Every orthodontic journey is different, so consultations are always free and '
     'without obligation.'),
    ("en", "Diabetes education classes meet in our community room."),
    ("en", "We believe great dental care starts with trust."),
    ("es", "Cada proceso de ortodoncia es diferente, por eso explicamos todo con calma."),
    ("es", "Las clases de educación sobre diabetes se reúnen en nuestra sala comunitaria."),
    ("en", 'Thank you for the review! Our audiologists offer free hearing screenings every '
     'first Saturday of the month for anyone in the community.'),
    ("en", 'We appreciate your feedback. Questions about shingles vaccines, flu shots or '
     'travel immunizations can go to our pharmacy team at (555) 014-2290.'),
    ("en", "Thank you for taking the time to write. We're proud to offer laser resurfacing, "
     'microneedling and chemical peels under the care of board-certified '
     'dermatologists.'),
    ("en", 'Thanks for the kind words! Our physical therapy team designs programs for '
     'athletes, seniors and everyone in between.'),
    ("en", "We're grateful for every review. Our counselors provide individual, couples and "
     'family therapy, and evening hours are available.'),
    ("en", 'Thank you for reaching out. Every new mom deserves support, which is why our '
     'lactation consultants are available by phone seven days a week.'),
    ("en", 'We appreciate your review! Our eye care team performs comprehensive exams, '
     'contact lens fittings and pediatric vision screenings.'),
    ("en", 'Thank you! We know that choosing a fertility clinic is a personal decision, and '
     "we're happy to answer questions anytime."),
    ("en", 'Thanks for sharing your thoughts. Our chiropractors treat back pain, neck pain '
     'and sports injuries, and new patients are welcome.'),
    ("en", 'Thank you for your feedback. Our urgent care treats minor injuries and illnesses '
     'seven days a week, no appointment needed.'),
    ("en", 'We appreciate you taking the time to share. Our dermatologists see patients of '
     'all ages for acne, eczema, psoriasis and skin checks.'),
    ("en", 'Thank you for the thoughtful review. Our cardiology practice offers stress '
     'testing and echocardiograms on site.'),
    ("en", 'Thanks so much! Our speech therapists work with children and adults on '
     'stuttering, articulation and voice.'),
    ("en", "We're sorry to hear about your frustration with parking. Our imaging center "
     'shares a garage with the hospital, and validation is available at the front '
     'desk.'),
    ("en", 'Thank you for the feedback. Wait times for MRI appointments vary, and our '
     'schedulers can explain current availability.'),
    ("es", '¡Gracias por su reseña! Nuestros audiólogos ofrecen pruebas de audición '
     'gratuitas el primer sábado de cada mes.'),
    ("es", 'Agradecemos sus comentarios. Las preguntas sobre vacunas contra la gripe o el '
     'herpes zóster las responde nuestro equipo de farmacia.'),
    ("es", 'Gracias por escribirnos. Ofrecemos láser, microagujas y peelings con '
     'dermatólogos certificados.'),
    ("es", 'Muchas gracias. Nuestros fisioterapeutas diseñan programas para deportistas, '
     'adultos mayores y todos los demás.'),
    ("es", 'Gracias por su opinión. Nuestros consejeros ofrecen terapia individual, de '
     'pareja y familiar, con horario vespertino.'),
    ("es", '¡Gracias! Nuestro equipo de optometría realiza exámenes completos y adaptación '
     'de lentes de contacto.'),
    ("es", 'Gracias por sus palabras. Nuestra clínica de urgencias atiende lesiones y '
     'enfermedades menores todos los días, sin cita.'),
    ("es", 'Lamentamos la molestia con el estacionamiento. Nuestro centro de imagen comparte '
     'garaje con el hospital.'),
    ("es", 'Gracias por su comentario. Los tiempos de espera para resonancias varían, y '
     'nuestro personal puede informarle la disponibilidad.'),
]
