"""Google's word on an owner reply: the Review resource's moderation fields.

`reviewReply.reviewReplyState` (2026-04) is the reply's moderation state: PENDING, APPROVED or
REJECTED (REVIEW_REPLY_STATE_UNSPECIFIED otherwise); `reviewReply.policyViolation` (2026-07)
says why a reply was rejected; the review's `reviewReplyUrl` (2026-07) links to the review for
replying. Google says new values may appear: an unknown one is kept and shown as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from slack_app.models import Review
from slack_app.sources import format_time, parse_time

PENDING, APPROVED, REJECTED = "PENDING", "APPROVED", "REJECTED"
SETTLED = (APPROVED, REJECTED)

# The policy violations a reply may be rejected for (ReviewReply.PolicyViolation), in words an
# office manager reads on the card; the code follows in brackets.
VIOLATIONS = {
    "PERSONAL_INFO": "it contains personal information",
    "PRIVACY": "it breaks Google's privacy policy for contributed content",
    "ADVERTISING_AND_SOLICITATION": "Google reads it as advertising or solicitation",
    "FAKE_ENGAGEMENT": "Google reads it as fake engagement",
    "OFF_TOPIC": "Google reads it as off topic",
    "OFFENSIVE": "Google reads it as offensive",
    "HARASSMENT": "Google reads it as harassment",
    "HATE_SPEECH": "Google reads it as hate speech",
    "MISINFORMATION": "Google reads it as misinformation",
    "MISREPRESENTATION": "Google reads it as misrepresentation",
    "IMPERSONATION": "Google reads it as impersonation",
    "OBSCENITY_AND_PROFANITY": "it contains obscenity or profanity",
    "GIBBERISH_AND_REPETITIVE": "Google reads it as unclear or repetitive",
    "REPETITIVE": "Google reads it as repetitive (the same text posted many times)",
    "UNCLEAR": "Google reads it as unclear",
    "REGULATED_GOODS_AND_SERVICES": "it offers regulated goods or services",
    "ILLEGAL": "Google reads it as illegal content",
    "DANGEROUS": "Google reads it as dangerous content",
    "GENERIC_VIOLATION": "it violates Google's content policies",
    "GENERIC_QUALITY": "Google reads it as low-quality content",
    "GENERIC_VANDALISM": "Google reads it as abusive or low-quality content",
    "GENERIC_FRAUD": "Google reads it as deceptive",
    "MODERATION_ERROR": "Google's moderation failed on it (an error on Google's side)",
    "LOCATION_SUSPENDED": "this Business Profile is suspended",
    "LOCATION_DISABLED": "this Business Profile is disabled",
    "LOCATION_VERIFICATION_REQUIRED": "this Business Profile is not verified",
    "EDITING_RESTRICTION": "Google has restricted edits to this Business Profile",
    "ACCOUNT_RESTRICTED_AND_SUSPENDED": "an account of this profile is restricted",
    "ACCOUNT_RESTRICTED_AND_EDIT_REJECTED": "an account of this profile is restricted",
    "ASSOCIATED_ACCOUNT_SUSPENDED": "an account of this profile is suspended",
    "OWNERSHIP_REVOKED": "another Google account has claimed this profile",
}


@dataclass(frozen=True)
class ReplyStatus:
    """What Google says about a review's owner reply. `state` is "" when Google reported
    none; `policy_violation` is set when the reply was rejected."""

    comment: str = ""
    state: str = ""
    policy_violation: str = ""
    update_time: str = ""
    reply_url: str = ""

    @property
    def rejected(self) -> bool:
        return self.state == REJECTED


def reply_status(review: Review) -> ReplyStatus:
    """The moderation fields of a Google review as listed or fetched (`GoogleSource` has
    checked their types)."""
    reply = review.raw.get("reviewReply") or {}
    updated = reply.get("updateTime")
    try:
        update_time = format_time(parse_time(updated)) if updated else ""
    except ValueError:
        update_time = ""
    return ReplyStatus(
        comment=reply.get("comment", ""),
        state=reply.get("reviewReplyState", ""),
        policy_violation=reply.get("policyViolation", ""),
        update_time=update_time,
        reply_url=review.raw.get("reviewReplyUrl", ""),
    )


def violation_text(code: str) -> str:
    """Why Google rejected a reply, for people: "it contains personal information
    (PERSONAL_INFO)"; an unknown or missing code is said as it is."""
    code = (code or "").strip()
    if not code or code == "POLICY_VIOLATION_UNSPECIFIED":
        return "Google gave no reason"
    words = VIOLATIONS.get(code) or code.replace("_", " ").lower()
    return f"{words} ({code})"
