"""Arguments for a generated method, made from the document rather than written by hand.

Each generated raw operation module names its operation (``OPERATION = (method, path)``); its
parameters and request body in the patched document say what a valid value is. ``arguments``
builds, for one operation, every argument ("full") or only the required ones ("required"),
as Python keyword arguments of the public method. Values honour types, enums, bounds, lengths
and item counts; a first ``anyOf``/``oneOf`` branch stands for its union; an object whose
branches each require a different property (file_ids *or* files) gets the first branch's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

from .conftest import SPEC

Variant = Literal["full", "required"]
UPLOAD = ("notes.txt", b"Vector stores hold chunks of files for search.\n", "text/plain")


def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return loaded


def _resolve(spec: Mapping[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def example(spec: Mapping[str, Any], schema: Any, variant: Variant, name: str = "value") -> Any:
    """A value ``schema`` accepts: with every optional property ("full") or only the required."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return name
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((value for value in schema["enum"] if value is not None), schema["enum"][0])
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches and "properties" not in schema:  # a union (its `type: object` says little)
        return example(spec, next(b for b in branches if _resolve(spec, b).get("type") != "null"), variant, name)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for each in schema["allOf"]:
            part = _resolve(spec, each)
            merged = {**merged, **part, "properties": {**merged.get("properties", {}), **part.get("properties", {})}}
        return example(spec, merged, variant, name)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _object(spec, schema, variant)
    if kind == "array":
        count = max(int(schema.get("minItems", 1)), 1)
        return [example(spec, schema.get("items", {}), variant, name) for _ in range(count)]
    if kind in ("integer", "number"):
        low: float = schema.get("minimum", schema.get("exclusiveMinimum")) or 0
        high: float = schema.get("maximum", low + 10)
        value = min(low + 1, high)  # inside both bounds, and clear of an exclusive minimum
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if schema.get("format") == "binary":
        return UPLOAD
    text = f"{name}_abc123"
    return text[: schema.get("maxLength", len(text))].ljust(int(schema.get("minLength", 0)), "x")


def _object(spec: Mapping[str, Any], schema: Mapping[str, Any], variant: Variant) -> dict[str, Any]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    branches = schema.get("anyOf") or schema.get("oneOf") or []
    if branches and variant == "required":  # "one of these must be present": the first branch's
        required |= set(_resolve(spec, branches[0]).get("required", []))
    chosen = properties if variant == "full" else {k: v for k, v in properties.items() if k in required}
    if not properties and isinstance(schema.get("additionalProperties"), dict):
        return {"key": example(spec, schema["additionalProperties"], variant, "key")}
    return {key: example(spec, value, variant, key) for key, value in chosen.items()}


def operation(spec: Mapping[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method.lower()]
    return found


def arguments(spec: Mapping[str, Any], method: str, path: str, variant: Variant) -> dict[str, Any]:
    """Keyword arguments of the public method for the operation ``method path``."""
    op = operation(spec, method, path)
    given: dict[str, Any] = {}
    for each in op.get("parameters", []):
        parameter = _resolve(spec, each)
        if parameter.get("required") or variant == "full":
            given[parameter["name"]] = example(spec, parameter.get("schema", {}), variant, parameter["name"])
    content = _resolve(spec, op.get("requestBody", {})).get("content", {})
    for media in content.values():
        body = _resolve(spec, media.get("schema", {}))
        given.update(_object(spec, body, variant))
        break
    return given
