"""The offline template backend: every template is safe for every practice, and choice is
deterministic and varied."""

from __future__ import annotations

import pytest

from guardrails import check, detect_language
from slack_app.config import Settings
from slack_app.drafting import (
    DraftRequest,
    TemplateDrafter,
    draft_reply,
    guard_context,
    load_templates,
)
from slack_app.drafting.templates import BANDS, LANGUAGES, TemplateError
from tests.drafting.conftest import PRACTICES, make_review

LIBRARY = load_templates()
ALL_TEMPLATES = LIBRARY.all()


def test_at_least_eight_distinct_templates_per_band_and_language():
    for language in LANGUAGES:
        for band in BANDS:
            group = LIBRARY.band(language, band)
            assert len(group) >= 8, (language, band)
            assert len({t.text for t in group}) == len(group)
    assert len({t.id for t in ALL_TEMPLATES}) == len(ALL_TEMPLATES)


@pytest.mark.parametrize("practice_label", list(PRACTICES))
@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=[t.id for t in ALL_TEMPLATES])
def test_every_template_passes_the_guardrail_for_every_practice(template, practice_label):
    practice = PRACTICES[practice_label]
    settings = Settings(practice=practice)
    review = make_review("Something went wrong and I am upset.", stars=1)
    drafter = TemplateDrafter()
    request = DraftRequest(review=review, practice=practice, language=template.language)
    text = drafter.render(template, request).text

    verdict = check(text, guard_context(review, settings))

    assert verdict.passed, [f.to_dict() for f in verdict.findings]
    assert (practice.phone or practice.email) in text
    assert "{" not in text and "}" not in text


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=[t.id for t in ALL_TEMPLATES])
def test_templates_are_in_their_language_and_of_reply_length(template):
    practice = PRACTICES["phone and email"]
    text = template.fill(practice.name, f"{practice.phone} or {practice.email}")
    assert detect_language(text) == template.language
    assert 300 <= len(text) <= 600


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
    assert result.model.startswith(f"template en-{band}-")
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
    (attempt,) = result.attempts
    assert attempt.to_row()["usage"] == {}


def test_no_key_means_templates(settings, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = draft_reply(make_review(), settings)
    assert result.backend == "template" and result.passed and result.llm_calls == 0


def _write(directory, language, body):
    (directory / f"{language}.toml").write_text(body, encoding="utf-8")


def _band_block(language, band, count, text="Hello from {practice}: reach us at {contact}."):
    return "".join(
        f'[[templates]]\nid = "{language}-{band}-{n}"\nband = "{band}"\ntext = "{text}"\n'
        for n in range(count)
    )


@pytest.mark.parametrize(
    ("en_body", "message"),
    [
        pytest.param('version = "1"\nlanguage = "en"\n' + _band_block("en", "low", 8)
                     + _band_block("en", "mid", 8) + _band_block("en", "high", 7),
                     "band high has 7 templates", id="too few in a band"),
        pytest.param('version = "1"\nlanguage = "en"\n'
                     + _band_block("en", "low", 8, "Thanks from {practice}."),
                     "template en-low-0: must offer {contact}", id="no contact placeholder"),
        pytest.param('version = "1"\nlanguage = "en"\n'
                     + _band_block("en", "low", 8, "Hi {name}, call {contact}."),
                     "unknown placeholder", id="unknown placeholder"),
        pytest.param('version = "1"\nlanguage = "en"\n[[templates]]\nid = "x"\nband = "top"\n'
                     'text = "{contact}"\n', "template x: needs band", id="bad band"),
        pytest.param('language = "en"\n', "needs `version`", id="no version"),
        pytest.param("version = [", "cannot read templates", id="not TOML"),
    ],
)
def test_bad_template_files_are_rejected_by_name(tmp_path, en_body, message):
    _write(tmp_path, "en", en_body)
    good_es = 'version = "1"\nlanguage = "es"\n' + "".join(
        _band_block("es", band, 8) for band in BANDS
    )
    _write(tmp_path, "es", good_es)
    with pytest.raises(TemplateError, match=r"en\.toml") as error:
        load_templates(str(tmp_path))
    assert message in str(error.value)
