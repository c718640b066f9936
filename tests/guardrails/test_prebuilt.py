"""The start-up data built ahead of time (`guardrails.prebuilt`) is what the rule tables and
term files give today, and data built from other sources is never used.

No module constant in capitals here: `test_equivalence` checks every such string as a reply."""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from guardrails import lexicon, patterns, prebuilt
from guardrails import rules as rule_tables
from guardrails.lexicon import build_clinical_lexicon, clinical_lexicon, lexicon_source
from guardrails.patterns import Table, branch_index, table_entries, table_source
from guardrails.prefilter import word_start_keys

ROOT = Path(__file__).resolve().parents[2]


def _stale(part: str) -> str:
    return f"{prebuilt.part_path(part).name} is stale: run `{prebuilt.WRITE_COMMAND}`"


@pytest.mark.parametrize("language", rule_tables.LANGUAGES)
def test_the_prebuilt_tables_are_up_to_date(language: str) -> None:
    """After changing a rule table, run `python -m guardrails.prefilter --write`."""
    entries = table_entries(language)
    part = f"table_{language}"
    assert prebuilt.stored(part) == (table_source(entries), branch_index(entries)), (
        _stale(part))


def test_the_prebuilt_lexicon_is_up_to_date() -> None:
    """After changing a clinical term file, run `python -m guardrails.prefilter --write`."""
    codes = lexicon.PREBUILT_LANGUAGES.split("+")
    part = f"lexicon_{lexicon.PREBUILT_LANGUAGES}"
    assert prebuilt.stored(part) == (lexicon_source(codes),
                                     build_clinical_lexicon(codes).parts()), (
        _stale(part))


def test_the_prebuilt_alternations_are_up_to_date() -> None:
    """Every word list the rule tables build is stored, as `build_alternation` builds it now
    (after editing one, run `python -m guardrails.prefilter --write`)."""
    list(rule_tables.all_tables())
    stored = prebuilt.stored(rule_tables.ALTERNATIONS_PART)
    assert stored is not None, _stale(rule_tables.ALTERNATIONS_PART)
    expected = {key: rule_tables.build_alternation(key.split("\0"))
                for key in rule_tables.BUILT_ALTERNATIONS}
    assert {key: stored[1].get(key) for key in expected} == expected, (
        _stale(rule_tables.ALTERNATIONS_PART))


def test_the_prebuilt_word_starts_are_up_to_date() -> None:
    """Each stored regex's first words are what `word_start_keys` reads now, and a new process
    checking the sample replies finds every regex it gates stored (after editing one, run
    `python -m guardrails.prefilter --write`)."""
    stored = prebuilt.stored(patterns.WORD_STARTS_PART)
    assert stored is not None, _stale(patterns.WORD_STARTS_PART)
    for regex, keys in stored[1].items():
        found = word_start_keys(regex)
        assert keys == (None if found is None else tuple(sorted(found))), (
            _stale(patterns.WORD_STARTS_PART))
    gated = subprocess.run(
        [sys.executable, "-c", "from guardrails.patterns import sample_gated_regexes; "
         "import json; print(json.dumps(sample_gated_regexes()))"],
        capture_output=True, text=True, check=True, cwd=ROOT).stdout
    missing = set(json.loads(gated)) - set(stored[1])
    assert not missing, f"{_stale(patterns.WORD_STARTS_PART)} ({len(missing)} regexes missing)"


def test_a_lexicon_whose_terms_changed_is_built_from_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    extra = ("a practice's own term",)
    fresh = clinical_lexicon.__wrapped__(lexicon.PREBUILT_LANGUAGES, extra)
    monkeypatch.setattr(lexicon, "lexicon_source", lambda codes: "a term edited since")
    rebuilt = clinical_lexicon.__wrapped__(lexicon.PREBUILT_LANGUAGES, extra)
    assert rebuilt.parts() == fresh.parts()
    assert "a practice's own term" in rebuilt


def test_a_new_process_builds_a_stale_lexicon_from_its_files() -> None:
    """A term file edited since the prebuilt lexicon was written: a new process builds the
    lexicon from the files, and folding a term ("port-a-cath") must not ask for the lexicon
    being built (it once recursed until the stack ran out)."""
    code = ("from guardrails import lexicon; source = lexicon.lexicon_source; "
            "lexicon.lexicon_source = lambda codes: source(codes) + ' edited'; "
            "from guardrails import check; "
            "print(check('Your port-a-cath looks great. Call (555) 014-2290.', "
            "{'practice': {'phone': '(555) 014-2290'}}).passed)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-1500:]
    assert run.stdout.strip() == "False"


def test_a_part_built_from_other_sources_is_not_loaded() -> None:
    source, data = prebuilt.stored("table_en")
    assert prebuilt.load("table_en", source) == data
    assert prebuilt.load("table_en", source + " ") is None
    assert prebuilt.load("no_such_part", source) is None


def test_a_table_whose_rules_changed_is_built_from_the_index(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Table("en")
    monkeypatch.setattr(patterns, "table_source", lambda entries: "a rule edited since")
    rebuilt = Table("en")
    for name in ("first", "anchors", "owner", "pattern_bits", "unanchored", "unkeyed",
                 "always", "marks", "other_patterns"):
        assert getattr(rebuilt, name) == getattr(fresh, name), name


@pytest.mark.parametrize("content", [
    b"",                                   # an empty file
    b"\xe3\x00\x01",                       # truncated marshal data
    b"not marshal at all",                 # another file in its place
    marshal.dumps(7),        # marshal data of another shape
    marshal.dumps((99, "source", {})),  # an older or newer format
], ids=["empty", "truncated", "garbage", "other-shape", "other-format"])
def test_a_damaged_part_is_not_loaded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    # A damaged file means "build it" (the callers build when given None), never a
    # traceback or data read wrong.
    monkeypatch.setattr(prebuilt, "PREBUILT_DIR", tmp_path)
    prebuilt.part_path("table_en").write_bytes(content)
    assert prebuilt.stored("table_en") is None
    assert prebuilt.load("table_en", "source") is None
