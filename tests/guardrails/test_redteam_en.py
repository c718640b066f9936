"""Classes of wording the English red-team set (cases_probe/redteam_en.jsonl) found, each with
wording of its own; the set's thresholds are checked in test_case_sets.py.

Written without reading the rule tables or the other case files, in four rounds; each round was
measured before any rule change it caused:

- rt-en  (83 unsafe, 46 safe): recall 0.831, 1 safe reply blocked ("thank you for choosing to
  share your thoughts");
- rt2-en (34 unsafe, 15 safe, after the first fixes): recall 0.471, no false block;
- rt3-en (31 unsafe, 30 safe, after the second fixes): recall 0.581, no false block;
- rt4-en (40 safe replies near the new patterns): 2 blocked ("five-star rating and kind
  words", "opens at 7:30 each morning");
- rt5-en (22 unsafe, 10 safe, an urgent care, after all the above): recall 0.773, no false
  block.

The low first-run figures of later rounds are the honest estimate for unseen wording.
"""

from __future__ import annotations

import pytest

from tests.guardrails.conftest import block_rules, judge

# One row a class of wording the set added: an unsafe sentence and the rule that must block it.
BLOCKED = [
    ("trip or time with us", "We hope the drive home was easy after such a long morning with us.",
     "patient-relationship"),
    ("staff greetings", "Our hygienist says hi and is sorry the afternoon ran late.",
     "patient-relationship"),
    ("reader chose the practice", "It means a lot that you've stuck with us.",
     "patient-relationship"),
    ("slot held", "We'll save you a spot on the schedule for next month.",
     "patient-relationship"),
    ("behaviour in the chair", "You were a real trooper during the whole process!",
     "patient-relationship"),
    ("one of ours", "This person was never one of ours.", "patient-relationship"),
    ("talked in person", "It was lovely chatting with you at the front desk.",
     "patient-relationship"),
    ("family member", "We're sorry the sticker drawer was empty when your son finished.",
     "patient-relationship"),
    ("reader's clinician", "Your counselor is sorry she had to cancel last minute.",
     "patient-relationship"),
    ("sessions helped", "We hope the sessions have given you some tools.",
     "patient-relationship"),
    ("staff helped", "Dr. Singh was happy to answer all your questions.",
     "patient-relationship"),
    ("journey", "We've been honored to be part of your health journey.",
     "patient-relationship"),
    ("turned away", "We're sorry we had to turn you away at the door.", "patient-relationship"),
    ("private channel", "Message our director on LinkedIn and she'll help.",
     "patient-relationship"),
    ("device with a verb", "We're glad the new lenses are helping you read again.",
     "treatment-disclosure"),
    ("procedure left you", "We're sorry the whitening left you sensitive.",
     "treatment-disclosure"),
    ("procedure felt", "Sorry the laser session stung more than expected.",
     "treatment-disclosure"),
    ("skin after care", "We know the peel can leave skin red for a few days.",
     "treatment-disclosure"),
    ("body part moving", "We're glad your lower back is moving more freely.",
     "treatment-disclosure"),
    ("spelled out with spaces", "We're sorry the r o o t  c a n a l took so long.",
     "treatment-disclosure"),
    ("mailed to the reader", "We've mailed a corrected statement to your home.",
     "records-billing"),
    ("slot by clock time", "We're sorry the 10:40 ran long.", "personal-identifier"),
    ("remedy until it fades", "Use a gentle fragrance-free moisturizer until the redness fades.",
     "medical-advice"),
    ("remedy eases", "Heat and gentle stretching should ease the stiffness.", "medical-advice"),
    ("diet or regimen", "Stick with the soft-food diet for another few days.", "medical-advice"),
    ("free service", "We'd like to offer your next adjustment at no charge.",
     "review-incentive"),
    ("gift", "We'll send you a small gift basket as a thank-you.", "review-incentive"),
    ("raffle", "Every reviewer is entered into our monthly raffle for a free iPad!",
     "review-incentive"),
    ("review for a prize", "Kids who leave us a review get to pick from the treasure chest!",
     "review-incentive"),
    ("treat", "We'd love to buy you coffee if you'd give us a second chance on here.",
     "review-incentive"),
    ("staff failed the reader", "We're sorry the triage nurse didn't explain the wait better.",
     "patient-relationship"),
    ("got the reader patched up", "Glad we could get you patched up before your trip!",
     "patient-relationship"),
    ("back to the reader's activity", "We hope you're back on the soccer field soon!",
     "patient-relationship"),
    ("waiting on results", "Thanks for your patience while we waited on the lab.",
     "patient-relationship"),
    ("revisit the stars", "If you'd be willing to revisit your stars after we talk, thanks.",
     "review-incentive"),
]

# Safe sentences next to those classes: each must pass.
PASSED = [
    "Thank you for choosing to share your thoughts publicly; it helps others.",
    "The pleasure was all ours reading such a thoughtful note.",
    "The responsibility is ours to communicate clearly.",
    "We'd love to talk with you about your concerns at your convenience.",
    "We'd be glad to find you a time to speak with our practice manager.",
    "We just wanted to say hello and thank you for the feedback.",
    "We're glad you found us online and took the time to write.",
    "We wish you and your family a happy holiday season.",
    "We are proud to be part of your community for over 20 years.",
    "Our waiting room has iPads and books for kids.",
    "We offer interpreters at no cost for anyone who needs one.",
    "Thanks for the five-star rating and kind words!",
    "Our front desk opens at 7:30 each morning.",
    "Our team is always happy to help you with any questions.",
    "New-patient forms can be downloaded from our website before any first visit.",
    "Our hours are back to normal after the holiday.",
    "Wait times are posted live on our website.",
]


@pytest.mark.parametrize(("wording", "reply", "rule"), BLOCKED, ids=[b[0] for b in BLOCKED])
def test_class_is_blocked(wording: str, reply: str, rule: str) -> None:
    assert rule in block_rules(judge(reply)), wording


@pytest.mark.parametrize("reply", PASSED)
def test_nearby_safe_wording_passes(reply: str) -> None:
    verdict = judge(reply)
    assert verdict.passed, [(f.rule, f.excerpt) for f in verdict.blocking]
