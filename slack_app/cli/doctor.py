"""`review-assistant doctor`: print the checklist from `slack_app.doctor`, one fix per failure.

Exit 0 when every required check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys

MARKS = {"ok": "ok", "warn": "warn", "fail": "FAIL", "unreachable": "UNREACHABLE", "skip": "skip"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        help="settings file (default: $REVIEW_ASSISTANT_CONFIG or ./review-assistant.toml)",
    )
    parser.add_argument(
        "--manifest", help="Slack app manifest to compare scopes with (default: ./manifest.yml)"
    )
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for each service (default 10)"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON lines")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from slack_app.config import Environment
    from slack_app.doctor import exit_code, run_checks

    env = Environment.from_env()
    manifest = Path(args.manifest) if args.manifest else None
    current_area = None

    # Secrets an upstream echoes into a detail are redacted by the CLI's stdout (cli/__init__).
    def show(result) -> None:
        nonlocal current_area
        if args.json:
            print(json.dumps(result.to_dict()), flush=True)
            return
        if result.area != current_area:
            current_area = result.area
            print(f"\n{result.area}")
        detail = result.detail.replace("\n", "\n" + " " * 16)
        print(f"  {MARKS[result.status]:<13} {result.name}: {detail}")
        if result.fix and result.status != "ok":
            print(f"{'':16}fix: {result.fix}")
        sys.stdout.flush()

    if not args.json:
        print("Review Assistant doctor: checking settings, tokens and connections")
    results = run_checks(
        args.config, env, manifest_path=manifest, timeout=args.timeout, on_result=show
    )
    code = exit_code(results)
    if not args.json:
        print(f"\n{summary(results)}")
    return code


def summary(results) -> str:
    """The closing lines: counts, then what to do. A skipped check is never counted as ok."""
    counts = {status: sum(r.status == status for r in results) for status in MARKS}
    failed = sum(r.failed for r in results)
    lines = [
        f"{counts['ok']} ok, {failed} required failing, {counts['warn']} warnings, "
        f"{counts['skip']} skipped."
    ]
    if failed:
        lines.append("Fix the FAIL / UNREACHABLE lines above, then run doctor again.")
    elif counts["skip"]:
        lines.append(
            f"No required check failed, but {counts['skip']} could not run (the skip lines "
            "above): those are not confirmed."
        )
    else:
        lines.append("All required checks passed.")
    return "\n".join(lines)
