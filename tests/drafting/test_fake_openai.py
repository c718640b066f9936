"""The fake chat completions server colleagues reuse: real client, realistic bodies."""

from __future__ import annotations

import json

import openai
import pytest

from tests.fakes.openai_chat import (
    FakeOpenAI,
    practice_contact,
    rate_limited,
    refusal,
    safe_reply,
    truncated,
)

SYSTEM = {
    "role": "system",
    "content": "practice name: X\nphone: (555) 014-2290\nemail: a@b.example",
}


@pytest.fixture
def client(model: FakeOpenAI) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url=model.base_url, max_retries=0, timeout=5)


def test_completion_body_is_what_the_real_api_sends(model, client):
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[SYSTEM, {"role": "user", "content": "reply language: English"}],
    )

    assert completion.object == "chat.completion"
    assert completion.id.startswith("chatcmpl-") and completion.created > 0
    assert completion.model == "gpt-4o-mini"
    choice = completion.choices[0]
    assert (choice.finish_reason, choice.message.role, choice.message.refusal) == (
        "stop", "assistant", None,
    )
    assert "(555) 014-2290" in json.loads(choice.message.content)["reply"]
    usage = completion.usage
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens > 0


def test_default_reply_follows_the_requested_language(model, client):
    completion = client.chat.completions.create(
        model="m", messages=[SYSTEM, {"role": "user", "content": "reply language: Spanish"}]
    )
    assert json.loads(completion.choices[0].message.content)["reply"].startswith("Gracias")


def test_scripted_answers_come_in_order_then_the_default(model, client):
    model.script(refusal("No."), truncated(), rate_limited(retry_after=2))
    messages = [SYSTEM]

    first = client.chat.completions.create(model="m", messages=messages)
    second = client.chat.completions.create(model="m", messages=messages)
    with pytest.raises(openai.RateLimitError) as limited:
        client.chat.completions.create(model="m", messages=messages)
    fourth = client.chat.completions.create(model="m", messages=messages)

    assert first.choices[0].message.refusal == "No."
    assert second.choices[0].finish_reason == "length"
    assert limited.value.response.headers["retry-after"] == "2"
    assert fourth.choices[0].finish_reason == "stop"
    assert model.pending == 0 and len(model.chat_bodies()) == 4


def test_models_list_and_configured_default(client):
    with FakeOpenAI(models=("llama-3.1-8b-instruct",), default=safe_reply("Hi {contact}")) as fake:
        other = openai.OpenAI(api_key="k", base_url=fake.base_url, max_retries=0)
        assert [m.id for m in other.models.list().data] == ["llama-3.1-8b-instruct"]
        text = other.chat.completions.create(model="x", messages=[SYSTEM]).choices[0]
        assert json.loads(text.message.content) == {"reply": "Hi (555) 014-2290"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("phone: (none)\nemail: office@clinic.example", "office@clinic.example"),
        ("Call 555-017-2020 any time", "555-017-2020"),
        ("nothing here", "(555) 010-0000"),
    ],
)
def test_practice_contact_is_found_in_the_prompt(content, expected):
    assert practice_contact({"messages": [{"role": "system", "content": content}]}) == expected
