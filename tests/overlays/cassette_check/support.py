"""Cassettes of the suite, copied and altered, for the checker's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[3]
SUITE = REPO / "tests" / "cassettes" / "recorded"


def load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def dump(document: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object inside ``value``, outermost first."""
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from objects(inner)
    elif isinstance(value, list):
        for item in value:
            yield from objects(item)


def response_json(interaction: dict[str, Any]) -> Any:
    body = interaction["response"].get("body") or {}
    return body.get("json")


def first(cassette: dict[str, Any], wanted: Callable[[dict[str, Any]], bool]) -> tuple[int, dict[str, Any]]:
    """The 1-based number and the interaction of the first one ``wanted`` picks."""
    for number, interaction in enumerate(cassette["interactions"], 1):
        if wanted(interaction):
            return number, interaction
    raise LookupError("no such interaction in the cassette")


def renamed_usage_bytes(document: dict[str, Any]) -> dict[str, Any]:
    """``VectorStoreFileObject.usage_bytes`` renamed ``usage_bytes_total``, as upstream might."""
    schema = document["components"]["schemas"]["VectorStoreFileObject"]
    schema["properties"]["usage_bytes_total"] = schema["properties"].pop("usage_bytes")
    schema["required"] = ["usage_bytes_total" if name == "usage_bytes" else name for name in schema["required"]]
    return document


def exercising_usage_bytes() -> dict[str, set[int]]:
    """Independently of the checker: cassette -> interactions whose answer holds a vector store
    file carrying ``usage_bytes``."""
    found: dict[str, set[int]] = {}
    for path in sorted(SUITE.glob("*.yaml")):
        for number, interaction in enumerate(load(path)["interactions"], 1):
            if any(
                o.get("object") == "vector_store.file" and "usage_bytes" in o
                for o in objects(response_json(interaction))
            ):
                found.setdefault(path.name, set()).add(number)
    return found
