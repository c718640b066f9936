"""The offline template backend: hand-written replies per language and star band.

Templates live in `slack_app/data/templates/<language>.toml`. The choice is a stable hash of
the review key (SHA-256, not Python's salted hash()), so the same review gets the same reply on
every run and machine, neighbouring reviews get different ones, and a regenerate (a new
`variant` or instruction) moves to another template.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from slack_app.drafting.core import DraftOutput, DraftRequest
from slack_app.drafting.prompts import contact_text, star_band

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "data" / "templates"
BANDS = ("low", "mid", "high")
LANGUAGES = ("en", "es")
MIN_PER_BAND = 8
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_ALLOWED = {"practice", "contact"}


class TemplateError(Exception):
    """A template file that cannot be used; the message names the file and template id."""


@dataclass(frozen=True)
class ReplyTemplate:
    id: str
    band: str
    language: str
    text: str

    def fill(self, practice_name: str, contact: str) -> str:
        return self.text.replace("{practice}", practice_name).replace("{contact}", contact)


@dataclass(frozen=True)
class TemplateLibrary:
    version: str
    templates: dict[tuple[str, str], tuple[ReplyTemplate, ...]]  # (language, band) -> templates

    def band(self, language: str, band: str) -> tuple[ReplyTemplate, ...]:
        return self.templates[(language if language in LANGUAGES else "en", band)]

    def all(self) -> list[ReplyTemplate]:
        return [t for group in self.templates.values() for t in group]


def _load_file(path: Path) -> tuple[str, list[ReplyTemplate]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read templates ({exc})") from exc
    language = data.get("language")
    version = data.get("version")
    if language not in LANGUAGES or not version:
        raise TemplateError(f"{path}: needs `version` and `language` (one of {LANGUAGES})")
    result: list[ReplyTemplate] = []
    for index, item in enumerate(data.get("templates") or []):
        tid = item.get("id") or f"#{index + 1}"
        text = " ".join(str(item.get("text") or "").split())
        if item.get("band") not in BANDS or not text:
            raise TemplateError(f"{path}: template {tid}: needs band (low|mid|high) and text")
        names = set(_PLACEHOLDER.findall(text))
        if names - _ALLOWED:
            raise TemplateError(f"{path}: template {tid}: unknown placeholder {names - _ALLOWED}")
        if "contact" not in names:
            raise TemplateError(f"{path}: template {tid}: must offer {{contact}}")
        result.append(ReplyTemplate(tid, item["band"], language, text))
    return f"{language}@{version}", result


@lru_cache(maxsize=4)
def load_templates(directory: str = str(TEMPLATES_DIR)) -> TemplateLibrary:
    versions: list[str] = []
    grouped: dict[tuple[str, str], list[ReplyTemplate]] = {}
    for language in LANGUAGES:
        version, templates = _load_file(Path(directory) / f"{language}.toml")
        versions.append(version)
        for template in templates:
            grouped.setdefault((language, template.band), []).append(template)
        for band in BANDS:
            count = len(grouped.get((language, band), []))
            if count < MIN_PER_BAND:
                raise TemplateError(
                    f"{directory}/{language}.toml: band {band} has {count} templates; "
                    f"at least {MIN_PER_BAND} are required"
                )
    return TemplateLibrary(
        " ".join(versions), {key: tuple(group) for key, group in grouped.items()}
    )


def stable_index(*parts: object) -> int:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


class TemplateDrafter:
    """Writes replies from the template library; no network, no key, always available."""

    backend = "template"

    def __init__(self, library: TemplateLibrary | None = None) -> None:
        self.library = library or load_templates()
        self.model = f"templates {self.library.version}"

    def candidates(self, request: DraftRequest) -> list[ReplyTemplate]:
        """The band's templates in the order to try them: the chosen one first."""
        group = self.library.band(request.language, star_band(request.review.stars))
        salt = (request.instruction or "").strip().lower()
        start = stable_index(request.review.key, salt) + request.variant
        return [group[(start + offset) % len(group)] for offset in range(len(group))]

    def render(self, template: ReplyTemplate, request: DraftRequest) -> DraftOutput:
        contact = contact_text(request.practice, template.language)
        return DraftOutput(
            text=template.fill(request.practice.name, contact),
            model=f"template {template.id}",
            prompt_version=self.library.version,
            usage={},
        )

    def draft(self, request: DraftRequest) -> DraftOutput:
        return self.render(self.candidates(request)[0], request)
