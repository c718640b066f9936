"""`clinical_cue`: what makes a clinical word a disclosure (data: `rules/clinical_cues.py`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from guardrails import lazy_re as re
from guardrails.hooks.practice_wide import (
    THIRD_PERSON,
    UNIT_AFTER,
    UNIT_BEFORE,
    UNIT_OF,
    a_kind_of_place,
    joined_sentence,
)

# A clinical word naming a job (not the reader's clinician: "your X-ray tech" is theirs).
_JOB_AFTER = re.compile(
    r" (?:technicians?|techs?|technologists?|assistants?|coordinators?|specialists?|therapists?|"
    r"nurses?|hygienists?|aides?|scribes?|positions?|openings?|roles?|jobs?)\b")
_JOB_OF = re.compile(
    r"\b(?:tecnic[oa]s?|especialistas?|asistentes?|enfermer[oa]s?|coordinador(?:a|es|as)?|"
    r"terapeutas?|higienistas?|auxiliar(?:es)?|puestos?|plazas?) (?:de|en) (?:la |el |los |las )?$")
# What the practice offers or where: "counseling services", "a dedicated space for allergy
# shots", "una sala para vacunas".
_OFFERING_AFTER = re.compile(r" (?:services|programs?|options|appointments available|classes|"
                             r"groups|servicios|programas|opciones)\b")
_PLACE_FOR = re.compile(
    r"\b(?:space|room|area|station|suite|wing|corner|center|centre|clinic|hours|line|chair|"
    r"sala|espacio|area|consultorio|horario|linea)(?: (?:private|quiet|separate|dedicated|"
    r"new|calm|privad[oa]|tranquil[oa]|separad[oa]|exclusiv[oa]|nuev[oa]))? (?:for|para) "
    r"(?:[a-z-]+ )?$"
    r"|\b(?:demand|need|waitlists?|wait lists?|demanda|necesidad|lista de espera) "
    r"(?:for|of|de|para) (?:[a-z-]+ )?$")
_READERS = re.compile(r"\b(?:your|ur|su|sus|tu|tus)\b")
# What the practice tells everyone, as a rule ("our team should explain to everyone before an
# exam that dilating drops can blur vision", "explicamos a cada familia que..."): no one's case.
_TOLD_TO_EVERYONE = re.compile(
    r"\b(?:explain|explains|tell|tells|remind|reminds|warn|warns|inform|informs|let|lets)"
    r"(?: to)? (?:everyone|everybody|anyone|every (?:patient|family|parent|client)|each "
    r"(?:patient|family|parent)|all (?:patients|families|parents))\b[^.!?;]{0,60}? that\b"
    r"|\b(?:explicar|explica|explican|explicamos|avisar|avisa|avisan|avisamos|informar|informa|"
    r"informan|informamos|recordar|recuerda|recuerdan|recordamos|advertir|advertimos) a "
    r"(?:todos|todas|cada (?:paciente|familia|persona)|cualquier (?:paciente|persona)|"
    r"todos los pacientes|todas las familias|todas las personas)\b[^.!?;]{0,60}? que\b")
# A case anyone may have, in the present: "how stressful it is when a child gets sick",
# "lo estresante que es cuando un niño se enferma".
_ANY_CASE_BEFORE = re.compile(
    r"\b(?:when|whenever|if) (?:a|an|any) (?:little one|child|kid|baby|toddler|teen|teenager|"
    r"parent|person|patient|family member|loved one)\b[^.!?;,]{0,25}$"
    r"|\b(?:cuando|si) (?:un|una|cualquier) (?:nino|nina|bebe|hijo|hija|persona|paciente|"
    r"familiar|ser querido|pequeno|pequena|adolescente)\b[^.!?;,]{0,25}$")
# A clinician's field of training: "completed a fellowship in pediatric anxiety", "hizo una
# especialidad enfocada en niños con necesidades especiales y ansiedad": a field, no one's case.
_TRAINED_IN = re.compile(
    r"\b(?:specialty|speciality|specialization|subspecialty|fellowship|residency|training|"
    r"certification|board-certified|degree|master's|doctorate|expertise|background|trained|"
    r"specializes|specialized|specialised|specializing|focuses|focused|special interest)"
    r"(?: [a-z-]+){0,2}? (?:in|on)\b[^,.;:!?]{0,60}$"
    r"|\b(?:especialidad|subespecialidad|especializacion|maestria|posgrado|diplomado|residencia|"
    r"formacion|certificacion|se especializo|se especializa|especializad[oa]|enfocad[oa]|"
    r"experiencia)(?: [a-z]+){0,2}? (?:en|sobre)\b[^,.;:!?]{0,60}$")
# The clinician's own words that are no reader: "she completed", "su especialidad".
_CLINICIAN_OWN = re.compile(
    r"\b(?:she|he) (?:also |recently |just )?(?:completed|did|finished|trained|specialized|"
    r"specializes|holds|earned|brings|has)\b|\b(?:her|his|su) (?:[a-z]+ )?(?:training|fellowship|"
    r"residency|specialty|background|degree|expertise|especialidad|formacion|residencia|"
    r"maestria|posgrado)\b")
_A_DAY = re.compile(r"\b(?:yesterday|last (?:week|month|time|visit)|ago|ayer|pasad[oa]|hace)\b")
_PAST = re.compile(r"\b(?:was|were|had|did|got|fue|fueron|estuvo|estuvieron|tuvo|paso)\b")
_ANY_READER = re.compile(r"\b(?:you|your|you're|yours|u|ur|usted|ustedes|su|sus|tu|tus|te|ti|"
                         r"le|les|he|she|his|her|hers|him|ella|suyo|suya|suyos|suyas|tuyo|"
                         r"tuya)\b")


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

    sentence_start, sentence_end = joined_sentence(doc, start)
    known = (doc.sentence_language or {}).get(doc.sentence_of(start)[0])
    text = doc.text
    near = text[max(sentence_start, start - 80) : start]
    if (UNIT_BEFORE.search(near) and UNIT_AFTER.match(text, end)) or UNIT_OF.search(near):
        return None  # one of the practice's units: "our allergy clinic", "equipo de fisioterapia"
    if a_kind_of_place(text, sentence_start, sentence_end, start, end):
        return None  # a kind of place: "reaching out to a fertility practice can feel daunting"
    if (_TOLD_TO_EVERYONE.search(text, sentence_start, start)
            and _ANY_READER.search(text, sentence_start, sentence_end) is None):
        return None  # "we explain to every patient that dilating drops can blur vision"
    if (_ANY_CASE_BEFORE.search(text, sentence_start, start)
            and _ANY_READER.search(text, sentence_start, sentence_end) is None
            and _PAST.search(text, sentence_start, sentence_end) is None):
        return None  # "lo estresante que es cuando un niño se enferma": anyone's child
    if _TRAINED_IN.search(text, max(sentence_start, start - 120), start) and not any(
            p.search(_CLINICIAN_OWN.sub(lambda m: " " * len(m.group()),
                                        text[sentence_start:sentence_end]))
            for p in (_ANY_READER, _PAST, _A_DAY)):
        return None  # "hizo una especialidad enfocada en niños con ... ansiedad": a field
    if (_JOB_AFTER.match(text, end) or _JOB_OF.search(near)) and not _READERS.search(near[-30:]):
        return None  # a job: "hiring another X-ray technician", "otro técnico de rayos x"
    if ((_OFFERING_AFTER.match(text, end) or _PLACE_FOR.search(near))
            and not _READERS.search(near[-30:])):
        return None  # "demand for counseling services has grown", "a space for allergy shots"
    # A Spanish "su" of someone named before it ("todas las personas ... su cobertura").
    theirs = THIRD_PERSON.search(text, sentence_start, start) is not None
    # ...or after the word ("La fisioterapia es un trabajo en conjunto, y... acompañar a cada
    # persona a su propio ritmo"): the "su" after someone named is theirs.
    named = [m.end() for m in THIRD_PERSON.finditer(text, end, sentence_end)]

    def their_word(pos: int) -> bool:  # a few words after someone named
        return theirs or any(0 <= pos - e <= 15 for e in named)
    # No contact or practice-name span meets the sentence: no word of it is set aside, and
    # its words need not be asked one by one (`_set_aside`).
    spans_met = _meets_span(doc, names, sentence_start, sentence_end)
    for language in ((known,) if known in ("en", "es") else ("en", "es")):
        phrases, instance, owner, not_cues, advice, kind, done_after = _cue_tables(language)
        before = text[max(sentence_start, start - 40) : start]
        owned = owner.search(before)
        if owned and not (theirs and owned.group().startswith("su")):
            return ("reader" if owned.group().split()[0] in data.WORDS[language]["reader"]
                    else "person"), owned.group().strip()
        specific = instance.search(before)
        if specific and not UNIT_AFTER.match(text, end) and not kind.search(
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
        tokens = [m for m in _WORD.finditer(cleaned) if not (spans_met and _set_aside(
            doc, names, sentence_start + m.start(), sentence_start + m.end()))
            and not (m.group() in _THEIR_WORDS and their_word(sentence_start + m.start()))]
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


def _meets_span(doc: Any, names: Any, start: int, end: int) -> bool:
    """Some contact or practice-name span overlaps [start, end): without one, no word there
    is `_set_aside`."""
    return (any(a < end and start < b for a, b in doc.contact_spans)
            or (names is not None and any(a < end and start < b for a, b in names.spans())))


def _set_aside(doc: Any, names: Any, start: int, end: int) -> bool:
    """The word lies in a phone number or email, or in the practice's name ("Happy Kids
    Dental")."""
    return (any(a < end and start < b for a, b in doc.contact_spans)
            or (names is not None and names.covers(start, end)))


