# ruff: noqa: E501  (word tables: one class a line reads better wrapped by hand)
"""Rule data for the sentence-structure rules (`guardrails/structure.py`), both languages.

A safe reply is made of a few sentence functions: thanks, a generic apology, a privacy
statement, a practice-wide fact, an invitation to contact the practice, a sign-off. A sentence
ADDRESSED TO THE READER (you/your, usted/su/tu, an imperative) that also speaks of an event,
a time, a body, a result, a feeling the practice caused or the reader's own life presumes a
relationship or discloses care, whatever its exact words. These tables are the words that
make each part; everything is folded (lower case, no accents).
"""

from __future__ import annotations

from guardrails.normalize import emoji_words


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Emoji fold to English words ("👓" reads "glasses"), also inside a Spanish sentence: "sus 👓
# ya están listos" reads "sus glasses...", so the Spanish body cues know those words too.
EMOJI_FOLDS = frozenset(word for folded in emoji_words().values() for word in folded.split())


# Words that address the reader (whole tokens of folded text).
READER = {
    "en": _words("you your yours yourself yourselves u ur ya yall"),
    "es": _words("usted ustedes ud uds su sus tu tus te ti contigo vos os vuestro vuestra vuestros vuestras"),
}
# Verbs that open a sentence spoken to the reader ("Enjoy that new smile!", "Give Noah...").
IMPERATIVES = {
    "en": _words("enjoy give tell keep take hang rest ice say send wish congrats congratulations "
                 "welcome remember stay hug kiss bring show treat go"),
    "es": _words("disfrute disfruta disfruten dele dale digale dile salude saluda cuidese cuidate "
                 "descanse descansa recuerde recuerda felicidades felicitaciones enhorabuena "
                 "siga sigue mantenga manten traiga trae abrace abraza bienvenido bienvenida "
                 "bienvenidos"),
}
# What, said to the reader, presumes a relationship or discloses care. One class a line.
CUES = {
    "en": {
        "event": _words("birthday wedding graduation birth delivery arrival milestone anniversary "
                        "retirement promotion engagement marathon honeymoon reunion "
                        "journey finish surgery procedure operation pregnancy newborn baby babies "
                        "bundle shower trip stay chapter adventure celebration trimester "
                        "mom-to-be due-date"),
        "time": _words("again back since ago yesterday tomorrow tonight earlier recently lately "
                       "latest last next soon returning return visit visits appointment "
                       "appointments wait waiting waited callback mix-up mixup delay delayed"),
        "body": _words("smile smiles teeth tooth gums jaw mouth skin face shoulder shoulders knee knees "
                       "hip hips back neck spine ankle ankles wrist wrists elbow foot feet leg legs "
                       "arm arms hand hands eye eyes vision sight ear ears heart lungs "
                       "belly bump tummy body bones bone muscles posture scar scars hair nails "
                       "bite braces aligners retainer glasses lenses contacts frames cast stitches "
                       "cheeks lips nose chest breath breathing voice"),
        "outcome": _words("crisp crisper sharper "
                          "better healed healing heal heals recovered recovering recovery recover "
                          "fixed improved improving improvement progress results result "
                          "brighter straighter whiter clearer clear stronger healthier "
                          "comfortable painless confident confidence transformation "
                          "transformed difference changed change healthy strong walking running "
                          "sleeping eating growing grown thriving shine shining glowing glow relief "
                          "relieved grow grew confidence looser loose limber steadier "
                          "steady"),
        "feeling": _words("hurried rushed dismissed embarrassed scared afraid frightened "
                          "uncomfortable hurt pain painful neglected overlooked disrespected "
                          "brave bravery courage courageous trooper champ superstar rockstar"),
        "life": _words("kids kid children child son daughter sons daughters husband wife spouse "
                       "mom mother dad father parents grandma grandpa grandmother grandfather "
                       "sister brother twins toddler teen teenager school classroom teacher "
                       "job career kiddo kiddos boy girl boys girls grandbaby grandbabies grandson "
                       "granddaughter niece nephew feedings feeding diapers naps nursing "
                       "breastfeeding teething potty"),
        "care": _words("exercises exercise stretches stretching routine regimen brushing flossing "
                       "hygiene diet meds medication medications medicine prescription therapy "
                       "session sessions treatment checkup checkups cleaning cleanings adjustment "
                       "adjustments aftercare homework"),
    },
    "es": {
        "event": _words("boda graduacion nacimiento parto llegada etapa aniversario cumpleanos "
                        "mudanza jubilacion luna "
                        "embarazo bebe bebes cirugia operacion procedimiento tratamiento "
                        "proceso meta logro celebracion viaje estancia trimestre"),
        "time": _words("vuelta nuevamente desde hace ayer pasado pasada ultima ultimo proxima "
                       "proximo pronto regreso regresar volver vuelva visita visitas cita citas"),
        # The English words emoji fold to ("esa 🦵" reads "esa leg") are body words here too.
        "body": _words("leg foot nose ear eye tooth heart lungs brain mouth "
                       "sonrisa dientes diente muela muelas encias boca mandibula piel cara rostro "
                       "hombro hombros rodilla rodillas cadera espalda cuello columna tobillo "
                       "muneca codo pie pies pierna piernas brazo brazos mano manos ojo ojos vista "
                       "vision oido oidos corazon pulmones panza barriga cuerpo huesos hueso "
                       "musculos postura cicatriz cabello mordida brackets frenos retenedor "
                       "lentes anteojos gafas yeso puntos mejillas labios nariz pecho respiracion voz")
        | EMOJI_FOLDS,
        "outcome": _words("mejor mejorando mejoria mejore mejora sanado sanando sane sana recuperado "
                          "recuperada recuperando recuperandose recupere recuperacion arreglado "
                          "fortaleciendose fortalecerse fortalezca fortaleciendo "
                          "arreglada resultados progreso avance avances "
                          "brillante derecha derechos blanca blancos comodo comoda "
                          "confianza seguro segura cambio transformacion sano sana fuerte "
                          "caminando corriendo durmiendo comiendo creciendo alivio terapia brillar "
                          "brilla brille luce luzca lucir "
                          "rehabilitacion"),
        "feeling": _words("apurado apurada apresurado apresurada incomodo incomoda asustado "
                          "asustada lastimado lastimada dolor doloroso valiente valientes valentia "
                          "campeon campeona"),
        "life": _words("hijos hijo hija hijas esposo esposa mama madre papa padre padres abuela "
                       "abuelo abuelita abuelito hermana hermano gemelos nino nina ninos ninas "
                       "pequeno pequena pequenin pequenina chiquitin chiquitina adolescente escuela colegio pizarron maestra maestro "
                       "trabajo empleo tomas panales siestas lactancia denticion"),
        "care": _words("ejercicios ejercicio estiramientos rutina cepillado hilo higiene dieta "
                       "medicamento medicamentos medicina receta sesion sesiones tratamiento "
                       "limpieza limpiezas ajuste ajustes cuidados"),
    },
}
# Cue classes and the rule they report.
CUE_RULES = {
    "event": "patient-relationship",
    "time": "patient-relationship",
    "life": "patient-relationship",
    "feeling": "patient-relationship",
    "body": "treatment-disclosure",
    "care": "treatment-disclosure",
    "outcome": "treatment-disclosure",
}
CUE_MESSAGES = {
    "event": "Speaks to the reader about an event in their life or with the practice ('{cue}'): presumes they are a patient",
    "time": "Speaks to the reader about a particular time, before or after ('{cue}'): presumes they are a patient",
    "life": "Speaks to the reader about their family or daily life ('{cue}'): presumes a relationship",
    "feeling": "Tells the reader how the practice made them feel ('{cue}'): confirms they were there",
    "body": "Tells the reader something about their body, looks or health ('{cue}'): discloses care",
    "care": "Speaks to the reader about their treatment or routine ('{cue}'): discloses care",
    "outcome": "Tells the reader about a result or a change in them ('{cue}'): discloses care",
}
# Sentences with these words are conditional or generic ("if you were ever...", "anyone who",
# "every family"): they confirm nothing about the reader.
GENERIC = {
    "en": _words("if whether anyone anybody everyone everybody every each whoever whenever "
                 "someone somebody"),
    "es": _words("si cualquier cualquiera quien quienes todos todas toda cada alguien nadie "
                 "ninguna ninguno personas familias pacientes gente"),
}
# "Every" and "cada" speak of people in general, except before a moment or an occasion of
# someone's day ("stronger with every lap", "in every photo", "cada mañana").
GENERIC_DETERMINERS = {"en": _words("every each"),
                       "es": _words("cada todos todas toda cualquier")}
OCCASION_NOUNS = {
    "en": _words("lap laps photo photos picture pictures selfie selfies day days week weeks "
                 "month months year years time times morning mornings night nights mile miles "
                 "run runs game games bite bites meal meals workout workouts hike hikes ride "
                 "rides round rounds minute minutes hour hours step steps frame frames pair pairs "
                 "style styles color colors flavor flavors toy toys sticker stickers bit bits "
                 "moment moments second seconds penny ounce spring summer fall autumn winter "
                 "season seasons semester weekend weekends"),
    "es": _words("vuelta vueltas foto fotos dia dias semana semanas mes meses ano anos vez "
                 "veces manana mananas noche noches kilometro kilometros carrera carreras "
                 "partido partidos bocado bocados comida comidas paso pasos momento momentos "
                 "segundo segundos centavo temporada temporadas tarde tardes jornada vida "
                 "clase clases fiesta fiestas primavera verano otono invierno semestre "
                 "fin finde"),
}
# Phrases that carry a cue word but only serve a safe sentence function (thanks, apology,
# invitation to talk, privacy statement). Removed before the cues are looked for.
SAFE_PHRASES = {
    "en": (
        r"\b(?:thank you|thanks)(?: so much| very much)?(?: again)?\b",
        # Courage to write the review, not to face care: "thank you for your courage in sharing".
        r"\byour (?:courage|bravery|honesty|openness|vulnerability) (?:in|to|for) (?:sharing|share|writing|write|speaking up|speak up|posting|post|telling|tell)\b",
        r"\btaking the time\b|\btake the time\b|\bthe time you took\b|\byour time\b",
        # "Please call as soon as you can": when to call, not a visit.
        r"\bas soon as (?:you can|possible|you're able|you are able)\b",
        # "Email us to request an appointment": an invitation, not a visit of theirs.
        r"\bto (?:request|book|schedule|make|set up) an? (?:appointment|visit|consultation)\b",
        # "We hear you on the wait": the complaint heard, not the reader's visit.
        r"\bwe hear you(?: on the (?:wait|waits|parking|hold times?|phones?|noise|prices?|pricing|delays?))?\b",
        r"\b(?:get|getting|got|circle|circling|come|coming|write|call|reach|hear|hearing|heard|report|reporting) back(?: to you| in touch)?\b",
        r"\b(?:call|get|ring|text|email) (?:you|u) back\b",
        r"\b(?:feel|feeling) free\b",
        r"\b(?:as soon as possible|at your convenience|at your earliest convenience|any time|anytime)\b",
        r"\bclear (?:communication|information|answers?|explanations?|expectations?|instructions?|pricing|estimates?|signage|policies)\b",
        r"\b(?:live |current |posted |estimated |online )?wait (?:times?|estimates?)\b(?! (?:was|were|that|you))",
        r"\b(?:right )?back (?:at|to) (?:you|ya|u|y'all)\b(?! (?:soon|shortly|today|tomorrow|within|in a|by))",
        r"\b(?:spots?|spaces?|parking|hours|slots?|lot|garage|wing|office|location) (?:open|opens|opening) (?:up )?next (?:week|month|year|spring|summer|fall|autumn|winter)\b",
        # Work on the practice's premises, when it starts: "the renovation begins next month",
        # "next month we start remodeling the waiting room".
        r"\b(?:the |our )?(?:renovations?|remodel(?:ing)?|construction|expansion|move|build-?out|new (?:office|location|wing|building|waiting room|clinic)) (?:starts|begins|kicks off|opens|will (?:start|begin|open|kick off)|(?:is|are) (?:scheduled|set|planned) to (?:start|begin|open)) (?:next|this coming) (?:week|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday)\b|\b(?:next|this coming) (?:week|month|year|spring|summer|fall|autumn|winter) (?:we (?:start|begin|will start|will begin|'ll start|'ll begin|open|will open|'ll open)|(?:the |our )?(?:renovations?|remodel(?:ing)?|construction|expansion|move|new (?:office|location|wing|building|clinic)) (?:starts|begins|opens|will (?:start|begin|open)))\b",
        r"\b(?:heart|oral|dental|eye|skin|bone|brain|mental|hearing|vision|gut|women's|men's|kids'|children's) health (?:matters|month|awareness|week|day|fair|tips|education|is important|means)\b",
        r"\b(?:we|us)(?: can| could| will| to)? do (?:even |much |a lot |so much )?better\b",
        r"\b(?:ideas|suggestions|thoughts)(?: you have)? (?:for|on|about) (?:how (?:we can |to )?)?improv(?:e|ing)\b",
        r"\bhelp(?:ing|s)? (?:people|patients|families|everyone|others|kids|children|women|men|adults|teens) (?:to )?(?:feel|look|stay|be|live|get)(?: [a-z]+){0,3}? (?:comfortable|confident|good|better|healthy|well|heard|safe|at ease|their best)(?: in their own skin)?\b",
        r"\b(?:as (?:clear|easy|simple|smooth|quick|painless) as (?:possible|we can)|(?:the|this|that|our) (?:process|steps|paperwork|policy) (?:as )?(?:clear|easy|simple|smooth))\b",
        r"\b(?:your|the|this|that) (?:[a-z]+ )?(?:feedback|review|comments?|kind words|words|note|message|post|concerns?|thoughts|experience|perspective|patience|understanding|trust|honesty|input|suggestions?|questions?|privacy|recommendation|rating|time|shout-out|shoutout)\b",
        r"\b(?:hear|hearing|heard|read|reading) (?:from|about) you\b",
        # The complaint heard, and "any color you can imagine": no visit of the reader's.
        r"\b(?:(?:sorry|sad|saddened|disappointed) to )?(?:hear|hearing|heard|read|reading|learn|learning) (?:about|of) the (?:long |lengthy )?(?:wait|waits|delay|delays)\b(?! (?:with|about|over|regarding|around|after|during|for|from|of) )",
        r"\b(?:as )?you (?:can|could|might) (?:imagine|think of|name)\b",
        # What an outside body asks of anyone: "bring any forms your school or league requires".
        r"\b(?:any|the|all) (?:forms?|paperwork|documents?|physical forms?) (?:that )?(?:your|ur|the) (?:child's |kid's |teen's )?(?:school|team|league|coach|camp|employer|job|daycare|program|college|sport)(?: or (?:your |the )?(?:school|team|league|coach|camp|employer|job|daycare|program|college|sport))? (?:requires?|needs?|asks? for|may (?:require|need|ask for))\b",
        r"\b(?:adding|add|lending|raising) your voice\b",
        # The review made the team smile: "you made us smile!".
        r"\b(?:made|make|makes|making) (?:us|me|our (?:whole )?(?:team|day|staff)|everyone(?: here)?) smile\b",
        # The reader as the one told about the practice's services: "walk you through the options".
        r"\b(?:tell|explain|walk|show|talk|guide|help|give) you (?:through|about|more about|a tour of)\b",
        r"\b(?:talk|speak|connect|chat|meet) with you\b",
        r"\bstay (?:healthy|safe|well|warm|cool|tuned|in touch)\b|\btake care\b|\bkeep smiling\b",
        r"\b(?:next|right|first) step\b|\b(?:same|next|following) (?:business )?day\b",
        r"\b(?:out of|in|during|from) your (?:busy )?(?:day|schedule|week|morning|evening)\b",
        r"\byour (?:neighborhood|local|community|hometown|friendly) [a-z]+\b",
        r"\b(?:comments|feedback|reviews?|words|notes?|stories|messages|kindness|support) like yours\b",
        r"\b(?:wish|wishing|wishes) (?:you|everyone|all)(?: and yours| and your family)? (?:a |an |all )?(?:[a-z]+ (?:and )?){0,3}(?:new year|holiday|holidays|season|summer|weekend|week|day|thanksgiving|christmas|year)\b",
        r"\boperations (?:manager|director|coordinator|team|lead|department)\b|"
        r"\bback office\b|\bfront office\b|\boffice manager\b|\bour office\b|\bthe office\b|\bour team\b|\bthe team\b|\bour practice\b",
        r"\b(?:any|every|each|all|this|the) (?:day|week|month|year|time)\b",
        # A period in the practice's own story: "access has been harder over the last year".
        r"\b(?:over|in|during|throughout) the (?:last|past) (?:year|few years|couple of years|several years|\d+ years|two years|three years|decade|few months|several months|\d+ months|year or so)\b",
        r"\b(?:have|had|enjoy) (?:a|an) (?:great|wonderful|nice|good|lovely|happy|safe|relaxing|restful) (?:day|week|weekend|holiday|holidays|season|summer|year|time)\b",
        r"\bhappy (?:holidays|new year|thanksgiving)\b|\bholiday season\b|\bnew year\b",
        r"\b(?:do|serve|be|get|understand|explain|communicate|listen) better\b|\bbetter (?:understand|serve|explain)\b",
        # Service the reader was owed, not a change in their health: "you deserve better".
        r"\b(?:expected|expect|expecting|deserve|deserved|deserves|were owed|hoped for|wanted|were promised|are owed) (?:much |far |a lot |so much )?better(?=\s*(?:[.,;:!?)\u2014-]|$)| and | than | from us\b| from (?:a|any) (?:practice|office)\b)",
        r"\byour community\b|\bthe community\b|\bour community\b",
        # The reader's feeling about something of the practice's: "your frustration with the wait".
        r"\byour (?:frustration|disappointment|concerns?|dissatisfaction|annoyance) (?:with|about|over|regarding) (?:the|our) (?:wait|waits|wait times?|delays?|scheduling|phones?|front desk|billing process|check-in)\b",
        # The practice's recent changes: "we've recently arranged overflow parking".
        r"\bwe(?:'ve| have)? (?:just |recently |also )+(?:arranged|added|opened|hired|extended|updated|installed|expanded|launched|started|moved|changed|set up)\b",
        # Waiting in general: "waiting for mental health care is hard"; a choice left to anyone.
        r"\bwaiting (?:for|on) (?:[a-z-]+ ){0,5}(?:is|can be) (?:so |very |really )?(?:hard|difficult|stressful|frustrating|tough|scary|nerve-racking)\b|\bthe (?:choice|decision) (?:should |is |will )?(?:always )?(?:be )?yours\b",
        # Waiting in general: "we know how stressful it is to wait for information".
        r"\bhow (?:stressful|hard|frustrating|difficult|worrying|scary|nerve-racking|nerve-wracking|upsetting|tough) it (?:is|can be) to (?:wait|be kept waiting|not know)\b",
        # Idioms, not care: "that's not us brushing you off".
        r"\bbrush(?:ing|ed|es)? (?:you|it|this|that|them|your concerns?|anyone|people|anything) off\b",
        # The practice's lines and queues, not the reader's wait: "to cut down on phone waits".
        r"\b(?:phone|hold|call|telephone|on-hold) (?:waits?|wait times|hold times)\b|\b(?:cut|cutting|reduce|reducing|shorten|shortening) (?:down )?(?:on )?(?:the )?(?:[a-z-]+ )?waits?\b",
        r"\bwe (?:look forward|hope|are here|re here|will|would|d love|would love|d welcome|would welcome)\b",
        r"\b(?:we|i)(?: |(?='))(?:want|wanted|would like|'d like|hope) (?:you|everyone) to (?:know|understand|hear)\b|\b(?:please|we hope you) (?:know|understand)\b|\brest assured\b",
        r"\b(?:if|should|whenever|when) you (?:ever |still |also )?(?:have|had|'ve got|get|come up with) (?:any )?(?:other |more |further |new )?(?:questions?|concerns?|thoughts)\b",
        r"\b(?:sorry|sad|saddened|disappointed|unhappy) to (?:hear|read|learn|see) (?:that )?(?:you're|you are|you were|you've been|you feel|you felt) (?:so |very |a bit |really )?(?:disappointed|frustrated|unhappy|upset|dissatisfied|let down|displeased)\b",
        r"\b(?:no appointment (?:needed|necessary|required)|without (?:an )?appointment|walk-ins? (?:are )?welcome|while you wait)\b",
        # "You" of anyone, in the present: "waiting is hard, especially when you're not feeling well".
        r"\b(?:especially |particularly |even )?when (?:you're|you are|youre|you feel|you're feeling|you are feeling) (?:not feeling well|feeling unwell|unwell|sick|ill|in pain|hurting|worried|anxious|nervous|scared|stressed|busy|tired|exhausted|juggling [a-z]+|a parent|caring for [a-z ]{1,20}?|(?:waiting|sitting|stuck)(?: in (?:a|any) (?:lobby|waiting room))?)\b|\b(?:especially |particularly |even )?when you (?:have|need) (?:a sick child|little ones|kids|a busy schedule|to wait|questions|answers|care quickly|help|care|support|someone|us)\b",
        # What the reader reports, not what the practice confirms: "the wait you describe".
        r"\b(?:the|that|this|any) (?:[a-z-]+ ){0,2}(?:wait|waits|delay|delays|experience|frustration|issue|issues|problem|problems|situation|concerns?|stress|confusion|difficulty|difficulties)(?: (?:and|or) (?:the |any )?(?:[a-z-]+ ){0,2}(?:wait|delay|experience|frustration|issue|problem|situation|concerns?|stress|confusion))? (?:that )?(?:you|you've|you have) (?:describe|described|describing|mention|mentioned|mentioning|outline|outlined|shared|share|raise|raised|report|reported)\b",
        # The practice's own systems: "our appointment policy", "the cancellation line".
        r"\b(?<!\byour )(?<!\bur )(?:appointment|visit|visiting|cancellation|scheduling|booking|check-in|wait|waiting|treatment|new[- ]patient) (?:policy|policies|system|systems|line|lines|reminders?|process|processes|hours|options|request forms?|portal|software|app|times|area|areas|room|rooms|list|lists)\b",
        # A way anyone books, in the plural: "you can also request appointments by email".
        r"\b(?:you|anyone|patients|families|parents) can (?:also |always |now )?(?:request|book|schedule|make|set up) (?:appointments|visits|consultations)\b",
        # A change of the practice's own, not of the reader: "the recent staff changes".
        r"\b(?:staff|staffing|team|provider|doctor|schedule|scheduling|hours|office|parking|phone|policy|billing|location|saturday|weekend|evening|front desk) changes?\b|\bchanges? (?:to|in) (?:our|the) (?:staff|team|hours|schedule|policy|policies|office|parking|phones?|location|front desk)\b",
    ),
    "es": (
        # Una forma de pedir cita para cualquiera, en plural: "también puede pedir citas por correo".
        r"\b(?:puede|pueden|puedes) (?:tambien |siempre |ahora )?(?:pedir|solicitar|agendar|reservar|programar|hacer) (?:citas|turnos|consultas)\b",
        # Un cambio de la clínica: "el cambio en el horario de los sábados".
        r"\b(?:el|los|este|estos|ese|esos) cambios? (?:en|de|del) (?:el |los |nuestro |nuestros )?(?:horarios?|personal|equipo|sede|ubicacion|estacionamiento|politica|telefonos?|recepcion)\b",
        r"\b(?:muchas |mil )?gracias(?: de nuevo| nuevamente| otra vez)?\b",
        r"\b(?:sumar|sumando|agregar|anadir|alzar) (?:tu|su) voz\b",
        # What an outside body asks of anyone: "traiga los formularios que pida su escuela".
        r"\b(?:cualquier|los|el|todos los|todo) (?:formularios?|papeles|documentos?|formatos?|papeleo) que (?:le |te )?(?:pida|pidan|pide|piden|exija|exijan|exige|exigen|requiera|requieran|requiere|requieren|solicite|soliciten) (?:su |tu |la |el )?(?:escuela|colegio|equipo|liga|trabajo|empresa|campamento|guarderia|entrenador|club|universidad)\b",
        r"\b(?:nos|me|le) (?:hizo|hace|hicieron|sacaste|saco|saca|sacaron) (?:sonreir|una sonrisa)\b",
        # From the first moment: "nuestro enfoque se percibe desde el primer momento".
        r"\bdesde el primer (?:momento|dia|contacto|minuto|instante|saludo)\b|\b(?:pone|ponen|ponemos|poner|pongo) (?:el|todo su|todo el|su) corazon(?: en (?:su|sus|cada|todo|nuestro|lo que hace|lo que hacemos)(?: trabajo| labor)?)?\b",
        # Explaining the practice's process: "queremos explicar el proceso".
        r"\b(?:explicar|explicarle|explicarte|explicamos|explicaremos|conocer|entender|mostrar) (?:el|nuestro|todo el) (?:proceso|procedimiento administrativo|tramite)\b",
        # Going through a frustration, wishing the best: "lamentamos que haya pasado por esa
        # frustración", "le deseamos lo mejor".
        r"\b(?:haya|hayas|ha|has|hayan) pasado por (?:esa|esta|una|tanta|toda esa) (?:frustracion|situacion|experiencia|molestia|incomodidad|preocupacion|confusion|espera)\b|\b(?:le|te|les|os) (?:deseamos|deseo|desea|deseo) (?:todo )?lo mejor\b",
        # "No haya sido la mejor", "dar lo mejor": the best, not a change in the reader.
        r"\b(?:haya|ha|fue|fuera|sea|sido|era|es) (?:la|el|lo) mejor\b|\b(?:dar|damos|dando|hacer|hacerlo|hacemos) (?:lo|todo lo) mejor\b",
        # Cleanliness of the place, not a dental cleaning.
        r"\b(?:puntualidad|orden|amabilidad|atencion|higiene) y (?:la )?limpieza\b|\blimpieza y (?:el )?orden\b|\bla limpieza,? (?:y )?(?:la |el )?(?:discrecion|puntualidad|orden|trato|atencion|amabilidad|comodidad|seguridad)\b",
        # The practice's work, not the reader's job: "esa impresión de nuestro trabajo".
        r"\bnuestro trabajo\b|\bnuestra labor\b|\btrabajo (?:del|de nuestro|de todo el|en) equipo\b",
        # "Hace" as "makes", not "ago": "nos hace felices", "hace falta", "hace la diferencia".
        r"\b(?:nos|me|te|le|les|lo|la|los|las) hacen? (?:muy |tan |realmente |sumamente )?(?:felices|feliz|sentir|sonreir|ilusion|gracia|bien|falta|reir)\b|\bhacen? (?:falta|posible|la diferencia|una gran diferencia|que (?:cada|todo|nuestro|nuestra))\b",
        # The reader's say, not their voice: "su voz cuenta", "que su voz no cuente".
        r"\b(?:su|tu|sus|tus) (?:voz|voces|opinion|opiniones) (?:no )?(?:cuenta|cuente|cuentan|importa|importe|importan|es importante)\b",
        # Insurance, not feeling safe: "familias sin seguro", "la mayoría de los seguros".
        r"\b(?:sin|el|los|un|del|al|de|con|cualquier|aceptamos|su|sus|tu|tus) seguros?\b|\bseguros? (?:privados?|medicos?|dentales?|de salud|de gastos medicos|publicos?)\b",
        # Work on the practice's premises, when it starts: "el próximo mes empieza la
        # remodelación de la clínica", "la obra comenzará la próxima semana".
        r"\b(?:el|la|este|esta) (?:proxim[oa]|siguiente) (?:semana|mes|ano|primavera|verano|otono|invierno|lunes|martes|miercoles|jueves|viernes) (?:empieza|empezara|comienza|comenzara|inicia|iniciara|arranca|arrancara|abre|abrira|se inaugura|inauguramos|abrimos|abriremos|empezamos|empezaremos|comenzamos|comenzaremos|iniciamos|iniciaremos) (?:la|el|las|los|nuestr[oa]s?) (?:nuev[oa]s? )?(?:remodelacion|obras?|ampliacion|renovacion|construccion|mudanza|apertura|inauguracion|sede|sucursal|clinica|consultorio|ala|edificio)\b|\b(?:la|las|nuestra|el|nuestro) (?:nuev[oa] )?(?:remodelacion|obras?|ampliacion|renovacion|construccion|mudanza|apertura|sede|sucursal|ala|edificio) (?:[a-z]+ ){0,3}?(?:empieza|empezara|comienza|comenzara|inicia|iniciara|arranca|arrancara|abre|abrira|se inaugura|se inaugurara) (?:el|la|este|esta) (?:proxim[oa]|siguiente) (?:semana|mes|ano|primavera|verano|otono|invierno|lunes|martes|miercoles|jueves|viernes)\b",
        # Cleanliness of the place, not a dental cleaning: "la limpieza del consultorio".
        r"\blimpieza (?:de|del) (?:la |las |los |el |nuestr[oa]s? )?(?:consultorio|clinica|oficina|instalaciones|sala|salas|lugar|banos?|area|areas|local|edificio|recepcion)\b",
        r"\b(?:su|tu|sus|tus|vuestr[oa]s?) (?:[a-z]+ )?(?:comentarios?|resena|opinion|mensaje|tiempo|palabras|confianza|paciencia|comprension|inquietud|inquietudes|preguntas?|privacidad|experiencia|sugerencias?|calificacion|recomendacion)\b",
        r"\bpunto de vista\b|\btomarse el tiempo\b|\btomarte el tiempo\b|\bsu tiempo\b|\btu tiempo\b",
        r"\b(?:cualquier|todo|todos los) (?:dia|dias|momento|semana|mes)\b|\ben cualquier momento\b|\bcada (?:dia|semana|mes|ano)\b(?! mas\b)",
        r"\bnuestr[oa] (?:equipo|oficina|consultorio|clinica|practica)\b|\bel equipo\b",
        r"\b(?:hablar|conversar|platicar|comunicarnos) con (?:usted|ustedes|ud|contigo)\b",
        r"\b(?:le|te|les) (?:explicamos|explicaremos|contamos|contaremos|informamos|orientamos|mostramos)\b",
        r"\b(?:entender|servirle|servirles|atenderle|hacerlo|comunicarnos|explicar) mejor\b|\bmejor (?:servicio|atencion)\b",
        r"\bal dia\b|\b(?:(?:la )?visita a |visitar |visite )?(?:nuestr[oa] )?(?:sitio|pagina) web\b|\bredes sociales\b",
        r"\b(?:felices fiestas|feliz navidad|feliz ano|buen dia|buena semana|buen fin de semana)\b",
        r"\blo antes posible\b|\bcuanto antes\b|\bpronto posible\b|\bcuando (?:guste|quiera|quieras|desee|lo desee|necesite|necesites)\b",
        r"\b(?:queremos|quisieramos|nos gustaria|deseamos) (?:que )?(?:usted |ustedes )?(?:sepa|sepan|saber)\b|\btenga la (?:seguridad|certeza) de\b|\bsepa que\b",
        r"\bsin (?:necesidad de )?cita(?: previa)?\b",
        r"\bsi (?:usted |tu )?(?:tiene|tienes|tuviera|tuvieras) (?:alguna |cualquier |mas |otras? )?(?:preguntas?|dudas?|inquietud(?:es)?|consultas?)\b",
        r"\b(?:la|el|los|las|esa|ese) (?:[a-z]+ )?(?:espera|demora|retraso|experiencia|frustracion|situacion|inquietud|inquietudes|molestia|problema|confusion)(?: y (?:la|el|los|las) [a-z]+)? que (?:usted |nos )?(?:describe|menciona|comenta|relata|comparte|senala|expresa|describio|menciono|comento)\b",
        # The practice's own systems: "nuestra política de citas", "el sistema de turnos".
        r"\b(?:politicas?|sistemas?|horarios?|agenda|linea|procesos?|recordatorios?|normas?|reglas?|reglamento|procedimientos?|programa|servicio|plataforma|portal) (?:de|para) (?:las |los |la |el )?(?:citas?|cancelaciones?|cancelacion|visitas?|turnos?|pagos?|espera|consultas?|agendar|programar)\b",
        # ...and its office processes, not the reader's ("nuestro proceso de facturación"; "su
        # proceso de admisión" is theirs).
        r"\b(?<!su )(?<!sus )(?<!tu )(?<!tus )(?:procesos?|sistemas?|politicas?) de (?:facturacion|cobros?|cobranza|registro|reembolsos?|inscripcion|recepcion)\b",
    ),
}
# A sentence whose purpose is an invitation to contact the practice, a privacy statement or a
# generic apology: its cues are how it is said, not what happened.
SAFE_SENTENCE = {
    "en": r"\b(?:please )?(?:call|phone|email|e-mail|contact|reach|write|text|message) (?:us|our|the office|our office|me)\b|\b(?:can't|cannot|can not|unable to|not able to|won't|will not|do not|don't|never) (?:\w+ ){0,3}(?:discuss|share|confirm|comment|disclose|talk about|go into)\b|\bconfirm or deny\b|\bprivacy\b|\bhipaa\b",
    "es": r"\b(?:llamenos|llamanos|llame|llama|escribanos|escribenos|comuniquese|comunicate|contactenos|contactanos|marque|marcar|llamar|escribir|comunicarse)\b|\bno (?:podemos|puede|es posible) (?:\w+ ){0,3}(?:hablar|comentar|compartir|confirmar|divulgar|discutir)\b|\bconfirmar ni negar\b|\bprivacidad\b",
}

# Sentences that speak to the reader without a pronoun (Spanish drops it: "Nos alegra que ya
# pueda ver bien", "Lamentamos que se haya sentido apurada").
# An opening to the reader, at the start of the sentence or of a clause joined by ", and"
# ("We love kids, and we hope the two fillings are holding up").
ADDRESSED_OPENING = {
    "en": r"(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))(?:so |we're so |we are so |we're |we are )?(?:glad|happy|thrilled|delighted|relieved|sorry) (?:that )?(?:it|things|everything) |(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))(?:here's|heres|cheers) to\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))(?:we |we all |i )?(?:hope|hoping|wish|wishing) (?:that )?(?:the(?! (?:whole |entire )?(?:community|town|neighbou?rhood|city|world|weather|season|holidays|team|staff)\b)|(?:those|these)(?! (?:changes|updates|improvements|new hours|additions|steps)\b)|both|all)\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))may (?:the|those|these|all|every|each|that|this)\b",
    "es": r"(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))(?:muchas |muchisimas |mil )?(?:felicidades|felicitaciones|enhorabuena)\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))(?:le|te|les) (?:deseamos|deseo|mandamos|enviamos)\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))(?:ahora (?:si )?|y )?a (?:leer|disfrutar|presumir|comer|caminar|correr|ver|lucir|sonreir|bailar|manejar|dormir|masticar|escuchar)\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))que (?:disfrute|disfrutes|disfruten|siga|sigas|sigan|tenga|tengas|se mejore|te mejores|descanse|descanses|luzca|luzcas|presuma|presumas|se recupere|te recuperes)\b|\b(?:nos alegra|nos alegramos de|nos da (?:mucho |muchisimo )?gusto|nos encanta|nos complace|lamentamos|sentimos mucho|esperamos|ojala|que bueno|que gusto|que alegria|que emocion|que maravilla|que genial|que padre|que increible|nos llena de (?:alegria|gusto|orgullo|emocion|felicidad)|nos hace (?:muy |tan )?(?:feliz|felices)|nos emociona) (?:mucho |muchisimo |tanto |[a-z]+mente )?(?:que|de que|saber que)\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))ojala\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))a disfrutar\b|(?:^|(?<=, and )|(?<=, so )|(?<=; )|(?<=, y ))que (?:cada (?:dia|semana|vez) )?(?:camine|camines|coma|comas|duerma|duermas|vea|veas|oiga|oigas|escuche|escuches|mastique|mastiques|corra|corras|respire|respires|sonria|sonrias|suba|subas|baile|bailes|juegue|juegues|gane|ganes)\b",
}
# The body part named as a particular one ("the shoulder keeps improving", "la rodilla ya
# está mejor"): with a result in the same sentence it speaks of someone's care.
DEFINITE = {
    # "grandma's hip", "her knee is stronger now": one person's
    "en": frozenset({"the", "that", "this", "those", "these", "s", "both", "his", "her"}),
    "es": frozenset({"el", "la", "ese", "esa", "este", "esta"}),
}
# Cues of more than one word, by class ("little one", "the worst is behind you").
PHRASE_CUES = {
    "en": {
        "life": r"\blittle (?:one|ones|guy|girl|man|lady|boy|champ)\b|\bbundle of joy\b",
        "event": r"\bnew (?:house|home|job|apartment|school|puppy)\b|\bthe move\b|\bbig day\b|\bfinish line\b|\bnew chapter\b|\bwelcome to the world\b|\b(?:long|tough|hard|difficult|bumpy|rough) (?:road|journey|ride|stretch|season)\b",
        "time": r"\bthat (?:day|morning|afternoon|evening|night)\b",
        "outcome": r"\blike nothing (?:ever )?happened\b|\b(?:back to|like) (?:his|her|their|your|my) (?:old|usual|normal) self\b|\b(?:keeps|keep) getting (?:more|better|stronger|easier)\b|\b(?:moving|heading|going|trending) in the right direction\b|\bon the right track\b|\bturn(?:ed|ing)? a corner\b|\b(?:hold|holds|holding) up (?:well|okay|ok|great|fine|for)\b|\bshow(?:s|ing)? (?:it |them |that |those |this )?off\b|\bpain[- ]free\b|\bgood as new\b|\bbehind you\b|\bback on your feet\b|\bworst is over\b|\bon the mend\b|\bright where (?:she|he|they|we|the doctor) wants? (?:it|them)\b|\bon track\b|\blook(?:s|ed|ing)? (?:good|great|healthy|better|perfect)\b|\bin (?:crisp|sharp|perfect|full|vivid|crystal[- ]clear|high) (?:focus|detail|definition)\b|\b(?:ditching|ditch|ditched|losing|lost|goodbye to|bye-bye to|farewell to|no more|done with|free of|freedom from|life without) (?:the |those |that |your |ur )?(?:cane|crutches|walker|brace|boot|sling|cast|wheelchair|readers|reading glasses|retainers?|aligners|inhaler|cpap|splint|pain|headaches|migraines|limp|limping)\b|\bcrystal[- ]clear\b|\b(?:keep|keeps|keeping) getting (?:longer|easier|stronger|better|faster|farther|further)\b",
    },
    "es": {
        "life": r"\b(?:su|tu) (?:pequen[oa]|chiquit[oa]|nen[ea])\b|\bfutur[oa] (?:mama|papa|madre|padre|mami|papi)\b|\bmama primeriza\b|\bbebe en camino\b",
        "body": r"\b(?:las|sus|tus|mis) unas\b",  # "uñas", not the article "unas"
        "event": r"\b(?:casa nueva|nueva casa|nuevo trabajo|nuevo empleo)\b|\bgran dia\b|\bnueva etapa\b|\bbienvenid[oa] al mundo\b",
        "time": r"\b(?:ese|aquel|esa|aquella) (?:dia|manana|tarde|noche|semana)\b",
        "outcome": r"\bcomo si nada (?:hubiera|hubiese) pasado\b|\b(?:de vuelta|volvio|volviendo|ha vuelto) a (?:la normalidad|ser (?:el|la) de siempre|su vida normal)\b|\baguanten?\b|\bresistan?\b|\b(?:lucir|presumir)(?:la|lo|las|los)\b|\bsin dolor\b|\bcomo nuev[oa]\b|\blo peor (?:ya )?(?:paso|quedo atras)\b|\b(?:ganando|ganar|gane|ganes|recuperando|recuperar|recupere|recuperes) (?:fuerza|movilidad|flexibilidad|equilibrio|resistencia|energia|independencia)\b|\b(?:se|te) (?:siente|sientes|sienta|sientas|sintio|sentiste) (?:hoy |ya |mucho |muchisimo |un poco )?(?:mejor|con mas|mas fuerte|mas comod[oa]|mas segur[oa]|mas tranquil[oa]|con menos|renovad[oa]|como nuev[oa]|como (?:usted|tu) mism[oa])\b|\bde corrido\b|\b(?:un poquito|un poco|cada vez|cada dia) mas\b(?! (?:de|que)\b)",
    },
}

# What a clause that speaks to no one says of anyone: what can or tends to happen. ("May"
# wishes, "could" tells of one time; a Spanish "puede" may be the reader's "usted puede".)
GENERAL_MODALS = {
    "en": _words("can tends tend"),
    "es": frozenset(),
}
# Empathy with how a kind of moment is for anyone, in the present ("we understand how stressful
# a long wait on a school day is", "entendemos lo estresante que es una espera larga"): a clause
# with no reader word that holds it is a general truth. (Not "how stressful the wait was".)
GENERAL_TRUTH = {
    "en": r"\b(?:understand|know|realize|recognize|appreciate) (?:just )?how (?:[a-z-]+ ){1,2}(?:a|an|any) (?:[a-z-]+ ){1,6}?(?:is|are|can be|gets|feels|can feel|can get)\b",
    "es": r"\b(?:entendemos|sabemos|comprendemos|reconocemos) (?:muy bien |bien )?lo (?:[a-z]+ ){1,2}?que (?:es|son|puede ser|pueden ser|resulta|resultan|puede resultar) (?:una?|cualquier|los|las|[a-z]+(?:ar|er|ir)(?:se)?)\b|\b(?:entendemos|sabemos|comprendemos) que (?:[a-z]+(?:ar|er|ir)) (?:[a-z]+ ){0,2}?(?:puede|suele) (?:ser|generar|causar|resultar|dar)\b",
}
# Where a clause ends inside a sentence: a conditional ("if", "si"), a generic word or a
# privacy statement covers only its own clause ("Claro que me acuerdo de usted y de su niña,
# y le pido una disculpa si..."; "We can't discuss anyone's care, but the device...").
# An emoji in place of a full stop ends a clause too: "...más fuerte 💪 Llame al..." (the
# invitation covers its own clause only).
CLAUSE_BREAK = {
    "en": r",? \b(?:but|however|although|though|yet|that said)\b|, (?:and|so|while)\b| and (?=we (?:understand|know|realize|recognize)\b)|: |[\u2600-\u27bf\U0001f300-\U0001faff]+ ",
    "es": r",? \b(?:pero|sin embargo|aunque|no obstante|dicho esto)\b|, (?:y|e|asi que|mientras)\b| y (?=(?:entendemos|sabemos|comprendemos|reconocemos)\b)|: |[\u2600-\u27bf\U0001f300-\U0001faff]+ ",
}
# The reviewer spoken of in the third person ("este cliente faltó a cuatro sesiones", "this
# patient missed three appointments"): the reader all the same.
READER_THIRD_PERSON = {
    "en": r"\b(?:hope|hoping|wish|wishing) (?:that )?(?:he|she)(?:'s|'ll| is| will| keeps| enjoys| loves| has)\b|\bthis (?:patient|client|customer|person|individual|gentleman|lady|woman|man|reviewer|poster|user|mom|dad|mother|father|parent|guest)\b(?! (?:portal|population|community|group|base|experience|feedback|review|reviews|survey|list|care))|\bthe (?:reviewer|poster|author of (?:this|the) (?:review|post|comment))\b|\bthe (?:person|individual|patient|client|customer|parent) (?:who|that) (?:wrote|posted|left|submitted|shared|published) (?:this|the)\b",
    "es": r"\b(?:esperamos|ojala|deseamos) que (?:el|ella) (?:[a-z]+ )?(?:disfrute|siga|este|pueda|tenga|luzca|presuma)\b|\b(?:este|esta|dicho|dicha|el mencionado|la mencionada) (?:paciente|cliente|senor|senora|senorita|joven|persona|usuario|usuaria|individuo|caballero|dama|mama|papa|madre|padre)\b(?! (?:de (?:nuestra|la) comunidad))|\bel (?:autor|autora) de (?:esta|la|este|el) (?:resena|publicacion|comentario|opinion)\b|\bla (?:autora|persona) (?:de|que (?:escribio|publico|dejo|comparte)) (?:esta|la|este|el)\b",
}
# Possessives that, with the reviewer in the third person, make a word theirs.
THIRD_PERSON_POSSESSIVES = {"en": frozenset({"his", "her", "their"}), "es": frozenset({"su", "sus"})}
# Something the reader does every day, and a change in it ("seeing the world a little more
# crisply these days", "masticar con más comodidad"): an outcome without a clinical word.
ACTIVITIES = {
    "en": _words("see seeing read reading hear hearing drive driving chew chewing eat eating bite biting "
                 "sleep sleeping walk walking run running breathe breathing smile smiling laugh laughing "
                 "move moving bend bending lift lifting climb climbing hike hiking bike biking swim swimming "
                 "dance dancing play playing sit sitting stand standing kneel kneeling type typing "
                 "focus focusing sing singing swallow swallowing squint squinting golf golfing jog jogging "
                 "garden gardening travel traveling travelling stretch stretching enjoy"),
    "es": _words("ver viendo leer leyendo oir oyendo escuchar escuchando manejar manejando conducir "
                 "disfrutar salir saliendo "
                 "conduciendo masticar masticando comer comiendo morder mordiendo dormir durmiendo "
                 "caminar caminando correr corriendo respirar respirando sonreir sonriendo reir riendo "
                 "moverse moviendo agacharse subir subiendo nadar nadando bailar bailando jugar jugando "
                 "sentarse cantar cantando tragar tragando levantarse pasear paseando viajar viajando "
                 "platicar platicando conversar conversando charlar charlando "
                 "duerme duermes duerma duermas camina caminas camine camines mastica mastique "
                 "escucha escuche lee lea sube suba corre corra respira respire"),
}
CHANGE = {
    "en": r"\b(?:a (?:little|lot|bit) |much |so much |even |far |way )?(?:more|less) (?:clearly|crisply|sharply|easily|comfortably|freely|confidently|soundly|deeply|smoothly|steadily|naturally|normally|brightly|boldly)\b|\b(?:easier|clearer|sharper|crisper|brighter|stronger|farther|further|longer|louder) (?:than (?:ever|before)|now|these days|again|every day)\b|\bthese days\b|\bnowadays\b|\bno longer\b|\banymore\b|\bonce more\b|\bnow that\b|\bat last\b|\bwithout (?:the |that |a |any |your )?(?:squinting|squint|pain|wincing|limping|limp|cane|crutches|brace|walker|glasses|readers|help|hesitating|hesitation|worrying|worry|a second thought|thinking twice|discomfort)\b|\blike (?:new|before|you used to|they used to)\b",
    "es": r"\bcon (?:mas|menos) (?:claridad|nitidez|facilidad|comodidad|confianza|soltura|tranquilidad|seguridad|fuerza|ganas)\b|\bmas (?:nitido|nitida|nitidamente|claro|clara|claramente|facil|facilmente|comodo|comoda|comodamente|tranquilo|tranquila|tranquilamente|seguro|segura|fuerte)\b|\bestos dias\b|\bhoy en dia\b|\bya no\b|\bde nuevo\b|\botra vez\b|\bnuevamente\b|\bcomo antes\b|\bsin (?:dolor|molestias|problemas?|lentes|anteojos|miedo|ayuda|esfuerzo|dificultad|entrecerrar|forzar la vista|apretar los ojos)\b|\bpor fin\b|\bahora que\b|\bde corrido\b|\btoda la noche\b|\bsin (?:parar|detenerse|cansarse)\b",
}
# The reader enjoying an activity ("you're enjoying seeing...", "esté disfrutando ver..."):
# a result of care.
ENJOYING = {
    "en": r"\b(?:you're|you are|youre|u r|you|ur) (?:really |truly |finally |still )?(?:enjoying|loving|relishing) (?:being able to )?"
          r"|\b(?:glad|happy|thrilled|relieved|delighted|excited|so good|great|wonderful|amazing|love|so nice)(?: to (?:hear|know|see|read|learn))?(?: that)? (?:you|u|you're|youre)(?: |(?='))(?:can|could|are able to|able to|'re able to|were able to|can now|can finally|are finally able to|are now able to|get to|got to)(?: now| finally| once again| again)? ",
    "es": r"\b(?:este|estes|esten|sigue|sigas|siga) (?:disfrutando|gozando)(?: de)? (?:poder )?|\b(?:que )?(?:disfrute|disfrutes|disfruten)(?: de)? (?:poder )?"
          r"|\b(?:alegra|alegramos|alegria|gusto|feliz|felices|contentos|contentas|que bueno|maravilloso|encanta|bonito|lindo|padre|genial|increible|emocionante)\b(?: [a-z]+){0,4}? que (?:ya |por fin |nuevamente |de nuevo |ahora |hoy )?(?:pueda|puedas|pueden|puede|puedes|pudo|pudiste|logre|logres|consiga|consigas|(?:haya|hayas|hayan|ha|has|han|hubiera|hubieras) (?:podido|logrado|conseguido)|pudiera|pudieras) (?:ya |por fin |nuevamente |de nuevo |ahora )?",
}
# "See a provider", "ver al doctor": a visit, not eyesight; "read our policy", "ver su
# comentario": the practice's things or the review, not the reader's life.
NOT_AN_ACTIVITY_AFTER = {
    "en": r"(?:a |an |the |our |your |one of our )?(?:provider|doctor|dentist|specialist|clinician|nurse|hygienist|physician|surgeon|therapist|someone|somebody|anyone|us)\b|our\b|(?:the|your|this) (?:website|site|page|blog|newsletter|polic(?:y|ies)|reviews?|feedback|comments?|message|note|post|email)\b",
    "es": r"(?:a |al |a la |a los |a las |a un |a una |a su |a nuestr[oa]s? )?(?:doctor|doctora|medico|medica|dentista|especialista|enfermer[oa]|higienista|terapeuta|alguien|nadie)\b|nos\b|nuestr[oa]s?\b|(?:la|el|su|esta|este) (?:pagina|sitio|politica|resena|resenas|comentario|comentarios|mensaje|correo|opinion)\b",
}
# What "yours" may stand for. A review or the reader's words: "we read every review and
# appreciate yours" is safe; anything else of the reader's ("every smile is different, and
# yours...", "every visit should be comfortable, and we're sorry yours wasn't") is not.
FEEDBACK_NOUNS = _words("review reviews feedback comment comments word words note notes message "
                        "messages story stories rating ratings post posts input opinion opinions "
                        "perspective perspectives thoughts suggestion suggestions question questions "
                        "concern concerns letter letters kindness voice voices shout-out shoutout "
                        "testimonial testimonials")
REFERENTS = _words("experience experiences case cases family families day days outcome outcomes "
                   "plan plans story health life path paths journey journeys road roads process "
                   "recovery progress chapter chapters")
# Cue words that are also verbs: after the practice as subject ("we stay open late", "we'll
# wait for your call") they say what the practice does, not what happened to the reader.
VERB_CUES = _words("stay stays return returns visit visits wait waits change changes grow grows "
                   "heal heals run runs move moves shine shines glow glows smile smiles "
                   "improve improves improving grow growing learn learning")
PRACTICE_PRONOUNS = _words("we i they ll d re ve always also still")
