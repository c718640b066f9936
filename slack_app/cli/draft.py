"""`review-assistant draft "review text"`: draft a reply, judge it, triage the review.

Works offline: with no OPENAI_API_KEY the template backend writes the reply, and with no
settings file the embedded demo practice is used. Exit 0 when the reply passed the guardrail,
1 when no draft passed (the text shown must not be posted), 2 on bad input or settings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import textwrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", help='the review text ("" for a rating-only review, - for stdin)')
    parser.add_argument("--stars", type=int, choices=range(1, 6), metavar="N", help="1 to 5")
    parser.add_argument("--source", choices=("google", "yelp"), default="google")
    parser.add_argument("--reviewer-name", default="", help="the reviewer's display name")
    parser.add_argument(
        "--instruction", default=None, help='a hint for the writer, e.g. "shorter" or "warmer"'
    )
    parser.add_argument(
        "--config",
        help="settings file (default: $REVIEW_ASSISTANT_CONFIG, "
        "./review-assistant.toml, else the built-in demo practice)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _settings(explicit: str | None):
    from slack_app.config import CONFIG_ENV, Settings, config_path, load_settings

    named = explicit or os.environ.get(CONFIG_ENV)
    if not named and not config_path().exists():
        return Settings.demo(), "built-in demo practice (no settings file)"
    settings = load_settings(explicit)
    return settings, str(config_path(explicit))


def _indent(text: str) -> str:
    return textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")


def format_report(result, triage_result, settings_from: str) -> str:
    lines = [
        f"Reply ({result.backend} backend, {result.model}, language {result.language}):",
        _indent(result.text),
        "",
    ]
    verdict = result.verdict
    if result.passed:
        lines.append("Guardrail: passed")
    else:
        lines.append("Guardrail: BLOCKED - do not post this text")
    for finding in verdict.findings if verdict else ():
        lines.append(
            f'  {finding.severity} {finding.rule}: "{finding.excerpt}" - {finding.message}'
        )
    lines.append(f"Triage: {triage_result.summary}")
    for match in triage_result.matches:
        lines.append(f"  {match.category} [{match.start}:{match.end}] {match.reason}")
    if result.fallback_reason:
        lines.append(f"Fallback: {result.fallback_reason}")
    earlier = result.attempts[:-1]
    if earlier:
        lines.append(f"Earlier attempts: {len(earlier)}")
        for attempt in earlier:
            why = attempt.error or ", ".join(
                sorted({f["rule"] for f in attempt.findings if f["severity"] == "block"})
            )
            lines.append(f"  #{attempt.number} {attempt.backend} {attempt.role}: {why}")
    lines.append(f"Settings: {settings_from}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from slack_app.config import Environment, SettingsError
    from slack_app.drafting import draft_reply
    from slack_app.models import Review
    from slack_app.triage import triage

    text = sys.stdin.read() if args.text == "-" else args.text
    text = text.strip()
    if not text and args.stars is None:
        print("draft: give the review text, or --stars N for a rating-only review", file=sys.stderr)
        return 2
    try:
        settings, settings_from = _settings(args.config)
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2

    digest = hashlib.sha256(f"{args.stars}\x1f{text}".encode()).hexdigest()[:16]
    review = Review(
        source=args.source,
        location_id="cli",
        source_review_id=f"cli-{digest}",
        stars=args.stars,
        reviewer_name=args.reviewer_name,
        text=text,
    )
    result = draft_reply(review, settings, env=Environment.from_env(), instruction=args.instruction)
    triage_result = triage(text, settings.triage.extra_terms)
    if args.json:
        print(
            json.dumps(
                {**result.to_dict(), "triage": triage_result.to_dict(), "settings": settings_from},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(format_report(result, triage_result, settings_from))
    return 0 if result.passed else 1
