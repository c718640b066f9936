"""Validation hooks: the `unless` of a `Pattern` (like Presidio's result invalidation).

Each hook gets (doc, language, start, end) of a match in the folded text and answers True
when the match discloses nothing and is set aside. Hooks read only the match's own sentence
(`doc.window`), so a long reply is still checked in linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import import_module
from typing import Any

# A generic "we can't discuss X online" sentence.
_DISCLAIMER = re.compile(
    r"\b(?:can't|cannot|can not|unable to|not able to|won't|will not|do not|don't|never|not|"
    r"no podemos|no puede|no es posible) (?:[a-z']+ ){0,3}(?:discuss|share|comment on|talk about|"
    r"disclose|address|go into|release|reveal|respond to|get into|mention|hablar|discutir|"
    r"comentar|compartir|divulgar|revelar)\b"
)
# Body words used as idioms: "the heart of what we do", "el corazón de nuestra clínica".
IDIOM_TERMS = frozenset({"heart", "corazon"})
IDIOM_AFTER = re.compile(
    r" (?:of (?:what|our|everything|the practice|this)|de (?:lo que|nuestr|todo|la clinica|esta))")
_POSSESSED = re.compile(r"\b(?:your|ur|su|sus|tu|tus)(?: [a-z'-]+)?\s?$")


@lru_cache(maxsize=4)
def _hedges(language: str) -> re.Pattern[str]:
    return re.compile(import_module(f"guardrails.rules.{language}").HEDGES)


# Where a hedge or a disclaimer stops: "We can't discuss anyone's care, BUT the device was
# replaced" - what follows the contrast is said outright.
CONTRAST = re.compile(
    r"\b(?:but|however|although|though|yet|that said|having said that|still|pero|sin embargo|"
    r"aunque|no obstante|dicho esto|eso si|aun asi)\b")


_CONCESSIVE = re.compile(
    r"(?:while|although|though|even though|whilst|aunque|si bien|a pesar de que)\b")


def _contrast_between(text: str, start: int, end: int) -> bool:
    return start < end and CONTRAST.search(text, start, end) is not None


def hedged(doc: Any, language: str, start: int, end: int) -> bool:
    """Conditional or privacy wording earlier in the sentence ("whether you were seen here",
    "if you are a patient", "anyone who..."), with no "but" between: the sentence confirms
    nothing."""
    window_start, _window_end = doc.window(start)
    last = None
    for m in _hedges(language).finditer(doc.text, window_start, start + 1):
        if not emphatic_si(doc, m.start(), m.end()):
            last = m
    return last is not None and not _contrast_between(doc.text, last.end(), start)


def emphatic_si(doc: Any, start: int, end: int) -> bool:
    """Folded "si" written "sí" ("pero sí le devolvimos el depósito"): yes, not if."""
    return doc.text[start:end] == "si" and "í" in doc.original(start, end).lower()


def in_sentence(pattern: re.Pattern[str], doc: Any, pos: int) -> bool:
    """`pattern` occurs in the sentence around `pos`."""
    sentence_start, sentence_end = doc.sentence_of(pos)
    return pattern.search(doc.text, sentence_start, sentence_end) is not None


def possessed(text: str, pos: int) -> bool:
    """The word at `pos` belongs to the reader ("your", "su" just before it)."""
    return _POSSESSED.search(text[max(0, pos - 30) : pos]) is not None


def in_disclaimer(doc: Any, language: str, start: int, end: int) -> bool:
    """A generic "we can't discuss medications online" sentence, the term not the reader's
    and not on the far side of a "but" ("...online, but the device was replaced")."""
    if possessed(doc.text, start):
        return False
    window_start, window_end = doc.window(start)
    for m in _DISCLAIMER.finditer(doc.text, window_start, window_end):
        if m.end() <= start:
            # "While we can't go into details, we did replace the hearing aid": after a
            # concessive clause the main clause is said outright.
            covered = not _contrast_between(doc.text, m.end(), start) and not (
                _CONCESSIVE.match(doc.text, window_start) and "," in doc.text[m.end():start])
        else:
            covered = not _contrast_between(doc.text, end, m.start())
        if covered:
            return True
    return False


@lru_cache(maxsize=4)
def _visit_context(language: str) -> re.Pattern[str]:
    return re.compile(import_module(f"guardrails.rules.{language}").VISIT_CONTEXT)


def about_visit(doc: Any, start: int, end: int) -> bool:
    """The folded span [start, end) mentions a visit or care in either language."""
    return any(_visit_context(code).search(doc.text, start, end) for code in ("en", "es"))


def not_about_visit(doc: Any, language: str, start: int, end: int) -> bool:
    """A weekday or a time identifies an encounter only in a sentence about a visit."""
    window_start, window_end = doc.window(start)
    return not about_visit(doc, window_start, window_end)


# --- practice-wide statements ---------------------------------------------------------------
# "We offer clear aligners and braces", "Vaccines are nobody's favorite, so our nurses keep
# stickers for every little one", "Cada proceso de rehabilitación es distinto": a clinical word
# in a sentence about the practice and everyone it serves, not about the reader or an occasion.
_PRACTICE_SUBJECT = {
    "en": re.compile(
        r"\b(?:we|our (?:[a-z'-]+ ){0,2}?[a-z-]+|the (?:team|office|practice|clinic)|everyone here)"
        r"\b (?:[a-z']+ ){0,3}?(?:offer|offers|provide|provides|accept|"
        r"accepts|follow|follows|keep|keeps|explain|explains|build|builds|design|designs|perform|"
        r"performs|use|uses|have|stock|stocks|carry|carries|include|includes|specialize|"
        r"specializes|welcome|welcomes|make sure|makes sure|take|takes|walk|walks|tailor|tailors|"
        r"review|reviews|work|works|treat|treats|see|sees|serve|serves|focus|focuses|believe|"
        r"believes|want|wants|strive|strives|aim|aims|prescribe|prescribes|are trained|is trained|"
        r"are happy|is happy|are always|is always|are glad|is glad|recommend|recommends|suggest|"
        r"suggests|make a point|makes a point|are committed|is committed|are dedicated|"
        r"is dedicated|pride ourselves|are proud|is proud|'re proud|are available|is available|"
        r"adjust|adjusts|answer|answers|return|returns|read|reads|deliver|delivers|give|gives|fit|"
        r"fits|sell|sells|dispense|dispenses|stand behind|stands behind|guarantee|guarantees|"
        r"apply|applies|has|offers|features|is equipped|are equipped|love|loves|enjoy|enjoys|"
        r"make|makes|help|helps|are passionate|is passionate|care about|cares about|"
        r"is posted|are posted|is shared|are shared|reserve|reserves|hold|holds)\b"
        # Our policies and systems as the subject: "our refill policy applies to everyone".
        r"|\bour (?:[a-z-]+ )?(?:policy|policies|rules|guidelines|process|procedures|protocols?|"
        r"forms|system|pricing|fees|hours)\b"
        r"|\bon[- ]site\b|\bwe(?:'re| are) proud\b"
        r"|\bhow we (?:practice|work)\b|\bthe way we (?:practice|work)\b"
        r"|\bour (?:approach|philosophy|standard|policy|goal|mission)\b"
        # People in general as the subject of a present tense: "anyone can request...",
        # "kids who are nervous in the chair get a stuffed animal".
        r"|\b(?:anyone|anybody|everyone|everybody|every (?:patient|family|person|parent|child|"
        r"kid|one)|each (?:patient|family|person|child)|all (?:patients|families)|patients|"
        r"families|kids|children|parents|people)\b(?: (?:who|with|that)(?: [a-z']+){1,8}?)? (?:can|"
        r"may|(?:is|are) welcome|gets?|receives?|deserves?)\b"
        r"|\b(?:for|to) (?:anyone|everyone|anybody|any patient|all families|families|parents) "
        r"(?:considering|interested in|thinking about|curious about|who|looking)\b"
        r"|\bwhat (?:anyone|everyone|every patient|every family|patients|families) can expect\b"),
    "es": re.compile(
        r"\b(?:ofrecemos|brindamos|aceptamos|seguimos|explicamos|realizamos|disenamos|atendemos|"
        r"tratamos|usamos|utilizamos|tenemos|queremos|buscamos|cuidamos|trabajamos|ofrece|brinda|"
        r"recomendamos|sugerimos|abrimos|abriremos|atenderemos|ofreceremos|tendremos|contamos con|"
        r"contar con|estamos (?:muy )?orgullos[oa]s|en el mismo lugar|ajustamos|entregamos|"
        r"respondemos|devolvemos|leemos|damos|revisamos|"
        # "Nuestros pediatras siguen...", "nuestra óptica ofrece...": the practice's people or
        # units with a present-tense verb.
        r"nuestr[oa]s? (?:[a-z]+ ){0,2}?[a-z]+ (?:siempre |tambien |con gusto )?(?:ofrece|ofrecen|"
        r"sigue|siguen|explica|explican|atiende|atienden|usa|usan|trabaja|trabajan|realiza|"
        r"realizan|brinda|brindan|resuelve|resuelven|recomienda|recomiendan|acepta|aceptan|"
        r"incluye|incluyen|revisa|revisan|cuida|cuidan|ayuda|ayudan|responde|responden)|"
        r"nuestr[oa]s? (?:[a-z]+ ){0,2}?(?:equipo|personal|enfermeras?|enfermeros|medicos?|"
        r"doctores|doctoras?|dentistas?|fisioterapeutas?|terapeutas?|higienistas?|especialistas?|"
        r"clinica|consultorio|practica|forma de trabajar|filosofia|politica|opticos?|"
        r"optometristas?|gerente|cotizaciones|presupuestos)|en (?:la|nuestra) clinica|"
        r"en (?:el|nuestro) consultorio"
        # People in general, or no one in particular: "cualquier persona puede pedir...",
        # "todas nuestras cotizaciones se entregan por escrito".
        r"|(?:cualquier persona|cualquier paciente|cualquiera|toda persona|todo paciente|todos|"
        r"todas|cada (?:paciente|persona|familia|nino|nina)|los pacientes|las familias|"
        r"las personas|quien|quienes)(?: (?:que|con|de)(?: [a-z]+){1,8}?)? (?:puede|pueden|recibe|"
        r"reciben|merece|merecen)"
        r"|para (?:cualquier persona|cualquier paciente|quien|quienes|todas las personas|todos) "
        r"(?:que|interesad[oa]s?|con)|"
        r"aplica para|se aplica a|nuestr[oa]s? (?:politicas?|normas|reglas|procesos?|sistema|"
        r"horarios?|precios|tarifas)"
        r"|se (?:ofrece|ofrecen|entrega|entregan|explica|explican|incluye|incluyen|realiza|"
        r"realizan|brinda|brindan|aplica|aplican|publica|publican|ajusta|ajustan))\b"),
}
_GENERIC_PEOPLE = {
    "en": re.compile(r"\b(?:every|each|any|anyone|anybody|everyone|everybody|all|most|many|both|"
                     r"whoever|whenever|nobody|no one|people|patients|families|kids|children|"
                     r"community|teens|adults|seniors)\b"),
    "es": re.compile(r"\b(?:cada|cualquier|cualquiera|todas|todos|nadie|ninguna|ninguno|personas|"
                     r"pacientes|familias|ninos|las|los|ambos|ambas|muchos|muchas|quien|toda|"
                     r"todo|comunidad|"
                     r"quienes)\b"),
}
_OCCASION = {
    "en": re.compile(r"\b(?:was|were|went|did|had|got|came|yesterday|last|ago|today|this morning|"
                     r"recently|finally|again|your|yours|you|you're|u|ur)\b"),
    "es": re.compile(r"\b(?:fue|fueron|estuvo|tuvo|hizo|ayer|pasado|pasada|hace|de nuevo|"
                     r"otra vez|usted|ustedes|tu|te|ti|contigo)\b"),
}
_SPECIFIC_BEFORE = {
    "en": re.compile(r"\b(?:the|(?<!understand )(?<!know )(?<!believe )(?<!agree )(?<!respect )"
                     r"(?<!recognize )(?<!realize )(?<!hope )(?<!feel )(?<!mean )(?<!means )"
                     r"(?<!note )that|this|these|those|your|his|her|my)"
                     r"(?: (?!every |each |any |all )[a-z'-]+)?\s?$"),
    "es": re.compile(r"\b(?:ese|esa|este|esta|su|tu)(?: [a-z-]+)?\s?$"),  # "la": generic too
}


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
    sentence_start, sentence_end = _joined_sentence(doc, start)
    codes = (language,) if language in _PRACTICE_SUBJECT else ("en", "es")
    raw = doc.text[sentence_start:sentence_end]
    bare_plural = doc.text[start:end].endswith("s")  # "eye exams are a cornerstone..."
    for code in codes:
        sentence = without_safe_phrases(code, raw)
        rest = sentence[: start - sentence_start] + " " + sentence[end - sentence_start :]
        if _OCCASION[code].search(rest):
            continue
        specific = _SPECIFIC_BEFORE[code].search(doc.text[max(sentence_start, start - 25) : start])
        if specific and not (specific.group().startswith("su") and _THIRD_PERSON.search(
                doc.text, sentence_start, start)):  # "cada paciente recibe su plan": theirs
            continue
        before = doc.text[max(sentence_start, start - 80) : start]
        if _ASKING_ABOUT[code].search(before) or _GENERAL_TRUTH[code].search(
                before + "|" + doc.text[end : min(sentence_end, end + 40)]):
            return True
        if _under_generic_heading(doc, start) or _PUBLISHED.search(raw):
            return True
        if (_UNIT_BEFORE.search(before) and _UNIT_AFTER.match(doc.text, end)) or (
                _UNIT_OF.search(before)):
            return True  # "our allergy clinic runs...", "nuestra clínica de alergias"
        if not _PRACTICE_SUBJECT[code].search(raw):
            continue
        if not (bare_plural or _GENERIC_PEOPLE[code].search(rest)):
            continue
        return True
    return False


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
    "en": re.compile(r"(?:^|[,:;] |\b(?:that|understand|know|realize|and) )(?:[a-z-]+ )?\|"
                     r"(?: [a-z-]+){0,2}? (?:is|are|can be) (?:a |an )?(?:very |deeply |such a |"
                     r"truly )?(?:significant |big |major |important |personal |real |serious )?"
                     r"(?:investment|expense|purchase|decision|choice|commitment|personal)\b"),
    "es": re.compile(r"(?:^|[,:;] |\b(?:que|sabemos|entendemos|y) )(?:(?:las|los|la|el) )?"
                     r"(?:decisiones|decision|eleccion|gasto|inversion|compra) (?:sobre |de )?\|"
                     r"(?: [a-z]+){0,2}? (?:es|son) (?:una |un )?(?:muy |profundamente |tan )?"
                     r"(?:personal|personales|importante|importantes|inversion|gasto|decision)\b"),
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
    after = reply[e : e + 40]
    rest = after.lstrip(" \t")
    while rest and not rest[0].isalnum() and rest[0] not in "\n.!?":
        rest = rest[1:].lstrip(" \t")  # more emoji or symbols
    if not rest or rest[0] in "\n.!?":
        return True
    word = _FIRST_WORD.match(_fold(rest[:20]))
    return word is not None and word.group() in _SENTENCE_OPENERS


def _joined_sentence(doc: Any, pos: int) -> tuple[int, int]:
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
_UNIT_BEFORE = re.compile(r"\b(?:our|nuestr[oa]s?)(?: [a-z-]+)? $")
_UNIT_AFTER = re.compile(
    r"(?: [a-z-]+)? (?:clinic|clinics|department|team|center|centre|program|unit|services|line|"
    r"wing|suite|division|specialists|providers|staff|office|offices|practice|schedule|hours|desk|"
    r"lab|floor|room|rooms|gym|area|specialist|coordinator|nurses?|scheduling|process|system|"
    r"policy|policies|appointments|portal|forms|paperwork|pricing|fees|options|treatments|"
    r"procedures|products)\b")
_UNIT_OF = re.compile(
    r"\bnuestr[oa]s? (?:[a-z]+ )?(?:clinica|departamento|equipo|centro|programa|unidad|servicio|"
    r"servicios|area|linea|especialistas) de (?:la |el |los |las )?$")
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


# What turns a free service into an inducement: a review or rating in the sentence, an offer
# made to the reader ("le damos"), or a promotion with an end date ("this month").
_NOT_A_STANDING_OFFER = re.compile(
    r"\b(?<!second )(?<!segunda )(?:review|rating|rate|star|yelp|google|feedback|testimonial|"
    r"resena|califica|estrella|"
    r"opinion|comentario|puntua|valora)[a-z]*\b"
    r"|\b(?:le|les|te) (?:[a-z]+ )?(?:damos|ofrecemos|regalamos|daremos|ofreceremos|dar|ofrecer|"
    r"regalar|invitamos)\b"
    r"|\b(?:this|next) (?:week|month|season|year|summer|fall|spring|winter|weekend)\b"
    r"|\b(?:limited time|until|now through|through the end|este mes|esta semana|este ano|"
    r"tiempo limitado|hasta el|hasta fin)\b")


def offered_to_anyone(doc: Any, language: str, start: int, end: int) -> bool:
    """Something free offered to anyone as a standing policy ("our opticians adjust frames for
    anyone, free of charge"; "cualquier persona puede pedir una segunda opinión sin costo"),
    in a sentence that says nothing of reviews, is not made to the reader and has no end
    date: a service, not an incentive."""
    return not in_sentence(_NOT_A_STANDING_OFFER, doc, start) and practice_wide(
        doc, language, start, end)


_EVERYONE = re.compile(
    r"\b(?:everyone|everybody|anyone|anybody|every (?:patient|family|person|parent|child|kid|one)|"
    r"each (?:patient|family|person|child)|all (?:patients|families|ages)|people|patients|"
    r"families|todos|todas|cualquier|cualquiera|cada|las personas|los pacientes|las familias|"
    r"la gente|our (?:patients|families|clients)|nuestr[oa]s (?:pacientes|familias|clientes))\b")
_ONE_OF = re.compile(r"(?:one|none|uno|una|ninguno|ninguna) (?:of|de)\b")
_READER_WORD = re.compile(r"\b(?:you|your|you're|yours|u|ur|usted|ustedes|su|sus|tu|tus|te|ti)\b")


def about_everyone(doc: Any, language: str, start: int, end: int) -> bool:
    """The match speaks of people in general, not the reader ("we know a clear explanation
    helps everyone feel better", "sabemos que todos se sienten mejor")."""
    return (_EVERYONE.search(doc.text, start, end) is not None
            and _READER_WORD.search(doc.text, start, end) is None
            and _ONE_OF.match(doc.text, start) is None)  # "uno de nuestros pacientes"


_SCHEDULE_WORDS = re.compile(
    r"\b(?:appointments?|slots?|openings?|hours|open|opens|walk-ins?|visits|phones?|lines?|"
    r"available|availability|reserve|reserves|schedule|calls?|front desk|citas?|horarios?|"
    r"abrimos|abre|turnos?|atendemos|disponibles?|reservamos|llamadas?)\b")
_DOSE_WORDS = re.compile(
    r"\b(?:take|taking|dose|doses|dosing|pills?|tablets?|capsules?|drops|apply|applying|"
    r"medications?|medicines?|meds|spray|inhaler|rinse|tome|tomar|tomando|dosis|pastillas?|"
    r"tabletas?|capsulas?|gotas|aplique|aplicar|medicamentos?|medicina|enjuague)\b")


def practice_schedule(doc: Any, language: str, start: int, end: int) -> bool:
    """"We reserve same-day sick appointments every morning": the practice's hours, not a
    dosing schedule (no medicine or dose in the sentence)."""
    return in_sentence(_SCHEDULE_WORDS, doc, start) and not in_sentence(_DOSE_WORDS, doc, start)


# A published recommendation ("the AAO recommends a first orthodontic check at age 7").
_PUBLISHED = re.compile(
    r"\b(?:aao|aap|ada|cdc|world health organization|fda|american academy|american association|"
    r"american dental|american heart|academia americana|asociacion americana|the academy|"
    r"la academia|(?:national|current|published|clinical) guidelines|guias clinicas)\b")
_AUTHORITY = re.compile(
    r"\b(?:recommends?|recommended|recommendations?|guidelines?|aao|aap|ada|cdc|academy|"
    r"association|recomienda|recomiendan|recomendaciones|academia|asociacion)\b")


def guideline(doc: Any, language: str, start: int, end: int) -> bool:
    """An age in a published recommendation ("the AAO recommends a first check at age 7"),
    not someone's age."""
    return in_sentence(_AUTHORITY, doc, start)


_SYSTEM_BEFORE = re.compile(
    r"\b(?:politicas?|sistemas?|horarios?|agenda|linea|procesos?|recordatorios?|normas?|reglas?|"
    r"reglamento|programa|servicio|plataforma|portal) (?:de|para) (?:las |los |la |el )?$")


def practice_system(doc: Any, language: str, start: int, end: int) -> bool:
    """The visit word names one of the practice's systems ("nuestro sistema de citas le
    resultó confuso"), not an occasion of the reader's."""
    return _SYSTEM_BEFORE.search(doc.text, max(0, start - 40), start) is not None


# A Spanish "su" that belongs to a person named earlier in the sentence ("cualquier persona
# puede solicitar una copia de su expediente"), not to the reader.
_THIRD_PERSON = re.compile(
    r"\b(?:cualquier persona|cualquier paciente|toda persona|todo paciente|una persona|alguien|"
    r"cualquiera|las personas|los pacientes|un paciente|una paciente|nadie|ninguna persona|"
    r"cada (?:paciente|persona|familia)|(?:todos )?(?:nuestr[oa]s|l[oa]s) (?:pacientes|familias|"
    r"personas|clientes)|todas las (?:familias|personas))\b")


def third_person(doc: Any, language: str, start: int, end: int) -> bool:
    window_start, _window_end = doc.window(start)
    return _THIRD_PERSON.search(doc.text, window_start, start) is not None


# "We never pay for reviews or offer anything in exchange for them": a policy, not an offer.
_NEGATION = re.compile(
    r"\b(?:never|don't|do not|won't|will not|cannot|can't|not|no|nunca|jamas|no)\b"
    r"(?!.*\b(?:but|however|although|though|pero|sin embargo|aunque)\b)")


def negated(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence says the practice does NOT do this (before the match, no "but" after)."""
    sentence_start, _sentence_end = doc.sentence_of(start)
    return _NEGATION.search(doc.text[sentence_start:start]) is not None


# --- when a clinical word discloses (data: `rules/clinical_cues.py`) ------------------------
@lru_cache(maxsize=4)
def _cue_tables(language: str) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str],
                                         re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                         re.Pattern[str], re.Pattern[str]]:
    from guardrails.rules import clinical_cues as data

    phrases = {k: re.compile(v) for k, v in data.PHRASES[language].items()}
    advice = re.compile(r"^\W*(?:(?:please|por favor),? )?(?:"
                        + "|".join(sorted(data.WORDS[language]["advice"], key=len, reverse=True))
                        + r"|don't|do not|never)\b")
    return (phrases, re.compile(data.INSTANCE_BEFORE[language]),
            re.compile(data.OWNER_BEFORE[language]), re.compile(data.NOT_CUES[language]), advice,
            re.compile(data.KIND_NOT_INSTANCE[language]), re.compile(data.DONE_AFTER[language]))


def clinical_cue(doc: Any, start: int, end: int,
                 names: Any = None) -> tuple[str, str] | None:
    """What makes the clinical word at [start, end) a disclosure: (cue class, the cue's
    words), or None when its sentence is generic (services, policies, places, what anyone
    may ask about: "Our clinic offers flu and travel vaccines"). See `rules/clinical_cues.py`."""
    from guardrails.rules import clinical_cues as data
    from guardrails.structure import without_safe_phrases

    sentence_start, sentence_end = _joined_sentence(doc, start)
    known = (doc.sentence_language or {}).get(doc.sentence_of(start)[0])
    text = doc.text
    near = text[max(sentence_start, start - 80) : start]
    if (_UNIT_BEFORE.search(near) and _UNIT_AFTER.match(text, end)) or _UNIT_OF.search(near):
        return None  # one of the practice's units: "our allergy clinic", "equipo de fisioterapia"
    # A Spanish "su" of someone named before it ("todas las personas ... su cobertura").
    theirs = _THIRD_PERSON.search(text, sentence_start, start) is not None
    for language in ((known,) if known in ("en", "es") else ("en", "es")):
        phrases, instance, owner, not_cues, advice, kind, done_after = _cue_tables(language)
        before = text[max(sentence_start, start - 40) : start]
        owned = owner.search(before)
        if owned and not (theirs and owned.group().startswith("su")):
            return ("reader" if owned.group().split()[0] in data.WORDS[language]["reader"]
                    else "person"), owned.group().strip()
        specific = instance.search(before)
        if specific and not _UNIT_AFTER.match(text, end) and not kind.search(
                text, sentence_start, sentence_end):
            return "instance", (specific.group() + text[start:end]).strip()
        done = done_after.match(text, end, sentence_end)
        if done and done.group(1) not in data.SERVICE_PARTICIPLES:
            return "event", text[start : done.end()]  # "Cavity filled", "implante colocado"
        raw = text[sentence_start:start] + " " * (end - start) + text[end:sentence_end]
        if (m := phrases["instance"].match(text, end, sentence_end)) is not None:
            return "instance", m.group().strip()  # "a sprained ankle like that"
        cleaned = not_cues.sub(lambda m: " " * len(m.group()),
                               without_safe_phrases(language, raw))
        opening = not_cues.sub(lambda m: " " * len(m.group()), without_safe_phrases(
            language, text[sentence_start:sentence_end]))  # the word itself is no verb
        if (m := advice.search(opening)) is not None:
            return "advice", m.group().strip(" ,")
        words = data.WORDS[language]
        tokens = [m for m in _WORD.finditer(cleaned) if not _set_aside(
            doc, names, sentence_start + m.start(), sentence_start + m.end())
            and not (theirs and m.group() in _THEIR_WORDS)]
        present = {m.group() for m in tokens}
        for cue_class in data.CLASSES:
            # Advice words count only opening the sentence ("Remember to...", above).
            vocabulary = words[cue_class] if cue_class != "advice" else frozenset()
            if not vocabulary.isdisjoint(present):
                return cue_class, next(m.group() for m in tokens if m.group() in vocabulary)
            phrase = phrases.get(cue_class) if cue_class != "instance" else None
            if phrase is not None and (m := phrase.search(cleaned)) is not None:
                return cue_class, m.group()
    return None


_WORD = re.compile(r"[a-z0-9]+")
_THEIR_WORDS = frozenset({"su", "sus", "le", "les"})


def _set_aside(doc: Any, names: Any, start: int, end: int) -> bool:
    """The word lies in a phone number or email, or in the practice's name ("Happy Kids
    Dental")."""
    return (any(a < end and start < b for a, b in doc.contact_spans)
            or (names is not None and names.covers(start, end)))


_OPEN_HOURS = re.compile(
    r"\b(?:any ?time|any (?:week)?day|no appointment (?:needed|necessary|required)|"
    r"walk-ins? (?:are )?welcome|during (?:our )?(?:office |business |clinic )?hours|"
    r"sin cita|cualquier dia|en (?:nuestro )?horario)\b")
_INVITATION_OPENING = frozenset({"", "please", "feel free to", "anyone can", "you can", "just",
                                 "por favor", "puede"})


def open_invitation(doc: Any, language: str, start: int, end: int) -> bool:
    """"Stop by for a flu shot any weekday - no appointment needed": an invitation open to
    anyone (the verb opens its sentence, with open hours), not a visit of the reader's."""
    sentence_start, sentence_end = _joined_sentence(doc, start)
    opening = doc.text[sentence_start:start].strip(" ,!-")
    return (opening in _INVITATION_OPENING and "back" not in doc.text[start:end]
            and _OPEN_HOURS.search(doc.text, sentence_start, sentence_end) is not None)


_PEOPLE_BEFORE = re.compile(
    r"\b(?:families|people|patients|parents|anyone|everyone|many|most|all|clients|"
    r"las familias|las personas|los pacientes|muchos|muchas)(?: [a-z']+){0,3} $")


def people_in_general(doc: Any, language: str, start: int, end: int) -> bool:
    """People in general are the subject ("when families trust us with their children's
    vaccines"), not the reader."""
    sentence_start, _ = doc.sentence_of(start)
    before = doc.text[max(sentence_start, start - 40) : start]
    return _PEOPLE_BEFORE.search(before) is not None and _READER_WORD.search(before) is None
