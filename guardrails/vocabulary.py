"""Word lists the guardrail reads lazily: the most frequent English and Spanish words
(`data/<lang>/common_words.txt`) and given names (`data/<lang>/given_names.txt`).

Each list is read the first time a reply needs it, so most replies never pay for it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=4)
def common_words(language: str) -> frozenset[str]:
    """The most frequent words of `language` ("en" or "es"), folded."""
    return frozenset((DATA / language / "common_words.txt").read_text(encoding="utf-8").split())


def known_word(word: str) -> bool:
    """`word` (folded) is a frequent English or Spanish word."""
    return word in common_words("en") or word in common_words("es")


@lru_cache(maxsize=1)
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(every given name, the names that are also ordinary words), English and Spanish
    lists together: a Spanish name in an English reply is still a name."""
    names: set[str] = set()
    also_words: set[str] = set()
    for language in ("en", "es"):
        text = (DATA / language / "given_names.txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            name, _, flag = line.partition("\t")
            names.add(name)
            if flag == "word":
                also_words.add(name)
    return frozenset(names), frozenset(also_words)
