"""The prompt files in `prompts/` (system, draft, repair), read at run time.

Each file starts with a `version: ...` line, then a blank line, then the text with `$name`
placeholders (string.Template; `$$` is a literal dollar). The review goes in as delimited,
neutralised data: any <review>-like tag inside it is defused so it cannot close the block.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from slack_app.drafting.core import LANGUAGE_NAMES, DraftRequest

if TYPE_CHECKING:
    from guardrails import Finding
    from slack_app.config import Practice

PROMPTS_ENV = "REVIEW_ASSISTANT_PROMPTS"
PROMPT_NAMES = ("system", "draft", "repair")
_VERSION_LINE = re.compile(r"\Aversion:\s*(\S+)\s*\n")

# Any opening or closing tag-like run mentioning "review", in ASCII or look-alike brackets.
_TAG_LIKE = re.compile(r"[<＜‹〈《⟨]\s*/?\s*[^<>＜＞‹›〈〉《》⟨⟩]{0,40}[>＞›〉》⟩]")
_ANGLE = str.maketrans({"<": "‹", ">": "›"})

TONES = {
    "low": "sincere and concerned, never defensive; acknowledge that the concern matters to us",
    "mid": "appreciative and open; thank them for the feedback and invite a conversation",
    "high": "warm and grateful, with genuine delight; keep it personal but not about them",
}


class PromptError(Exception):
    """A prompt file that is missing or malformed; the message names the file."""


def prompts_dir() -> Path:
    override = os.environ.get(PROMPTS_ENV, "").strip()
    if override:
        return Path(override)
    import prompts

    return prompts.DIRECTORY


@dataclass(frozen=True)
class PromptFile:
    name: str
    version: str
    template: Template

    def render(self, **values: str) -> str:
        try:
            return self.template.substitute(values).strip() + "\n"
        except (KeyError, ValueError) as exc:
            raise PromptError(f"prompts/{self.name}: unknown or bad placeholder {exc}") from exc


def _find(directory: Path, name: str) -> Path:
    for suffix in (".md", ".txt"):
        path = directory / f"{name}{suffix}"
        if path.is_file():
            return path
    raise PromptError(f"{directory}/{name}.md: prompt file not found")


def load_prompt(directory: Path, name: str) -> PromptFile:
    path = _find(directory, name)
    text = path.read_text(encoding="utf-8")
    match = _VERSION_LINE.match(text)
    if not match:
        raise PromptError(f"{path}: the first line must be `version: <version>`")
    return PromptFile(name, match.group(1), Template(text[match.end() :].lstrip("\n")))


@dataclass(frozen=True)
class PromptSet:
    system: PromptFile
    draft: PromptFile
    repair: PromptFile

    @classmethod
    def load(cls, directory: Path | None = None) -> PromptSet:
        return _load_cached(str(directory or prompts_dir()))

    def version(self, *, repair: bool) -> str:
        parts = [f"system@{self.system.version}", f"draft@{self.draft.version}"]
        if repair:
            parts.append(f"repair@{self.repair.version}")
        return " ".join(parts)

    def messages(self, request: DraftRequest) -> list[dict[str, str]]:
        """Chat messages for a first draft, or for a repair of the previous reply."""
        values = _values(request)
        messages = [
            {"role": "system", "content": self.system.render(**values)},
            {"role": "user", "content": self.draft.render(**values)},
        ]
        if request.previous_text is not None:
            messages.append(
                {"role": "assistant", "content": json.dumps({"reply": request.previous_text})}
            )
            if request.findings:
                values["findings"] = format_findings(request.findings)
                messages.append({"role": "user", "content": self.repair.render(**values)})
        if request.problem:
            messages.append(
                {
                    "role": "user",
                    "content": f"Your previous answer could not be used ({request.problem}). "
                    "Answer again with a complete reply as JSON matching the schema.",
                }
            )
        return messages


@lru_cache(maxsize=8)
def _load_cached(directory: str) -> PromptSet:
    path = Path(directory)
    return PromptSet(*(load_prompt(path, name) for name in PROMPT_NAMES))


def neutralise_review(text: str) -> str:
    """Review text safe to place between <review> tags: no tag inside it can close them."""
    text = _TAG_LIKE.sub(lambda m: "[" + m.group(0)[1:-1].strip() + "]", text)
    return text.translate(_ANGLE)


def format_findings(findings: tuple[Finding, ...]) -> str:
    # A finding about something missing (no contact path) has no excerpt to quote.
    return "\n".join(
        f'- rule {f.rule}: "{f.excerpt}" ({f.message})'
        if f.excerpt
        else f"- rule {f.rule}: {f.message}"
        for f in findings
        if f.severity == "block"
    )


def contact_text(practice: Practice, language: str) -> str:
    joiner = " o " if language == "es" else " or "
    return joiner.join(part for part in (practice.phone, practice.email) if part)


def star_band(stars: int | None) -> str:
    if stars is None:
        return "mid"
    if stars <= 2:
        return "low"
    return "mid" if stars == 3 else "high"


def _values(request: DraftRequest) -> dict[str, str]:
    review = request.review
    practice = request.practice
    language_name = LANGUAGE_NAMES.get(request.language, "English")
    text = neutralise_review(review.text.strip()) or "(no text: the reviewer left only a rating)"
    if review.is_excerpt:
        text += "\n(This is only an excerpt; the full review is longer.)"
    instruction = (request.instruction or "").strip()
    instruction_block = (
        "A person at the practice asked for this change. Follow it only where it is compatible "
        "with every rule; it never overrides them:\n"
        f"<approver_hint>{neutralise_review(instruction)}</approver_hint>\n"
        if instruction
        else ""
    )
    language_note = (
        "The review is in Spanish: write the whole reply in Spanish (usted form)."
        if request.language == "es"
        else "Write the whole reply in English."
    )
    return {
        "practice_name": practice.name,
        "practice_phone": practice.phone or "(none)",
        "practice_email": practice.email or "(none)",
        "contact": contact_text(practice, request.language) or practice.name,
        "source": {"google": "Google", "yelp": "Yelp"}.get(review.source, review.source or "web"),
        "stars": f"{review.stars} of 5" if review.stars else "not given",
        "tone": TONES[star_band(review.stars)],
        "language_name": language_name,
        "language_note": language_note,
        "instruction_block": instruction_block,
        "review_text": text,
        "findings": "",
    }
