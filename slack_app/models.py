"""Plain data shared by the sources, the store, drafting and the Slack layer (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field

SOURCES = ("google", "yelp", "manual")


def review_key(source: str, location_id: str, source_review_id: str) -> str:
    """The store's primary key for a review: one string, stable across polls."""
    return f"{source}:{location_id}:{source_review_id}"


@dataclass(frozen=True)
class Review:
    """One review as a source reported it.

    `text` is "" for a rating-only review; `is_excerpt` is True when the source gives only
    part of the text (Yelp Fusion). Times are ISO 8601 strings in UTC as the source sent them.
    """

    source: str  # "google" | "yelp" | "manual" (pasted into /review-reply)
    location_id: str  # Google "accounts/1/locations/2", Yelp business id, or "manual"
    source_review_id: str
    stars: int | None  # 1..5, None when the source did not say
    reviewer_name: str  # display name; "" when anonymous
    text: str
    is_excerpt: bool = False
    url: str = ""
    created_at: str = ""
    updated_at: str = ""
    owner_reply: str = ""  # a reply already on the site, if any
    location_name: str = ""  # human label from the settings file
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> str:
        return review_key(self.source, self.location_id, self.source_review_id)
