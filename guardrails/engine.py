"""`check(reply, context) -> Verdict`: run every rule over the folded reply.

Order of work: normalise -> length -> practice name -> contact path -> sentences and their
languages -> phrase/pattern rules (per-language tables in `guardrails/rules/`) -> clinical
lexicon and review echo -> names, staff and dates -> warnings. Every finding is located in the
ORIGINAL reply (`reply[start:end] == excerpt`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from guardrails import contact
from guardrails.language import FUNCTION_WORDS, SUPPORTED, char_hints, score_words, script_language
from guardrails.lexicon import TOKEN, Lexicon, TermMatch, clinical_lexicon, tokenize
from guardrails.normalize import Normalized, normalize
from guardrails.rules import Pattern, first_chars, literal_alternation, prefixes, words
from guardrails.rules import en as rules_en
from guardrails.rules import es as rules_es
from guardrails.verdict import Finding, GuardContext, Verdict

GOOGLE_REPLY_LIMIT_BYTES = 4096
LONG_REPLY_CHARS = 1000
MAX_FINDINGS_PER_RULE = 50
LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian", "ru": "Russian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "th": "Thai", "unknown": "an unrecognised language",
}  # fmt: skip

_RULE_TABLES = ("PATIENT_RELATIONSHIP", "TREATMENT_DISCLOSURE", "RECORDS_BILLING",
                "MEDICAL_ADVICE", "REVIEW_INCENTIVE")  # fmt: skip
_RULE_IDS = {
    "PATIENT_RELATIONSHIP": "patient-relationship",
    "TREATMENT_DISCLOSURE": "treatment-disclosure",
    "RECORDS_BILLING": "records-billing",
    "MEDICAL_ADVICE": "medical-advice",
    "REVIEW_INCENTIVE": "review-incentive",
    "WARN_TONE": "argumentative-tone",
}
# Abbreviations whose full stop does not end a sentence ("Dr. Lowe").
_ABBREVIATIONS = frozenset(
    [
        "dr", "dra", "drs", "mr", "mrs", "ms", "sr", "sra", "srta", "st", "no", "vs", "etc", "jr",
        "inc", "co", "dept", "approx", "ext", "tel", "e.g", "i.e", "a.m", "p.m", "u.s",
    ]
)
# " - " ends a clause too; written "-(?<= -) " (not "(?<= )- ") so every alternative starts
# with a character class and the regex engine skips to candidates in C.
_SENTENCE_END = re.compile(r"[.!?;]+(?: |$)|[¿¡]|-(?<= -) ")
_DISCLAIMER = re.compile(
    r"\b(?:can't|cannot|can not|unable to|not able to|won't|will not|do not|don't|never|not|"
    r"no podemos|no puede|no es posible) (?:[a-z']+ ){0,3}(?:discuss|share|comment on|talk about|"
    r"disclose|address|go into|release|reveal|respond to|get into|mention|hablar|discutir|"
    r"comentar|compartir|divulgar|revelar)\b"
)
_GREETING = re.compile(
    r"(?:^|(?<=[.!?] ))(?:hi|hello|hey|dear|greetings|good morning|good afternoon|"
    r"good evening|hola|estimad[oa]|querid[oa]|buenos dias|buenas tardes|buenas noches),? "
    r"([a-z][a-z'-]+)"
)
_NOT_A_NAME = frozenset(
    [
        "there", "everyone", "everybody", "all", "friend", "friends", "neighbor", "neighbors",
        "neighbour", "folks", "reviewer", "valued", "guest", "guests", "team", "and", "thank",
        "thanks", "we", "our", "from", "to", "you", "usted", "ustedes", "todos", "amigo", "amiga",
        "amigos", "senor", "senora", "sir", "madam", "community", "again", "again,", "patient",
        "visitor", "customer", "google", "yelp",
        # Spanish generic addressees: "Estimado cliente," is no one's name
        "cliente", "clienta", "clientes", "vecino", "vecina", "vecinos", "lector", "lectora",
        "usuario", "usuaria", "visitante", "visitantes", "familia", "comunidad", "paciente",
    ]
)
# A name opening the reply ("Tom, ...") and a name closing a thank-you ("Thank you, Tom!"),
# as two scans: in one alternation "Thanks, Tom!" at the start was taken by the first branch
# ("Thanks,") and the name after it was never looked at.
_ADDRESSED_OPENING = re.compile(  # "Tom," and "Mrs. Patterson," / "Señora Martínez,"
    r"(?:(?:mr|mrs|ms|miss|dr|dra|sr|sra|srta|senor|senora|senorita|don|dona)\.? )?"
    r"([a-z][a-z'-]+),"
)
_ADDRESSED_THANKS = re.compile(
    r"\b(?:thanks|thank you|thank you so much|thanks so much|gracias|"
    r"muchas gracias|mil gracias),? ([a-z][a-z'-]+)(?=[!.,]| *$)"
)
_THANKS_WORDS = frozenset(["thanks", "thank", "gracias"])
_DISCOURSE = frozenset(TOKEN.findall(
    "however again first firstly sadly unfortunately hello hi thanks welcome greetings friends "
    "everyone sir madam ma'am please yes no well indeed absolutely certainly note update lastly "
    "finally overall wow ok okay truly so hola gracias estimado estimada sinceramente bueno claro "
    "primero ademas saludos lamentablemente desafortunadamente amigos todos again folks neighbor "
    "neighbors team all everybody"
))
_GREETING_WORDS = frozenset(TOKEN.findall(
    "hi hello hey dear greetings good hola estimado estimada querido querida buenos buenas"
))
_TITLE_WORDS = frozenset(TOKEN.findall(
    "dr dra doctor doc nurse np pa rn hygienist assistant therapist counselor midwife surgeon "
    "dentist mr mrs ms miss"
))
_TITLED_NAME = re.compile(rf"{rules_en.STAFF_TITLE}([a-z][a-z'-]+)")
_STRICT_TITLES = frozenset(
    [
        "doctor", "doc", "nurse", "hygienist", "assistant", "therapist", "counselor", "midwife",
        "surgeon", "dentist", "miss", "np", "pa", "rn",
    ]
)
_PRIVATE_CHANNEL = re.compile(r"\b" + words(  # a trie: one path a character, not 26 tries
    "whatsapp", "whats app", "telegram", "signal app", "wechat", "viber", "kik", "snapchat",
    "dm me", "dm us", "direct message", "message me", "text me", "text our", "text my",
    "my cell", "my personal", "personal cell", "personal number", "personal email",
    "cell phone number", "mi celular", "mi numero personal", "mi correo personal",
    "mandeme un mensaje", "escribame por", "mensaje directo",
    # Not "llámeme"/"escríbame a": a manager may give the practice's own number that way.
    "mensaje de texto", "textearme", "texteeme", "mi telefono", "mi cel", "por whats",
    "por privado", "mensaje privado", "mi linea directa",
) + r"\b")
# The first word of every private-channel phrase: without one, no phrase can match.
_PRIVATE_FIRST_WORDS = frozenset(TOKEN.findall(
    "whatsapp whats telegram signal wechat viber kik snapchat dm direct message text my "
    "personal cell mi mandeme escribame mensaje textearme texteeme por"
))
# A clinical word used to describe the premises ("wheelchair-accessible", "wheelchair ramp").
_AMENITY_AFTER = re.compile(
    r"[- ](?:accessible|accessibility|access|ramps?|parking|entrances?|seating|lifts?|"
    r"restrooms?|friendly|accesible|acceso|rampas?|estacionamiento|entradas?)\b"
)
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÁÉÍÓÚÑÜ]")
_SHOUT_WORD = re.compile(r"\b[A-Z][A-Z'’]+\b")
_CONTACT_ONLY_WORDS = re.compile(r"[^\W\d_]{2,}")

_NOT_SCANNED: Any = object()  # `_Doc.candidates` before `_table_starts` ran


@dataclass
class _Doc:
    reply: str
    norm: Normalized
    text: str
    sentence_starts: list[int]
    sentence_ends: list[int]
    _tokens: list[tuple[int, int, str]] | None = None
    _words: list[str] | None = None
    candidates: Any = _NOT_SCANNED  # `_table_starts`, computed once a reply
    contact_spans: tuple[tuple[int, int], ...] = ()  # sorted phone/email spans (folded)
    _word_set: frozenset[str] | None = None

    @property
    def words(self) -> list[str]:
        """The words of `text` (`TOKEN.findall`: in C, without building spans)."""
        if self._words is None:
            self._words = TOKEN.findall(self.text)
        return self._words

    @property
    def word_set(self) -> frozenset[str]:
        if self._word_set is None:
            self._word_set = frozenset(self.words)
        return self._word_set

    @property
    def tokens(self) -> list[tuple[int, int, str]]:
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    def window(self, pos: int, radius: int = 300) -> tuple[int, int]:
        """The sentence around `pos`, at most `radius` characters each side: context tests
        stay local, so a 1 MB reply without full stops is still checked in linear time."""
        start, end = self.sentence_of(pos)
        return max(start, pos - radius), min(end, pos + radius)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        i = max(i, 0)
        return self.sentence_starts[i], self.sentence_ends[i]


class _Spans:
    """Non-overlapping-ish spans with O(log n) overlap tests (a 1 MB reply can hold 20,000
    phone numbers; a linear scan per test would be quadratic)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._sorted = True

    def add(self, start: int, end: int) -> None:
        if self._spans and start < self._spans[-1][0]:
            self._sorted = False
        self._spans.append((start, end))
        self._starts.append(start)

    def spans(self) -> list[tuple[int, int]]:
        if not self._sorted:
            self._spans.sort()
            self._starts = [a for a, _ in self._spans]
            self._sorted = True
        return self._spans

    def overlaps(self, start: int, end: int) -> bool:
        if not self._spans:
            return False
        spans = self.spans()
        i = bisect.bisect_left(self._starts, end)
        return any(spans[k][1] > start for k in range(max(0, i - 3), i))

    def covers(self, start: int, end: int) -> bool:
        if not self._spans:
            return False
        spans = self.spans()
        i = bisect.bisect_right(self._starts, start)
        return any(spans[k][1] >= end for k in range(max(0, i - 3), i))


class _Findings:
    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.items: list[Finding] = []
        self._by_rule: dict[str, list[Finding]] = {}
        self.blocked_spans = _Spans()  # contact spans (folded coords)
        self.name_spans = _Spans()  # the practice's own name

    def in_practice_name(self, start: int, end: int) -> bool:
        return self.name_spans.covers(start, end)

    def add(self, rule: str, severity: str, start: int, end: int, message: str) -> None:
        """Add a finding at folded [start, end)."""
        s, e = self.doc.norm.to_original(start, end)
        self.add_original(rule, severity, s, e, message)

    def add_original(self, rule: str, severity: str, s: int, e: int, message: str) -> None:
        same_rule = self._by_rule.setdefault(rule, [])
        if len(same_rule) >= MAX_FINDINGS_PER_RULE:
            return  # the reply is already blocked; a 1 MB reply must not make 100,000 findings
        for f in same_rule:
            if f.start < e and s < f.end:
                return  # one finding per rule per place is enough
        finding = Finding(rule, severity, s, e, self.doc.reply[s:e], message)  # type: ignore[arg-type]
        same_rule.append(finding)
        self.items.append(finding)

    def in_contact(self, start: int, end: int) -> bool:
        return self.blocked_spans.overlaps(start, end)


_WORD_START = r"(?<![a-z0-9$])(?=[a-z0-9$])"


@lru_cache(maxsize=32)
def _compiled(module_name: str, table: str) -> tuple[re.Pattern[str], tuple[Pattern, ...]] | None:
    module = {"en": rules_en, "es": rules_es}[module_name]
    patterns: tuple[Pattern, ...] = tuple(getattr(module, table, ()))
    if not patterns:
        return None
    combined = "|".join(
        f"{_lookahead(p.regex)}(?P<p{i}>{p.regex})" for i, p in enumerate(patterns)
    )
    # One test for the whole table first: most word starts begin no pattern at all.
    union: set[str] = set()
    for p in patterns:
        starts = prefixes(p.regex)
        if starts is None or len(starts) > 3000:
            union = set()
            break
        union |= starts
    gate = f"(?={literal_alternation(union)})" if union else ""
    return re.compile(rf"{_WORD_START}{gate}(?:{combined})"), patterns


def _pattern_index(m: re.Match[str]) -> int:
    """Which table pattern a `_compiled` match came from (its group is `p{index}`)."""
    return int(m.lastgroup[1:])  # type: ignore[index]


# Every table the engine scans with `_table_matches`.
_SCANNED_TABLES = (*_RULE_TABLES, "WARN_TONE", "SPECIFIC_DATE", "PERSONAL_IDENTIFIER")


@dataclass(frozen=True)
class _Starts:
    """Where the scanned tables of some languages can begin (see `_table_starts`)."""

    regex: re.Pattern[str]  # zero-width, at a word start, capturing the longest known prefix
    tables: dict[str, tuple[tuple[str, str], ...]]  # prefix -> (language, table) it may begin


@lru_cache(maxsize=1)
def _starts() -> _Starts | None:
    """The union of every scanned pattern's possible beginnings (up to 6 characters, fewer
    where that set would be too large), both languages in one trie, with the tables each
    beginning may start. None when some pattern's beginning is not known (it might match
    empty): then every table scans the whole text."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for language in ("en", "es"):
        module = {"en": rules_en, "es": rules_es}[language]
        for table in _SCANNED_TABLES:
            for pattern in getattr(module, table, ()):
                starts = _long_prefixes(pattern.regex)
                if starts is None:
                    return None
                for start in starts:
                    owners.setdefault(start, set()).add((language, table))
    if not owners:
        return None
    # The trie captures the longest beginning at a position; every shorter one present there
    # is a prefix of it, so each beginning also carries the tables of its own prefixes.
    tables = {}
    for start in owners:
        found: set[tuple[str, str]] = set()
        for k in range(1, len(start) + 1):
            found |= owners.get(start[:k], set())
        tables[start] = tuple(sorted(found))
    regex = re.compile(rf"{_WORD_START}(?=({literal_alternation(owners)}))")
    return _Starts(regex, tables)


@lru_cache(maxsize=512)
def _long_prefixes(regex: str) -> frozenset[str] | None:
    for length in (6, 5, 4, 3, 2):
        starts = prefixes(regex, length)
        if starts is not None and len(starts) <= 3000:
            return starts
    return None


def _table_starts(doc: _Doc) -> dict[tuple[str, str], list[int]] | None:
    """For each scanned table, the word starts where one of its patterns could begin (one
    scan of the text for every table), or None when that scan is unavailable.

    Word starts inside a phone number or email address are left out: every rule skips a
    match overlapping a contact, and leaving one out can only let a later match through
    that the skipped one would have hidden (more findings, never fewer)."""
    if doc.candidates is _NOT_SCANNED:
        starts = _starts()
        found: dict[tuple[str, str], list[int]] | None = None
        if starts is not None:
            found = {}
            contacts, k = doc.contact_spans, 0
            for m in starts.regex.finditer(doc.text):
                pos = m.start()
                while k < len(contacts) and contacts[k][1] <= pos:
                    k += 1
                if k < len(contacts) and contacts[k][0] <= pos:
                    continue
                for key in starts.tables[m.group(1)]:
                    found.setdefault(key, []).append(pos)
        doc.candidates = found
    return doc.candidates


def _candidates(doc: _Doc, language: str, table: str) -> list[int] | None:
    found = _table_starts(doc)
    return None if found is None else found.get((language, table), [])


def _table_matches(doc: _Doc, regex: re.Pattern[str],
                   candidates: list[int] | None) -> Iterator[re.Match[str]]:
    """Exactly `regex.finditer(doc.text)`, trying only the candidate positions.

    A table pattern can only match where one of its prefixes starts a word, so every match
    of the table starts at a candidate; trying them in order, each from the end of the
    previous match, is what finditer does (a pattern with known prefixes cannot match
    empty), and lookbehinds still see the text before p."""
    if candidates is None:
        yield from regex.finditer(doc.text)
        return
    match, text, last_end = regex.match, doc.text, 0
    for pos in candidates:
        if pos >= last_end and (m := match(text, pos)) is not None:
            last_end = m.end()
            yield m


def _lookahead(regex: str) -> str:
    """A cheap test of the first characters a pattern can start with (speed only)."""
    starts = prefixes(regex)
    if starts and len(starts) <= 3000:
        return f"(?={literal_alternation(starts)})"
    chars = first_chars(regex)
    return f"(?=[{re.escape(chars)}])" if chars else ""


@lru_cache(maxsize=4)
def _hedge(module_name: str) -> re.Pattern[str]:
    module = {"en": rules_en, "es": rules_es}[module_name]
    return re.compile(module.HEDGES)


@lru_cache(maxsize=4)
def _visit_context(module_name: str) -> re.Pattern[str]:
    module = {"en": rules_en, "es": rules_es}[module_name]
    return re.compile(module.VISIT_CONTEXT)


@lru_cache(maxsize=1)
def _insurers() -> Lexicon:
    return Lexicon(rules_en.INSURERS, "en")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words: set[str] = set()
    for vocabulary in FUNCTION_WORDS.values():
        words |= vocabulary
    words |= set(
        [
            "will", "bill", "grace", "hope", "joy", "may", "june", "april", "august", "mark",
            "rose", "faith", "pat", "sue", "art", "dawn", "summer", "rich", "guy", "frank", "ray",
            "bob", "jack", "sunny", "star", "page", "lane", "king", "young", "price", "rich",
            "bishop", "love", "rock", "stone", "wood", "woods", "hill", "dale", "glen", "chase",
            "miles", "brook", "brooks", "reed", "wade", "penny", "ruby", "amber", "crystal", "iris",
            "lily", "daisy", "ivy", "holly", "olive", "sky", "river", "autumn", "winter", "carol",
            "robin", "jay", "drew", "dean", "earl", "gene", "hunter", "mason", "taylor", "harper",
            "joy", "destiny", "angel", "patience", "constance", "charity", "prudence", "honor",
            "trinity", "justice", "sol", "luz", "paz", "rocio", "dolores", "consuelo", "amparo",
            "angeles", "mercedes", "pilar", "rosario", "blanca", "clara", "esperanza",
        ]
    )
    return frozenset(words)


def check(reply: str, context: GuardContext | Mapping[str, Any] | None = None) -> Verdict:
    """Judge one reply. `context` is a GuardContext or a mapping (flat or JSONL shape)."""
    if not isinstance(reply, str):
        raise TypeError(f"reply must be a string, not {type(reply).__name__}")
    ctx = GuardContext.coerce(context)
    norm = normalize(reply)
    doc = _Doc(reply, norm, norm.text, *_sentences(norm.text))
    found = _Findings(doc)

    _check_length(doc, found)
    _find_practice_name(doc, ctx, found)
    _check_contacts(doc, ctx, found)
    doc.contact_spans = tuple(found.blocked_spans.spans())
    languages = _check_languages(doc, found)
    rule_languages = _rule_languages(doc)
    for language in rule_languages:
        _check_patterns(doc, language, found, rule_languages)
    _check_lexicon(doc, ctx, found)
    _check_names_and_dates(doc, ctx, found, languages=rule_languages)
    _check_warnings(doc, found)

    findings = sorted(found.items, key=lambda f: (f.start, f.end, f.rule))
    return Verdict(findings=tuple(findings), languages=languages)


def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts, ends, start = [0], [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _word_before(text, m.start()) in _ABBREVIATIONS:
            continue
        ends.append(m.start())
        start = m.end()
        starts.append(start)
    ends.append(len(text))
    return starts, ends


def _word_before(text: str, pos: int) -> str:
    space = text.rfind(" ", max(0, pos - 12), pos)
    return text[space + 1 : pos] if space >= 0 else text[max(0, pos - 12) : pos]


def _check_length(doc: _Doc, found: _Findings) -> None:
    if not doc.text.strip():
        found.add_original("length", "block", 0, len(doc.reply),
                           "The reply is empty: write a reply before approving")
        return
    size = len(doc.reply.encode("utf-8"))
    if size > GOOGLE_REPLY_LIMIT_BYTES:
        # Characters that fit whole within the limit; the excess starts after them.
        cut = len(doc.reply.encode("utf-8")[:GOOGLE_REPLY_LIMIT_BYTES].decode("utf-8", "ignore"))
        found.add_original("length", "block", cut, len(doc.reply),
                           f"The reply is {size:,} bytes; Google accepts at most "
                           f"{GOOGLE_REPLY_LIMIT_BYTES:,}: shorten it (the excess starts here)")
    elif len(doc.reply) > LONG_REPLY_CHARS:
        found.add_original("length-long", "warn", LONG_REPLY_CHARS, len(doc.reply),
                           f"The reply is {len(doc.reply):,} characters; replies over "
                           f"{LONG_REPLY_CHARS:,} read as defensive (warning only)")


def _find_practice_name(doc: _Doc, ctx: GuardContext, found: _Findings) -> None:
    # "Bright Smile Orthodontics" and "Cedar Path Counseling" name the practice, not care.
    name = _folded(ctx.practice_name)
    if len(name) < 3:
        return
    start = doc.text.find(name)
    while start >= 0:
        found.name_spans.add(start, start + len(name))
        start = doc.text.find(name, start + len(name))


def _check_contacts(doc: _Doc, ctx: GuardContext, found: _Findings) -> None:
    has_path = False
    for match in [*contact.find_phones(doc.text), *contact.find_emails(doc.text)]:
        found.blocked_spans.add(match.start, match.end)
        own = (
            contact.phones_equal(match.text, ctx.practice_phone)
            if match.kind == "phone"
            else contact.emails_equal(match.text, ctx.practice_email)
        )
        if own:
            has_path = True
            continue
        if match.kind == "phone":
            why = ("is not the practice's number" if ctx.practice_phone else
                   "can't be confirmed as the practice's number (no practice phone is set)")
        else:
            why = ("is not the practice's email" if ctx.practice_email else
                   "can't be confirmed as the practice's email (no practice email is set)")
        found.add("foreign-contact", "block", match.start, match.end,
                  f"This {match.kind} {why}: only the practice's own contact may appear")
    private = () if doc.word_set.isdisjoint(_PRIVATE_FIRST_WORDS) else _PRIVATE_CHANNEL.finditer(
        doc.text)
    for m in private:
        found.add("foreign-contact", "block", m.start(), m.end(),
                  "Points to a private channel (messaging app, personal number or direct "
                  "message): only the practice's own phone or email may appear")
    if not has_path and doc.text.strip():
        wanted = " or ".join(x for x in (ctx.practice_phone, ctx.practice_email) if x)
        hint = f" ({wanted})" if wanted else " (no practice phone or email is configured)"
        found.add_original("missing-contact-path", "block", len(doc.reply), len(doc.reply),
                           f"No offline contact path: add the practice's phone or email{hint}")


# Web addresses: their pieces ("com", "www", a Spanish or Portuguese-looking domain word)
# are not evidence of the language a sentence is written in.
_DOTTED_WORD = re.compile(r"[\w-]\.[a-z]")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b(?:/\S*)?")


def _language_evidence(doc: _Doc) -> str:
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


def _check_languages(doc: _Doc, found: _Findings) -> tuple[str, ...]:
    judged: list[str] = []
    evidence = _language_evidence(doc)
    ascii_reply = doc.reply.isascii()  # then no sentence needs its original text
    for start, end in zip(doc.sentence_starts, doc.sentence_ends, strict=True):
        if end <= start:
            continue
        if ascii_reply:
            language, hints = None, None
        else:
            s, e = doc.norm.to_original(start, end)
            chunk = doc.reply[s:e]
            language = None if chunk.isascii() else script_language(chunk)
            hints = char_hints(chunk)
        if language is None:
            language, score = score_words(evidence[start:end], hints)
            if language not in SUPPORTED and score < 2:
                language = None
        if language is None:
            continue
        if language not in judged:
            judged.append(language)
        if language not in SUPPORTED:
            name = LANGUAGE_NAMES.get(language, language)
            found.add("unsupported-language", "block", start, end,
                      f"Written in {name}: the guardrail has rules for English and Spanish "
                      "only, so this reply cannot be checked; translate it")
    if not judged:
        # No function words at all: fine for "555-014-2290" or "Thanks!", not for prose.
        pieces, last = [], 0
        for a, b in found.blocked_spans.spans():
            pieces.append(doc.text[last:a])
            last = max(last, b)
        pieces.append(doc.text[last:])
        without_contacts = " ".join(pieces)
        if len(_CONTACT_ONLY_WORDS.findall(without_contacts)) >= 4:
            found.add_original("unsupported-language", "block", 0, len(doc.reply),
                               "The language of this reply was not recognised, so it cannot "
                               "be checked: write it in English or Spanish")
            return ("unknown",)
        return ("en",)
    ordered = [code for code in SUPPORTED if code in judged]
    return tuple(ordered + [code for code in judged if code not in SUPPORTED])


_ONLY_WORDS = {
    "en": FUNCTION_WORDS["en"] - FUNCTION_WORDS["es"] - {"a", "no", "me", "at"},
    "es": FUNCTION_WORDS["es"] - FUNCTION_WORDS["en"] - {"a", "no", "o", "me", "mi", "son", "he"},
}


def _rule_languages(doc: _Doc) -> tuple[str, ...]:
    """Rule tables to run: those of every language with at least one of its function words
    in the reply; both when neither shows (the cost of a table is only speed)."""
    words = doc.word_set
    present = tuple(code for code in ("en", "es") if not words.isdisjoint(_ONLY_WORDS[code]))
    return present or ("en", "es")


def _check_patterns(doc: _Doc, language: str, found: _Findings,
                    languages: tuple[str, ...] = ("en", "es")) -> None:
    for table in _RULE_TABLES:
        compiled = _compiled(language, table)
        if compiled is None:
            continue
        regex, patterns = compiled
        for m in _table_matches(doc, regex, _candidates(doc, language, table)):
            if m.end() == m.start() or found.in_contact(m.start(), m.end()):
                continue
            if found.in_practice_name(m.start(), m.end()):
                continue
            pattern = patterns[_pattern_index(m)]
            if table == "TREATMENT_DISCLOSURE" and _in_disclaimer(doc, m.start()):
                continue
            if pattern.hedgeable and _hedged(doc, language, m.start()):
                continue
            found.add(_RULE_IDS[table], "block", m.start(), m.end(), pattern.message)
    compiled = _compiled(language, "WARN_TONE")
    if compiled:
        regex, patterns = compiled
        for m in _table_matches(doc, regex, _candidates(doc, language, "WARN_TONE")):
            pattern = patterns[_pattern_index(m)]
            found.add("argumentative-tone", "warn", m.start(), m.end(), pattern.message)
    _check_insurers(doc, language, found)


def _hedged(doc: _Doc, language: str, pos: int) -> bool:
    start, _end = doc.window(pos)
    return bool(_hedge(language).search(doc.text, start, pos + 1))


def _check_insurers(doc: _Doc, language: str, found: _Findings) -> None:
    if language != "en":
        return
    for match in _insurers().find_words(doc.text, doc.words, lambda: doc.tokens):
        found.add("records-billing", "block", match.start, match.end,
                  f"Names an insurer or plan ('{match.term}'): talks about the reader's coverage")


def _clinical_matches(text: str, extra: tuple[str, ...],
                      doc: _Doc | None = None) -> list[TermMatch]:
    lexicon = clinical_lexicon("en+es", extra)
    if doc is None:
        return lexicon.find_tokens(text, tokenize(text))
    return lexicon.find_words(text, doc.words, lambda: doc.tokens)


# Words too general to count as clinical on their own when echoed from the review.
_ECHO_IGNORE = frozenset(
    [
        "upper", "lower", "front", "back", "left", "right", "first", "second", "third", "severe",
        "minor", "acute", "chronic", "general", "annual", "routine", "regular", "follow", "check",
        "health", "medical", "dental", "physical", "mental", "personal", "family", "child",
        "children", "adult", "visit", "office", "exam", "test", "care", "treatment", "doctor",
        "nurse", "pain", "after", "before", "other", "small", "large", "blood", "water", "daily",
        "night", "morning", "weekly", "monthly", "control", "normal", "simple", "full", "total",
        "partial", "mouth", "teeth", "tooth", "skin", "heart", "level", "levels",
    ]
)


@lru_cache(maxsize=256)
def _folded(text: str) -> str:
    """Folded context strings (practice name, reviewer name), cached: they repeat."""
    return normalize(text).text.strip()


@lru_cache(maxsize=1024)
def _review_clinical(review: str, practice_name: str,
                     extra: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The clinical terms in a review, and their distinctive words (for echo detection)."""
    review_text = normalize(review).text
    practice = _folded(practice_name)
    if len(practice) >= 3:
        review_text = review_text.replace(practice, " ")
    terms: set[str] = set()
    words: set[str] = set()
    for m in _clinical_matches(review_text, extra):
        terms.add(m.term)
        for word in m.term.split():
            if len(word) >= 5 and word not in _ECHO_IGNORE and not word.isdigit():
                words.add(word)
    return frozenset(terms), frozenset(words)


def _check_lexicon(doc: _Doc, ctx: GuardContext, found: _Findings) -> None:
    review_terms: frozenset[str] = frozenset()
    review_words: frozenset[str] = frozenset()
    if ctx.review:
        review_terms, review_words = _review_clinical(
            ctx.review, ctx.practice_name, tuple(ctx.extra_clinical_terms))
    for m in _clinical_matches(doc.text, tuple(ctx.extra_clinical_terms), doc):
        if found.in_contact(m.start, m.end) or found.in_practice_name(m.start, m.end):
            continue
        if m.term in review_terms:
            found.add("treatment-disclosure", "block", m.start, m.end,
                      f"Repeats the clinical term '{m.term}' from the review: confirms the "
                      "reviewer's care")
            continue
        if _in_disclaimer(doc, m.start):
            continue  # "we can't discuss medications online" discloses nothing
        if _AMENITY_AFTER.match(doc.text, m.end) and not _possessed(doc.text, m.start):
            continue  # "wheelchair-accessible entrance" describes the building, not care
        found.add("treatment-disclosure", "block", m.start, m.end,
                  f"Clinical term '{m.term}': a reply must not mention conditions, procedures, "
                  "tests or medications")
    if review_words and not (review_words.isdisjoint(doc.word_set) and review_words.isdisjoint(
            [w.rstrip("s") for w in doc.word_set if len(w) > 5])):
        for start, end, word in doc.tokens:
            echoed = word in review_words or (len(word) > 5 and word.rstrip("s") in review_words)
            if echoed and not found.in_practice_name(start, end):
                found.add("treatment-disclosure", "block", start, end,
                          f"Repeats '{word}' from a clinical phrase in the review: confirms "
                          "the reviewer's care")


def _in_disclaimer(doc: _Doc, pos: int) -> bool:
    """A generic "we can't discuss X online" sentence, X not tied to the reader."""
    start, end = doc.window(pos)
    return bool(_DISCLAIMER.search(doc.text, start, end)) and not _possessed(doc.text, pos)


def _possessed(text: str, pos: int) -> bool:
    before = text[max(0, pos - 30) : pos]
    return bool(re.search(r"\b(?:your|ur|su|sus|tu|tus)(?: [a-z'-]+)?\s?$", before))


def _check_names_and_dates(doc: _Doc, ctx: GuardContext, found: _Findings,
                           languages: tuple[str, ...] = ("en", "es")) -> None:
    text = doc.text
    common = _common_words()
    # The reviewer's own name, anywhere.
    practice_words = set(TOKEN.findall(_folded(ctx.practice_name)))
    for token in set(TOKEN.findall(_folded(ctx.reviewer_name))):
        if len(token) < 2 or token in practice_words or token.isdigit():
            continue
        if token not in doc.word_set:
            continue  # a whole-word match of a [a-z0-9]+ token is always one of the words
        for m in _whole_word(token).finditer(text):
            if token in common and not _capitalised_mid_sentence(doc, m.start()):
                continue
            found.add("personal-identifier", "block", m.start(), m.end(),
                      "Names the reviewer: a reply must not identify the reviewer")
    words = doc.word_set
    # A greeting followed by any name ("Hi Vera").
    for m in (_GREETING.finditer(text) if words & _GREETING_WORDS else ()):
        word = m.group(1)
        if word in _NOT_A_NAME or word in common:
            continue
        found.add("personal-identifier", "block", m.start(1), m.end(1),
                  "Greets the reviewer by name: a reply must not identify the reviewer")
    # A name opening the reply ("Tom, thanks...") or closing a thank-you ("Thank you, Tom!").
    opening = _ADDRESSED_OPENING.match(text)
    thanks = _ADDRESSED_THANKS.finditer(text) if not words.isdisjoint(_THANKS_WORDS) else ()
    for m in [*([opening] if opening else []), *thanks]:
        group = 1
        word = m.group(group)
        if (word in _NOT_A_NAME or word in common or word in _DISCOURSE or word in practice_words
                or word in _TITLE_WORDS
                or word.endswith("ly") or not _capitalised(doc, m.start(group))):
            continue
        found.add("personal-identifier", "block", m.start(group), m.end(group),
                  "Addresses the reviewer by name: a reply must not identify the reviewer")
    # A staff member's name in a sentence about a visit or care ("Dr. Lowe" + "your exam").
    for m in (_TITLED_NAME.finditer(text) if words & _TITLE_WORDS else ()):
        title = text[m.start() : m.start(1)].strip(" .")
        name = m.group(1)
        if name in common and not _capitalised(doc, m.start(1)):
            continue
        if title in _STRICT_TITLES and not _capitalised(doc, m.start(1)):
            continue
        start, end = doc.window(m.start())
        clinical = _clinical_matches(text[start:end], tuple(ctx.extra_clinical_terms))
        if _mentions_visit(doc, start, end) or clinical:
            found.add("personal-identifier", "block", m.start(), m.end(),
                      "Names a staff member in a sentence about a visit or care: identifies "
                      "the reviewer's encounter")
    # Calendar dates identify an encounter wherever they appear.
    for language in languages:
        compiled = _compiled(language, "SPECIFIC_DATE")
        if compiled is None:
            continue
        regex, patterns = compiled
        for m in _table_matches(doc, regex, _candidates(doc, language, "SPECIFIC_DATE")):
            if not found.in_contact(m.start(), m.end()):
                pattern = patterns[_pattern_index(m)]
                found.add("personal-identifier", "block", m.start(), m.end(), pattern.message)
    # Weekdays, times and "yesterday" identify an encounter when tied to a visit.
    for language in languages:
        compiled = _compiled(language, "PERSONAL_IDENTIFIER")
        if compiled is None:
            continue
        regex, patterns = compiled
        for m in _table_matches(doc, regex, _candidates(doc, language, "PERSONAL_IDENTIFIER")):
            if found.in_contact(m.start(), m.end()):
                continue
            start, end = doc.window(m.start())
            if _mentions_visit(doc, start, end):
                pattern = patterns[_pattern_index(m)]
                found.add("personal-identifier", "block", m.start(), m.end(),
                          pattern.message)


@lru_cache(maxsize=512)
def _whole_word(token: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(token)}\b")


def _mentions_visit(doc: _Doc, start: int, end: int) -> bool:
    return any(_visit_context(lang).search(doc.text, start, end) for lang in ("en", "es"))


def _capitalised(doc: _Doc, pos: int) -> bool:
    s, e = doc.norm.to_original(pos, pos + 1)
    return doc.reply[s:e][:1].isupper()


def _capitalised_mid_sentence(doc: _Doc, pos: int) -> bool:
    start, _ = doc.sentence_of(pos)
    return pos != start and _capitalised(doc, pos)


def _check_warnings(doc: _Doc, found: _Findings) -> None:
    if not _SHOUT_WORD.search(doc.reply):
        return  # no word in capitals at all
    letters = len(_LETTER.findall(doc.reply))
    upper = len(_UPPER.findall(doc.reply))
    long_upper = [m for m in _SHOUT_WORD.finditer(doc.reply) if len(m.group()) >= 3]
    if letters >= 20 and upper > 0.6 * letters:
        found.add_original("shouting", "warn", 0, len(doc.reply),
                           "Written in capitals, which reads as shouting (warning only)")
    elif len(long_upper) >= 3:
        found.add_original("shouting", "warn", long_upper[0].start(), long_upper[-1].end(),
                           "Several words in capitals read as shouting (warning only)")
