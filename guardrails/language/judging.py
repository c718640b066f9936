"""Judging a reply sentence by sentence, fail closed: any sentence that is not positively
English or Spanish is blocked (a visit confirmation in Dutch or Tagalog is not skipped because
the rest of the reply is English)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from guardrails import lazy_re as re
from guardrails.language.function_words import SUPPORTED
from guardrails.language.scoring import (
    char_hints,
    foreign_word,
    leader,
    score_words,
    script_language,
    sentence_scores,
)
from guardrails.language.unknown import (
    CHECKED_WORD,
    is_known,
    known_words,
    unknown_holders,
    unknown_words,
)
from guardrails.normalize import normalize
from guardrails.patterns import matches, occurrences

LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian", "ca": "Catalan",
    "gl": "Galician", "nl": "Dutch", "ru": "Russian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "th": "Thai", "unknown": "an unrecognised language",
}  # fmt: skip
_TOO_MANY_UNKNOWN = 0.4  # of a sentence's words: more, and it is not English or Spanish
# Letters of the IPA block and turned letters that survive folding.
_TURNED = re.compile("[\u0250-\u02af\u1d00-\u1d7f]")


# Czech, Polish, Romanian...): hook above, horn, dot below, caron, ogonek, double acute,
# breve, ring above.
_FOREIGN_MARKS = frozenset("\u0309\u031b\u0323\u030c\u0328\u030b\u0306\u030a")


# A word with Latin letters and letters folding did not make Latin (a look-alike with no
# entry in the confusables table).
_MIXED_SCRIPT = re.compile(r"[a-z][^\W\da-z_]|[^\W\da-z_][a-z]")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _foreign_latin(original: str) -> bool:
    """Two or more letters with a mark neither English nor Spanish uses."""
    marked = 0
    for ch in _NON_ASCII.findall(original):  # an ASCII letter has no mark: skipped in C
        if _foreign_marked(ch):
            marked += 1
            if marked >= 2:
                return True
    return False


@lru_cache(maxsize=4096)
def _foreign_marked(ch: str) -> bool:
    """A letter with a mark neither English nor Spanish uses (worked out once a letter)."""
    return ch.isalpha() and any(
        mark in _FOREIGN_MARKS for mark in unicodedata.normalize("NFD", ch)[1:])


def judge_sentence(original: str, folded: str, evidence: str,
                   ignore: frozenset[str] = frozenset()) -> str | None:
    """The language of one sentence: "en", "es", another code (to block), "unknown" (not
    positively English or Spanish: to block), or None (too few words to tell: fine)."""
    if not original.isascii():
        language = script_language(original) or foreign_word(original)
        if language is not None:
            return language
        if _foreign_latin(original) or _MIXED_SCRIPT.search(folded):
            return "unknown"  # "ꮧmplꮧꮑꮖ": letters of another script inside a Latin word
    language, score = score_words(evidence, char_hints(original))
    if language not in SUPPORTED and score >= 2:
        return language
    if _TURNED.search(folded) and len(_TURNED.findall(folded)) >= 2:
        return "unknown"  # upside-down or IPA letters ("ʌısıʇ"): not text anyone reads
    unknown, total = unknown_words(evidence, ignore)
    if unknown > max(2.0, total * _TOO_MANY_UNKNOWN):
        return language if language not in SUPPORTED and language else "unknown"
    if language in SUPPORTED:
        return language
    return None


_CASED_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Tagalog words no English or Spanish sentence holds; two in a short sentence mark it as
# Tagalog even when the rest is English ("Taglish").
_TAGALOG_MARKERS = frozenset([
    "po", "opo", "salamat", "maraming", "inyong", "ninyo", "kayo", "tayo", "kami", "namin",
    "natin", "lamang", "tawagan", "nang", "mga", "ng", "ang", "iyan", "iyon", "niyo", "kung",
    "tanong", "pong",
])


def _short_unknown_phrase(doc: Any, start: int, end: int, evidence: str,
                          ignore: frozenset[str]) -> str | None:
    """"Maraming salamat po!": a short sentence too small for the share test, with no English
    or Spanish function word, whose words are mostly unknown and not all capitalised (a
    surname in a sign-off is capitalised; a phrase in another language is not)."""
    from guardrails.vocabulary import given_names

    language, _score = score_words(evidence)
    if language in SUPPORTED:
        return None
    known, names = known_words(), given_names()[0]
    words = CHECKED_WORD.findall(evidence)
    unknown = {w for w in words if w not in ignore and w not in names and not is_known(w, known)}
    if len(unknown) < 2 or 2 * len(unknown) <= len(words):
        return None
    original = doc.reply[slice(*doc.norm.to_original(start, end))]
    lower = {normalize(w).text for w in _CASED_WORD.findall(original) if w[:1].islower()}
    return "unknown" if unknown & lower else None


# Web addresses: their pieces ("com", "www", a Spanish or Portuguese-looking domain word)
# are not evidence of the language a sentence is written in.
# "name.tld": a word character (`str.isalnum` or "_") or a hyphen, a dot, a letter.
_DOTTED_WORD = re.compile(r"\.(?<=[\w-]\.)[a-z]")


def _dotted_word(text: str) -> bool:
    """`text` holds "name.tld" (a word character or hyphen, a dot, a letter): a scan in C."""
    return _DOTTED_WORD.search(text) is not None

_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b(?:/\S*)?")


def _web_address_starts(text: str) -> list[int]:
    """Every place a match of `_WEB_ADDRESS` can begin: "http" or "www." anywhere, or in
    the run of word characters and hyphens before a dot with one of them after it (every
    dot of an address has), where a word boundary can be (its start, or next to a hyphen).
    Trying the regex only there spares a scan of every character."""
    starts = {at for marker in ("http", "www.") for at in occurrences(text, marker)}
    for dot in occurrences(text, "."):
        after = text[dot + 1 : dot + 2]
        if not after or not (after.isalnum() or after in "_-"):
            continue  # a full stop: every dot of an address has a word character after it
        begin = dot
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_-"):
            begin -= 1
        starts.add(begin)
        starts.update(p for p in range(begin + 1, dot) if "-" in text[p - 1 : p + 1])
    return sorted(starts)



def _evidence(doc: Any, names: list[tuple[int, int]] | tuple[()] = ()
              ) -> tuple[str, list[tuple[int, int]]]:
    """The folded text with contacts, web addresses and the practice's name (`names`)
    blanked (same length, so sentence offsets still apply): "citas@clinica.com" must not make
    a Spanish sentence Portuguese, nor "Urgencias Express Sur" a sign-off French; and the
    spans blanked."""
    spans = [*doc.contact_spans, *names]
    if _dotted_word(doc.text):  # most replies hold no "name.tld": skip the scan
        starts = _web_address_starts(doc.text)
        spans.extend(m.span() for m in matches(_WEB_ADDRESS, doc.text, starts) if starts)
    if not spans:
        return doc.text, spans
    text, pieces, done = doc.text, [], 0
    for start, end in sorted(spans):
        start = max(start, done)
        if end > start:
            pieces += [text[done:start], " " * (end - start)]
            done = end
    pieces.append(text[done:])
    return "".join(pieces), spans


def _judge_plain(evidence: str, packed: int | None, hints: dict[str, float] | None,
                 ignore: frozenset[str], may_hold_unknown: bool) -> str | None:
    """`judge_sentence` for a sentence in Latin letters only, folded to ASCII (no script or
    turned letter to look at), its words' scores `packed` when known; without
    `may_hold_unknown`, no word of it is counted unknown."""
    language, score = (score_words(evidence, hints) if packed is None
                       else leader(packed, hints))
    if language not in SUPPORTED and score >= 2:
        return language
    if may_hold_unknown:
        unknown, total = unknown_words(evidence, ignore)
        if unknown > max(2.0, total * _TOO_MANY_UNKNOWN):
            return language if language not in SUPPORTED and language else "unknown"
    return language if language in SUPPORTED else None



_PLAIN_LANGUAGES: dict[int, str | None] = {}


def _plain_language(packed: int) -> str | None:
    """`_judge_plain` of a sentence with packed scores, no letter hints and no unknown word,
    remembered by its scores (sentences' sums repeat; bounded)."""
    try:
        return _PLAIN_LANGUAGES[packed]
    except KeyError:
        pass
    language, score = leader(packed, None)
    if not (language not in SUPPORTED and score >= 2) and language not in SUPPORTED:
        language = None
    if len(_PLAIN_LANGUAGES) >= 65536:
        _PLAIN_LANGUAGES.clear()
    _PLAIN_LANGUAGES[packed] = language
    return language


def _folds_plain(folded: str, reply: str) -> bool:
    """A reply in Latin letters only (no script to name a language) judged like one in
    ASCII: folded to ASCII (no turned letter), or to ASCII and Spanish opening marks ("¡Gracias
    por su reseña!") with no letter marked as neither English nor Spanish mark it.

    Why the marks change nothing `judge_sentence` would find: "¿" and "¡" are no letters, so
    no word, score, unknown word, turned letter or mixed-script word holds them; the letters
    they name Spanish by are hints the plain path reads too (`_HINTED`); and a reply with no
    two foreign-marked letters has no sentence with two."""
    if folded.isascii():
        return True
    return folded.replace("¿", "").replace("¡", "").isascii() and not _foreign_latin(reply)


# A character past the Latin blocks (`max(reply) >= "\u0250"`, found by a scan in C).
_BEYOND_LATIN = re.compile("[^\x00-\u024f]")
_HINTED = re.compile("[ñ¿¡ãõßäöèìòùêâûœë]")  # every letter `char_hints` looks for


def _by_vocabulary(words: list[str], ignore: frozenset[str]) -> str | None:
    """A sentence too short to score ("Evite dormir boca abajo."), read as the one language
    whose frequent words it uses: so the Spanish rules run on a Spanish order inside an English
    reply (fail closed). None when its words are frequent in both, in neither, or in each."""
    from guardrails.vocabulary import common_words

    english, spanish = common_words("en"), common_words("es")
    only_en = only_es = False
    for word in words:
        if word in ignore or len(word) < 3:
            continue
        in_en, in_es = word in english, word in spanish
        only_en = only_en or (in_en and not in_es)
        only_es = only_es or (in_es and not in_en)
    if only_es and not only_en:
        return "es"
    if only_en and not only_es:
        return "en"
    return None


def judge_languages(doc: Any, found: Any, ignore: frozenset[str]) -> tuple[str, ...]:
    """Judge each sentence; block any that is not positively English or Spanish (fail
    closed: a visit confirmation in Dutch or Tagalog is not skipped because the rest of the
    reply is English). `ignore`: folded words that are names (practice, reviewer, sign-off)."""
    judged: list[str] = []
    doc.sentence_language = {}
    evidence, blanked = _evidence(doc, found.name_spans.spans())
    reply = doc.reply
    plain = reply.isascii() or (_BEYOND_LATIN.search(reply) is None
                                and _folds_plain(doc.text, reply))
    hinted = plain and not reply.isascii() and _HINTED.search(reply) is not None
    holders = unknown_holders(doc.word_set, ignore) if plain else frozenset()
    words = doc.words
    spans = doc.sentences()
    scores = sentence_scores(doc, blanked, evidence) if plain else None
    # A sentence holds two Tagalog markers only if the reply does.
    tagalog = len(_TAGALOG_MARKERS.intersection(doc.word_set)) >= 2
    for k, ((start, end), (first, last)) in enumerate(zip(spans, doc.sentence_words(),
                                                          strict=True)):
        sentence_words = words[first:last]
        if plain:
            hints = char_hints(doc.original(start, end)) if hinted else None
            may_hold_unknown = bool(holders) and not holders.isdisjoint(sentence_words)
            if scores is not None and not hints and not may_hold_unknown:
                language = _plain_language(scores[k])  # the common case: a few words' sum
            else:
                language = _judge_plain(evidence[start:end], None if scores is None
                                        else scores[k], hints, ignore, may_hold_unknown)
        else:
            original = doc.reply[slice(*doc.norm.to_original(start, end))]
            language = judge_sentence(original, doc.text[start:end], evidence[start:end],
                                      ignore)
        if tagalog and len(_TAGALOG_MARKERS.intersection(sentence_words)) >= 2:
            language = "unknown"  # "Salamat po sa inyong feedback!": Tagalog with English words
        if language is None:
            language = _short_unknown_phrase(doc, start, end, evidence[start:end], ignore)
        if language is None:
            language = _by_vocabulary(sentence_words, ignore)
        if language is None:
            continue
        doc.sentence_language[start] = language
        if language not in judged:
            judged.append(language)
        if language == "unknown":
            found.add("unsupported-language", "block", start, end,
                      "This sentence is not recognisable English or Spanish, so it cannot be "
                      "checked: write it in English or Spanish", "language.unrecognised")
        elif language not in SUPPORTED:
            name = LANGUAGE_NAMES.get(language, language)
            found.add("unsupported-language", "block", start, end,
                      f"Written in {name}: the guardrail has rules for English and Spanish "
                      "only, so this reply cannot be checked; translate it",
                      f"language.{language}")
    if not judged:
        return ("en",)
    ordered = [code for code in SUPPORTED if code in judged]
    return tuple(ordered + [code for code in judged if code not in SUPPORTED])
