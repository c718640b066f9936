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
import re
from functools import lru_cache

from guardrails.document import Doc, Findings
from guardrails.hooks import IDIOM_AFTER
from guardrails.lexicon import TOKEN
from guardrails.patterns import search_words
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
    r"\byours\b(?! (?:truly|sincerely|faithfully|always|in health))")


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


def _definite_body(found: Findings, language: str, offset: int, sentence: str,
                   words: list[str]) -> bool:
    """"The shoulder keeps improving": a particular body part and a result, no pronoun."""
    body, outcome = data.CUES[language]["body"], data.CUES[language]["outcome"]
    if body.isdisjoint(words):
        return False
    phrase = search_words(_phrase_cues(language), sentence, words)
    if outcome.isdisjoint(words) and not (phrase and phrase.lastgroup == "outcome"):
        return False
    if not data.GENERIC[language].isdisjoint(words):
        return False
    definite = data.DEFINITE[language]
    for i, word in enumerate(words):
        if word in body and any(w in definite for w in words[max(0, i - 2) : i]):
            m = re.search(rf"\b{word}\b", sentence)
            if m is None or found.in_practice_name(offset + m.start(), offset + m.end()):
                continue
            if IDIOM_AFTER.match(sentence, m.end()):
                continue  # "el corazón de lo que hacemos"
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


def without_safe_phrases(language: str, sentence: str) -> str:
    """`sentence` with the phrases that serve a safe function blanked (same length)."""
    return _safe_phrases(language).sub(lambda m: " " * len(m.group()), sentence)


@lru_cache(maxsize=4)
def _cue_words(language: str) -> frozenset[str]:
    """Every word with a cue class (`_cue_index`), and in English its plural in "s"."""
    cues = _cue_index(language).keys()
    return frozenset(cues) | ({f"{word}s" for word in cues} if language == "en" else set())


def check(doc: Doc, ctx: GuardContext, found: Findings, languages: tuple[str, ...]) -> None:
    text = doc.text
    all_words, starts = doc.columns
    for start, end in doc.sentences():
        sentence = text[start:end]
        # The sentence's words (`TOKEN.findall(sentence)`): no word crosses a sentence end.
        words = all_words[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        if not words:
            continue
        known = (doc.sentence_language or {}).get(start)
        for language in ((known,) if known in ("en", "es") else languages):
            if _reader_event(doc, found, language, start, sentence, words):
                break
    if "yours" in doc.word_set:
        for m in _YOURS.finditer(text):
            if found.in_contact(m.start(), m.end()):
                continue
            found.add("patient-relationship", "block", m.start(), m.end(),
                      "'Yours' stands for something of the reader's (their care, their result): "
                      "presumes they are a patient", "structure.yours")


def _reader_event(doc: Doc, found: Findings, language: str, offset: int, sentence: str,
                  words: list[str]) -> bool:
    reader = data.READER[language]
    addressed = not reader.isdisjoint(words)
    imperative = words[0] in data.IMPERATIVES[language] or (
        search_words(_addressed_opening(language), sentence, words) is not None)
    if not (addressed or imperative):
        return _definite_body(found, language, offset, sentence, words)
    cues = _cue_index(language)
    phrase = search_words(_phrase_cues(language), sentence, words)
    if phrase is None and _cue_words(language).isdisjoint(words):
        return False
    # Blank the phrases that serve a safe function, keeping offsets.
    cleaned = without_safe_phrases(language, sentence)
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(cleaned)
              if not found.in_contact(offset + m.start(), offset + m.end())
              and not found.in_practice_name(offset + m.start(), offset + m.end())]
    cleaned_words = [w for _, w in tokens]
    if not (imperative or not reader.isdisjoint(cleaned_words)):
        return False
    generic = not data.GENERIC[language].isdisjoint(cleaned_words)
    safe_sentence = search_words(_safe_sentence(language), sentence, words) is not None
    possessives = _POSSESSIVES[language]
    hit: tuple[int, int, str, str] | None = None
    for i, (pos, word) in enumerate(tokens):
        cue_class = cues.get(word)
        if cue_class is None and language == "en" and word.endswith("s"):
            cue_class = cues.get(word[:-1])  # "milestones", "smiles"
        if cue_class is None:
            continue
        if language == "es" and cue_class in ("life", "event") and any(
                w in ("los", "las") for _, w in tokens[max(0, i - 2) : i]):
            continue  # "pensando en los más pequeños": people in general
        owned = cue_class in _OWN and any(
            w in possessives for _, w in tokens[max(0, i - 3) : i])
        if owned and generic and language == "es":
            # "ayudar a personas de todas las edades ... con su sonrisa": "su" is theirs
            owned = any(w in ("tu", "tus") for _, w in tokens[max(0, i - 3) : i])
        if owned or not (generic or safe_sentence):
            hit = (pos, pos + len(word), cue_class, word)
            break
    if hit is None and phrase is not None and not (generic or safe_sentence):
        cue_class = next(k for k, v in phrase.groupdict().items() if v)
        hit = (phrase.start(), phrase.end(), cue_class, phrase.group())
    if hit is None:
        return False
    start, end, cue_class, word = hit
    found.add(data.CUE_RULES[cue_class], "block", offset + start, offset + end,
              data.CUE_MESSAGES[cue_class].format(cue=word), f"structure.reader-{cue_class}")
    return True
