"""A reviewer shown as an organisation ("Westview PTA"): the group's acronym or an
organisation word in the reply names no one, a person's name from the display name still
blocks."""

import pytest

from tests.guardrails.conftest import judge

NAMED = [
    ("Westview PTA", "We're so grateful to the PTA for partnering with us.", True),
    ("Lincoln Elementary PTO", "Thanks to the PTO for the lovely flyers!", True),
    ("Oak Hills HOA", "Gracias a la HOA por invitarnos a la feria de salud.", True),
    ("Riverside Boosters Club", "We were glad to support the Boosters Club this spring.", True),
    ("Karen (Westview PTA)", "Thank you Karen, and thanks to the PTA.", False),
    ("AJ Smith", "Thanks AJ, we appreciate it!", False),
    ("Westview PTA", "Thanks, Westview!", False),
    ("Marta Ruiz - Asociación de Padres", "Gracias, Marta, por su apoyo.", False),
]


@pytest.mark.parametrize(("reviewer", "reply", "passes"), NAMED)
def test_an_organisation_word_of_the_reviewer_name_is_not_their_name(
        reviewer: str, reply: str, passes: bool) -> None:
    verdict = judge(reply, reviewer_name=reviewer, spanish="Gracias" in reply)
    named = [f for f in verdict.blocking if f.rule == "personal-identifier"]
    assert (not named) is passes, verdict.findings
