"""General rewrites of the patched document that make it one openapi-python-client can render.

They are rules, not edits of named schemas (those are patches, each with its reason): each one
applies wherever its pattern occurs, in today's document and in any older or newer one, and
changes nothing where the document is already in the form the generator reads.

- ``$ref`` siblings: OpenAPI 3.0 ignores every key beside a ``$ref``; the generator reads a
  sibling ``title`` as the name of a new class, which then collides with the referenced one.
- Colliding titles: a class is named after its schema's ``title``, else its component name.
  Where two components would get the same class name, the ones whose title differs from their
  component name are named after their component (component names are unique).
- ``allOf`` of objects: the generator merges ``allOf`` parts itself and refuses a property the
  parts type differently (``int | None`` then ``int``; an enum narrowed). Such a schema is
  flattened here into one object, a later part's property replacing an earlier one's (the
  narrower, more specific definition comes last in every document seen), ``required`` joined.
- Properties the SDKs compute: a property marked ``x-oaiSupportedSDKs`` (``Response.output_text``)
  is not sent by the server but derived by each SDK from other fields; it is left out of the
  generated model, and a hand-written mixin (``model_mixins`` in config.yaml) offers it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

__all__ = ["class_name", "normalise"]

_REF_PREFIX = "#/components/schemas/"


def class_name(text: str) -> str:
    """The class name the generator derives from a title or component name (PascalCase)."""
    words = re.split(r"[^A-Za-z0-9]+", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text))
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def normalise(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``document`` with the rules above applied."""
    document = copy.deepcopy(document)
    schemas: dict[str, Any] = document.get("components", {}).get("schemas") or {}
    _strip_ref_siblings(document)
    _drop_colliding_titles(schemas)
    for name in list(schemas):
        schemas[name] = _flatten(schemas[name], schemas, set())
    _drop_sdk_properties(document)
    return document


def _computed_by_sdks(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    members = [schema, *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    return any(isinstance(member, dict) and "x-oaiSupportedSDKs" in member for member in members)


def _drop_sdk_properties(node: Any) -> None:
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for key in [key for key, value in properties.items() if _computed_by_sdks(value)]:
                del properties[key]
                if isinstance(node.get("required"), list) and key in node["required"]:
                    node["required"] = [name for name in node["required"] if name != key]
        for value in node.values():
            _drop_sdk_properties(value)
    elif isinstance(node, list):
        for item in node:
            _drop_sdk_properties(item)


def _strip_ref_siblings(node: Any) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and len(node) > 1:
            for key in [k for k in node if k != "$ref"]:
                del node[key]
            return
        for value in node.values():
            _strip_ref_siblings(value)
    elif isinstance(node, list):
        for item in node:
            _strip_ref_siblings(item)


def _drop_colliding_titles(schemas: dict[str, Any]) -> None:
    by_class: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        title = schema.get("title") if isinstance(schema, dict) else None
        by_class.setdefault(class_name(str(title) if title else name), []).append(name)
    for names in by_class.values():
        if len(names) < 2:
            continue
        for name in names:
            schema = schemas[name]
            if schema.get("title") and class_name(str(schema["title"])) != class_name(name):
                del schema["title"]


def _target(node: Any, schemas: dict[str, Any]) -> tuple[str | None, Any]:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        name = ref[len(_REF_PREFIX) :]
        return name, schemas.get(name)
    return None, node


def _is_object(schema: Any) -> bool:
    """A plain object schema: properties, no union or further ``allOf`` of its own."""
    return (
        isinstance(schema, dict)
        and not any(key in schema for key in ("oneOf", "anyOf", "allOf", "$ref"))
        and schema.get("type", "object") == "object"
    )


def _flatten(schema: Any, schemas: dict[str, Any], seen: set[str]) -> Any:
    """``schema`` with its ``allOf`` merged into one object when every part is an object
    (parts that are ``allOf`` themselves are flattened first; a cycle is left as it is)."""
    if not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
        return schema
    parts = []
    for part in schema["allOf"]:
        name, target = _target(part, schemas)
        if name is not None:
            if name in seen or target is None:
                return schema
            target = _flatten(target, schemas, seen | {name})
        elif isinstance(target, dict) and "allOf" in target:
            target = _flatten(target, schemas, seen)
        if not _is_object(target):
            return schema
        parts.append(target)
    merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    merged["type"] = "object"
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*parts, schema]:
        properties.update(copy.deepcopy(part.get("properties") or {}))
        required += [key for key in part.get("required") or [] if key not in required]
        for key, value in part.items():
            if key not in ("properties", "required", "allOf", "title", "type") and key not in merged:
                merged[key] = copy.deepcopy(value)
    merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def shipped_pointer(document: dict[str, Any], pointer: str) -> str | None:
    """Where a schema the generator read at ``pointer`` (in the normalised document) lives in
    ``document`` as patched: a property of a flattened ``allOf`` is found in the part that
    defines it (the last such part, as flattening keeps it), following ``$ref`` parts to their
    component. None when there is no such place."""
    parts = [_unescape(p) for p in pointer.removeprefix("#/").split("/")]
    here, node = "#", document
    index = 0
    while index < len(parts):
        segment = parts[index]
        if isinstance(node, dict) and segment not in node and isinstance(node.get("$ref"), str):
            here = node["$ref"]
            node = _at(document, here)
            continue
        if isinstance(node, dict) and segment not in node and segment == "properties" and "allOf" in node:
            name = parts[index + 1] if index + 1 < len(parts) else ""
            owner = _part_defining(document, here, node, name)
            if owner is None:
                return None
            here, node = owner
            continue
        if isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        elif isinstance(node, dict) and segment in node:
            node = node[segment]
        else:
            return None
        here = f"{here}/{_escape(segment)}"
        index += 1
    return here


def _at(document: dict[str, Any], pointer: str) -> Any:
    node: Any = document
    for segment in pointer.removeprefix("#/").split("/"):
        node = node[int(segment)] if isinstance(node, list) else node.get(_unescape(segment), {})
    return node


def _part_defining(document: dict[str, Any], here: str, node: dict[str, Any], name: str) -> tuple[str, Any] | None:
    """The (pointer, schema) of the last ``allOf`` part of ``node`` whose properties hold ``name``."""
    found = None
    for position, listed in enumerate(node["allOf"]):
        where, part = f"{here}/allOf/{position}", listed
        while isinstance(part, dict) and isinstance(part.get("$ref"), str):
            where = part["$ref"]
            part = _at(document, where)
        if isinstance(part, dict) and "allOf" in part and name not in (part.get("properties") or {}):
            inner = _part_defining(document, where, part, name)
            if inner is not None:
                found = inner
            continue
        if isinstance(part, dict) and name in (part.get("properties") or {}):
            found = (where, part)
    return found
