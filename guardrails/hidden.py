"""`hidden-text`: characters that hide or reorder text have no place in a review reply.

Bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) make stored text
display in another order, so a reversed sentence reads normally on screen while every rule
sees it backwards; zero-width and other invisible format characters, tag characters and
blank-looking fillers (Hangul fillers U+3164/U+115F/U+1160/U+FFA0, braille blank U+2800,
Mongolian vowel separator U+180E) hide or split words. Any of them blocks the reply. (Folding
also drops them, so the words they split are still checked.) A zero-width joiner inside an
emoji sequence, an emoji variation selector and a byte-order mark at the very start are
ordinary and allowed.

Words written with digits for letters ("l4 r0d1ll4 y4 n0 t3 du3l3": the fold reads back
"1mpl4nt" but not every short word) cannot be checked either: two or more in one sentence
of the reply as written block it. Product and test names written in capitals ("T3 and T4",
"N95"), codes ending in two digits ("kn95", "b12") and rooms ("4b") are not such words.
"""

from __future__ import annotations

import unicodedata

from guardrails import lazy_re as re

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
FILLERS = frozenset("\u3164\u115f\u1160\uffa0\u2800\u180e\u17b4\u17b5\u034f")
_ZWJ = "\u200d"
# Candidates: format characters (Cf, which holds every bidi control and zero-width character),
# fillers, variation selectors and tag characters. Anything else cannot hide text.
_SUSPECT = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e0fff\U0001d173-\U0001d17a]"
)


def _is_pictograph(ch: str) -> bool:
    return bool(ch) and (ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) <= 0x27BF
                         or unicodedata.category(ch) == "So")


def hidden_characters(reply: str) -> list[tuple[int, str]]:
    """(index, description) of every character that hides or reorders text."""
    if reply.isascii():
        return []
    found = []
    for m in _SUSPECT.finditer(reply):
        i, ch = m.start(), m.group()
        before = reply[i - 1] if i else ""
        after = reply[i + 1 : i + 2]
        if ch == _ZWJ and (_is_pictograph(before) or before in "\ufe0f\u200d") and \
                _is_pictograph(after):
            continue  # a family or profession emoji is drawn as one picture
        if ch in "\ufe0e\ufe0f" and before and not before.isalnum():
            continue  # text or emoji presentation of a symbol ("❤️")
        if ch == "\ufeff" and i == 0:
            continue  # a byte-order mark some editors put first
        if "\U000e0020" <= ch <= "\U000e007f" and _in_flag_sequence(reply, i):
            continue  # subdivision flags (England, Scotland, Wales) are tag sequences
        found.append((i, _describe(ch)))
    return found


def _in_flag_sequence(reply: str, i: int) -> bool:
    k = i
    while k > 0 and "\U000e0020" <= reply[k - 1] <= "\U000e007f":
        k -= 1
    return k > 0 and reply[k - 1] == "\U0001f3f4"


def _describe(ch: str) -> str:
    if ch in _BIDI:
        kind = "a bidirectional control that reorders how text displays"
    elif ch in FILLERS:
        kind = "a blank filler character that looks like nothing"
    elif "\U000e0000" <= ch <= "\U000e0fff" or "\ufe00" <= ch <= "\ufe0f":
        kind = "an invisible tag or selector character that can carry hidden text"
    else:
        kind = "an invisible character"
    name = unicodedata.name(ch, f"U+{ord(ch):04X}")
    return f"U+{ord(ch):04X} {name}: {kind}"


def check(doc, found) -> None:
    """Block each run of hiding characters, located in the original reply."""
    runs: list[list] = []
    for index, description in hidden_characters(doc.reply):
        if runs and runs[-1][1] == index:
            runs[-1][1] = index + 1
        else:
            runs.append([index, index + 1, description])
    for start, end, description in runs:
        found.add_original("hidden-text", "block", start, end,
                           f"Hidden or reordering character ({description}): a reply must be "
                           "plain visible text; retype this part", "hidden.character")
    check_digits_for_letters(doc, found)


# A digit that can stand for a letter, touching a letter (the pattern starts with the digit,
# so the regex engine skips to digits in C: a reply's digits are mostly its phone number).
_DIGIT_GATE = re.compile(r"[013457](?:(?<=[a-z].)|(?=[a-z]))", re.IGNORECASE)
# A word mixing letters with the digits that stand for them (0 1 3 4 5 7): not a time, an
# ordinal, a unit, a room ("4b") or a code ending in two digits ("5pm", "3rd", "10mg", "kn95").
_DIGITS_FOR_LETTERS = re.compile(
    r"\b(?<![@._/-])(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[013457])(?![a-z]*[0-9]{2,}(?![a-z0-9]))"
    r"(?![0-9]+(?:am|pm|st|nd|rd|th|s|k|x|d|mg|ml|mm|cm|hrs?|mins?|yrs?|ft|lbs?|oz|km|mi|[a-z])\b)"
    r"[a-z0-9]+(?![a-z0-9@_/-]|\.[a-z0-9])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def check_digits_for_letters(doc, found) -> None:
    """Block a sentence of the reply holding two or more words written with digits for
    letters ("Qu3 g3n14l qu3 y4 pu3d4s c0rr3r"): the fold reads most of them back, but not
    every short word, and what it cannot read it cannot check."""
    reply = doc.reply
    if not _DIGIT_GATE.search(reply):
        return
    words = [m for m in _DIGITS_FOR_LETTERS.finditer(reply) if not m.group().isupper()]
    by_sentence: dict[int, list] = {}
    sentence = counted_to = 0
    for m in words if len(words) >= 2 else ():
        sentence += len(_SENTENCE_END.findall(reply, counted_to, m.start()))  # one pass in all
        counted_to = m.start()
        by_sentence.setdefault(sentence, []).append(m)
    for in_sentence in by_sentence.values():
        if len(in_sentence) >= 2:
            start, end = in_sentence[0].start(), in_sentence[-1].end()
            found.add_original("hidden-text", "block", start, end,
                               f"Words written with digits for letters ('{reply[start:end]}'): "
                               "the guardrail cannot read them; write them plainly",
                               "hidden.digits-for-letters")
