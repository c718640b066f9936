"""Speed work must not change a single verdict: every labelled case (all JSONL sets in
`cases*/`) and every text of the guardrail's rule tests goes through `check()`, and its full
findings (rule, severity, span, pattern, message) and judged languages must equal the ones
recorded in `equivalence_reference.jsonl`.

The reference records what the RULES decide. After a deliberate rule change (a new pattern, a
new case, a changed test text), refresh it with one command and review the diff:

    .venv/bin/python -m tests.guardrails.test_equivalence --write
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from guardrails import Verdict, check
from tests.guardrails.conftest import CONTACT_EN, PRACTICE

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "equivalence_reference.jsonl"
REFRESH = ".venv/bin/python -m tests.guardrails.test_equivalence --write"
CASE_DIRS = ("cases", "cases_probe")


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _labelled_cases() -> Iterator[tuple[str, str, Any]]:
    for folder in CASE_DIRS:
        for path in sorted((HERE / folder).glob("*.jsonl")):
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    case = json.loads(line)
                    yield f"{folder}/{path.name}:{case['id']}", case["reply"], case


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _test_texts() -> Iterator[tuple[str, str, Any]]:
    """Every string in the guardrail tests' tables (module constants in capitals), with the
    practice's phone appended as the tests do: sentences written for the rules, and
    the short excerpts and odd characters around them."""
    seen: set[str] = set()
    for path in sorted(HERE.glob("test_*.py")):
        if path.stem in ("test_equivalence", "test_fast_paths"):  # not rule tests
            continue
        module = importlib.import_module(f"tests.guardrails.{path.stem}")
        for name, value in sorted(vars(module).items()):
            if not name.isupper():
                continue
            for text in _strings(value):
                reply = text + CONTACT_EN
                if reply not in seen:
                    seen.add(reply)
                    yield f"text:{_digest(reply)}", reply, PRACTICE


def inputs() -> Iterator[tuple[str, str, Any]]:
    """(key, reply, context) for every input the reference covers."""
    yield from _labelled_cases()
    yield from _test_texts()


def record(key: str, reply: str, verdict: Verdict) -> dict[str, Any]:
    return {
        "key": key,
        "reply": _digest(reply),
        "languages": list(verdict.languages),
        "findings": [[f.rule, f.severity, f.start, f.end, f.pattern, f.message]
                     for f in verdict.findings],
    }


def current() -> list[dict[str, Any]]:
    return [record(key, reply, check(reply, context)) for key, reply, context in inputs()]


def write_reference() -> Path:
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in current()]
    REFERENCE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return REFERENCE


def test_every_input_has_a_recorded_verdict() -> None:
    stored = [json.loads(line)["key"] for line in REFERENCE.read_text("utf-8").splitlines()]
    keys = [key for key, _reply, _context in inputs()]
    missing, extra = sorted(set(keys) - set(stored)), sorted(set(stored) - set(keys))
    assert not missing and not extra and len(stored) == len(set(stored)), (
        f"{REFERENCE.name} does not match the cases (missing {missing[:5]}, no longer an input "
        f"{extra[:5]}): after a deliberate rule or case change run `{REFRESH}`")


def test_findings_equal_the_reference() -> None:
    stored = {}
    for line in REFERENCE.read_text("utf-8").splitlines():
        entry = json.loads(line)
        stored[entry["key"]] = entry
    differences = []
    for now in current():
        before = stored.get(now["key"])
        if before is not None and before != now:
            differences.append((now["key"], before, now))
    assert not differences, (
        f"{len(differences)} verdicts differ from {REFERENCE.name}, first: "
        f"{json.dumps(differences[0], ensure_ascii=False)[:1500]}. A speed change must not "
        f"change any finding; after a deliberate rule change run `{REFRESH}`")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit(f"usage: {REFRESH}")
    print(f"wrote {write_reference()}")
