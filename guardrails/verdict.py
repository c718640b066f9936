"""The guardrail's public data types (the contract other parts and outside checks rely on)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["block", "warn"]

BLOCK_RULES = (
    "patient-relationship",
    "treatment-disclosure",
    "records-billing",
    "personal-identifier",
    "foreign-contact",
    "medical-advice",
    "review-incentive",
    "missing-contact-path",
    "length",
    "unsupported-language",
    "hidden-text",
)


@dataclass(frozen=True)
class GuardContext:
    """What the guardrail knows besides the reply itself."""

    review: str = ""
    reviewer_name: str = ""
    practice_name: str = ""
    practice_phone: str = ""
    practice_email: str = ""
    extra_clinical_terms: tuple[str, ...] = ()
    # Names the practice signs with (`practice.signoff_names`): allowed in the closing line only.
    signoff_names: tuple[str, ...] = ()
    # More of the practice's own contact a reply may give, accepted like practice_phone and
    # practice_email: the practice-wide line when practice_phone is one office's.
    extra_phones: tuple[str, ...] = ()
    extra_emails: tuple[str, ...] = ()

    @classmethod
    def coerce(cls, context: GuardContext | Mapping[str, Any] | None) -> GuardContext:
        """Accept a GuardContext, a flat mapping, or the JSONL shape with a `practice` object."""
        if context is None:
            return cls()
        if isinstance(context, GuardContext):
            return context
        practice = context.get("practice") or {}
        # The instance's fields set at once: the frozen __init__ sets each one through
        # object.__setattr__, several times slower, and this runs once a check (same object:
        # no field has a default factory, there is no __post_init__).
        coerced = object.__new__(cls)
        coerced.__dict__.update(
            review=context.get("review") or "",
            reviewer_name=context.get("reviewer_name") or "",
            practice_name=context.get("practice_name") or practice.get("name") or "",
            practice_phone=context.get("practice_phone") or practice.get("phone") or "",
            practice_email=context.get("practice_email") or practice.get("email") or "",
            extra_clinical_terms=tuple(context.get("extra_clinical_terms") or ()),
            signoff_names=tuple(context.get("signoff_names") or practice.get("signoff_names")
                                or ()),
            extra_phones=tuple(context.get("extra_phones") or ()),
            extra_emails=tuple(context.get("extra_emails") or ()),
        )
        return coerced


@dataclass(frozen=True)
class Finding:
    """One problem, located in the ORIGINAL reply: reply[start:end] == excerpt. `pattern`
    names the rule-table pattern (or check) that found it, e.g.
    "en.relationship.thanks-reader-coming-choosing"."""

    rule: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    pattern: str = ""

    def to_dict(self) -> dict[str, Any]:
        """`dataclasses.asdict(self)`, built directly (a batch writes one a finding)."""
        return {"rule": self.rule, "severity": self.severity, "start": self.start,
                "end": self.end, "excerpt": self.excerpt, "message": self.message,
                "pattern": self.pattern}


@dataclass(frozen=True)
class Verdict:
    findings: tuple[Finding, ...] = ()
    languages: tuple[str, ...] = ()  # languages the reply was judged in, e.g. ("en",)
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def passed(self) -> bool:
        return not self.blocking

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "block")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warn")

    @property
    def language(self) -> str:
        return "+".join(self.languages)

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "language": self.language,
            "findings": [f.to_dict() for f in self.findings],
        }
