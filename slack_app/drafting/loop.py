"""The drafting loop: draft, judge with the guardrail, repair with the findings, fall back.

The guardrail (not the model) decides. A blocked draft goes back to the model with each
finding's rule, excerpt and message, up to `settings.drafting.max_attempts` model drafts in
all; then the offline templates write the reply, and they are judged too. Every attempt is
returned so the caller can store it.

A model that fails in any way (an unusable answer, a service that is down or answers
nonsense, even a bug in the backend) is a DraftingError, so a failed attempt, never a crash:
the review still gets a checked template reply. Each failed attempt is logged once, as one
line that names the review and what failed; a traceback only when the backend itself broke.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from guardrails import GuardContext, check, detect_language
from slack_app.drafting.core import (
    DraftAttempt,
    Drafter,
    DraftingError,
    DraftOutput,
    DraftRequest,
    DraftResult,
)
from slack_app.drafting.templates import TemplateDrafter

if TYPE_CHECKING:
    from guardrails import Verdict
    from slack_app.config import Environment, Office, Settings
    from slack_app.models import Review

log = logging.getLogger(__name__)


def make_drafter(settings: Settings, env: Environment | None = None) -> Drafter:
    """The OpenAI backend when OPENAI_API_KEY is set, else the offline templates."""
    from slack_app.config import Environment

    env = env if env is not None else Environment.from_env()
    if not env.openai_api_key:
        return template_drafter()
    from slack_app.drafting.openai_backend import OpenAIDrafter

    return OpenAIDrafter(
        api_key=env.openai_api_key,
        model=settings.drafting.model,
        base_url=env.openai_base_url or None,
        timeout=settings.drafting.timeout_seconds,
        secrets=env.secrets(),
    )


@lru_cache(maxsize=1)
def template_drafter() -> TemplateDrafter:
    return TemplateDrafter()


def reply_language(review: Review) -> str:
    """Spanish reviews get Spanish replies; everything else (rating-only too) gets English,
    the language the guardrail knows best; a third language is never attempted."""
    return "es" if review.text.strip() and detect_language(review.text) == "es" else "en"


def guard_context(review: Review, settings: Settings) -> GuardContext:
    """What the guardrail knows about a reply to `review`: its office's name and contact (a
    reply may also give the practice-wide phone or email, never another office's)."""
    return office_context(
        settings.office_for(review.location_id),
        settings,
        review=review.text,
        reviewer_name=review.reviewer_name,
    )


def office_context(
    office: Office, settings: Settings, *, review: str = "", reviewer_name: str = ""
) -> GuardContext:
    practice = office.practice
    return GuardContext(
        review=review,
        reviewer_name=reviewer_name,
        practice_name=practice.name,
        practice_phone=practice.phone,
        practice_email=practice.email,
        extra_clinical_terms=tuple(settings.practice.extra_clinical_terms),
        signoff_names=office.signoff_names,
        extra_phones=tuple(p for p in (office.shared_phone,) if p and p != practice.phone),
        extra_emails=tuple(e for e in (office.shared_email,) if e and e != practice.email),
    )


def _attempt(
    request: DraftRequest,
    drafter: Drafter,
    role: str,
    output: DraftOutput | None = None,
    verdict: Verdict | None = None,
    error: DraftingError | None = None,
) -> DraftAttempt:
    return DraftAttempt(
        number=request.attempt,
        role=role,
        backend=drafter.backend,
        model=output.model if output else drafter.model,
        prompt_version=output.prompt_version if output else error.prompt_version if error else "",
        language=request.language,
        text=output.text if output else "",
        verdict=verdict,
        usage=dict(output.usage if output else error.usage if error else {}),
        error=str(error) if error else None,
        error_kind=error.kind if error else None,
        instruction=request.instruction,
    )


def draft_reply(
    review: Review,
    settings: Settings,
    *,
    drafter: Drafter | None = None,
    env: Environment | None = None,
    instruction: str | None = None,
    variant: int = 0,
    recent: tuple[str, ...] = (),
) -> DraftResult:
    """Draft a reply that passes the guardrail, with every attempt that led to it.

    `instruction` is an approver's hint ("shorter", "warmer", ...), given to the model as a
    hint that never overrides the rules. `variant` is how many drafts the review already has
    (a regenerate); the template backend uses it, and the instruction, to pick another text.
    `recent` are the office's latest reply texts, which a template reply never repeats.
    Replies use the review's office: its name, phone and email.
    """
    drafter = drafter if drafter is not None else make_drafter(settings, env)
    context = guard_context(review, settings)
    practice = settings.office_for(review.location_id).practice
    language = reply_language(review)
    instruction = (instruction or "").strip() or None
    attempts: list[DraftAttempt] = []
    fallback_reason: str | None = None

    if not isinstance(drafter, TemplateDrafter):
        max_attempts = settings.drafting.max_attempts
        previous_text: str | None = None
        findings: tuple = ()
        problem: str | None = None
        for number in range(1, max_attempts + 1):
            request = DraftRequest(
                review=review,
                practice=practice,
                language=language,
                attempt=number,
                instruction=instruction,
                previous_text=previous_text,
                findings=findings,
                problem=problem,
                variant=variant,
            )
            role = "repair" if request.is_repair else "draft"
            try:
                output = drafter.draft(request)
            except DraftingError as exc:
                attempts.append(_attempt(request, drafter, role, error=exc))
                last = exc.fatal or number == max_attempts
                bug = exc.kind == "unexpected"
                # A skipped model (circuit breaker open) was logged once when it opened.
                quiet = exc.kind == "unavailable"
                log.log(
                    logging.ERROR if bug else logging.DEBUG if quiet else logging.WARNING,
                    "drafting %s: model attempt %d of %d failed (%s); %s",
                    review.key,
                    number,
                    max_attempts,
                    exc,
                    "the templates write the reply" if last else "asking again",
                    exc_info=exc.__cause__ if bug else None,  # a traceback only for a bug
                )
                if exc.fatal:
                    fallback_reason = f"the model backend failed ({exc})"
                    break
                problem = exc.message  # unusable answer: ask again, saying why
                continue
            verdict = check(output.text, context)
            attempts.append(_attempt(request, drafter, role, output, verdict))
            if verdict.passed:
                return DraftResult(tuple(attempts))
            previous_text, findings, problem = output.text, verdict.blocking, None
        else:
            fallback_reason = f"no model draft passed the guardrail in {max_attempts} attempt(s)"
            if attempts[-1].error:
                fallback_reason += f"; the last answer was unusable ({attempts[-1].error})"

    template_request = DraftRequest(
        review=review,
        practice=practice,
        language=language,
        attempt=len(attempts) + 1,
        instruction=instruction,
        variant=variant,
        recent=tuple(recent),
    )
    attempts.extend(_template_attempts(template_request, context, len(attempts)))
    return DraftResult(tuple(attempts), fallback_reason)


# A template blocked for an office points at its settings (a name or contact the guardrail
# refuses): after this many, the first one is returned blocked rather than trying thousands.
MAX_TEMPLATE_TRIES = 24


def _template_attempts(
    request: DraftRequest, context: GuardContext, done: int
) -> list[DraftAttempt]:
    """The chosen template, or the next ones in its band if it is blocked for this office.

    Blocked templates tried before the accepted one are kept (they point at a template or a
    settings problem); if none passes, the first one is returned with its verdict.
    """
    drafter = template_drafter()
    role = "fallback" if done else "draft"
    tried: list[DraftAttempt] = []
    for template in islice(drafter.candidates(request), MAX_TEMPLATE_TRIES):
        numbered = replace(request, attempt=done + len(tried) + 1)
        output = drafter.render(template, numbered)
        attempt = _attempt(numbered, drafter, role, output, check(output.text, context))
        tried.append(attempt)
        if attempt.passed:
            return tried
    return tried[:1]
