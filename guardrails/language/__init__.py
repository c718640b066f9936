"""Deterministic, offline language detection (standard library only).

Each sentence is scored by its function words (articles, pronouns, prepositions, courtesy
words: the words every sentence needs, whatever its topic) and by script: Cyrillic, Greek,
Arabic, Hebrew, CJK and other scripts name their language directly. A reply is judged by every
language its sentences are written in, so an English reply with one French sentence is judged
as English and French, and blocked because French rules do not exist.

Modules: `function_words` (the words of each language), `scoring` (a text's language from
its words, script and letters), `unknown` (words no frequency list knows),
`judging` (a reply sentence by sentence, fail closed).
"""

from guardrails.language.function_words import FUNCTION_WORDS, SUPPORTED
from guardrails.language.judging import LANGUAGE_NAMES, judge_languages, judge_sentence
from guardrails.language.scoring import (
    char_hints,
    detect_language,
    score_words,
    script_language,
    sentence_languages,
)
from guardrails.language.unknown import unknown_words

__all__ = [
    "FUNCTION_WORDS", "LANGUAGE_NAMES", "SUPPORTED", "char_hints", "detect_language",
    "judge_languages", "judge_sentence", "score_words", "script_language", "sentence_languages",
    "unknown_words",
]
