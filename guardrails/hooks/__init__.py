"""Validation hooks: the `unless` of a `Pattern` (like Presidio's result invalidation).

Each hook gets (doc, language, start, end) of a match in the folded text and answers True
when the match discloses nothing and is set aside. Hooks read only the match's own sentence
(`doc.window`), so a long reply is still checked in linear time.

- `hedges`: conditional, privacy and negated wording, and how far it reaches.
- `practice_wide`: a word said of no one in particular (the practice's services, people in
  general, what anyone may ask about).
- `general`: people in general and the practice's own arrangements (free services offered to
  anyone, schedules and systems, published recommendations, open invitations, people or
  things in general right before a match, the practice as the subject, "that" as a
  conjunction, the practice changing its own rooms, a prize box kept for every child, a date
  the practice announces, a fee charged to anyone, a standing offer for everyone, a sentence
  about anyone who did something or a topic that can feel hard to anyone, the practice's
  habit or a rule of its care, people at large, a price list, a policy's fee, the days it
  closes, free language help, staff at the check-in desk, a demand the practice meets, the
  staff at work at a time, the staff as the subject).
- `clinical_cue`: what makes a clinical word a disclosure.
- `discourse`: a noun brought in as any one earlier, a comparison, "the same" in a condition,
  an explanation announced as general, how billing works for anyone.
- `titles`: a title and a surname that name someone on the practice's side, or no one.
"""

from guardrails.hooks.clinical_cue import clinical_cue
from guardrails.hooks.discourse import (
    as_comparison,
    billing_in_general,
    in_general_explanation,
    introduced_as_any,
    same_in_condition,
    that_opens_a_kind,
)
from guardrails.hooks.general import (
    about_everyone,
    admin_in_general,
    announced_date,
    anyone_s_routine,
    at_no_occasion,
    for_everyone,
    free_amenity,
    free_consultation,
    free_language_help,
    general_rule,
    generic_statement,
    guideline,
    how_it_can_seem,
    kept_for_everyone,
    listed_among_others,
    meets_the_demand,
    offer_of_service,
    offered_to_anyone,
    open_invitation,
    open_to_the_public,
    people_at_large,
    people_in_general,
    people_in_general_can,
    policy_fee,
    practice_calendar,
    practice_changed_its_premises,
    practice_channel,
    practice_had_its_rooms_serviced,
    practice_is_subject,
    practice_routine,
    practice_schedule,
    practice_system,
    price_for_everyone,
    priced_for_everyone,
    process_in_general,
    said_of_people_in_general,
    said_to_anyone,
    staff_are_subject,
    staff_at_the_desk,
    staff_at_work,
    standing_offer_for_everyone,
    standing_terms,
    team_step_before_any_visit,
    that_is_a_conjunction,
    third_person,
    waived_for_a_kind_of_case,
    what_usually_happens,
)
from guardrails.hooks.hedges import (
    BODY_IDIOM,
    CONTRAST,
    IDIOM_AFTER,
    IDIOM_TERMS,
    QUANTITY_AFTER,
    QUANTITY_TERMS,
    about_visit,
    emphatic_si,
    hedged,
    if_ever_a_patient,
    in_disclaimer,
    in_sentence,
    negated,
    not_about_visit,
    possessed,
)
from guardrails.hooks.practice_wide import (
    asked_about_in_general,
    joined_sentence,
    practice_wide,
)
from guardrails.hooks.titles import not_the_reader_by_title

__all__ = [
    "BODY_IDIOM",
    "CONTRAST",
    "IDIOM_AFTER",
    "IDIOM_TERMS",
    "QUANTITY_AFTER",
    "QUANTITY_TERMS",
    "about_everyone",
    "about_visit",
    "admin_in_general",
    "announced_date",
    "anyone_s_routine",
    "as_comparison",
    "asked_about_in_general",
    "at_no_occasion",
    "billing_in_general",
    "clinical_cue",
    "emphatic_si",
    "for_everyone",
    "free_amenity",
    "free_consultation",
    "free_language_help",
    "general_rule",
    "generic_statement",
    "guideline",
    "hedged",
    "how_it_can_seem",
    "if_ever_a_patient",
    "in_disclaimer",
    "in_general_explanation",
    "in_sentence",
    "introduced_as_any",
    "joined_sentence",
    "kept_for_everyone",
    "listed_among_others",
    "meets_the_demand",
    "negated",
    "not_about_visit",
    "not_the_reader_by_title",
    "offer_of_service",
    "offered_to_anyone",
    "open_invitation",
    "open_to_the_public",
    "people_at_large",
    "people_in_general",
    "people_in_general_can",
    "policy_fee",
    "possessed",
    "practice_calendar",
    "practice_changed_its_premises",
    "practice_channel",
    "practice_had_its_rooms_serviced",
    "practice_is_subject",
    "practice_routine",
    "practice_schedule",
    "practice_system",
    "practice_wide",
    "price_for_everyone",
    "priced_for_everyone",
    "process_in_general",
    "said_of_people_in_general",
    "said_to_anyone",
    "same_in_condition",
    "staff_are_subject",
    "staff_at_the_desk",
    "staff_at_work",
    "standing_offer_for_everyone",
    "standing_terms",
    "team_step_before_any_visit",
    "that_is_a_conjunction",
    "that_opens_a_kind",
    "third_person",
    "waived_for_a_kind_of_case",
    "what_usually_happens",
]  # fmt: skip
