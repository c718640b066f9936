"""`review-assistant guard`: check reply texts against the privacy guardrail.

review-assistant guard --jsonl FILE|-      one JSON line out per case, same order; exit 0,
                                           or 2 on bad input (the message names the line)
review-assistant guard "text" [--review TEXT] [--reviewer-name NAME] [--config FILE]
                                           readable findings; exit 1 when blocked
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

EXIT_PASSED, EXIT_BLOCKED, EXIT_BAD_INPUT = 0, 1, 2
_STRING_FIELDS = ("review", "reviewer_name")
_PRACTICE_FIELDS = ("name", "phone", "email")


class BadInput(Exception):
    """A JSONL line the guard cannot judge; the message names the line and the problem."""


# A lone surrogate cannot be written as UTF-8: JSON may spell one ("\ud800"), and Python
# turns bytes that are not UTF-8 on the command line into them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="one reply to check (use --jsonl for batches)")
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help='JSON Lines file of cases ({"id", "reply", "review"?, '
        '"reviewer_name"?, "practice"?: {"name","phone","email"}}), '
        "or - for standard input",
    )
    parser.add_argument("--review", default="", help="the review being answered")
    parser.add_argument("--reviewer-name", default="", help="the reviewer's display name")
    parser.add_argument(
        "--config",
        help="settings file: practice name, phone, email and extra clinical terms (default: none)",
    )


def run(args: argparse.Namespace) -> int:
    from guardrails import GuardContext

    if (args.jsonl is None) == (args.text is None):
        print("guard: give either one reply text or --jsonl FILE|-", file=sys.stderr)
        return EXIT_BAD_INPUT
    for label, value in (("the reply text", args.text), ("--review", args.review),
                         ("--reviewer-name", args.reviewer_name), ("--config", args.config),
                         ("--jsonl", args.jsonl)):
        if value and _SURROGATE.search(value):
            print(f"guard: {label} on the command line is not valid UTF-8 text; pass UTF-8, "
                  "or put the cases in a UTF-8 file and use --jsonl", file=sys.stderr)
            return EXIT_BAD_INPUT
    defaults: dict[str, Any] = {}
    if args.config:
        from slack_app.config import SettingsError, load_settings

        try:
            settings = load_settings(args.config)
        except SettingsError as exc:
            print(f"guard: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (OSError, UnicodeDecodeError) as exc:
            print(f"guard: --config {args.config}: cannot read it ({_reason(exc)})",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        practice = settings.practice
        defaults = {
            "practice_name": practice.name,
            "practice_phone": practice.phone,
            "practice_email": practice.email,
            "extra_clinical_terms": tuple(practice.extra_clinical_terms),
            "signoff_names": tuple(getattr(practice, "signoff_names", ()) or ()),
        }
    if args.jsonl is not None:
        return _run_jsonl(args.jsonl, defaults)
    context = GuardContext(review=args.review, reviewer_name=args.reviewer_name, **defaults)
    return _run_one(args.text, context)


def _run_one(text: str, context: Any) -> int:
    from guardrails import check

    verdict = check(text, context)
    print(describe(text, verdict))
    return EXIT_PASSED if verdict.passed else EXIT_BLOCKED


def describe(text: str, verdict: Any) -> str:
    """The verdict for a person: status, language judged, then each finding in context."""
    status = "PASSED" if verdict.passed else "BLOCKED"
    blocking, warnings = len(verdict.blocking), len(verdict.warnings)
    lines = [
        f"{status}  (language judged: {verdict.language or 'none'}; "
        f"{blocking} blocking, {warnings} warning{'s' if warnings != 1 else ''})"
    ]
    for f in verdict.findings:
        lines.append(f"  [{f.severity}] {f.rule}: {f.message}")
        lines.append(f"      {_in_context(text, f.start, f.end)}")
    return "\n".join(lines)


def _in_context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ")
    excerpt = text[start:end].replace("\n", " ")
    if len(excerpt) > 120:
        excerpt = excerpt[:100] + " ... " + excerpt[-15:]
    after = text[end : end + width].replace("\n", " ")
    lead = "..." if start > width else ""
    tail = "..." if end + width < len(text) else ""
    return f"{lead}{before}>>{excerpt}<<{after}{tail}"


def _run_jsonl(source: str, defaults: dict[str, Any]) -> int:
    from guardrails import GuardContext, check

    try:
        raw = sys.stdin.buffer.read() if source == "-" else _read_file(source)
        cases = parse_cases(raw, source)
    except BadInput as exc:
        print(f"guard: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        _judge_all(cases, defaults, GuardContext, check)
    except BrokenPipeError:  # `guard --jsonl ... | head`: the reader left, that is fine
        sys.stdout = None  # type: ignore[assignment]  # no flush error at exit
    return EXIT_PASSED


def _judge_all(
    cases: list[dict[str, Any]], defaults: dict[str, Any], GuardContext: Any, check: Any
) -> None:
    out = sys.stdout.buffer  # UTF-8 whatever the locale says
    write = out.write
    for case in cases:
        practice = case.get("practice") or {}
        context = GuardContext(
            review=case.get("review") or "",
            reviewer_name=case.get("reviewer_name") or "",
            practice_name=practice.get("name") or defaults.get("practice_name", ""),
            practice_phone=practice.get("phone") or defaults.get("practice_phone", ""),
            practice_email=practice.get("email") or defaults.get("practice_email", ""),
            extra_clinical_terms=defaults.get("extra_clinical_terms", ()),
            signoff_names=tuple(practice.get("signoff_names") or ()
                                or defaults.get("signoff_names", ())),
        )
        verdict = check(case["reply"], context)
        line = {"id": case.get("id"), **verdict.to_dict()}
        write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
    out.flush()


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({_reason(exc)})") from exc


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or type(exc).__name__


def parse_cases(raw: bytes, source: str = "<input>") -> list[dict[str, Any]]:
    """Validate every line before judging any, so bad input produces no partial output."""
    cases = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]  # a byte-order mark some editors write first
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadInput(
                f"{where}: not UTF-8 text (byte {exc.start + 1}); save the file as UTF-8"
            ) from exc
        try:
            case = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        except RecursionError as exc:
            raise BadInput(f"{where}: JSON nested too deeply; a case is one flat object") from exc
        except ValueError as exc:  # an integer with more digits than Python reads
            raise BadInput(f"{where}: not valid JSON (a number too long to read)") from exc
        cases.append(_validated(case, where))
    return cases


def _validated(case: Any, where: str) -> dict[str, Any]:
    if not isinstance(case, dict):
        raise BadInput(f"{where}: expected a JSON object, got {_json_type(case)}")
    if "reply" not in case:
        raise BadInput(f'{where}: missing "reply" (the text to check)')
    if not isinstance(case["reply"], str):
        raise BadInput(f'{where}: "reply" must be a string, got {_json_type(case["reply"])}')
    case_id = case.get("id")
    if case_id is not None and (isinstance(case_id, bool) or not isinstance(case_id, str | int)):
        raise BadInput(f'{where}: "id" must be a string or a number, got {_json_type(case["id"])}')
    for name in _STRING_FIELDS:
        if case.get(name) is not None and not isinstance(case[name], str):
            raise BadInput(f'{where}: "{name}" must be a string, got {_json_type(case[name])}')
    practice = case.get("practice")
    if practice is not None:
        if not isinstance(practice, dict):
            raise BadInput(
                f'{where}: "practice" must be an object with name, phone, email; '
                f"got {_json_type(practice)}"
            )
        for name in _PRACTICE_FIELDS:
            value = practice.get(name)
            if value is not None and not isinstance(value, str):
                raise BadInput(
                    f'{where}: "practice.{name}" must be a string, got {_json_type(value)}'
                )
        names = practice.get("signoff_names")
        if names is not None and not (
                isinstance(names, list) and all(isinstance(n, str) for n in names)):
            raise BadInput(f'{where}: "practice.signoff_names" must be an array of strings, '
                           f"got {_json_type(names)}")
    _no_surrogates(case, where)
    return case


def _no_surrogates(case: dict[str, Any], where: str) -> None:
    """Every text the guard reads or writes back must be valid Unicode."""
    practice = case.get("practice") or {}
    fields = [("reply", case.get("reply")), ("id", case.get("id")),
              *((name, case.get(name)) for name in _STRING_FIELDS),
              *((f"practice.{name}", practice.get(name)) for name in _PRACTICE_FIELDS)]
    for name, value in fields:
        if isinstance(value, str) and (m := _SURROGATE.search(value)):
            raise BadInput(
                f'{where}: "{name}" holds an invalid character (a lone surrogate '
                f"\\u{ord(m.group()):04x} at position {m.start() + 1}); fix the text")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def main(argv: list[str] | None = None) -> int:
    """`python -m slack_app.cli.guard ...`: the same command without the other subcommands."""
    parser = argparse.ArgumentParser(
        prog="review-assistant guard",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
