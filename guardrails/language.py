"""Deterministic, offline language detection (standard library only).

Each sentence is scored by its function words (articles, pronouns, prepositions, courtesy
words: the words every sentence needs, whatever its topic) and by script: Cyrillic, Greek,
Arabic, Hebrew, CJK and other scripts name their language directly. A reply is judged by every
language its sentences are written in, so an English reply with one French sentence is judged
as English and French, and blocked because French rules do not exist.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, filterfalse, repeat
from typing import Any

from guardrails.normalize import normalize
from guardrails.patterns import matches, occurrences

SUPPORTED = ("en", "es")

def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Function words, accent-folded (matching runs on folded text). A word shared by several
# languages counts for each of them; distinctive words decide.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with",
            "from", "by", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should",
            "may", "might", "must", "shall", "we", "us", "our", "ours", "you", "your", "yours", "i",
            "me", "my", "he", "she", "it", "its", "they", "them", "their", "this", "that", "these",
            "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where",
            "why", "how", "not", "no", "yes", "if", "so", "than", "then", "very", "just", "also",
            "please", "thank", "thanks", "hello", "hi", "dear", "sorry", "glad", "happy", "hope",
            "would", "welcome", "appreciate", "feedback", "review", "call", "reach", "team",
            "office", "any", "all", "every", "each", "anyone", "more", "most", "much", "many",
            "some", "such", "only", "into", "out", "up", "over", "again", "our", "we're", "you're",
            "it's", "don't", "can't", "won't", "we'd", "we'll", "i'm", "let", "let's",
        ]
    ),
    "es": frozenset(
        [
            "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "de", "del",
            "al", "a", "en", "con", "por", "para", "sin", "sobre", "entre", "es", "son", "fue",
            "fueron", "ser", "estar", "esta", "estan", "estamos", "esto", "este", "estos", "estas",
            "ese", "esa", "eso", "que", "quien", "cual", "cuando", "donde", "como", "muy", "mas",
            "menos", "ya", "tambien", "no", "si", "su", "sus", "usted", "ustedes", "le", "les",
            "lo", "nos", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis", "yo", "tu",
            "gracias", "hola", "estimado", "estimada", "lamentamos", "sentimos", "agradecemos",
            "comentario", "comentarios", "favor", "llame", "llamenos", "comuniquese", "oficina",
            "equipo", "todo", "todos", "cada", "hay", "ha", "han", "hemos", "puede", "podemos",
            "queremos", "nos", "cualquier", "siempre",
        ]
    ),
    "fr": frozenset(
        [
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "est", "sont",
            "etait", "avec", "pour", "par", "sans", "sur", "dans", "nous", "vous", "votre", "vos",
            "notre", "nos", "je", "tu", "il", "elle", "ils", "elles", "ce", "cette", "ces", "qui",
            "que", "quoi", "ne", "pas", "plus", "merci", "bonjour", "cher", "chere",
            "desole", "desoles", "avons", "etes", "sommes", "aux", "au", "c'est", "n'hesitez",
            "nous-memes", "tout", "tous", "toute", "equipe", "cabinet", "appeler", "d'un", "d'une",
            "l'equipe", "qu'il",
        ]
    ),
    "de": frozenset(
        [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "und",
            "oder", "aber", "ist", "sind", "war", "waren", "mit", "fur", "von", "zu", "zum", "zur",
            "auf", "aus", "bei", "nach", "wir", "uns", "unser", "unsere", "sie", "ihr", "ihre",
            "ich", "du", "er", "es", "nicht", "kein", "keine", "sehr", "danke", "vielen", "bitte",
            "hallo", "liebe", "lieber", "leid", "gerne", "auch", "noch", "wie", "was", "wer",
            "wenn", "dass", "ihnen", "team", "praxis", "rufen", "an",
        ]
    ),
    "pt": frozenset(
        [
            "o", "a", "os", "as", "um", "uma", "uns", "umas", "e", "ou", "mas", "de", "do", "da",
            "dos", "das", "em", "no", "na", "nos", "nas", "com", "por", "para", "pelo", "pela",
            "sem", "sobre", "e", "sao", "foi", "foram", "ser", "estar", "esta", "estao", "nos",
            "voce", "voces", "seu", "sua", "seus", "suas", "nosso", "nossa", "nossos", "nossas",
            "obrigado", "obrigada", "ola", "muito", "mais", "nao", "sim", "que", "quem", "quando",
            "onde", "como", "ja", "tambem", "lamentamos", "equipe", "consultorio", "ligue",
            "agradecemos", "comentario", "ao", "aos",
        ]
    ),
    "it": frozenset(
        [
            "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o", "ma", "di", "del",
            "della", "dei", "delle", "degli", "da", "dal", "dalla", "in", "nel", "nella", "con",
            "per", "su", "tra", "fra", "e", "sono", "era", "erano", "essere", "noi", "voi", "lei",
            "suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "vostro", "che", "chi",
            "quando", "dove", "come", "molto", "piu", "non", "si", "grazie", "ciao", "gentile",
            "ci", "ti", "siamo", "abbiamo", "vi", "anche", "tutto", "tutti", "ogni", "nostra",
            "studio", "chiami",
        ]
    ),
}
# Words so distinctive that one of them outweighs shared ones.
_STRONG: dict[str, frozenset[str]] = {
    "en": _word_set("the and you your we our thank thanks with please"),
    "es": _word_set("usted gracias nuestro nuestra los del muy lamentamos llame "
                    "estimado comuniquese ustedes"),
    # Not "les" or "tres" ("très"): Spanish has them too ("Les pedimos paciencia", "tres sábados").
    "fr": _word_set("vous votre nous merci avec pas desole sommes"),
    "de": _word_set("und der die das ist wir nicht danke bitte ihnen sehr"),
    "pt": _word_set("voce obrigado obrigada nao nosso nossa muito pela pelo"),
    "it": _word_set("il della grazie gli sono nostro nostra molto siamo abbiamo"),
}

_SCRIPTS = (  # Unicode name prefix -> language code for letters outside Latin
    ("CYRILLIC", "ru"), ("GREEK", "el"), ("ARABIC", "ar"), ("HEBREW", "he"),
    ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"),
    ("DEVANAGARI", "hi"), ("THAI", "th"), ("ARMENIAN", "hy"), ("GEORGIAN", "ka"),
    ("BENGALI", "bn"), ("TAMIL", "ta"), ("ETHIOPIC", "am"),
)  # fmt: skip
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+|(?<=[¡¿])")


def detect_language(text: str) -> str:
    """"en", "es", another ISO 639-1 code, or "unknown" (no words to judge by)."""
    script = script_language(text)
    if script:
        return script
    return score_words(normalize(text).text, char_hints(text))[0] or "unknown"


def sentence_languages(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) for each sentence of the ORIGINAL text that has one."""
    found = []
    for start, end in _sentences(text):
        chunk = text[start:end]
        language = script_language(chunk)
        if not language:
            language, score = score_words(normalize(chunk).text, char_hints(chunk))
            # One shared little word is no evidence of a language we would block.
            if language not in SUPPORTED and score < 2:
                language = None
        if language:
            found.append((start, end, language))
    return found


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def script_language(text: str) -> str | None:
    """The language a non-Latin script names, when most letters are in that script."""
    if max(text, default="a") < "\u0250":
        return None  # Latin letters only (accents included)
    latin = 0
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        if ch.isascii():
            latin += 1
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            latin += 1
            continue
        for prefix, code in _SCRIPTS:
            if name.startswith(prefix):
                counts[code] = counts.get(code, 0) + 1
                break
        else:
            counts["other"] = counts.get("other", 0) + 1
    if not counts:
        return None
    code, count = max(counts.items(), key=lambda item: item[1])
    # Look-alike letters sprinkled into Latin words are an evasion, not a language.
    if count >= 3 and count > latin:
        return "unknown" if code == "other" else code
    return None


def char_hints(original: str) -> dict[str, float]:
    """Letters only some languages use: "ñ ¿ ¡" Spanish, "ã õ" Portuguese, "ß ä ö" German..."""
    hints: dict[str, float] = {}
    if original.isascii():
        return hints
    for chars, code in (("ñ¿¡", "es"), ("ãõ", "pt"), ("ßäö", "de"), ("èìòù", "it"),
                        ("êâûœë", "fr")):
        if any(c in original for c in chars):
            hints[code] = hints.get(code, 0.0) + 2.0
    return hints


_CODES = tuple(FUNCTION_WORDS)  # "en", "es" first: a tie goes to the first
_FIELD = 32  # bits a language's score takes in a packed score (no text has 2**31 words)
_MASK = (1 << _FIELD) - 1


def _weights() -> dict[str, int]:
    """word -> its weight in every language, packed: `_FIELD` bits a language in `_CODES`
    order (2 for a distinctive word, 1 for another function word). A sentence's scores are
    then one sum of integers, added up in C."""
    return {word: sum((2 if word in _STRONG[code] else 1) << (_FIELD * k)
                      for k, code in enumerate(_CODES) if word in FUNCTION_WORDS[code])
            for word in set().union(*FUNCTION_WORDS.values())}


_WEIGHTS = _weights()


def score_words(folded: str, hints: dict[str, float] | None = None) -> tuple[str | None, float]:
    return _leader(sum(map(_WEIGHTS.get, _WORD.findall(folded), repeat(0))), hints)


def _leader(packed: int, hints: dict[str, float] | None) -> tuple[str | None, float]:
    """The best-scoring language and its score, from packed scores and letter hints."""
    if not packed and not hints:
        return None, 0.0
    scores = [float(packed & _MASK), float(packed >> _FIELD & _MASK),
              float(packed >> 2 * _FIELD & _MASK), float(packed >> 3 * _FIELD & _MASK),
              float(packed >> 4 * _FIELD & _MASK), float(packed >> 5 * _FIELD)]
    for code, bonus in (hints or {}).items():
        scores[_CODES.index(code)] += bonus
    best = max(scores)
    if best == 0:
        return None, 0.0
    # The first language with the best score: a tie (only shared words such as "le", "un",
    # "si", "su") goes to the language we have rules for (en, es come first in `_CODES`):
    # its rules still run, and Spanish replies far outnumber Italian ones.
    return _CODES[scores.index(best)], best


def sentence_scores(doc: Any, blanked: list[tuple[int, int]], evidence: str,
                    sentences: list[tuple[int, int]]) -> list[int] | None:
    """The packed score of each sentence, as `score_words` would sum it over the sentence's
    evidence (`_WORD.findall`), but from the reply's words in one pass in C: a running total
    of every word's weight, words in `blanked` spans weighing nothing and a word, an
    apostrophe and a word ("we're") weighing as one. None when a word mixes letters and
    digits ("abc123": `_WORD` reads only its letters); then each sentence is scanned."""
    words, starts = doc.columns
    if any(not word.isdigit() for word in filterfalse(str.isalpha, doc.word_set)):
        return None
    weights = list(map(_WEIGHTS.get, words, repeat(0)))
    for start, end in blanked:
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if _inside_word(words, starts, start) or _inside_word(words, starts, end):
            return None  # a blank that cuts a word leaves part of it to score
        weights[low:high] = [0] * (high - low)
    joined = -1  # the word last joined as the right of an apostrophe: it joins no further
    for at in occurrences(evidence, "'"):
        left = bisect.bisect_right(starts, at) - 1
        right = left + 1
        if (left < 0 or left == joined or right == len(words) or starts[right] != at + 1
                or starts[left] + len(words[left]) != at or not evidence[at - 1].isalpha()
                or not evidence[at + 1].isalpha() or not words[left].isalpha()
                or not words[right].isalpha()):
            continue
        weights[left] = _WEIGHTS.get(f"{words[left]}'{words[right]}", 0)
        weights[right] = 0
        joined = right
    running = list(accumulate(weights, initial=0))
    return [running[bisect.bisect_left(starts, end)] - running[bisect.bisect_left(starts, start)]
            for start, end in sentences]


# --- judging a reply sentence by sentence (fail closed) -------------------------------------

LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian", "ru": "Russian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "th": "Thai", "unknown": "an unrecognised language",
}  # fmt: skip
# Words every reply may hold that a frequency list of film subtitles can miss.
_REPLY_WORDS = frozenset(
    [
        "dr", "dra", "drs", "mr", "mrs", "ms", "sr", "sra", "srta", "st", "ave", "blvd", "rd",
        "ste", "am", "pm", "etc", "ok", "hipaa", "dds", "dmd", "md", "pt", "np", "pa", "rn", "od",
        "faad", "lcsw", "phd", "ext", "tel", "fax", "www", "com", "org", "net", "http", "https",
        "email", "e", "mail", "comuniquese", "llamenos", "escribanos", "contactenos", "comunicarse",
        "resena", "resenas", "atentamente", "cordialmente", "saludos", "llamarnos", "escribirnos",
        "visitenos", "esperamos", "agradecemos", "lamentamos", "disculpe", "disculpenos"
    ])
_TOO_MANY_UNKNOWN = 0.4  # of a sentence's words: more, and it is not English or Spanish
_CHECKED_WORD = re.compile(r"[a-z]{2,}")
# Letters of the IPA block and turned letters that survive folding.
_TURNED = re.compile("[\u0250-\u02af\u1d00-\u1d7f]")


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    from guardrails.lexicon import clinical_lexicon
    from guardrails.vocabulary import common_words

    # The words of the clinical terms of both languages (the lexicon the engine uses).
    clinical = clinical_lexicon("+".join(SUPPORTED), ()).words
    return frozenset(_REPLY_WORDS | FUNCTION_WORDS["en"] | FUNCTION_WORDS["es"] | clinical
                     | common_words("en") | common_words("es"))


# Endings a frequent word may carry: plurals and verb forms, and Spanish pronouns joined to
# a verb ("recomendarnos", "simplificarlo").
_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "mente", "nos", "lo", "la", "le", "les", "los",
             "las", "me", "te", "se", "selo", "sela")


def _known(word: str, known: frozenset[str]) -> bool:
    return word in known or any(
        word.endswith(suffix) and word[: -len(suffix)] in known for suffix in _SUFFIXES)


def unknown_words(folded: str, ignore: frozenset[str] = frozenset()) -> tuple[int, int]:
    """(words that are neither frequent English nor Spanish words, words looked at)."""
    known = _known_words()
    words = _CHECKED_WORD.findall(folded)
    if known.issuperset(words):
        return 0, len(words)  # every word is a frequent one: the common case, decided in C
    # Not frequent, not a name to ignore, not a given name, no frequent word plus an ending
    # (`_counted_runs`, worked out once a word).
    unknown = [w for w in words if w not in known and w not in ignore and _counted_runs(w)]
    weight = len(unknown)
    if unknown:
        # Words written backwards ("tisiv ruoy"), or long strings no language has
        # ("vghhbmtzigzvcib", base64): each counts double.
        weight += sum(2 if len(w) >= 20 else 1 for w in unknown
                      if len(w) >= 20 or (len(w) >= 3 and w[::-1] in known))
    return weight, len(words)


# Marks on Latin letters that neither English nor Spanish uses (Vietnamese "Cảm ơn bạn",
# Czech, Polish, Romanian...): hook above, horn, dot below, caron, ogonek, double acute,
# breve, ring above.
_FOREIGN_MARKS = frozenset("\u0309\u031b\u0323\u030c\u0328\u030b\u0306\u030a")


# A word with Latin letters and letters folding did not make Latin (a look-alike with no
# entry in the confusables table).
_MIXED_SCRIPT = re.compile(r"[a-z][^\W\da-z_]|[^\W\da-z_][a-z]")


def _foreign_latin(original: str) -> bool:
    """Two or more letters with a mark neither English nor Spanish uses."""
    marked = 0
    for ch in original:
        if ch.isascii() or not ch.isalpha():
            continue
        if any(mark in _FOREIGN_MARKS for mark in unicodedata.normalize("NFD", ch)[1:]):
            marked += 1
            if marked >= 2:
                return True
    return False


def judge_sentence(original: str, folded: str, evidence: str,
                   ignore: frozenset[str] = frozenset()) -> str | None:
    """The language of one sentence: "en", "es", another code (to block), "unknown" (not
    positively English or Spanish: to block), or None (too few words to tell: fine)."""
    if not original.isascii():
        language = script_language(original)
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


def _short_unknown_phrase(doc: Any, start: int, end: int, evidence: str,
                          ignore: frozenset[str]) -> str | None:
    """"Maraming salamat po!": a short sentence too small for the share test, with no English
    or Spanish function word, whose words are mostly unknown and not all capitalised (a
    surname in a sign-off is capitalised; a phrase in another language is not)."""
    from guardrails.vocabulary import given_names

    language, _score = score_words(evidence)
    if language in SUPPORTED:
        return None
    known, names = _known_words(), given_names()[0]
    words = _CHECKED_WORD.findall(evidence)
    unknown = {w for w in words if w not in ignore and w not in names and not _known(w, known)}
    if len(unknown) < 2 or 2 * len(unknown) <= len(words):
        return None
    original = doc.reply[slice(*doc.norm.to_original(start, end))]
    lower = {normalize(w).text for w in _CASED_WORD.findall(original) if w[:1].islower()}
    return "unknown" if unknown & lower else None


# Web addresses: their pieces ("com", "www", a Spanish or Portuguese-looking domain word)
# are not evidence of the language a sentence is written in.
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _dotted_word(text: str) -> bool:
    """`text` holds "name.tld" (a word character or hyphen, a dot, a letter): looked for at
    the dots only."""
    return any(dot > 0 and text[dot + 1 : dot + 2] in _LOWER
               and (text[dot - 1].isalnum() or text[dot - 1] in "_-")
               for dot in occurrences(text, "."))

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


def _inside_word(words: list[str], starts: list[int], pos: int) -> bool:
    """`pos` falls strictly inside a word (not at its start or end)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and starts[i] < pos < starts[i] + len(words[i])


def _evidence(doc: Any) -> tuple[str, list[tuple[int, int]]]:
    """The folded text with contacts and web addresses blanked (same length, so sentence
    offsets still apply): "citas@clinica.com" must not make a Spanish sentence Portuguese;
    and the spans blanked."""
    spans = list(doc.contact_spans)
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
                       else _leader(packed, hints))
    if language not in SUPPORTED and score >= 2:
        return language
    if may_hold_unknown:
        unknown, total = unknown_words(evidence, ignore)
        if unknown > max(2.0, total * _TOO_MANY_UNKNOWN):
            return language if language not in SUPPORTED and language else "unknown"
    return language if language in SUPPORTED else None


def _unknown_holders(words: frozenset[str], ignore: frozenset[str]) -> frozenset[str]:
    """The words of the reply holding a word `unknown_words` would count: a sentence with
    none of them counts none (most sentences: one set difference in C, then a few words)."""
    rest = words - _known_words()
    if not rest:
        return frozenset()
    return frozenset(word for word in rest
                     if any(run not in ignore for run in _counted_runs(word)))


@lru_cache(maxsize=65536)
def _counted_runs(word: str) -> tuple[str, ...]:
    """The runs of letters in a word of the reply that `unknown_words` counts (names to
    ignore aside): worked out once a word."""
    from guardrails.vocabulary import given_names

    known, names = _known_words(), given_names()[0]
    return tuple(run for run in ((word,) if word.isalpha() else _CHECKED_WORD.findall(word))
                 if len(run) >= 2 and run not in known and run not in names
                 and not _known(run, known))


_HINTED = re.compile("[ñ¿¡ãõßäöèìòùêâûœë]")  # every letter `char_hints` looks for


def judge_languages(doc: Any, found: Any, ignore: frozenset[str]) -> tuple[str, ...]:
    """Judge each sentence; block any that is not positively English or Spanish (fail
    closed: a visit confirmation in Dutch or Tagalog is not skipped because the rest of the
    reply is English). `ignore`: folded words that are names (practice, reviewer, sign-off)."""
    judged: list[str] = []
    doc.sentence_language = {}
    evidence, blanked = _evidence(doc)
    reply = doc.reply
    # Latin letters only (no script to name a language), folded to ASCII (no turned letter).
    plain = reply.isascii() or (max(reply) < "\u0250" and doc.text.isascii())
    hinted = plain and not reply.isascii() and _HINTED.search(reply) is not None
    holders = _unknown_holders(doc.word_set, ignore) if plain else frozenset()
    words, starts = doc.columns
    spans = doc.sentences()
    scores = sentence_scores(doc, blanked, evidence, spans) if plain else None
    for k, (start, end) in enumerate(spans):
        if plain:
            hints = char_hints(doc.original(start, end)) if hinted else None
            may_hold_unknown = bool(holders) and not holders.isdisjoint(
                words[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])
            language = _judge_plain(evidence[start:end], None if scores is None else scores[k],
                                    hints, ignore, may_hold_unknown)
        else:
            original = doc.reply[slice(*doc.norm.to_original(start, end))]
            language = judge_sentence(original, doc.text[start:end], evidence[start:end],
                                      ignore)
        if language is None:
            language = _short_unknown_phrase(doc, start, end, evidence[start:end], ignore)
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
