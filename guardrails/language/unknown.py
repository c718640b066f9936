"""Words that are neither frequent English nor Spanish words: a sentence made mostly of them
is not English or Spanish, whatever its function words say."""

from __future__ import annotations

from functools import lru_cache

from guardrails import lazy_re as re
from guardrails.language.function_words import FUNCTION_WORDS, SUPPORTED

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
CHECKED_WORD = re.compile(r"[a-z]{2,}")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
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


# A Spanish verb form of a frequent infinitive ("renovamos", "agregamos": renovar,
# agregar), an adjective in the other gender ("terapeutica"), and a prefixed word
# ("antigravedad"): a frequency list holds the base form, replies use every form.
_VERB_ENDINGS = ("amos", "emos", "imos", "aron", "ieron", "aba", "aban", "ado", "ada", "ados",
                 "adas", "ido", "ida", "idos", "idas", "ando", "iendo", "ara", "iera", "an",
                 "en", "as", "es", "a", "e", "o")
_GENDER = (("a", "o"), ("as", "os"), ("o", "a"), ("os", "as"))
_PREFIXES = ("anti", "re", "des", "pre", "auto", "multi", "super", "sub", "inter", "semi",
             "ultra", "micro", "mini", "contra", "sobre")


def is_known(word: str, known: frozenset[str]) -> bool:
    return word in known or any(
        word.endswith(suffix) and word[: -len(suffix)] in known for suffix in _SUFFIXES) or (
        len(word) >= 6 and _spanish_form_of_known(word, known))


def _spanish_form_of_known(word: str, known: frozenset[str]) -> bool:
    for ending in _VERB_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) >= 3 and (stem + "ar" in known or stem + "er" in known
                                   or stem + "ir" in known):
                return True
    for ending, other in _GENDER:
        if word.endswith(ending) and word[: -len(ending)] + other in known:
            return True
    return any(word.startswith(prefix) and len(word) - len(prefix) >= 5
               and word[len(prefix):] in known for prefix in _PREFIXES)


def unknown_words(folded: str, ignore: frozenset[str] = frozenset()) -> tuple[int, int]:
    """(words that are neither frequent English nor Spanish words, words looked at)."""
    known = known_words()
    words = CHECKED_WORD.findall(folded)
    if known.issuperset(words):
        return 0, len(words)  # every word is a frequent one: the common case, decided in C
    # Not frequent, not a name to ignore, not a given name, no frequent word plus an ending
    # (`counted_runs`, worked out once a word).
    unknown = [w for w in words if w not in known and w not in ignore and _counted_runs(w)]
    weight = len(unknown)
    if unknown:
        # Words written backwards ("tisiv ruoy"), or long strings no language has
        # ("vghhbmtzigzvcib", base64): each counts double.
        weight += sum(2 if len(w) >= 20 else 1 for w in unknown
                      if len(w) >= 20 or (len(w) >= 3 and w[::-1] in known))
    return weight, len(words)


# Marks on Latin letters that neither English nor Spanish uses (Vietnamese "Cảm ơn bạn",


def unknown_holders(words: frozenset[str], ignore: frozenset[str]) -> frozenset[str]:
    """The words of the reply holding a word `unknown_words` would count: a sentence with
    none of them counts none (most sentences: one set difference in C, then a few words)."""
    rest = words - known_words()
    if not rest:
        return frozenset()
    return frozenset(word for word in rest
                     if any(run not in ignore for run in _counted_runs(word)))


@lru_cache(maxsize=65536)
def _counted_runs(word: str) -> tuple[str, ...]:
    """The runs of letters in a word of the reply that `unknown_words` counts (names to
    ignore aside): worked out once a word."""
    from guardrails.vocabulary import given_names

    known, names = known_words(), given_names()[0]
    return tuple(run for run in ((word,) if word.isalpha() else CHECKED_WORD.findall(word))
                 if len(run) >= 2 and run not in known and run not in names
                 and not is_known(run, known))
