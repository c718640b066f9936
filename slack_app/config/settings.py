"""Settings: the whole settings file, and the office each review belongs to."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from slack_app.config.offices import Office, location_label, resolve_office
from slack_app.config.sections import (
    DatabaseSettings,
    DigestSettings,
    DraftingSettings,
    Location,
    PollSettings,
    Practice,
    RemindersSettings,
    Section,
    SlackSettings,
    TriageSettings,
    YelpSettings,
)


class Settings(Section):
    practice: Practice
    slack: SlackSettings = SlackSettings()
    locations: list[Location] = []  # noqa: RUF012 (pydantic copies a default per instance)
    drafting: DraftingSettings = DraftingSettings()
    triage: TriageSettings = TriageSettings()
    poll: PollSettings = PollSettings()
    yelp: YelpSettings = YelpSettings()
    database: DatabaseSettings = DatabaseSettings()
    reminders: RemindersSettings = RemindersSettings()
    digest: DigestSettings = DigestSettings()
    source_path: str = Field(default="", exclude=True)  # where it was read from, for messages

    @model_validator(mode="after")
    def _locations_distinct(self) -> Settings:
        # A review is matched to its office by its Google location or Yelp business: two
        # offices claiming the same one would make whose phone and approvers apply a guess.
        seen: dict[tuple[str, str], str] = {}
        names: dict[str, str] = {}
        problems = []
        for index, loc in enumerate(self.locations):
            label = location_label(index, loc.name)
            for key in ("google_location", "yelp_business_id"):
                value = getattr(loc, key)
                if value and (key, value) in seen:
                    problems.append(f"{label}.{key}: {value!r} is also {seen[key, value]}'s")
                elif value:
                    seen[key, value] = label
            folded = loc.name.strip().casefold()
            if folded in names:
                problems.append(f"{label}.name: {loc.name!r} is also {names[folded]}'s")
            names.setdefault(folded, label)
        if problems:
            # One bullet each in the message (see loading._describe).
            raise PydanticCustomError(
                "duplicate_location",
                "\n  - ".join(f"{problem}; each office needs its own" for problem in problems),
            )
        return self

    def _office_index(self) -> tuple[Office, list[Office], dict[str, Office]]:
        # Built once per settings object. Keyed by the sections it reads: a model_copy that
        # replaces one of them (tests do) carries this entry along, and must not reuse it.
        key = (id(self.practice), id(self.slack), id(self.locations))
        cached = self.__dict__.get("_offices")
        if cached is None or cached[0] != key:
            offices = [
                resolve_office(self.practice, self.slack, location_label(index, loc.name), loc)
                for index, loc in enumerate(self.locations)
            ]
            by_id = {i: office for office in offices for i in office.location_ids}
            shared = resolve_office(self.practice, self.slack, "", None)
            cached = (key, (shared, offices, by_id))
            self.__dict__["_offices"] = cached
        return cached[1]

    def office_for(self, location_id: str) -> Office:
        """The office a review of `location_id` (a Google location name or a Yelp business
        id) belongs to; the practice-wide office for any other (a pasted review)."""
        shared, _, by_id = self._office_index()
        return by_id.get(location_id, shared)

    def offices(self) -> list[Office]:
        """Every configured location's office, in file order."""
        return list(self._office_index()[1])

    @property
    def practice_office(self) -> Office:
        """The practice-wide office: [practice] and [slack] as they are."""
        return self._office_index()[0]

    @classmethod
    def demo(cls, database_path: str = "demo-output/review-assistant-demo.db") -> Settings:
        """The embedded default used by `review-assistant demo` when no file is given."""
        return cls(
            practice=Practice(
                name="Riverside Family Dental",
                phone="(555) 014-2290",
                email="frontdesk@riversidefamilydental.example",
            ),
            locations=[
                Location(
                    name="Main Street",
                    google_location="accounts/1029384756/locations/5647382910",
                    yelp_business_id="riverside-family-dental-springfield",
                )
            ],
            database=DatabaseSettings(path=database_path),
        )
