"""Hooks that read a little of what comes before a match: a noun first brought in as any one
("When a claim is filed... Once the insurer processes the claim"), a comparison ("as smooth
as we promised"), "the same visit" inside a condition, an explanation the reply announced as
general ("we'd like to explain our general approach"). Each looks back a bounded stretch, so
a long reply is still checked in linear time."""

from __future__ import annotations

from typing import Any

from guardrails import lazy_re as re
from guardrails.hooks.general import READER_OR_OBJECT, that_is_a_conjunction
from guardrails.hooks.hedges import hedged, possessed
from guardrails.hooks.practice_wide import joined_sentence

_LOOK_BACK = 600  # characters: a paragraph of explanation
_INTRODUCED_AS_ANY = re.compile(r"\b(?:a|an|any|every|each|un|una|cualquier|cada) ([a-z]+)\b")
_TOLD_AS_DONE = re.compile(
    r"\b(?:yesterday|last|ago|earlier|this (?:morning|week)|already|ayer|pasad[oa]|hace|ya)\b")


def introduced_as_any(doc: Any, language: str, start: int, end: int) -> bool:
    """"The claim" that refers back to "a claim" in the same explanation, in a sentence that
    speaks to no one and tells of nothing done: how billing works, not the reader's bill."""
    noun = doc.text[start:end].rsplit(" ", 1)[-1]
    sentence_start, sentence_end = doc.sentence_of(start)
    if (READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end)
            or _TOLD_AS_DONE.search(doc.text, sentence_start, sentence_end)):
        return False
    return any(m.group(1) == noun for m in _INTRODUCED_AS_ANY.finditer(
        doc.text, max(0, sentence_start - _LOOK_BACK), sentence_start))


_AS_ADJECTIVE = re.compile(r"\bas [a-z-]+ $")


def as_comparison(doc: Any, language: str, start: int, end: int) -> bool:
    """"Not as smooth as we promised": a comparison with what the practice says of itself,
    not a reference to a conversation with the reader."""
    return (doc.text.startswith("as ", start)
            and _AS_ADJECTIVE.search(doc.text, max(0, start - 30), start) is not None)


_USUALLY = re.compile(r"\b(?:usually|typically|often|generally|normally|always|most|many|"
                     r"suele|suelen|normalmente|generalmente|por lo general|casi siempre|"
                     r"la mayoria)\b")


def same_in_condition(doc: Any, language: str, start: int, end: int) -> bool:
    """"If other concerns are addressed during the same appointment", "rapid tests usually
    come back during the same visit": any visit, in a condition or what usually happens, not
    a particular one."""
    if not any(w in doc.text[start:end] for w in (" same ", " misma ", " mismo ")):
        return False
    if hedged(doc, language, start, end):
        return True
    sentence_start, sentence_end = doc.sentence_of(start)
    return (_USUALLY.search(doc.text, sentence_start, sentence_end) is not None
            and READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end) is None)


# The reply says it will explain how things work in general ("We can't discuss any
# individual's care online, but we'd like to explain our general approach.", "le explicamos
# cómo funciona en general la facturación").
_GENERAL_EXPLANATION = re.compile(
    r"\b(?:explain|share|describe|outline|walk (?:you )?through|clarify|tell you about)"
    r"(?: [a-z']+){0,3}? (?:our general|some general|general information|in general|"
    r"how (?:our|the|this) (?:[a-z-]+ ){0,4}?works?|why (?:the|our|this) (?:[a-z-]+ ){0,3}?"
    r"(?:exists|is in place)|our (?:general )?(?:approach|policy|policies|process|guidelines))\b"
    r"|\bhere(?:'s| is) how (?:our|the|it) (?:[a-z-]+ )*?works?\b"
    r"|\bas a general (?:practice|rule|policy|matter)\b|\bit (?:may|might|can) help to know\b"
    r"|\b(?:quiza|tal vez) (?:le )?ayude saber\b|\bpuede ayudar saber\b"
    r"|\b(?:many|most) (?:people|patients|parents|families) (?:are|were) (?:often |sometimes )?"
    r"surprised (?:to learn|to hear|to find)\b"
    r"|\b(?:mucha gente|muchas personas|muchos pacientes) se sorprenden? al (?:saber|enterarse)\b"
    r"|\b(?:explicar|explicamos|explicarle|explicarles|le explicamos|compartir|compartimos|"
    r"contarle|aclarar|describir)(?: [a-z]+){0,3}? (?:nuestr[oa] (?:enfoque|politica|proceso|"
    r"forma de trabajar)|informacion general|en general|de manera general|como funciona)\b"
    r"|\binformacion general\b"
    # A reply to a question ("Great question! Implants are typically made of titanium...").
    r"|\b(?:great|good|fun|fair|excellent|common|interesting|thoughtful) question\b"
    r"|\bthanks? (?:you )?(?:so much )?for (?:the|your|this|a) (?:great |good )?question\b"
    r"|\bthanks? (?:you )?(?:so much )?for asking\b"
    r"|\b(?:buena|excelente|gran|muy buena) pregunta\b"
    r"|\bgracias por (?:la|su|tu|esta|una) (?:buena |excelente )?pregunta\b"
    r"|\bgracias por preguntar\b"
    r"|\bthanks? (?:you )?(?:so much )?for your interest\b|\bgracias por su interes\b"
    r"|\bcomo (?:politica|regla|practica|norma) general\b|\b(?:is short for|stands for)\b")
# What usually happens, said as such: "generally speaking, pathology reports can take one to
# two weeks", "por lo general, los resultados tardan una semana".
_GENERALLY = re.compile(
    r"\b(?:generally speaking|speaking generally|in general|as a rule|en general|por lo general|"
    r"en terminos generales|por regla general|hablando en general),? (?:[a-z-]+ ){1,4}?(?:can|"
    r"may|usually|typically|often|sometimes|must|need to|have to|tend to|take|pueden|puede|suelen|"
    r"suele|tardan|tarda|a veces|deben)\b")
# ...with nothing of one person or of one time in its sentence ("and hers showed nothing").
_ONE_CASE_TOLD = re.compile(
    r"\b(?:he|she|his|her|hers|him|el suyo|la suya|los suyos|las suyas|showed|came|took|went|"
    r"got|turned|(?<!has )(?<!have )(?<!had )(?<!is )(?<!are )(?<!be )[a-z]{3,}ed|salio|salieron|"
    r"fue|fueron|tardo|"
    r"tardaron|dio|dieron|ese|esa|aquel|aquella|that day|this time)\b")
# Nothing in the sentence speaks to the reader or tells of something done.
_SPECIFIC = re.compile(
    r"\b(?:you|your|you're|yours|u|ur|usted|ustedes|tu|tus|te|ti|was|were|went|did|had|got|"
    r"came|yesterday|last|ago|recently|fue|fueron|estuvo|tuvo|hizo|ayer|pasado|pasada|placed|"
    r"treated|removed|fitted|extracted|coloco|colocamos|tratamos|"
    # Encouragement through a course is said to one person ("so hang in there").
    r"hang in there|stick with it|keep at it|stay the course|no se rinda|no te rindas|"
    r"hace)\b")


# An order in the sentence ("Good question - stop antihistamines 5 to 7 days before skin
# testing"): advice to the reader, whatever the reply announced.
_ORDER = re.compile(
    r"(?:^|(?<=[-:;,] )|(?<=\. ))(?:stop|take|use|avoid|apply|try|keep|start|skip|hold off|drink|"
    r"eat|ice|rest|rinse|don't|do not|tome|use|evite|aplique|deje|suspenda|no tome|no use)\b")


def in_general_explanation(doc: Any, language: str, start: int, end: int) -> bool:
    """A clinical word in a sentence of an explanation the reply announced as general ("...
    but we'd like to explain our general approach. Like most practices, our clinicians follow
    national guidelines on when antibiotics are appropriate"), a sentence that speaks to no
    one, tells of nothing done and puts no possessive before the word."""
    sentence_start, sentence_end = doc.sentence_of(start)
    if (_SPECIFIC.search(doc.text, sentence_start, sentence_end)
            or _ORDER.search(doc.text, sentence_start, sentence_end)
            or possessed(doc.text, start)):
        return False
    return _GENERAL_EXPLANATION.search(
        doc.text, max(0, sentence_start - _LOOK_BACK), end) is not None or (
        _GENERALLY.search(doc.text, sentence_start, sentence_end) is not None
        and _ONE_CASE_TOLD.search(doc.text, sentence_start, sentence_end) is None)


# How billing works for anyone: "any difference is reconciled once the insurer processes the
# claim", "a veces el estado de cuenta se genera antes...", "el copago de urgencias suele ser
# mayor", "when an insurer processes a claim in stages, our system may send an updated statement".
_BILLING_IN_GENERAL = re.compile(
    r"\b(?:(?:any|every|each|cualquier|cada) (?:remaining |outstanding |unpaid )?(?:difference|"
    r"balance|claim|bill|statement|charge|amount|payment|copay|insurer|plan|time|diferencia|"
    r"saldo|reclamacion|reclamo|factura|estado de cuenta|cargo|monto|pago|copago|aseguradora|"
    r"seguro|plan|vez)|whenever|sometimes|often|usually|typically|generally|in general|"
    r"normally|in most cases|most of the time|en la mayoria de los casos|casi siempre|"
    r"(?:when|once|if|after) an? |as a (?:general )?(?:rule|policy|practice)|"
    r"siempre que|a veces|suele|suelen|normalmente|generalmente|por lo general|"
    r"en general|(?:cuando|si|una vez que) (?:un|una) |como (?:politica|norma|regla) general)")
# One bill after all: something done or decided, or to come, or a case named as one.
_ONE_BILL = re.compile(
    r"\b(?:was|were|had|did|got|has been|have been|already|yesterday|last|ago|recently|will|"
    r"we'll|going to|fue|fueron|estuvo|ya|ayer|pasad[oa]|hace|va a|vamos a|van a|"
    r"[a-z]{3,}(?:aron|ieron|aremos|eremos|iremos)|"
    # (a participle after "is"/"are" is the habit: "any balance is billed once...")
    r"(?<!is )(?<!are )(?<!be )(?<!gets )(?<!get )(?:denied|rejected|declined|paid|covered|"
    r"approved|refused|processed|reprocessed|adjusted|resubmitted|refunded|sent|mailed|billed|"
    r"charged)|"
    r"(?:el seguro|la aseguradora|el plan|medicare|medicaid) (?:lo |la )?(?:nego|rechazo|"
    r"cubrio|pago|aprobo|denego|proceso|ajusto)|"
    r"in (?:this|your) case|en (?:este|su) caso|"
    # One case set against the habit: "...but this one didn't", "esta vez se cobró doble".
    r"this (?:one|time|month|week|account)|esta (?:vez|cuenta|semana)|este (?:mes|caso)|"
    r"now|ahora|todavia no|yet|happened|paso|ocurrio|sucedio|didn't|hasn't|haven't|wasn't|"
    r"weren't|did not|that one|his|hers|her|him|he|she|theirs|suyo|suya|suyos|suyas|ella|"
    r"has not|have not|se cobro|(?:we're|we are|estamos) [a-z]+(?:ing|ando|iendo)|"
    r"(?:it|we|they|i|he|she|that|this|which) (?:[a-z]+ )?[a-z]+ed)\b")


# The matches it can clear: a billing noun with "the", "cobranza", a present-tense "send".
_HABIT_START = ("the ", "el ", "la ", "cobranza", "send ", "mail ", "email ", "fax ",
                "forward ", "issue ", "reissue ")


def billing_in_general(doc: Any, language: str, start: int, end: int) -> bool:
    """A billing noun with "the" (or a present-tense "send") in a sentence about how billing
    works for anyone (a habit: "any", "a veces", "suele", "when an insurer..."), that speaks
    to no one and tells of no claim decided, sent or to come: the process, not the bill of
    the reader."""
    if not doc.text.startswith(_HABIT_START, start):
        return False
    sentence_start, sentence_end = joined_sentence(doc, start)
    text = doc.text
    return (_BILLING_IN_GENERAL.search(text, sentence_start, sentence_end) is not None
            and READER_OR_OBJECT.search(text, sentence_start, sentence_end) is None
            and _ONE_BILL.search(text, sentence_start, sentence_end) is None)


# "We know that claim denials can be frustrating": the billing noun names a kind of thing
# (a compound: "claim denials"), after a "that" that opens a clause.
_COMPOUND_AFTER = re.compile(r" (?:[a-z]+s|denial|processing|process|appeal|review)\b")


def that_opens_a_kind(doc: Any, language: str, start: int, end: int) -> bool:
    """"That" joins a clause to a verb and the billing noun is the first half of a compound
    ("that claim denials"), in a sentence that speaks to no one and tells of no claim decided:
    billing in general, not "that claim" of the reader's."""
    sentence_start, sentence_end = doc.sentence_of(start)
    text = doc.text
    return (that_is_a_conjunction(doc, language, start, end)
            and _COMPOUND_AFTER.match(text, end) is not None
            and READER_OR_OBJECT.search(text, sentence_start, sentence_end) is None
            and _ONE_BILL.search(text, sentence_start, sentence_end) is None)
