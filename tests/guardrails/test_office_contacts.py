"""A practice with several offices: a reply may give its own office's phone or email, or the
practice-wide one (`extra_phones`, `extra_emails`); any other office's is `foreign-contact`."""

from __future__ import annotations

import pytest

from guardrails import GuardContext, check

OAK_PARK = GuardContext(
    practice_name="Riverside Dental Oak Park",
    practice_phone="(555) 014-3300",
    practice_email="oakpark@riverside.example",
    extra_phones=("(555) 014-2290",),
    extra_emails=("frontdesk@riversidegroup.example",),
)
THANKS = "Thank you for the kind words. "


@pytest.mark.parametrize(
    ("contact", "blocked"),
    [
        # the office's own, however it is written
        ("(555) 014-3300", ()),
        ("555.014.3300", ()),
        ("oakpark@riverside.example", ()),
        # the practice-wide line and email
        ("+1 555 014 2290", ()),
        ("frontdesk@riversidegroup.example", ()),
        ("(555) 014-3300 or frontdesk@riversidegroup.example", ()),
        # another office of the same group
        ("(555) 014-4400", ("foreign-contact", "missing-contact-path")),
        ("mainstreet@riverside-main.example", ("foreign-contact", "missing-contact-path")),
        ("(555) 014-3300 or (555) 014-4400", ("foreign-contact",)),
    ],
)
def test_an_office_reply_may_give_its_own_or_the_practice_contact(contact, blocked):
    verdict = check(f"{THANKS}Please reach us at {contact}.", OAK_PARK)

    assert tuple(sorted({f.rule for f in verdict.blocking})) == blocked
    if blocked:
        (finding,) = [f for f in verdict.blocking if f.rule == "foreign-contact"]
        assert finding.excerpt in ("(555) 014-4400", "mainstreet@riverside-main.example")


def test_the_practice_wide_site_is_the_practices_own_too():
    verdict = check(
        f"{THANKS}Call (555) 014-3300 or see riversidegroup.example for our hours.", OAK_PARK
    )
    assert verdict.passed, verdict.to_dict()


def test_without_extra_contacts_the_practice_line_is_foreign():
    single = GuardContext(practice_name="Riverside", practice_phone="(555) 014-3300")

    verdict = check(f"{THANKS}Please call (555) 014-2290.", single)

    assert [f.rule for f in verdict.blocking] == ["foreign-contact", "missing-contact-path"]


def test_extra_contacts_come_from_a_mapping_too():
    context = GuardContext.coerce(
        {"practice_phone": "(555) 014-3300", "extra_phones": ["(555) 014-2290"],
         "extra_emails": ["a@b.example"]}
    )
    assert (context.extra_phones, context.extra_emails) == (("(555) 014-2290",), ("a@b.example",))
