"""`not_the_reader_by_title`: a title and a surname ("Ms. Lee") that name someone on the
practice's side, or no one. Used by the English and Spanish rules that block the reader or
their family named by title."""

from __future__ import annotations

from typing import Any

from guardrails import lazy_re as re

# A title and a surname name a person; on the practice's side it is a staff member, which is
# said right after it (", our office manager") or in the sign-off after a closing word.
_STAFF_AFTER = re.compile(
    r",? (?:our|the|one of our|who|from our|at our|in our|here at|nuestr[oa]|la|el)\b"
    r"|, (?:office|practice|patient|billing|front desk|clinic|care) (?:manager|coordinator|lead|"
    r"director|administrator|supervisor)\b|, (?:dds|dmd|md|do|rn|np|pa|od|dpt|lcsw|phd|"
    r"gerente|administradora?|coordinadora?)\b")
_CLOSING_BEFORE = re.compile(
    r"\b(?:regards|sincerely|best|cheers|warmly|respectfully|wishes|gratitude|yours|"
    r"atentamente|saludos|cordiales|afectuosamente|cordialmente|un abrazo)[,!.]?\s*"
    r"(?:[-\u2013\u2014]+\s*)?$"
    r"|(?:^|[.!?])\s*[-\u2013\u2014]+\s*$")
_STAFF_BEFORE = re.compile(
    r"\b(?:manager|coordinator|director|administrator|supervisor|hygienist|dentist|doctor|"
    r"nurse|assistant|receptionist|lead|owner|founder|gerente|coordinadora?|directora?|"
    r"administradora?|recepcionista|higienista|asistente),? $")


# A title and a name cited as a word, in quotes: "kid-friendly words like 'Mr. Thirsty'" (the
# suction), "a puppet called \"Mrs. Molar\"". Not "we call her 'Mrs. Lopez'": a person.
_CITED_BEFORE = re.compile(
    r"\b(?:like|call|calls|called|named|nicknamed|dubbed|known as|such as|words?|terms?|names?|"
    r"como|llamad[oa]|apodad[oa]|palabras|nombres?)(?: (?:the|a|an|our|el|la|un|una|"
    r"nuestr[oa]) (?:[a-z-]+ )?(?:word|term|name|nickname|palabra|nombre|apodo))?,? ['\"]$")
_QUOTE_AFTER = re.compile(r"['\"]")


def cited_in_quotes(doc: Any, start: int, end: int) -> bool:
    """The title at `start` and its name (to `end`, maybe with the closing quote) are quoted
    after a word that cites a name ("like", "called", "palabras como")."""
    return (_CITED_BEFORE.search(doc.text, max(0, start - 40), start) is not None
            and (doc.text[end - 1 : end] in ("'", '"')
                 or _QUOTE_AFTER.match(doc.text, end) is not None))


def not_the_reader_by_title(doc: Any, language: str, start: int, end: int) -> bool:
    """"Ms. Lee, our office manager, ..." or "Warm regards, Ms. Lee" or "- Mrs. Patel" (the
    practice's side; newlines are spaces in the folded text), or no name at all: the word
    after the title was not written with a capital ("la señora que llamó"), or the name is
    cited in quotes as a word ("words like 'Mr. Thirsty'")."""
    before = doc.text[max(0, start - 30) : start]
    return (not doc.capitalised(doc.text.rfind(" ", start, end) + 1)
            or cited_in_quotes(doc, start, end)
            or _STAFF_AFTER.match(doc.text, end) is not None
            or _CLOSING_BEFORE.search(before) is not None
            or _STAFF_BEFORE.search(before) is not None)
