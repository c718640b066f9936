"""Sentence-structure rules: what a sentence does, not which phrase it uses.

- Reader + event (`reader-event`): a sentence addressed to the reader (you/your, usted/su/tu,
  an opening imperative such as "Enjoy...") that speaks of an event, a time, their body, a
  result, a feeling the practice caused or their family and daily life blocks, unless it is
  conditional or generic ("if you...", "anyone who...", "every family") or the cue only
  serves a safe function (thanks, "your feedback", "call us back"). The reader's own body or
  result ("your smile", "su hombro") blocks even inside a conditional.
- "Yours" standing for something of the reader's ("Yours was one we talked about").

Word tables: `guardrails/rules/structure.py`. Each finding names the class that fired.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from guardrails import lazy_re as re
from guardrails.document import Doc, Findings
from guardrails.hooks import BODY_IDIOM, IDIOM_AFTER, emphatic_si
from guardrails.hooks.general import generic_span
from guardrails.lexicon import TOKEN, split_words
from guardrails.patterns import (
    WordGate,
    admits_words,
    search_at_word_starts,
    search_words,
    word_gate,
)
from guardrails.rules import structure as data
from guardrails.verdict import GuardContext

_POSSESSIVES = {"en": frozenset({"your", "ur", "yr"}), "es": frozenset({"su", "sus", "tu", "tus"})}
# Classes that, right after a possessive, are the reader's own body or result.
_OWN = ("body", "outcome", "care")
_YOURS = re.compile(
    r"(?<!\bsincerely )(?<!\btruly )(?<!\bcordially )(?<!\bfaithfully )"
    r"(?<!\bsome of )(?<!\bbit of )(?<!\bmoment of )"
    r"(?<!\bfeedback like )(?<!\breviews like )(?<!\breview like )(?<!\bwords like )"
    r"(?<!\bcomments like )(?<!\bnotes like )(?<!\bstories like )(?<!\bmessages like )"
    r"(?<!\byou and )\byours\b(?! (?:truly|sincerely|faithfully|always|in health))")
# Spanish "el suyo", "la tuya": the reader's child, case or result, unless it stands for their
# review or their choice ("agradecemos todas las opiniones, incluida la suya"), or what they may
# ask about or bring ("pregunte por el suyo").
_SUYO = re.compile(r"(?<!\bpregunte por )(?<!\bpreguntenos por )(?<!\bconsulte por )"
                   r"(?<!\btraiga )(?<!\bpregunta por )(?<!\btrae )"
                   r"\b(?:el|la|los|las|del|al) (?:suy|tuy)[oa]s?\b")
_AND_BEFORE = re.compile(r"\by (?:a )?$")
_SUYO_WORDS = frozenset(
    ["suyo", "suya", "suyos", "suyas", "tuyo", "tuya", "tuyos", "tuyas"])
_SUYO_STANDS_FOR_WORDS = re.compile(
    r"\b(?:resenas?|comentarios?|opinion|opiniones|mensajes?|palabras|calificacion(?:es)?|"
    r"publicacion(?:es)?|notas?|cartas?|sugerencias?|preguntas?|inquietud(?:es)?|"
    r"preocupacion(?:es)?|decision(?:es)?|eleccion|opcion|voz|voces|testimonios?)\b")


@lru_cache(maxsize=4)
def _safe_phrases(language: str) -> re.Pattern[str]:
    return re.compile("|".join(data.SAFE_PHRASES[language]))


@lru_cache(maxsize=4)
def _safe_sentence(language: str) -> re.Pattern[str]:
    return re.compile(data.SAFE_SENTENCE[language])


@lru_cache(maxsize=4)
def _phrase_cues(language: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{cue_class}>{regex})"
                               for cue_class, regex in data.PHRASE_CUES[language].items()))


@lru_cache(maxsize=4)
def _addressed_opening(language: str) -> re.Pattern[str]:
    return re.compile(data.ADDRESSED_OPENING[language])


_ALL_OF = frozenset({"toda", "todo", "todas", "todos"})
_POSSESSIVE_AFTER_ALL = frozenset({"su", "sus", "tu", "tus", "nuestra", "nuestro", "nuestras",
                                   "nuestros", "mi", "mis"})
_PEOPLE_AFTER_ALL = frozenset({"papas", "padres", "mamas", "madres", "ninos", "ninas", "adultos",
                               "familias", "pacientes", "personas", "adolescentes", "abuelos",
                               "clientes", "mundo", "publico"})


def _generic_words(language: str, words: list[str]) -> bool:
    """A word that speaks of people in general ("anyone", "every family", "cada paciente"):
    not "every" or "cada" before a lap, a photo or a day ("stronger with every lap")."""
    generic, occasions = data.GENERIC[language], data.OCCASION_NOUNS[language]
    if generic.isdisjoint(words):
        return False
    def noun_after(i: int) -> str:  # the noun a determiner governs: "todas las fotos"
        j = i + 2 if i + 1 < len(words) and words[i + 1] in _ARTICLES else i + 1
        return words[j] if j < len(words) else ""

    return any(w in generic and not (w in data.GENERIC_DETERMINERS[language]
                                     and noun_after(i) in occasions)
               and not _all_of_a_thing(words, i)
               for i, w in enumerate(words))




def _all_of_a_thing(words: list[str], i: int) -> bool:
    """"Toda nuestra atención", "toda su atención": all of one thing, not people in general
    (but "todos nuestros pacientes" and "todo el mundo" are)."""
    return (words[i] in _ALL_OF and words[i + 1 : i + 2] != []
            and words[i + 1] in _POSSESSIVE_AFTER_ALL
            and (words[i + 2] if i + 2 < len(words) else "") not in _PEOPLE_AFTER_ALL)


_ARTICLES = frozenset(["the", "single", "las", "los", "la", "el", "mis", "sus", "tus"])
# "Children's vision", "people's skin": a possessive of people in general is no one's.
_PEOPLE_IN_GENERAL = frozenset(["children", "kids", "people", "patients", "families", "adults",
                                "teens", "women", "men", "babies", "everyone", "anyone",
                                "seniors", "athletes", "parents"])


# Where one clause of a sentence ends and a joined one begins: ", and we hope...".
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|so|while|y|pero|mientras)\s+|;\s+")
# "Sus propios hijos" after the practice's staff as the subject: the staff's own.
_OWN_ADJECTIVES = frozenset({"propio", "propios", "propia", "propias"})
_STAFF_WORK = frozenset({"trabajo", "labor", "vocacion", "dedicacion", "esfuerzo", "profesion",
                         "turno", "turnos", "carrera", "oficio", "equipo"})
_STAFF_PLURAL = re.compile(
    r"\b(?:nuestro|un|el) equipo\b|"
    r"\b(?:nuestr[oa]s|l[oa]s) (?:dentistas|medic[oa]s|doctor[ae]s|enfermer[oa]s|terapeutas|"
    r"ortodoncistas|especialistas|higienistas|emplead[oa]s|proveedor[ae]s|dermatolog[oa]s|"
    r"pediatras|optometristas|quiropracticos|psicolog[oa]s|cirujan[oa]s|fisioterapeutas|"
    r"consejer[oa]s|asesor[ae]s|coordinador[ae]s|parteras|doulas|educador[ae]s|"
    r"[a-z]+(?:istas|olog[oa]s|iatras))\b")


def _definite_body(found: Findings, language: str, offset: int, sentence: str,
                   words: list[str]) -> bool:
    """"The shoulder keeps improving": a particular body part and a result, no pronoun."""
    body, outcome = data.CUES[language]["body"], data.CUES[language]["outcome"]
    if body.isdisjoint(words):
        return False
    phrase = search_words(_phrase_cues(language), sentence, words)
    if outcome.isdisjoint(words) and not (phrase and phrase.lastgroup == "outcome"):
        return False
    if _generic_words(language, words):
        # A generic word covers its own clause only: "our therapists put care into every plan,
        # and we hope the shoulder keeps getting stronger".
        parts = _JOINED_CLAUSE.split(sentence)
        if len(parts) == 1:
            return False
        start = 0
        for part in parts:
            start = sentence.index(part, start)
            if _definite_body(found, language, offset + start, part, split_words(part)[0]):
                return True
            start += len(part)
        return False
    definite = data.DEFINITE[language]
    for i, word in enumerate(words):
        first = max(0, i - 2)
        if word in body and any(
                w in definite and not (w == "s" and j > 0 and words[j - 1] in _PEOPLE_IN_GENERAL)
                and not (w == "both" and "and" in words[i + 1:i + 4])  # "both braces and aligners"
                for j, w in enumerate(words[first:i], first)):
            m = re.search(rf"\b{word}\b", sentence)
            if m is None or found.in_practice_name(offset + m.start(), offset + m.end()):
                continue
            if IDIOM_AFTER.match(sentence, m.end()):
                continue  # "el corazón de lo que hacemos"
            if any(i.start() <= m.start() < i.end()
                   for i in BODY_IDIOM.finditer(sentence, max(0, m.start() - 20), m.end() + 12)):
                continue  # "tenga a la mano la tarjeta del seguro": handy, not a hand
            found.add("treatment-disclosure", "block", offset + m.start(), offset + m.end(),
                      data.CUE_MESSAGES["body"].format(cue=word), "structure.definite-body")
            return True
    return False


@lru_cache(maxsize=4)
def _cue_index(language: str) -> dict[str, str]:
    """word -> the first class it belongs to (classes in CUE_RULES order)."""
    index: dict[str, str] = {}
    for cue_class in data.CUE_RULES:
        for word in data.CUES[language][cue_class]:
            index.setdefault(word, cue_class)
    return index


def without_safe_phrases(language: str, sentence: str,
                         columns: tuple[list[str], list[int]] | None = None) -> str:
    """`sentence` with the phrases that serve a safe function blanked (same length):
    `_safe_phrases(language).sub(...)`, with the phrases tried only at the words that can
    begin them (`_SafePhrasesAtWords`). `columns`: the sentence's `split_words`, if known."""
    at_words = _safe_phrases_at_words(language)
    if at_words is None:
        return _safe_phrases(language).sub(lambda m: " " * len(m.group()), sentence)
    known, learn = at_words.known, at_words.learn
    words, starts = columns if columns is not None else split_words(sentence)
    pieces: list[str] = []
    done = 0  # the end of the last phrase blanked
    for word, pos in zip(words, starts, strict=True):
        if pos < done:
            continue
        regex = known.get(word, _UNKNOWN)
        if regex is _UNKNOWN:
            regex = learn(word)
        if regex is not None and (m := regex.match(sentence, pos)) is not None:
            pieces += [sentence[done:pos], " " * (m.end() - pos)]
            done = m.end()
    if not pieces:
        return sentence
    pieces.append(sentence[done:])
    return "".join(pieces)


_UNKNOWN = re.compile("")  # a word not yet worked out (None: no phrase begins with it)


class _SafePhrasesAtWords:
    """word -> the alternation of the safe phrases that can begin with it, in table order
    (None when none can), worked out the first time the word is seen.

    Why blanking their matches at each word gives what `_safe_phrases(language).sub` gives:
    every match of a phrase begins at a word of the text its `word_gate` admits (a word
    boundary, then a letter or digit: the start of a `TOKEN` word), so `sub` blanks nothing
    elsewhere; at a word, the alternation of every phrase returns the first phrase (in
    order) that matches there, which is the first of those that can begin with that word,
    as they keep their order; and the matches, never empty (each begins with a letter or
    digit), follow one another as `sub` takes them: leftmost, the next from the last end."""

    def __init__(self, phrases: tuple[str, ...], gates: list[WordGate]) -> None:
        self.phrases = phrases
        self.gates = gates
        self.known: dict[str, re.Pattern[str] | None] = {}

    def learn(self, word: str) -> re.Pattern[str] | None:
        chosen = tuple(phrase for phrase, gate in zip(self.phrases, self.gates, strict=True)
                       if gate.admits_word(word))
        regex = _alternation(chosen) if chosen else None
        if len(self.known) >= 65536:  # a bounded memory: start again
            self.known = {}
        self.known[word] = regex  # one store: threads at once see the word whole or not
        return regex


@lru_cache(maxsize=4)
def _safe_phrases_at_words(language: str) -> _SafePhrasesAtWords | None:
    """None when some phrase's first words are not known (`word_gate`)."""
    phrases = tuple(data.SAFE_PHRASES[language])
    gates = [word_gate(phrase) for phrase in phrases]
    if any(gate is None for gate in gates):
        return None
    return _SafePhrasesAtWords(phrases, gates)  # type: ignore[arg-type]


@lru_cache(maxsize=1024)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(phrases))


@lru_cache(maxsize=4)
def _cue_words(language: str) -> frozenset[str]:
    """Every word with a cue class (`_cue_index`), and in English its plural in "s"."""
    cues = _cue_index(language).keys()
    return frozenset(cues) | ({f"{word}s" for word in cues} if language == "en" else set())


class _ReplyRegexes(NamedTuple):
    """A language's regexes searched in each sentence, None where no word of the reply can
    begin a match (`admits_words`): then no sentence of it holds one."""

    opening: re.Pattern[str] | None
    third_person: re.Pattern[str] | None
    phrase_cues: re.Pattern[str] | None


def _reply_regexes(language: str, word_set: frozenset[str]) -> _ReplyRegexes:
    regexes = (_addressed_opening(language), _compiled_table("READER_THIRD_PERSON", language),
               _phrase_cues(language))
    return _ReplyRegexes(*(regex if admits_words(regex, word_set) else None
                           for regex in regexes))


def check(doc: Doc, ctx: GuardContext, found: Findings, languages: tuple[str, ...]) -> None:
    text = doc.text
    all_words, starts = doc.columns
    holds_span = _span_test(found)
    regexes: dict[str, _ReplyRegexes] = {}
    for (start, end), (first, last) in zip(doc.sentences(), doc.sentence_words(), strict=True):
        sentence = text[start:end]
        if first == last:
            continue
        words, word_starts = all_words[first:last], starts[first:last]
        known = (doc.sentence_language or {}).get(start)
        meets_span = holds_span(start, end)
        for language in ((known,) if known in ("en", "es") else languages):
            if language not in regexes:
                regexes[language] = _reply_regexes(language, doc.word_set)
            if _reader_event(doc, found, language, regexes[language], start, sentence, words,
                             word_starts, meets_span):
                break
    if "yours" in doc.word_set:
        for m in _YOURS.finditer(text):
            if (found.in_contact(m.start(), m.end()) or _yours_is_feedback(doc, m.start())
                    or _CHOICE_IS_YOURS.search(text, max(0, m.start() - 40), m.end())):
                continue  # "...the choice should always be yours": a decision, not their care
            found.add("patient-relationship", "block", m.start(), m.end(),
                      "'Yours' stands for something of the reader's (their care, their result): "
                      "presumes they are a patient", "structure.yours")
    if not doc.word_set.isdisjoint(_SUYO_WORDS):
        for m in _SUYO.finditer(text):
            sentence_start, _ = doc.sentence_of(m.start())
            previous_start, _ = doc.sentence_of(max(0, sentence_start - 2))
            if (found.in_contact(m.start(), m.end())
                    or _SUYO_STANDS_FOR_WORDS.search(text, previous_start, m.start())):
                continue  # "...todas las opiniones, incluida la suya": their words
            if m.group().startswith("los ") and _AND_BEFORE.search(text, max(0, m.start() - 4),
                                                                   m.start()):
                continue  # "a usted y a los suyos": their loved ones, in a greeting
            found.add("patient-relationship", "block", m.start(), m.end(),
                      "'El suyo' stands for someone or something of the reader's (their child, "
                      "their care): presumes they are a patient", "structure.suyo")


@lru_cache(maxsize=4)
def _compiled_table(name: str, language: str) -> re.Pattern[str]:
    return re.compile(getattr(data, name)[language])


def _clauses(language: str, sentence: str) -> list[int]:
    """Where each clause of the sentence starts (0 first): a conditional, a generic word or a
    privacy statement covers its own clause only."""
    return [0, *(m.end() for m in _compiled_table("CLAUSE_BREAK", language).finditer(sentence))]


_CASE_WORDS = frozenset({"case", "cases", "outcome", "outcomes", "story", "transformation"})
_PART_OF = re.compile(r"\b(?:part|piece|chapter|role in|share of) (?:of )?$")


_CHOICE_IS_YOURS = re.compile(
    r"\b(?:choice|decision|call|pick) (?:should |is |will |must )?"
    r"(?:always |ultimately |entirely )?(?:be )?yours\b")


def _yours_is_feedback(doc: Doc, pos: int) -> bool:
    """"We read all reviews carefully and appreciate yours": "yours" stands for the last
    noun before it in the sentence (or the one before), and that noun is the reader's review
    or words, not their smile or their visit."""
    sentence_start, sentence_end = doc.sentence_of(pos)
    if _PART_OF.search(doc.text, max(sentence_start, pos - 30), pos):
        return False  # "an honor to be a small part of yours": the reader's story, no review
    previous_start, _ = doc.sentence_of(max(0, sentence_start - 2))
    feedback, cues = data.FEEDBACK_NOUNS, _cue_index("en")
    for word in TOKEN.findall(doc.text, pos + 5, sentence_end):
        if word in cues or (word.endswith("s") and word[:-1] in cues) or word in _CASE_WORDS:
            return False  # "...kind words! Yours was one of our favorite cases"
    for word in reversed(TOKEN.findall(doc.text, previous_start, pos)):
        if word in feedback:
            return True
        if word in cues or (word.endswith("s") and word[:-1] in cues) or word in data.REFERENTS:
            return False
    return False


# Orders that wish the reader well in their body or life ("enjoy", "rest"), not "remember to
# call" or "give us a ring".
_WELL_WISHING = {
    "en": frozenset(["enjoy", "rest", "ice", "hug", "kiss", "treat", "show"]),
    "es": frozenset(["disfrute", "disfruta", "disfruten", "cuidese", "cuidate", "descanse",
                     "descansa", "abrace", "abraza"]),
}


@lru_cache(maxsize=4)
def _clause_imperative(language: str) -> re.Pattern[str]:
    verbs = "|".join(sorted(_WELL_WISHING[language]))
    return re.compile(
        rf"[,;:\u2014\u2013-] +(?:so |and |now |then |y |ahora |asi que )?(?:{verbs})\b")


def _later_imperative(language: str, sentence: str, words: list[str]) -> bool:
    """A wish to the reader that opens a later clause ("...paid off, so enjoy that new
    smile!", "..., y disfrute"): the sentence speaks to them as an opening one would."""
    if _WELL_WISHING.get(language, frozenset()).isdisjoint(words[1:]):
        return False
    # "our team tries to go slowly, show every tool, and let children take breaks": the last
    # of the practice's own verbs after "tries to", not an order to the reader.
    return any(not (m.group().lstrip(",;:\u2014\u2013- ").startswith("and ")
                    and _PRACTICE_TRIES.search(sentence, 0, m.start()))
               for m in _clause_imperative(language).finditer(sentence))


_PRACTICE_TRIES = re.compile(r"\b(?:we|our [a-z]+|they) (?:always |also )?(?:try|tries|aim|aims|"
                             r"work|works|like|likes|love|loves|want|wants|make sure) to [a-z]+")


def _imperative(language: str, sentence: str, columns: tuple[list[str], list[int]]) -> bool:
    """The sentence speaks to the reader with an order or a wish ("Enjoy...", "..., so enjoy
    that new smile!"). `columns`: the sentence's `split_words`."""
    words = columns[0]
    return words[0] in data.IMPERATIVES[language] or (
        search_at_word_starts(_addressed_opening(language), sentence, *columns) is not None) or (
        _later_imperative(language, sentence, words))


def _span_test(found: Findings) -> Callable[[int, int], bool]:
    """A test of whether any contact or practice-name span meets the text [start, end).
    When none does, no word in it is `in_contact` or `in_practice_name` (both are true only
    for a span with start < a word's end <= end and end > the word's start >= start), so a
    sentence's words need not be asked one by one. The spans are all known by now: contacts
    and the practice's name are found before the structure rules run."""
    spans = sorted([*found.blocked_spans.spans(), *found.name_spans.spans()])
    if not spans:
        return _no_span
    span_starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # furthest end of spans[:i + 1]

    def holds_span(start: int, end: int) -> bool:
        i = bisect.bisect_left(span_starts, end)  # spans[:i] start before `end`
        return i > 0 and reach[i - 1] > start

    return holds_span


def _no_span(_start: int, _end: int) -> bool:
    return False


_SU = frozenset(["su", "sus"])
# Words that make a grinning emoji someone's new smile ("enjoy the brand-new 😃").
_SMILE_OWNERS = frozenset(["new", "brand-new", "your", "ur", "that", "this", "the", "those",
                           "su", "tu", "nueva", "esa", "esta", "bright", "perfect", "straight"])


# People in the plural: "los papás siempre pueden acompañar a sus hijos".
_PEOPLE_PLURAL = frozenset(["papas", "padres", "mamas", "madres", "ninos", "ninas", "adultos",
                            "familias", "pacientes", "personas", "adolescentes", "abuelos"])


def _su_of_anyone(words: list[str], generic: frozenset[str]) -> bool:
    """Every reader word of a Spanish sentence is a "su" that follows, within five words, a word
    for people in general ("acompañar a cada persona a su propio ritmo", "los papás pueden
    acompañar a sus hijos"): theirs, not the reader's."""
    return all(word in _SU and not (not _people_word(words, i, generic)
                                    and _PEOPLE_PLURAL.isdisjoint(words[max(0, i - 5) : i])
                                    and not _one_in_general(words[max(0, i - 5) : i])
                                    and not (word == "sus" and words[i + 1 : i + 2]
                                             and words[i + 1] in _ONE_EACH))
               for i, word in enumerate(words) if word in data.READER["es"])


# What each person has one of: "sus familias", "sus vidas" are many people's, not the reader's.
_ONE_EACH = frozenset({"familias", "vidas", "hogares", "comunidades"})


def _people_word(words: list[str], i: int, generic: frozenset[str]) -> bool:
    """A word for people in general among the five before `i`; not "toda" before "su"
    ("toda su atención a su rodilla": all of one thing)."""
    return any(w in generic and not (w in _ALL_OF and words[j + 1] in _SU)
               for j, w in enumerate(words[: i]) if j >= i - 5)





def _one_in_general(words: list[str]) -> bool:
    """"Cuando uno organiza su vida": the impersonal "uno" (not "uno de nuestros...")."""
    return any(w == "uno" and j > 0 and words[j - 1] in ("cuando", "si", "que")
               and words[j + 1 : j + 2] != ["de"] for j, w in enumerate(words))


# People in general named after a word of daily life: "nursing mothers", "working parents".
_PEOPLE_AFTER_EN = frozenset({"mothers", "moms", "mums", "parents", "fathers", "dads", "families",
                              "women", "caregivers", "students", "adults", "teens", "kids"})

_FOR_PEOPLE = frozenset({"for", "all", "many", "most", "other", "welcome", "welcomes", "serve",
                         "serves", "help", "helps", "support", "supports"})


def _people_for(tokens: list[tuple[int, str]], k: int) -> bool:
    """Token k is people in general after "for", "all"... ("a room for nursing mothers"),
    with no possessive before it ("for your mothers" is theirs)."""
    if not 0 < k < len(tokens) or tokens[k][1] not in _PEOPLE_AFTER_EN:
        return False
    before = [w for _, w in tokens[max(0, k - 2) : k]]
    after = [w for _, w in tokens[k + 1 : k + 3]]
    return (not _FOR_PEOPLE.isdisjoint(before) and _POSSESSIVES["en"].isdisjoint(before)
            and after[:1] != ["like"] and after[:2] != ["such", "as"])  # "...like you"


def _reader_event(doc: Doc, found: Findings, language: str, regexes: _ReplyRegexes,
                  offset: int, sentence: str, words: list[str], word_starts: list[int],
                  meets_span: bool) -> bool:
    """`words` of the sentence and where they start in the reply; `meets_span`: a contact or
    the practice's name is in the sentence (`_span_test`)."""
    reader = data.READER[language]
    addressed = not reader.isdisjoint(words) and not (
        language == "es" and _su_of_anyone(words, data.GENERIC[language]))
    # An order or a wish to the reader matters below only where the sentence does not
    # address them: worked out there (most sentences with "you" need it nowhere). Its
    # openings begin with lookbehinds the regex engine would try at every character: tried
    # at their words.
    opening = None if addressed or regexes.opening is None else search_at_word_starts(
        regexes.opening, sentence, words, word_starts, offset)
    imperative = not addressed and (
        words[0] in data.IMPERATIVES[language] or opening is not None
        or _later_imperative(language, sentence, words))
    # An English opening that begins a later clause ("We love kids, and we hope the fillings
    # are holding up") speaks to the reader from there on: the clause before it is not theirs.
    # (A Spanish one keeps the whole sentence: "Las infecciones de oído son muy molestas, y nos
    # alegra que el equipo lo haya podido aliviar" is one disclosure in two clauses.)
    from_pos = opening.start() if (language == "en" and opening is not None
                                   and words[0] not in data.IMPERATIVES[language]) else 0
    third = None if regexes.third_person is None else search_at_word_starts(
        regexes.third_person, sentence, words, word_starts, offset)
    if not (addressed or imperative or third):
        return _definite_body(found, language, offset, sentence, words)
    cues = _cue_index(language)
    # The phrase cues (a long alternation the regex engine tries at every character) tried
    # at their words.
    phrase = None if regexes.phrase_cues is None else search_at_word_starts(
        regexes.phrase_cues, sentence, words, word_starts, offset)
    activity = not data.ACTIVITIES[language].isdisjoint(words)
    if phrase is None and not activity and _cue_words(language).isdisjoint(words):
        return False
    columns = words, [pos - offset for pos in word_starts]  # the sentence's `split_words`
    # Blank the phrases that serve a safe function, keeping offsets.
    cleaned = without_safe_phrases(language, sentence, columns)
    if meets_span:
        tokens = [(m.start(), m.group()) for m in TOKEN.finditer(cleaned)
                  if not found.in_contact(offset + m.start(), offset + m.end())
                  and not found.in_practice_name(offset + m.start(), offset + m.end())]
        cleaned_words = [w for _, w in tokens]
    else:  # no contact or name in the sentence (`_span_test`): every word, split in C
        # (nothing blanked: the sentence's own words)
        cleaned_words, cleaned_starts = columns if cleaned is sentence else split_words(cleaned)
        tokens = list(zip(cleaned_starts, cleaned_words, strict=True))
    if not (third or not reader.isdisjoint(cleaned_words)):
        if addressed:
            imperative = _imperative(language, sentence, columns)
        if not imperative:
            return False
    # Generic words and safe sentence functions, clause by clause.
    starts = _clauses(language, sentence)
    generic_words, safe_sentence = data.GENERIC[language], _safe_sentence(language)
    # A clause that speaks to no one and says what can happen is a general truth: "waiting
    # for results can cause a lot of worry, and we're sorry you felt that way".
    general_modals = data.GENERAL_MODALS[language]
    general_truth = _compiled_table("GENERAL_TRUTH", language)
    # No word of the sentence can begin a safe sentence: no clause of it holds one (a clause
    # ends after a whole word, so its words are the sentence's).
    safe_search = safe_sentence.search if admits_words(safe_sentence, words) else _nothing
    covered = []
    for k, clause_start in enumerate(starts):
        clause_end = starts[k + 1] if k + 1 < len(starts) else len(sentence)
        clause_tokens = [w for pos, w in tokens if clause_start <= pos < clause_end
                         and not (w == "si" and emphatic_si(doc, offset + pos, offset + pos + 2))]
        clause_words = set(clause_tokens)
        covered.append(_generic_words(language, clause_tokens)
                       or safe_search(sentence, clause_start, clause_end) is not None
                       or (not third and reader.isdisjoint(clause_words)
                           and (not general_modals.isdisjoint(clause_words)
                                or general_truth.search(sentence, clause_start, clause_end)
                                is not None
                                or generic_span(sentence, clause_start, clause_end))))

    def is_covered(pos: int) -> bool:
        return covered[bisect.bisect_right(starts, pos) - 1]

    possessives = _POSSESSIVES[language] | (
        data.THIRD_PERSON_POSSESSIVES[language] if third else frozenset())
    if from_pos:
        tokens = [(pos, word) for pos, word in tokens if pos >= from_pos]
    hit: tuple[int, int, str, str] | None = None
    for i, (pos, word) in enumerate(tokens):
        cue_class = cues.get(word)
        if cue_class is None and language == "en" and word.endswith("s"):
            cue_class = cues.get(word[:-1])  # "milestones", "smiles"
        if cue_class is None:
            continue
        if word in data.VERB_CUES and _after_practice_subject(tokens, i):
            continue  # "we stay open late", "we'll wait for your call"
        if word in _PRICE_FROM and (_PRICE_AFTER.match(sentence, pos + len(word)) or (
                word == "desde" and " hasta " in sentence[pos:pos + 80])):
            continue  # "desde $79", "desde acné hasta...": a price or a range, not a time
        if cue_class == "body" and (IDIOM_AFTER.match(sentence, pos + len(word)) or any(
                m.start() <= pos < m.end() for m in BODY_IDIOM.finditer(
                    sentence, max(0, pos - 20), pos + len(word) + 12))):
            continue  # "at the heart of what our nurses do", "tenga a la mano"
        if (word == "smile" and (i == 0 or tokens[i - 1][1] not in _SMILE_OWNERS)
                and not doc.original(offset + pos, offset + pos + len(word)).isalpha()):
            continue  # "😄 Nos encanta...": the writer's grin, not "the brand-new 😃"
        if (language == "es" and i >= 2 and tokens[i - 1][1] in _OWN_ADJECTIVES
                and tokens[i - 2][1] in ("su", "sus") and _STAFF_PLURAL.search(sentence, 0, pos)):
            continue  # "nuestras dentistas... para sus propios hijos": the staff's own
        if (language == "es" and word in _STAFF_WORK and i >= 1
                and tokens[i - 1][1] in ("su", "sus") and _STAFF_PLURAL.search(sentence, 0, pos)):
            continue  # "nuestros fisioterapeutas ponen mucho corazón en su trabajo"
        if language == "es" and cue_class in ("life", "event") and any(
                w in ("los", "las") for _, w in tokens[max(0, i - 2) : i]):
            continue  # "pensando en los más pequeños": people in general
        if language == "es" and cue_class == "life" and i >= 1 and tokens[i - 1][1] in (
                "un", "una", "cualquier"):
            continue  # "aunque un padre pague la cuenta": any parent
        if language == "en" and cue_class == "life" and (
                _people_for(tokens, i) or _people_for(tokens, i + 1)):
            continue  # "a private room for nursing mothers": people in general
        owned = cue_class in _OWN and any(
            w in possessives for _, w in tokens[max(0, i - 3) : i])
        if owned and language == "es" and _generic_words(language, cleaned_words):
            # "ayudar a personas de todas las edades ... con su sonrisa": "su" is theirs,
            # unless it follows "toda su" a thing ("dedicar toda su atención a su rodilla")
            owned = any(w in ("tu", "tus") for _, w in tokens[max(0, i - 3) : i]) or any(
                cleaned_words[k] in _SU and not _people_word(cleaned_words, k, generic_words)
                and _PEOPLE_PLURAL.isdisjoint(cleaned_words[max(0, k - 5) : k])
                and any(cleaned_words[j] in _ALL_OF and cleaned_words[j + 1] in _SU
                        for j in range(max(0, k - 5), k - 1))
                for k in range(max(0, i - 3), min(i, len(cleaned_words))))
        if owned or not is_covered(pos):
            hit = (pos, pos + len(word), cue_class, word)
            break
    if hit is None and phrase is not None:
        for m in _phrase_cues(language).finditer(cleaned, from_pos):
            if not is_covered(m.start()):
                cue_class = next(k for k, v in m.groupdict().items() if v)
                hit = (m.start(), m.end(), cue_class, m.group())
                break
    if hit is None and activity:
        hit = _activity_change(language, cleaned, is_covered)
    if hit is None:
        return False
    start, end, cue_class, word = hit
    if third and not (addressed or imperative) and third.start() < start:
        # "Este cliente faltó a cuatro sesiones": from the reviewer to what is said of them.
        reviewer = doc.original(offset + third.start(), offset + third.end())
        found.add(data.CUE_RULES[cue_class], "block", offset + third.start(), offset + end,
                  f"Speaks of the reviewer in the third person ('{reviewer}') and of their "
                  f"visits, care or life ('{word}'): confirms they are a patient",
                  f"structure.third-person-{cue_class}")
        return True
    found.add(data.CUE_RULES[cue_class], "block", offset + start, offset + end,
              data.CUE_MESSAGES[cue_class].format(cue=word), f"structure.reader-{cue_class}")
    return True


def _nothing(*_args: object) -> None:
    return None


def _after_practice_subject(tokens: list[tuple[int, str]], i: int) -> bool:
    """The word at `i` follows "we", "I" or "they" (also "we'll", "we're", "we always", "we
    can keep")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j][1] in _HELPERS_AFTER_WE:
        j -= 1  # "so we can keep improving": the practice's own work
    if j < i - 1:
        return j >= 0 and tokens[j][1] in ("we", "i", "they")
    if i == 0 or tokens[i - 1][1] not in data.PRACTICE_PRONOUNS:
        return False
    if tokens[i - 1][1] in ("ll", "d", "re", "ve", "always", "also", "still"):
        return i > 1 and tokens[i - 2][1] in ("we", "i", "they")
    return True


_PRICE_FROM = frozenset({"desde", "from"})
_PRICE_AFTER = re.compile(r" (?:just |only |solo )?\$ ?\d")
_HELPERS_AFTER_WE = frozenset({"can", "could", "will", "would", "should", "must", "keep",
                               "continue", "ll", "d", "always", "also", "still"})


def _activity_change(language: str, cleaned: str,
                     is_covered: Callable[[int], bool]) -> tuple[int, int, str, str] | None:
    """Something the reader does every day and a change in it ("enjoying seeing the world a
    little more crisply these days", "masticar con más comodidad"); or the reader enjoying
    an activity ("you're enjoying hearing..."): the span from the one to the other."""
    activities = data.ACTIVITIES[language]
    not_after = _compiled_table("NOT_AN_ACTIVITY_AFTER", language)
    found_activities = [(m.start(), m.end()) for m in TOKEN.finditer(cleaned)
                        if m.group() in activities and not is_covered(m.start())
                        and not not_after.match(cleaned, m.end() + 1)]
    if not found_activities:
        return None
    for m in _compiled_table("ENJOYING", language).finditer(cleaned):
        for a_start, a_end in found_activities:
            if a_start == m.end():
                return (m.start(), a_end, "outcome", cleaned[m.start():a_end].strip())
    for m in _compiled_table("CHANGE", language).finditer(cleaned):
        if is_covered(m.start()):
            continue
        near = [a for a in found_activities if abs(a[0] - m.start()) <= 60]
        if near:
            a_start, a_end = near[0]
            start, end = min(a_start, m.start()), max(a_end, m.end())
            return (start, end, "outcome", cleaned[start:end])
    return None
