"""Adversarial encodings the fold and the finders read back: a phone number with its digits
spaced out (`contact`), a given name spelled with spaces between its letters (`normalize`,
then `names`), and emoji standing for a word or dropped between the words of a phrase
(`normalize`). Each case has blocked and passing wordings, English and Spanish."""

from __future__ import annotations

import pytest

from guardrails import check, normalize
from guardrails.contact import find_phones, phones_equal
from tests.guardrails.conftest import (
    PRACTICE_PHONE,
    assert_blocked_at,
    assert_offsets,
    assert_passes,
    judge,
)

# --- 1. Phone numbers with spaced-out digits -------------------------------------------------

# (language, reply, the number as written): another number, blocked as contact.phone.
SPACED_FOREIGN_PHONES = [
    ("en", "You can also text our coordinator at 5 5 5 - 0 1 7 - 9 9 2 0.",
     "5 5 5 - 0 1 7 - 9 9 2 0"),
    ("en", "Our coordinator's direct line is 5 5 5 0 1 7 9 9 2 0.", "5 5 5 0 1 7 9 9 2 0"),
    ("en", "Reach our coordinator at ( 5 5 5 ) 0 1 7 - 9 9 2 0 any evening.",
     "( 5 5 5 ) 0 1 7 - 9 9 2 0"),
    ("en", "After hours, try +1 5 5 5 0 1 7 9 9 2 0 instead.", "+1 5 5 5 0 1 7 9 9 2 0"),
    ("es", "También puede escribirle a nuestra coordinadora al 5 5 5 - 0 1 7 - 9 9 2 0.",
     "5 5 5 - 0 1 7 - 9 9 2 0"),
    ("es", "El número directo de la coordinadora es ( 5 5 5 ) 0 1 7 - 9 9 2 0.",
     "( 5 5 5 ) 0 1 7 - 9 9 2 0"),
    ("es", "Fuera de horario, marque el 5 5 5 . 0 1 7 . 9 9 2 0.", "5 5 5 . 0 1 7 . 9 9 2 0"),
]
# (language, reply): the practice's own number written that way is its contact path.
SPACED_OWN_PHONES = [
    ("en", "Thank you for the kind words! Call us at 5 5 5 - 0 1 4 - 2 2 9 0."),
    ("en", "Thanks so much! Reach the front desk at ( 5 5 5 ) 0 1 4 - 2 2 9 0."),
    ("en", "Thank you! Our number is 5 5 5 0 1 4 2 2 9 0."),
    ("es", "¡Gracias por sus palabras! Llámenos al 5 5 5 - 0 1 4 - 2 2 9 0."),
    ("es", "Muchas gracias. Nuestro teléfono es ( 5 5 5 ) 0 1 4 - 2 2 9 0."),
]
# (language, reply): single digits in prose are no phone number.
DIGITS_IN_PROSE = [
    ("en", "Our 1 2 3 steps to a brighter smile are posted in the lobby."),
    ("en", "We see kids ages 6 to 12 and are open 7 days a week, 9 - 5."),
    ("en", "The counting wall in our lobby goes 1 2 3 4 5 6 7 8 9 10."),
    ("es", "Atendemos a niños de 6 a 12 años y abrimos 7 días, de 9 - 5."),
    ("es", "Nuestros 3 consejos 1 2 3 están en el cartel de la sala de espera."),
]


@pytest.mark.parametrize(("language", "reply", "number"), SPACED_FOREIGN_PHONES)
def test_a_spaced_out_foreign_number_blocks_as_a_phone(language: str, reply: str,
                                                       number: str) -> None:
    assert_blocked_at(language, reply, "foreign-contact", number)
    verdict = judge(reply, spanish=language == "es")
    assert "contact.phone" in {f.pattern for f in verdict.blocking if f.excerpt == number}


@pytest.mark.parametrize(("language", "reply"), SPACED_OWN_PHONES)
def test_the_practices_own_number_spaced_out_is_its_contact_path(language: str,
                                                                 reply: str) -> None:
    (found,) = find_phones(normalize(reply).text)
    assert phones_equal(found.text, PRACTICE_PHONE)
    verdict = judge(reply, spanish=language == "es", contact=False)
    assert verdict.passed, [f.to_dict() for f in verdict.blocking]


@pytest.mark.parametrize(("language", "reply"), DIGITS_IN_PROSE)
def test_single_digits_in_prose_are_no_phone(language: str, reply: str) -> None:
    assert find_phones(normalize(reply).text) == []
    assert_passes(language, reply)


# --- 2. Given names spelled with spaces between their letters -----------------------------

# (language, reply, the name as written): blocked as names.given-name at the spaced letters.
SPACED_NAMES = [
    ("es", "Díganle a X i m e n a que el morado es nuestro color favorito.", "X i m e n a"),
    ("es", "Saluden a L e o y a su mamá de parte de todo el equipo.", "L e o"),
    ("es", "Dile a X i m e n a y a su hermano que el equipo los saluda.", "X i m e n a"),
    ("es", "Un abrazo para la abuela y E m i l i o de parte del equipo.", "E m i l i o"),
    ("en", "Tell E m m a we said hi!", "E m m a"),
    ("en", "Give A n a a high five from all of us.", "A n a"),
    ("en", "Say hi to N o a h for us.", "N o a h"),
]
# (language, reply): initials and acronyms stay letters.
SPACED_LETTERS_NOT_NAMES = [
    ("en", "Our kids' corner has A B C blocks and a reading nook."),
    ("en", "We are proud to be a U S A based team."),
    ("en", "Dr. J. M. Rivera and the whole team thank you for the kind words."),
    ("es", "Nuestra sala de niños tiene bloques A B C y cuentos."),
    ("es", "Somos un equipo con oficinas en E U A y México."),
]


@pytest.mark.parametrize(("language", "reply", "name"), SPACED_NAMES)
def test_a_spaced_out_given_name_blocks_as_the_name_does(language: str, reply: str,
                                                         name: str) -> None:
    assert_blocked_at(language, reply, "personal-identifier", name)
    verdict = judge(reply, spanish=language == "es")
    assert "names.given-name" in {f.pattern for f in verdict.blocking if f.excerpt == name}
    # Written whole, the same name blocks the same way.
    whole = judge(reply.replace(name, name.replace(" ", "")), spanish=language == "es")
    assert "names.given-name" in {f.pattern for f in whole.blocking}


@pytest.mark.parametrize(("language", "reply"), SPACED_LETTERS_NOT_NAMES)
def test_initials_and_acronyms_are_no_names(language: str, reply: str) -> None:
    assert_passes(language, reply)


def test_the_one_letter_word_before_a_spaced_name_stays_a_word() -> None:
    norm = normalize("Díganle a X i m e n a y a su mamá")
    assert norm.text == "diganle a ximena y a su mama"
    start = norm.text.index("ximena")
    assert norm.excerpt(start, start + len("ximena")) == "X i m e n a"


# --- 3. Emoji standing for a word, or between the words of a phrase ----------------------

# (language, reply, rule, excerpt)
EMOJI_BLOCKED = [
    ("en", "We'll 👀 you at the 6-month ❤️ check 📅", "patient-relationship", "We'll 👀 you"),
    ("en", "Enjoy your 6-month ❤️ check-up!", "patient-relationship",
     "your 6-month ❤️ check-up"),
    ("en", "Hope the new ✨ crown feels great.", "treatment-disclosure", "the new ✨ crown"),
    ("en", "We loved seeing 😍 you today.", "patient-relationship", "We loved seeing 😍 you"),
    ("en", "Thanks for coming in for your 🦷 cleaning", "treatment-disclosure", "🦷"),
    ("es", "Esperamos que su ❤️ limpieza haya ido bien.", "patient-relationship",
     "su ❤️ limpieza"),
    ("es", "gracias por su 😊 visita, lo esperamos pronto", "patient-relationship",
     "gracias por su 😊 visita"),
]
# (language, reply): emoji as decoration.
EMOJI_PASSING = [
    ("en", "Thank you so much! 😊"),
    ("en", "Have a great summer ☀️"),
    ("en", "Thank you so much 😊 we love hearing from our community."),
    ("en", "Stay tuned 👀 for news about our new location!"),
    ("es", "¡Muchas gracias 😊 por sus palabras!"),
    ("es", "Gracias 🙏 por tomarse el tiempo de escribirnos."),
    ("es", "¡Feliz verano ☀️ de parte de todo el equipo!"),
]


@pytest.mark.parametrize(("language", "reply", "rule", "excerpt"), EMOJI_BLOCKED)
def test_an_emoji_in_a_phrase_does_not_hide_it(language: str, reply: str, rule: str,
                                               excerpt: str) -> None:
    assert_blocked_at(language, reply, rule, excerpt)


@pytest.mark.parametrize(("language", "reply"), EMOJI_PASSING)
def test_decorative_emoji_pass(language: str, reply: str) -> None:
    assert_passes(language, reply)


def test_the_brief_replies_with_the_practices_jsonl_context() -> None:
    practice = {"name": "Maple Grove Dental", "phone": "(555) 014-2290",
                "email": "hello@maplegrove.example"}
    reply = "Thank you so much! 😊 Call us at (555) 014-2290."
    assert check(reply, {"practice": practice}).passed
    blocked = "We'll 👀 you at the 6-month ❤️ check 📅 Call us at (555) 014-2290."
    verdict = check(blocked, {"practice": practice})
    assert not verdict.passed
    assert_offsets(blocked, verdict)


def test_an_emoji_ending_a_sentence_in_small_letters_still_ends_it() -> None:
    # No capitals to tell a new sentence by: only after a word no sentence ends on.
    assert "💪" in normalize("ya casi estás lista para volver a correr 💪 cualquier cosa").text
    assert normalize("gracias por su 😊 visita").text == "gracias por su visita"
