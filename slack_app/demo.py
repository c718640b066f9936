"""The offline demo: bundled sample reviews through the real pipeline.

A fresh SQLite file, `save_reviews`, then `workflow.prepare_review` for each review (triage,
drafting with the template backend or OpenAI when `OPENAI_API_KEY` is set, the guardrail, every
attempt stored), then the final draft is checked again by the guardrail and its review card is
rendered with the Slack layer's Block Kit builder and written as JSON.

`run_demo` returns data; `slack_app.cli.demo` prints it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from slack_app.config import DatabaseSettings, Environment, Settings
from slack_app.models import Review

DEFAULT_OUT_DIR = "demo-output"
DATABASE_NAME = "review-assistant-demo.db"
CARDS_DIR = "cards"


@dataclass(frozen=True)
class DemoSample:
    number: int
    shows: str  # what this sample demonstrates, e.g. "legal threat"
    must_escalate: bool
    review: Review


@dataclass
class DemoOutcome:
    sample: DemoSample
    draft_text: str
    backend: str
    model: str
    attempts: int
    passed: bool  # the guardrail's verdict on the final text, checked again here
    findings: list[dict[str, Any]]
    warnings: list[dict[str, Any]]
    escalated: bool
    triage_categories: list[str]
    triage_summary: str
    state: str
    card_path: Path

    @property
    def review(self) -> Review:
        return self.sample.review

    @property
    def as_expected(self) -> bool:
        return self.passed and (self.escalated or not self.sample.must_escalate)


@dataclass
class DemoReport:
    out_dir: Path
    database_path: Path
    cards_dir: Path
    backend: str
    outcomes: list[DemoOutcome] = field(default_factory=list)
    notice: str = ""  # e.g. why the model was not used

    @property
    def ok(self) -> bool:
        return bool(self.outcomes) and all(outcome.as_expected for outcome in self.outcomes)

    @property
    def passed_count(self) -> int:
        return sum(outcome.passed for outcome in self.outcomes)

    @property
    def escalated_count(self) -> int:
        return sum(outcome.escalated for outcome in self.outcomes)


def load_samples() -> list[DemoSample]:
    """The bundled sample reviews (slack_app/data/demo_reviews.json), numbered from 1."""
    raw = json.loads(
        resources.files("slack_app").joinpath("data/demo_reviews.json").read_text("utf-8")
    )
    samples = []
    for number, item in enumerate(raw["reviews"], start=1):
        item = dict(item)
        shows = item.pop("shows")
        must_escalate = bool(item.pop("must_escalate", False))
        samples.append(DemoSample(number, shows, must_escalate, Review(**item)))
    return samples


def card_filename(sample: DemoSample) -> str:
    safe_id = re.sub(r"[^A-Za-z0-9_-]+", "_", sample.review.source_review_id)
    return f"{sample.number:02d}-{safe_id}.json"


def reset_output(out_dir: Path) -> tuple[Path, Path]:
    """Make re-running safe: a fresh database (WAL side files too) and an empty cards folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    database_path = out_dir / DATABASE_NAME
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database_path}{suffix}").unlink(missing_ok=True)
    cards_dir = out_dir / CARDS_DIR
    cards_dir.mkdir(exist_ok=True)
    for old in cards_dir.glob("*.json"):
        old.unlink()
    return database_path, cards_dir


def demo_settings(base: Settings | None, database_path: Path) -> Settings:
    settings = base or Settings.demo()
    return settings.model_copy(update={"database": DatabaseSettings(path=str(database_path))})


def run_demo(
    out_dir: Path | str = DEFAULT_OUT_DIR,
    *,
    settings: Settings | None = None,
    env: Environment | None = None,
    samples: list[DemoSample] | None = None,
    on_start: Callable[[DemoSample, int], None] | None = None,
    on_done: Callable[[DemoOutcome, int], None] | None = None,
) -> DemoReport:
    """Run every sample through the pipeline. `on_start` / `on_done` get (item, total)."""
    from slack_app import store as store_module
    from slack_app.drafting import make_drafter
    from slack_app.workflow import prepare_review

    out_dir = Path(out_dir)
    env = env if env is not None else Environment.from_env()
    samples = samples if samples is not None else load_samples()
    database_path, cards_dir = reset_output(out_dir)
    settings = demo_settings(settings, database_path)
    env, notice = _usable_model(settings, env)
    drafter = make_drafter(settings, env)
    report = DemoReport(
        out_dir, database_path, cards_dir, getattr(drafter, "backend", "?"), notice=notice
    )

    store = store_module.Store(database_path)
    try:
        store_module.save_reviews(store, [sample.review for sample in samples])
        for sample in samples:
            if on_start is not None:
                on_start(sample, len(samples))
            prepare_review(store, sample.review, settings, drafter=drafter, env=env)
            outcome = _outcome(store, sample, settings, cards_dir)
            report.outcomes.append(outcome)
            if on_done is not None:
                on_done(outcome, len(samples))
    finally:
        store.close()
    return report


def _usable_model(settings: Settings, env: Environment) -> tuple[Environment, str]:
    """With a key set, ask the model server once (5 s) before drafting 18 replies with it:
    an unreachable server would make every review wait out its retries. Without a usable
    model the demo drafts from the templates and says why."""
    if not env.openai_api_key:
        return env, ""
    from slack_app.doctor import check_model

    (result,) = check_model(settings, env, timeout=5.0)
    if result.status == "ok":
        return env, ""
    notice = f"The model is not usable ({result.detail}); drafting from the built-in templates."
    return replace(env, openai_api_key=""), notice


def _outcome(store, sample: DemoSample, settings: Settings, cards_dir: Path) -> DemoOutcome:
    from guardrails import check
    from slack_app import store as store_module
    from slack_app.drafting import guard_context
    from slack_app.slack.cards import render
    from slack_app.workflow import current_draft

    review = sample.review
    attempts = store_module.drafts(store, review.key)
    draft = current_draft(store, review.key) or {}
    reply = store_module.reply_state(store, review.key) or {}
    triage_data = reply.get("triage") or {}
    text = draft.get("text") or ""
    # The verdict shown is the guardrail's own judgement of the final text, not a stored flag.
    verdict = check(text, guard_context(review, settings))
    blocks, _fallback = render(store, review.key)  # the card exactly as the app posts it
    card_path = cards_dir / card_filename(sample)
    card_path.write_text(
        json.dumps({"blocks": blocks}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return DemoOutcome(
        sample=sample,
        draft_text=text,
        backend=draft.get("backend") or "",
        model=draft.get("model") or "",
        attempts=len(attempts),
        passed=verdict.passed,
        findings=[finding.to_dict() for finding in verdict.blocking],
        warnings=[finding.to_dict() for finding in verdict.warnings],
        escalated=reply.get("state") == "escalated",
        triage_categories=list(triage_data.get("categories") or []),
        triage_summary=str(triage_data.get("summary") or ""),
        state=str(reply.get("state") or ""),
        card_path=card_path,
    )


# The emoji codes the card builder uses, drawn as a terminal or a README shows them.
EMOJI = {
    ":clipboard:": "📋",
    ":hourglass_flowing_sand:": "⏳",
    ":large_green_circle:": "🟢",
    ":large_yellow_circle:": "🟡",
    ":memo:": "📝",
    ":no_bell:": "🔕",
    ":no_entry:": "⛔",
    ":rotating_light:": "🚨",
    ":scissors:": "✂️",
    ":telephone_receiver:": "📞",
    ":warning:": "⚠️",
    ":white_check_mark:": "✅",
    ":x:": "❌",
}


def _mrkdwn_as_text(text: str) -> str:
    text = re.sub(r":[a-z0-9_+-]+:", lambda m: EMOJI.get(m.group(0), m.group(0)), text)
    return html.unescape(text)


def _plain(obj: Any) -> str:
    if isinstance(obj, dict):
        if obj.get("type") in ("plain_text", "mrkdwn"):
            return _mrkdwn_as_text(str(obj.get("text") or ""))
        if obj.get("type") == "image":
            return f"[image: {obj.get('alt_text') or ''}]"
        if obj.get("type") == "button":
            return f"[ {_plain(obj.get('text'))} ]"
        if "text" in obj and isinstance(obj["text"], str):
            return obj["text"]
        if "elements" in obj:
            return "".join(_plain(e) for e in obj["elements"])
        if "text" in obj:
            return _plain(obj["text"])
        return ""
    if isinstance(obj, list):
        return "".join(_plain(item) for item in obj)
    return str(obj or "")


def card_as_text(blocks: list[dict[str, Any]]) -> str:
    """A plain-text rendering of Block Kit blocks (for the README and terminals)."""
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            lines.append(_plain(block.get("text")).upper())
        elif kind == "divider":
            lines.append("-" * 60)
        elif kind == "section":
            if block.get("text"):
                lines.append(_plain(block["text"]))
            for item in block.get("fields") or []:
                lines.append(_plain(item))
            accessory = block.get("accessory") or {}
            if accessory.get("type") == "button":
                lines.append(_plain(accessory))
            elif accessory.get("type") == "static_select":
                lines.append(f"[ {_plain(accessory.get('placeholder'))} ▾ ]")
        elif kind == "context":
            lines.append(" · ".join(_plain(e) for e in block.get("elements") or []))
        elif kind == "actions":
            lines.append(" ".join(_plain(e) for e in block.get("elements") or []))
        elif kind == "rich_text":
            lines.append(_plain(block.get("elements")))
        elif kind == "input":
            lines.append(f"{_plain(block.get('label'))}: ____")
    return "\n".join(lines)
