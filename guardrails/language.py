"""Deterministic, offline language detection (standard library only).

Each sentence is scored by its function words (articles, pronouns, prepositions, courtesy
words: the words every sentence needs, whatever its topic) and by script: Cyrillic, Greek,
Arabic, Hebrew, CJK and other scripts name their language directly. A reply is judged by every
language its sentences are written in, so an English reply with one French sentence is judged
as English and French, and blocked because French rules do not exist.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from guardrails.normalize import normalize

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


def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """word -> ((language, weight), ...): one lookup a word instead of one per language."""
    table: dict[str, list[tuple[str, float]]] = {}
    for code, vocabulary in FUNCTION_WORDS.items():
        for word in vocabulary:
            table.setdefault(word, []).append((code, 2.0 if word in _STRONG[code] else 1.0))
    return {word: tuple(pairs) for word, pairs in table.items()}


_WEIGHTS = _weights()


def score_words(folded: str, hints: dict[str, float] | None = None) -> tuple[str | None, float]:
    scores = dict.fromkeys(FUNCTION_WORDS, 0.0)
    for code, bonus in (hints or {}).items():
        scores[code] += bonus
    weights = _WEIGHTS
    for word in _WORD.findall(folded):
        for code, weight in weights.get(word, ()):
            scores[code] += weight
    best = max(scores.values())
    if best == 0:
        return None, 0.0
    leaders = [code for code, score in scores.items() if score == best]
    if len(leaders) == 1:
        return leaders[0], best
    # A tie (only shared words such as "le", "un", "si", "su") goes to the language we have
    # rules for: its rules still run, and Spanish replies far outnumber Italian ones.
    supported = [code for code in leaders if code in SUPPORTED]
    return (supported or leaders)[0], best


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
    from guardrails.lexicon import TOKEN, clinical_terms, fold_term
    from guardrails.vocabulary import common_words

    clinical = {w for code in SUPPORTED for term in clinical_terms(code)
                for w in TOKEN.findall(fold_term(term))}
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
    from guardrails.vocabulary import given_names

    known = _known_words()
    words = _CHECKED_WORD.findall(folded)
    unknown = [w for w in words if w not in known]
    if unknown:
        names = given_names()[0]
        unknown = [w for w in unknown if w not in ignore and w not in names
                   and not _known(w, known)]
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
_DOTTED_WORD = re.compile(r"[\w-]\.[a-z]")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b(?:/\S*)?")


def _evidence(doc: Any) -> str:
    """The folded text with contacts and web addresses blanked (same length, so sentence
    offsets still apply): "citas@clinica.com" must not make a Spanish sentence Portuguese."""
    spans = list(doc.contact_spans)
    if _DOTTED_WORD.search(doc.text):  # most replies hold no "name.tld": skip the scan
        spans.extend(m.span() for m in _WEB_ADDRESS.finditer(doc.text))
    if not spans:
        return doc.text
    chars = list(doc.text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def judge_languages(doc: Any, found: Any, ignore: frozenset[str]) -> tuple[str, ...]:
    """Judge each sentence; block any that is not positively English or Spanish (fail
    closed: a visit confirmation in Dutch or Tagalog is not skipped because the rest of the
    reply is English). `ignore`: folded words that are names (practice, reviewer, sign-off)."""
    judged: list[str] = []
    doc.sentence_language = {}
    evidence = _evidence(doc)
    ascii_reply = doc.reply.isascii()
    for start, end in doc.sentences():
        original = doc.reply[slice(*doc.norm.to_original(start, end))] if not ascii_reply \
            else doc.text[start:end]
        language = judge_sentence(original, doc.text[start:end], evidence[start:end], ignore)
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
