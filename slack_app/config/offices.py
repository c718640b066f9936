"""An office: a [[locations]] block's own contact, channel and people, with [practice] and
[slack] filling in what it leaves out; and how messages name a location."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slack_app.config.sections import Location, Practice, SlackSettings


@dataclass(frozen=True)
class Office:
    """One office as replies and Slack see it: a location's own settings, with [practice] and
    [slack] filling in what it leaves out. Reviews of no configured location (pasted into
    /review-reply) belong to the practice-wide office, `label` "".

    `practice` is what its replies use (display name, phone, email); `shared_phone` and
    `shared_email` are the practice-wide contact, which its replies may give as well."""

    label: str  # "locations[2] (Oak Park)", or "" for the practice-wide office
    location: Location | None
    practice: Practice
    shared_phone: str
    shared_email: str
    review_channel: str
    approvers: tuple[str, ...]
    risk_managers: tuple[str, ...]
    signoff_names: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.location.name if self.location else ""

    @property
    def location_ids(self) -> tuple[str, ...]:
        """Its Google location and Yelp business, as reviews store them."""
        if self.location is None:
            return ()
        ids = (self.location.google_location, self.location.yelp_business_id)
        return tuple(i for i in ids if i)

    def setting(self, key: str) -> str:
        """Where `key` (review_channel, approvers, risk_managers) comes from, for messages:
        "locations[2] (Oak Park).approvers" or "slack.approvers"."""
        own = self.location is not None and bool(getattr(self.location, key))
        return f"{self.label}.{key}" if own else f"slack.{key}"


def resolve_office(
    practice: Practice, slack: SlackSettings, label: str, loc: Location | None
) -> Office:
    own = loc or Location(name="-")
    return Office(
        label=label,
        location=loc,
        practice=practice.model_copy(
            update={
                "name": own.display_name or practice.name,
                "phone": own.phone or practice.phone,
                "email": own.email or practice.email,
            }
        ),
        shared_phone=practice.phone,
        shared_email=practice.email,
        review_channel=own.review_channel or slack.review_channel,
        approvers=tuple(own.approvers or slack.approvers),
        risk_managers=tuple(own.risk_managers or slack.risk_managers),
        signoff_names=tuple(dict.fromkeys([*practice.signoff_names, *own.signoff])),
    )


def location_label(index: int, name: Any) -> str:
    """How messages name the `index`th (0-based) [[locations]] block: counted from 1, as a
    person counts the blocks in the file, with its name."""
    shown = f" ({name})" if isinstance(name, str) and name.strip() else ""
    return f"locations[{index + 1}]{shown}"
