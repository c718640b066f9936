"""`personal-identifier` for people: the reviewer's name, a name in a greeting or after a
thank-you, any given name in the reply (English and Spanish given-name lists,
`data/<lang>/given_names.txt`), a staff member named in a sentence about care, and the
people the review names (a relative, a clinician by title) or an age it gives, said again.

Names that are also ordinary words (Hope, Will, Grace, Mark; Rosa, Luz, Pilar) count only
when written with a capital inside a sentence and not as part of a longer proper name
("Grace Community Church"); a name the practice signs with (`signoff_names`) is allowed in
the closing line only.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from guardrails import lazy_re as re
from guardrails.document import Doc, Findings
from guardrails.hooks import about_visit
from guardrails.hooks.titles import cited_in_quotes
from guardrails.language import FUNCTION_WORDS
from guardrails.lexicon import TOKEN, split_words
from guardrails.patterns import matches, occurrences, search_at_words, word_gate
from guardrails.rules import en as rules_en
from guardrails.verdict import GuardContext
from guardrails.vocabulary import given_names

_GREETING = re.compile(
    r"(?:^|(?<=[.!?] ))(?:hi|hello|hey|dear|greetings|good morning|good afternoon|"
    r"good evening|hola|estimad[oa]|querid[oa]|buenos dias|buenas tardes|buenas noches),? "
    r"([a-z][a-z'-]+)"
)
_NOT_A_NAME = frozenset(TOKEN.findall(
    "there everyone everybody all friend friends neighbor neighbors neighbour folks reviewer "
    "valued guest guests team and thank thanks we our from to you usted ustedes todos amigo "
    "amiga amigos senor senora sir madam community again patient visitor customer google yelp "
    # Spanish generic addressees: "Estimado cliente," is no one's name
    "cliente clienta clientes vecino vecina vecinos lector lectora usuario usuaria visitante "
    "visitantes familia comunidad paciente"
))
# A name opening the reply ("Tom, ...") and a name closing a thank-you ("Thank you, Tom!"),
# as two scans: in one alternation "Thanks, Tom!" at the start was taken by the first branch.
_ADDRESSED_OPENING = re.compile(
    r"(?:(?:mr|mrs|ms|miss|dr|dra|sr|sra|srta|senor|senora|senorita|don|dona)\.? )?"
    r"([a-z][a-z'-]+),"
)
_ADDRESSED_THANKS = re.compile(
    r"\b(?:thanks|thank you|thank you so much|thanks so much|gracias|"
    r"muchas gracias|mil gracias),? ([a-z][a-z'-]+)(?=[!.,]| *$)"
)
_THANKS_WORDS = frozenset(["thanks", "thank", "gracias"])
# A name opening a later sentence and spoken to ("... Bobby, you made our week!").
_NAME_BEFORE_YOU = r"([a-z][a-z'-]+), (?=(?:you|your|you're|you've|you'll|u|usted|tu|te|le)\b)"
_ADDRESSED_INSIDE = re.compile(r"(?<=[.!?] )" + _NAME_BEFORE_YOU)
# The same from the sentence end: a scan in C that skips to the full stops (the lookbehind
# first is tried at every character); no match of it, no match of `_ADDRESSED_INSIDE`.
_ADDRESSED_INSIDE_HINT = re.compile(r"[.!?] " + _NAME_BEFORE_YOU)
# What every match of it holds, found by a scan for ", " (a literal the engine skips to):
# a comma and a word for the reader after it.
_READER_AFTER_COMMA = re.compile(r", (?:you|your|you're|you've|you'll|u|usted|tu|te|le)\b")
_DISCOURSE = frozenset(TOKEN.findall(
    "however again first firstly sadly unfortunately hello hi thanks welcome greetings friends "
    "everyone sir madam ma'am please yes no well indeed absolutely certainly note update lastly "
    "finally overall wow ok okay truly so hola gracias estimado estimada sinceramente bueno claro "
    "primero ademas saludos lamentablemente desafortunadamente amigos todos again folks neighbor "
    "neighbors team all everybody congrats congratulations honestly seriously"
))
_GREETING_WORDS = frozenset(TOKEN.findall(
    "hi hello hey dear greetings good hola estimado estimada querido querida buenos buenas"
))
_TITLE_WORDS = frozenset(TOKEN.findall(
    "dr dra doctor doc nurse np pa rn hygienist assistant therapist counselor midwife surgeon "
    "dentist mr mrs ms miss"
))
_TITLED_NAME = re.compile(rf"{rules_en.STAFF_TITLE}([a-z][a-z'-]+)")
_STRICT_TITLES = frozenset(TOKEN.findall(
    "doctor doc nurse hygienist assistant therapist counselor midwife surgeon dentist miss np pa rn"
))
# Capitalised words that are never a person here: months, weekdays, holidays.
_NEVER_PEOPLE = frozenset(TOKEN.findall(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "lunes martes miercoles jueves viernes sabado domingo navidad"
))
# A name followed by one of these is a place or an organisation ("Lincoln Avenue").
_PLACE_AFTER = frozenset(TOKEN.findall(
    "street st avenue ave road rd boulevard blvd drive lane ln way court ct place plaza park "
    "parkway square county city center centre hospital clinic medical dental health family "
    "building suite mall heights hills valley springs beach lake river church school college "
    "university high elementary middle pediatrics dentistry orthodontics group associates "
    "vision insurance plan plans network technique method protocol approach "
    "calle avenida plaza colonia hospital clinica centro escuela iglesia"
))
_PLACE_BEFORE = frozenset(TOKEN.findall("in near at on from to en de desde cerca"))
# "St. Mary's Regional", "San José": a saint's name names a place.
_SAINT_BEFORE = frozenset(TOKEN.findall("st saint san santa santo sta"))
# A street or a building named after a word before it: "la calle Pino", "avenida Juárez".
_STREET_BEFORE = frozenset(TOKEN.findall(
    "calle avenida av avda boulevard bulevar calzada camino paseo plaza colonia barrio edificio "
    "torre carrera carretera callejon pasaje"))


# Names that are also everyday words, not taken as a name after a greeting or a thank-you.
_WORD_NAMES = frozenset(TOKEN.findall(
    "will bill grace hope joy may june april august mark rose faith pat sue art dawn summer "
    "rich guy frank ray bob jack sunny star page lane king young price bishop love rock stone "
    "wood woods hill dale glen chase miles brook brooks reed wade penny ruby amber crystal iris "
    "lily daisy ivy holly olive sky river spring autumn winter carol robin jay drew dean earl gene "
    "hunter mason taylor harper destiny angel patience constance charity prudence honor "
    "trinity justice sol luz paz rocio dolores consuelo amparo angeles mercedes pilar rosario "
    "blanca clara esperanza"
))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words: set[str] = set(_WORD_NAMES)
    for vocabulary in FUNCTION_WORDS.values():
        words |= vocabulary
    return frozenset(words)


@lru_cache(maxsize=256)
def _folded_tokens(text: str) -> frozenset[str]:
    from guardrails.engine import folded

    return frozenset(TOKEN.findall(folded(text)))


def check(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    practice_words = _folded_tokens(ctx.practice_name)
    _reviewer_name(doc, ctx, found, practice_words)
    _addressed(doc, found, practice_words)
    _given_names(doc, ctx, found, practice_words)
    _titled_from_review(doc, ctx, found, practice_words)
    _relatives_from_review(doc, ctx, found, practice_words)
    _age_from_review(doc, ctx, found)
    _staff_in_care(doc, ctx, found)
    _honorific_name(doc, found, practice_words)


# A courtesy title for anyone who is not staff, before a capitalised word: "Díganle a doña
# Chela...", "our best to Mrs. Alvarez".
_HONORIFIC = re.compile(
    r"\b(?:dona|don|senora|senor|srta|sra|sr|mrs|mr|ms|miss)\.? ([a-z][a-z'-]+)")
_HONORIFIC_HINT = frozenset({"dona", "don", "senora", "senor", "srta", "sra", "sr", "mrs", "mr",
                             "ms", "miss"})


def _honorific_name(doc: Doc, found: Findings, practice_words: frozenset[str]) -> None:
    """Someone called by a courtesy title and a capitalised name, not in the closing line and
    not introduced as staff: a person from the review, whatever the name lists hold."""
    if doc.word_set.isdisjoint(_HONORIFIC_HINT):
        return
    closing = _closing_start(doc)
    for m in _HONORIFIC.finditer(doc.text):
        start, end = m.span(1)
        if (start >= closing or m.group(1) in practice_words or not doc.capitalised(start)
                or found.in_contact(start, end) or _introduced_as_staff(doc.text, start, end)
                or cited_in_quotes(doc, m.start(), end)):  # "words like 'Mr. Thirsty'"
            continue
        found.add("personal-identifier", "block", m.start(), end,
                  f"Names a person by title ('{doc.original(m.start(), end)}'): a reply must "
                  "not name the reviewer, their family or anyone else from the review",
                  "names.honorific")


_TITLES = ("dr", "dra", "doctor", "doctora", "nurse", "hygienist", "therapist", "mr", "mrs", "ms",
           "sr", "sra", "srta", "senor", "senora", "licenciada", "licenciado", "lic")
# A title is a whole word (a word boundary before it, "." or " " after it): a reply without
# one of them as a word holds no match.
_TITLED = re.compile(rf"\b(?:{'|'.join(_TITLES)})\.? ([a-z][a-z'-]+)")
_TITLE_SET = frozenset(_TITLES)


def _titled_from_review(doc: Doc, ctx: GuardContext, found: Findings,
                        practice_words: frozenset[str]) -> None:
    """A person the review names, called by title and surname ("Dr. Alvarez will be delighted
    to read this"): naming anyone from the review identifies the reviewer's care."""
    if not ctx.review:
        return
    if doc.word_set.isdisjoint(_TITLE_SET):
        return
    named: frozenset[str] | None = None  # read from the review once a title is found
    for m in _TITLED.finditer(doc.text):
        word = m.group(1)
        if named is None:
            named = _names_in(ctx.review[:20000])
        if (word in named and word not in practice_words and not found.in_contact(*m.span(1))
                and not _self_introduced(doc.text, m.start(1), m.end(1))):
            found.add("personal-identifier", "block", m.start(), m.end(),
                      f"Names '{doc.original(m.start(), m.end())}', whom the review names: a "
                      "reply must not name anyone from the review", "names.titled-from-review")


# A relative the review names, whatever the word: "my husband Raj loved working with...".
_RELATIVE_NAMED = re.compile(
    r"\b(?:husband|wife|son|daughter|mom|mother|dad|father|partner|boyfriend|girlfriend|grandson|"
    r"granddaughter|grandma|grandpa|brother|sister|baby|kid|child|nephew|niece|spouse|fianc[eé]e?|"
    r"hijo|hija|esposo|esposa|marido|mujer|mam[aá]|pap[aá]|nieto|nieta|hermano|hermana|novio|novia|"
    r"beb[eé]|sobrino|sobrina|abuela|abuelo),? ([A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+)")
# What every match holds: the relative's last letter, maybe a comma, a space, a capital. A
# scan for it skips most reviews; the alternation above is tried at every character. (The
# scan stops at the capitals, far fewer than the small letters, and looks behind them.)
_RELATIVE_HINT = re.compile(r"[A-ZÁÉÍÓÚÑ](?:(?<=[a-záé] .)|(?<=[a-záé], .))")


def _relatives_from_review(doc: Doc, ctx: GuardContext, found: Findings,
                           practice_words: frozenset[str]) -> None:
    """A relative the review names ("my husband Raj"), written with a capital in the reply:
    a name even when it is also an ordinary word or on no list."""
    review = ctx.review[:20000]
    if not review or not _RELATIVE_HINT.search(review):
        return
    named = _folded_tokens(" ".join(_RELATIVE_NAMED.findall(review))) - practice_words
    if not named or named.isdisjoint(doc.word_set):
        return
    words, starts = doc.columns
    for word, start in zip(words, starts, strict=True):
        end = start + len(word)
        if word in named and doc.capitalised(start) and not found.in_contact(start, end):
            found.add("personal-identifier", "block", start, end,
                      f"Names '{doc.original(start, end)}', a relative the review names: a reply "
                      "must not name anyone from the review", "names.relative-from-review")


# Numbers an age is written with, English and Spanish (folded), to their value.
_NUMBER_WORDS = {word: value for value, spellings in enumerate([
    "", "one uno una", "two dos", "three tres", "four cuatro", "five cinco", "six seis",
    "seven siete", "eight ocho", "nine nueve", "ten diez", "eleven once", "twelve doce",
    "thirteen trece", "fourteen catorce", "fifteen quince", "sixteen dieciseis",
    "seventeen diecisiete", "eighteen dieciocho", "nineteen diecinueve", "twenty veinte"])
    for word in spellings.split()}
_AGE_NUMBER = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# An age the review gives: "my 82-year-old mother", "age 6", "mi hijo de 6 años" (not a
# duration: "esperé 2 meses").
_REVIEW_AGE = re.compile(
    rf"\b{_AGE_NUMBER}(?:[- ](?:year|yr|month|week)s?[- ]old\b|\s?(?:yo|y/o)\b| anitos\b)"
    rf"|\b(?:age|aged|edad de) {_AGE_NUMBER}\b"
    rf"|\b(?:turned|turning|turns|is now|cumplio|cumplira) {_AGE_NUMBER}\b"
    # "had my first baby at 42", "cuando tenía 16", "a los 43" (13 or more: no clock time)
    # "I'm 72 and had to stand" (the reader's own age)
    r"|\b(?:when i was|when she was|when he was|cuando tenia|a los|at|i'm|i am|im|i'll be|"
    r"she's|he's|she is|he is|(?:husband|wife|mom|mother|dad|father|grandma|grandpa|grandmother|"
    r"grandfather|son|daughter|partner) is) (1[3-9]|[2-9]\d|10\d)\b"
    r"(?![:.,]\d| ?(?:am|pm|a\.m|p\.m|%|percent|minutes|mins|min|minutos|dollars|dolares|weeks|"
    r"semanas|days|dias|hours|horas|miles|km|pounds|lbs|feet)\b|(?:st|nd|rd|th)\b)"
    rf"|\b(?:de|tiene|tenia|tengo|tenemos|cumplio|cumple|cumpli|cumplo|mis|sus) {_AGE_NUMBER} "
    r"(?:anos|anitos)\b"
    r"|^at (\d{2,3}),? (?:i|we|my|he|she)\b|(?<=[.!?] )at (\d{2,3}),? (?:i|we|my|he|she)\b"
    rf"|\b(?:bebe|hij[oa]|nin[oa]|niet[oa]|peque) de {_AGE_NUMBER} meses\b")
# The number said again as an age: "a mom who is 82", "a big deal at six", "a los 6 años".
_AGE_AGAIN = re.compile(
    r"(?:\b(?:at|age|aged|is|are|was|turn|turning|turned|turns|who's|being|a los|con|de|"
    r"cumplir|cumple) |(?<!for )(?<!over )(?<!than )(?<!since )(?<!in )\b)"
    rf"{_AGE_NUMBER}\b(?![:.,]?\d)(?! ?(?:%|a\.?m\b|p\.?m\b|o'clock|minutes?|mins?|hours?|"
    r"hrs?|minutos|horas|dollars|dolares|percent|por ciento)\b)")


# "a six-year-old", "seis añitos": the number written as an age by what follows it.
_AGE_AFTER = re.compile(r"[- ](?:year|yr|month)s?[- ]old\b|-(?:year|month)\b| anitos\b")


_ASCII_DIGIT = re.compile(r"[0-9]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _has_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)`, scanned in C: an ASCII digit, or a non-ASCII
    character str.isdigit accepts ("²", "٣")."""
    return _ASCII_DIGIT.search(text) is not None or (
        not text.isascii() and any(map(str.isdigit, _NON_ASCII.findall(text))))


def _age_value(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


def _review_age_groups(review: str) -> list[tuple[str | None, ...]]:
    """The groups of every `_REVIEW_AGE` match in the folded review, as `findall` gives
    them (None or "" for a group that took no part). An ASCII review is tried only at the
    words an age can begin with (`word_gate`): in ASCII, a word boundary before a letter or
    digit is a word start and a digit is one the gate's keys know."""
    gate = word_gate(_REVIEW_AGE.pattern)
    if gate is None or not review.isascii():
        return _REVIEW_AGE.findall(review)
    words, starts = split_words(review)
    admitted = gate.admitted(words)
    if admitted.isdisjoint(words):
        return []
    positions = list(compress(starts, map(admitted.__contains__, words)))
    return [m.groups() for m in matches(_REVIEW_AGE, review, positions)]


def _age_from_review(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    """An age the review gives, said again in the reply ("Caring for a mom who is 82...",
    "a big deal at six"): it points at the reviewer's family as surely as a name. A number
    of 13 or more counts wherever it stands; a smaller one, or one in words, only as an
    age (after "at", "is", "age"... or before "years", "años")."""
    if not ctx.review or (not _has_digit(doc.text)
                          and doc.word_set.isdisjoint(_NUMBER_WORDS)):
        return
    ages = {_age_value(next(filter(None, groups), ""))
            for groups in _review_age_groups(doc.fold_context(ctx.review[:20000]).strip())}
    ages.discard(0)
    if not ages:
        return
    for m in _AGE_AGAIN.finditer(doc.text):
        value = _age_value(m.group(1))
        if value not in ages or found.in_contact(m.start(1), m.end(1)):
            continue
        as_age = m.start(1) > m.start() or _AGE_AFTER.match(doc.text, m.end(1))
        if not (as_age or (m.group(1).isdigit() and value >= 13)):
            continue
        found.add("personal-identifier", "block", m.start(1), m.end(1),
                  f"Repeats an age the review gives ('{doc.original(m.start(1), m.end(1))}'): "
                  "identifies the reviewer or their family", "names.age-from-review")


# Words of an organisation's name, never a person's: a reviewer shown as "Westview PTA" or
# "Club de Leones" is a group, and "the PTA" in the reply names no one.
_ORGANISATION_WORDS = frozenset((
    "pta", "pto", "ptsa", "ptso", "hoa", "ymca", "ywca", "vfw", "club", "clubs", "league",
    "association", "foundation", "committee", "council", "society", "coalition", "alliance",
    "scouts", "troop", "booster", "boosters", "inc", "llc", "nonprofit", "asociacion",
    "fundacion", "comite", "consejo", "sociedad", "liga", "coalicion", "alianza", "patronato"))


def _organisation_acronyms(display_name: str) -> frozenset[str]:
    """Acronyms of three or more capitals in a display name that is not written in capitals
    throughout ("Westview PTA", "Lincoln PTSO"): an organisation's, not a person's name."""
    words = re.findall(r"[A-Za-z]+", display_name)
    if len(words) < 2 or all(w.isupper() for w in words):
        return frozenset()
    return frozenset(w.lower() for w in words if len(w) >= 3 and w.isupper())


def _reviewer_name(doc: Doc, ctx: GuardContext, found: Findings,
                   practice_words: frozenset[str]) -> None:
    from guardrails.engine import folded
    from guardrails.vocabulary import known_word

    common = _common_words()
    names, also_words = given_names()
    handle = " ".join(folded(ctx.reviewer_name).split())  # folded names are cached
    if len(handle) >= 4 and not handle.replace(" ", "").isalpha():
        # A display handle written whole ("JennyB_runs", "mike.r.88"): the reviewer's name.
        # Tried only where the handle occurs (`str.find`): the lookbehind first would be
        # tried at every character.
        written = re.compile(rf"(?<![\w.@-]){re.escape(handle)}(?![\w@-]|\.\w)")
        places = occurrences(doc.text, handle)
        for m in matches(written, doc.text, places) if places else ():
            found.add("personal-identifier", "block", m.start(), m.end(),
                      "Names the reviewer by their display name: a reply must not identify "
                      "the reviewer", "names.reviewer")
    _reviewer_initials(doc, ctx, found)
    acronyms = _organisation_acronyms(ctx.reviewer_name)
    for token in _folded_tokens(ctx.reviewer_name):
        if len(token) < 2 or token in practice_words or token.isdigit():
            continue
        if token in _ORGANISATION_WORDS or (token in acronyms and token not in names):
            continue  # "Westview PTA": "the PTA" is the group, not the reviewer's name
        if token not in doc.word_set:
            continue  # a whole-word match of a [a-z0-9]+ token is always one of the words
        # A display name that is an ordinary word ("Parking", "Estafadores", "Hope") counts
        # only where it is written as a name.
        ordinary = token in common or token in also_words or (
            token not in names and known_word(token))
        for m in _whole_word(token).finditer(doc.text):
            if ordinary and not _capitalised_mid_sentence(doc, m.start()):
                continue
            found.add("personal-identifier", "block", m.start(), m.end(),
                      "Names the reviewer: a reply must not identify the reviewer",
                      "names.reviewer")


def _reviewer_initials(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    """A reviewer shown by initials only ("J. R."), written back in the reply ("Thanks
    J.R.!"): their name as surely as a whole one."""
    from guardrails.engine import folded

    letters = TOKEN.findall(folded(ctx.reviewer_name))
    if len(letters) < 2 or not all(len(t) == 1 and t.isalpha() for t in letters):
        return
    initials = re.compile(r"(?<![\w.])" + r"\.? ?".join(letters) + r"\.?(?!\w)")
    for m in initials.finditer(doc.text):
        if not found.in_contact(m.start(), m.end()):
            found.add("personal-identifier", "block", m.start(), m.end(),
                      "Names the reviewer by their initials: a reply must not identify the "
                      "reviewer", "names.reviewer-initials")


def _addressed(doc: Doc, found: Findings, practice_words: frozenset[str]) -> None:
    text, words, common = doc.text, doc.word_set, _common_words()
    # A greeting followed by any name ("Hi Vera").
    for m in (search_at_words(_GREETING, doc) if words & _GREETING_WORDS else ()):
        word = m.group(1)
        if word in _NOT_A_NAME or word in common or not _name_like(word):
            continue
        if re.match(r" (?:here|aqui)(?=[ ,.:;!-]|$)", text[m.end(1) : m.end(1) + 8]):
            continue  # "Hi, Lori here - I'm the office manager": the writer, not the reader
        found.add("personal-identifier", "block", m.start(1), m.end(1),
                  "Greets the reviewer by name: a reply must not identify the reviewer",
                  "names.greeting")
    # A name opening the reply ("Tom, thanks...") or closing a thank-you ("Thank you, Tom!").
    opening = _ADDRESSED_OPENING.match(text)
    thanks = search_at_words(_ADDRESSED_THANKS, doc) if not words.isdisjoint(_THANKS_WORDS) else ()
    inside = (_ADDRESSED_INSIDE.finditer(text)
              if ", " in text and _READER_AFTER_COMMA.search(text)
              and _ADDRESSED_INSIDE_HINT.search(text) else ())
    for m in [*([opening] if opening else []), *thanks, *inside]:
        word = m.group(1)
        if (word in _NOT_A_NAME or word in common or word in _DISCOURSE or word in practice_words
                or word in _TITLE_WORDS or not (_name_like(word) or m.start(1) > m.start())
                or word.endswith("ly") or not doc.capitalised(m.start(1))):
            continue
        found.add("personal-identifier", "block", m.start(1), m.end(1),
                  "Addresses the reviewer by name: a reply must not identify the reviewer",
                  "names.addressed")


# Programs written in capitals that are also given names ("Medicaid y CHIP").
# Health programs and professional bodies written in capitals ("CHIP", "ADA guidelines").
_PROGRAM_ACRONYMS = frozenset({"chip", "ada", "aap", "aao", "aad", "acog", "ama", "aoa", "apta",
                               "cdc", "fda", "oms", "who", "nih", "aha", "ana"})


def _acronym(doc: Doc, start: int, end: int) -> bool:
    """A health program's acronym in capitals ("CHIP"), not a name; any other name in
    capitals ("Give NOAH a high five") is still a name."""
    return doc.text[start:end] in _PROGRAM_ACRONYMS and doc.original(start, end).isupper()


def _given_names(doc: Doc, ctx: GuardContext, found: Findings,
                 practice_words: frozenset[str]) -> None:
    """Any given name: a child, a spouse, a staff member named to the reader."""
    names, also_words = given_names()
    candidates = (doc.word_set & names) - practice_words - _NEVER_PEOPLE
    if not candidates:
        return
    signoff = _folded_tokens(" ".join(ctx.signoff_names))
    closing = _closing_start(doc)
    review_words: frozenset[str] | None = None  # folded when a candidate needs them
    staff_end = -1  # where the last staff member's name ends
    words, starts = doc.columns
    for i in compress(range(len(words)), map(candidates.__contains__, words)):
        word, start = words[i], starts[i]
        end = start + len(word)
        if not doc.capitalised(start):
            continue  # only a capitalised word is a name (`_written_as_name`), tested first
        if found.in_contact(start, end):
            continue
        if word in signoff and start >= closing:
            continue
        if review_words is None:
            review_words = _folded_tokens(f"{ctx.review[:20000]} {ctx.reviewer_name}")
        if start >= closing and _signature(doc.text, start, end, review_words):
            continue  # "— Dr. Héctor Salas": the clinician signing, no one from the review
        if _verb_opening(doc, start, end):
            continue  # "Leo personalmente cada reseña": "I read", not Leo
        if word == "ty" and _THANKS_AFTER.match(doc.text, end):
            continue  # "Ty for the feedback!": "thank you", not Ty
        if _in_place_name(doc, start) or _titled_thing(doc, start, end):
            continue  # "Plaza Médica del Valle", "la Regla de Anteojos": a place or a rule
        if _acronym(doc, start, end):
            continue  # "Medicaid y CHIP": a program in capitals, not a name
        if staff_end >= 0 and doc.text[staff_end:start] == " ":
            staff_end = end
            continue  # "Ana Lucía Paz", "Sam Ellis": the rest of a staff member's name
        if _self_introduced(doc.text, start, end):
            staff_end = end
            continue  # "I'm Dr. Reyes, and I read every review myself": the writer
        if word not in review_words and _introduced_as_staff(doc.text, start, end):
            staff_end = end
            continue  # "this is Karen, the office manager", "pregunte por Amparo en facturación"
        # A name that is also a word ("Linda", "Hope") is a name for sure when the review
        # writes it as one ("Linda at the front desk").
        also_a_word = word in also_words and word not in _names_in(ctx.review[:20000])
        if not _written_as_name(doc, start, end, also_a_word):
            continue
        found.add("personal-identifier", "block", start, end,
                  f"Names a person ('{doc.original(start, end)}'): a reply must not name the "
                  "reviewer, their family or anyone else from the review", "names.given-name")


_OF_BEFORE = re.compile(r"([a-z]+) (?:del|de la|de los|de las|de|of the|of) $")


_THANKS_AFTER = re.compile(r" (?:for|so much|again|all)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:la|el|las|los|the) $")
_OF_AFTER = re.compile(r" (?:de|del|de la|de los|of|of the) ")


def _titled_thing(doc: Doc, start: int, end: int) -> bool:
    """The name follows an article and opens a capitalised title joined by "de"/"of" ("la
    Regla de Anteojos", "the Grace of God Clinic"): a thing, not a person."""
    after = _OF_AFTER.match(doc.text, end)
    return (after is not None and _ARTICLE_BEFORE.search(doc.text, max(0, start - 4), start)
            is not None and doc.capitalised(after.end()))


def _in_place_name(doc: Doc, start: int) -> bool:
    """The name ends a capitalised name of a place joined by "del"/"of the" ("Plaza Médica
    del Valle", "Our Lady of the Rosary")."""
    m = _OF_BEFORE.search(doc.text, max(0, start - 30), start)
    return m is not None and doc.capitalised(m.start(1))


# After a Spanish first-person verb that is also a name ("Leo", "Amparo", "Consuelo"), what
# no subject is followed by: an adverb in -mente, "cada", "todas", "todos".
_AFTER_A_VERB = re.compile(r" (?:[a-z]+mente|cada|todas|todos|con (?:mucha )?atencion)\b")


def _verb_opening(doc: Doc, start: int, end: int) -> bool:
    """The word opens a Spanish sentence as its verb ("Leo personalmente cada reseña")."""
    if not _AFTER_A_VERB.match(doc.text, end):
        return False
    sentence_start, _ = doc.sentence_of(start)
    # An editor's note in brackets before it ("[Nota de la gerente:] Leo cada reseña").
    if re.sub(r"\[[^\]]*\]|\([^)]*\)", "", doc.text[sentence_start:start]).strip(" -\u2022*:"):
        return False
    return (doc.sentence_language or {}).get(sentence_start) == "es"


# The lookahead of the capital every match begins with lets the regex engine skip to the
# capitals in C instead of trying the lookbehinds at every character.
_CAPITALISED = re.compile(
    r"(?=[A-ZÁÉÍÓÚÑ])(?:"
    r"(?:(?<=[^\W\d_] )|(?<=\bDr\. )|(?<=\bDra\. )|(?<=\bMr\. )|(?<=\bMs\. )|(?<=\bMrs\. ))"
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+)"  # inside a sentence, also after a title
    # A season or month opening a sentence is a time ("Spring in this valley is brutal")
    # unless "at", "from" or "'s" makes it someone ("May at the front desk").
    r"|(?:^|(?<=[.!?] ))(?!(?:Spring|Summer|Autumn|Winter|April|May|June|August)\b"
    r"(?!'s\b|,? (?:at|from)\b))"
    r"(?!(?:Hope|Will|May|Wish|Pray|Let|Make|Tell|Ask|Thank)\b,? (?:the|our|la|el) )"  # verbs
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+)(?='s\b|,? (?:at|from|in|and|&|was|is|were|"
    r"made|helped|did|took|gave|went|has|had|always|de|del|en|y|fue|es|nos|me)\b"
    # ...or by a role: "Rosa the interpreter is the best", "Rosa, la recepcionista".
    r"|,? (?:the|our|la|el|nuestra|nuestro) (?:[a-z]+ )?(?:interpreter|receptionist|nurse|"
    r"hygienist|assistant|doctor|dentist|tech|technician|manager|therapist|coordinator|"
    r"scheduler|translator|int[eé]rprete|recepcionista|enfermer[oa]|higienista|asistente|doctora|"
    r"dentista|t[eé]cnic[oa]|gerente|terapeuta|coordinador|coordinadora|traductor|traductora)\b))")


@lru_cache(maxsize=256)
def _names_in(review: str) -> frozenset[str]:
    """Folded words the review writes as a person's name: with a capital inside a sentence,
    or opening one as its subject ("Linda at the front desk was...")."""
    return _folded_tokens(" ".join(a or b for a, b in _CAPITALISED.findall(review)))


_SIGNING = re.compile(
    r"(?:^|[-—:,] |\b(?:sincerely|regards|best|cordially|respectfully|thanks|thank you|warmly|"
    r"atentamente|cordialmente|saludos(?: cordiales)?|gracias|respetuosamente),? )"
    r"(?:dr|dra|doctor|doctora)\.?(?: [a-z][a-z'-]+)? $")
_SURNAME = re.compile(r" ([a-z][a-z'-]+)")


def _signature(text: str, start: int, end: int, review_words: frozenset[str]) -> bool:
    """A clinician signing the closing line with their title ("— Dr. Héctor Salas"), neither
    the name nor the word after it (a surname) found in the review. A bare first name ("—
    Maria") passes only when it is one of the practice's `signoff_names`; with a role after it
    ("— Kelsey, Treatment Coordinator") it is staff introduced by role."""
    if text[start:end] in review_words or not _SIGNING.search(text, max(0, start - 40), start):
        return False
    surname = _SURNAME.match(text, end)
    return surname is None or surname.group(1) not in review_words


def _name_like(word: str) -> bool:
    """A given name, or a word no list knows ("Xochitl"); not "aww", "clinic", "soy" or a
    clinical word opening a list of services ("Whitening, cleanings and exams...")."""
    from guardrails.lexicon import clinical_lexicon
    from guardrails.vocabulary import known_word

    if word in given_names()[0]:
        return True
    if _INTERJECTION.fullmatch(word):
        return False  # "Eeee, five stars?!", "Eek, thank you!!"
    return not known_word(word) and word not in clinical_lexicon("en+es")


# Sounds, not names: a letter drawn out ("eeee", "ahhh") or a common exclamation.
_INTERJECTION = re.compile(r"[a-z]*([a-z])\1\1[a-z]*|eek|eep|yikes|yay+|woo+(?:hoo+)?|whoo+|"
                           r"ooh|aww+|omg|wow|whoa|ahh+|phew|whew|yeehaw|woot|oops|ugh|hmm+|"
                           r"jaja(?:ja)*|jeje(?:je)*|ay+|uf+|guau|uy+")


_STAFF_ROLE = (r"(?:office|practice|clinic|billing|front desk|patient|care|practice|operations|"
               r"financial|treatment|insurance|scheduling|new patient|intake|"
               r"site|nurse|clinical)? ?(?:manager|coordinator|administrator|director|supervisor|"
               r"advocate|lead|representative|receptionist|owner|mgr|aide|front desk|gerente|"
               r"founder|co-?founder|fundador[a]?|cofundador[a]?|"
               r"responsable|jefa|jefe|coordinador[a]?|administrador[a]?|directora?|supervisor[a]?|"
               r"recepcionista|encargad[oa]|duen[oa])"
               r"(?: de (?:la )?(?:oficina|recepcion|facturacion|atencion(?: al paciente)?|"
               r"administracion|direccion|pacientes|operaciones|clinica|consultorio))?")
_INTRODUCING = re.compile(
    r"\b(?:this is|i am|i'm|my name is|it's|soy|me llamo|le saluda|habla|ask for|asking for|"
    r"speak with|speak to|talk to|talk with|pregunte por|pregunta por|preguntar por|hable con|"
    r"habla con|hablar con) $")
# Whom to ask for when calling: "call (555) 014-2290 and ask Carmen to...", "llame al ... y
# pida a Carmen que le anote".
_ASK_WHEN_CALLING = re.compile(
    r"\b(?:call|phone|llame|llamenos|llama|llamanos|marque)\b[^.!?]{0,60} (?:and|y) "
    r"(?:ask|ask for|pida a|pidale a|pidele a|pregunte por|pida hablar con) $")
_ROLE_AFTER = re.compile(
    rf"(?: here| aqui)?(?:,| -|:| \()? ?(?:i'm |i am |soy )?(?:the |our |your |la |el |su |"
    rf"nuestr[oa] |in |en |from |de |at |of )?(?:[a-z]+\.?,? ){{0,2}}?(?:{_STAFF_ROLE}|billing|"
    rf"facturacion|front desk|recepcion|coordinacion|administracion|gerencia|atencion al "
    rf"paciente)\b")


# A new member of the team announced: "please welcome certified nurse-midwife Laila Ahmadi",
# "Dr. Amara Osei, a board-certified family physician, has joined", "Hannah Sato, DPT".
_CLINICIAN = (r"(?:physician|doctor|dentist|hygienist|orthodontist|therapist|midwife|nurse|"
              r"practitioner|optometrist|ophthalmologist|surgeon|specialist|provider|counselor|"
              r"pediatrician|dermatologist|audiologist|chiropractor|psychologist|psychiatrist|"
              r"assistant|medica|medico|doctora|dentista|higienista|terapeuta|enfermera|"
              r"enfermero|especialista|partera|optometrista|pediatra|psicologa|psicologo|"
              r"oftalmologa|oftalmologo|cirujana|cirujano|dermatologa|dermatologo|fisioterapeuta|"
              r"ortodoncista|odontologa|odontologo|odontopediatra|ginecologa|ginecologo|obstetra|"
              r"quiropractica|quiropractico|psiquiatra|nutriologa|nutriologo|nutricionista)")
_ROLE_BEFORE = re.compile(
    rf"\b(?:our|the|nuestr[oa]|la|el) (?:{_STAFF_ROLE}|(?:[a-z-]+ ){{0,2}}(?:manager|coordinator|"
    rf"director|supervisor|lead|technician|tech|gerente|coordinador[a]?|directora?|tecnic[oa])"
    rf"(?: de [a-z]+)?),? (?:(?:la |el )?[a-z]+\.? )?$"
    # A clinician only as an apposition of "our": "our licensed massage therapist, Ana Petrov"
    # ("la doctora Reyes me pidió decirle..." names the reader's clinician).
    rf"|\b(?:our|nuestr[oa]) (?:[a-z-]+ ){{0,2}}(?:therapist|specialist|terapeuta|especialista|"
    rf"{_CLINICIAN[3:-1]})(?: de [a-z]+)?, (?:(?:dr|dra)\.? )?$")
_WELCOMED_BEFORE = re.compile(
    r"\b(?:welcome|welcoming|introduce|introducing|meet|say hello to|joined by|damos la "
    r"bienvenida al?|dar la bienvenida al?|le presentamos a|les presentamos a|presentamos a|"
    r"presentar a|presentarles a|presentarle a|conozca a|conozcan a|se une a nosotros|se suma "
    r"al equipo|se incorpora al equipo|se incorpora|se (?:ha unido|unio|une|ha sumado|sumo|"
    r"ha incorporado|incorporo) a (?:nuestro equipo|nosotros|el equipo|nuestra clinica|"
    r"nuestro consultorio)|"
    # Joining a clinician already on the team: "se unirá a la Dra. Marín", "will join Dr. Lee".
    r"(?:se (?:unira|une|sumara|suma|incorporara) a|(?:will|to) join|joins|is joining|"
    r"will be joining|will work alongside|trabajara junto a|work alongside))"
    r"(?: (?:our|the|new|newest|certified|board-certified|licensed|bilingual|dr\.?|dra\.?|"
    r"doctor|doctora|nuestr[oa]|nuev[oa]|la|el|[a-z-]*" + _CLINICIAN[3:-1] + r"|nurse-midwife|"
    r"family|pediatric|physical|[a-z-]*" + _CLINICIAN + r"(?: [a-z-]+){1,2},))+ $")
_WELCOMED_AFTER = re.compile(
    r"(?: [a-z'-]+){0,2}?,? (?:(?:dpt|md|do|dds|dmd|np|fnp|pa|pa-c|rn|cnm|od|lcsw|lpc|phd|psyd|"
    r"aud|dc|mph)\b|(?:[a-z-]+ )?" + _CLINICIAN + r"\b|(?:who )?(?:has (?:just |recently )?"
    r"joined|is joining|joins|joined|will be joining|will join|is now (?:accepting|seeing)|se "
    r"(?:une|unio|unieron|ha unido|han unido|incorpora|incorporo|incorporaron|sumaron|unira|"
    r"uniran|sumara|sumaran|incorporara|incorporaran)|se ha "
    r"incorporado)\b|(?:to|a) (?:our|the|"
    r"nuestro|el) (?:team|practice|office|equipo|consultorio|clinica)\b|(?:a|an|our|una|un|"
    r"nuestr[oa]) (?:new |newest |nuev[oa] )?(?:board-certified |licensed |certified |"
    r"experienced |bilingual )?(?:[a-z-]+ )?" + _CLINICIAN + r"\b)")
# Where a sentence ends: not after a title ("Dr. Hannah Sato").
_SENTENCE_END = re.compile(  # the lookahead first: candidates are found in C
    r"(?=[.!?] )(?<!\bdr)(?<!\bdra)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bsr)(?<!\bsra)[.!?] ")
# The sentence announces someone new: without it, "we loved seeing Noah, nurse extraordinaire"
# would pass as an introduction.
_ANNOUNCING = re.compile(
    r"\b(?:join|joins|joined|joining|welcome|welcoming|new|newest|introduce|introducing|meet|"
    r"accepting|starts|starting|announce|announcing|se une|se suma|se incorpora|incorpora|"
    r"bienvenida|presentar|presentamos|presentarles|nuev[oa]|atendera|comienza|empieza|"
    r"se ha unido|se unio|se ha sumado|se sumo|se ha incorporado|se incorporo|se unira|"
    r"se sumara|se incorporara|will join)\b")


_READER = re.compile(r"\b(?:you|your|you're|usted|ustedes|su|sus|tu|tus|te|le)\b")


_CREDENTIAL_BEFORE = re.compile(r"\b(?:pa|np|rn|dr|dra|nurse|doctor|doctora|asistente medica|"
                                r"asistente medico)\.? $")


def _welcomed(text: str, start: int, end: int) -> bool:
    """A new member of the team announced around the name at `start`..`end` ("we've just
    welcomed...", "PA Lucia Ferrer, who is fluent in Spanish, joined our team")."""
    before = text[max(0, start - 80) : start]
    if not (_WELCOMED_BEFORE.search(before) or _WELCOMED_AFTER.match(text, end)
            or _CREDENTIAL_BEFORE.search(before)):
        return False
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    stop = _SENTENCE_END.search(text, end)
    return _ANNOUNCING.search(text, starts[-1] if starts else 0,
                              stop.start() if stop else len(text)) is not None


_SELF_BEFORE = re.compile(r"\b(?:this is|i am|i'm|my name is|soy|me llamo|le saluda|les saluda|"
                          r"le escribe)(?: (?:la|el))?(?: (?:dr|dra|doctor|doctora)\.?)? $")
_TITLE_BEFORE = re.compile(r"\b(?:dr|dra|doctor|doctora)\.? $")
_SELF_AFTER = re.compile(r" (?:here|aqui)\b")


def _self_introduced(text: str, start: int, end: int) -> bool:
    """The writer introducing themselves ("I'm Dr. Reyes", "This is Dr. Warren", "Dr. Warren
    here"): the one who answers, also when the review names them, is no one's care."""
    before = text[max(0, start - 40) : start]
    return bool(_SELF_BEFORE.search(before)
                or (_SELF_AFTER.match(text, end) and _TITLE_BEFORE.search(before)))


def _introduced_as_staff(text: str, start: int, end: int) -> bool:
    """A staff member introduced by role to take the reader's call ("this is Karen, the
    office manager", "ask for Amy in billing", "nuestra gerente, Claudia"), or a new member of
    the team announced ("please welcome nurse-midwife Laila Ahmadi", "Dr. Amara Osei, a
    board-certified family physician, has joined"): the practice's own people, not a person
    from the review."""
    before = text[max(0, start - 50) : start]
    return bool(_INTRODUCING.search(before) or _ROLE_BEFORE.search(before)
                or _ASK_WHEN_CALLING.search(text, max(0, start - 70), start)
                or _ROLE_AFTER.match(text, end) or _welcomed(text, start, end))


# The streets of a corner: "at the corner of Kendall and 4th", "en la esquina de Madison y Pino".
_CORNER_BEFORE = re.compile(
    r"\b(?:corner of|intersection of|esquina de|esquina con|cruce de)"
    r"(?: [a-z0-9]+(?: street| avenue| st| ave| road)? (?:and|y|&|con))? $")


def _written_as_name(doc: Doc, start: int, end: int, also_a_word: bool) -> bool:
    if not doc.capitalised(start):
        return False
    text = doc.text
    after = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    if after and after.group() in _PLACE_AFTER:
        return False
    sentence_start, _ = doc.sentence_of(start)
    # Words before it in the sentence; a bullet or a dash opening a list item is no word.
    before = [w for w in text[sentence_start:start].split() if any(c.isalnum() for c in w)]
    if before and before[-1] in _PLACE_BEFORE and also_a_word:
        return False
    if before and before[-1].rstrip(".") in _SAINT_BEFORE:
        return False  # "St. Mary's Regional Medical Center": a place
    if before and (before[-1] in _STREET_BEFORE or (
            len(before) >= 2 and before[-1] in ("del", "de") and before[-2] in _STREET_BEFORE)):
        return False  # "entrando por la calle Pino", "Plaza del Sol": a place, not a person
    if _CORNER_BEFORE.search(text, max(sentence_start, start - 40), start):
        return False  # "at the corner of Kendall and 4th": a street
    if not also_a_word:
        return True
    # A word that is also a name: only inside a sentence (not at the start of a line or of a
    # list item: "• Early-morning appointments", "• Una nueva fisioterapeuta"), and not within
    # a run of capitalised words ("Grace Community Church", "Hope Street").
    if start == sentence_start or not before or _opens_line(doc, start):
        return False
    if after and doc.capitalised(after.start()):
        return False
    previous = re.search(r"([a-z]+)\W*$", text[max(sentence_start, start - 30) : start])
    return not (previous and doc.capitalised(start - len(previous.group(0))))


_BULLETS = frozenset("•◦▪▫‣●○·*-–—>")


def _opens_line(doc: Doc, start: int) -> bool:
    """The word at folded `start` is the first word of a line or of a list item."""
    pos = doc.norm.to_original(start, start + 1)[0] - 1
    reply = doc.reply
    while pos >= 0 and reply[pos] in " \t":
        pos -= 1
    if pos >= 0 and reply[pos] in _BULLETS:
        pos -= 1
        while pos >= 0 and reply[pos] in " \t":
            pos -= 1
    return pos < 0 or reply[pos] in "\n\r"


def _closing_start(doc: Doc) -> int:
    """Where the closing line starts (folded offset): the last line of the reply, or its
    last sentence when the reply is one line."""
    last_break = doc.reply.rstrip().rfind("\n")
    if last_break < 0:
        return doc.sentence_starts[-1]
    return doc.norm.folded_count_upto(last_break)


def _staff_in_care(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    """A staff member's name in a sentence about a visit or care ("Dr. Lowe" + "your exam")."""
    from guardrails.engine import clinical_matches

    if doc.word_set.isdisjoint(_TITLE_WORDS):
        return  # no title, no staff member named by one
    text, common = doc.text, _common_words()
    closing = _closing_start(doc)
    for m in _TITLED_NAME.finditer(text):
        title = text[m.start() : m.start(1)].strip(" .")
        name = m.group(1)
        if name in common and not doc.capitalised(m.start(1)):
            continue
        if title in _STRICT_TITLES and not doc.capitalised(m.start(1)):
            continue
        if m.start() >= closing and _signature(
                text, m.start(1), m.start(1) + len(name), _folded_tokens(
                    f"{ctx.review[:20000]} {ctx.reviewer_name}")):
            continue  # "- Dr. Ellen Park, Cedar Ridge Orthodontics": the clinician signing
        start, end = doc.window(m.start())
        if _welcomed(text, m.start(1), m.start(1) + len(name)) and not _READER.search(
                text, start, end) and name not in _folded_tokens(ctx.review[:20000]):
            continue  # "this fall we're welcoming Dr. Hannah Sato, DPT, who specializes in..."
        clinical = clinical_matches(text[start:end], tuple(ctx.extra_clinical_terms))
        if about_visit(doc, start, end) or clinical:
            found.add("personal-identifier", "block", m.start(), m.end(),
                      "Names a staff member in a sentence about a visit or care: identifies "
                      "the reviewer's encounter", "names.staff-in-care")


@lru_cache(maxsize=512)
def _whole_word(token: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(token)}\b")


def _capitalised_mid_sentence(doc: Doc, pos: int) -> bool:
    """Capitalised, and not the first word of its sentence or of a line (a sign-off line:
    "Kind regards,\nOffice of Patient Advocacy")."""
    start, _ = doc.sentence_of(pos)
    if pos == start or not doc.capitalised(pos):
        return False
    at, _ = doc.norm.to_original(pos, pos + 1)
    return not doc.reply[max(0, at - 8) : at].rstrip(" \t").endswith(("\n", "\r"))
