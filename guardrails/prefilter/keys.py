"""The keys the prefilter index speaks in, and how a word of a reply offers them: what the
engine needs at run time (the analysis of the patterns' sources, `regex_words` and `index`,
runs only when the rule tables change).

A key is how the beginning of a match can look:
- the first word itself ("your", "dr");
- "abc~": a first word that begins with "abc" and goes on;
- either of those, a space or an apostrophe and the second word's first SECOND_LENGTH
  letters ("your vi", "rec~ vi", "we're"), or the whole second word when shorter ("you a",
  "we'd");
- "$";
- "^" and a mark ("^@"): the match begins right after that character.
"""

from __future__ import annotations

KEY_LENGTH = 3
SECOND_LENGTH = 2
AFTER = "^"
# What may join a first word to the second in a two-word key: "your vi", "we'd" ("we" "'d").
SEPARATORS = " '"
PREFIX = "~"  # marks a key that is the first KEY_LENGTH letters of a longer word
# A match starts at a word start: not after a letter, digit or "$"; at a letter, digit or "$".
WORD_START = r"(?<![a-z0-9$])(?=[a-z0-9$])"
ANCHORS = 2  # anchors kept a branch: the reply must hold a word of each

# Keys do not tell digits apart ("12 da", "9 da" -> "00 da", "0 da"): dates, times and doses
# would otherwise need tens of thousands of keys. `key_text` is how a reply's word is keyed.
_ZEROS = str.maketrans("123456789", "000000000")


def key_text(word: str) -> str:
    """A word (or the first letters of one) as keys spell it: every digit a "0"."""
    return word.translate(_ZEROS) if word < "a" or not word.isalpha() else word


def split_key(key: str) -> tuple[str, str]:
    """A key's first word and what follows it (its separator and second word, or "")."""
    for at, ch in enumerate(key):
        if ch in SEPARATORS:
            return key[:at], key[at:]
    return key, ""


def word_keys(word: str) -> tuple[str, ...]:
    """The keys a word of a reply offers: itself, and its first letters and "~"."""
    word = key_text(word)
    if len(word) >= KEY_LENGTH:
        return word, word[:KEY_LENGTH] + PREFIX
    return (word,)
