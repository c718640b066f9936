"""The guardrail's shortcuts give exactly what the plain computation gives: the fold done in C
equals the character-by-character fold (text and every offset), the words split in C equal
the token scan, a regex tried only where a match can begin finds what a scan of the whole
text finds, and each cheap test that skips a scan holds wherever the scan would match."""

from __future__ import annotations

import bisect
import dataclasses
import json
import random
import sys
from itertools import repeat
from pathlib import Path

import pytest

from guardrails import Finding, GuardContext, contact, engine, structure
from guardrails.document import Doc, Findings
from guardrails.language import judging, scoring
from guardrails.lexicon import TOKEN, split_words, tokenize
from guardrails.normalize import fold_each_character, normalize
from guardrails.patterns import matches

N = sys.modules["guardrails.normalize"]  # the module (the package exports the function)
HERE = Path(__file__).resolve().parent


def _case_texts() -> list[str]:
    texts = []
    for path in sorted(HERE.glob("cases*/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts += [case["reply"], case.get("review") or "", case.get("reviewer_name") or ""]
    return texts


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
            for _ in range(count)]


# Whitespace runs, line breaks, hyphens, accents, look-alikes, quotes, controls, leet digits.
UNICODE_ALPHABET = "ab cdé \n\t-.Ü  ñ`x1\u00a0\u2003—’\u200bο"
ASCII_ALPHABET = "aB c \n\t\r\x0b\x1c\x00\x7f-.`1@5 y0ur   "
TEXTS = [
    *_case_texts(),
    *_random_texts(UNICODE_ALPHABET, 4000, 1),
    *_random_texts(ASCII_ALPHABET, 4000, 2),
    "Thank you!\n\nWarm regards,\nMaria", "  Gracias por su  reseña.  \n\n", "\n\n\n", " ",
    "ex-pe-dien-te", "appoint-\nment", "your v i s i t", "y0ur v1sit", "br@ck3ts",
]


def _same_fold(text: str) -> None:
    fast, plain = normalize(text), fold_each_character(text)
    assert fast.text == plain.text, text
    n = len(fast.text)
    for i in range(n + 1):
        for j in {i, min(n, i + 1), min(n, i + 4)}:
            assert fast.to_original(i, j) == plain.to_original(i, j), (text, i, j)
    for pos in range(len(text) + 1):
        assert fast.folded_count_upto(pos) == plain.folded_count_upto(pos), (text, pos)


def test_the_fold_in_c_equals_the_fold_character_by_character() -> None:
    for text in TEXTS:
        _same_fold(text)


def test_most_replies_take_the_fold_in_c() -> None:
    replies = _case_texts()[::3]
    fast = sum(N._fold_one_to_one(text) is not None for text in replies)
    assert fast >= 0.9 * len(replies)


@pytest.mark.parametrize(("regex", "separator"), [("_BROKEN_WORD", "\n"), ("_SYLLABLES", "-")])
def test_the_separator_test_holds_wherever_the_scan_matches(regex: str, separator: str) -> None:
    pattern = getattr(N, regex)
    rng = random.Random(5)
    pieces = ["ex", "pe", "dien", "te", "ap", "point", "ment", "a", "1", "_", "é"]
    joins = ["-", "\n", "-\n", " \n ", "\r\n", "\t", "  ", " ", "- \n", "-\t\r\n  ", "."]
    texts = [*TEXTS, *("".join(rng.choice(pieces) + rng.choice(joins)
                           for _ in range(rng.randint(1, 6))) for _ in range(5000))]
    matched = 0
    for text in texts:
        if pattern.search(text):
            matched += 1
            assert N._joins_letters(text, separator), text
    assert matched > 20  # the texts do exercise the scan


def _folded_texts() -> list[str]:
    rng = random.Random(4)
    pieces = ["a", "b", "com", ".", "-", " ", "@", "www", "http", "://", "/", "x1", "_", ",",
              "é", "org", "555", "(", "+1", "me", "mi", "por", "whatsapp", "text", "ж", "٣"]
    randoms = ("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
               for _ in range(20000))
    return [normalize(text).text for text in (*TEXTS, *randoms)]


def test_words_split_in_c_equal_the_token_scan() -> None:
    for text in _folded_texts():
        scan = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        words, starts = split_words(text)
        assert list(zip(starts, words, strict=True)) == [(s, w) for s, _e, w in scan]
        assert tokenize(text) == scan


@pytest.mark.parametrize("module", [engine, judging], ids=["engine", "language"])
def test_web_addresses_tried_where_they_can_begin_equal_a_full_scan(module) -> None:
    found = 0
    for text in _folded_texts():
        expected = [m.span() for m in module._WEB_ADDRESS.finditer(text)]
        starts = module._web_address_starts(text)
        assert [m.span() for m in (matches(module._WEB_ADDRESS, text, starts) if starts
                                   else [])] == expected, text
        found += bool(expected)
    assert found > 100


@pytest.mark.parametrize("language", ["en", "es"])
def test_safe_phrases_blanked_at_their_words_equal_a_full_substitution(language) -> None:
    full = structure._safe_phrases(language)
    blanked = 0
    for text in _folded_texts():
        expected = full.sub(lambda m: " " * len(m.group()), text)
        assert structure.without_safe_phrases(language, text) == expected, text
        assert structure.without_safe_phrases(language, text, split_words(text)) == expected
        blanked += expected != text
    assert blanked > 100  # the texts do hold safe phrases


def test_phones_and_private_channels_equal_a_full_scan() -> None:
    for text in _folded_texts():
        full = [contact.ContactMatch(m.start(), m.end(), m.group(), "phone")
                for m in contact._PHONE.finditer(text)]
        assert contact.find_phones(text) == contact._with_spaced_phones(text, 0, full), text
        doc = Doc.of(text, normalize(text))
        assert [m.span() for m in engine._private_channels(doc)] == [
            m.span() for m in engine._PRIVATE_CHANNEL.finditer(text)], text


def test_replies_with_spanish_opening_marks_are_judged_as_sentence_by_sentence() -> None:
    """A reply folded to ASCII and "¿"/"¡" takes the plain path; each sentence's language is
    what `judge_sentence` gives it."""
    rng = random.Random(7)
    marked = "¡Gracias por su visita! ¿Cómo sigue su rodilla? ăă ¡Dziękujemy za wizytę! "
    replies = [*_case_texts(),
               *(" ".join(rng.sample(marked.split(" "), 4)) for _ in range(500))]
    judged = 0
    for reply in replies:
        doc = Doc.of(reply, normalize(reply))
        if reply.isascii() or doc.text.isascii() or max(reply) >= "\u0250":
            continue
        found = Findings(doc)
        engine._check_contacts(doc, GuardContext(), found)
        doc.contact_spans = tuple(found.blocked_spans.spans())
        judging.judge_languages(doc, found, frozenset())
        evidence, _ = judging._evidence(doc)
        for start, end in doc.sentences():
            original = reply[slice(*doc.norm.to_original(start, end))]
            words, starts = doc.columns
            sentence_words = words[bisect.bisect_left(starts, start):
                                   bisect.bisect_left(starts, end)]
            expected = judging.judge_sentence(original, doc.text[start:end],
                                              evidence[start:end]) or \
                judging._short_unknown_phrase(doc, start, end, evidence[start:end],
                                              frozenset()) or \
                judging._by_vocabulary(sentence_words, frozenset())
            assert doc.sentence_language.get(start) == expected, (reply, original)
        judged += judging._folds_plain(doc.text, reply)
    assert judged > 300  # the plain path did judge replies with opening marks


def test_a_finding_as_a_dict_is_every_field_in_order() -> None:
    finding = Finding("records-billing", "block", 3, 9, "charts", "A message", "en.records.x")
    assert finding.to_dict() == dataclasses.asdict(finding)
    assert list(finding.to_dict()) == [f.name for f in dataclasses.fields(Finding)]


def _scan(evidence: str) -> int:
    """One sentence's packed score, word by word (a Spanish "e" before an i sound as "y")."""
    words = scoring._WORD.findall(evidence)
    weights = list(map(scoring._WEIGHTS.get, words, repeat(0)))
    scoring._spanish_e(words, weights)
    return sum(weights)


def test_sentence_scores_from_the_words_equal_a_scan_of_each_sentence() -> None:
    rng = random.Random(6)
    pieces = ["we", "'", "re", "you", "d", "'s", " ", ". ", "la", "de", "4you", "the",
              "http://x.com", "a", "info@clinica.mx", "(555) 014-2290", "i", "m", "'t", "e", "ir"]
    texts = [*(normalize(t).text for t in _case_texts()[::2]),
             *(normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))).text
               for _ in range(8000))]
    scored = 0
    for text in texts:
        doc = Doc.of(text, normalize(text))
        found = Findings(doc)
        engine._check_contacts(doc, GuardContext(), found)
        doc.contact_spans = tuple(found.blocked_spans.spans())
        evidence, blanked = judging._evidence(doc)
        spans = doc.sentences()
        scores = scoring.sentence_scores(doc, blanked, evidence)
        if scores is None:
            continue
        scored += 1
        assert scores == [_scan(evidence[start:end]) for start, end in spans], text
    assert scored > 0.6 * len(texts)  # most take the path from the words


def test_threads_checking_at_once_get_the_verdicts_of_one_thread(monkeypatch) -> None:
    """The per-word memos of the pattern tables are shared by every thread (the Slack app
    checks replies from several): with a memo so small it is replaced every few replies,
    four threads at once must still find exactly what one thread finds."""
    import threading

    from guardrails import check, patterns

    cases = [json.loads(line) for path in sorted(HERE.glob("cases*/*.jsonl"))
             for line in path.read_text("utf-8").splitlines() if line.strip()][::4]
    expected = [check(case["reply"], case) for case in cases]
    monkeypatch.setattr(patterns, "_MAX_WORDS", 60)
    results: list[list] = [[] for _ in range(4)]

    def run(slot: int) -> None:
        results[slot] = [check(case["reply"], case) for case in cases]

    threads = [threading.Thread(target=run, args=(slot,)) for slot in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for got in results:
        assert got == expected
