"""Hooks for wording about people in general or the practice's own arrangements, not the
reader: a free service offered to anyone, everyone's outcomes, the practice's schedule and
systems, a published recommendation, someone else's "su", an open invitation."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from guardrails import lazy_re as re
from guardrails.hooks.hedges import in_sentence
from guardrails.hooks.practice_wide import (
    OCCASION,
    READER_OR_OBJECT,
    THIRD_PERSON,
    joined_sentence,
    practice_wide,
)

# Given as amends or thanks: "por las molestias, ofrecemos un descuento", "for the wait".
_AMENDS = re.compile(
    r"\b(?:por (?:las|la|el|los|su) (?:molestias?|inconvenientes?|espera|retraso|demora|"
    r"confusion)|para compensar|como compensacion|como (?:agradecimiento|disculpa)|"
    r"en agradecimiento|en compensacion|"
    r"for the (?:trouble|inconvenience|wait|delay|hassle|mix-up|confusion)|"
    r"to make (?:it |this |things )?up|make amends|"
    r"as (?:a |an |our )?(?:thank-you|thank you|thanks|apology)|to compensate)\b")
# Something asked of whoever gets it: "free whitening for everyone who posts a photo".
_WHO_DOES_IT = re.compile(
    r"\b(?:who|que|quien|quienes) (?:[a-z]+ )?(?:shares?|posts?|writes?|leaves?|tags?|"
    r"mentions?|refers?|follows? (?:us|our)|checks? in|comparta|compartan|publique|publiquen|"
    r"escriba|escriban|deje|dejen|etiquete|etiqueten|recomiende|recomienden|mencione|"
    r"mencionen|nos siga|nos sigan)\b")
# What turns a free service into an inducement: a review or rating in the sentence, an offer
# made to the reader ("le damos"), or a promotion with an end date ("this month").
_NOT_A_STANDING_OFFER = re.compile(
    r"\b(?<!second )(?<!segunda )(?<!consulta de )(?<!cita de )(?<!visita de )(?!start)"
    r"(?!valoracion(?:es)? (?:inicial|iniciales|gratuita|gratuitas|sin costo|medica|completa))"
    r"(?:review|rating|rate(?!s\b)|star|yelp|google|feedback|testimonial|"
    r"resena|califica|estrella|"
    r"opinion|comentario|puntua|valora)[a-z]*\b"
    r"|\b(?:le|les|te) (?:[a-z]+ )?(?:damos|ofrecemos|regalamos|daremos|ofreceremos|dar|ofrecer|"
    r"regalar|invitamos)\b"
    r"|\b(?:this|next) (?:week|month|season|year|summer|fall|spring|winter|weekend)\b"
    r"|\b(?:limited time|until|now through|through the end|este mes|esta semana|este ano|"
    r"tiempo limitado|hasta el|hasta fin)\b"
    # Something asked in return: "if they share their experience online", "a cambio de".
    r"|\bif (?:they|you|u|anyone) (?:[a-z]+ ){0,2}?(?:share|shares|post|posts|write|writes|leave|"
    r"leaves|tag|tags|mention|mentions|update|updates|refer|refers|follow|follows|like|likes|"
    r"check in|checks in)\b|\bsi (?:nos )?(?:[a-z]+ )?(?:comparte|comparten|publica|publican|"
    r"escribe|escriben|deja|dejan|etiqueta|etiquetan|recomienda|recomiendan|sigue|siguen|"
    r"menciona|mencionan)\b|\b(?:in exchange for|in return for|a cambio de)\b"
    # ...or of whoever does it: "free whitening for everyone who posts a photo".
    r"|" + _WHO_DOES_IT.pattern + r"|" + _AMENDS.pattern)


def offered_to_anyone(doc: Any, language: str, start: int, end: int) -> bool:
    """Something free offered to anyone as a standing policy ("our opticians adjust frames for
    anyone, free of charge"; "cualquier persona puede pedir una segunda opinión sin costo"),
    in a sentence that says nothing of reviews, is not made to the reader and has no end
    date: a service, not an incentive."""
    return not in_sentence(_NOT_A_STANDING_OFFER, doc, start) and practice_wide(
        doc, language, start, end)


_EVERYONE = re.compile(
    r"\b(?:everyone|everybody|anyone|anybody|every (?:patient|family|person|parent|child|kid|one)|"
    r"any (?:patient|family|person|parent|caregiver)|"
    r"each (?:patient|family|person|child)|all (?:patients|families|ages)|people|patients|"
    r"families|todos|todas|cualquier|cualquiera(?! de)|cada|las personas|los pacientes|"
    r"las familias|little ones|kids|kiddos|children|"
    r"para quien (?:lo |los |la |las )?(?:quiera|quieran|necesite|necesiten|desee|pida)|"
    r"toda la comunidad|the (?:whole |entire )?community|la comunidad|todo el publico|"
    r"(?:open|free) to the public|publico en general|"
    r"la gente|our (?:patients|families|clients)|nuestr[oa]s (?:pacientes|familias|clientes))\b")
_ONE_OF = re.compile(r"(?:one|none|uno|una|ninguno|ninguna) (?:of|de)\b")
READER_WORD = re.compile(r"\b(?:you|your|you're|yours|u|ur|usted|ustedes|su|sus|tu|tus|te|ti)\b")


def about_everyone(doc: Any, language: str, start: int, end: int) -> bool:
    """The match speaks of people in general, not the reader ("we know a clear explanation
    helps everyone feel better", "sabemos que todos se sienten mejor")."""
    return (_EVERYONE.search(doc.text, start, end) is not None
            and READER_WORD.search(doc.text, start, end) is None
            and _ONE_OF.match(doc.text, start) is None)  # "uno de nuestros pacientes"


_SCHEDULE_WORDS = re.compile(
    r"\b(?:appointments?|slots?|openings?|hours|open|opens|walk-ins?|visits|phones?|lines?|"
    r"available|availability|reserve|reserves|schedule|calls?|front desk|citas?|horarios?|"
    r"abrimos|abre|turnos?|atendemos|disponibles?|reservamos|llamadas?|meets?|meeting|huddles?|"
    r"reunimos|reune|reunen|reunion|juntamos|junta|juntan|gather|gathers|spots?|brew|brews|"
    r"preparamos|espacios)\b")
_DOSE_WORDS = re.compile(
    r"\b(?:take|taking|dose|doses|dosing|pills?|tablets?|capsules?|drops|apply|applying|"
    r"ibuprofen|ibuprofeno|acetaminophen|acetaminofen|paracetamol|tylenol|advil|motrin|aleve|"
    r"naproxen|aspirin|aspirina|antibiotics?|antibioticos?|"
    r"medications?|medicines?|meds|spray|inhaler|rinse|tome|tomar|tomando|dosis|pastillas?|"
    r"tabletas?|capsulas?|gotas|aplique|aplicar|medicamentos?|medicina|enjuague|"
    # Remedies without a drug ("🧊 sobre la zona... aloe dos veces al día").
    r"ice|ice pack|compress|cream|lotion|ointment|aloe|gel|heat|heating pad|hielo|compresas?|"
    r"cremas?|locion|pomada|unguento|calor|bolsa de agua)\b")


_SORRY = re.compile(r"\b(?:sorry|apologi[sz]e|apologies|regret|lamentamos|sentimos|disculpe|"
                    r"disculpas|perdon)\b")


def at_no_occasion(doc: Any, language: str, start: int, end: int) -> bool:
    """A step every visit has, in a sentence with no reader, no past event and no apology
    ("courtesy at check-in is something we emphasize", "we post wait times at check-in"):
    how the practice works, not the reader's visit."""
    sentence_start, sentence_end = joined_sentence(doc, start)
    text = doc.text
    return not any(regex.search(text, sentence_start, sentence_end) is not None for regex in (
        READER_OR_OBJECT, OCCASION["en"], OCCASION["es"], _SORRY))


# Whose routine a frequency is: the practice's things and programs ("our courier network
# serves practices several times a day", "los baños se revisan cada hora").
_ROUTINE_SUBJECT = re.compile(
    r"(?:[,;:] |\b(?:and|y|that|que|because|porque) )(?:our|nuestr[oa]s?) [a-z-]+"
    # Staff asked to do it: "we've asked staff to check its placement every morning".
    r"|\b(?:asked|reminded|trained|told) (?:our |the |all )?(?:staff|team|front desk|employees|"
    r"nurses)\b"
    r"|\bse (?:limpia|limpian|revisa|revisan|desinfecta|desinfectan|renueva|renuevan|actualiza|"
    r"actualizan|repone|reponen)\b"
    r"|\b(?:is|are|gets?) (?:cleaned|checked|sanitized|disinfected|wiped|restocked|refreshed|"
    r"updated|inspected|serviced)\b")
_OUR = ("our ", "nuestro ", "nuestra ", "nuestros ", "nuestras ")
_ADVISING = re.compile(r"\b(?:recommend|recommends|suggest|suggests|advise|advises|should|"
                       r"recomienda|recomiendan|recomendamos|sugiere|sugieren|sugerimos|debe|"
                       r"deben|deberia)\b")


def practice_routine(doc: Any, language: str, start: int, end: int) -> bool:
    """A frequency that is the practice's routine, not a dose: its things or programs are
    the subject, and its clause has no medicine, no reader and no advice in it ("...every
    night, and we take feedback seriously": the next clause's "take" is no dose)."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    if not (text.startswith(_OUR, sentence_start)
            or _ROUTINE_SUBJECT.search(text, sentence_start, start) is not None):
        return False
    clause_end = next((m.start() for m in _CLAUSE_END.finditer(text, end, sentence_end)),
                      sentence_end)
    return not any(regex.search(text, sentence_start, clause_end) is not None
                   for regex in (_DOSE_WORDS, READER_OR_OBJECT, _ADVISING))


def practice_schedule(doc: Any, language: str, start: int, end: int) -> bool:
    """"We reserve same-day sick appointments every morning": the practice's hours, not a
    dosing schedule (no medicine or dose in the sentence)."""
    return in_sentence(_SCHEDULE_WORDS, doc, start) and not in_sentence(_DOSE_WORDS, doc, start)


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


# The practice's process, not an occasion: "we're sorry the check-in process felt slow".
_PROCESS_HEAD = re.compile(r" (?:process|system|procedures?|policy|policies)\b")
_ONE_OCCASION = re.compile(
    r"\b(?:tomorrow|tonight|next|this (?:week|morning|afternoon|evening|time)|that|those|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|took|kept|left|made|for (?:you|him|her|them))\b")


# How a room can seem to anyone: "we know that can feel unfair from the waiting room", "lo que
# puede parecer injusto desde la sala de espera", "no one should ever feel forgotten in our
# waiting room".
_HOW_IT_CAN_SEEM = re.compile(
    r"\b(?:can|may|might|could|often|puede|pueden|podria|suele|suelen) (?:feel|seem|look|"
    r"parecer|sentirse|verse) [a-z]+\b|\b(?:no one|nobody) should (?:ever )?(?:feel|be|have)\b"
    r"|\bnadie (?:deberia|debe) (?:nunca )?(?:sentirse|sentir|estar)\b"
    r"|\bse (?:hace|hacen|siente|sienten) (?:muy |tan )?(?:larg[oa]s?|etern[oa]s?|pesad[oa]s?)\b")
_SOMEONE_THERE = re.compile(
    r"\b(?:he|she|him|her|his|hers|ella|yesterday|ayer|last|pasado|pasada|that (?:day|morning|"
    r"afternoon|evening|night)|ese dia|aquel dia|esa (?:manana|tarde|noche))\b")


def how_it_can_seem(doc: Any, language: str, start: int, end: int) -> bool:
    """The room is where things can seem a certain way to anyone ("...can feel unfair from the
    waiting room"), in a sentence with no reader, no one person and no day: not the reader's
    visit."""
    sentence_start, sentence_end = joined_sentence(doc, start)
    return (_HOW_IT_CAN_SEEM.search(doc.text, sentence_start, sentence_end) is not None
            and READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end) is None
            and _SOMEONE_THERE.search(doc.text, sentence_start, sentence_end) is None)


# What a kind of visit usually is: "the first session is usually a longer conversation".
_USUALLY_IS = re.compile(r"(?: [a-z-]+)? (?:is|are) (?:usually|typically|generally|normally|"
                         r"often|always)\b|(?: [a-z-]+)? (?:usually|typically|generally|normally) "
                         r"(?:is|are|takes?|lasts?|includes?|involves?|starts?|begins?)\b")


def what_usually_happens(doc: Any, language: str, start: int, end: int) -> bool:
    """A kind of visit and what it usually is ("The first session is usually a longer
    conversation..."), in a sentence with no reader and no occasion."""
    sentence_start, sentence_end = joined_sentence(doc, start)
    return (_USUALLY_IS.match(doc.text, end) is not None
            and not any(regex.search(doc.text, sentence_start, sentence_end) is not None
                        for regex in (READER_OR_OBJECT, OCCASION["en"], _ONE_OCCASION)))


def anyone_s_routine(doc: Any, language: str, start: int, end: int) -> bool:
    """People in general named before the match, in a sentence that tells of no occasion
    ("Por regla general, los padres pueden acompañar a sus hijos en la consulta")."""
    sentence_start, sentence_end = joined_sentence(doc, start)
    return third_person(doc, language, start, end) and not any(
        regex.search(doc.text, sentence_start, sentence_end) is not None
        for regex in (OCCASION["en"], OCCASION["es"], _SORRY))


def process_in_general(doc: Any, language: str, start: int, end: int) -> bool:
    """An apology about one of the practice's processes ("sorry the check-in process felt slow
    and repetitive"), in a sentence with no reader word, no past event ("was", "took") and no
    day or time: the process as everyone meets it, not the reader's visit."""
    if not _PROCESS_HEAD.match(doc.text, end):
        return False
    sentence_start, sentence_end = joined_sentence(doc, start)
    return not any(regex.search(doc.text, sentence_start, sentence_end) is not None
                   for regex in (READER_OR_OBJECT, OCCASION["en"], _ONE_OCCASION))


# A team named for what it handles, answering anyone who writes: "el equipo de citas le
# responde en un día hábil".
_TEAM_OF = re.compile(r"\b(?:equipo|departamento|area|oficina|central|coordinacion) de $")
_ANSWERS = re.compile(r" (?:responde|contesta|llama|devuelve|escribe|ayuda|orienta|confirma|"
                      r"explica|informa|atiende)\b")


def practice_system(doc: Any, language: str, start: int, end: int) -> bool:
    """The visit word names one of the practice's systems ("nuestro sistema de citas le
    resultó confuso") or a team that answers whoever writes ("el equipo de citas le
    responde"), not an occasion of the reader's."""
    return _SYSTEM_BEFORE.search(doc.text, max(0, start - 40), start) is not None or (
        _TEAM_OF.search(doc.text, max(0, start - 20), start) is not None
        and _ANSWERS.match(doc.text, end) is not None)


def third_person(doc: Any, language: str, start: int, end: int) -> bool:
    window_start, _window_end = doc.window(start)
    return THIRD_PERSON.search(doc.text, window_start, start) is not None


_OPEN_HOURS = re.compile(
    r"\b(?:any ?time|any (?:week)?day|no appointment (?:needed|necessary|required)|"
    r"walk-ins? (?:are )?welcome|during (?:our )?(?:office |business |clinic )?hours|"
    r"sin cita|cualquier dia|en (?:nuestro )?horario)\b")
_INVITATION_OPENING = frozenset({"", "please", "feel free to", "anyone can", "you can", "just",
                                 "por favor", "puede"})


# What an invitation to come by is for, when it is for anyone: to look, learn or ask.
_TO_LOOK_AROUND = re.compile(
    r"\bwith (?:any |your |all )?questions\b|\bcon (?:cualquier |sus |tus )?(?:pregunta|duda)s?\b|"
    r"\bto (?:see|browse|look around|learn more|find out more|check out|try on|ask about|meet "
    r"(?:our|the) team|pick up (?:a|an|our)|tour)\b|\bfor (?:a tour|more information|more info)\b|"
    r"\b(?:a|para) (?:conocer|ver|recorrer)\b|\bpara mas informacion\b")
_NOT_ANYONE = re.compile(r"\b(?:again|back|next|yours|de nuevo|otra vez)\b"
                         r"|\b(?:your|su|sus|tu|tus)\b(?! (?:questions?|preguntas?|dudas?))")


def open_invitation(doc: Any, language: str, start: int, end: int) -> bool:
    """"Stop by for a flu shot any weekday - no appointment needed", "Stop by our optical shop
    or call us to see the new frames": an invitation open to anyone (the verb opens its
    sentence, with open hours or something to look at, and nothing of the reader's), not a
    visit of the reader's."""
    sentence_start, sentence_end = joined_sentence(doc, start)
    opening = doc.text[sentence_start:start].strip(" ,!-")
    if opening not in _INVITATION_OPENING or "back" in doc.text[start:end]:
        return False
    return (_OPEN_HOURS.search(doc.text, sentence_start, sentence_end) is not None
            or (_TO_LOOK_AROUND.search(doc.text, sentence_start, sentence_end) is not None
                and _NOT_ANYONE.search(doc.text, sentence_start, sentence_end) is None))


# People in general who can do what the match says: "we open at 7 a.m. so students can come
# in before school".
_PEOPLE_CAN = re.compile(
    r"\b(?:students|kids|children|people|families|parents|anyone|everyone|everybody|adults|"
    r"teens|workers|commuters|neighbors|neighbours|walk-ins) (?:can|may|are welcome to) $"
    # "live wait times for anyone planning to come in".
    r"|\b(?:anyone|everyone|people|families|patients) (?:planning|hoping|wanting|needing|who "
    r"(?:plans?|wants?|needs?|hopes?)) to $"
    # A right anyone has: "anyone has the right to review their health record".
    r"|\b(?:anyone|everyone|everybody|(?:every|any) (?:patient|person|parent|adult)|patients|"
    r"people|families|parents) (?:has|have|is|are) (?:the |a )?(?:legal )?(?:right|entitled) to $"
    r"|\b(?:cualquier persona|toda persona|todo paciente|cualquier paciente|todos|todas|"
    r"las personas|los pacientes) (?:tiene|tienen) (?:el )?derecho a $")


def addressed_to_no_one(doc: Any, start: int) -> bool:
    """The sentence at `start` holds no reader word and no "le"/"lo" standing for someone."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end) is None


def told_plainly(doc: Any, start: int) -> bool:
    """The sentence at `start` speaks to no one and tells of nothing that happened."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return (READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end) is None
            and _HAPPENED.search(doc.text, sentence_start, sentence_end) is None)


def people_in_general_can(doc: Any, language: str, start: int, end: int) -> bool:
    """People in general are the subject of a "can" right before the match ("so students can
    come in before school"), not the reader."""
    return _PEOPLE_CAN.search(doc.text, max(0, start - 40), start) is not None


# People in general right before the match: "Most lab results are released within three
# days", "our coordinators walk everyone through the process".
_GENERAL_BEFORE = re.compile(
    r"\b(?:(?:most|many|some|all|any|every|each|few|everyone|everybody|anyone|anybody|people|"
    r"patients|families|anyone who|those who|people who|someone who|quien|quienes|several|"
    r"various|most major|major|varios|varias|unos|unas|a pair of|certain|ciertos|ciertas|"
    r"la mayoria de (?:los|las)|muchos|muchas|algunos|algunas|todos los|"
    r"todas las|cada|cualquier|ningun|ninguna|todos|todas|a nadie)"
    # ("muchas cosas", "so many things" are no people: "han cambiado muchas cosas desde...")
    r"(?: (?!cosas\b|things\b|enfermer[oa]s\b|doctor[ae]s\b|nurses\b|doctors\b|staff\b|"
    # ("we're all so proud": an adverb, no people)
    r"so\b|very\b|really\b|too\b|just\b|truly\b|incredibly\b|extremely\b|tan\b|muy\b|"
    r"team\b|higienistas\b|hygienists\b|recepcionistas\b|terapeutas\b|therapists\b)[a-z-]+)?"
    r"(?: de)?"  # "cualquier gestión de cobranza"
    # A relative clause about people at large: "para quienes han tenido miedo antes".
    r"|(?:those|people|anyone|everyone|families|patients|parents) who(?: [a-z'-]+){1,2}"
    r"|(?:quienes|las personas que|los que|las que|todos los que|todas las que)"
    r"(?: [a-z-]+){1,2}"
    r"|(?:every|each|any) [a-z-]+ (?:deserves?|needs?|should (?:have|get|receive))"
    r"(?: [a-z-]+){0,2}"
    r"|(?:some|certain|many|"
    r"most|all|other) (?:types|kinds|sorts|brands|styles|models) of|(?:algunos|ciertos|muchos|"
    r"todos los|otros) (?:tipos|modelos|estilos|marcas) de) $")
# Something that happened: "all results came back normal" is someone's, not results in general.
_HAPPENED = re.compile(
    r"\b(?:was|were|came|showed|turned|looked|went|had|did|got|fue|fueron|salio|salieron|"
    r"resulto|resultaron|dieron|llegaron|estuvo|estuvieron)\b")


def said_of_people_in_general(doc: Any, language: str, start: int, end: int) -> bool:
    """People or things in general come right before the match ("most lab results", "walk
    everyone through the process", "algunos tipos de lentes"), and nothing in the sentence
    speaks to the reader or says something happened ("muchas gracias" is no quantity)."""
    sentence_start, _ = doc.sentence_of(start)
    before = _GENERAL_BEFORE.search(doc.text, max(sentence_start, start - 30), start)
    return (before is not None and not doc.text.startswith(("gracias", "thanks"), start)
            and told_plainly(doc, start))


_PEOPLE_BEFORE = re.compile(
    r"\b(?:families|people|patients|parents|anyone|everyone|many|most|all|clients|"
    r"las familias|las personas|los pacientes|muchos|muchas)(?: [a-z']+){0,3} $")


def people_in_general(doc: Any, language: str, start: int, end: int) -> bool:
    """People in general are the subject ("when families trust us with their children's
    vaccines"), not the reader."""
    sentence_start, _ = doc.sentence_of(start)
    before = doc.text[max(sentence_start, start - 40) : start]
    return _PEOPLE_BEFORE.search(before) is not None and READER_WORD.search(before) is None


def for_everyone(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence says the change is for people in general ("I've cleared my Friday
    mornings for anyone with billing questions"), not for the reader."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return (_EVERYONE.search(doc.text, end, sentence_end) is not None
            and READER_WORD.search(doc.text, end, sentence_end) is None
            and _FOR_A_REVIEW.search(doc.text, sentence_start, sentence_end) is None)


def standing_offer_for_everyone(doc: Any, language: str, start: int, end: int) -> bool:
    """Something offered "for everyone" as a standing policy ("initial consultations are
    complimentary for everyone"): not made to the reader, not for a while, not for a review."""
    return for_everyone(doc, language, start, end) and not in_sentence(
        _NOT_A_STANDING_OFFER, doc, start)


# "Con gusto le atendemos": an offer of service in the present, not a visit that happened.
_GLADLY_BEFORE = re.compile(
    r"\b(?:con (?:mucho )?gusto|gustosamente|encantad[oa]s de|felices de|siempre|con todo gusto)"
    r" (?:[a-z]+ )?$")
_OFFER_VERB = re.compile(r"\b(?:le|lo|la|les|los|las|te) (?:atendemos|atenderemos|recibimos|"
                         r"recibiremos|ayudamos|ayudaremos|orientamos|asesoramos)\b")


# "Queremos atenderle", "nos gustaría ayudarle": an infinitive the practice wants to do.
_WANT_TO_SERVE = re.compile(
    r"\b(?:queremos|quisieramos|nos gustaria|nos encantaria|deseamos|podemos|podremos|"
    r"(?:[a-z]+ )?(?:puede|pueda|podra|pueden|puedan|podran|podamos|quiere|querra|"
    r"estara (?:encantad[oa]|feliz) de)|"
    r"estaremos (?:encantad[oa]s|felices) de|estamos (?:listos|aqui|disponibles) para) $")
_SERVE_INFINITIVE = re.compile(r"(?:atender|ayudar|orientar|recibir|escuchar)(?:le|te|les|los|las|"
                               r"la|lo)\b")


def offer_of_service(doc: Any, language: str, start: int, end: int) -> bool:
    """"Hablamos español, y con gusto le atendemos", "queremos atenderle": the practice
    offering to serve, in the present or future, not saying it saw the reader."""
    before = doc.text[max(0, start - 40) : start]
    return ((_OFFER_VERB.match(doc.text, start) is not None
             and _GLADLY_BEFORE.search(before) is not None)
            or (_SERVE_INFINITIVE.match(doc.text, start) is not None
                and _WANT_TO_SERVE.search(before) is not None))


# "We understand that hearing aids are a significant investment": "that" joins a clause, it
# does not point at one particular device.
_THAT_VERB_BEFORE = re.compile(
    r"\b(?:understand|understands|know|knows|believe|believes|think|agree|realize|realise|"
    r"appreciate|recognize|recognise|note|noted|mean|means|say|says|said|feel|hope|ensure|"
    r"sure|aware|true|clear|fact|reminder|remember|learn|learned|hear|heard|find|found|see|"
    r"philosophy is|belief is|goal is|view is|position is|policy is|promise is) $")


def that_is_a_conjunction(doc: Any, language: str, start: int, end: int) -> bool:
    """The match opens with a "that" that joins a clause to a verb ("we know that implants
    are an investment"), not one that points at a particular thing."""
    return (doc.text.startswith("that ", start)
            and _THAT_VERB_BEFORE.search(doc.text, max(0, start - 20), start) is not None)


# The practice as the subject of a network or policy statement: "we're in network with most
# major plans", "estamos dentro de la red de la mayoría de los seguros".
_PRACTICE_IS_BEFORE = re.compile(
    r"\b(?:we're|we are|we're not|we are not|we're also|we are also|we remain|we stay|we've been|"
    r"our (?:practice|office|clinic|providers|doctors) (?:is|are|remains?)(?: not)?|"
    r"estamos|somos|no estamos|seguimos|nuestr[oa] (?:clinica|consultorio|practica) (?:esta|es))"
    r"(?: (?:now|still|currently|also|ya|ahora|todavia|actualmente))? $")


def practice_is_subject(doc: Any, language: str, start: int, end: int) -> bool:
    """The practice is the subject right before the match ("we're in network with..."): a
    statement about the practice, not about the reader's coverage."""
    return _PRACTICE_IS_BEFORE.search(doc.text, max(0, start - 40), start) is not None


# The practice's staff as the subject right before the match: "part of our team sometimes
# comes in to answer phones", "nuestras enfermeras vienen temprano".
_STAFF_BEFORE = re.compile(
    r"\b(?:our|the|part of our|some of our|members of our|nuestro|nuestra|nuestros|nuestras|"
    r"parte de nuestro)(?: [a-z]+)? (?:team|staff|doctors|nurses|providers|dentists|hygienists|"
    r"crew|front desk|physicians|therapists|equipo|personal|doctoras|doctores|enfermeras|"
    r"enfermeros|higienistas)(?: (?:sometimes|often|always|usually|also|still|now|a veces|"
    r"siempre|tambien))? $")


def staff_are_subject(doc: Any, language: str, start: int, end: int) -> bool:
    """The practice's staff do what the match says (come in, stop by), not the reader."""
    return _STAFF_BEFORE.search(doc.text, max(0, start - 50), start) is not None


# A rule stated for everyone: "as a general practice, fees are waived for documented
# emergencies", "our therapists are supposed to be hands on for the entire session", "from
# the first consultation to the last follow-up", "ninguna familia debería sentirse...".
_GENERAL_RULE = re.compile(
    r"\b(?:as a (?:general )?(?:practice|policy|rule)|as a general matter|in general|generally|"
    r"when(?:ever)? (?:that|this) happens|in (?:those|such) cases|en esos casos|cuando eso "
    r"(?:pasa|ocurre|sucede)|"
    r"generally speaking|our (?:general )?(?:policy|practice) is|policy is|are supposed to|"
    r"is supposed to|are expected to|should always|must always|from (?:the )?first [a-z-]+ to "
    r"(?:the )?"
    r"(?:last|final)|from start to finish|no one should|nobody should|no (?:family|patient|parent|"
    r"one) should|everyone should|anyone should|por lo general|en general|como (?:norma|regla) "
    r"general|nuestra politica|se supone que|para que nadie|"
    r"(?:can|may|puede|pueden) (?:affect|afectar|happen to|pasarle a|ocurrirle a|sucederle a)"
    r" (?:[a-z]+ ){0,4}?(?:of |de |a |for |para )?(?:anyone|anybody|everyone|cualquier persona|"
    r"cualquiera|todo el mundo)|"
    r"(?:ninguna|ningun) (?:[a-z]+ ){1,4}?(?:debe|deberia|tendria que|tiene que)|nadie "
    r"deberia|todos deberian|del primer [a-z]+ al ultimo|"
    # The law, and anyone it covers: "under federal law, contact lens prescriptions must...",
    # "every person who has an eye exam is entitled to...", "si alguien cree que un saldo...".
    r"under (?:federal|state|the)(?: [a-z'-]+){0,3}? (?:law|laws|rule|rules|regulations?)|"
    r"by law|(?:federal|state) law|(?:the|state|federal) law (?:protects|requires|says|allows|"
    r"gives)|por ley|segun la ley|la ley (?:protege|exige|establece|permite|obliga)|"
    r"(?:anyone|everyone|every person|any person|each person) who|toda persona que|"
    r"cualquier persona que|(?:whenever|when|if) someone|si alguien|cuando alguien|"
    r"cuando una persona|depends? on (?:the|each|every|a) |depende de (?:la|las|el|los|cada) |"
    r"(?:normas|leyes|reglas|regulaciones) federales|federal (?:rules|regulations|privacy rules)|"
    r"(?:is|are) required (?:before|for|to)\b|se requiere)\b")
# ("el" is left out: folded, the article and "él" are one word.)
_PERSONAL_PAST = re.compile(
    r"\b(?:you|your|yours|usted|ustedes|su|sus|tu|tus|te|le|les|he|she|his|her|him|ella|"
    r"their|them)\b")


def general_rule(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence states a rule or a practice for everyone ("as a general practice, fees are
    waived for documented emergencies") and speaks of no one in particular."""
    sentence_start, sentence_end = doc.sentence_of(start)
    if _A_REVIEW.search(doc.text, sentence_start, sentence_end):
        return False  # "anyone who posts an updated review gets...": an offer, not a rule
    return _said_of_no_one(doc, start, _GENERAL_RULE)


def general_rule_asking_nothing(doc: Any, language: str, start: int, end: int) -> bool:
    """`general_rule` for something of value: not when it is given as amends or thanks or
    for something the person does ("free whitening for everyone who posts a photo")."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return (general_rule(doc, language, start, end)
            and _WHO_DOES_IT.search(doc.text, sentence_start, sentence_end) is None
            and _AMENDS.search(doc.text, sentence_start, sentence_end) is None)


_A_REVIEW = re.compile(
    r"\b(?:a|an|the|your|their|updated|new|positive|good|great|5-star|five-star|online|google|"
    r"yelp|posts?|posted) (?:reviews?|ratings?)\b|\bstars\b|"
    r"\b(?:a|an|the|your|their|his|her|that|this) [a-z0-9-]+ (?:reviews?|ratings?)\b|"
    r"\bresenas?\b|\bcalificacion(?:es)?\b|"
    r"\bestrellas\b|\b(?:on|en) (?:google|yelp|facebook|healthgrades|zocdoc|instagram)\b|"
    r"\bshares? (?:their|your|his|her|a) (?:experience|story|feedback|thoughts)\b|"
    r"\bcomparta (?:su|una) (?:opinion|experiencia|historia)\b")


# A record or an event of one case: "our system shows the cancellation came in...", "we did
# send three reminders before that happened".
_SHOWN = re.compile(r"\b(?:shows|showed|happened|sent|received|muestra|mostro|paso|envio|enviamos|"
                    r"recibimos)\b")


# How care is billed, covered, scheduled or organised, said of no one: "routine prenatal
# visits are often billed together", "patients with more serious symptoms are seen first",
# "el monto depende de los servicios realizados, como análisis o radiografías".
_ADMIN = re.compile(
    r"\b(?:billed|billing|bills?|charged|charges?|coverage|covered|covers?|insurance|insurers?|"
    r"insurance plans?|costs?|prices?|pricing|fees?|package|packages|scheduled|scheduling|"
    r"wait times?|"
    r"waitlist|released|triage|triaged|seen first|run by|handled by|depends|depend|referrals? "
    r"(?:are|is)|requests? (?:are|is)|reviewed within|factura|facturan|facturacion|cobra|cobran|"
    r"cobro|cubre|cubren|cobertura|seguros?|costos?|precios?|tarifas?|depende|dependen|turnos?|"
    r"agenda|lista de espera|monto|ranges? from|range between|falls? between|runs? between|"
    r"costar|cuesta|cuestan|oscila|oscilan|cubiert[oa]s?|portal|se publican|publicamos|"
    # Stock on hand: "vaccine supply sometimes varies", "la disponibilidad de vacunas".
    r"supply|supplies|availability|in stock|shortages?|suministro|disponibilidad|existencias)\b")


def admin_in_general(doc: Any, language: str, start: int, end: int) -> bool:
    """The word is in a sentence about how care is billed, covered, scheduled or organised,
    and the sentence speaks of no one in particular and of nothing that happened."""
    return _said_of_no_one(doc, start, _ADMIN)


def _said_of_no_one(doc: Any, start: int, marker: re.Pattern[str], text: str = "") -> bool:
    """The sentence at `start` holds `marker`, names no one (you, he, their...; "their" of
    "every person" before it is no one's) and tells of nothing that happened or was sent or
    shown. `text`: the reply with some wording blanked (same offsets), else `doc.text`."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = text or doc.text
    if marker.search(text, sentence_start, sentence_end) is None or any(
            p.search(text, sentence_start, sentence_end) for p in (_HAPPENED, _SHOWN, _THIS_CASE)):
        return False
    return all(m.group() in _THEIRS and _ANYONE_BEFORE.search(text, sentence_start, m.start())
               for m in _PERSONAL_PAST.finditer(text, sentence_start, sentence_end))


# One case after all: "copays depend on each plan, and in this case the $40 copay is set by...".
_THIS_CASE = re.compile(r"\bin (?:this|your) (?:case|instance)\b|\ben (?:este|su|tu) caso\b|"
                        r"\bon file\b"
                        # Encouragement through a course is said to one person.
                        r"|\b(?:hang in there|stick with it|keep at it|stay the course|"
                        r"no se rinda|no te rindas)\b")
_THEIRS = frozenset({"their", "them", "his", "her", "he", "she", "su", "sus", "le", "les"})
# People in general, whose "their" or "su" follows: "every person who has an eye exam is
# entitled to a copy of their prescription", "toda persona ... tiene derecho a su receta".
_ANYONE_BEFORE = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|every (?:person|patient|family|parent|one)|each "
    r"(?:person|patient|family)|someone|a parent|minors|people|patients|families|toda persona|"
    r"cualquier (?:persona|paciente)|alguien|una persona|un padre|una madre|los menores|"
    r"las personas|los pacientes|las familias|cada (?:persona|paciente|familia))\b")


# The practice changing its own premises or services: "we've adjusted the volume in our
# waiting room", "we're adding two providers", "hemos renovado la sala de espera".
_PRACTICE_CHANGED = re.compile(
    r"\b(?:we(?:'ve| have)?|we're|we are|our team (?:has|is)|hemos|estamos) (?:just |now |recently "
    r"|also )?(?:adjusted|added|adding|updated|updating|installed|installing|renovated|renovating|"
    r"working on|trabajando en|sumado|incorporado|"
    r"extended|extending|lengthened|shortened|reviewing|rethinking|revisiting|"
    r"remodeled|remodelled|expanded|expanding|improved|improving|changed|changing|lowered|moved|"
    r"replaced|redesigned|rearranged|repainted|reorganized|reorganised|hired|hiring|set up|"
    r"put in|ajustado|agregado|anadido|actualizado|"
    r"instalado|renovado|remodelado|ampliado|mejorado|cambiado|bajado|subido|puesto|colocado|"
    r"contratado|agregando|"
    r"anadiendo|renovando|ampliando|mejorando|contratando|revisando|ajustando|cambiando|"
    r"reorganizando)\b"
    # A Spanish verb carries its own "we": "ya bajamos el volumen en la sala de espera".
    r"|\b(?:ajustamos|agregamos|anadimos|actualizamos|instalamos|renovamos|remodelamos|"
    r"ampliamos|mejoramos|cambiamos|bajamos|subimos|colocamos|contratamos|pusimos|pintamos|"
    r"sumamos|incorporamos|"
    r"reorganizamos)\b")


# Work the practice had done on its own things: "we've had the heating system serviced",
# "hemos mandado reparar la calefacción" (its "had" is no event of anyone's).
_HAD_SERVICED = re.compile(
    r"\b(?:we(?:'ve| have)?|our team has) (?:just |now |recently |also |already )?had "
    r"(?:(?:the|our|all|both|its|it|them|new|a|an) )?(?:[a-z-]+ ){0,3}?(?:serviced|repaired|fixed|"
    r"inspected|checked|cleaned|deep-cleaned|recalibrated|reupholstered|repainted|replaced|"
    r"upgraded|adjusted|updated|installed|removed)\b"
    r"|\b(?:hemos|ya) (?:mandado|hecho) (?:a )?(?:revisar|reparar|arreglar|limpiar|cambiar|"
    r"ajustar|pintar|instalar|sustituir|reemplazar)\b")


def practice_changed_its_premises(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence tells what the practice changed in its own rooms or services, speaks of
    no one and of nothing that happened to anyone."""
    return _said_of_no_one(doc, start, _PRACTICE_CHANGED)


# Something fitted on a person, or how it sits: not the practice's rooms.
_WORN_OR_FITTED = re.compile(
    r"\b(?:crowns?|fillings?|implants?|bridges?|dentures?|partials?|veneers?|braces|brackets|"
    r"wires|aligners?|retainers?|expanders?|spacers?|glasses|lenses|contacts|frames|hearing "
    r"aids?|splints?|casts?|boots?|slings?|guards?|coronas?|empastes?|implantes?|puentes?|"
    r"protesis|carillas?|brackets|alineadores?|retenedores?|lentes|gafas|audifonos?|ferulas?|"
    r"yesos?|fits|fit|feels|sits|ajusta|queda|quedo)\b")


def practice_had_its_rooms_serviced(doc: Any, language: str, start: int, end: int) -> bool:
    """A room named in a sentence (with a clause joined by a semicolon) that tells what the
    practice changed or had serviced there ("...in our waiting room; we've had the heating
    system serviced"), speaks of no one, of nothing that happened and of no clinical thing."""
    if practice_changed_its_premises(doc, language, start, end):
        return True
    sentence_start, sentence_end = joined_sentence(doc, start)
    text = doc.text
    had = list(_HAD_SERVICED.finditer(text, sentence_start, sentence_end))
    for m in had:  # blank it, so its "had" is not read as an event
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if not had or any(p.search(text, sentence_start, sentence_end) for p in (
            _PERSONAL_PAST, _HAPPENED, _SHOWN, _THIS_CASE)):
        return False
    from guardrails.lexicon import clinical_lexicon

    # Its rooms and equipment, not care: "we've had the crown replaced" is someone's.
    return not (clinical_lexicon("en+es").find(doc.text[sentence_start:sentence_end])
                or _WORN_OR_FITTED.search(doc.text, sentence_start, sentence_end))


# The practice's own standing channels, where it posts news for everyone: "on our voicemail
# greeting", "the number is listed in our voicemail message", "en el mensaje del contestador".
_PRACTICE_CHANNEL = re.compile(
    r"\b(?:voicemail|voice ?mail|phone|answering|on-hold|hold) (?:greeting|message|recording|"
    r"menu)s?\b|\bmensajes? (?:del|de nuestro|de la) (?:contestador|buzon|conmutador|linea|"
    r"telefono)\b|\b(?:grabacion|saludo) (?:del|de nuestro|de la) (?:contestador|buzon|"
    r"conmutador|linea|telefono)\b")
_TOLD_AT_A_TIME = re.compile(
    r"\b(?:yesterday|today|tonight|earlier|last|this (?:morning|afternoon|week)|on (?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|we (?:left|sent)|ayer|hoy|esta "
    r"(?:manana|tarde|semana)|pasad[oa]|del (?:lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo)|(?:le|te|les) (?:dejamos|enviamos|mandamos|dijimos|explicamos|comentamos))\b")


def practice_channel(doc: Any, language: str, start: int, end: int) -> bool:
    """The match names the practice's standing channel ("our voicemail greeting", "el mensaje
    del contestador") in a sentence that speaks to no one and names no time: where news is
    posted for everyone, not a message left for the reader."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    channel = _PRACTICE_CHANNEL.search(text, start, min(sentence_end, end + 40))
    return (channel is not None and channel.start() <= end + 1
            and READER_OR_OBJECT.search(text, sentence_start, sentence_end) is None
            and _TOLD_AT_A_TIME.search(text, sentence_start, sentence_end) is None
            and _said_of_no_one(doc, start, _PRACTICE_CHANNEL))


# A step the practice's team takes before any visit, said in the present ("the safest way is
# for our team to verify benefits before the appointment", "que nuestro equipo verifique los
# beneficios antes de la cita"): "the"/"la" is any visit's, not one visit.
_TEAM_DOES = re.compile(
    r"\b(?:for )?(?:our|the|nuestr[oa]s?|el|la|los|las) (?:[a-z-]+ )?(?:team|staff|front desk|"
    r"office|receptionists?|billing office|coordinators?|equipo|personal|recepcion|"
    r"recepcionistas?|oficina|coordinador(?:a|es|as)?|"
    # A clinician's step at any visit: "para que el dentista muestre lo que ve durante la
    # revisión", "so the dentist can show what they see during the exam".
    r"dentists?|doctors?|hygienists?|optometrists?|providers?|clinicians?|dentistas?|doctor(?:a|es|"
    r"as)?|medic[oa]s?|higienistas?|optometristas?|especialistas?) (?:(?:always|also|usually|"
    r"will|can|"
    r"should|siempre|tambien|puede|pueden|suele|suelen) )?(?:to )?([a-z]+)\b")
_PAST_VERB = {"en": re.compile(r"(?:ed|ew|ought|ent|ade|ook|ave|ot|id|as|ere)$"),
              "es": re.compile(r"(?:o|aron|ieron|aba|aban|ia|ian|ado|ido)$")}
_VISIT_ARTICLE = re.compile(
    r"[a-z ]*\b(?:the|la|el) (?:[a-z-]+ )?(?:appointment|visit|exam|consultation|session|"
    r"check-?up|cita|visita|consulta|revision|examen|sesion|turno)$")


_ONE_VISIT_DAY = re.compile(
    r"\b(?:tomorrow|tonight|next (?:week|time|month)|this (?:week|morning|afternoon|evening)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?<!la )(?<!las )manana|"
    r"esta (?:semana|noche|tarde)|proxim[oa] (?:semana|mes|vez)|el (?:lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo))\b")


def team_step_before_any_visit(doc: Any, language: str, start: int, end: int) -> bool:
    """The visit word has a plain article ("before the appointment", "antes de la cita"), and
    the sentence says, in the present, what the practice's team does then; it has no reader,
    no time and no apology."""
    sentence_start, sentence_end = joined_sentence(doc, start)
    text = doc.text
    if not _VISIT_ARTICLE.match(text, start, end) or _ONE_VISIT_DAY.search(
            text, sentence_start, sentence_end):
        return False  # "...at the exam tomorrow": one visit
    m = _TEAM_DOES.search(text, sentence_start, start)
    if m is None:
        return False
    code = "es" if language == "es" else "en"
    if _PAST_VERB[code].search(m.group(1)) or (code == "en" and m.group(1) in (
            "had", "did", "was", "were", "got", "went", "saw", "ran", "put", "set", "let")):
        return False
    return at_no_occasion(doc, language, start, end)


# The practice's amenities, free to anyone who comes by: parking, wifi, coffee, a first
# consultation with no commitment.
_AMENITY = re.compile(
    r"\b(?:parking|park|street|garage|lot|wifi|wi-fi|coffee|water|snacks|estacionamiento|espacios|"
    r"cajones|plazas de aparcamiento|lugares de estacionamiento|"
    r"parqueo|calle|cochera|lote|lotes|garaje|valet|shuttle|wifi|cafe|agua|bocadillos|"
    r"consultas? inicial(?:es)?|primera "
    r"(?:consulta|valoracion)|valoracion inicial|initial consultations?|first consultations?)\b")
_FOR_A_REVIEW = re.compile(r"\b(?:review|rating|stars?|resena|calificacion|estrellas|opinion|"
                           r"comentario|recommend|recomiende|recomiendes)\b")


def free_amenity(doc: Any, language: str, start: int, end: int) -> bool:
    """"La calle lateral es gratis después de las 6", "free parking behind the building": an
    amenity or a first consultation offered to anyone, with no review in the sentence."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return (_AMENITY.search(doc.text, sentence_start, sentence_end) is not None
            and _FOR_A_REVIEW.search(doc.text, sentence_start, sentence_end) is None)


# Staff put at the check-in desk: "sumamos una enfermera en el registro de la mañana" (the
# desk where people sign in, not a record about someone).
_STAFF_PUT_AT = re.compile(
    r"\b(?:sumamos|pusimos|ponemos|agregamos|anadimos|asignamos|incorporamos|contratamos|"
    r"colocamos|tenemos|hay|habra|trabaja|trabajan|atiende|atienden)(?: a)? (?:una?|dos|tres|"
    r"cuatro|otra|otro|mas|nuestr[oa]s?|l[ao]s?)(?: [a-z]+){0,2} (?:enfermer[oa]s?|"
    r"recepcionistas?|personas?|asistentes?|emplead[oa]s?|voluntari[oa]s?|coordinador[ae]?s?|"
    r"miembros? del (?:personal|equipo)|personal|companer[oa]s?)(?: [a-z]+)? $")


def staff_at_the_desk(doc: Any, language: str, start: int, end: int) -> bool:
    """"En el registro" is the check-in desk where the practice puts staff, in a sentence that
    speaks to no one and tells of nothing that happened."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    return (text.startswith("en el registro", start) and not text.startswith("s", end)
            and _STAFF_PUT_AT.search(text, max(sentence_start, start - 80), start) is not None
            and READER_OR_OBJECT.search(text, sentence_start, sentence_end) is None
            and _HAPPENED.search(text, sentence_start, sentence_end) is None)


# "La demanda ... ha crecido. Para atenderla, sumamos dos médicos": "la" is the demand the
# practice grows to meet, not the reader.
_DEMAND = re.compile(
    r"\b(?:la|esta|esa|nuestra|una|tanta|tal) (?:creciente |gran |alta |mayor |nueva )?"
    r"(?:demanda|necesidad|lista de espera|afluencia|cantidad de (?:llamadas|solicitudes|"
    r"pacientes|familias)|carga de trabajo|ola de [a-z]+)\b")
_TO_MEET_IT = re.compile(r"\bpara (?:poder )?atenderlas?\b")
_GREW = re.compile(r"\b(?:sumamos|contratamos|abrimos|ampliamos|agregamos|anadimos|"
                   r"incorporamos|extendimos|reforzamos|duplicamos|creamos)\b")


def meets_the_demand(doc: Any, language: str, start: int, end: int) -> bool:
    """"Para atenderla, sumamos dos médicos": "la" takes up a demand or a need named just
    before, which the practice grows to meet; the sentence speaks to no one."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    return (_TO_MEET_IT.search(text, max(sentence_start, start - 12), end) is not None
            and _DEMAND.search(text, max(0, sentence_start - 200), start) is not None
            and _GREW.search(text, sentence_start, sentence_end) is not None
            and READER_OR_OBJECT.search(text, sentence_start, sentence_end) is None)


# Language help the practice gives everyone free: "ofrecemos intérpretes sin costo", "free
# sign language interpreters" (a service the law asks for, never a gift for a review).
_LANGUAGE_HELP = re.compile(
    r"\b(?:interpreters?|interpreting|interpretation|translators?|translation|translated|"
    r"sign language|asl|language line|interpretes?|interpretacion|traductor(?:es|as?)?|"
    r"traduccion(?:es)?|traducid[oa]s?|lengua de senas|lenguaje de senas)\b")
# ...not given to make up for something ("por las molestias", "for the trouble").
_MAKING_UP = re.compile(
    r"\b(?:molestias?|inconvenientes?|disculpas?|compensar|compensacion|trouble|inconvenience|"
    r"apology|make (?:it )?up|make amends|sorry|lamentamos|sentimos|agradecimiento|"
    r"thank-you|as a thanks|en agradecimiento|como agradecimiento)\b")


def free_language_help(doc: Any, language: str, start: int, end: int) -> bool:
    """"Free" of an interpreter or translation the practice offers: the sentence names the
    language help, speaks to no one, holds no review and makes up for nothing."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    return (_LANGUAGE_HELP.search(text, max(sentence_start, start - 60),
                                  min(sentence_end, end + 40)) is not None
            and not any(p.search(text, sentence_start, sentence_end) for p in (
                READER_OR_OBJECT, _FOR_A_REVIEW, _MAKING_UP)))


# Terms that hold for everyone: "electronic copies are free of charge", "complimentary valet
# is available for all visitors", "our refund policy is posted at checkout".
_STANDING_TERMS = re.compile(
    r"\b(?:is|are|costs?) (?:only |just )?\$\d+\b|"  # a price: "sports physicals are $35"
    r"\b(?:is|are) (?:always |also |now |still |completely )?(?:available|free|free of charge|"
    r"complimentary|offered|posted|provided|listed|included)\b|\bpolic(?:y|ies)\b|"
    r"\banyone (?:can|may)\b|\bfor (?:all|every|any) (?:visitors?|guests?|patients?|families|"
    r"family|clients?)\b|\b(?:es|son|esta|estan) (?:siempre |tambien |ahora )?(?:disponibles?|"
    r"gratis|gratuit[oa]s?|sin costo|publicad[oa]s?|incluid[oa]s?)\b|\bpoliticas?\b|"
    r"\bcualquier persona (?:puede|podra)\b|\bpara (?:todos los|todas las|cualquier) "
    r"(?:visitantes|pacientes|familias|personas|clientes)\b"
    # A plan or price for a whole group: "a membership plan for anyone without insurance".
    r"|\b(?:for|to) (?:anyone|everyone|anybody|everybody)\b|\bpara (?:cualquier persona|"
    r"cualquiera|todo (?:el )?publico|el publico en general|quien lo necesite)\b"
    # A site of the practice that does not charge a fee: "nuestra sede independiente no cobra".
    r"|\b(?:nuestr[oa]s?|est[ae]s?|es[ae]s?|la|el|las|los) (?:sedes?|clinicas?|consultorios?|"
    r"sucursal(?:es)?|oficinas?|centros?|practicas?)(?: [a-z]+){0,2} no (?:se )?cobran?\b")


def standing_terms(doc: Any, language: str, start: int, end: int) -> bool:
    """A price or policy stated for everyone, in a sentence with no reader, no review and no
    end date: terms of business, not an offer to the reader."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return (_STANDING_TERMS.search(doc.text, sentence_start, sentence_end) is not None
            and addressed_to_no_one(doc, start)
            and not in_sentence(_NOT_A_STANDING_OFFER, doc, start))


# Every child who comes gets something: "every kiddo who visits gets to pick from the
# treasure chest", "cada niño que nos visita se lleva un premio".
_EVERY_CHILD_GETS = re.compile(
    r"\b(?:every|each|any|all|cada|todos los|todas las)(?: [a-z-]+)? (?:kid|kids|kiddo|kiddos|"
    r"child|children|patient|patients|little one|little ones|visitor|visitors|nino|nina|ninos|"
    r"ninas|paciente|pacientes)\b[^.!?]{0,40}?\b(?:gets?|can|may|is welcome|are welcome|"
    r"leaves? with|goes home with|go home with|se lleva|se llevan|puede|pueden|recibe|"
    r"reciben)\b|\b(?:we|our team|our office|nosotros)\b[^.!?]{0,80}\b(?:for|para) (?:los )?"
    r"(?:kids|children|little ones|every child|all kids|ninos|los mas pequenos)\b"
    r"|\bour (?:prize box|treasure chest|toy box|prize bin|sticker wall|caja de premios)\b"
    # After every visit, not the reader's: "al final de cada cita hay un cofre de premios".
    r"|\b(?:at the end of|after|before|during|al final de|despues de|tras|antes de|en) "
    r"(?:every|each|all|any|cada|todas las|cualquier) (?:visits?|appointments?|cleanings?|"
    r"checkups?|check-ups?|exams?|citas?|visitas?|consultas?|limpiezas?|revisiones|revision)\b"
    r"|\b(?:helping|making) kids (?:feel|have|enjoy)\b"
    r"|\b(?:ayudar|ayudamos|hacer|hacemos) (?:a )?(?:que )?(?:los )?(?:ninos|pequenos) "
    r"(?:se sientan|sientan|disfruten|tengan)\b"
    r"|\b(?:we|our (?:team|staff|office|practice|clinic|hygienists|nurses|dentists|doctors))\b "
    r"(?:[a-z]+ ){0,2}?(?:love|loves|make|makes|keep|keeps|have|has|offer|offers|stock|stocks|"
    r"designed|design|built|build|created|create|set up)\b"
    r"|\b(?:kids|children|families|patients|visitors|ninos|familias|pacientes) (?:of|de) "
    r"(?:every|all|any|todas las) (?:ages?|edades)\b")


def kept_for_everyone(doc: Any, language: str, start: int, end: int) -> bool:
    """"Our prize box is a favorite with kids of all ages", "every kiddo who visits gets to
    pick from the treasure chest": something the practice keeps for everyone who comes, in a
    sentence with no review and no reader in it."""
    from guardrails.hooks.practice_wide import practice_wide

    sentence_start, sentence_end = doc.sentence_of(start)
    if _FOR_A_REVIEW.search(doc.text, sentence_start, sentence_end) is not None:
        return False
    if (_EVERY_CHILD_GETS.search(doc.text, sentence_start, sentence_end) is not None
            and addressed_to_no_one(doc, start)):
        return True
    if (_THE_THING_BEFORE.search(doc.text, max(0, start - 12), start)
            and _THING_IS.match(doc.text, end)
            and _FOR_A_REVIEW.search(doc.text) is None
            and not any(p.search(doc.text, sentence_start, sentence_end)
                        for p in (READER_OR_OBJECT, _HAPPENED, _ONE_DAY))):
        return True  # "the prize box is serious business around here": a fact of the office
    return practice_wide(doc, language, start, end)


# The thing as the subject of a present description, in a reply with no review anywhere.
_THE_THING_BEFORE = re.compile(r"\b(?:the|our|el|la|nuestro|nuestra) $")
_THING_IS = re.compile(r" (?:is|are|es|son|esta|sigue siendo|remains|stays) ")


# A date the practice announces: "starting March 1 we open until 7 pm", "a partir del 1 de
# marzo abrimos los sábados".
_ANNOUNCED_FROM = re.compile(
    r"\b(?:starting|beginning|as of|effective|from|until|through|by|on or after|after|before|"
    r"started after|started before|a partir del?|"
    r"desde el|hasta el|empezando el|a contar del?|vigente desde el|(?:empieza|comienza|inicia|"
    r"arranca|abre|abrimos|cierra|cerramos|sera|seran|cambio|cambia|cambiara|empiezan|comienzan|"
    r"inician|arrancan|abren|cierran|start|starts|begin|begins|open|opens|kick off|kicks off) "
    r"(?:el|on)|del \d{1,2} al|"
    r"(?:changed|changes|will change|took effect|takes effect|ended|ends|will end) on|"
    r"(?:from|between) "
    r"[a-z]+ \d{1,2}(?:st|nd|rd|th)? (?:to|through|and|-))(?: (?:lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?\s*$")


# An event the practice holds for everyone: "our Skin Health Open House on Thursday, May 16",
# "on June 14 we're hosting our annual Community Smile Day".
_EVENT = re.compile(
    r"\b(?:open house|hosting|host|holding|event|fair|health fair|screening day|celebration|"
    r"workshop|seminar|class|drive|grand opening|ribbon cutting|anniversary|community day|"
    r"smile day|open to (?:everyone|the public|all|anyone|any)|closed (?:for|on)|will be closed|"
    r"jornada|free community|(?:[a-z]+-)?shot day|vaccine day|screening|this year it's|"
    r"classes|course|courses|extended hours|clases|ciclo|curso|cursos|talleres|horario extendido|"
    r"abiert[oa]s? a tod[oa]s?|para todas las familias|screenings?|join us|whole community|"
    r"(?:immunization|vaccine|vaccination|flu|flu shot|back-to-school|health|community) clinic|"
    r"no appointment (?:needed|necessary|required)|toda la comunidad|sin cita|"
    r"(?:jornada|clinica) de (?:vacunacion|salud|deteccion)|"
    r"feria|evento|celebracion|taller|charla|puertas abiertas|inauguracion|estara cerrad[oa]|"
    r"estaremos cerrados|abierto a todos|abierta a todo|para todo (?:el )?publico|"
    # The practice out in a public place: "this year we'll be back at the library".
    r"(?:we'll|we will|we're going to) be (?:back )?(?:at|in) (?:the )?(?:[a-z'-]+ ){0,5}?"
    r"(?:library|school|park|fair|market|community center|rec center|church|mall|plaza)|"
    r"(?:volveremos|estaremos|iremos|regresaremos) (?:a|en) (?:la|el) (?:[a-z]+ ){0,4}?"
    r"(?:biblioteca|escuela|parque|feria|mercado|centro comunitario|iglesia|plaza))\b")


# News told to everyone reading: "les contamos que...", "le invitamos a...".
_TOLD_TO_ALL = re.compile(r"\b(?:le|les|te|os) (?:contamos|informamos|invitamos|recordamos|"
                          r"anunciamos|compartimos|comentamos|comunicamos)\b")


# A date that is itself a limit of a policy: "treatment started after January 1".
_OPENS_WITH_A_LIMIT = re.compile(r"(?:after|before|starting|from|as of|effective|beginning) ")


# A notice the practice posts in its own room: "prices are posted in the waiting room for
# everyone", "publicamos los horarios en la sala de espera".
_POSTED_BEFORE = re.compile(
    r"\b(?:posted|displayed|listed|hung|published|posts|post|publicad[oa]s?|exhibid[oa]s?|"
    r"colgad[oa]s?|publicamos|publica|exhibimos|colgamos|ponemos|pegamos|pegad[oa]s?)"
    r"(?: [a-z]+){0,4} $")


def posted_in_the_room(doc: Any, language: str, start: int, end: int) -> bool:
    """A notice posted in one of the practice's rooms, in a sentence that speaks to no one
    and tells of nothing that happened."""
    sentence_start, _ = doc.sentence_of(start)
    return (_POSTED_BEFORE.search(doc.text, max(sentence_start, start - 40), start) is not None
            and told_plainly(doc, start))


# The staff at work, or the office open or closed, at that time: "cada persona que llegó a
# trabajar esa semana", "everyone who worked that weekend".
_AT_WORK_BEFORE = re.compile(
    r"\b(?:trabajar|trabajaron|trabajamos|trabajando|de turno|de guardia|abrimos|abierto|"
    r"abiertos|cerramos|cerrado|cerrados|work|worked|working|on shift|on call|open|closed) $")


def staff_at_work(doc: Any, language: str, start: int, end: int) -> bool:
    """The time is when the staff worked or the office was open or closed, and the sentence
    speaks to no one (no reader word, no "le"/"lo")."""
    sentence_start, _ = doc.sentence_of(start)
    return (_AT_WORK_BEFORE.search(doc.text, max(sentence_start, start - 16), start) is not None
            and addressed_to_no_one(doc, start))


def announced_date(doc: Any, language: str, start: int, end: int) -> bool:
    """The date opens a change the practice announces to everyone, or is the day of an event
    it holds, and its sentence speaks to no one and tells of nothing that happened."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return ((_ANNOUNCED_FROM.search(doc.text, max(sentence_start, start - 20), start) is not None
             or _OPENS_WITH_A_LIMIT.match(doc.text, start) is not None
             or _EVENT.search(doc.text, sentence_start, sentence_end) is not None)
            and READER_OR_OBJECT.search(_TOLD_TO_ALL.sub(
                "", doc.text[sentence_start:sentence_end])) is None
            and _HAPPENED.search(doc.text, sentence_start, sentence_end) is None
            and _HER_OR_HIM_DONE.search(doc.text, sentence_start, sentence_end) is None)


# The practice's own calendar: the days it closes ("cerramos el 25 de diciembre y el 1 de
# enero", "closes at noon on December 24 and December 31", a list of holidays with their
# dates) or the day its contract with a plan ended ("nuestro contrato con Humana terminó el 1
# de enero").
_MONTH = (r"(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
          r"sep|sept|september|oct|october|nov|november|dec|december|enero|febrero|marzo|abril|"
          r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)")
_HOLIDAY = (r"(?:(?:el )?(?:dia )?(?:del |de la |de los |de )?(?:navidad|nochebuena|nochevieja|"
            r"ano nuevo|accion de gracias|trabajo|independencia|caidos|reyes|viernes santo|"
            r"memorial day|labor day|thanksgiving(?: day)?|christmas(?: day| eve)?|"
            r"new year'?s(?: day| eve)?|independence day|juneteenth|good friday|"
            r"presidents'? day|veterans day|martin luther king(?: jr\.?)? day))")
_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
            r"miercoles|jueves|viernes|sabado|domingo)s?")
# A day, a weekday and a day, or a range ("December 24 through 26", "del 24 al 26 de diciembre").
_DAY_ITEM = (rf"(?:(?:el |los dias |los |on |the |on the )?(?:{_WEEKDAY},? )?(?:\d{{1,2}}"
             rf"(?:st|nd|rd|th)?(?: de {_MONTH}| of {_MONTH})?|"
             rf"{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?"
             rf"(?: (?:through|thru|to|-) \d{{1,2}}(?:st|nd|rd|th)?)?|"
             rf"del \d{{1,2}} al \d{{1,2}}(?: de {_MONTH})?)|{_HOLIDAY})")
_DAY_SEP = r"(?:,? (?:y|e|and|&) |, | (?:al|to|through|thru|until|hasta el|-) )"
_CLOSES = (r"\b(?:cerramos|cierra|cierran|cerraremos|cerrara|(?:estamos|esta|estan|estaremos|"
           r"estara|permanecemos|permanece|permanecen|permaneceremos) cerrad[oa]s?|close|closes|"
           r"(?:are|is|'re|be|remain|remains|stay|stays) closed|(?:abrimos|abre|atendemos|atiende|"
           r"open|opens) (?:solo )?(?:medio dia|con horario reducido|hasta (?:el )?mediodia|"
           r"half (?:a )?days?|(?:with )?reduced hours|until noon))"
           r"(?: (?:al mediodia|a mediodia|temprano|antes|at noon|early|for the day|todo el dia))?")
_CLOSED_ON = re.compile(rf"{_CLOSES} (?:(?:del|from|desde el) )?(?:{_DAY_ITEM}{_DAY_SEP})*"
                        r"(?:el |los dias |los |on |the |on the |del |from |desde el )?$")
# An item of a posted schedule, written as a list: "...holiday schedule: closed December 24
# and 25; closed January 1; open Saturday, December 14", "cerrado el 1 de enero".
_LIST_ITEM_OPENS = re.compile(
    rf"(?:(?:^|[:;] )(?:closed|open|cerrad[oa]s?|abiert[oa]s?|(?:we(?:'ll| will)? )?(?:close|open)|"
    rf"(?:cerraremos|abriremos|cerramos|abrimos|abrira|cerrara))|"
    rf"\b(?:(?:will be|'ll be|be|is|are|stay|stays|remain|remains) (?:open|closed)|"
    rf"(?:we(?:'ll| will)? )?reopens?|reabrimos|reabriremos|reabre|reabrira|abriremos|"
    rf"(?:estaremos|estara|permaneceremos) abiert[oa]s?))"
    rf"(?: (?:at noon|early|(?:from )?\d{{1,2}}(?::\d{{2}})? ?(?:a\.?m\.?|p\.?m\.?)?"
    rf"(?: (?:to|-|a) \d{{1,2}}(?::\d{{2}})? ?(?:a\.?m\.?|p\.?m\.?)?)?|al mediodia|"
    rf"temprano|half days?|medio dia))?"
    rf" (?:{_DAY_ITEM}{_DAY_SEP})*(?:el |los dias |los |on |the |on the )?(?:{_WEEKDAY},? )?$")
# The day told first, then what the practice does on it: "On December 31 we'll close at
# noon", "el 31 de diciembre cerramos al mediodía" (future or habit, never "we closed").
_THEN_CLOSES = re.compile(
    r"(?:st|nd|rd|th)?,? (?:(?:we|the office|our offices?|the clinic|all offices)(?:'ll| will)? "
    r"(?:close|closes|open|opens|be closed|be open|are closed|are open|stay closed|"
    r"keep (?:regular|reduced|holiday) hours)|(?:cerramos|cerraremos|abrimos|abriremos|"
    r"estaremos cerrad[oa]s|estaremos abiert[oa]s|la clinica (?:cierra|cerrara|abre|abrira)|"
    r"(?:el|la) (?:consultorio|oficina|optica|sucursal) (?:cierra|cerrara|abre|abrira)))\b")
# The practice's calendar posted by a day: "the calendar will be posted before November 1",
# "el calendario del próximo año estará en la puerta antes del 1 de noviembre".
_DATE_OPENS = re.compile(r"(?:^|[:;] |,? (?:y|and) )(?:on |el )?(?:the )?$")
_CALENDAR_WORD = re.compile(
    r"\b(?:calendar|schedule|holiday hours|hours|calendario|horario|horarios|festivo|festivos|"
    r"holidays?)\b")
_POSTED_BY = re.compile(r"\b(?:before|by|no later than|antes del?|a mas tardar el|para el) $")
_POSTED = re.compile(
    r"\b(?:will be (?:posted|up|out|available|published|on)|(?:is|are) (?:posted|published)|"
    r"we(?:'ll| will)? post|we(?:'ll| will)? publish|estara|estaran|se publicara|se publica|"
    r"publicaremos|publicamos|colocaremos|pondremos)\b")
_CONTRACT_ENDED = re.compile(
    r"\b(?:nuestro|el) (?:contrato|convenio|acuerdo)(?: [a-z]+){0,4} (?:termino|terminara|"
    r"finalizo|finalizara|vencio|vencera|vence|termina|finaliza) el $")


# A change made outside the practice, told with the day it took effect: "On January 1, two
# regional health plans changed their networks", "el 1 de enero, dos planes regionales
# cambiaron sus redes" ("sus" right after the change is the plans' own).
_OUTSIDE_CHANGED = re.compile(
    r"(?:st|nd|rd|th)?,? (?:(?:the |two |three |several |some |many |a few |most |a number of |"
    r"dos |tres |varios |varias |algunos |algunas |muchos |muchas |los |las )?(?:[a-z-]+ ){0,3}?"
    r"(?:health plans?|insurance plans?|dental plans?|plans|insurers|insurance companies|carriers|"
    r"payers|networks|planes|aseguradoras|seguros|companias de seguros)"
    r"(?: (?:regionales|de salud|medicos|dentales|de la region|del estado))?"
    r"(?: (?:in|across|de|en) (?:the |our |this |la |el |nuestra |nuestro )?(?:state|area|region|"
    r"county|estado|zona|region|condado))?|medicare|medicaid|"
    r"the state|state law|the law|federal rules|new (?:state |federal )?rules|el estado|la ley|"
    r"las nuevas (?:reglas|normas)|las reglas federales) (?:(?:all |also |both )?(?:changed|"
    r"updated|dropped|narrowed|ended|cut|revised|restructured|took effect|began|started|stopped|"
    r"cambiaron|cambio|actualizaron|actualizo|redujeron|terminaron|dejaron|entraron en vigor|"
    r"entro en vigor|empezaron|comenzaron))(?: (?:their|its|sus|su) (?=[a-z]))?")
# ...and the practice's part in it: "a nuestra clínica no se le renovó el contrato".
_OUR_PART = re.compile(r"\ba (?:nuestra|la) (?:clinica|practica|consulta|oficina|sede) "
                       r"(?:no )?se le\b")
# A visit, a claim or a bill set against the change keeps it the reader's.
_VISIT_OR_CLAIM = re.compile(
    r"\b(?:visits?|appointments?|claims?|bills?|billed|balances?|statements?|denied|charged|"
    r"owed?|covered|citas?|visitas?|consultas?|reclamos?|reclamacion|facturas?|saldos?|"
    r"cobramos|cobro|nego|rechazo|cubrio|seen|treated|came|visited|he|she|his|her|him|"
    r"patients?|ella|vino|atendimos|atendio|pacientes?)\b")


_OPENS_SENTENCE = re.compile(r"(?:on |el )?(?:the )?")


def outside_change_dated(doc: Any, language: str, start: int, end: int) -> bool:
    """The date opens its sentence and plans, insurers or the law changed something on it:
    news about the world the practice works in, with no reader, visit or bill in it."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    if _OPENS_SENTENCE.fullmatch(text[sentence_start:start]) is None:
        return False
    changed = _OUTSIDE_CHANGED.match(text, end)
    if changed is None:
        return False
    rest = (text[sentence_start:start] + " " + text[changed.end():sentence_end])
    rest = _OUR_PART.sub(" ", rest)
    return (READER_OR_OBJECT.search(rest) is None
            and _VISIT_OR_CLAIM.search(text, sentence_start, sentence_end) is None)


def _semicolon_list(doc: Any, pos: int) -> tuple[int, int]:
    """The sentence of `pos` with the clauses joined to it by semicolons (a list's items)."""
    start, end = doc.sentence_of(pos)
    text = doc.text
    for _ in range(12):
        if start < 2 or text[start - 2:start] != "; ":
            break
        start = doc.sentence_of(start - 3)[0]
    for _ in range(12):
        if text[end:end + 1] != ";" or end + 2 >= len(text):
            break
        end = doc.sentence_of(end + 2)[1]
    return start, end


def practice_calendar(doc: Any, language: str, start: int, end: int) -> bool:
    """The date is a day the practice closes or opens (alone, in a list of days after
    "cerramos", "closes at noon on", or an item of a schedule list: "; closed January 1"),
    told first ("On December 31 we'll close at noon"), the day its calendar is posted by, the
    day its contract with a plan ended or an outside change took effect, in a sentence that
    speaks to no one and tells of nothing that happened: the practice's calendar, not a visit."""
    if outside_change_dated(doc, language, start, end):
        return True
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    before = text[sentence_start:start]
    after = text[end:min(sentence_end, end + 60)]
    # The whole list the date is an item of ("; her appointment was moved" is in it).
    list_start, list_end = _semicolon_list(doc, start)
    if any(p.search(text, list_start, list_end) for p in (
            READER_OR_OBJECT, _HAPPENED, _CALENDAR_EVENT, _HER_OR_HIM_DONE, _VISIT_OR_CLAIM)):
        return False
    return ((_CLOSED_ON.search(before) is not None
             or _CONTRACT_ENDED.search(before[-90:]) is not None
             or _LIST_ITEM_OPENS.search(before) is not None
             or (_THEN_CLOSES.match(after) is not None
                 and _DATE_OPENS.search(before) is not None)
             or (_POSTED_BY.search(before[-30:]) is not None
                 and _CALENDAR_WORD.search(text, sentence_start, sentence_end) is not None
                 and _POSTED.search(text, sentence_start, sentence_end) is not None))
            and READER_OR_OBJECT.search(_TOLD_TO_ALL.sub(
                "", doc.text[sentence_start:sentence_end])) is None
            and not any(p.search(doc.text, sentence_start, sentence_end) for p in (
                _HAPPENED, _CALENDAR_EVENT, _HER_OR_HIM_DONE)))


# One day's events around the date: "so we moved it to the 27th", "la reprogramaron".
_CALENDAR_EVENT = re.compile(
    r"\b(?:today|yesterday|tonight|last|ago|recent|recently|hoy|ayer|anoche|pasad[oa]|"
    r"this (?:morning|week|time)|esta (?:manana|semana|vez)|"
    r"(?:it|we|they|i|he|she|which) (?:[a-z]+ )?(?!closed\b)[a-z]+ed|[a-z]{3,}(?:aron|ieron))\b")
# Someone as the object of what the practice did: "así que la reprogramamos".
_HER_OR_HIM_DONE = re.compile(
    r"\b(?:la|lo|las|los) [a-z]{3,}(?:amos|imos|emos|aron|ieron|aremos|eremos|iremos)\b")


# An event or service open to the public: "free vision screenings ... no appointment needed",
# "una jornada de vacunación abierta a todas las familias del barrio".
_OPEN_TO_THE_PUBLIC = re.compile(
    r"\b(?:open to (?:everyone|anyone|all|the public|the (?:whole )?community|the neighborhood|"
    r"anyone (?:[a-z0-9-]+ ){0,3}(?:and older|and up|or older)|"
    r"(?:any|every|all) (?:[a-z]+ ){0,2}in the (?:community|neighborhood|area))|"
    r"(?:whole|entire) community|no appointment (?:needed|necessary|required)|walk-ins welcome|"
    r"(?:available|open) (?:for|to) walk-ins|walk-ins? (?:are )?(?:welcome|accepted)|"
    r"walk-in (?:[a-z-]+ ){1,3}(?:are|is) available|while supplies last|"
    r"free (?:and open )?to the public|join us|"
    r"abiert[oa]s? (?:a (?:tod[oa]s?|todo el mundo|la comunidad|el publico|todo (?:el )?publico|"
    r"cualquier (?:persona|paciente|familia))|"
    r"al publico)|toda la comunidad|"
    r"sin cita(?: previa)?|entrada libre|"
    # An open house, for everyone: "una jornada de puertas abiertas", "para todo público".
    r"open houses?|(?:jornadas?|dias?|eventos?) de puertas abiertas|"
    r"para todo (?:el )?publico|(?:para el|al) publico en general)\b")


def open_to_the_public(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence announces something open to the public, speaks to no one and tells of
    nothing that happened and no review: a service word in it is the event's, not someone's
    care, and "free" in it is the event's price, not a gift to the reader."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return (_OPEN_TO_THE_PUBLIC.search(doc.text, sentence_start, sentence_end) is not None
            and READER_OR_OBJECT.search(_TOLD_TO_ALL.sub(
                "", doc.text[sentence_start:sentence_end])) is None
            and _HAPPENED.search(doc.text, sentence_start, sentence_end) is None
            and _FOR_A_REVIEW.search(doc.text, sentence_start, sentence_end) is None
            and _AMENDS.search(doc.text, sentence_start, sentence_end) is None)


# What the practice charges anyone: "a $25 fee for cancellations with less than 24 hours'
# notice", "una tarifa de $25". Not money given back or off, not money tied to a review.
_CHARGE = re.compile(
    r"\b(?:fee|fees|charge|charges|charged|cost|costs|price|prices|priced|deposit|deposits|"
    r"tarifa|tarifas|cargo|cargos|costo|costos|cuesta|cuestan|precio|precios|deposito|cuota|"
    r"cuotas|multa|multas|cobramos|cobra|starting at|starts at|starting around|starting from|"
    r"ranges? from|range between|falls? between|runs? between|costar|oscila|oscilan|"
    r"as low as|a partir de|rate|rates|plans?|"
    r"self-pay|consultations? (?:are|is|runs?)|visits? (?:are|is|runs?)|"
    r"desde|"
    # A verb and an amount: "whitening runs $450", "el blanqueamiento sale en $300".
    r"(?:runs?|is|are|comes? to|sale en|sale a|es de|son de) (?:about |around |roughly |"
    r"alrededor de |unos )?\$(?=\d))\b")
_GIVEN_BACK = re.compile(
    r"\b(?:off|credit|credits|gift|refund|refunds|refunded|back|rebate|discount|reward|free|"
    r"waive|waived|descuento|reembolso|reembolsamos|credito|regalo|gratis|bonificacion|"
    r"devolvemos|devolveremos)\b")


def price_for_everyone(doc: Any, language: str, start: int, end: int) -> bool:
    """An amount of money the practice charges anyone (a fee, a price, a deposit), in a
    sentence that speaks to no one and holds no review and nothing given back."""
    if not any(ch.isdigit() for ch in doc.text[start:end]):
        return False
    sentence_start, sentence_end = doc.sentence_of(start)
    return (_CHARGE.search(doc.text, sentence_start, sentence_end) is not None
            and _GIVEN_BACK.search(doc.text, max(sentence_start, start - 40),
                                   min(sentence_end, end + 20)) is None
            and _FOR_A_REVIEW.search(doc.text, sentence_start, sentence_end) is None
            and addressed_to_no_one(doc, start))


def priced_for_everyone(doc: Any, language: str, start: int, end: int) -> bool:
    """The word is an item of a price the practice charges anyone ("$250 for custom take-home
    trays"): the sentence holds an amount and a charge, no reader, no review, nothing given
    back and nothing that happened."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    return (_AMOUNT.search(text, sentence_start, sentence_end) is not None
            and _CHARGE.search(text, sentence_start, sentence_end) is not None
            and not any(p.search(text, sentence_start, sentence_end) for p in (
                _GIVEN_BACK, _FOR_A_REVIEW, READER_OR_OBJECT, _HAPPENED, _ONE_DAY)))


_AMOUNT = re.compile(r"\$\d|\b\d+ (?:dollars|dolares|pesos|euros)\b")


# A consultation free for anyone, said as what it costs: "consultations are always
# complimentary", "la consulta de valoración no tiene costo".
_FREE_CONSULTATION = re.compile(
    r"\b(?:(?:initial |first |new-patient )?(?:consultations?|consults?|evaluations?|screenings?)"
    r"(?:,[^,.!?]{0,80},)?(?: [a-z-]+){0,2} (?:are|is) (?:always |still )?(?:free|complimentary|"
    r"no charge|at no cost)"
    r"|(?:consultas?|valoracion(?:es)?|evaluacion(?:es)?)(?:,[^,.!?]{0,80},)?(?: [a-z]+){0,3} "
    r"(?:es|son|sigue siendo|"
    r"siguen siendo) (?:siempre )?(?:gratis|gratuitas?|sin costo)"
    r"|(?:consultas?|valoracion(?:es)?|evaluacion(?:es)?)(?: [a-z]+){0,3} no tienen? (?:ningun )?"
    r"costo|(?:at|in|during|with|book|schedule|request|offer|offers) an? (?:free|complimentary|"
    r"no-cost) (?:initial )?(?:consult|consultation|evaluation|screening)s?"
    # The free consultation every family has: "reviews the options with every family during
    # the free consultation" (a sentence with no reader word, see `free_consultation`).
    r"|(?:at|in|during) the (?:free|complimentary|no-cost) (?:initial )?(?:consult|consultation|"
    r"evaluation|screening)"
    r"|(?:en|durante) una (?:valoracion|consulta|evaluacion) "
    r"(?:inicial )?(?:gratuita|gratis|sin costo)"
    r"|(?:ofrecemos|brindamos|damos) (?:consultas?|valoracion(?:es)?|evaluacion(?:es)?)"
    r"(?: [a-z]+){0,2} (?:gratis|gratuitas?|sin costo))\b")


# "Our orthodontist reviews the options": a clinician reviewing something, no review posted.
_REVIEWS_AS_A_VERB = re.compile(
    r"\b(?:we|orthodontists?|doctors?|dentists?|surgeons?|physicians?|providers?|nurses?|"
    r"hygienists?|clinicians?|team|staff|specialists?) (?:carefully |personally |also |always )?"
    r"review(?:s)? (?=(?:the|all|each|every|any|their) (?:[a-z-]+ )?(?:options|plans?|results|"
    r"steps|choices|records|x-rays|scans|costs|details)\b)"
    # "a free consultation to review options": the verb, of anyone's options.
    r"|\bto review (?=(?:the |all |any |their |treatment |payment )?(?:options|plans?|costs|"
    r"choices|steps|details)\b)")


def free_consultation(doc: Any, language: str, start: int, end: int) -> bool:
    """A consultation said to be free, as its price for anyone, in a sentence that speaks to no
    one and says nothing of reviews or of a limited time: a price, not an inducement."""
    sentence_start, sentence_end = doc.sentence_of(start)
    sentence = _REVIEWS_AS_A_VERB.sub(lambda m: " " * len(m.group()),
                                      doc.text[sentence_start:sentence_end])
    return (_FREE_CONSULTATION.search(sentence) is not None
            and READER_WORD.search(sentence) is None
            and _NOT_A_STANDING_OFFER.search(sentence) is None)


# What joins the items of a list: "strep, flu and COVID tests", "dolor de pecho, síntomas de
# derrame cerebral o lesiones graves", "trouble breathing, chest pain, heavy bleeding".
_LIST_JOINER = re.compile(r"(?:,|;| -| and| or| y| o| e| u| as well as| plus| or even|"
                          r" ademas de| junto con| along with| to| hasta)\s")
_LIST_GAP = 45  # characters between two items of one list
_LIST_OPENING = re.compile(
    r"\b(?:including|such as|like|e\.g\.|for example|for instance|incluidos|incluidas|incluyendo|"
    r"como|tales como|entre ellos|entre ellas|por ejemplo|we offer|we provide|offers|provides|"
    r"trabajamos con|ofrecemos|brindamos|realizamos|everything from|anything from|"
    r"todo desde|desde)\b[^.!?]{0,20}$")
# A list that is advice, or about one person: "alternating acetaminophen and ibuprofen every
# few hours", "at that age".
_ADVICE_IN_A_LIST = re.compile(
    r"\b(?:every (?:few |\d+ |two |three |four |six |eight )?hours?|mg|ml|take|taking|alternat\w*|"
    r"doses?|dosing|is (?:usually |generally )?(?:fine|safe|ok|okay)|that age|this age|"
    r"cada (?:\d+ |pocas |unas )?horas|tome|tomar|alterne|alternar|dosis|esa edad)\b")


def listed_among_others(doc: Any, spans: list[tuple[int, int, str]]) -> bool:
    """Three or more different clinical terms of one sentence (`spans`, in order) written as a
    list, or two after "including" or "such as", in a sentence that speaks to no one and tells
    of nothing that happened: a menu of services or a triage rule ("we treat minor cuts,
    sprains and ear infections"), since no one has all of them at once."""
    distinct = len({term for _, _, term in spans})
    introduced = _LIST_OPENING.search(doc.text, max(0, spans[0][0] - 25), spans[0][0])
    if distinct < 2 or (distinct < 3 and introduced is None):
        return False
    sentence_start, sentence_end = doc.sentence_of(spans[0][0])
    if (READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end)
            or _HAPPENED.search(doc.text, sentence_start, sentence_end)
            or _ADVICE_IN_A_LIST.search(doc.text, sentence_start, sentence_end)):
        return False
    joined = sum(1 for (_, end, _), (start, _, _) in pairwise(spans)
                 if 0 <= start - end <= _LIST_GAP
                 and _LIST_JOINER.search(doc.text, end, start) is not None)
    return joined >= (1 if introduced else 2)


# A fee waived for a kind of case, as policy: "we waive the fee for emergencies, illness and
# bad weather", "no cobramos en casos de emergencia, enfermedad o mal clima".
_FOR_A_KIND_OF_CASE = re.compile(
    r"[a-z' -]{0,30}?\b(?:for|in case of|in the event of|en casos? de|por) (?:documented |true |"
    r"genuine |real |medical |family |any |all |an? |una? )?(?:emergenc(?:y|ies)|illness(?:es)?|"
    r"sickness|bad weather|severe weather|weather|hospitali[sz]ations?|bereavements?|"
    r"a death in the family|emergencias?|enfermedad(?:es)?|mal clima|mal tiempo|"
    r"hospitalizacion(?:es)?|duelo)\b")


def waived_for_a_kind_of_case(doc: Any, language: str, start: int, end: int) -> bool:
    """A fee waived for a kind of case (emergencies, illness, bad weather), in a sentence that
    speaks to no one: the practice's policy, not an offer to the reader."""
    _, sentence_end = doc.sentence_of(start)
    return (_FOR_A_KIND_OF_CASE.match(doc.text, end, sentence_end) is not None
            and addressed_to_no_one(doc, start))


# A sentence about anyone who did something ("Anyone who has had an eye exam with us is
# entitled to..."), and a clause that says a topic can feel hard to anyone ("vaccine decisions
# can feel very personal"): people in general, even with a past tense or a clinical word.
_ANYONE_WHO = re.compile(r"\W*(?:anyone|anybody|everyone|everybody|whoever|any patient|"
                         r"all patients|cualquier persona|quien|quienes|toda persona) "
                         r"(?:who|that|que)\b")
# What makes a sentence about anyone into advice: "anyone experiencing dizziness should stop".
_ADVICE_VERB = re.compile(r"\b(?:should|must|need to|needs to|stop|take|seek|avoid|go to|call 911|"
                          r"debe|deberia|necesita|tome|deje|evite|acuda)\b")
# Only the practical sides of a topic: "vaccine decisions", "the financial side of fertility
# care", "questions around vaccines" (not "living with glaucoma", not "at first").
_TOPIC_SIDE = re.compile(r"\b(?:decisions?|questions?|costs?|side|choices?|conversations?|"
                         r"options|paperwork|billing|insurance|pricing|schedules|decisiones|"
                         r"preguntas|costos?|opciones|tramites|calendarios)\b")
_ONE_CASE = re.compile(r"\b(?:at first|living with|a diagnosis|diagnosed|vivir con|al principio|"
                       r"un diagnostico)\b")
_CAN_FEEL_HARD = re.compile(
    r"\b(?:can|may|often|sometimes|tends? to|puede|pueden|suele|suelen) (?:feel|be|seem|get|"
    r"sentirse|ser|resultar) (?:very |so |really |a little |a bit |pretty |quite |muy |un poco |"
    r"tan )?(?:personal|overwhelming|scary|confusing|stressful|intimidating|daunting|emotional|"
    r"frustrating|nerve-wracking|worrying|complicated|hard|abrumadora?s?|confus[oa]s?|"
    r"estresantes?|intimidantes?|personal(?:es)?)\b")
_EVERYONE_THROUGH = re.compile(
    r"\b(?:walk|walks|take|takes|guide|guides|talk|talks) (?:every|each|any) (?:[a-z]+ )?"
    r"(?:family|families|patient|patients|parent|parents|person|one|caregiver) through\b")
_MATTERS_TO_ALL = re.compile(
    r"\b(?:matters|is important|means a lot|importa|es importante) (?:to|for|a|para) (?:our whole "
    r"community|the whole community|everyone|every family|all of us|toda la comunidad|todos)\b")
_CLAUSE_END = re.compile(r",\s+(?:and|but|so|while|y|pero|mientras)\s+|;\s+")
# Empathy with what anyone goes through, in the present: "entendemos lo molesto que es esperar
# por un resurtido", "we understand the frustration around prescription refills" (not "the
# frustration with your refill", not "how long the wait was").
_EMPATHY_WITH_ANYONE = re.compile(
    r"\b(?:understand|know|realize|share) (?:just )?how (?:[a-z-]+ ){1,2}(?:it (?:is|can be) to "
    r"[a-z]+|(?:a|an|any) [a-z-]+(?: [a-z-]+){0,3} (?:is|can be))\b"
    r"|\b(?:understand|know|share) the frustration (?:around|with|about|over) (?!your |ur |that |"
    r"this |the )[a-z-]+"
    r"|\b(?:entendemos|sabemos|comprendemos) lo (?:[a-z]+ ){1,2}?que (?:es|puede ser|resulta) "
    r"(?:[a-z]+(?:ar|er|ir)(?:se)? |una? |cualquier )")


def said_to_anyone(doc: Any, language: str, start: int, end: int) -> bool:
    """The clinical word is in a sentence about anyone who did something, about walking every
    family through a topic, about what matters to everyone, or in a clause that says a
    practical side of a topic can feel hard; the sentence speaks to no one."""
    sentence_start, sentence_end = doc.sentence_of(start)
    ends = [m.start() for m in _CLAUSE_END.finditer(doc.text, sentence_start, sentence_end)]
    clause_end = next((e for e in ends if e > start), sentence_end)
    clause_start = max((e for e in ends if e < start), default=sentence_start)
    if READER_WORD.search(doc.text, sentence_start, sentence_end):
        # Only a clause that speaks to no one says a topic can feel hard to anyone: "we know
        # vaccine schedules can feel complicated, and you're far from alone in that".
        return (READER_WORD.search(doc.text, clause_start, clause_end) is None
                and _can_feel_hard(doc, clause_start, clause_end, start))
    if _ANYONE_WHO.match(doc.text, sentence_start):
        return _ADVICE_VERB.search(doc.text, sentence_start, sentence_end) is None
    if _EVERYONE_THROUGH.search(doc.text, sentence_start, sentence_end):
        return True  # "our nurses walk every family through the vaccine schedule"
    if _MATTERS_TO_ALL.search(doc.text, sentence_start, sentence_end):
        return True  # "heart health matters to our whole community"
    return _can_feel_hard(doc, clause_start, clause_end, start)


def _can_feel_hard(doc: Any, clause_start: int, clause_end: int, pos: int = -1) -> bool:
    empathy = _EMPATHY_WITH_ANYONE.search(doc.text, clause_start, clause_end)
    if empathy and empathy.start() <= pos and "," not in doc.text[empathy.start() : pos]:
        return True  # "entendemos lo molesto que es esperar por un resurtido" (not what a
        # comma adds: "..., especially with a sick child")
    return (_CAN_FEEL_HARD.search(doc.text, clause_start, clause_end) is not None
            and _TOPIC_SIDE.search(doc.text, clause_start, clause_end) is not None
            and _ONE_CASE.search(doc.text, clause_start, clause_end) is None)


# A habit, a kind or people in general, said for everyone: "sedation is only ever recommended
# after...", "we always support second opinions", "vaccine supply sometimes varies", "la
# ortodoncia es una inversión importante", "lots of kids feel nervous", "para que los niños se
# sientan seguros". Present tense only: a day, a review or anything that happened is one case.
_HABITUAL = re.compile(
    # The practice's habit or a rule of its care: "we always support second opinions",
    # "sedation is only ever recommended after...", "la sedación solo se recomienda después de".
    # (A clinical thing that "usually" or "a veces" does something is its course: not here.)
    r"\bwe (?:always|never|only ever|routinely|gladly) [a-z]+|"
    r"\b(?:siempre|nunca|con gusto) (?:apoyamos|recomendamos|ofrecemos|explicamos|hablamos|"
    r"respetamos|compartimos|damos|invitamos|animamos)\b|"
    r"\b(?:is|are) (?:only (?:ever )?|always |never )(?:recommended|offered|suggested|used|"
    r"done|prescribed|scheduled|considered) (?:after|when|if|for|once|as)\b|"
    r"\b(?:solo|solamente|unicamente|siempre) se (?:recomienda|ofrece|sugiere|usa|indica|hace|"
    r"programa|considera)n? (?:despues|cuando|si|para|tras|una vez)\b|"
    # Anyone's choice: "families are always free to choose", "las familias siempre pueden".
    r"\b(?:families|parents|patients|people|anyone|everyone) (?:are|is) (?:always )?free to\b|"
    r"\b(?:families|parents|patients|anyone|everyone) can always\b|"
    r"\b(?:las familias|los padres|los pacientes|las personas|cualquier persona|todos) siempre "
    r"(?:pueden|puede|son libres)\b|"
    # A kind of care as a cost or a choice: "la ortodoncia es una inversión importante".
    r"\b(?:is|are|es|son) (?:a|an|un|una) (?:[a-z]+ )?(?:investment|commitment|inversion|"
    r"compromiso)\b")
# People in general, in a clause that names no reader: "lots of kids feel nervous at the
# dentist", "para que los niños se sientan seguros", "it saves people an extra trip".
_PEOPLE_AT_LARGE = re.compile(
    r"\b(?:lots of|a lot of|many|most|some) (?:kids|children|people|families|parents|patients|"
    r"adults|teens)\b|\b(?:muchos|muchas|la mayoria de(?: los| las)?|algunos|algunas) (?:ninos|"
    r"ninas|personas|familias|padres|pacientes|adultos)\b|"
    r"\b(?:los|las) (?:ninos|ninas|familias|padres|pacientes|personas|adultos|peques) "
    r"(?:se |no |siempre |tambien )?(?:sientan|sienten|pueden|puedan|suelen|necesitan|tienen|"
    r"reciben|eligen|quieren)\b|"
    r"(?<!\bthe )(?<!\bthose )(?<!\bthese )(?<!\byour )(?<!\bour )\b(?:saves?|spares?|gives?|"
    r"lets?|helps?) people\b")
_ONE_DAY = re.compile(
    r"\b(?:today|yesterday|tonight|last|ago|recent|recently|this (?:morning|week|time)|"
    r"hoy|ayer|anoche|pasad[oa]|reciente|recientemente|esta (?:manana|semana|vez)|"
    r"has been|have been|ha sido|han sido|haya|hayan|hubiera|hubieran)\b|"
    r"\b(?:it|we|they|i|he|she|that|this) (?:[a-z]+ )?[a-z]+ed\b|\b[a-z]{3,}(?:aron|ieron)\b")
# What works for a condition, said of people in general, is still advice: "muchas personas
# notan que los estiramientos alivian el dolor de espalda".
_WORKS = re.compile(
    r"\b(?:relieves?|relieving|eases?|easing|cures?|heals?|helps? (?:with|ease|relieve|reduce)|"
    r"works? (?:better|best|well)|reduces?|prevents?|improves?|soothes?|alivian?|alivio|calman?|"
    r"curan?|ayudan? a|mejoran?|reducen?|previenen?|funcionan? (?:mejor|bien)|quitan?)\b|"
    # How a symptom goes: "el mareo suele pasar en unas horas", "soreness wears off".
    r"\b(?:fades?|fading|goes away|go away|wears? off|passes|pass|settles?|resolves?|pasa|pasar|"
    r"se quita|se quitan|desaparece|desaparecen|se va|se van|se resuelve)\b|"
    # A remedy for a condition: "siempre recomendamos ibuprofeno para el dolor de muelas".
    r"\b(?:recommend|recommends|recommended|suggest|suggests|prescribe|prescribes|prescribed|"
    r"recomendamos|recomienda|recomiendan|recetamos|receta|sugerimos|indicamos)(?: [a-z-]+){0,4} "
    r"(?:for|para) ")


def generic_statement(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence states a habit of the practice, a kind of thing or what people in general
    do or feel (always, only ever, sometimes, "es una inversión", "lots of kids", "los niños se
    sientan"), names no one and tells of no day, review or anything that happened."""
    sentence_start, sentence_end = doc.sentence_of(start)
    if any(p.search(doc.text, sentence_start, sentence_end) for p in (_A_REVIEW, _ONE_DAY,
                                                                      _WORKS)):
        return False
    return _said_of_no_one(doc, start, _HABITUAL)


def people_at_large(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence speaks of people in general ("para que los niños se sientan seguros
    durante la consulta") or of the practice's habit, names no one and tells of no day,
    review or anything that happened."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return generic_span(doc.text, sentence_start, sentence_end) and _said_of_no_one(
        doc, start, _ANY_MARK)


def generic_span(text: str, start: int, end: int) -> bool:
    """`text[start:end]` (a clause that names no reader) states a habit, a kind or people in
    general and tells of no day, review or anything that happened (`generic_statement`)."""
    return ((_HABITUAL.search(text, start, end) is not None
             or _PEOPLE_AT_LARGE.search(text, start, end) is not None)
            and not any(p.search(text, start, end) for p in (_A_REVIEW, _ONE_DAY, _HAPPENED,
                                                               _SHOWN, _THIS_CASE, _WORKS)))



# `_said_of_no_one` asks for a marker in the sentence; for `people_at_large` the generic span
# is the marker, so any sentence has one.
_ANY_MARK = re.compile(r"")


# A fee of a policy, said of everyone: "el cargo por inasistencia puede molestar", "the
# no-show fee"; and, in a reply that states the policy, the fee itself ("el cargo nos permite
# ofrecer ese horario a otras personas").
_POLICY_FEE_AFTER = re.compile(
    r" (?:por|de) (?:la |las |una )?(?:inasistencias?|no presentarse|no asistir|no avisar|"
    r"cancelacion(?:es)?(?: tardias?| tarde)?|citas? perdidas|ausencias?|llegadas? tarde)\b")
_A_POLICY = re.compile(r"\b(?:nuestra politica|la politica|nuestras politicas|nuestra norma|"
                       r"cargo por (?:inasistencia|cancelacion|no presentarse)|our policy|"
                       r"(?:no-show|late cancellation|cancellation) (?:fee|policy))\b")
_FEE_DOES = re.compile(r" (?:nos |les )?(?:permite|permiten|sirve|sirven|ayuda|ayudan|existe|"
                       r"existen|se aplica|se aplican|busca|buscan|compensa|compensan)\b"
                       # "the no-show fee helps us offer those slots to other families"
                       r"|(?: fees?)? (?:helps?|lets?|allows?|exists?|is there|can|may|is meant)\b")


def policy_fee(doc: Any, language: str, start: int, end: int) -> bool:
    """The fee of a policy for everyone, in a sentence with no reader, no day and nothing
    that happened."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    if any(p.search(text, sentence_start, sentence_end) for p in (
            READER_OR_OBJECT, _HAPPENED, _ONE_DAY, _A_REVIEW, _THIS_CASE, _TO_THE_READER)):
        return False
    return bool(_POLICY_FEE_AFTER.match(text, end) or (
        _FEE_DOES.match(text, end) and _A_POLICY.search(text)))


# The reader as an infinitive's object: "ofrecerle", "cobrarle", "avisarte".
_TO_THE_READER = re.compile(r"\b[a-z]+(?:ar|er|ir)(?:le|les|te)\b")


# Someone else's program: "the school vision voucher program", "el programa escolar de vales".
_PUBLIC_PROGRAM = re.compile(
    r"\b(?:school|state|county|city|federal|government|district|medicaid|wic|public)"
    r"(?: [a-z-]+){0,2} (?:vouchers?|discounts?|coupons?|rebates?|credits?) programs?\b"
    r"|\bprogramas? (?:de (?:vales|cupones|descuentos?) )?(?:[a-z]+ ){0,2}?(?:escolar(?:es)?|"
    r"estatal(?:es)?|municipal(?:es)?|del (?:gobierno|estado|condado|distrito|municipio)|"
    r"de (?:la|las) escuelas?)\b")
_THANKS = re.compile(r"\b(?:thank you|thanks|gracias)\b")


def someone_elses_program(doc: Any, language: str, start: int, end: int) -> bool:
    """A voucher or discount of a school's or the state's program, named in a sentence that
    speaks to no one (beyond "thank you"), holds no review and gives nothing as amends."""
    sentence_start, sentence_end = doc.sentence_of(start)
    near = doc.text[max(sentence_start, start - 60) : min(sentence_end, end + 60)]
    sentence = _THANKS.sub("", doc.text[sentence_start:sentence_end])
    return (_PUBLIC_PROGRAM.search(near) is not None
            and READER_OR_OBJECT.search(sentence) is None
            and not in_sentence(_NOT_A_STANDING_OFFER, doc, start))
