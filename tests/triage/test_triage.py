"""Deterministic escalation triggers, with spans into the original review text."""

from __future__ import annotations

import pytest

from slack_app.triage import TriageDataError, TriageMatch, TriageResult, term_pattern, triage

ZW = "\u200b"  # zero-width space
CYRILLIC_A = "\u0430"
CYRILLIC_O = "\u043e"

ESCALATE = [
    # (review, category, excerpt as written in the review)
    # legal
    ("My attorney will be in touch.", "legal", "attorney"),
    ("Talking to my lawyers about this place.", "legal", "lawyers"),
    ("This is malpractice, plain and simple.", "legal", "malpractice"),
    ("I will sue this office.", "legal", "will sue"),
    ("Expect a subpoena.", "legal", "subpoena"),
    ("Filing a lawsuit Monday.", "legal", "lawsuit"),
    ("Pure negligence.", "legal", "negligence"),
    ("Voy a llamar a mi abogado.", "legal", "abogado"),
    ("Les pondré una demanda.", "legal", "demanda"),
    ("Fue negligencia total.", "legal", "negligencia"),
    ("Pondré una denuncia.", "legal", "denuncia"),
    # regulatory and privacy
    ("This is a HIPAA violation.", "regulatory-privacy", "HIPAA"),
    ("Reporting you to OCR.", "regulatory-privacy", "OCR"),
    ("I wrote to the licensing board.", "regulatory-privacy", "licensing board"),
    ("The front desk shared my information with my employer.", "regulatory-privacy",
     "shared my information"),
    ("Compartieron mi información con otros.", "regulatory-privacy", "Compartieron mi información"),
    ("Presenté una queja formal.", "regulatory-privacy", "Presenté una queja"),
    ("Es una violación de privacidad.", "regulatory-privacy", "violación de privacidad"),
    # harm and safety
    ("My father died two days later.", "harm-safety", "died"),
    ("I ended up in the emergency room.", "harm-safety", "emergency room"),
    ("I got an infection.", "harm-safety", "infection"),
    ("They pulled the wrong tooth!", "harm-safety", "wrong tooth"),
    ("Nearly an overdose.", "harm-safety", "overdose"),
    ("I had an allergic reaction in the chair.", "harm-safety", "allergic reaction"),
    ("This left me with an injury.", "harm-safety", "injury"),
    ("Me lastimaron la encía.", "harm-safety", "Me lastimaron"),
    ("Terminé en urgencias.", "harm-safety", "urgencias"),
    ("Me sacaron el diente equivocado.", "harm-safety", "diente equivocado"),
    ("Tuve una reacción alérgica.", "harm-safety", "reacción alérgica"),
    # abuse, harassment, discrimination
    ("The receptionist was racist.", "abuse-discrimination", "racist"),
    ("I was harassed at check-in.", "abuse-discrimination", "harassed"),
    ("They discriminated against my son.", "abuse-discrimination", "discriminated"),
    ("Sufrí acoso del personal.", "abuse-discrimination", "acoso"),
    ("Me sentí discriminada.", "abuse-discrimination", "discriminada"),
    # threats of violence
    ("Next time I'll bring a gun.", "violence-threat", "gun"),
    ("You'll pay for this.", "violence-threat", "You'll pay for this"),
    ("Watch your back.", "violence-threat", "Watch your back"),
    ("Se van a arrepentir.", "violence-threat", "Se van a arrepentir"),
    # media
    ("I am calling the local news.", "media", "local news"),
    ("A reporter friend will hear about this.", "media", "reporter"),
    ("Voy a ir a la prensa.", "media", "la prensa"),
    ("Esto va a salir en las noticias.", "media", "en las noticias"),
    ("You'll see this on the news.", "media", "on the news"),
]


@pytest.mark.parametrize(("review", "category", "excerpt"), ESCALATE,
                         ids=[f"{c}:{e}" for _, c, e in ESCALATE])
def test_each_category_escalates_with_the_span_in_the_original(review, category, excerpt):
    result = triage(review)

    assert result.escalate
    assert category in result.categories
    match = next(m for m in result.matches if m.category == category)
    assert match.excerpt == excerpt
    assert review[match.start:match.end] == excerpt
    assert match.reason.startswith(f'"{excerpt}": ')


EVASIONS = [
    # (review, category, excerpt as written)
    (f"my l{ZW}a{ZW}wyer is on it", "legal", f"l{ZW}a{ZW}wyer"),
    ("MY LAWYER IS ON IT", "legal", "LAWYER"),
    (f"my l{CYRILLIC_A}wyer is on it", "legal", f"l{CYRILLIC_A}wyer"),
    (f"this is m{CYRILLIC_A}lpractice", "legal", f"m{CYRILLIC_A}lpractice"),
    ("my l a w y e r is on it", "legal", "l a w y e r"),
    ("my l.a.w.y.e.r is on it", "legal", "l.a.w.y.e.r"),
    ("ＬＡＷＹＥＲ called", "legal", "ＬＡＷＹＥＲ"),
    ("a law-suit is coming", "legal", "law-suit"),
    ("HiPaA complaint coming", "regulatory-privacy", "HiPaA"),
    ("went to the ÉR after", "harm-safety", "the ÉR"),
    (f"{CYRILLIC_O}verdose", "harm-safety", f"{CYRILLIC_O}verdose"),
    ("ABOGADO", "legal", "ABOGADO"),
    ("negligéncia", "legal", "negligéncia"),
    ("REACCION ALERGICA", "harm-safety", "REACCION ALERGICA"),
    ("me lastimaron", "harm-safety", "me lastimaron"),
    (f"me{ZW} lastimaron", "harm-safety", f"me{ZW} lastimaron"),
]


@pytest.mark.parametrize(("review", "category", "excerpt"), EVASIONS)
def test_evasions_do_not_hide_a_trigger(review, category, excerpt):
    result = triage(review)

    assert category in result.categories
    match = next(m for m in result.matches if m.category == category)
    assert (match.excerpt, review[match.start:match.end]) == (excerpt, excerpt)


SAFE = [
    "great staff, no complaints",
    "Great staff, no complaints at all. Five stars!",
    "Sue at the front desk was lovely and quick.",
    "Good news: parking is free now.",
    "Clean office, friendly team, easy to reach by phone.",
    "I was nervous but everyone was kind.",
    "The waiting room has great magazines.",
    "Excelente personal, sin quejas.",
    "Muy amables, me tocó esperar un poco pero todo bien.",
    "Buenas noticias: ahora abren los sábados.",
    "There is a television in the waiting room and we got the news we hoped for.",
    "Hay una televisión en la sala y me dieron las noticias rápido.",
    "",
    "   ",
]


@pytest.mark.parametrize("review", SAFE)
def test_safe_reviews_do_not_escalate(review):
    assert triage(review) == TriageResult(
        escalate=False, categories=(), matches=(), summary="No escalation triggers found."
    )


def test_a_joke_about_suing_may_escalate():
    # Accepted over-escalation: a person clears it in one click; missing a real threat is worse.
    result = triage("I would sue for a table at their coffee shop")
    assert result.categories == ("legal",)


def test_whole_result_for_a_review_with_several_categories():
    review = "My lawyer says the wrong tooth was pulled. Calling the local news."

    result = triage(review)

    assert result.to_dict() == {
        "escalate": True,
        "categories": ["legal", "harm-safety", "media"],
        "matches": [
            {"category": "legal", "start": 3, "end": 9, "excerpt": "lawyer",
             "reason": '"lawyer": mentions legal action; any public reply could matter in a '
                       "dispute, so a risk manager decides first"},
            {"category": "harm-safety", "start": 19, "end": 30, "excerpt": "wrong tooth",
             "reason": '"wrong tooth": describes possible harm, injury or an emergency; a '
                       "clinician or risk manager must look at it before any reply"},
            {"category": "media", "start": 55, "end": 65, "excerpt": "local news",
             "reason": '"local news": mentions the press or going public; communications '
                       "should be coordinated by a manager"},
        ],
        "summary": 'Escalate to a risk manager: Legal ("lawyer"); Harm and safety '
                   '("wrong tooth"); Media ("local news").',
    }


def test_extra_terms_from_settings_join_known_and_new_categories():
    extra = {"legal": ["arbitration"], "competitor": ["Brightsmile*"]}
    review = "Going to arbitration. BrightSmiles down the road is better."

    result = triage(review, extra)

    assert result.matches == (
        TriageMatch("legal", 9, 20, "arbitration",
                    '"arbitration": mentions legal action; any public reply could matter in a '
                    "dispute, so a risk manager decides first"),
        TriageMatch("competitor", 22, 34, "BrightSmiles",
                    '"BrightSmiles": matches a term this practice asked to escalate'),
    )
    assert "competitor" in result.summary
    assert not triage(review).escalate  # without the settings, nothing here escalates


@pytest.mark.parametrize("term", ["", "   ", "*"])
def test_an_empty_term_is_rejected_by_name(term):
    with pytest.raises(TriageDataError, match="is empty"):
        term_pattern(term)
