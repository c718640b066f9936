"""Which patterns are worth trying on a reply: a speed-up only, never a change in what matches.

Every pattern runs at a word start (the engine wraps it in `WORD_START`). From each pattern's
own source this package works out, once, when the rule tables change:

- **branches**: a pattern that is an alternation of whole sentences ("A|B|C") is looked at
  branch by branch, so one branch's first word is never combined with another's last word;
- **first keys** of each branch: every way the first word of a match can look: the word
  itself ("your", "dr"), or its first three letters and "~" when it may go on ("vis~"), or
  either followed by the next word's first two letters ("your vi"), or "$", or "^@" for a
  branch that begins right after an "@" (a social handle);
- an **anchor** of each branch: one word every match must contain, the least common one
  the branch offers (its last word, or a word after a space in the middle, judged by the
  frequency lists in `data/<lang>/common_words.txt`): "we ... (saw|treated) you" is anchored
  on "saw"/"treated", not on "we" or "you".

The engine then tries a branch only at the words offering one of its first keys, and only
when the reply holds one of its anchor words (`patterns.py`).

The analysis reads the regex source with a small parser of its own (the subset the rule
tables use: literals, escapes, classes, groups, lookarounds, alternation, repeats); anything
it does not follow gives `None`, "always try this pattern" (or "no anchor"). It runs when the
rule tables change, not at start-up: `python -m guardrails.prefilter --write` stores the
result in `data/prefilter_index.txt`, each pattern with a hash of its regex, and a pattern
whose regex no longer matches its hash is simply always tried (a test says to re-run the
command).

Modules: `keys` (the keys and how a reply's word offers them: all the engine reads at run
time), `regex_syntax` (the parser), `regex_words` (first keys, last words, branches), `index`
(anchors and the index file), `__main__` (the `--write` command).
"""

from importlib import import_module

# What the engine reads at run time is imported at once; the analysis of the patterns'
# sources (a parser and its walks) only when asked for: a new process needs none of it
# while the index and the start-up data are up to date.
from guardrails.prefilter.keys import (
    AFTER,
    ANCHORS,
    KEY_LENGTH,
    SECOND_LENGTH,
    SEPARATORS,
    WORD_START,
    key_text,
    split_key,
    word_keys,
)

_ANALYSIS = {
    "index": ("INDEX_PATH", "Branch", "all_patterns", "analyse", "branches_for", "build_index",
              "commonness", "regex_hash", "stored_index", "write_index"),
    "regex_words": ("first_keys", "last_keys", "word_start_keys"),
}
_MODULE_OF = {name: module for module, names in _ANALYSIS.items() for name in names}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"guardrails.prefilter.{module}"), name)


__all__ = [
    "AFTER",
    "ANCHORS",
    "INDEX_PATH",
    "KEY_LENGTH",
    "SECOND_LENGTH",
    "SEPARATORS",
    "WORD_START",
    "Branch",
    "all_patterns",
    "analyse",
    "branches_for",
    "build_index",
    "commonness",
    "first_keys",
    "key_text",
    "last_keys",
    "regex_hash",
    "split_key",
    "stored_index",
    "word_keys",
    "word_start_keys",
    "write_index",
]
