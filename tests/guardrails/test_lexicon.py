"""The clinical lexicon: loaded from data files, matched on whole words with inflections."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrails.lexicon import Lexicon, clinical_terms, read_term_file
from guardrails.normalize import normalize


def test_bundled_lexicons_are_broad() -> None:
    assert len(set(clinical_terms("en"))) >= 450
    assert len(set(clinical_terms("es"))) >= 450


def test_term_files_skip_comments_and_blanks(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("# a comment\n\nroot canal\n  Gingivitis  # inline note\n", "utf-8")
    assert read_term_file(path) == ["root canal", "Gingivitis"]


EN = Lexicon(["root canal", "flare-up", "wisdom tooth", "cavity", "scab", "x-ray"], "en")
ES = Lexicon(["caries", "extracción", "muela", "inflamación"], "es")


@pytest.mark.parametrize(
    ("lexicon", "text", "terms"),
    [
        (EN, "two root canals last year", ["root canal"]),
        (EN, "her flare-ups and flare ups", ["flare up", "flare up"]),
        (EN, "wisdom teeth came out", ["wisdom tooth"]),
        (EN, "several cavities", ["cavity"]),
        (EN, "X-RAYS and xrays", ["x ray"]),
        (EN, "the scaffolding", []),  # whole words only: no "scab" inside
        (EN, "root. canal", []),  # a full stop breaks a phrase
        (ES, "las caries dentales", ["caries"]),
        (ES, "Extracción de muelas", ["extraccion", "muela"]),
        (ES, "inflamaciones", ["inflamacion"]),
    ],
)
def test_matching(lexicon: Lexicon, text: str, terms: list[str]) -> None:
    assert [m.term for m in lexicon.find(normalize(text).text)] == terms
