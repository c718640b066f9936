"""`practice_wide`: a clinical or visit word said of no one in particular (the practice's
services and policies, people in general, what anyone may ask about, a season, a list under
a generic heading, a published recommendation, a decorative emoji, one of the practice's
units)."""

from __future__ import annotations

from typing import Any

from guardrails import lazy_re as re

# --- practice-wide statements ---------------------------------------------------------------
# "We offer clear aligners and braces", "Vaccines are nobody's favorite, so our nurses keep
# stickers for every little one", "Cada proceso de rehabilitación es distinto": a clinical word
# in a sentence about the practice and everyone it serves, not about the reader or an occasion.
_PRACTICE_SUBJECT = {
    "en": re.compile(
        r"\bwe're (?:happy|glad|proud|pleased|delighted|excited|able) to "
        r"(?:offer|provide|carry|stock)\b|\bwe're (?:always |constantly |continually |actively )?"
        r"(?:working|striving|committed|dedicated)\b"
        # A service the practice will add: "starting next month we'll offer Saturday sick visits".
        r"|\bwe(?:'ll| will) (?:now |also |soon |be )?(?:offer|offering|provide|providing|host|"
        r"hosting|add|adding|start offering|begin offering)\b"
        r"|\b(?:we|our (?:[a-z'-]+ ){0,2}?[a-z-]+|the (?:team|office|practice|clinic)|"
        r"everyone here)\b (?:[a-z']+ ){0,3}?(?:offer|offers|provide|provides|accept|"
        r"accepts|follow|follows|keep|keeps|explain|explains|build|builds|design|designs|perform|"
        r"performs|use|uses|have|stock|stocks|carry|carries|include|includes|specialize|"
        r"specializes|welcome|welcomes|make sure|makes sure|take|takes|walk|walks|tailor|tailors|"
        r"review|reviews|work|works|treat|treats|see|sees|serve|serves|focus|focuses|believe|"
        r"believes|want|wants|strive|strives|aim|aims|prescribe|prescribes|are trained|is trained|"
        r"are happy|is happy|are always|is always|are glad|is glad|recommend|recommends|suggest|"
        r"suggests|make a point|makes a point|are committed|is committed|are dedicated|"
        r"is dedicated|pride ourselves|are proud|is proud|'re proud|are available|is available|"
        r"are open to|is open to|"
        r"adjust|adjusts|answer|answers|return|returns|read|reads|deliver|delivers|give|gives|fit|"
        r"fits|sell|sells|dispense|dispenses|stand behind|stands behind|guarantee|guarantees|"
        r"apply|applies|has|offers|features|is equipped|are equipped|love|loves|enjoy|enjoys|"
        r"make|makes|help|helps|are passionate|is passionate|care about|cares about|"
        r"is posted|are posted|is shared|are shared|reserve|reserves|hold|holds|invest|invests|"
        r"mention|mentions|remind|reminds|tell|tells|host|hosts|run|runs|teach|teaches|organize|"
        r"go over|goes over|talk through|talks through|look into|looks into|investigate|"
        r"investigates|"
        r"organizes|coordinate|coordinates|arrange|arranges|refer|refers|"
        r"have invested|added|bring|brings|collect|collects|donate|donates|sponsor|sponsors|"
        r"partner|partners)\b"
        # Our policies and systems as the subject: "our refill policy applies to everyone".
        r"|\bour (?:[a-z-]+ )?(?:policy|policies|rules|guidelines|process|procedures|protocols?|"
        r"forms|system|pricing|fee|fees|hours)\b"
        r"|\bon[- ]site\b|\bwe(?:'re| are) proud\b"
        r"|\b(?:we|our (?:[a-z-]+ )?[a-z-]+) (?:always |routinely |carefully )discuss(?:es)?\b"
        r"|\bhow we (?:practice|work)\b|\bthe way we (?:practice|work)\b"
        r"|\bour (?:approach|philosophy|standard|policy|goal|mission)\b"
        # "Sports injuries are our specialty".
        r"|\b(?:is|are) (?:our|a) (?:specialty|speciality|focus|passion|bread and butter)\b"
        # The practice's equipment and people, looked after as a rule: "all of our lasers are
        # operated by licensed professionals", "our therapists receive ongoing training".
        r"|\b(?:all (?:of )?our|our|every one of our) (?:[a-z-]+ ){0,3}?(?:is|are) (?:always |all |"
        r"only |regularly |routinely |carefully )?(?:operated|inspected|maintained|serviced|"
        r"calibrated|sterilized|sterilised|staffed|supervised|certified|licensed|overseen|"
        r"monitored|cleaned|replaced|upgraded)\b"
        r"|\bour (?:[a-z-]+ ){0,2}?(?:staff|team|therapists|nurses|doctors|providers|clinicians|"
        r"hygienists|dentists|surgeons|specialists|assistants) (?:also )?(?:receive|complete|"
        r"attend|undergo|train)\b"
        # How orders and the like go for everyone: "contact lens orders usually arrive within
        # 7-10 business days".
        r"|\b(?:orders?|shipments?|deliveries) (?:usually|typically|generally|normally|often) "
        r"(?:arrive|ship|take|come in)\b"
        # What differs for each person: "allergy shot schedules vary from person to person".
        r"|\bvar(?:y|ies) (?:a lot |widely |greatly )?(?:from|by) (?:person to person|patient to "
        r"patient|plan to plan|case to case|person|patient|plan)\b"
        r"|\bvaria (?:mucho )?(?:de una persona a otra|de persona a persona|segun cada persona|"
        r"segun el caso)\b"
        # How long a kind of visit lasts: "full-body skin checks usually take about 15 minutes".
        r"|\b(?:checks?|exams?|visits?|appointments?|consultations?|cleanings?|sessions?|"
        r"screenings?|procedures?|physicals?) (?:usually|typically|generally|normally|often) "
        r"(?:take|last) (?:about |around |roughly |just |only )?(?:\d+|a few|an?|one|two)\b"
        # A rule the practice applies to all: "our $25 no-show fee applies to everyone".
        r"|\bappl(?:y|ies) (?:equally )?to (?:everyone|every (?:patient|family|one)|"
        r"all (?:patients|families))\b"
        # People in general as the subject of a present tense: "anyone can request...",
        # "kids who are nervous in the chair get a stuffed animal".
        r"|\b(?:anyone|anybody|everyone|everybody|(?:every|any) (?:[a-z-]+ )?(?:patient|family|"
        r"person|parent|child|kid|kiddo|little one|visitor|one|adult|teen)|each (?:patient|family|"
        r"person|child|kid|kiddo)|all "
        r"(?:patients|families)|patients|families|kids|children|parents|people)\b(?: (?:who|with|"
        r"that|waiting|looking|needing|hoping|wanting|expecting)(?: [a-z',]+){1,14}?"
        r"| interested(?: in(?: [a-z'-]+){1,4}?)?)? (?:can|"
        r"may|(?:is|are) (?:always |also |more than )?welcome|gets?|receives?|deserves?)\b"
        r"|\b(?:for|to) (?:anyone|everyone|anybody|any patient|all families|families|parents) "
        r"(?:considering|interested in|thinking about|curious about|who|looking)\b"
        r"|\bwhat (?:anyone|everyone|every patient|every family|patients|families) can expect\b"
        r"|\b(?:offers|provides)\b[^.!?]{0,120}\b(?:to|for) (?:everyone|anyone|all (?:ages|"
        r"families|patients)|every (?:family|patient|age))\b"
        # The practice's history: "Clearview has offered skin checks... for over 20 years".
        r"|\b(?:has|have) (?:proudly |been )?(?:offered|provided|offering|providing)\b"
        r"[^.!?]{0,120}\b(?:for (?:over |more than |nearly |almost )?\d+ years|since \d{4}|"
        r"in (?:this|our) community)\b"
        # Every one of a kind of visit: "every consultation includes a discussion of recovery".
        r"|\b(?:all|every|each) (?:[a-z-]+ ){0,2}(?:procedures?|consultations?|visits?|"
        r"appointments?|exams?|treatment plans?|plans?|sessions?|surger(?:y|ies)) (?:at [a-z]+ )?"
        r"(?:are|is|include|includes|comes? with|begins?|starts?|ends?|gets?)\b"
        # People in general: "for kids of every age", "for many people".
        r"|\bfor (?:kids|children|people|patients|families|adults|teens) of (?:every|all|any) "
        r"ages?\b|\bfor (?:many|most|lots of) (?:people|patients|kids|children|families|adults)\b"
        # A choice anyone may make: "we respect anyone's choice to seek a second opinion".
        r"|\b(?:respect|respects|support|supports|encourage|encourages|honor|honors) "
        r"(?:anyone's|everyone's|any patient's|every patient's|each person's|every person's) "
        r"(?:choice|decision|right)\b"),
    "es": re.compile(
        r"\b(?:ofrecemos|brindamos|aceptamos|seguimos|explicamos|realizamos|disenamos|atendemos|"
        r"tratamos|usamos|utilizamos|tenemos|queremos|buscamos|cuidamos|trabajamos|ofrece|brinda|"
        r"dedicamos|reservamos|apartamos|guardamos|tomamos|organizamos|participamos|colaboramos|"
        r"apoyamos|recolectamos|recogemos|donamos|nos unimos|"
        r"recomendamos|sugerimos|abrimos|abriremos|atenderemos|ofreceremos|tendremos|contamos con|"
        r"contar con|estamos (?:muy )?orgullos[oa]s|en el mismo lugar|ajustamos|entregamos|"
        r"nos (?:enorgullece|complace|alegra) (?:ofrecer|brindar|contar con|atender)|"
        r"(?:es|puede ser) (?:muy )?(?:dificil|duro) para (?:cualquiera|todos|cualquier persona)|"
        r"respondemos|devolvemos|leemos|damos|revisamos|"
        # "Nuestros pediatras siguen...", "nuestra óptica ofrece...": the practice's people or
        # units with a present-tense verb.
        r"nuestr[oa]s? (?:[a-z]+ ){0,2}?[a-z]+ (?:siempre |tambien |con gusto )?(?:ofrece|ofrecen|"
        r"sigue|siguen|explica|explican|atiende|atienden|usa|usan|trabaja|trabajan|realiza|"
        r"realizan|brinda|brindan|resuelve|resuelven|recomienda|recomiendan|acepta|aceptan|"
        r"incluye|incluyen|revisa|revisan|cuida|cuidan|ayuda|ayudan|responde|responden|dedica|"
        r"dedican|evalua|evaluan|trata|tratan|diagnostica|diagnostican|habla|hablan|describe|"
        r"describen|da|dan|puede|pueden)|"
        r"nuestr[oa]s? (?:[a-z]+ ){0,2}?(?:equipo|personal|enfermeras?|enfermeros|medicos?|"
        r"doctores|doctoras?|dentistas?|fisioterapeutas?|terapeutas?|higienistas?|especialistas?|"
        r"clinica|consultorio|practica|forma de trabajar|filosofia|politica|opticos?|"
        r"optometristas?|gerente|cotizaciones|presupuestos)|en (?:la|nuestra) clinica|"
        r"en (?:el|nuestro) consultorio"
        # People in general, or no one in particular: "cualquier persona puede pedir...",
        # "todas nuestras cotizaciones se entregan por escrito".
        r"|(?:cualquier persona|cualquier paciente|cualquier familia|cualquier madre|"
        r"cualquier padre|cualquiera|toda persona|todo paciente|todos|"
        r"todas|cada (?:paciente|persona|familia|nino|nina)|los pacientes|las familias|"
        r"las personas|quien|quienes)(?: (?:que|con|de)(?: [a-z,]+){1,16}?"
        r"| interesad[oa]s?(?: en(?: [a-z]+){1,4}?)?)? (?:puede|pueden|"
        r"recibe|reciben|merece|merecen|tiene derecho|tienen derecho|cuenta con|cuentan con)"
        r"|para (?:cualquier persona|cualquier paciente|quien|quienes|todas las personas|todos) "
        r"(?:que|interesad[oa]s?|con)|"
        r"(?:todos nuestros|todas nuestras) (?:[a-z]+ ){0,2}(?:procedimientos|consultas|"
        r"tratamientos|servicios|pedidos|examenes|revisiones|citas|limpiezas|planes|sedes|clinicas|"
        r"oficinas|consultorios|ubicaciones|centros|sucursales)|"
        r"(?:todos los|todas las|los|las) [a-z]+(?: y [a-z]+)? que "
        r"(?:vendemos|ofrecemos|fabricamos|adaptamos|recetamos|usamos|utilizamos)\b|"
        r"trabajamos con (?:varios|varias|distintos|muchos) "
        r"(?:laboratorios|proveedores|fabricantes)|"
        r"(?:en|para|a) (?:muchas|muchos|la mayoria de las?) (?:personas|pacientes|familias|ninos|"
        r"adultos|parejas|mujeres|hombres|padres)|"
        r"aplica para|se aplica a|nuestr[oa]s? (?:politicas?|normas|reglas|procesos?|sistema|"
        r"horarios?|precios|tarifas)"
        r"|se (?:ofrece|ofrecen|entrega|entregan|explica|explican|incluye|incluyen|realiza|"
        r"realizan|brinda|brindan|aplica|aplican|publica|publican|ajusta|ajustan|renueva|renuevan|"
        r"revisa|revisan|actualiza|actualizan)"
        # "Los pedidos de lentes suelen llegar en 7 a 10 días": how things go for everyone.
        r"|pedidos? (?:[a-z]+ ){0,5}?(?:suelen|suele) (?:llegar|tardar|tomar|estar list[oa]s?)"
        r"|nuestr[oa]s? (?:[a-z]+ ){0,2}?equipos"
        # "Las lesiones deportivas son nuestra especialidad", "todos nuestros técnicos de láser
        # están certificados".
        r"|(?:es|son) (?:nuestra|una) (?:especialidad|pasion|fortaleza)"
        r"|todo el personal (?:que [a-z]+ [a-z]+ )?(?:esta|es) (?:certificad|capacitad|entrenad)o"
        r"|(?:todos|todas) nuestr[oa]s (?:[a-z]+ ){0,3}?(?:estan|son) (?:certificad|capacitad|"
        r"entrenad|licenciad|acreditad)[oa]s)\b"),
}
_GENERIC_PEOPLE = {
    "en": re.compile(r"\b(?:every|each|any|anyone|anybody|everyone|everybody|all|most|many|both|"
                     r"whoever|whenever|nobody|no one|people|patients|families|kids|children|"
                     r"community|teens|adults|seniors|visitors|caregivers|parents|guests)\b"),
    "es": re.compile(r"\b(?:cada|cualquier|cualquiera|todas|todos|nadie|ninguna|ninguno|personas|"
                     r"pacientes|familias|ninos|las|los|ambos|ambas|muchos|muchas|quien|toda|"
                     r"algunos|algunas|varios|varias|"
                     r"todo|comunidad|"
                     r"quienes)\b"),
}
OCCASION = {
    "en": re.compile(r"\b(?:was|were|went|did|(?<!has )(?<!have )had|got|came|yesterday|last|ago|"
                     r"today|this morning|"
                     r"recently|finally|again|your|yours|you|you're|u|ur)\b"
                     # Something done for one case ("we have already ordered a new set"): an event.
                     r"|\b(?:have|'ve|has) (?:already |just |now |also )?(?:ordered|re-?ordered|"
                     r"requested|replaced|arranged|refunded|submitted|"
                     r"fixed|corrected|shipped|mailed|set aside|put in)\b"),
    "es": re.compile(r"\b(?:fue|fueron|estuvo|tuvo|hizo|ayer|pasado|pasada|hace|de nuevo|"
                     r"otra vez|usted|ustedes|tu|te|ti|contigo|"
                     # "...y los suyos salieron bien": one person's.
                     r"(?:los|las|el|la) (?:suy|tuy)[oa]s?)\b"),
}
_SPECIFIC_BEFORE = {
    "en": re.compile(r"\b(?:the|(?<!understand )(?<!know )(?<!believe )(?<!agree )(?<!respect )"
                     r"(?<!recognize )(?<!realize )(?<!hope )(?<!feel )(?<!mean )(?<!means )"
                     r"(?<!note )that|this|these|those|your|his|her|my)"
                     r"(?: (?!every |each |any |all )[a-z'-]+)?\s?$"),
    "es": re.compile(r"\b(?:ese|esa|este|esta|su|tu)(?: [a-z-]+)?\s?$"),  # "la": generic too
}


# A topic said to be hard for anyone: "insurance coverage can be confusing, especially with
# visit limits and prior authorizations", "lo confuso que puede ser el seguro".
_HARD_FOR_ANYONE = re.compile(
    r"\b(?:can|may|might|often|tends? to) (?:be|feel|get|seem) (?:so |very |really |pretty |a bit |"
    r"a little )?(?:confusing|complicated|complex|frustrating|overwhelming|stressful|hard to "
    r"(?:follow|understand|navigate))\b|\b(?:puede|pueden|suele|suelen) (?:ser|resultar) (?:muy |"
    r"bastante |un poco )?(?:confus[oa]s?|complicad[oa]s?|complej[oa]s?|frustrantes?|"
    r"abrumador[ae]?s?|estresantes?)\b|\blo (?:confuso|complicado|frustrante) que (?:puede|pueden) "
    r"(?:ser|resultar)\b|\b(?:is|can be|es|puede ser) (?:so |very |really |muy )?(?:hard|difficult|"
    r"tough|dificil|duro) (?:for anyone|for everyone|for anybody|para cualquiera|para todos|"
    r"para cualquier persona)\b")
# The reader, also as a Spanish object pronoun ("no le haya tratado").
READER_OR_OBJECT = re.compile(
    r"\b(?:you|your|you're|yours|u|ur|usted|ustedes|su|sus|tu|tus|te|ti|le|les)\b")


def asked_about_in_general(doc: Any, language: str, start: int, end: int) -> bool:
    """A billing word as a topic anyone asks about or finds hard ("we understand concerns
    about late fees", "coverage can be confusing, especially with prior authorizations"), in
    a sentence with no reader in it."""
    sentence_start, sentence_end = doc.sentence_of(start)
    if READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end):
        return False
    before = doc.text[max(sentence_start, start - 80) : start]
    return any(_ASKING_ABOUT[code].search(before) for code in ("en", "es")) or (
        _HARD_FOR_ANYONE.search(doc.text, sentence_start, sentence_end) is not None)


def practice_wide(doc: Any, language: str, start: int, end: int) -> bool:
    """A clinical (or visit) word said of no one in particular. Its sentence - with a clause
    joined by a dash or a semicolon - has nothing of the reader or of an occasion, and either
    the practice is the subject of a present-tense policy ("we offer", "our nurses keep", "our
    refill policy applies") about people in general ("every", "anyone", "cada"), or people in
    general are ("anyone can", "cualquier persona puede"), or the word is what someone may ask
    about ("questions about braces"), or the generic subject of a general truth ("we understand
    that hearing technology is an investment"), or an item of a list under a generic heading
    ("For anyone considering allergy testing, here's what to expect:"). Also a season ("flu
    season") and an emoji used as decoration ("Thanks for the kind words! 🦷✨")."""
    from guardrails.structure import without_safe_phrases

    if _season(doc.text, start, end) or _decorative_emoji(doc, start, end):
        return True
    sentence_start, sentence_end = joined_sentence(doc, start)
    codes = (language,) if language in _PRACTICE_SUBJECT else ("en", "es")
    raw = doc.text[sentence_start:sentence_end]
    # "eye exams are a cornerstone...", "our LASIK consultations are always free".
    bare_plural = doc.text[start:end].endswith("s") or _PLURAL_SERVICE_AFTER.match(
        doc.text, end) is not None or _PROGRAM_BEFORE.search(
        doc.text, max(sentence_start, start - 60), start) is not None
    for code in codes:
        sentence = without_safe_phrases(code, raw)
        rest = sentence[: start - sentence_start] + " " + sentence[end - sentence_start :]
        if OCCASION[code].search(_THING_DONE.sub(" ", rest)):
            continue
        if _PLACE_AFTER.match(doc.text, end) and not _SPECIFIC_BEFORE[code].search(
                doc.text[max(sentence_start, start - 25) : start]):
            return True  # "signs for the Outpatient Surgery entrance": a place in the building
        if UNIT_BEFORE.search(doc.text, max(sentence_start, start - 30), start):
            return True  # "when our X-ray is unavailable", "visits in our NICU are limited"
        if a_kind_of_place(doc.text, sentence_start, sentence_end, start, end):
            return True  # "calling a fertility clinic for the first time can feel daunting"
        if _AS_PART_OF_A_SERVICE.search(raw):
            return True  # "our optometrists use retinal imaging as part of comprehensive exams"
        before = doc.text[max(sentence_start, start - 80) : start]
        bookable_before = _BOOKABLE_BEFORE.get(code)
        if _BOOKABLE_AFTER[code].match(doc.text, end) or (
                bookable_before and bookable_before.search(before)):
            return True  # "full-body skin exams can now be booked online"
        if (_HABITUAL_BEFORE.search(doc.text, max(sentence_start, start - 30), start)
                and _HABITUAL_AFTER.match(doc.text, end) and _GENERIC_PEOPLE[code].search(rest)
                and not _ONE_TIME.search(raw)):
            return True  # "explain every step to everyone before the study begins"
        specific = _SPECIFIC_BEFORE[code].search(doc.text[max(sentence_start, start - 25) : start])
        if specific and not (specific.group().startswith("su") and THIRD_PERSON.search(
                doc.text, sentence_start, start)):  # "cada paciente recibe su plan": theirs
            continue
        if _PART_OF_OUR_WORK[code].match(doc.text, end, sentence_end):
            return True  # "diabetic foot care is a big part of what our podiatrists do"
        before = doc.text[max(sentence_start, start - 80) : start]
        if _ASKING_ABOUT[code].search(before) or _GENERAL_TRUTH[code].search(
                before + "|" + doc.text[end : min(sentence_end, end + 40)]):
            return True
        if _process_in_general(code, doc.text, sentence_start, sentence_end, start, end):
            return True
        if _BELIEF_BEFORE.search(doc.text, max(sentence_start, start - 100), start):
            return True  # "built around the idea that orthodontic care should feel fun"
        if _VARIES_BY_PERSON.search(raw):
            return True  # "treatment times with aligners vary from person to person"
        if _PRICE_AFTER.match(doc.text, end):
            return True  # "sports physicals are $35 on walk-in Saturdays": a price list
        if bare_plural and _TAKES_TIME.search(raw):
            return True  # "our dermatologists sometimes need extra time for biopsies"
        if (_DEMAND_BEFORE[code].search(doc.text, max(sentence_start, start - 30), start)
                or _DEMAND_AFTER[code].match(doc.text, end)):
            return True  # "demand for counseling has been high", "sick-visit demand"
        if _under_generic_heading(doc, start) or PUBLISHED.search(raw) or (
                _FOLLOWS_GUIDANCE.search(raw) and not _PAST.search(raw)
                and not _ONE_PERSON.search(raw)):  # "...with his shots": one child's
            return True
        if (UNIT_BEFORE.search(before) and UNIT_AFTER.match(doc.text, end)) or (
                UNIT_OF.search(before)):
            return True  # "our allergy clinic runs...", "nuestra clínica de alergias"
        if (_EVERY_SITE_HAS[code].search(raw) and not _ONE_PERSON.search(raw)
                and not _SITE_NEWS.search(raw)):
            return True  # "both offices use retinal imaging", "cada sede cuenta con rayos X"
        if not _PRACTICE_SUBJECT[code].search(raw):
            continue
        if not (bare_plural or _GENERIC_PEOPLE[code].search(rest)
                or _OFFERS[code].search(raw) or _listed_object(
                    code, doc.text, sentence_start, sentence_end, start, end)):
            continue
        return True
    return False


# Each of the practice's sites and what it has, in the present: "both offices use widefield
# imaging", "every location is equipped with...", "cada una cuenta con rayos X digitales",
# "ambas sedes tienen...": equipment every visitor meets, no one's care.
_EVERY_SITE_HAS = {
    "en": re.compile(
        r"\b(?:both|all|each|every|all (?:two|three|four|five|six)|(?:both|all|each|every one) "
        r"of)(?: our| the)? (?:[a-z-]+ ){0,2}?(?:offices?|locations?|clinics?|sites?|branches|"
        r"branch|practices|centers|centres|operatories|operatory|exam rooms?|treatment rooms?)"
        r"(?: [a-z-]+){0,2}? (?:now |also |already )?(?:use|uses|have|has|feature|features|"
        r"offer|offers|include|includes|(?:is|are) (?:fully )?equipped with|(?:is|are) set up "
        r"with|carry|carries|rely on|relies on)\b"),
    "es": re.compile(
        r"\b(?:cada (?:una|uno)|cada (?:sede|sucursal|clinica|consultorio|oficina|ubicacion|sala|"
        r"gabinete|centro)|ambas (?:sedes|sucursales|clinicas|oficinas|ubicaciones)|ambos "
        r"(?:consultorios|centros)|tod[oa]s (?:nuestr[oa]s |l[oa]s )?(?:sedes|sucursales|clinicas|"
        r"consultorios|oficinas|ubicaciones|centros|gabinetes)|nuestr[oa]s (?:dos|tres|cuatro|"
        r"cinco) (?:sedes|sucursales|clinicas|consultorios|oficinas|ubicaciones|centros))"
        r"(?: [a-z]+){0,2}? (?:ya |tambien |ahora )?(?:cuenta con|cuentan con|tiene|tienen|usa|"
        r"usan|utiliza|utilizan|ofrece|ofrecen|incluye|incluyen|esta equipad[oa] con|estan "
        r"equipad[oa]s con)\b"),
}
# A result or a day after the equipment: "...and the tear showed up clearly", "the ones from
# Monday look great", "las de ayer salieron bien".
_SITE_NEWS = re.compile(
    r"\b(?:was|were|came|showed|turned|looked|looks|look|went|had|did|got|found|caught|"
    r"fue|fueron|salio|salieron|resulto|resultaron|dieron|llegaron|estuvo|estuvieron|se ven|"
    r"se ve|quedo|quedaron|today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|hoy|ayer|lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
    r"the ones|los de|las de)\b")
# The word as an item of a list: "...use widefield retinal imaging, optical coherence
# tomography and automated visual field testing".
_LIST_AFTER = re.compile(r"(?: [a-z-]+){0,2}?(?:,| and | y | or | o | e )")
_LIST_BEFORE = re.compile(r"(?:,|\band|\by|\bor|\bo|\be) (?:[a-z-]+ ){0,3}$")


# What breaks the run from the practice's verb to its list: a clause or a verb of its own.
_CLAUSE_BREAK = re.compile(
    r"[.;:!?]|\b(?:that|which|who|when|after|before|since|because|is|are|was|were|be|been|can|"
    r"could|may|might|que|quien|cuando|despues|antes|porque|es|son|fue|fueron|puede|pueden)\b")


def _listed_object(code: str, text: str, sentence_start: int, sentence_end: int, start: int,
                   end: int) -> bool:
    """The word is one item of a list (joined to another by a comma, "and", "y") that is the
    object of the practice's present-tense verb before it ("we use ultrasound, bone density
    scans and digital mammography"), in a sentence with no one in it."""
    if (_ONE_PERSON.search(text, sentence_start, sentence_end)
            or _SITE_NEWS.search(text, sentence_start, sentence_end)):
        return False
    if (_LIST_AFTER.match(text, end, min(sentence_end, end + 40)) is None
            and _LIST_BEFORE.search(text, max(sentence_start, start - 40), start) is None):
        return False
    verb = None
    for m in _PRACTICE_SUBJECT[code].finditer(text, sentence_start, start):
        verb = m
    return (verb is not None and start - verb.end() <= 80
            and _CLAUSE_BREAK.search(text, verb.end(), start) is None)


# "The" in a clause of what happens each time ("explain every step to everyone before the
# study begins", "antes de que empiece el estudio"): any study, with people in general.
_HABITUAL_BEFORE = re.compile(
    r"\b(?:before|after|until|once|when|while|as soon as|antes de que|despues de que|hasta que|"
    r"cuando|en cuanto) (?:the|el|la|los|las) (?:[a-z-]+ )?$")
_HABITUAL_AFTER = re.compile(
    r"(?: [a-z-]+)? (?:begins|starts|ends|is over|is done|wraps up|finishes|gets started|empiece|"
    r"comience|termine|empieza|comienza|termina|acabe)\b")
_ONE_TIME = re.compile(
    r"\b(?:tomorrow|tonight|next (?:week|time|month)|this (?:week|morning|afternoon|evening|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|manana (?:por|en|a)|esta (?:semana|noche|tarde)|"
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b")


# Part of a kind of visit everyone has: "as part of comprehensive exams", "como parte de cada
# consulta".
_AS_PART_OF_A_SERVICE = re.compile(
    r"\b(?:as part of|como parte de) (?:every |each |all |our |any |cada |toda |todas las |"
    r"(?:comprehensive|routine|regular|annual|standard) )(?:[a-z-]+ )?(?:exams?|visits?|"
    r"checkups?|check-ups?|cleanings?|consultations?|care|evaluations?|consulta|consultas|"
    r"revision|revisiones|examen|examenes)\b")
# A program or drive named before the word, in Spanish: "el control de infecciones", "el Mes
# de Concientización sobre el Cáncer de Mama", "la colecta de protector solar".
_PROGRAM_BEFORE = re.compile(
    r"\b(?:control|prevencion|donaciones|colectas?|campanas?|concientizacion|sensibilizacion|"
    r"lucha|mes|semana|dia) (?:de|del|sobre|contra)(?: (?:la|el|los|las|de|del|sobre|contra|"
    r"concientizacion|sensibilizacion|lucha|prevencion))* (?:[a-z-]+ )?$")


_PLURAL_SERVICE_AFTER = re.compile(
    r" (?:consultations|consults|exams|evaluations|screenings|appointments|services|treatments|"
    r"cleanings|repairs|adjustments|care|"
    r"procedures|packages|classes|programs|sessions|fittings|fees|options|plans|consultas|"
    # A program or drive of the practice's: "infection control", "sunscreen donations",
    # "Skin Cancer Awareness Month".
    r"control|prevention|awareness|donations|drives?|collections?|protocols|"
    r"prevencion|donaciones|colectas?|"
    r"evaluaciones|revisiones|servicios|tratamientos|procedimientos|clases|programas|sesiones)\b")


# The kind of care as part of the practice's work: "diabetic foot care is a big part of what
# our podiatrists do", "es una parte importante del trabajo de nuestros podólogos".
_PART_OF_OUR_WORK = {
    "en": re.compile(r"(?: [a-z-]+){0,3}? (?:is|are) (?:also |truly |really )?(?:a (?:big|large|"
                     r"huge|core|key|central|major|important|special|daily|growing) part of|part "
                     r"of|one of|central to|at the (?:heart|core) of|the (?:heart|focus|core) of|"
                     r"a (?:focus|specialty|speciality) (?:of|at|for)) (?:what (?:we|our (?:[a-z-]+"
                     r" ){0,2}?[a-z-]+) (?:do|does|offer|offers)|our (?:[a-z-]+ )?(?:practice|work|"
                     r"specialties|specialities|services|clinic|mission|days?))\b"
                     # An event of the practice's: "community screenings are one of our
                     # favorite traditions", "a tradition we look forward to every year".
                     r"|(?: [a-z-]+){0,5}? (?:is|are) (?:also |truly |really )?(?:(?:one|some) of "
                     r"our (?:[a-z-]+ )?(?:traditions|events|ways to give back|outreach "
                     r"programs|community programs)|(?:a|an|our) (?:[a-z-]+ )?(?:tradition|"
                     r"event|highlight of (?:our|the) year|way to give back))\b"),
    "es": re.compile(r"(?: [a-z]+){0,3}? (?:es|son) (?:una |un )?(?:parte (?:importante |central "
                     r"|esencial |fundamental |clave |grande )?(?:del (?:trabajo|dia)|de lo que "
                     r"(?:hacemos|ofrecemos|hacen)|de nuestr[oa]s? [a-z]+)|(?:el )?(?:centro|"
                     r"corazon) de (?:lo que hacemos|nuestr[oa] [a-z]+)|una de nuestras "
                     r"especialidades|nuestra especialidad)\b"
                     # "Las jornadas de vacunación son una de nuestras tradiciones favoritas".
                     r"|(?: [a-z]+){0,5}? (?:es|son) (?:tambien |realmente )?(?:(?:una|uno|"
                     r"algunas|algunos) de nuestr[oa]s (?:tradiciones|eventos|actividades|formas "
                     r"de (?:apoyar|ayudar|retribuir))|(?:una|un|nuestra|nuestro) (?:gran |bonita "
                     r"|querida )?(?:tradicion|evento|actividad)(?: (?:favorit[oa]|anual|del "
                     r"ano|comunitari[oa]))?)\b"),
}


# A service the practice offers, which is for whoever asks: "our center offers medication
# for opioid use disorder", "ofrecemos terapia de pareja".
_OFFERS = {
    "en": re.compile(r"\b(?:we|our (?:[a-z'-]+ ){0,2}?[a-z-]+|the (?:practice|clinic|office|"
                     r"center|program)) (?:also |now |proudly |gladly )?(?:offers?|provides?|"
                     r"includes?|combines?)\b"),
    "es": re.compile(r"\b(?:ofrecemos|brindamos|contamos con|combinamos|"
                     r"nos (?:enorgullece|complace) (?:ofrecer|brindar)|(?:nuestr[oa]s?|el|la) "
                     r"(?:[a-z]+ ){0,2}?(?:ofrece|ofrecen|brinda|brindan|incluye|incluyen|combina|"
                     r"combinan))\b"),
}
# A service anyone may book: "skin exams can now be booked online", "ya se pueden agendar
# consultas en línea".
_BOOKABLE_AFTER = {
    "en": re.compile(r"(?: [a-z-]+)? (?:can|may) (?:now |also |easily |still )?be (?:booked|"
                     r"scheduled|requested|arranged|reserved|ordered)\b|(?: [a-z-]+)? (?:is|are) "
                     r"(?:also |now |always )?(?:offered|available|provided|given) (?:as an "
                     r"alternative|to (?:everyone|anyone|all)|for (?:everyone|anyone|all)|after "
                     r"every|with every|at every|year-round|all year|every day|daily|on weekdays|"
                     r"on weekends|for walk-ins|without an appointment|same-day|same day)\b"
                     r"|(?: [a-z-]+)? (?:is|are) (?:also |now |always )?(?:offered|available|"
                     r"given) (?:on a walk-in basis|by appointment|on (?:mondays|tuesdays|"
                     r"wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends))\b"
                     r"|(?: [a-z-]+)? (?:clinics?|days?|events?|"
                     r"drives?|nights?) (?:are|is|will be) (?:held|offered|hosted|run|open)\b"),
    "es": re.compile(r" (?:se pueden|se puede) (?:ya |ahora |tambien )?(?:reservar|agendar|"
                     r"solicitar|pedir|programar)\b"),
}
_BOOKABLE_BEFORE = {  # Spanish puts the verb first: "ya se pueden agendar consultas"
    "es": re.compile(r"\b(?:se pueden|se puede|puede|pueden) (?:ya |ahora |tambien )?(?:reservar|"
                     r"agendar|solicitar|pedir|programar)(?:se)? (?:en linea )?$"),
}


# "Questions about orthodontic options like braces", "dudas sobre un medicamento".
_ASKING_ABOUT = {
    "en": re.compile(r"\b(?:questions?|concerns?|information|info|curious|interested|learn more|"
                     r"asking) (?:about|on|regarding|in|related to)\b"
                     r"(?! (?:your|his|her|the|that)\b)(?: [a-z'-]+){0,6} $"),
    "es": re.compile(r"\b(?:preguntas?|dudas?|informacion|consultas?|interesad[oa]s?|saber mas) "
                     r"(?:sobre|acerca de|de|en|con respecto a)\b(?! (?:su|sus|tu|tus|ese|esa)\b)"
                     r"(?: [a-z'-]+){0,6} $"),
}
# The word names a purchase or a decision in general, not anyone's condition: "hearing
# technology is a significant investment", "las decisiones sobre vacunas son muy personales".
# (Empathy about a condition - "we understand that couples therapy can feel hard" - is not.)
# The text before the word and after it are joined by "|".
_GENERAL_TRUTH = {
    "en": re.compile(r"(?:^|[,:;] |\b(?:that|understand|know|realize|and) )(?:the )?"
                     r"(?:(?:cost|price|expense) of (?:a |an |the )?|[a-z-]+ )?\|"
                     r"(?: [a-z-]+){0,2}? (?:is|are|can be) (?:a |an )?(?:very |deeply |such a |"
                     r"truly )?(?:significant |big |major |important |personal |real |serious )?"
                     r"(?:investment|expense|purchase|decision|choice|commitment|personal)\b"),
    "es": re.compile(r"(?:^|[,:;] |\b(?:que|sabemos|entendemos|y) )(?:(?:las|los|la|el) )?"
                     r"(?:decisiones|decision|eleccion|gasto|inversion|compra|costo|coste|precio) "
                     r"(?:(?:sobre|de)(?: (?:la|el|los|las))? )?\|"
                     r"(?: [a-z]+){0,2}? (?:es|son) (?:una |un )?(?:muy |profundamente |tan )?"
                     r"(?:personal|personales|importante|importantes|inversion|gasto|decision)\b"),
}
# The word names a process in general, with what it depends on: "Prescription wait times can
# depend on insurance approvals", "los tiempos de las recetas pueden depender del seguro".
_PROCESS_AFTER = re.compile(
    r" (?:[a-z-]+ )?(?:wait times?|waits|processing|approvals?|coverage|pricing|prices|costs?|fees|"
    r"requests?|orders?|"
    r"timelines?|turnaround|rules|requirements|refills?|authori[sz]ations?|paperwork|forms)\b")
_PROCESS_BEFORE = re.compile(
    r"\b(?:tiempos?(?: de espera)?|tramites?|aprobacion(?:es)?|autorizacion(?:es)?|cobertura|"
    r"precios?|costos?|requisitos|reglas|resurtidos?) (?:de|para) (?:las |los |la |el )?$")
# Recovery in general, said to differ from one person to the next ("recovery from a knee
# injury is different for each person"); not a prognosis ("can take several months").
_RECOVERY_OF = re.compile(
    r"\b(?:recuperacion|rehabilitacion|evolucion|cicatrizacion) (?:de|tras|despues de) "
    r"(?:una |un |cualquier )?$|\b(?:recovery|healing|rehab|rehabilitation) (?:from|after) "
    r"(?:a |an |any )?$")
_RECOVERY_WORD_AFTER = re.compile(r" (?:from|after|de|tras) (?:a|an|any|una|un|cualquier) ")
_VARIES_BY_PERSON = re.compile(
    r"\b(?:is|are) (?:different|unique) (?:for|to|in) (?:each|every)\b|\b(?:varies|vary|differs|"
    r"differ) (?:widely |a lot |greatly |quite a bit )?from (?:person to person|"
    r"patient to patient)\b|"
    # Ages served: "from the newborn stage through the teen years", "desde recién nacidos".
    r"\b(?:from|desde) (?:the |la )?(?:newborn|birth|infancy|recien nacid[oa]s?|etapa de recien "
    r"nacido|el nacimiento)\b[^.!?]{0,60}\b(?:through|to|until|hasta)\b|"
    # A range of services: "desde el plan de parto hasta el manejo del dolor".
    r"\bdesde (?:el |la |los |las )?(?:(?!su |sus |tu |tus )[^.!?]){1,60}? hasta "
    r"(?:el|la|los|las|[a-z]+)\b|"
    r"\b(?:es|son) (?:distint[oa]s?|"
    r"diferentes?|unic[oa]s?) (?:en|para) (?:cada|todas?)\b|\bvaria(?:n)? de (?:persona a persona|"
    r"un paciente a otro|una persona a otra)\b")
_IN_GENERAL = {
    "en": re.compile(r"\b(?:can|may|might|often|usually|typically|sometimes|generally|tend to)"
                     r" (?:[a-z]+ )?(?:depend|vary|take|change|differ|run|feel|seem)\b"
                     r"|\b(?:is|are) "
                     r"(?:normally|usually|typically|generally) (?:processed|handled|"
                     r"reviewed|answered|completed|ready|sent|filled)\b|\bwill be (?:reviewed|"
                     r"processed|handled|answered) (?:twice|once|every|within|the same)\b"),
    "es": re.compile(r"\b(?:normalmente|por lo general|generalmente) se (?:procesan|procesa|"
                     r"tramitan|tramita|responden|responde|envian|envia)\b|"
                     r"\b(?:puede|pueden|suele|suelen|a veces|depende|dependen|varia|varian)"
                     r"(?: [a-z]+)? ?(?:depender|variar|tardar|cambiar|de)?\b"),
}


# A belief about a kind of care: "the idea that orthodontic care should feel fun", "creemos
# que la ortodoncia debe ser divertida".
_BELIEF_BEFORE = re.compile(
    r"\b(?:(?:idea|belief|philosophy|conviction|principle) that|believes?(?: that)?) "
    r"(?:[a-z-]+ ){0,6}$|\b(?:creemos|la idea de|la filosofia de|la conviccion de) que "
    r"(?:[a-z]+ ){0,6}$"
    # A norm for everyone further on: "creemos que ir al dentista nunca debería ser motivo de
    # miedo", "we believe a trip to the dentist should never be a source of fear".
    r"|\b(?:believe|believes|creemos|la idea de|la filosofia de|la conviccion de) (?:that |que )?"
    r"(?:[a-z-]+ ){0,6}(?:should|shouldn't|must|never|nunca|deberia|debe|deben|deberian)"
    r"(?: [a-z-]+){0,6} $")


_PRICE_AFTER = re.compile(r"(?: [a-z-]+)? (?:is|are|costs?|cuestan?|son|es) (?:only |just |solo )?"
                          r"(?:\$ ?\d+|\d+ ?(?:dollars|dolares|usd))\b")


# How long a kind of service takes, the schedule's concern: "biopsies sometimes take extra
# time", "algunas cirugías se alargan".
_TAKES_TIME = re.compile(
    r"\b(?:take|takes|need|needs|require|requires)(?: [a-z]+)? (?:extra|more|longer|additional) "
    r"time\b|\bextra time for\b|\btakes? longer\b|\bruns? (?:long|longer|over)\b|"
    r"\b(?:requieren|requiere|llevan|lleva|toman|toma|necesitan|necesita) (?:mas|un poco mas de) "
    r"tiempo\b|\bse alargan?\b")


def _process_in_general(code: str, text: str, sentence_start: int, sentence_end: int,
                        start: int, end: int) -> bool:
    """A clinical word naming a process in general, and what it can depend on ("Prescription
    wait times can depend on insurance approvals and stock")."""
    named = (_PROCESS_AFTER.match(text, end) is not None
             or _PROCESS_BEFORE.search(text, max(sentence_start, start - 40), start) is not None)
    if named and _IN_GENERAL[code].search(text, sentence_start, sentence_end) is not None:
        return True
    recovery = (_RECOVERY_OF.search(text, max(sentence_start, start - 40), start) is not None
                or _RECOVERY_WORD_AFTER.match(text, end) is not None)
    return recovery and _VARIES_BY_PERSON.search(text, sentence_start, sentence_end) is not None


# How much of a service people ask for: "demand for counseling has been really high",
# "sick-visit demand", "la demanda de fisioterapia".
_DEMAND_BEFORE = {
    "en": re.compile(r"\b(?:demand|requests|waitlists?|wait lists?|availability|capacity|need|"
                     r"wait|waits|wait times?) "
                     r"for (?:(?!your |his |her |their )[a-z-]+ )?$"),
    "es": re.compile(r"\b(?:demanda|solicitudes|lista de espera|disponibilidad|capacidad) "
                     r"(?:de|para) (?:la |el |los |las )?$"),
}
_DEMAND_AFTER = {
    "en": re.compile(r"[- ](?:demand|availability|capacity|waitlists?|wait lists?|requests have|"
                     r"appointments (?:fill|are booked|book up))\b"),
    "es": re.compile(r" (?:tiene|tienen) (?:mucha |tanta |alta )?demanda\b"),
}


_SEASON_AFTER = re.compile(r"(?: and [a-z]+)? season\b")
_SEASON_BEFORE = re.compile(r"\btemporada de (?:[a-z]+ y )?$")


def _season(text: str, start: int, end: int) -> bool:
    """"Flu season", "cold and flu season", "temporada de gripe": a time of year, no one's
    illness."""
    return (_SEASON_AFTER.match(text, end) is not None
            or _SEASON_BEFORE.search(text, max(0, start - 30), start) is not None)


# Words that open a sentence with its own subject: after an emoji they show the emoji was
# decoration ("...kind words! 🦷✨ Creating a fun space..."), not the subject ("🦷 Looks great").
_SENTENCE_OPENERS = frozenset(re.findall(r"\S+", (
    "we our us i thank thanks please you your it this that everyone everybody creating making "
    "helping have feel call reach contact if when at from nuestro nuestra nuestros nosotros nos "
    "estamos somos gracias muchas por llame llamenos si cuando en hola que")))
_FIRST_WORD = re.compile(r"[^\W\d_]+")


_CONGRATULATION = re.compile(
    r"\b(?:congrats|congratulations|felicidades|felicitaciones|enhorabuena|yay|woohoo|hooray)"
    r"\W*$")


def _decorative_emoji(doc: Any, start: int, end: int) -> bool:
    """An emoji after the end of a sentence, followed by the end of the line or by a new
    sentence with its own subject ("Thanks for the kind words! 🦷✨ Creating a fun space..."):
    decoration, not a word standing for care ("that 🦷 is fixed", "🦷 Looks great now!")."""
    s, e = doc.norm.to_original(start, end)
    reply = doc.reply
    if not reply[s:e] or any(c.isalnum() for c in reply[s:e]):
        return False
    before = reply[max(0, s - 12) : s].rstrip()
    if before and before[-1] not in ".!?:\n" and (before[-1].isalnum() or before[-1] in "'\""):
        return False
    if _CONGRATULATION.search(_fold(reply[max(0, s - 40) : s])):
        return False  # "Congratulations!! 🤰👶": after good news the emoji is the news
    after = reply[e : e + 40]
    rest = after.lstrip(" \t")
    while rest and not rest[0].isalnum() and rest[0] not in "\n.!?":
        rest = rest[1:].lstrip(" \t")  # more emoji or symbols
    if not rest or rest[0] in "\n.!?":
        return True
    word = _FIRST_WORD.match(_fold(rest[:20]))
    return word is not None and word.group() in _SENTENCE_OPENERS


def joined_sentence(doc: Any, pos: int) -> tuple[int, int]:
    """The sentence of `pos` with a neighbour joined by a dash or a semicolon ("...for every
    member of our community - from screenings to cardiac rehab")."""
    start, end = doc.sentence_of(pos)
    if start >= 2 and doc.text[start - 2 : start] in ("- ", "; "):
        start = doc.sentence_of(start - 3)[0]
    if doc.text[end : end + 2] in ("- ", "; ") or doc.text[end : end + 1] == ";":
        end = doc.sentence_of(min(len(doc.text) - 1, end + 2))[1]
    return start, end


# A clinical word naming one of the practice's units: "our allergy clinic", "the pediatric
# dental team", "nuestra clínica de alergias", "nuestro equipo de cardiología".
# Something done to the practice's things, no one's occasion: "our open MRI was installed".
_THING_DONE = re.compile(
    r"\b(?:was|were|fue|fueron) (?:[a-z]+ )?(?:installed|added|built|opened|renovated|upgraded|"
    r"funded|designed|purchased|moved|expanded|donated|founded|created|established|instalad[oa]s?|"
    r"construid[oa]s?|inaugurad[oa]s?|renovad[oa]s?|ampliad[oa]s?|donad[oa]s?)\b"
    r"|\b(?:recently|just|finally|recientemente|ya) (?:opened|added|installed|built|renovated|"
    r"expanded|upgraded|launched|abrimos|agregamos|instalamos|ampliamos|renovamos)\b")
_PLACE_AFTER = re.compile(r"(?: [a-z-]+)? (?:entrance|entrances|wing|building|garage|lobby|"
                          r"elevators?|signs?|signage|rooms)\b")
UNIT_BEFORE = re.compile(r"\b(?:our|nuestr[oa]s?)(?: [a-z-]+)? $")
UNIT_AFTER = re.compile(
    r"(?: [a-z-]+)? (?:clinic|clinics|department|team|center|centre|program|unit|services|line|"
    r"wing|suite|division|specialists|providers|staff|office|offices|practice|schedule|hours|desk|"
    r"lab|floor|room|rooms|gym|area|specialist|coordinator|nurses?|scheduling|process|system|"
    r"policy|policies|appointments|portal|forms|paperwork|pricing|fees|options|treatments|"
    r"procedures|products|consultation|consultations|consult|consults|equipment|devices|"
    r"machines|classes|groups|workshops|courses|entrance|entrances|garden|building|scanner|"
    r"scanners|parking)\b")
UNIT_OF = re.compile(
    r"\b(?:nuestr[oa]s?|la|el|los|las|un|una) (?:[a-z]+ )?(?:clinica|departamento|equipo|centro|"
    r"programa|unidad|servicio|"
    r"servicios|area|linea|especialistas|laboratorio|laboratorios|entrada|edificio|ala|piso|sala|"
    r"jardin) de (?:la |el |los |las )?(?:[a-z]+ )?$"
    r"|\b(?:el|la|los|las|nuestr[oa]s?) (?:equipo|equipos|personal|area|departamento|servicio|"
    r"unidad|clinica|centro) $"
    # A room kept for a kind of care: "cada habitación para estudios del sueño es privada".
    r"|\b(?:cada|tod[oa]s l[oa]s|nuestr[oa]s?|l[oa]s?|una?) (?:habitacion(?:es)?|cuartos?|salas?|"
    r"espacios?|cabinas?) (?:de|para) (?:la |el |los |las )?"
    r"(?:(?!su |sus |tu |tus )[a-z]+ (?:de |del |de la )?)?$")
# "A fertility practice", "una clínica de fertilidad": any such place, in a sentence with no
# one in it and nothing that happened.
_A_KIND_BEFORE = re.compile(r"\b(?:a|an|any|un|una|cualquier) $")
_ONE_PERSON = re.compile(
    r"\b(?:you|your|you're|yours|u|ur|usted|ustedes|su|sus|tu|tus|te|le|les|he|she|his|her|him|"
    r"hers|ella|was|were|went|did|had|got|came|referred|fue|fueron|yesterday|last|ago|ayer)\b")


# Something that happened, or joy at news: "...and we're thrilled the transfer worked".
_NEWS = re.compile(r"\b(?:thrilled|glad|happy|delighted|relieved|congrat[a-z]*|proud|"
                   r"(?<!is )(?<!are )(?<!be )[a-z]{3,}ed|alegra|felicidades|salio|funciono)\b")


def a_kind_of_place(text: str, sentence_start: int, sentence_end: int, start: int,
                    end: int) -> bool:
    """The clinical word names a kind of place or unit after "a"/"una" ("a fertility
    practice"), in a sentence with no one in it and nothing that happened."""
    return (_A_KIND_BEFORE.search(text, max(sentence_start, start - 12), start) is not None
            and UNIT_AFTER.match(text, end) is not None
            and _ONE_PERSON.search(text, sentence_start, sentence_end) is None
            and _NEWS.search(text, sentence_start, sentence_end) is None)


_BULLETS = "•◦▪▫‣●○·*-–—"
_GENERIC_HEADING = re.compile(
    r"\b(?:anyone|everyone|every (?:[a-z]+ )?(?:patient|family|person|parent|child)|"
    r"any (?:[a-z]+ )?patient|all (?:[a-z]+ )?patients|patients|"
    r"families|what to expect|in general|how we (?:work|approach|handle|practice)|our (?:process|"
    r"policy|approach)|cualquier persona|cualquier paciente|todas las personas|cada (?:paciente|"
    r"familia|persona)|que esperar|en general|como trabajamos|nuestro proceso|nuestra politica)\b")


def _under_generic_heading(doc: Any, start: int) -> bool:
    """The word is in an item of a list ("• ...", "- ...") whose heading line, ending with a
    colon, speaks of people in general ("Here's what anyone can expect when meeting with our
    team:", "Para cualquier persona que haga un pedido de lentes:")."""
    reply = doc.reply
    pos = doc.norm.to_original(start, start + 1)[0]
    line_start = reply.rfind("\n", 0, pos) + 1
    if reply[line_start:pos].lstrip()[:1] not in _BULLETS:
        return False
    while line_start > 0:
        previous = reply.rfind("\n", 0, line_start - 1) + 1
        line = reply[previous : line_start - 1].strip()
        line_start = previous
        if not line or line[0] in _BULLETS:
            continue
        return line.endswith(":") and _GENERIC_HEADING.search(_fold(line)) is not None
    return False


def _fold(text: str) -> str:
    from guardrails.normalize import normalize

    return normalize(text).text



# A published recommendation ("the AAO recommends a first orthodontic check at age 7").
PUBLISHED = re.compile(
    r"\b(?:aao|aap|ada|cdc|world health organization|fda|american academy|american association|"
    r"american dental|american heart|academia americana|asociacion americana|the academy|"
    r"la academia|(?:national|current|published|clinical) guidelines|guias clinicas)\b")
# The practice following published guidance as its rule, in the present ("our providers follow
# current pediatric guidelines on antibiotic use", "seguimos las guías pediátricas vigentes"),
# in a sentence that tells of nothing done ("...so we held off" is one case).
_FOLLOWS_GUIDANCE = re.compile(
    r"\b(?:follow|follows|use|uses|apply|applies|seguimos|siguen|sigue|aplicamos|aplican) "
    r"(?:the |las |los |el |la )?(?:[a-z-]+ ){0,2}(?:guidelines|recommendations|guias|"
    r"recomendaciones|"
    # A published schedule: "our pediatricians follow the national vaccine schedule".
    r"(?:(?:national|standard|recommended|cdc|aap|official|state) (?:[a-z-]+ )?(?:schedule|"
    r"schedules|protocols?|standards?))|calendarios? (?:nacional|oficial|recomendado|vigente)"
    r"|(?:calendarios?|esquemas?|protocolos?) (?:[a-z]+ ){0,3}(?:nacional(?:es)?|oficial(?:es)?|"
    r"recomendad[oa]s?|vigentes?))(?: [a-z-]+){0,2}\b")
_PAST = re.compile(r"\b(?:[a-z]+ed|did|didn't|didn|held|gave|got|took|went|came|was|were|had|"
                   r"told|kept|sent|saw|felt|made|left|chose|fue|fueron|hicimos|dimos|decidimos|"
                   r"recetamos|[a-z]+(?:aron|ieron)|ese dia|aquel dia|esa vez|ayer)\b")

# A Spanish "su" that belongs to a person named earlier in the sentence ("cualquier persona
# puede solicitar una copia de su expediente"), not to the reader.
THIRD_PERSON = re.compile(
    r"\b(?:cualquier persona|cualquier paciente|toda persona|todo paciente|una persona|alguien|"
    # "Cualquier madre o padre puede autorizar... a sus citas": any parent's.
    r"cualquier (?:madre|padre|familia|tutor|tutora|nin[oa])|"
    r"cualquiera|las personas|los pacientes|un paciente|una paciente|nadie|ninguna persona|"
    r"(?:personas|pacientes|familias) que|quienes|"
    r"cada (?:paciente|persona|familia|medic[oa]|doctora?|emplead[oa]|miembro|integrante|"
    r"profesional|terapeuta|enfermer[oa]|dentista|especialista|colaborador(?:a)?|fisio|cliente|"
    r"nin[oa]|bebe|[a-z]+(?:ista|olog[oa]|iatra|euta))|"
    # "Lo importante que es sentirse escuchado por su médico": anyone's.
    r"\bque es (?:sentirse|poder|tener|recibir|saber|contar con|hablar con|ser escuchad[oa])\b|"
    # "Quien quiera saber qué esperar antes de su examen puede llamar".
    r"\bquien (?:quiera|quieran|desee|necesite|tenga|prefiera|busque)\b|"
    # "Entregamos recibos a quien los necesite para reembolso de su plan": the "su" is theirs,
    # in the same clause (not after "y su plan ya pagó").
    r"\bquien (?:lo|la|los|las) (?:necesite|necesiten|pida|pidan|solicite|soliciten|quiera|"
    r"quieran|requiera|requieran)(?: (?!y\b|e\b|pero\b|ya\b|que\b)[a-z]+){0,5}(?= $)|"
    # "Queremos que todos tengan el tiempo necesario con su médico": everyone's.
    r"\bque tod[oa]s (?:ellos |ellas )?(?:tengan|reciban|puedan|se sientan|sientan|salgan|"
    r"encuentren|conozcan|entiendan|hablen)|"
    r"(?:los|las|muchos|muchas|algunos|algunas) (?:padres|madres|papas|mamas)|"
    r"(?:cuando|si|que) uno|(?:todos )?(?:nuestr[oa]s|l[oa]s) (?:pacientes|familias|"
    r"personas|clientes)|todas las (?:familias|personas)|todo el mundo|a todos|todos los que|"
    r"(?:a )?(?:los |las )?(?:ninos|ninas|bebes|adolescentes|adultos|jovenes|pequenos|pequenas|"
    r"peques|chicos|chicas|menores) (?:desde|de|que|hasta)|"
    # "Toda futura mamá merece entender sus opciones", "ayudamos a cualquiera ... a su gusto".
    r"toda (?:futura )?(?:mama|madre|persona|familia|paciente)|a las familias|un equipo)\b")


