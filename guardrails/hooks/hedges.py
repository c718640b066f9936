"""How far conditional, privacy and negated wording reaches: `hedged`, `in_disclaimer`,
`negated` (not across a "but"), and whether a sentence is about a visit."""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from typing import Any

from guardrails import lazy_re as re

# A generic "we can't discuss X online" sentence.
_DISCLAIMER = re.compile(
    r"\b(?:can't|cannot|can not|unable to|not able to|won't|will not|do not|don't|never|not|"
    r"no podemos|no puede|no es posible|nunca|no) (?:[a-z']+ ){0,3}(?:discuss|share|comment on|"
    r"talk about|disclose|address|go into|release|reveal|respond to|get into|mention|hablar|"
    r"hablamos|discutir|discutimos|comentar|comentamos|compartir|compartimos|divulgar|"
    r"divulgamos|revelar|revelamos)\b"
    r"|\b(?:keeps?|kept|prevents?|prevented|stops?|prohibits?|bars?) us from (?:[a-z']+ ){0,2}"
    r"(?:discussing|sharing|commenting on|talking about|confirming|disclosing|mentioning)\b"
)
# Body words used as idioms: "the heart of what we do", "el corazón de nuestra clínica".
IDIOM_TERMS = frozenset({"heart", "corazon"})
# ("ponen mucho corazón en su trabajo": the care they put in, not a heart.)
IDIOM_AFTER = re.compile(
    r" (?:of (?:what|how|who|why|our|everything|the practice|this|it all|(?:[a-z]+ )?(?:therapy|"
    r"care|medicine|dentistry|optometry|healing|nursing))|"
    r"de (?:lo que|como|nuestr|todo|la clinica|esta|una |un )|"
    r"en (?:su|sus|nuestro|nuestra|cada|el|la) "
    r"(?:trabajo|labor|atencion|cuidado|work|care))")
# "A rash of double bookings": a clinical word used for "many", followed by what there were
# many of (never a body part or a symptom).
QUANTITY_TERMS = frozenset({"rash", "outbreak"})
QUANTITY_AFTER = re.compile(
    r" of (?:them|these|those|(?:[a-z-]+ ){0,2}(?:bookings|errors|complaints|cancell?ations|calls|"
    r"reviews|mistakes|issues|problems|glitches|no-shows|emails|messages|texts|delays|outages|"
    r"spam|scams?|robocalls|orders))\b")
# Body words in idioms that speak of no body: "from the treasure chest to the ceiling TVs".
BODY_IDIOM = re.compile(r"\b(?:a la|de la) mano\b|\bhand in hand\b|\bon (?:the other )?hand\b|"
                        r"\bhands-on\b|\bfirst-hand\b|\b(?:treasure|toy|prize|tickle) chest\b|"
                        r"\bde (?:todo )?corazon\b|\bcon (?:todo el |mucho )?corazon\b|"
                        r"\bfrom the (?:bottom of (?:our|my) )?hearts?\b|"
                        # "our team takes that to heart", "learned it by heart"
                        r"\b(?:to|by|at) heart\b|\bheart and soul\b|"
                        # "sus licencias están a la vista": on display; vision insurance
                        r"\ba la vista\b|\bseguros? de (?:la )?vista\b|\bpunto de vista\b|"
                        r"\bhasta la vista\b")
_POSSESSED = re.compile(r"\b(?:your|ur|su|sus|tu|tus)(?: [a-z'-]+)?\s?$")


@lru_cache(maxsize=4)
def _hedges(language: str) -> re.Pattern[str]:
    return re.compile(import_module(f"guardrails.rules.{language}").HEDGES)


# Where a hedge or a disclaimer stops: "We can't discuss anyone's care, BUT the device was
# replaced" - what follows the contrast is said outright.
CONTRAST = re.compile(
    r"\b(?:but|however|although|though|yet|that said|having said that|still|pero|sin embargo|"
    r"aunque|no obstante|dicho esto|eso si|aun asi)\b|: ")


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


# "If you were ever a patient at any of our locations, ...", "si alguna vez fue atendido
# aquí y ...", "if you or anyone you know has questions about...": the reader's being a
# patient is only supposed.
_IF_EVER_A_PATIENT = re.compile(
    r"\b(?:if|whether) (?:you|u|anyone|someone)(?: have| has| had)? (?:ever |previously |once )?"
    r"(?:were|was|are|is|been|became) (?:ever |previously |once )?(?:a patient|a client|seen|"
    r"treated|cared for|a member)\b"
    r"|\bif you or (?:anyone|someone|a loved one|a family member|a friend) you know\b"
    r"|\bif you or (?:a|your) (?:loved one|family member|relative|child|parent)(?: [a-z]+)? "
    r"(?:were|was|have been|has been|had been) (?:ever |previously )?(?:seen|treated|a patient|"
    r"cared for)\b"
    r"|\bif you(?:'ve| have)? (?:ever )?(?:had|received|gotten|got)\b"
    r"|\bif you(?:'ve| have)? (?:ever |recently )?(?:been|come|came) (?:in|by|here)\b"
    r"|\bsi (?:usted )?(?:nos )?(?:ha|has) (?:visitado|venido)\b"
    r"|\bsi (?:usted |alguien |alguna persona )?(?:alguna vez |antes )?(?:fue|ha sido|es|era|"
    r"estuvo) (?:alguna vez )?(?:paciente|cliente|atendid[oa]|tratad[oa]|vist[oa])\b"
    r"|\bsi (?:usted|tu) o (?:alguien|algun ser querido|algun familiar) que (?:conoce|conoces)\b"
    r"|\bsi (?:usted )?(?:ha|has|han) (?:recibido|tenido)\b"
    r"|\bsi (?:usted )?(?:recibio|recibiste)\b")


def if_ever_a_patient(doc: Any, language: str, start: int, end: int) -> bool:
    """Earlier in the sentence the reader's having been a patient is only a condition ("If
    you were ever seen at our practice and have a concern about a lab result, please call"),
    with no "but" between: it confirms nothing."""
    sentence_start, _ = doc.sentence_of(start)
    ends = [m.end() for m in _IF_EVER_A_PATIENT.finditer(doc.text, sentence_start, start)]
    return bool(ends) and not _contrast_between(doc.text, ends[-1], start)


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



# "We never pay for reviews or offer anything in exchange for them": a policy, not an offer.
_NEGATION = re.compile(
    r"\b(?:never|don't|do not|won't|will not|cannot|can't|not|no|nunca|jamas|no)\b"
    r"(?!.*\b(?:but|however|although|though|pero|sin embargo|aunque)\b)")


def negated(doc: Any, language: str, start: int, end: int) -> bool:
    """The sentence says the practice does NOT do this (before the match, no "but" after)."""
    sentence_start, _sentence_end = doc.sentence_of(start)
    return _NEGATION.search(doc.text[sentence_start:start]) is not None

