"""The drafting model: the OpenAI-compatible server answers with the configured key and
serves the configured model. Without a key, drafts come from the built-in templates.

Asked through the drafting backend's own client (`OpenAIDrafter.client`). A 404 says which
of the usual two causes it is: an OPENAI_BASE_URL without the API's /v1, or an unknown model.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from slack_app.config import Environment, Settings
from slack_app.doctor.results import CheckResult, first_line


def check_model(settings: Settings | None, env: Environment, *, timeout: float = 10.0):
    if not env.openai_api_key:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "ok",
                "no OPENAI_API_KEY: drafts come from the built-in reply templates",
                required=False,
            )
        ]
    if settings is None:
        return [
            CheckResult("Model", "drafting model", "skip", "settings not loaded", required=False)
        ]
    import openai

    from slack_app.drafting.openai_backend import OpenAIDrafter

    model = settings.drafting.model
    where = env.openai_base_url or "api.openai.com"
    # The drafting backend's own client (its key, base URL, no client-side retries).
    client = OpenAIDrafter(
        api_key=env.openai_api_key, model=model, base_url=env.openai_base_url, timeout=timeout
    ).client
    try:
        available = [item.id for item in client.models.list()]
    except openai.APIConnectionError as exc:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "unreachable",
                f"could not reach {where}: {first_line(str(exc))}",
                "start the model server or fix OPENAI_BASE_URL; until then drafts fall back "
                "to the built-in templates",
            )
        ]
    except openai.AuthenticationError:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{where} rejected the API key",
                "check OPENAI_API_KEY",
            )
        ]
    except openai.NotFoundError:
        available = None  # some compatible servers do not list models: try a tiny completion
    except openai.APIStatusError as exc:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{where}: HTTP {exc.status_code}",
                "see the error above",
            )
        ]
    if available is not None:
        if model in available:
            return [
                CheckResult("Model", "drafting model", "ok", f"{model} is available at {where}")
            ]
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{model} is not offered by {where}",
                f"set [drafting] model to one of: {', '.join(sorted(available)[:8])}",
            )
        ]
    try:
        client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": "Reply with the word OK."}]
        )
    except openai.NotFoundError as exc:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{where} answered 404 Not Found to a chat completion for {model}: "
                f"{first_line(str(exc))}",
                _not_found_fix(env.openai_base_url, model, exc),
            )
        ]
    except openai.APIError as exc:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{model} at {where}: {first_line(str(exc))}",
                "check [drafting] model and OPENAI_BASE_URL",
            )
        ]
    return [CheckResult("Model", "drafting model", "ok", f"{model} answered at {where}")]


def _not_found_fix(base_url: str, model: str, exc: Exception) -> str:
    """A 404 is either a base URL without the API's /v1 prefix or a model the server lacks."""
    if getattr(exc, "code", None) == "model_not_found":
        return f"the server does not serve {model}: set [drafting] model to one it lists"
    path = urlsplit(base_url).path.rstrip("/") if base_url else "/v1"
    if not path.endswith("/v1"):
        return (
            "OpenAI-compatible servers answer under /v1: set OPENAI_BASE_URL to "
            f"{base_url.rstrip('/')}/v1 (check the server's documentation for its path)"
        )
    return f"check OPENAI_BASE_URL and that the server serves {model} ([drafting] model)"
