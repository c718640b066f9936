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


def hedged(doc: Any, language: str, start: int, end: int) -> bool:
    """Conditional or privacy wording earlier in the sentence ("whether you were seen here",
    "if you are a patient", "anyone who..."): the sentence confirms nothing."""
    window_start, _window_end = doc.window(start)
    return _hedges(language).search(doc.text, window_start, start + 1) is not None


def possessed(text: str, pos: int) -> bool:
    """The word at `pos` belongs to the reader ("your", "su" just before it)."""
    return _POSSESSED.search(text[max(0, pos - 30) : pos]) is not None


def in_disclaimer(doc: Any, language: str, start: int, end: int) -> bool:
    """A generic "we can't discuss medications online" sentence, the term not the reader's."""
    window_start, window_end = doc.window(start)
    return (_DISCLAIMER.search(doc.text, window_start, window_end) is not None
            and not possessed(doc.text, start))


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
        r"\b(?:we|our (?:[a-z]+ ){0,2}(?:team|office|practice|clinic|staff|providers?|doctors?|"
        r"dentists?|nurses?|hygienists?|therapists?|surgeons?|physicians?|clinicians?|"
        r"specialists?|assistants?|orthodontists?|pediatricians?)|the (?:team|office|practice|"
        r"clinic)|everyone here)\b (?:[a-z']+ ){0,3}?(?:offer|offers|provide|provides|accept|"
        r"accepts|follow|follows|keep|keeps|explain|explains|build|builds|design|designs|perform|"
        r"performs|use|uses|have|stock|stocks|carry|carries|include|includes|specialize|"
        r"specializes|welcome|welcomes|make sure|makes sure|take|takes|walk|walks|tailor|tailors|"
        r"review|reviews|work|works|treat|treats|see|sees|serve|serves|focus|focuses|believe|"
        r"believes|want|wants|strive|strives|aim|aims|prescribe|prescribes|are trained|is trained|"
        r"are happy|is happy|are always|is always|are glad|is glad|recommend|recommends|suggest|"
        r"suggests|make a point|makes a point|are committed|is committed|are dedicated|"
        r"is dedicated|pride ourselves|are proud|is proud|'re proud)\b"
        r"|\bour (?:[a-z'-]+ ){1,3}?(?:offer|offers|provide|provides|follow|follows|explain|"
        r"explains|perform|performs|use|uses|make a point|are committed|are trained|welcome|"
        r"recommend|take time|always take)\b|\bon[- ]site\b|\bwe(?:'re| are) proud\b"
        r"|\bhow we (?:practice|work)\b|\bthe way we (?:practice|work)\b"
        r"|\bour (?:approach|philosophy|standard|policy|goal|mission)\b"),
    "es": re.compile(
        r"\b(?:ofrecemos|brindamos|aceptamos|seguimos|explicamos|realizamos|disenamos|atendemos|"
        r"tratamos|usamos|utilizamos|tenemos|queremos|buscamos|cuidamos|trabajamos|ofrece|brinda|"
        r"recomendamos|sugerimos|abrimos|abriremos|atenderemos|ofreceremos|tendremos|contamos con|"
        r"contar con|estamos (?:muy )?orgullos[oa]s|en el mismo lugar|"
        r"nuestr[oa]s? (?:[a-z]+ ){0,2}?(?:equipo|personal|enfermeras?|enfermeros|medicos?|"
        r"doctores|doctoras?|dentistas?|fisioterapeutas?|terapeutas?|higienistas?|especialistas?|"
        r"clinica|consultorio|practica|forma de trabajar|filosofia|politica)|en (?:la|nuestra) "
        r"clinica|en (?:el|nuestro) consultorio)\b"),
}
_GENERIC_PEOPLE = {
    "en": re.compile(r"\b(?:every|each|any|anyone|anybody|everyone|everybody|all|most|many|both|"
                     r"whoever|whenever|nobody|no one|people|patients|families|kids|children)\b"),
    "es": re.compile(r"\b(?:cada|cualquier|cualquiera|todas|todos|nadie|ninguna|ninguno|personas|"
                     r"pacientes|familias|ninos|las|los|ambos|ambas|muchos|muchas)\b"),
}
_OCCASION = {
    "en": re.compile(r"\b(?:was|were|went|did|had|got|came|yesterday|last|ago|today|this morning|"
                     r"recently|finally|again|your|yours|you|you're|u|ur)\b"),
    "es": re.compile(r"\b(?:fue|fueron|estuvo|tuvo|hizo|ayer|pasado|pasada|hace|de nuevo|"
                     r"otra vez|usted|ustedes|tu|te|ti|contigo)\b"),
}
_SPECIFIC_BEFORE = {
    "en": re.compile(r"\b(?:the|that|this|these|those|your|his|her|my)(?: [a-z'-]+)?\s?$"),
    "es": re.compile(r"\b(?:ese|esa|este|esta|su|tu)(?: [a-z-]+)?\s?$"),  # "la": generic too
}


def practice_wide(doc: Any, language: str, start: int, end: int) -> bool:
    """A clinical word in a sentence about the practice and everyone it serves: the practice
    as the subject of a present-tense policy ("we offer", "our nurses keep"), people in
    general ("every", "anyone", "cada"), and nothing of the reader or of an occasion."""
    from guardrails.structure import without_safe_phrases

    sentence_start, sentence_end = doc.sentence_of(start)
    codes = (language,) if language in _PRACTICE_SUBJECT else ("en", "es")
    raw = doc.text[sentence_start:sentence_end]
    bare_plural = doc.text[start:end].endswith("s")  # "eye exams are a cornerstone..."
    for code in codes:
        sentence = without_safe_phrases(code, raw)
        rest = sentence[: start - sentence_start] + " " + sentence[end - sentence_start :]
        if _OCCASION[code].search(rest) or not _PRACTICE_SUBJECT[code].search(raw):
            continue
        if not (bare_plural or _GENERIC_PEOPLE[code].search(rest)):
            continue
        if _SPECIFIC_BEFORE[code].search(doc.text[max(sentence_start, start - 25) : start]):
            continue
        return True
    return False


# A Spanish "su" that belongs to a person named earlier in the sentence ("cualquier persona
# puede solicitar una copia de su expediente"), not to the reader.
_THIRD_PERSON = re.compile(
    r"\b(?:cualquier persona|cualquier paciente|toda persona|todo paciente|una persona|alguien|"
    r"cualquiera|las personas|los pacientes|un paciente|una paciente|nadie|ninguna persona)\b")


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
