"""The offline template backend: replies composed from interchangeable parts per language and
star band, so they do not read as a form letter.

`slack_app/data/templates/<language>.toml` lists, per band, sentences for each part of a reply
(PARTS: opening, acknowledgement, privacy, contact, closing). A reply takes one of each, so a
band of 7 x 7 x 5 x 6 x 5 sentences has 7,350 replies. Which one a review gets:

* a stable hash of the review key (SHA-256, not Python's salted hash()) picks a starting
  composition, and a regenerate (`variant`) or an approver's instruction moves it; candidates
  then step through every composition once, by a stride coprime to their number;
* `request.recent` (the office's latest replies, from the store, newest first) is never
  repeated, and of the first few candidates the one whose sentences were used least lately is
  tried first, so neighbouring replies differ in most of their sentences, not in one word.
"""

from __future__ import annotations

import hashlib
import math
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from slack_app.drafting.core import DraftOutput, DraftRequest
from slack_app.drafting.prompts import contact_text, star_band

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "data" / "templates"
BANDS = ("low", "mid", "high")
LANGUAGES = ("en", "es")
PARTS = ("opening", "acknowledgement", "privacy", "contact", "closing")
MIN_PER_PART = 3
MIN_PER_BAND = 1000  # compositions per band and language: far more than a profile shows
# Of the first candidates not used lately, the one repeating the fewest recent sentences wins.
PREFERENCE_WINDOW = 12
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_ALLOWED = {"practice", "contact"}


class TemplateError(Exception):
    """A template file that cannot be used; the message names the file, band and part."""


@dataclass(frozen=True)
class ReplyTemplate:
    """One composed reply, placeholders unfilled. `id` names its sentences: en-low/3.0.4.1.2
    is the 4th opening, 1st acknowledgement, ... of English 1-2 star replies."""

    id: str
    band: str
    language: str
    text: str

    def fill(self, practice_name: str, contact: str) -> str:
        return self.text.replace("{practice}", practice_name).replace("{contact}", contact)


@dataclass(frozen=True)
class ReplyParts:
    """The sentences of one band in one language, per part (in PARTS order)."""

    language: str
    band: str
    parts: tuple[tuple[str, ...], ...]

    @property
    def count(self) -> int:
        return math.prod(len(sentences) for sentences in self.parts)

    def choice(self, index: int) -> tuple[int, ...]:
        """Composition `index` (0 <= index < count) as one sentence number per part. The
        opening varies fastest, so neighbouring indexes differ from the first sentence on."""
        chosen = []
        for sentences in self.parts:
            index, digit = divmod(index, len(sentences))
            chosen.append(digit)
        return tuple(chosen)

    def template(self, choice: tuple[int, ...]) -> ReplyTemplate:
        text = " ".join(sentences[n] for sentences, n in zip(self.parts, choice, strict=True))
        number = ".".join(str(n) for n in choice)
        name = f"{self.language}-{self.band}/{number}"
        return ReplyTemplate(name, self.band, self.language, text)

    def covering(self) -> list[ReplyTemplate]:
        """Compositions in which every sentence appears at least once (as many as the longest
        part has sentences): what `doctor` checks for each office."""
        widest = max(len(sentences) for sentences in self.parts)
        return [
            self.template(tuple(n % len(sentences) for sentences in self.parts))
            for n in range(widest)
        ]

    def stride(self) -> int:
        """A step coprime to `count` near count / golden ratio: stepping by it visits every
        composition once and changes several sentences each step."""
        step = max(1, round(self.count / 1.618))
        while math.gcd(step, self.count) != 1:
            step += 1
        return step


@dataclass(frozen=True)
class TemplateLibrary:
    version: str
    bands: dict[tuple[str, str], ReplyParts]  # (language, band) -> its parts

    def band(self, language: str, band: str) -> ReplyParts:
        return self.bands[(language if language in LANGUAGES else "en", band)]

    def all_parts(self) -> list[ReplyParts]:
        return list(self.bands.values())


def _parts(path: Path, data: dict, band: str) -> ReplyParts:
    table = data.get(band)
    if not isinstance(table, dict):
        raise TemplateError(f"{path}: [{band}] is missing; it needs {', '.join(PARTS)}")
    unknown = set(table) - set(PARTS)
    if unknown:
        raise TemplateError(f"{path}: [{band}] has unknown part(s) {sorted(unknown)}")
    parts = []
    for part in PARTS:
        sentences = table.get(part)
        where = f"{path}: {band}.{part}"
        if not isinstance(sentences, list) or len(sentences) < MIN_PER_PART:
            raise TemplateError(f"{where}: needs a list of at least {MIN_PER_PART} sentences")
        cleaned = []
        for number, sentence in enumerate(sentences, start=1):
            text = " ".join(str(sentence).split()) if isinstance(sentence, str) else ""
            if not text:
                raise TemplateError(f"{where}[{number}]: is empty or not text")
            names = set(_PLACEHOLDER.findall(text))
            if names - _ALLOWED:
                raise TemplateError(f"{where}[{number}]: unknown placeholder {names - _ALLOWED}")
            if part == "contact" and "contact" not in names:
                raise TemplateError(f"{where}[{number}]: must offer {{contact}}")
            if part != "contact" and "contact" in names:
                raise TemplateError(f"{where}[{number}]: only contact sentences give {{contact}}")
            cleaned.append(text)
        if len(set(cleaned)) != len(cleaned):
            raise TemplateError(f"{where}: lists a sentence twice")
        parts.append(tuple(cleaned))
    result = ReplyParts(data["language"], band, tuple(parts))
    if result.count < MIN_PER_BAND:
        raise TemplateError(
            f"{path}: [{band}] makes {result.count} replies; at least {MIN_PER_BAND} are "
            "required (add sentences)"
        )
    return result


def _load_file(path: Path) -> tuple[str, list[ReplyParts]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read templates ({exc})") from exc
    language = data.get("language")
    version = data.get("version")
    if language not in LANGUAGES or not version:
        raise TemplateError(f"{path}: needs `version` and `language` (one of {LANGUAGES})")
    return f"{language}@{version}", [_parts(path, data, band) for band in BANDS]


@lru_cache(maxsize=4)
def load_templates(directory: str = str(TEMPLATES_DIR)) -> TemplateLibrary:
    versions: list[str] = []
    bands: dict[tuple[str, str], ReplyParts] = {}
    for language in LANGUAGES:
        version, parts = _load_file(Path(directory) / f"{language}.toml")
        versions.append(version)
        bands.update({(language, p.band): p for p in parts})
    return TemplateLibrary(" ".join(versions), bands)


def stable_index(*parts: object) -> int:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


class TemplateDrafter:
    """Writes replies from the template library; no network, no key, always available."""

    backend = "template"

    def __init__(self, library: TemplateLibrary | None = None) -> None:
        self.library = library or load_templates()
        self.model = f"templates {self.library.version}"

    def candidates(self, request: DraftRequest) -> Iterator[ReplyTemplate]:
        """The band's compositions in the order to try them, each at most once, none whose
        text the office used lately (`request.recent`)."""
        band = self.library.band(request.language, star_band(request.review.stars))
        salt = (request.instruction or "").strip().lower()
        start = stable_index(request.review.key, salt) + request.variant * band.stride()
        recent = set(request.recent)
        fill = self._filler(request)
        stride = band.stride()
        ordered = (
            band.template(band.choice((start + n * stride) % band.count))
            for n in range(band.count)
        )
        fresh = (template for template in ordered if fill(template) not in recent)
        window = list(islice(fresh, PREFERENCE_WINDOW))
        if request.recent:
            weights = _sentence_weights(band, fill, request.recent)
            window.sort(key=lambda t: sum(
                weights[part][sentence] for part, sentence in enumerate(_choice_of(t))
            ))
        yield from window
        yield from fresh

    def _filler(self, request: DraftRequest):
        contact = contact_text(request.practice, request.language)
        name = request.practice.name
        return lambda template: template.fill(name, contact)

    def render(self, template: ReplyTemplate, request: DraftRequest) -> DraftOutput:
        return DraftOutput(
            text=self._filler(request)(template),
            model=f"template {template.id}",
            prompt_version=self.library.version,
            usage={},
        )

    def draft(self, request: DraftRequest) -> DraftOutput:
        return self.render(next(self.candidates(request)), request)


def _choice_of(template: ReplyTemplate) -> tuple[int, ...]:
    return tuple(int(n) for n in template.id.rsplit("/", 1)[1].split("."))


def _sentence_weights(band: ReplyParts, fill, recent: tuple[str, ...]) -> list[list[float]]:
    """Per part, how much each sentence (filled in) was used lately: 1 for the latest reply,
    1/2 for the one before, ... (`recent` is newest first), so the least and longest unused
    sentences win."""
    weights: list[list[float]] = []
    for sentences in band.parts:
        filled = [fill(ReplyTemplate("", band.band, band.language, s)) for s in sentences]
        weights.append([
            sum(1 / (age + 1) for age, text in enumerate(recent) if sentence in text)
            for sentence in filled
        ])
    return weights
