# ruff: noqa: E501  (word tables: one class a line reads better wrapped by hand)
"""When a clinical word is a disclosure: the cues (data for `hooks.clinical_cue`).

A clinical word ("implant", "flu", "ortodoncia") in a GENERIC sentence discloses nothing:
bare plural or mass nouns, "a/any/every", services offered, policies, processes, places,
the practice's name or units, what anyone may ask about ("Our clinic offers flu and travel
vaccines", "Implant treatment timelines can vary from person to person", "La clínica de
diabetes está en el primer piso"). It is a disclosure when its sentence ties it to:

- the reader or another particular person ("your implant", "her treatment", "this patient");
- a particular instance: a definite or demonstrative determiner on the word itself ("the
  Botox touch-up is included", "that crown", "ese blanqueamiento");
- a time ("last week", "on Monday", "ya", "ayer") or a past event ("was done", "went
  well", "quedó", "haya salido");
- an outcome, course, symptom or prognosis ("can leave a small scar that fades",
  "flare-ups are common in winter", "suele dar un poco de fiebre", "requiere unas semanas");
- a reaction to someone's situation: an apology, relief or a wish ("sorry the numbing took
  so long", "glad the antibiotics kicked in", "esperamos que"), or the weight of it
  ("waiting on a biopsy can be nerve-racking", "los ataques de pánico pueden ser aterradores");
- an instruction to the reader ("Remember to take...", "Siga aplicando...", "No suspenda...");
- a guess about someone's condition ("sounds like", "podría ser").

The words the review itself uses are handled apart (`engine`: review echo). Words are folded
(lower case, no accents); each class is a word set (one dict lookup a word) plus a few
phrases. The class names the cue in the finding's message.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Cue classes in the order they are reported (the first found names the finding).
CLASSES = ("reader", "person", "instance", "time", "event", "outcome", "reaction", "advice",
           "guess")

MESSAGES = {
    "reader": "tied to the reader ('{cue}')",
    "person": "tied to a particular person ('{cue}')",
    "instance": "about one particular instance ('{cue}')",
    "time": "tied to a particular time ('{cue}')",
    "event": "as something that happened ('{cue}')",
    "outcome": "with an outcome, course or symptom ('{cue}')",
    "reaction": "in a reaction to someone's situation ('{cue}')",
    "advice": "in an instruction to the reader ('{cue}')",
    "guess": "in a guess about someone's condition ('{cue}')",
}

WORDS = {
    "en": {
        "reader": _words("you your yours yourself yourselves u ur yr ya yall"),
        "person": _words("he she him her his hers himself herself"),
        "time": _words("yesterday today tonight tomorrow ago recently lately earlier already "
                       "again anymore finally now soon "
                       "monday tuesday wednesday thursday friday saturday sunday wedding prom graduation "
                       "honeymoon reunion birthday"),
        "event": _words("was were went did had got took came felt seemed looked turned became "
                        "been happened finished started ended began broke cracked chipped fell "
                        "failed worked helped kicked wore needed caused showed left done gone found ready "
                        "removed restored lasted dissolved saved fell"),
        "outcome": _words("heal heals healed healing fade fades faded fading scar scars scarring "
                          "settle settles settled settling ease eases eased easing improve improves "
                          "improved improving improvement better worse worsen worsens worsening "
                          "resolve resolves resolved subside subsides subsided sting stings stinging "
                          "stung hurt hurts hurting sore soreness ache aches aching achy swelling "
                          "swollen painful discomfort uncomfortable itch itches itchy itching bleed "
                          "bleeds bleeding tender tenderness bruise bruising bruised numb numbness "
                          "recover recovers recovered recovering recovery relief relieved manageable "
                          "calmer clearer sharper straighter whiter brighter smoother peak peaks "
                          "lingering linger lingers lasts flare flares flareups usually typically often sometimes tends tend "
                          "higher spread spreads spreading contagious dissolve dissolves "
                          "successful success groggy drowsy woozy nauseous queasy rare milestone goodbye bye "
                          "nicely rarely progress "
                          "temporary fever nausea dizzy sensitivity"),
        "reaction": _words("sorry apologize apologise apologies apologizing apology regret regrets "
                           "glad happy thrilled relieved delighted excited stoked pleased hope "
                           "hoping hopefully wish wishing nerve-racking nerve-wracking racking "
                           "wracking frightening scary scare scared afraid stressful stressed tough "
                           "difficult exhausting overwhelming worrying worried anxious upsetting "
                           "emotional rough hardest harder traumatic heartbreaking worst miserable brutal "
                           "awful congrats congratulations rooting praying prayers brave bravery courage "
                           "courageous trooper champ cheers"),
        "advice": _words("remember keep continue don't avoid stop start take use apply try skip "
                         "drink eat rest ice wear finish"),
        "guess": _words("probably likely"),
        "instance": frozenset(),
    },
    "es": {
        "reader": _words("usted ustedes ud uds su sus tu tus te ti contigo le les vos"),
        "person": _words("ella"),
        "time": _words("ayer hoy anoche recien recientemente pasado pasada ya nuevamente "
                       "todavia pronto lunes martes miercoles jueves viernes sabado domingo boda "
                       "graduacion cumpleanos"),
        "event": _words("fue fueron estuvo estuvieron salio salieron quedo quedaron paso pasaron "
                        "tuvo tuvieron hizo hicieron funciono funcionaron termino terminaron empezo "
                        "comenzo valio valieron haya hayan hubo hubiera habia ha han sido llego llegaron listo lista "
                        "listos listas estaba estaban cayo cayeron dejo dejaron tardo tardaron dolio "
                        "dolieron marco marcaron"),
        "outcome": _words("sana sanar sanando cicatriz cicatrices cicatriza cicatrizar mejora "
                          "mejorar mejoro mejorado mejorando mejoria mejor peor alivio aliviar alivia "
                          "pasajera pasajero pasajeras pasajeros temporal temporales normal comun "
                          "suele suelen tardar tarda tardan efecto molestia molestias dolor doler "
                          "duele duelen arde arder ardor hinchazon recuperacion recuperarse "
                          "recupera recuperando adaptacion acostumbrarse controlada controlado "
                          "nota funciona requiere requieren acostumbra aumenta empeora disminuye desaparece "
                          "desaparezca fiebre mareo mareos reposo incomodar incomoda incomodo funcionando "
                          "exito exitosa exitoso rara raro terrible terribles adios resultado resultados "
                          "ayuda ayudando ayudo frutos adolorido adolorida inflamado inflamada "
                          "hinchado hinchada"),
        "reaction": _words("lamentamos lamento sentimos siento disculpe disculpa disculpas perdon "
                           "alegra alegramos alegro encanta encanto feliz felices contentos "
                           "contentas esperamos ojala aterrador aterradora aterradores dificil "
                           "dificiles duro dura angustia angustiante estresante preocupa "
                           "preocupante miedo entendemos comprendemos asusta asustar horrible felicidades "
                           "agotador agotadora agotadores "
                           "felicitaciones enhorabuena animo valiente valientes valentia "
                           "campeon campeona"),
        "advice": _words("recuerde recuerda siga sigue continue continua evite evita tome toma "
                         "use usa aplique aplica vaya acuda termine"),
        "guess": _words("probablemente seguramente"),
        "instance": frozenset(),
    },
}

# Cues of more than one word, by class (folded text).
PHRASES = {
    "en": {
        # Right after the word: "a sprained ankle like that", "results like these".
        "instance": r"(?: [a-z'-]+)? like (?:that|this|these|those|yours|hers|his)\b",
        "reader": r"\b(?:this|that) (?:patient|client|customer|reviewer|person|gentleman|lady)\b(?! (?:portal|population|community|group|base|experience|feedback|review|reviews|survey|list|care))",
        "time": r"\b(?:before|after|for) (?:the |your |her |his )?(?:prom|wedding|graduation|big day|honeymoon|vacation|trip)\b|\b(?:last|this|next) (?:week|month|night|time|visit|morning|afternoon|evening|year)\b|\bday (?:\d+|one|two|three|four|five|six|seven)\b|\bat first\b|\bthe first (?:few |couple of )?(?:days?|weeks?|nights?)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:ever )?since (?:then|last|the|your|her|his|that|this)\b",
        "outcome": r"\b(?:a few|several|two|three|four|\d+|a couple of|couple of|some) (?:more )?(?:hours|days|weeks|months|years)\b(?! (?:a|per|each) (?:week|month|year))|\b(?:in|during|over|within) the first (?:few |couple of |several )?(?:hours|days|weeks|months)\b|\b(?:sooner|faster|quicker|longer|slower) than (?:expected|usual|normal|hoped|planned)\b|\b(?:soften|softens|softened|softening|dissolve|dissolves|dissipate|dissipates)\b|\b(?:is|are|it's|it is|that's|that is|they're|they are) (?:very |perfectly |completely |totally |quite |pretty )?(?:common|normal|temporary|expected|typical)\b|\bside effects?\b|\b(?:kick|kicks|kicked) in\b|\b(?:wear|wears) off\b|\b(?:go|goes|went) away\b|\b(?:clear|clears|cleared) up\b|\bget(?:s|ting)? used to\b|\btakes? (?:some |a little )?(?:a while|time)\b(?! to )|\bunder control\b|\bcan leave\b|\bover time\b|\b(?:right )?on (?:schedule|track|target)\b|\bon (?:its|their) own\b|\ba day or (?:two|so)\b|\btakes? (?:[a-z0-9]+ ){0,3}(?:sessions|rounds|treatments|visits|weeks|months|years)\b|\bworks? wonders\b|\b(?:is|are|'s|'re) (?:really |still |finally |definitely )?(?:working|progressing|healing)\b(?! (?:on|to|with|hard|toward|towards|together|closely))|\b(?:paid|pays|paying) off\b|\bmade (?:a|all the|such a|the|a real|a big|a huge) (?:[a-z]+ )?difference\b|\b(?:is|are) (?:finally |all )?over\b|\btakes? (?:some |a little |a bit of )?(?:practice|patience)\b|\b(?:a |an )?(?:pretty |very |fairly |really )?(?:common|routine|quick|simple|minor|standard) (?:procedure|surgery|treatment|thing|problem|issue|condition)\b|\b(?:is|are|'s) (?:so |very )?real\b|\bgoing around\b|\b(?:down|done), (?:one|two|three|a few|\w+) (?:to go|left)\b|\b(?:the )?(?:end|finish|completion|last day|last round|first day|first round) of\b|\b(?:is|are|'s|'re) (?:really |still |already )?(?:doing|going|holding up|coming along|moving along|paying off|settling in)\b",
        "reaction": r"\btakes? (?:a village|work|effort|dedication|commitment|courage|strength|grit|guts)\b|\b(?:is|are|'s) (?:a lot|so much|no joke|no small thing|a big deal|a wild ride)\b|\b(?:wild|long|tough|bumpy|rough|hard|difficult) (?:ride|road|journey|stretch)\b|\bgame[- ]?changer\b|\blife[- ]?(?:changing|changer|saver)\b|\blifesaver\b|\bnews (?:about|on|regarding|of)\b|\bthe news\b|\bhard (?:on|for|to)\b|\b(?:can|could|is|are|it's) (?:be |feel )?(?:so |really |very )?hard\b|\bway to go\b|\b(?:never|not|no) (?:fun|pleasant|easy|a picnic)\b|\b(?:nobody|no one) (?:enjoys|likes|loves)\b",
        "advice": r"\b(?:make|be) sure (?:to|you)\b|\byou(?: |(?='))(?:should|need to|must|'ll want to|ll want to)\b",
        "guess": r"\b(?:sounds|seems|looks) like\b|\b(?:could|might|may) (?:be|have been) (?:a|an|some)\b",
    },
    "es": {
        "instance": r"(?: [a-z-]+)? como (?:ese|esa|esos|esas|este|esta|estos|estas|el suyo|la suya|el tuyo|la tuya)\b",
        "reader": r"\b(?:este|esta|dicho|dicha) (?:paciente|cliente|senor|senora|persona|usuario|usuaria)\b",
        "time": r"\blo de (?:la|el|los|las|su|sus|tu|tus)\b|\b(?:antes|despues) de (?:la |su |tu )?(?:boda|graduacion|fiesta|viaje|vacaciones|luna de miel)\b|\bde nuevo\b|\botra vez\b|\bla semana pasada\b|\bel (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\b(?:los primeros|las primeras) (?:dias|meses|semanas)\b|\bal (?:principio|inicio|comienzo)\b|\bel dia de (?:la|el|su|tu)\b",
        "outcome": r"\b(?:unas|unos|varias|varios|dos|tres|cuatro|\d+|algunas|algunos|un par de) (?:semanas|dias|meses)\b|\b(?:todo )?un record\b|\b(?:es|son|esta|estan) (?:muy |bastante |totalmente |completamente )?(?:normal|normales|comun|comunes|pasajer[oa]s?|temporal|temporales|esperad[oa]s?)\b|\bprocedimiento (?:de rutina|rapido|sencillo|comun|menor)\b|\b(?:el )?(?:fin|final|ultimo dia|ultima sesion) de\b|\bbajo control\b|\bcon el tiempo\b|\bhacer efecto\b|\befectos secundarios\b|\bse nota\b|\b(?:marco|hizo|hace|hara) (?:una|la|toda la) (?:gran |enorme )?diferencia\b|\bse (?:ve|ven|siente|sienten) (?:muy |super |tan )?(?:natural|naturales|bien|increible|increibles|genial|geniales|perfect[oa]s?|mejor)\b|\b(?:va|van|vamos|sigue|siguen) (?:muy |super |bastante )?bien\b",
        "reaction": r"\bnoticias? (?:de|sobre|acerca)\b|\bla noticia\b|\bnos (?:da|dio) (?:mucho |muchisimo )?gusto\b|\bque bueno\b|\b(?:nunca|no) es (?:agradable|facil|divertid[oa])\b|\bnadie (?:disfruta|disfrutamos|quiere|desea)\b|\ba nadie le (?:gusta|agrada|encanta|apetece)\b",
        "advice": r"\bno (?:se |lo |la )?(?:deje|suspenda|tome|use|olvide|coma|beba|fume|exponga|rasque|toque|moje)\b|\b(?:asegurese|asegurate) de\b|\b(?:debe|deberia|tiene que) (?:tomar|usar|aplicar|seguir|evitar)\b",
        "guess": r"\b(?:parece|suena a)\b|\bpodria (?:ser|tratarse)\b",
    },
}

# A definite or demonstrative determiner on the clinical word itself (at most one word
# between): "the Botox touch-up", "that lower wisdom tooth", "esa endodoncia".
INSTANCE_BEFORE = {
    "en": r"\b(?:the|(?<!understand )(?<!know )(?<!believe )(?<!agree )(?<!realize )(?<!hope )(?<!feel )(?<!mean )(?<!means )(?<!note )(?<!so )(?<!sure )(?<!and )(?<!is )(?<!glad )that|this|those|these)(?! (?:best|finest|right|highest|latest|most|newest|safest|gentlest|ideal|appropriate|highest-quality|very best) )(?: (?!of |for |about |with |on |in |to |and |or )[a-z'-]+)? $",
    # Not "el/la/los/las": Spanish uses the article for things in general too ("la ortodoncia
    # invisible es una gran opción").
    "es": r"\b(?:ese|esa|esos|esas|este|esta|estos|estas|aquel|aquella)(?: (?!de |para |sobre |con |en |y |o )[a-z-]+)? $",
}
# Chart-note shorthand: the word and what was done to it ("Cavity filled, no pain", "Wisdom
# teeth extracted without complications"). Participles that describe a service in general
# are not an event ("Flu shots offered daily", "Cleanings included in most plans").
DONE_AFTER = {
    "en": r"(?: (?:was|were|got|been|all|already|just|finally|successfully|fully|now))? ([a-z]{3,}ed)\b",
    "es": r"(?: (?:ya|fue|fueron|quedo|quedaron))? ([a-z]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas))\b",
}
SERVICE_PARTICIPLES = _words(
    "offered provided performed accepted covered included required recommended needed designed "
    "based trained certified licensed welcomed supported used preferred related advanced "
    "specialized personalized tailored scheduled booked approved billed reviewed explained listed "
    "posted shared priced discounted handled managed guided monitored supervised staffed equipped "
    "focused dedicated limited expanded located housed administered given offered "
    "ofrecido ofrecida ofrecidos ofrecidas incluido incluida incluidos incluidas cubierto "
    "recomendado recomendada recomendados recomendadas realizado realizados realizada realizadas "
    "disenado disenada dedicado dedicada ubicado ubicada certificado certificada especializado "
    "especializada programado programada aprobado aprobada agendado agendada")
# A sentence about availability or eligibility uses "the" for a kind, not an instance: "The
# flu vaccine is available to anyone six months and older".
KIND_NOT_INSTANCE = {
    # Also the practice's equipment in every room, and kinds compared ("copays are lower than
    # the emergency room", "a fraction of the radiation of older film").
    "en": r"\b(?:available|availability|offer|offers|offered|offering|provide|provides|eligible|recommended|anyone|everyone|all ages|in stock|carry|carries|walk-ins?|equipped with|(?:higher|lower|cheaper|less|more|faster|slower|safer|costlier) than|a fraction of)\b|\bevery (?:[a-z-]+ )?(?:operatory|room|office|location|suite|chair)\b",
    "es": r"\b(?:disponible|disponibles|ofrecemos|ofrece|ofrecen|recomendad[oa]s?|cualquier persona|todas las edades|equipad[oa]s? con|(?:mas|menos) (?:[a-z]+ )?que|una fraccion de)\b|\bcada (?:consultorio|sala|gabinete|sillon|sede)\b",
}
# Possessives on the clinical word: the reader's, or another person's ("her treatment").
OWNER_BEFORE = {
    "en": r"\b(?:your|ur|yr|his|her)(?: [a-z'-]+)? $",  # not "their": "families ... their"
    "es": r"\b(?:su|sus|tu|tus)(?: [a-z-]+)? $",
}

# Wording that carries a cue word but serves another purpose; blanked before the cues are
# looked for. Willingness ("glad to answer", "happy to help", "con gusto"), the practice's
# news ("we now offer", "ya sea"), hard work, a standing schedule, "keep in mind".
NOT_CUES = {
    "en": r"\b(?:glad|happy|pleased|delighted|thrilled|excited|proud)(?= to (?!hear|see|know|read|learn))"
          r"|\bnow (?=offer|offering|accept|accepting|open|available|has|have|provide|providing|serving|booking|welcoming|scheduling|taking|see|seeing)"
          r"|\b(?:is|are|'re|re) now(?= (?:open|available|offering|accepting|taking|welcoming|booking|scheduling|in-network|on site))"
          r"|\b(?:work|works|working|worked) hard\b|\bhard-working\b|\bhardworking\b"
          # How the practice's own things were made: "our gym was designed so that...".
          r"|\bour (?:[a-z-]+ ){0,2}(?:was|were) (?:specifically |purposely |carefully |intentionally )?(?:designed|built|founded|created|established|renovated|remodeled|set up|started)\b"
          # Prices compared: "urgent care copays are often higher than an office visit".
          r"|\b(?:copays?|copayments?|costs?|prices?|fees?|rates?|premiums?|deductibles?|bills?|charges?) (?:are|is|tend to be|can be) (?:often |usually |typically |generally |sometimes |much |a bit )?(?:higher|lower|cheaper|more|less|similar)\b"
          # What is common among people in general: "dental anxiety is common among teens".
          r"|\b(?:is|are|'s) (?:very |really |quite |so |pretty |especially |also )?(?:common|normal|typical) among (?:many |most |lots of |a lot of |young |older )?(?:teens|teenagers|kids|children|adults|people|patients|families|parents|seniors|adolescents|toddlers|babies|women|men|athletes|students)\b"
          r"|\b(?:wishing|wish|wishes|hoping) (?=to (?:learn|know|find out|ask|schedule|book|talk|speak|get|join|try|see|visit|reach|contact|explore))"
          r"|\bwe(?:'ve| have)? (?:switched|moved|upgraded|changed|converted|transitioned) (?:over )?to\b"
          r"|\bkeep in mind\b|\buse (?:our|the) (?:portal|website|site|app|form|online)"
          r"|\b(?:hope|hoping) to\b|\bwe hope (?:this|that) (?:helps|clarifies|explains)\b"
          r"|\b(?:you|anyone|everyone) (?:can|may|are welcome to)\b|\bthank you\b"
          # The reader as the one told about the practice's services: "tell you more about our
          # whitening options", "any questions you have about implants".
          r"|\b(?:tell|telling|explain|explaining|walk|walking|show|showing|talk|talking|answer|answering|help|helping|guide|guiding|share with|sharing with|send|sending|point|pointing|connect|connecting|give|giving|offer|offering) you(?= (?:through|about|more|what|how|with|to|the|our|any|all|in|over|toward|towards|information|info|details|a tour)\b)"
          r"|\b(?:any |the |all |whatever |other )?questions? (?:you|u) (?:have|may have|might have|had)\b"
          # A generic apology: "sorry to hear about the wait; consultations usually run on time".
          r"|\b(?:sorry|sad|saddened|disappointed) to (?:hear|read|learn) (?:about |of )?(?:the |your |this |that |any )?(?:long )?(?:wait|waits|delay|delays|experience|frustration|confusion|trouble|issue|issues|problem|problems|inconvenience|concerns?|feedback|review)\b(?! (?:with|about|over|regarding|around|after|during|for|from|of) )"
          r"|\b(?:if|whether|when|whenever) you\b|\bcoming soon\b|\bstop (?:by|in)\b|\btake advantage\b"
          r"|\b(?:call|contact|book|schedule|visit|reach)(?: us| our office| the office)? today\b"
          r"|\bwe hope (?:this|that|the above)(?: [a-z]+){0,5} (?:helps|clarifies|explains|is helpful|answers)\b"
          r"|\bsuccess rates?\b"
          # A standing schedule or the practice's history: "Monday through Friday", "since 1998".
          r"|\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)(?: ?(?:-|through|thru|to|and|or|&) ?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?))+\b"
          r"|\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekend|weekday|evening)(?= (?:hours|appointments|clinics?|availability|openings|slots|mornings|evenings|walk-ins?|sessions))"
          r"|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|\bsince (?:\d{4}|we opened|our founding)\b"
          # What people in general ask or choose: "parents often ask about fluoride".
          r"|\b(?:often|usually|typically|sometimes) (?=ask|asks|choose|chooses|tell|tells|wonder|wonders|want|wants|call|calls|prefer|prefers|book|books|request|requests)"
          # The practice's schedule and prices: "consultations usually run on time".
          r"|\b(?:usually|typically|generally) (?=run on time|runs on time|start on time|starts on time|are scheduled|is scheduled|are booked|is booked|are available|is available|are covered|is covered|cost|costs)",
    "es": r"\bcon (?:mucho )?gusto\b|\bya sea\b"
          r"|\bnuestr[oa]s? (?:[a-z]+ ){0,2}(?:fue|fueron) (?:disenad[oa]s?|construid[oa]s?|fundad[oa]s?|cread[oa]s?|renovad[oa]s?|pensad[oa]s?)\b"
          # Prices compared: "el copago de urgencias suele ser mayor que el de una consulta".
          r"|\b(?:copagos?|costos?|precios?|cuotas?|tarifas?|deducibles?|cargos?|cobros?)(?: (?:de|del|en|por) [a-z ]{1,40}?)? (?:suele |suelen |puede |pueden |tiende a |tienden a )?(?:ser|es|son|resulta|resultan) (?:a veces |normalmente |generalmente |casi siempre |mucho |bastante |un poco )?(?:mayor|menor|mayores|menores|mas|menos|similar|similares|parecid[oa]s?)\b(?: (?:que|a) (?:el|la|los|las|al) (?:de (?:una? |la |el |los |las )?)?[a-z]+(?: (?:normal|comun|regular|general|habitual)\b)?)?"
          r"|\b(?:es|son) (?:muy |bastante |especialmente |tambien )?(?:comun|comunes|normal|normales|habitual|habituales|frecuente|frecuentes) entre (?:los |las |muchos |muchas )?(?:adolescentes|ninos|ninas|adultos|personas|pacientes|familias|padres|mayores|bebes|jovenes|deportistas|estudiantes)\b|\bya (?=ofrecemos|contamos|tenemos|atendemos|aceptamos|puede agendar|puede reservar)"
          r"|\b(?:encantad[oa]s|felices|content[oa]s) de (?!saber|ver|leer|escuchar)"
          r"|\bsi (?:usted |tu )?(?:tiene|tienes|quiere|quieres|desea|deseas|necesita|necesitas)\b"
          r"|\b(?:usted|cualquier persona|cualquiera) puede\b|\bno (?:podemos|puede|es posible)\b"
          r"|\b(?:lamentamos|sentimos|lamento|siento)(?: mucho)? (?:saber|leer|enterarnos)? ?(?:de |sobre )?(?:la |su |esta |esa )?(?:larga )?(?:espera|demora|experiencia|frustracion|confusion|inconveniente|situacion)\b(?! (?:con|de|del|sobre|por|en|tras|despues) )"
          r"|\b(?:le|te|les) (?:explicamos|explicaremos|contamos|contaremos|informamos|informaremos|orientamos|orientaremos|mostramos|platicamos|respondemos|compartimos|damos informacion|enviamos informacion)\b"
          r"|\b(?:las |cualquier |sus |tus )?(?:preguntas|dudas) que (?:tenga|tengas|pueda tener|puedas tener)\b"
          r"|\bde (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) a (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\blos (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)\b|\bdesde (?:\d{4}|que abrimos)\b",
}
