"""The deterministic reply guardrail (standard library only: no Slack, no network, no LLM).

    from guardrails import check, GuardContext
    verdict = check(reply, GuardContext(practice_phone="(555) 014-2290", review=review_text))
    verdict.passed, verdict.findings, verdict.languages

Modules: `normalize` (folding with an offset map), `contact` (phones and emails), `language`
(offline language detection), `lexicon` (clinical terms from `data/<lang>/clinical/*.txt`),
`rules/` (per-language phrase and pattern tables), `engine` (`check`), `verdict` (types).
"""

from guardrails.engine import check
from guardrails.language import detect_language
from guardrails.normalize import Normalized, normalize
from guardrails.verdict import BLOCK_RULES, Finding, GuardContext, Verdict

__all__ = [
    "BLOCK_RULES",
    "Finding",
    "GuardContext",
    "Normalized",
    "Verdict",
    "check",
    "detect_language",
    "normalize",
]
