"""`review-assistant demo`: the whole pipeline offline on bundled sample reviews.

Prints each review as an office manager would see it (stars, source, text, the draft, the
guardrail's verdict, escalation), then a summary table. A progress line on stderr while it
works, only when stderr is a terminal. Exit 0 when every draft passed the guardrail and every
review that must be escalated was; 1 otherwise; 2 on an unusable settings file.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap

from slack_app.cli.table import table_lines

SOURCE_NAMES = {"google": "Google", "yelp": "Yelp", "manual": "Pasted"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        default="demo-output",
        help="folder for the demo database and card JSON (default demo-output/; "
        "recreated on every run)",
    )
    parser.add_argument(
        "--config",
        help="use this practice's settings instead of the sample "
        "practice (its database path is ignored)",
    )


def stars_text(stars: int | None) -> str:
    if stars is None:
        return "no rating"
    return "★" * stars + "☆" * (5 - stars) + f" ({stars}/5)"


class Progress:
    """One self-overwriting line on stderr; silent when stderr is not a terminal."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.width = shutil.get_terminal_size((80, 20)).columns

    def show(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        bar_width = 20
        filled = bar_width * done // total
        line = f"[{'#' * filled}{'.' * (bar_width - filled)}] {done}/{total} {label}"
        self.stream.write("\r" + line[: self.width - 1].ljust(self.width - 1))
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (self.width - 1) + "\r")
            self.stream.flush()


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=92, initial_indent=indent, subsequent_indent=indent)


def format_outcome(outcome) -> str:
    review = outcome.review
    source = SOURCE_NAMES.get(review.source, review.source)
    when = review.created_at[:10]
    lines = [
        f"#{outcome.sample.number:<2} {stars_text(review.stars)}  {source} · "
        f"{review.location_name or review.location_id} · {review.reviewer_name or 'anonymous'}"
        f"{' · ' + when if when else ''}   [{outcome.sample.shows}]",
    ]
    if review.text:
        excerpt = " (excerpt; Yelp shares only part of the text)" if review.is_excerpt else ""
        lines.append(_wrap(f"“{review.text}”{excerpt}", "    "))
    else:
        lines.append("    (rating only, no text)")
    backend = f"{outcome.backend}, {outcome.attempts} attempt(s)"
    lines.append(f"  Draft reply ({backend}):")
    lines.append(_wrap(outcome.draft_text or "(no draft)", "    "))
    if outcome.passed:
        verdict = "PASSED"
        if outcome.warnings:
            verdict += " with notes: " + ", ".join(w["rule"] for w in outcome.warnings)
    else:
        verdict = "BLOCKED: " + "; ".join(
            f"{f['rule']} ({f['excerpt']!r})" for f in outcome.findings
        )
    lines.append(f"  Guardrail: {verdict}")
    if outcome.escalated:
        why = outcome.triage_summary.removeprefix("Escalate to a risk manager:").strip()
        why = why or ", ".join(outcome.triage_categories)
        lines.append(f"  ESCALATED to the risk manager: {why}")
        lines.append("    It cannot be approved until a risk manager clears it.")
    else:
        lines.append("  Escalation: none; goes to an approver")
    lines.append(f"  Slack card: {outcome.card_path}")
    return "\n".join(lines)


def format_summary(report) -> str:
    header = ("#", "Source", "Stars", "Sample", "Guardrail", "Escalated", "State")
    rows = [
        (
            str(o.sample.number),
            SOURCE_NAMES.get(o.review.source, o.review.source),
            str(o.review.stars) if o.review.stars is not None else "-",
            o.sample.shows[:44],
            "passed" if o.passed else "BLOCKED",
            "yes: " + ", ".join(o.triage_categories) if o.escalated else "no",
            o.state,
        )
        for o in report.outcomes
    ]
    total = len(report.outcomes)
    out = table_lines(header, rows, rule=True)
    out.append("")
    out.append(
        f"{total} reviews · {report.passed_count}/{total} drafts passed the guardrail · "
        f"{report.escalated_count} escalated · drafts by: {report.backend}"
    )
    out.append(f"Database: {report.database_path}")
    out.append(
        f"Block Kit JSON: {report.cards_dir}/ (paste one into "
        "https://app.slack.com/block-kit-builder)"
    )
    return "\n".join(out)


def format_office(office, *, practice: str) -> str:
    """The day's outputs: where the digest, its chart and the App Home view are, and the
    report table of the last 30 days."""
    from slack_app.cli.report import format_table

    return "\n".join(
        [
            f"The office manager's day, with {office.history} invented reviews from the 13 "
            "weeks before today added to the demo database:",
            f"  Digest message (Block Kit JSON):  {office.digest_path}",
            f"  The digest's chart:               {office.chart_path}",
            f"  App Home of a sample approver:    {office.home_path}",
            "",
            format_table(office.figures, practice=practice),
        ]
    )


def run(args: argparse.Namespace) -> int:
    from slack_app.config import Environment, Settings, SettingsError, load_settings
    from slack_app.demo import run_demo
    from slack_app.demo_office import run_office_demo

    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # stars on a terminal that lacks UTF-8
    settings = None
    if args.config:
        try:
            settings = load_settings(args.config)
        except SettingsError as exc:
            print(exc, file=sys.stderr)
            return 2

    env = Environment.from_env()
    progress = Progress()
    print("Review Assistant demo: sample reviews through triage, drafting and the guardrail.")
    print(f"Nothing is posted anywhere; everything stays in {args.out}/.\n")

    def started(sample, total: int) -> None:
        source = SOURCE_NAMES.get(sample.review.source, sample.review.source)
        progress.show(
            sample.number - 1, total, f"drafting a reply to {source} review #{sample.number}"
        )

    def finished(outcome, total: int) -> None:
        progress.clear()
        print(format_outcome(outcome), end="\n\n", flush=True)
        progress.show(outcome.sample.number, total, "")

    report = run_demo(args.out, settings=settings, env=env, on_start=started, on_done=finished)
    progress.clear()
    print(format_summary(report))
    office = run_office_demo(report.out_dir, report.database_path, settings or Settings.demo())
    print("\n" + format_office(office, practice=(settings or Settings.demo()).practice.name))
    if report.notice:
        print(f"\nNote: {report.notice}")
    if report.ok:
        return 0
    print(
        "\nSomething is wrong: a draft was blocked or a risky review was not escalated "
        "(see above).",
        file=sys.stderr,
    )
    return 1
