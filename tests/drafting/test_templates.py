"""The offline template backend: every template is safe for every practice, and choice is
deterministic and varied."""

from __future__ import annotations

import itertools
import random

import pytest

from guardrails import check, detect_language
from slack_app.config import Settings
from slack_app.drafting import (
    TemplateDrafter,
    draft_reply,
    load_templates,
    office_context,
)
from slack_app.drafting.prompts import contact_text
from slack_app.drafting.templates import BANDS, LANGUAGES, PARTS, TemplateError
from tests.drafting.conftest import PRACTICES, make_review

LIBRARY = load_templates()
ALL_BANDS = LIBRARY.all_parts()
BAND_IDS = [f"{p.language}-{p.band}" for p in ALL_BANDS]
# Compositions checked at random per band and language (of 5,400 to 7,350 each); together with
# every neighbouring pair of sentences and every sentence for every practice below.
SAMPLE_PER_BAND = 1000


def _text(template, practice):
    return template.fill(practice.name, contact_text(practice, template.language))


def _context(practice):
    settings = Settings(practice=practice)
    return office_context(settings.practice_office, settings)


def test_every_band_has_hundreds_of_replies_from_distinct_sentences():
    wanted = {(language, band) for language in LANGUAGES for band in BANDS}
    assert {(p.language, p.band) for p in ALL_BANDS} == wanted
    for band in ALL_BANDS:
        assert band.count >= 1000, (band.language, band.band, band.count)
        assert [len(s) for s in band.parts] == [len(set(s)) for s in band.parts]
        assert all(len(sentences) >= 5 for sentences in band.parts)


@pytest.mark.parametrize("practice_label", list(PRACTICES))
@pytest.mark.parametrize("band", ALL_BANDS, ids=BAND_IDS)
def test_every_sentence_passes_the_guardrail_for_every_practice(band, practice_label):
    practice = PRACTICES[practice_label]
    context = _context(practice)
    for template in band.covering():
        text = _text(template, practice)
        verdict = check(text, context)
        assert verdict.passed, (template.id, text, [f.to_dict() for f in verdict.blocking])
        assert (practice.phone or practice.email) in text
        assert "{" not in text and "}" not in text


@pytest.mark.parametrize("band", ALL_BANDS, ids=BAND_IDS)
def test_every_pair_of_neighbouring_sentences_passes(band):
    """Each sentence next to each sentence of the part after it: the guardrail reads some
    things across sentences (the closing line, a reader and an event), so pairs are checked."""
    practice = PRACTICES["phone and email"]
    context = _context(practice)
    sizes = [len(sentences) for sentences in band.parts]
    checked = set()
    for part in range(len(sizes) - 1):
        for a in range(sizes[part]):
            for b in range(sizes[part + 1]):
                choice = [0] * len(sizes)
                choice[part], choice[part + 1] = a, b
                # Vary the other parts too, so more than one composition is seen around them.
                for other in range(len(sizes)):
                    if other not in (part, part + 1):
                        choice[other] = (a + b + other) % sizes[other]
                checked.add(tuple(choice))
    for choice in sorted(checked):
        template = band.template(choice)
        verdict = check(_text(template, practice), context)
        assert verdict.passed, (template.id, [f.to_dict() for f in verdict.blocking])
    assert len(checked) >= max(a * b for a, b in itertools.pairwise(sizes))


@pytest.mark.parametrize("band", ALL_BANDS, ids=BAND_IDS)
def test_a_large_sample_of_compositions_passes(band):
    rng = random.Random(f"{band.language}-{band.band}")
    practices = list(PRACTICES.values())
    contexts = [_context(p) for p in practices]
    for n, index in enumerate(rng.sample(range(band.count), SAMPLE_PER_BAND)):
        template = band.template(band.choice(index))
        practice, context = practices[n % len(practices)], contexts[n % len(practices)]
        verdict = check(_text(template, practice), context)
        assert verdict.passed, (template.id, practice.name, [f.to_dict() for f in verdict.blocking])


@pytest.mark.parametrize("band", ALL_BANDS, ids=BAND_IDS)
def test_replies_are_in_their_language_and_of_reply_length(band):
    practice = PRACTICES["phone and email"]
    lengths = [len(_text(band.template(band.choice(i)), practice)) for i in range(band.count)]
    assert min(lengths) >= 250 and max(lengths) <= 650, (min(lengths), max(lengths))
    for template in band.covering():
        assert detect_language(_text(template, practice)) == band.language, template.id


def test_choice_is_deterministic_and_neighbouring_reviews_differ(settings):
    no_key = dict(drafter=TemplateDrafter())
    texts = [
        draft_reply(make_review(stars=5, review_id=f"r-{n}"), settings, **no_key).text
        for n in range(8)
    ]
    again = [
        draft_reply(make_review(stars=5, review_id=f"r-{n}"), settings, **no_key).text
        for n in range(8)
    ]
    assert texts == again
    assert len(set(texts)) >= 4  # eight neighbours spread over the band, not one form letter


@pytest.mark.parametrize(
    ("stars", "band"), [(1, "low"), (2, "low"), (3, "mid"), (None, "mid"), (4, "high"), (5, "high")]
)
def test_band_follows_the_stars(settings, stars, band):
    result = draft_reply(make_review(stars=stars), settings, drafter=TemplateDrafter())
    assert result.model.startswith(f"template en-{band}/")
    assert result.passed


def test_regenerate_and_instruction_pick_another_template(settings):
    review = make_review(stars=4)
    first = draft_reply(review, settings, drafter=TemplateDrafter())
    regenerated = draft_reply(review, settings, drafter=TemplateDrafter(), variant=1)
    with_hint = draft_reply(review, settings, drafter=TemplateDrafter(), instruction="warmer")
    again_regenerated = draft_reply(review, settings, drafter=TemplateDrafter(), variant=2)
    assert len({first.text, regenerated.text, again_regenerated.text}) == 3
    assert with_hint.text != first.text
    assert with_hint.attempts[0].to_row()["instruction"] == "warmer"
    assert all(r.passed for r in (first, regenerated, again_regenerated, with_hint))


@pytest.mark.parametrize(
    ("text", "stars", "language"),
    [
        pytest.param("", 5, "en", id="rating only, 5 stars"),
        pytest.param("", 1, "en", id="rating only, 1 star"),
        pytest.param("   ", None, "en", id="blank and no rating"),
        pytest.param("Excelente trato, muy amables y puntuales. ¡Gracias a todos!", 5, "es",
                     id="Spanish"),
        pytest.param("Service impeccable, équipe très gentille, je recommande.", 5, "en",
                     id="French review gets an English reply"),
    ],
)
def test_offline_reply_language_and_rating_only(settings, text, stars, language):
    result = draft_reply(make_review(text, stars=stars), settings, drafter=TemplateDrafter())
    assert (result.backend, result.language, result.passed) == ("template", language, True)
    assert result.model.startswith(f"template {language}-")
    assert detect_language(result.text) == language
    (attempt,) = result.attempts
    assert attempt.to_row()["usage"] == {}


def test_no_key_means_templates(settings, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = draft_reply(make_review(), settings)
    assert result.backend == "template" and result.passed and result.llm_calls == 0


def _write(directory, language, body):
    (directory / f"{language}.toml").write_text(body, encoding="utf-8")


def _band(band, *, sentences=5, contact="Reach us at {contact}.", skip=(), extra=""):
    lines = [f"[{band}]"]
    for part in PARTS:
        if part in skip:
            continue
        if part == "contact":
            items = [f"{contact} ({n})" for n in range(sentences)]
        else:
            items = [f"A {part} sentence from {{practice}} ({n})." for n in range(sentences)]
        lines.append(f"{part} = [" + ", ".join(f'"{item}"' for item in items) + "]")
    return "\n".join(lines) + "\n" + extra


def _file(language, *bands):
    return f'version = "1"\nlanguage = "{language}"\n' + "".join(bands)


def _good(language):
    return _file(language, *(_band(band) for band in BANDS))


@pytest.mark.parametrize(
    ("en_body", "message"),
    [
        pytest.param(_file("en", _band("low"), _band("mid"), _band("high", sentences=3)),
                     "[high] makes 243 replies", id="too few compositions"),
        pytest.param(_file("en", _band("low", sentences=2), _band("mid"), _band("high")),
                     "low.opening: needs a list of at least 3 sentences", id="too few sentences"),
        pytest.param(_file("en", _band("low", contact="Call us."), _band("mid"), _band("high")),
                     "low.contact[1]: must offer {contact}", id="no contact placeholder"),
        pytest.param(_file("en", _band("low", contact="Hi {name}, call {contact}."),
                           _band("mid"), _band("high")),
                     "low.contact[1]: unknown placeholder", id="unknown placeholder"),
        pytest.param(_file("en", _band("low", extra='closing_words = ["x"]\n'),
                           _band("mid"), _band("high")),
                     "[low] has unknown part(s) ['closing_words']", id="unknown part"),
        pytest.param(_file("en", _band("low"), _band("mid")),
                     "[high] is missing", id="missing band"),
        pytest.param(_file("en", _band("low", skip=("privacy",)), _band("mid"), _band("high")),
                     "low.privacy: needs a list", id="missing part"),
        pytest.param('language = "en"\n', "needs `version`", id="no version"),
        pytest.param("version = [", "cannot read templates", id="not TOML"),
    ],
)
def test_bad_template_files_are_rejected_by_name(tmp_path, en_body, message):
    _write(tmp_path, "en", en_body)
    _write(tmp_path, "es", _good("es"))
    with pytest.raises(TemplateError, match=r"en\.toml") as error:
        load_templates(str(tmp_path))
    assert message in str(error.value)


def test_a_sentence_listed_twice_is_rejected(tmp_path):
    repeated = _band("low").replace("(1)", "(0)", 1)
    _write(tmp_path, "en", _file("en", repeated, _band("mid"), _band("high")))
    _write(tmp_path, "es", _good("es"))
    with pytest.raises(TemplateError, match=r"low\.opening: lists a sentence twice"):
        load_templates(str(tmp_path))


def test_a_good_set_of_files_loads(tmp_path):
    _write(tmp_path, "en", _good("en"))
    _write(tmp_path, "es", _good("es"))
    library = load_templates(str(tmp_path))
    assert library.band("en", "low").count == 5**5
    assert library.band("fr", "low") is library.band("en", "low")
