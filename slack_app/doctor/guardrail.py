"""The guardrail with this practice's settings: a plain reply giving the practice's own
contact details passes, and so does every reply template."""

from __future__ import annotations

from slack_app.config import Settings
from slack_app.doctor.results import CheckResult, findings_text


def check_guardrail(settings: Settings | None) -> list[CheckResult]:
    if settings is None:
        return [
            CheckResult(
                "Guardrail", "own contact details", "skip", "settings not loaded", required=False
            )
        ]
    from guardrails import GuardContext, check
    from slack_app.drafting import load_templates
    from slack_app.drafting.prompts import contact_text

    practice = settings.practice
    context = GuardContext(
        practice_name=practice.name,
        practice_phone=practice.phone,
        practice_email=practice.email,
        extra_clinical_terms=tuple(practice.extra_clinical_terms),
    )
    results = []
    sample = (
        f"Thank you for sharing this with us. We would like to hear more; please reach us at "
        f"{contact_text(practice, 'en')}. — {practice.name}"
    )
    verdict = check(sample, context)
    in_name = [f.excerpt for f in verdict.blocking if f.excerpt and f.excerpt in practice.name]
    if verdict.passed:
        results.append(
            CheckResult(
                "Guardrail",
                "own contact details",
                "ok",
                "a reply giving the practice's contact details passes",
            )
        )
    else:
        results.append(
            CheckResult(
                "Guardrail",
                "own contact details",
                "fail",
                "a plain reply with the practice's own contact is blocked: "
                + findings_text(verdict.blocking),
                (
                    f"the practice name itself trips the guardrail ({', '.join(in_name)}): "
                    "report it to whoever maintains the guardrail's word lists, or use a "
                    "shorter name in [practice] name"
                )
                if in_name
                else "change [practice] name/phone/email so they read as the practice's own "
                '(e.g. phone "(555) 014-2290")',
            )
        )
    library = load_templates()
    blocked = []
    for template in library.all():
        text = template.fill(practice.name, contact_text(practice, template.language))
        verdict = check(text, context)
        if not verdict.passed:
            blocked.append(f"{template.language}/{template.id}: " + findings_text(verdict.blocking))
    if blocked:
        results.append(
            CheckResult(
                "Guardrail",
                "reply templates",
                "fail",
                f"{len(blocked)} of {len(library.all())} templates are blocked: "
                + "; ".join(blocked[:5]),
                "edit those templates in slack_app/data/templates/, or remove the word the "
                "practice settings add (practice.extra_clinical_terms)",
            )
        )
    else:
        results.append(
            CheckResult(
                "Guardrail", "reply templates", "ok", f"all {len(library.all())} templates pass"
            )
        )
    return results
