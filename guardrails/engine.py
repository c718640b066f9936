"""`check(reply, context) -> Verdict`: run every rule over the folded reply.

Order of work: hidden characters -> normalise -> length -> practice name -> contact path ->
sentences and their languages -> named patterns (per-language tables in `guardrails/rules/`,
tried only where `prefilter` says they can match) -> sentence structure (`structure`) ->
clinical lexicon and review echo -> names, staff and dates (`names`) -> warnings. Every
finding is located in the ORIGINAL reply (`reply[start:end] == excerpt`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache, partial
from typing import Any

from guardrails import contact, hidden, names, structure
from guardrails import lazy_re as re
from guardrails.document import Doc, Findings
from guardrails.hooks import (
    IDIOM_AFTER,
    IDIOM_TERMS,
    QUANTITY_AFTER,
    QUANTITY_TERMS,
    admin_in_general,
    clinical_cue,
    for_everyone,
    general_rule,
    generic_statement,
    hedged,
    if_ever_a_patient,
    in_disclaimer,
    in_general_explanation,
    joined_sentence,
    listed_among_others,
    open_to_the_public,
    possessed,
    practice_changed_its_premises,
    practice_wide,
    said_of_people_in_general,
    said_to_anyone,
)
from guardrails.hooks.general import READER_OR_OBJECT
from guardrails.language import FUNCTION_WORDS, judge_languages
from guardrails.lexicon import (
    TOKEN,
    Lexicon,
    TermMatch,
    clinical_lexicon,
    split_words,
    word_spans,
)
from guardrails.normalize import normalize
from guardrails.patterns import ReplyWords, language_table, occurrences
from guardrails.patterns import matches as pattern_matches
from guardrails.rules.clinical_cues import MESSAGES as CUE_MESSAGES
from guardrails.verdict import Finding, GuardContext, Verdict
from guardrails.vocabulary import common_words

GOOGLE_REPLY_LIMIT_BYTES = 4096
LONG_REPLY_CHARS = 1000
# A reply this far over the limit is blocked by `length` whatever it says; only its first
# SCAN_LIMIT characters are checked further, so a 50 MB reply costs no more than 64 KB.
SCAN_LIMIT = 65536

_PRIVATE_CHANNEL_WORDS = (
    "whatsapp", "whats app", "telegram", "signal app", "wechat", "viber", "kik", "snapchat",
    "dm me", "dm us", "direct message", "message me", "text me", "text our", "text my",
    "my cell", "my personal", "personal cell", "personal number", "personal email",
    "cell phone number", "mi celular", "mi numero personal", "mi correo personal",
    "mandeme un mensaje", "escribame por", "mensaje directo",
    # Not "llámeme"/"escríbame a": a manager may give the practice's own number that way;
    # not "mensaje de texto" alone: "recordatorios por mensaje de texto" are the practice's.
    "envieme un mensaje", "mandame un mensaje", "enviame un mensaje", "enviarme un mensaje",
    "mandarme un mensaje", "escribame un mensaje", "escribirme un mensaje",
    "contactarme por mensaje", "contacteme por mensaje", "contactame por mensaje", "textearme",
    "texteeme", "mi telefono", "mi cel", "por whats", "por privado", "mensaje privado",
    "mi linea directa",
)  # fmt: skip
_PRIVATE_CHANNEL = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(_PRIVATE_CHANNEL_WORDS, key=len,
                                                     reverse=True)) + r")\b")
# "Text our office line", "text our main number": the practice's own line.
_OWN_LINE_AFTER = re.compile(r" (?:office|main|practice|clinic|front desk|front-desk|scheduling)\b")
_PRIVATE_FIRST_WORDS = frozenset(w.split()[0] for w in _PRIVATE_CHANNEL_WORDS)
# Writing to one person on a social network ("escribirme por Facebook"); the practice's own
# page ("message our page on Facebook") is fine.
_PERSONAL_SOCIAL = re.compile(
    r"\b(?:escribirme|escribeme|escribame|mandarme|mandeme|enviarme|contactarme|message me|"
    r"write me|write to me|reach me|contact me|find me|add me)(?: directamente| directly)? "
    r"(?:por|en|on|via|through|at) (?:facebook|instagram|messenger|whatsapp|tiktok|twitter|"
    r"linkedin|telegram|signal|snapchat)\b")
# A web address other than the practice's own domain is another contact path.
_WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s,;]+|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|"
    r"gov|io|co|us|info|health|care|clinic|dental|example|mx|es|ly|gle|me|app|page|site|online|"
    r"link|to|gl|biz|ai|ca|uk)\b(?:/[^\s,;]*)?|(?<![\w@.-])[a-z0-9-]+\.[a-z]{2,6}/[^\s,;]+")
# A clinical word used to describe the premises ("wheelchair-accessible", "wheelchair ramp").
_AMENITY_AFTER = re.compile(
    r"[- ](?:accessible|accessibility|access|ramps?|parking|entrances?|seating|lifts?|"
    r"restrooms?|friendly|accesible|acceso|rampas?|estacionamiento|entradas?|equipment|machines?|"
    r"suite|equipo|equipos|aparatos?|hours|horario|stage|etapa|technology|technologies|"
    r"tecnologia|tecnologias)\b"
)
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÁÉÍÓÚÑÜ]")
_SHOUT_WORD = re.compile(r"\b[A-Z][A-Z'’]+\b")


def check(reply: str, context: GuardContext | Mapping[str, Any] | None = None) -> Verdict:
    """Judge one reply. `context` is a GuardContext or a mapping (flat or JSONL shape)."""
    if not isinstance(reply, str):
        raise TypeError(f"reply must be a string, not {type(reply).__name__}")
    ctx = GuardContext.coerce(context)
    scanned = reply[:SCAN_LIMIT]
    doc = Doc.of(scanned, normalize(scanned))
    doc.truncated = len(reply) > SCAN_LIMIT  # the contact may be in the part not scanned
    found = Findings(doc)

    length = _length_finding(reply, doc.text)
    hidden.check(doc, found)
    _find_practice_name(doc, ctx, found)
    _check_contacts(doc, ctx, found)
    doc.contact_spans = tuple(found.blocked_spans.spans())
    languages = judge_languages(doc, found, _name_words(ctx) | _acronyms(doc.reply))
    # A language the judge found runs its rules even when the reply shows none of its function
    # words ("Evite dormir boca abajo." inside an English reply).
    rule_languages = tuple(dict.fromkeys(
        (*_rule_languages(doc), *(code for code in languages if code in ("en", "es")))))
    _check_patterns(doc, rule_languages, found)
    structure.check(doc, ctx, found, rule_languages)
    _check_lexicon(doc, ctx, found)
    names.check(doc, ctx, found)
    _check_warnings(doc, found)

    findings = [*found.items, *([length] if length else [])]
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return Verdict(findings=tuple(findings), languages=languages)


@lru_cache(maxsize=256)
def _name_words_of(*names: str) -> frozenset[str]:
    return frozenset(TOKEN.findall(folded(" ".join(names))))


def _name_words(ctx: GuardContext) -> frozenset[str]:
    """Words of the practice's, the reviewer's and the sign-off names (not language evidence)."""
    return _name_words_of(ctx.practice_name, ctx.reviewer_name, *ctx.signoff_names)


# An acronym of two to four capitals ("tarjetas HSA y FSA", "PPO plans"): no language's word.
_ACRONYM = re.compile(r"\b[A-Z]{2,4}s?\b")


def _acronyms(reply: str) -> frozenset[str]:
    """Folded acronyms of a reply not written in capitals throughout (where every word
    would look like one)."""
    if not _SHOUT_HINT.search(reply):
        return frozenset()
    found = _ACRONYM.findall(reply)
    if not found or len(_UPPER.findall(reply)) > 0.5 * len(_LETTER.findall(reply)):
        return frozenset()
    return frozenset(word.lower().removesuffix("s") if word[-1] == "s" else word.lower()
                     for word in found)


def _length_finding(reply: str, folded_text: str) -> Finding | None:
    if not folded_text.strip():
        return Finding("length", "block", 0, len(reply), reply,
                       "The reply is empty: write a reply before approving", "length.empty")
    over = len(reply) > GOOGLE_REPLY_LIMIT_BYTES or _utf8_size(reply) > GOOGLE_REPLY_LIMIT_BYTES
    if not over:
        if len(reply) <= LONG_REPLY_CHARS:
            return None
        return Finding("length-long", "warn", LONG_REPLY_CHARS, len(reply),
                       reply[LONG_REPLY_CHARS:],
                       f"The reply is {len(reply):,} characters; replies over "
                       f"{LONG_REPLY_CHARS:,} read as defensive (warning only)", "length.long")
    # Characters that fit whole within the limit; the excess starts after them.
    head = reply[:GOOGLE_REPLY_LIMIT_BYTES].encode("utf-8")[:GOOGLE_REPLY_LIMIT_BYTES]
    cut = len(head.decode("utf-8", "ignore"))
    if len(reply) > SCAN_LIMIT:
        end = cut + 200  # where the excess starts, not megabytes of it
        size = f"over {SCAN_LIMIT:,} characters (only the first {SCAN_LIMIT:,} were checked)"
    else:
        end = len(reply)
        size = f"{_utf8_size(reply):,} bytes"
    return Finding("length", "block", cut, end, reply[cut:end],
                   f"The reply is {size}; Google accepts at most "
                   f"{GOOGLE_REPLY_LIMIT_BYTES:,}: shorten it (the excess starts here)",
                   "length.over-limit")


def _utf8_size(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def _find_practice_name(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    # "Bright Smile Orthodontics" and "Cedar Path Counseling" name the practice, not care;
    # so does its short form written with capitals ("at Tiny Teeth").
    name = folded(ctx.practice_name)
    if len(name) < 3:
        return
    words = name.split()
    short = [" ".join(words[:n]) for n in range(len(words) - 1, 1, -1)]
    if len(words) >= 3:  # "Terapia Sereno" for "Terapia de Pareja Sereno"
        short.append(f"{words[0]} {words[-1]}")
    for form in [name, *short]:
        start = doc.text.find(form)
        while start >= 0:
            end = start + len(form)
            if form == name or all(doc.capitalised(m.start()) for m in TOKEN.finditer(
                    doc.text, start, end)):
                found.name_spans.add(start, end)
            start = doc.text.find(form, end)


def _check_contacts(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    has_path = False
    for match in [*contact.find_phones(doc.text), *contact.find_emails(doc.text)]:
        found.blocked_spans.add(match.start, match.end)
        own = (
            any(contact.phones_equal(match.text, p)
                for p in (ctx.practice_phone, *ctx.extra_phones))
            if match.kind == "phone"
            else any(contact.emails_equal(match.text, e)
                     # as written: folding reads "quickcare5th" as "quickcaresth"
                     or contact.emails_equal(doc.original(match.start, match.end), e)
                     for e in (ctx.practice_email, *ctx.extra_emails))
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
                  f"This {match.kind} {why}: only the practice's own contact may appear",
                  f"contact.{match.kind}")
    contact_words = contact.find_spelled_contacts(doc.text, doc.words)
    own_digits = {contact.phone_digits(p) for p in (ctx.practice_phone, *ctx.extra_phones) if p}
    for start, end, kind in contact_words:
        spelled = contact.spelled_digits(doc.text[start:end])
        if spelled is not None and contact.phone_digits(spelled) in own_digits:
            continue  # the practice's own number, one digit a word
        if not found.in_contact(start, end):
            found.add("foreign-contact", "block", start, end,
                      f"A {kind} written out in words: only the practice's own contact, "
                      "written plainly, may appear", f"contact.spelled-{kind}")
    _check_web_addresses(doc, ctx, found)
    _check_spelled_web_addresses(doc, found)
    private = [] if doc.word_set.isdisjoint(_PRIVATE_FIRST_WORDS) else _private_channels(doc)
    if "me" in doc.word_set or "directamente" in doc.word_set:
        private += _PERSONAL_SOCIAL.finditer(doc.text)
    for m in private:
        if _channel_refused(doc, m.start(), m.end()):
            continue  # "we don't handle appointments over WhatsApp"
        if m.group() == "text our" and _OWN_LINE_AFTER.match(doc.text, m.end()):
            continue  # "call or text our office line at...": the practice's own number
        found.add("foreign-contact", "block", m.start(), m.end(),
                  "Points to a private channel (messaging app, personal number or direct "
                  "message): only the practice's own phone or email may appear",
                  "contact.private-channel")
    if not has_path and doc.text.strip() and not doc.truncated:
        wanted = " or ".join(x for x in (ctx.practice_phone, ctx.practice_email) if x)
        hint = f" ({wanted})" if wanted else " (no practice phone or email is configured)"
        found.add_original("missing-contact-path", "block", len(doc.reply), len(doc.reply),
                           f"No offline contact path: add the practice's phone or email{hint}",
                           "contact.missing")


# The practice saying it does not use a channel: "no gestionamos citas por WhatsApp".
_REFUSED_BEFORE = re.compile(
    r"\b(?:don't|do not|never|cannot|can't|won't|will not|no|nunca)(?: [a-z']+){0,2}? (?:handle|"
    r"use|answer|accept|respond to|reply to|manage|take|schedule|book|discuss|offer|communicate|"
    r"gestionamos|usamos|utilizamos|atendemos|respondemos|contestamos|aceptamos|manejamos|damos|"
    r"agendamos|programamos|ofrecemos|tratamos|hablamos)\b[^.!?;]{0,60}$")
_CONTACT_AFTER = re.compile(r"[^.!?;]*?[0-9@]")


def _channel_refused(doc: Doc, start: int, end: int) -> bool:
    """The sentence says the practice does not use the channel, and gives no number or
    address with it."""
    sentence_start, sentence_end = doc.sentence_of(start)
    return (_REFUSED_BEFORE.search(doc.text, sentence_start, start) is not None
            and _CONTACT_AFTER.match(doc.text[end:sentence_end]) is None)


def _private_channels(doc: Doc) -> list[re.Match[str]]:
    """`_PRIVATE_CHANNEL.finditer`, tried only at the words a private-channel phrase begins
    with (a match begins at a word boundary, so at a word)."""
    words, starts = doc.columns
    hits = [start for word, start in zip(words, starts, strict=True)
            if word in _PRIVATE_FIRST_WORDS]
    return pattern_matches(_PRIVATE_CHANNEL, doc.text, hits)


_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
# "name.tld": a letter, digit or hyphen, a dot, a letter (a scan in C for the dots).
_DOTTED = re.compile(r"\.(?<=[a-z0-9-]\.)[a-z]")


def _dotted(text: str) -> bool:
    """`text` holds "name.tld" (a letter, digit or hyphen, a dot, a letter)."""
    return _DOTTED.search(text) is not None


def _web_address_starts(text: str) -> list[int]:
    """Every place a match of `_WEB_ADDRESS` can begin: "http" or "www." anywhere, or the
    start of a run of host characters that holds a dot with a host character after it (a
    name.tld cannot begin after a letter, digit, dot or hyphen). Trying the regex only there
    spares a scan of every character with three alternatives."""
    starts = {at for marker in ("http", "www.") for at in occurrences(text, marker)}
    for dot in occurrences(text, "."):
        if text[dot + 1 : dot + 2] not in _HOST_CHARS:
            continue  # a full stop: every dot of a host name has a host character after it
        begin = dot
        while begin > 0 and text[begin - 1] in _HOST_CHARS:
            begin -= 1
        starts.add(begin)
    return sorted(starts)


# A web address with its dot spelled out: "drkimskin [dot] com slash tips", "clinica punto mx".
# (Written with bare words, a host of three letters or more that is no common word, and a
# domain that is no Spanish word: "the dot com era", "el punto es" are prose.)
_SPELLED_WEB_ADDRESS = re.compile(
    r"(?<![\w.@])(?:[a-z0-9][a-z0-9\-]{1,62} ?(?:\[(?:dot|punto)\]|\((?:dot|punto)\)|"
    r"\{(?:dot|punto)\}) ?(?:com|org|net|info|biz|co|io|us|mx|es|ar|health|clinic|dental|care|"
    r"site|online|example)|(?!(?:the|a|an|that|this|our|your|el|la|un|una|ese|este|buen|mi|su)"
    r" )[a-z0-9][a-z0-9\-]{2,62} (?:dot|punto) (?:com|org|net|mx|health|clinic|dental|care|"
    r"example))\b(?:(?: ?/ ?| slash | barra )[a-z0-9\-]+)*")


def _check_spelled_web_addresses(doc: Doc, found: Findings) -> None:
    if "dot" not in doc.text and "punto" not in doc.text:
        return  # the common case
    for m in _SPELLED_WEB_ADDRESS.finditer(doc.text):
        if found.in_contact(m.start(), m.end()):
            continue  # part of a spelled-out email, already found
        found.blocked_spans.add(m.start(), m.end())
        found.add("foreign-contact", "block", m.start(), m.end(),
                  "A web address spelled out ('[dot] com'): only the practice's own phone, "
                  "email or site may appear", "contact.web-address")


def _check_web_addresses(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    if not _dotted(doc.text):
        return  # no "name.tld" at all: the common case
    owns = {e.rpartition("@")[2].strip().lower() for e in (ctx.practice_email, *ctx.extra_emails)}
    owns.discard("")
    starts = _web_address_starts(doc.text)
    for m in pattern_matches(_WEB_ADDRESS, doc.text, starts) if starts else ():
        start, end = m.start(), len(m.group().rstrip(".")) + m.start()
        if found.in_contact(start, end):
            continue
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group()).split("/")[0].rstrip(".")
        if any(host == own or host.endswith("." + own) for own in owns):
            continue
        found.blocked_spans.add(start, end)
        found.add("foreign-contact", "block", start, end,
                  "A web address that is not the practice's own site: only the practice's own "
                  "phone, email or site may appear", "contact.web-address")


_ONLY_WORDS = {
    "en": FUNCTION_WORDS["en"] - FUNCTION_WORDS["es"] - {"a", "no", "me", "at"},
    "es": FUNCTION_WORDS["es"] - FUNCTION_WORDS["en"] - {"a", "no", "o", "me", "mi", "son", "he"},
}


def _rule_languages(doc: Doc) -> tuple[str, ...]:
    """Rule tables to run: those of every language with at least one of its function words
    in the reply; both when neither shows (the cost of a table is only speed)."""
    words = doc.word_set
    present = tuple(code for code in ("en", "es") if not words.isdisjoint(_ONLY_WORDS[code]))
    return present or ("en", "es")


def _check_patterns(doc: Doc, languages: tuple[str, ...], found: Findings) -> None:
    reply = ReplyWords.of(doc)
    for language in languages:
        rules = language_table(language)
        # Leftmost first, then in table order: where matches of one rule overlap, the
        # finding shows the one a reader meets first ("Thanks for your visit").
        spans = sorted((m.start(), index, m.end())
                       for index, found_here in reply.find(rules).items() for m in found_here)
        for start, index, end in spans:
            if end == start or found.in_contact(start, end) or found.in_practice_name(start, end):
                continue
            entry = rules.entries[index]
            s, e = doc.norm.to_original(start, end)
            if found.taken(entry.rule, s, e):
                continue  # the finding would add nothing: its hooks need not run
            if any(hook(doc, language, start, end) for hook in entry.pattern.unless):
                continue
            found.add_original(entry.rule, entry.severity, s, e, entry.pattern.message,
                               entry.pattern.name)
    if "en" in languages:
        insurers = _insurers().find_words(doc.text, doc.words, lambda: doc.tokens)
        listed = _listed(doc, insurers) if len(insurers) >= 3 else frozenset()
        for match in insurers:
            if (doc.sentence_language or {}).get(doc.sentence_of(match.start)[0]) == "es":
                continue  # "la atención médica" is care, not the insurer Medica
            if match.start in listed:
                continue  # "in network with Aetna, Cigna and Medicare Part B": a list of plans
            if practice_wide(doc, "en", match.start, match.end) or said_of_people_in_general(
                    doc, "en", match.start, match.end) or general_rule(
                    doc, "en", match.start, match.end) or _PARTICIPATING_AFTER.match(
                    doc.text, match.end) or _PRACTICE_PLANS.match(
                    doc.text, doc.sentence_of(match.start)[0], match.start) or (
                    _OTHERS_ACCEPT.search(doc.text, max(0, match.start - 60), match.start)) or (
                    _practice_name_accepts(doc, found, match.start)) or (
                    _practice_contract(doc, match.start)):
                continue  # "we accept most major PPO plans", "including several Blue Shield plans"
            found.add("records-billing", "block", match.start, match.end,
                      f"Names an insurer or plan ('{match.term}'): talks about the reader's "
                      "coverage", "en.records.insurer")


# The practice's own contracts before an insurer's name: "we're in-network with Delta Dental".
_PRACTICE_PLANS = re.compile(
    r"\W*(?:[a-z]+[,!]? )?(?:we're|we are|we|our (?:practice|office|clinic)|"
    r"[a-z]+(?: [a-z]+){0,3} (?:is|are))"
    r"(?: also| now| currently| still| proudly| fully| gladly| happily)? (?:in-network|in network|"
    r"participate with|began accepting|started accepting|now accept|now accepts|now accepting|"
    r"accept|accepts|"
    r"will (?:begin|start) accepting|"
    r"participate in|are contracted with|are a provider for|are in-network with|are in network "
    r"with|complies(?: fully)? with|comply(?: fully)? with)\b")


# After the practice's own name, as "we" would be: "Cedar Creek Family Medicine accepts Medicare".
_NAME_THEN_ACCEPTS = re.compile(
    r"(?: also| now| currently| still| proudly| gladly| happily| is (?:happy|glad|proud) to)?"
    r" (?:accepts?|takes?|is in-network with|is in network with|participates (?:with|in)|"
    r"is contracted with|is a provider for|works with|bills|welcomes|is now accepting|"
    r"began accepting|started accepting)"
    r"(?: (?!your\b|you\b|ur\b|his\b|her\b|their\b)[a-z-]+){0,4} ")


def _practice_name_accepts(doc: Doc, found: Findings, pos: int) -> bool:
    sentence_start = doc.sentence_of(pos)[0]
    return any(sentence_start <= start and end < pos
               and _NAME_THEN_ACCEPTS.fullmatch(doc.text, end, pos) is not None
               for start, end in found.name_spans.spans())


# The practice's own contract with a plan, in news to everyone: "Our contract with Humana
# ended on January 1, and we know that affected many people in our community".
_OUR_CONTRACT_WITH = re.compile(
    r"\b(?:our|the practice's|the clinic's|the office's) (?:[a-z-]+ )?(?:contract|agreement|"
    r"participation|relationship) with $")
# ...that tells of no claim or bill ("our contract with Aetna meant the claim was denied").
_A_CLAIM = re.compile(r"\b(?:claims?|bills?|billed|balances?|statements?|denied|rejected|"
                      r"refunds?|charged|owed?)\b")


def _practice_contract(doc: Doc, pos: int) -> bool:
    sentence_start, sentence_end = doc.sentence_of(pos)
    return (_OUR_CONTRACT_WITH.search(doc.text, max(sentence_start, pos - 50), pos) is not None
            and READER_OR_OBJECT.search(doc.text, sentence_start, sentence_end) is None
            and _A_CLAIM.search(doc.text, sentence_start, sentence_end) is None)


# The practice's status with a plan: "we're a Medicare-participating practice".
_PARTICIPATING_AFTER = re.compile(r"[- ](?:participating|contracted|approved|certified|accepting|"
                                  r"enrolled) (?:practice|office|clinic|provider|center)\b")


_CONGRATS_BEFORE = re.compile(
    r"\b(?:congrats|congratulations|felicidades|felicitaciones|enhorabuena|yay|woohoo|hooray)"
    r"\W*$")


def _emoji_after_congrats(doc: Doc, start: int, end: int) -> bool:
    """A clinical word written as an emoji (or a run of them) right after a congratulation
    ("Congratulations!! 🤰👶"): the emoji is the news, not decoration."""
    s, e = doc.norm.to_original(start, end)
    run = doc.reply[s:e]
    if not run or any(c.isalnum() for c in run):
        return False
    while s > 0 and not doc.reply[s - 1].isalnum() and doc.reply[s - 1] not in ".!?":
        s -= 1  # back over the emoji before it in the run
    return _CONGRATS_BEFORE.search(folded(doc.reply[max(0, s - 40) : s])) is not None


_SPOKEN_TO = re.compile(r"\b(?:you|your|yourself|usted|su|sus|tu|tus|te|ti)\b")
_NEAREST_BEFORE = re.compile(r"\b(?:the|your) nearest $|\bmas cercan[oa] $")
# Other providers in general before an insurer's name: "community clinics that accept Medicaid".
_OTHERS_ACCEPT = re.compile(
    r"\b(?:clinics?|practices?|offices?|providers?|pharmacy|pharmacies|programs?|centers?|"
    r"centres?|dentists?|doctors?|specialists?) (?:that|which|who) (?:accepts?|takes?|bills?|"
    r"works? with)(?: both)? $"
    r"|\b(?:began|begun|started|starts|begins|now|will (?:begin|start)) accept(?:ing|s)? $"
    r"|\b(?:accepts?|participates? with|participates? in|works? with) (?:most|many|all|several|"
    r"both)(?: [a-z]+){0,5} $"
    r"|\b(?:we|our (?:practice|office|clinic)) (?:also |now |proudly )?"
    r"(?:participate|work|contract) with (?:many|most|several|all|some|a number of)?"
    r"(?: [a-z]+){0,3} $")


@lru_cache(maxsize=1)
def _insurers() -> Lexicon:
    from guardrails.rules import en

    return Lexicon(en.INSURERS, "en")


def clinical_matches(text: str, extra: tuple[str, ...], doc: Doc | None = None) -> list[TermMatch]:
    lexicon = clinical_lexicon("en+es", extra)
    if doc is None:
        words, starts = split_words(text)
        return lexicon.find_words(text, words, lambda: word_spans(words, starts))
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
        # Also what every reply says: "contact us", "póngase en contacto" ("contact lens" as a
        # whole term still echoes).
        "contact", "contacto",
        # "Differing opinions can be confusing": a word of "second opinion" everyone uses.
        "opinion", "opinions", "opiniones",
    ]
)  # fmt: skip


@lru_cache(maxsize=256)
def folded(text: str) -> str:
    """Folded context strings (practice name, reviewer name), cached: they repeat."""
    return normalize(text).text.strip()


@lru_cache(maxsize=1024)
def _review_clinical(review_text: str, practice_name: str,
                     extra: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The clinical terms in a folded review, and their distinctive words (for echo
    detection)."""
    practice = folded(practice_name)
    if len(practice) >= 3:
        review_text = review_text.replace(practice, " ")
    terms: set[str] = set()
    words: set[str] = set()
    for m in clinical_matches(review_text, extra):
        terms.add(m.term)
        for word in m.term.split():
            if len(word) >= 5 and word not in _ECHO_IGNORE and not word.isdigit():
                words.add(word)
    return frozenset(terms), frozenset(words)


# "Conditions such as stroke", "problemas como la ansiedad": a clinical word as an example of
# a kind.
_EXAMPLES_BEFORE = re.compile(
    r"\b(?:conditions|problems|issues|illnesses|injuries|emergencies|cases|symptoms|concerns|"
    r"afecciones|condiciones|problemas|enfermedades|lesiones|emergencias|casos|sintomas) "
    r"(?:such as|like|including|como|incluyendo)(?: [a-z'-]+,?){0,6} $")


# An activity anyone may do with someone, as the subject: "Waiting with a sick child is hard",
# "Esperar con un niño enfermo es muy difícil" (not "Waiting on a biopsy...": the reader's).
_ACTIVITY_SUBJECT = re.compile(
    r"(?:[a-z]+ing|[a-z]+(?:ar|er|ir)) (?:with|for|con|a|de) (?:a|an|un|una) (?:[a-z-]+ )?$")
_SOMEONE = re.compile(r"\b(?:child|kid|baby|toddler|infant|parent|loved one|person|nino|nina|"
                      r"bebe|hijo|hija|familiar|persona|ser querido)\b")


# Cues that tie a clinical word to one person or one case ("the Botox touch-up is included
# at no charge"): no statement about the practice sets them aside.
_ONE_CASE_CUES = frozenset({"reader", "person", "instance", "time"})


def _said_of_no_one(doc: Doc, start: int, end: int,
                    cue: Callable[[], tuple[str, str] | None]) -> bool:
    """A clinical word (or one echoed from the review) in a sentence about the practice or
    people in general; a rule for everyone or how care is billed counts only when `cue` (asked
    last: it costs most) ties the word to no one person or case."""
    if said_to_anyone(doc, "", start, end) or in_general_explanation(doc, "", start, end):
        return True
    if (_EXAMPLES_BEFORE.search(doc.text, max(0, start - 60), start) or (
            _ACTIVITY_SUBJECT.fullmatch(doc.text, doc.sentence_of(start)[0], start)
            and _SOMEONE.search(doc.text, start, end + 12))) and (
            READER_OR_OBJECT.search(doc.text, *doc.sentence_of(start)) is None):
        return True  # "conditions such as stroke": examples of a kind, no one's
    if (practice_wide(doc, "", start, end) or said_of_people_in_general(doc, "", start, end)
            or practice_changed_its_premises(doc, "", start, end)
            or open_to_the_public(doc, "", start, end)):
        return True
    if not (general_rule(doc, "", start, end) or admin_in_general(doc, "", start, end)
            or generic_statement(doc, "", start, end)):
        return False
    found = cue()
    return found is None or found[0] not in _ONE_CASE_CUES


def _no_cue() -> None:
    return None


def _listed(doc: Doc, matches: list[TermMatch]) -> frozenset[int]:
    """Starts of the clinical terms that are items of a list of services in their sentence
    (`hooks.listed_among_others`)."""
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for m in matches:
        by_sentence.setdefault(doc.sentence_of(m.start)[0], []).append((m.start, m.end, m.term))
    return frozenset(start for spans in by_sentence.values() if len(spans) >= 2
                     and listed_among_others(doc, spans) for start, _, _ in spans)


@lru_cache(maxsize=32)
def _echo_words(extra: tuple[str, ...]) -> frozenset[str]:
    """Every word `_review_clinical` may count as a term's distinctive word: a word of a
    lexicon term, five letters or more, not too general, not a number."""
    return frozenset(word for word in clinical_lexicon("en+es", extra).words
                     if len(word) >= 5 and word not in _ECHO_IGNORE and not word.isdigit())


def _spanish_word_not_a_term(doc: Doc, m: TermMatch, extra: tuple[str, ...]) -> bool:
    """A one-word match in a Spanish sentence that is a frequent Spanish word (not an English
    one) and no Spanish term's form: an English term's made-up plural ("titer" + "es")."""
    word = doc.text[m.start : m.end]
    if " " in word or word not in common_words("es") or word in common_words("en"):
        return False
    if (doc.sentence_language or {}).get(doc.sentence_of(m.start)[0]) != "es":
        return False
    return not clinical_lexicon("es", extra).find(word)


def _check_lexicon(doc: Doc, ctx: GuardContext, found: Findings) -> None:
    extra = tuple(ctx.extra_clinical_terms)
    matches = clinical_matches(doc.text, extra, doc)
    review_terms: frozenset[str] = frozenset()
    review_words: frozenset[str] = frozenset()
    # The review is folded and read only when the reply holds a clinical term or a word a
    # term of it may share (each review is new text: no cache spares the work).
    if ctx.review and (matches or not _echo_words(extra).isdisjoint(doc.word_set) or (
            not _echo_words(extra).isdisjoint([w.rstrip("s") for w in doc.word_set
                                               if len(w) > 5]))):
        review_terms, review_words = _review_clinical(doc.fold_context(ctx.review[:SCAN_LIMIT]),
                                                      ctx.practice_name, extra)
    listed = _listed(doc, matches) if len(matches) >= 2 else frozenset()
    for m in matches:
        if found.in_contact(m.start, m.end) or found.in_practice_name(m.start, m.end):
            continue
        if m.start in listed:
            continue  # "minor cuts, sprains and ear infections": a list of services
        if _spanish_word_not_a_term(doc, m, extra):
            continue  # "teatro de títeres": puppets, not an English "titer" made plural
        if _AMENITY_AFTER.match(doc.text, m.end) and not possessed(doc.text, m.start):
            continue  # "wheelchair-accessible entrance" describes the building, not care
        if m.term in review_terms:
            if in_disclaimer(doc, "en", m.start, m.end) or if_ever_a_patient(
                    doc, "", m.start, m.end) or _said_of_no_one(
                    doc, m.start, m.end,
                    partial(clinical_cue, doc, m.start, m.end, found.name_spans)):
                continue  # "we offer clear aligners and braces to anyone who asks"
            found.add("treatment-disclosure", "block", m.start, m.end,
                      f"Repeats the clinical term '{m.term}' from the review: confirms the "
                      "reviewer's care", "lexicon.review-echo")
            continue
        if in_disclaimer(doc, "en", m.start, m.end):
            continue  # "we can't discuss medications online" discloses nothing
        if _NEAREST_BEFORE.search(doc.text, max(0, m.start - 12), m.start) and (
                _SPOKEN_TO.search(doc.text, *joined_sentence(doc, m.start)) is None):
            continue  # "in an emergency, go to the nearest emergency room": a place for anyone
        if IDIOM_AFTER.match(doc.text, m.end) and m.term in IDIOM_TERMS:
            continue  # "the heart of what we do", "el corazón de lo que hacemos"
        if m.term in QUANTITY_TERMS and QUANTITY_AFTER.match(doc.text, m.end):
            continue  # "a recent rash of double bookings": many, not a symptom
        cue = clinical_cue(doc, m.start, m.end, found.name_spans)
        if cue is None and _emoji_after_congrats(doc, m.start, m.end):
            cue = ("reaction", "congratulations")  # "Congratulations!! 🤰👶": the news itself
        if cue is None or _said_of_no_one(doc, m.start, m.end, lambda c=cue: c):
            continue  # a generic sentence: "our clinic offers flu and travel vaccines"
        if if_ever_a_patient(doc, "", m.start, m.end):
            continue  # "If you were ever seen here and have a concern about a lab result..."
        found.add("treatment-disclosure", "block", m.start, m.end,
                  f"Clinical term '{m.term}' {CUE_MESSAGES[cue[0]].format(cue=cue[1])}: "
                  "discloses someone's care", f"lexicon.clinical-term.{cue[0]}")
    if review_words and not (review_words.isdisjoint(doc.word_set) and review_words.isdisjoint(
            [w.rstrip("s") for w in doc.word_set if len(w) > 5])):
        for start, end, word in doc.tokens:
            echoed = word in review_words or (len(word) > 5 and word.rstrip("s") in review_words)
            if (echoed and start not in listed and not found.in_practice_name(start, end)
                    and not (_AMENITY_AFTER.match(doc.text, end) and not possessed(doc.text, start))
                    and not found.in_contact(start, end)
                    and not in_disclaimer(doc, "en", start, end)
                    and not hedged(doc, "en", start, end)
                    and not if_ever_a_patient(doc, "", start, end)
                    and not for_everyone(doc, "en", start, end)
                    and not _said_of_no_one(doc, start, end, _no_cue)):
                found.add("treatment-disclosure", "block", start, end,
                          f"Repeats '{word}' from a clinical phrase in the review: confirms "
                          "the reviewer's care", "lexicon.review-echo-word")


# Two capitals in a row, which every word in capitals has: found by a scan that skips to the
# capitals in C (the word-boundary regex tries every character).
_SHOUT_HINT = re.compile(r"[A-Z][A-Z'’]")


def _check_warnings(doc: Doc, found: Findings) -> None:
    if not _SHOUT_HINT.search(doc.reply) or not _SHOUT_WORD.search(doc.reply):
        return  # no word in capitals at all
    letters = len(_LETTER.findall(doc.reply))
    upper = len(_UPPER.findall(doc.reply))
    long_upper = [m for m in _SHOUT_WORD.finditer(doc.reply) if len(m.group()) >= 3]
    if letters >= 20 and upper > 0.6 * letters:
        found.add_original("shouting", "warn", 0, len(doc.reply),
                           "Written in capitals, which reads as shouting (warning only)",
                           "tone.capitals")
    elif len(long_upper) >= 3:
        found.add_original("shouting", "warn", long_upper[0].start(), long_upper[-1].end(),
                           "Several words in capitals read as shouting (warning only)",
                           "tone.capital-words")
