"""Phone numbers and email addresses in reply text (North American numbers; any email).

Used by the guardrail (the practice's own contact path vs. any other number or address) and
by settings validation (the practice phone must be one this module recognises).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from guardrails import lazy_re as re

_SEP = r"[ .\-\u00a0]?"
# (555) 014-2290, 555-014-2290, 555.014.2290, 555 014 2290, 5550142290, +1 555 014 2290,
# 1-555-014-2290, 1 (555) 014-2290; then 7-digit local numbers such as 555-0199.
_PHONE = re.compile(
    r"(?=[\d+(])"  # cheap first test: a number starts with a digit, "+" or "("
    r"(?:(?<![\w+])"
    r"(?:(?:\+|00)?1" + _SEP + r")?"
    r"(?:\(\d{3}\)" + _SEP + r"|\d{3}" + _SEP + r")"
    r"\d{3}" + _SEP + r"\d{4}"
    r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?"
    r"(?![\w])"
    r"|(?<![\w+\-.(])\d{3}[ .\-]\d{4}(?![\w\-.]\d)(?!\w)"
    # International: +52 55 1234 5678, +44 20 7946 0958 (8 to 15 digits after the +).
    r"|(?<![\w+])\+\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,5}(?!\w))"
)
# The same digits written one by one with spaces between ("5 5 5 - 0 1 7 - 9 9 2 0",
# "( 5 5 5 ) 0 1 7 - 9 9 2 0", "5 5 5 0 1 7 9 9 2 0"): ten digits (eleven with a leading 1)
# grouped 3-3-4 as a number is. A group holds no other separator than a space, and no
# digit stands just before or after, so prose ("ages 6 to 12", "9 - 5", "1 2 3") is none.
_GROUP_SEP = r"(?: ?[-./] ?| )?"
_SPACED_PHONE = re.compile(
    r"(?=[\d+(])(?<![\w+])(?<!\d )(?:\+ ?)?(?:1 ?(?:[-.] ?)?)?"
    r"(?:\( ?\d ?\d ?\d ?\) ?|\d ?\d ?\d" + _GROUP_SEP + r")"
    r"\d ?\d ?\d" + _GROUP_SEP + r"\d ?\d ?\d ?\d(?! ?\d)(?!\w)"
)
_EMAIL = re.compile(
    r"(?<![\w.+\-])[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9](?:[a-z0-9\-]{0,62}\.){1,8}[a-z]{2,24}\b",
    re.IGNORECASE,
)
# "name (at) example (dot) com", "name [at] example.com", "name at example dot com".
_DOMAIN_END = r"(?:com|org|net|edu|gov|io|co|us|info|health|care|clinic|dental|example|mx|es)\b"
_OBFUSCATED_EMAIL = re.compile(
    # bracketed "at": "name (at) example.com", "name [at] example (dot) com"
    r"(?<![\w.])[a-z0-9][a-z0-9._\-]{0,63}\s?(?:\(at\)|\[at\]|\{at\}|\(arroba\)|\[arroba\]|"
    r"\{arroba\}| arroba )\s?[a-z0-9\-]{1,63}\s?(?:\.|\(dot\)|\[dot\]|\{dot\}| dot |\(punto\)|"
    r"\[punto\]|\{punto\}| punto )\s?" + _DOMAIN_END
    # bare words need both: "name at example dot com" ("us at example.com" is prose)
    + r"|(?<![\w.])[a-z0-9][a-z0-9._\-]{0,63} at [a-z0-9\-]{1,63} dot " + _DOMAIN_END
    + r"|(?<![\w.])[a-z0-9][a-z0-9._\-]{0,63} @ ?[a-z0-9\-]{1,63} ?\. ?" + _DOMAIN_END
    + r"|(?<![\w.])[a-z0-9][a-z0-9._\-]{0,63} ?@ [a-z0-9\-]{1,63} ?\. ?" + _DOMAIN_END
    + r"|(?<![\w.])[a-z0-9][a-z0-9._\-]{0,63}@[a-z0-9\-]{1,63} \. ?" + _DOMAIN_END,
    re.IGNORECASE,
)


_THREE_DIGITS = re.compile(r"\d{3}")
_PHONE_START = re.compile(r"[\d+(]")
# What every spaced-out number holds and a plain one need not: a digit, maybe a separator,
# a space and a digit or a separator ("5 5", "5 -", "5. 0", "5 )"), or "( " before a digit.
_SPACED_HINT = re.compile(r"\d[\-./)]? [\d\-./()]|\( \d")


@dataclass(frozen=True)
class ContactMatch:
    start: int
    end: int
    text: str
    kind: str  # "phone" | "email"


@lru_cache(maxsize=1024)
def phone_digits(number: str) -> str:
    """The comparable digits of a phone number: national number without the leading 1."""
    digits = re.sub(r"(?:x|ext\.?|extension)\s?\d{1,5}\s*$", "", number.strip().lower())
    digits = "".join(c for c in digits if c.isdigit())
    if digits.startswith("001"):
        digits = digits[3:]
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


def find_phones(text: str) -> list[ContactMatch]:
    """Every phone number in `text`, in order, with its span."""
    # No number starts before the first digit, "+" or "(": scan from there (lookbehinds
    # still see the text before it).
    if text.isascii():  # the first of them found by str.find, in C
        start = min([at for at in map(text.find, "0123456789+(") if at >= 0], default=-1)
        if start < 0:
            return []
    else:
        first = _PHONE_START.search(text)
        if first is None:
            return []
        start = first.start()
        if not _THREE_DIGITS.search(text, start):
            # cheap exit: every phone number written plainly has a run of three digits
            return _with_spaced_phones(text, start, []) if _SPACED_HINT.search(text) else []
    found = [ContactMatch(m.start(), m.end(), m.group(), "phone")
             for m in _PHONE.finditer(text, start)]
    for hint in _SPACED_HINT.finditer(text, start):
        if not any(f.start <= hint.start() < f.end for f in found):  # not "(555) 014-2290"
            return _with_spaced_phones(text, start, found)
    return found


def _with_spaced_phones(text: str, start: int, found: list[ContactMatch]) -> list[ContactMatch]:
    """`found` and the numbers written with spaces between their digits (`_SPACED_PHONE`), in
    order. A spaced number replaces a shorter number found inside it ("+1 5 5 5 0 1" of
    "+1 5 5 5 0 1 4 2 2 9 0")."""
    spaced = []
    for m in _SPACED_PHONE.finditer(text, start):
        if _counting(m.group()):
            continue  # "1 2 3 4 5 6 7 8 9 10": counting, not a number
        overlapping = [f for f in found if f.start < m.end() and m.start() < f.end]
        if any(f.start < m.start() or f.end > m.end() for f in overlapping):
            continue  # already found, as written or longer
        found = [f for f in found if f not in overlapping]
        spaced.append(ContactMatch(m.start(), m.end(), m.group(), "phone"))
    return sorted([*found, *spaced], key=lambda c: c.start) if spaced else found


def _counting(number: str) -> bool:
    """The digits count up or down one by one ("1 2 3 4 5 6 7 8 9 10")."""
    digits = "".join(c for c in number if c.isdigit())
    return digits in "012345678910" or digits in "109876543210"


def phones_equal(a: str, b: str) -> bool:
    """Same number however it is written; a 7-digit number equals its 10-digit form's tail."""
    da, db = phone_digits(a), phone_digits(b)
    if not da or not db:
        return False
    if da == db:
        return True
    if len(da) == 7 and len(db) == 10:
        return db.endswith(da)
    if len(db) == 7 and len(da) == 10:
        return da.endswith(db)
    return False


def find_emails(text: str) -> list[ContactMatch]:
    """Every email address in `text` (plain, or spelled with "at"/"dot"), in order."""
    found = []
    at = text.find("@")
    if at >= 0:
        # An address starts at most 64 characters before its first "@".
        found = [ContactMatch(m.start(), m.end(), m.group(), "email")
                 for m in _EMAIL.finditer(text, max(0, at - 64))]
    lowered = text.lower()
    if not (" dot " in lowered or "at)" in lowered or "at]" in lowered or "at}" in lowered
            or "arroba" in lowered or " @" in lowered or "@ " in lowered or " ." in lowered):
        return found
    for m in _OBFUSCATED_EMAIL.finditer(text):
        if not any(f.start < m.end() and m.start() < f.end for f in found):
            found.append(ContactMatch(m.start(), m.end(), m.group(), "email"))
    return sorted(found, key=lambda c: c.start)


def emails_equal(a: str, b: str) -> bool:
    return _canonical_email(a) == _canonical_email(b) != ""


_SPELLED_AT = re.compile(
    r"\s?(?:\((?:at|arroba)\)|\[(?:at|arroba)\]|\{(?:at|arroba)\}| at | arroba |@)\s?")
_SPELLED_DOT = re.compile(
    r"\s?(?:\((?:dot|punto)\)|\[(?:dot|punto)\]|\{(?:dot|punto)\}| dot | punto )\s?")


def _canonical_email(value: str) -> str:
    value = _SPELLED_AT.sub("@", value.strip().lower())
    return _SPELLED_DOT.sub(".", value).replace(" ", "")


# Digits written as words: "five five five, oh one four, two two nine oh" is a phone number.
_DIGIT_WORD_LIST = (
    "zero oh o one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred cero uno una dos tres cuatro cinco seis siete ocho nueve "
    "diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte "
    "veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete "
    "veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta noventa cien"
)
_DIGIT_WORDS = frozenset(_DIGIT_WORD_LIST.split())
_SPELLED_DIGITS = re.compile(
    r"(?<![\w])(?:(?:" + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True)) + r"|\d+|y|and)"
    r"(?:[ ,.\-/]{1,3}|$)){7,}"
)


_ENGLISH_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPANISH_DIGITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
                   "nueve")
_ONE_DIGIT = {**{w: str(i) for i, w in enumerate(_ENGLISH_DIGITS)},
              **{w: str(i) for i, w in enumerate(_SPANISH_DIGITS)},
              "oh": "0", "o": "0", "una": "1"}


def spelled_digits(run: str) -> str | None:
    """The digits of a phone written one digit a word ("five five five, oh one four ..."),
    or None when a word is not a single digit ("twenty-two"), so the number is unclear. A
    trailing "o"/"y"/"and" is the next clause ("..., o escriba a ...")."""
    tokens = re.findall(r"[a-z]+|\d+", run)
    while tokens and tokens[-1] in ("o", "y", "and"):
        tokens.pop()
    digits = []
    for token in tokens:
        if token.isdigit():
            digits.append(token)
        elif token in _ONE_DIGIT:
            digits.append(_ONE_DIGIT[token])
        else:
            return None
    return "".join(digits)


def find_spelled_contacts(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, "phone number") for runs of seven or more digits written as words in
    folded text (at least three of them words, so "555 0142" alone is left to find_phones)."""
    if sum(map(_DIGIT_WORDS.__contains__, words)) < 3:
        return []
    found = []
    for m in _SPELLED_DIGITS.finditer(text):
        run = m.group()
        if sum(1 for w in re.findall(r"[a-z]+", run) if w in _DIGIT_WORDS) >= 3:
            found.append((m.start(), m.start() + len(run.rstrip(" ,.-/")), "phone number"))
    return found
