"""``POST /v1/responses/compact`` made honest: the user's messages are kept (as the recorded
answer keeps them, with ``input_text`` parts), everything else goes into one ``compaction`` item
whose ``encrypted_content`` the emulator alone can open again. Upstream encrypts a summary; here
the content is the dropped items themselves, encoded, so a later turn that sends the compaction
back sees the same conversation."""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable
from typing import Any

__all__ = ["compact", "expand"]

_MARK = "vectorstores-emulator-compaction:"


def compact(items: list[dict[str, Any]], new_id: Callable[[str], str]) -> list[dict[str, Any]]:
    """The compacted window: each user message again, then one compaction item."""
    kept, folded = [], []
    for item in expand(items):
        if item.get("type") == "message" and item.get("role") == "user":
            content = [
                {"type": "input_text", "text": part["text"]} if part.get("type") == "output_text" else part
                for part in item.get("content", [])
            ]
            kept.append(
                {"id": new_id("msg"), "type": "message", "status": "completed", "content": content, "role": "user"}
            )
        else:
            folded.append(item)
    packed = base64.b64encode(json.dumps(folded, separators=(",", ":")).encode()).decode()
    return [*kept, {"id": new_id("cmp"), "type": "compaction", "encrypted_content": _MARK + packed}]


def expand(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with each compaction item the emulator made replaced by what it folded; one it
    cannot open (another server's) stands for nothing the stand-in can read."""
    found: list[dict[str, Any]] = []
    for item in items:
        if item.get("type") != "compaction":
            found.append(item)
            continue
        content = str(item.get("encrypted_content", ""))
        if content.startswith(_MARK):
            with contextlib.suppress(ValueError):  # damaged: stands for nothing, as a foreign one
                found.extend(json.loads(base64.b64decode(content.removeprefix(_MARK))))
    return found
