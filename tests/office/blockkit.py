"""Every message and view checked against slack_sdk's Block Kit models: each block parses as a
known type and serialises back unchanged (so nothing was unknown and dropped), which runs the
models' own limits (text lengths, fields per section, elements per block, blocks per view)."""

from __future__ import annotations

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MESSAGE_BLOCKS = 50
OPTION_VALUE_LIMIT = 150  # not checked by the models


def _option_values(obj) -> list[str]:
    if isinstance(obj, dict):
        found = [o["value"] for o in obj.get("options") or [] if isinstance(o, dict)]
        return found + [v for value in obj.values() for v in _option_values(value)]
    if isinstance(obj, list):
        return [v for item in obj for v in _option_values(item)]
    return []


def assert_valid_blocks(blocks: list[dict], *, limit: int = MESSAGE_BLOCKS) -> None:
    assert 0 < len(blocks) <= limit, f"{len(blocks)} blocks (at most {limit})"
    for block in blocks:
        parsed = Block.parse(block)
        assert parsed is not None, f"not a known block: {block.get('type')!r}"
        assert parsed.to_dict() == block, f"changed by slack_sdk's model: {block}"
    assert all(len(v) <= OPTION_VALUE_LIMIT for v in _option_values(blocks))


def assert_valid_view(view: dict) -> None:
    View(**view).to_dict()  # the view's own limits: title, 100 blocks, private_metadata
    assert_valid_blocks(view["blocks"], limit=100)
