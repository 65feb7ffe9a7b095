"""``--real-shapes``: answers shaped the messier ways the real API was recorded answering
(``../shared/real-traffic/README.md``, differences 4, 5, 6 and 8), so code tested offline meets
what production sends rather than only the newest, cleanest state.

- a new upload says ``status: "uploaded"`` (it reads ``processed`` afterwards);
- a file still ``in_progress`` reports static chunking of ``0``/``0`` tokens;
- an attach is answered ``completed`` at once, while a retrieve then shows ``in_progress``
  until indexing ends (counts that go back and forth);
- the items of a batch's file list lack ``usage_bytes``, ``chunking_strategy`` and ``attributes``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["attached", "batch_item", "store_file", "uploaded"]

_BATCH_ITEM_LACKS = ("usage_bytes", "chunking_strategy", "attributes")


def uploaded(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "status": "uploaded"}


def store_file(body: dict[str, Any]) -> dict[str, Any]:
    if body.get("status") != "in_progress":
        return body
    return {
        **body,
        "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 0, "chunk_overlap_tokens": 0}},
    }


def attached(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "status": "completed"}


def batch_item(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in store_file(body).items() if key not in _BATCH_ITEM_LACKS}
