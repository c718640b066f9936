"""The guardrail with each office's settings: a plain reply giving the office's own contact
details (signed with its sign-off names, if any) passes, and so does every sentence of the
reply templates with its name and contact filled in."""

from __future__ import annotations

from slack_app.config import Office, Settings
from slack_app.doctor.results import CheckResult, findings_text


def _where(office: Office) -> str:
    return office.label or "[practice]"


def _distinct(settings: Settings) -> list[Office]:
    """The practice-wide office and each location's, once per different name, contact and
    sign-off (forty offices sharing the practice's phone are checked once)."""
    seen: dict[tuple, Office] = {}
    for office in [settings.practice_office, *settings.offices()]:
        practice = office.practice
        key = (practice.name, practice.phone, practice.email, office.signoff_names)
        seen.setdefault(key, office)
    return list(seen.values())


def check_guardrail(settings: Settings | None) -> list[CheckResult]:
    if settings is None:
        return [
            CheckResult(
                "Guardrail", "own contact details", "skip", "settings not loaded", required=False
            )
        ]
    offices = _distinct(settings)
    return [_own_contact(settings, offices), _templates(settings, offices)]


def _own_contact(settings: Settings, offices: list[Office]) -> CheckResult:
    from guardrails import check
    from slack_app.drafting import office_context
    from slack_app.drafting.prompts import contact_text

    problems, fixes = [], []
    for office in offices:
        practice = office.practice
        signer = f"{office.signoff_names[0]}, " if office.signoff_names else ""
        sample = (
            f"Thank you for sharing this with us. We would like to hear more; please reach us "
            f"at {contact_text(practice, 'en')}.\n— {signer}{practice.name}"
        )
        verdict = check(sample, office_context(office, settings))
        if verdict.passed:
            continue
        problems.append(f"{_where(office)}: " + findings_text(verdict.blocking))
        named = [f.excerpt for f in verdict.blocking if f.excerpt and f.excerpt in sample[-200:]]
        in_name = [e for e in named if e in practice.name or e in signer]
        keys = "display_name/phone/email/signoff" if office.location else "name/phone/email"
        fixes.append(
            f"the name itself trips the guardrail ({', '.join(in_name)}): use a shorter name "
            f"in {_where(office)}, or report it to whoever maintains the guardrail's word lists"
            if in_name
            else f"change {_where(office)} {keys} so they read as the practice's own "
            '(e.g. phone "(555) 014-2290")'
        )
    if problems:
        return CheckResult(
            "Guardrail",
            "own contact details",
            "fail",
            "a plain reply with the office's own contact is blocked: " + "; ".join(problems[:5])
            + (f"; and {len(problems) - 5} more offices" if len(problems) > 5 else ""),
            fixes[0],
        )
    detail = "a reply giving the practice's contact details passes"
    if len(offices) > 1:
        detail = f"a reply giving each office's own contact details passes ({len(offices)} checked)"
    return CheckResult("Guardrail", "own contact details", "ok", detail)


def _templates(settings: Settings, offices: list[Office]) -> CheckResult:
    from guardrails import check
    from slack_app.drafting import load_templates, office_context
    from slack_app.drafting.prompts import contact_text

    library = load_templates()
    blocked: list[str] = []
    checked = 0
    for office in offices:
        context = office_context(office, settings)
        for band in library.all_parts():
            contact = contact_text(office.practice, band.language)
            for template in band.covering():
                checked += 1
                verdict = check(template.fill(office.practice.name, contact), context)
                if not verdict.passed:
                    where = f" for {_where(office)}" if len(offices) > 1 else ""
                    blocked.append(f"{template.id}{where}: " + findings_text(verdict.blocking))
    if blocked:
        return CheckResult(
            "Guardrail",
            "reply templates",
            "fail",
            f"{len(blocked)} of {checked} templates are blocked: " + "; ".join(blocked[:5]),
            "edit those sentences in slack_app/data/templates/, or remove the word the "
            "practice settings add (practice.extra_clinical_terms)",
        )
    sentences = sum(len(s) for band in library.all_parts() for s in band.parts)
    return CheckResult(
        "Guardrail",
        "reply templates",
        "ok",
        f"all {sentences} template sentences pass ({checked} replies checked"
        + (f" over {len(offices)} offices)" if len(offices) > 1 else ")"),
    )
