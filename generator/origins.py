"""Where in the patched document each generated model class comes from.

openapi-python-client keeps a model's parsed schema but not its location, and class names come
from titles, config overrides and parent names, so tests cannot find a model's schema from its
name. The location is recovered by finding the document nodes that parse to the model's schema;
identical schemas (two components with the same body) are told apart by the component the model
was reached from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema import Schema
from openapi_python_client.schema.untrusted_string import UntrustedString

__all__ = ["OriginError", "escape", "in_patched", "schema_pointers"]


class OriginError(RuntimeError):
    """A model whose schema is not found, or found at more than one place of the document."""


def escape(segment: str) -> str:
    """One JSON-pointer segment (RFC 6901): ``~`` first, so ``/`` becomes ``~1`` and not ``~01``."""
    return segment.replace("~", "~0").replace("/", "~1")


def _nodes(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _nodes(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{pointer}/{index}")


def _parsed(document: dict[str, Any]) -> list[tuple[str, Schema]]:
    found = []
    # The whole document: request and response bodies written inline under paths are models too.
    for pointer, node in _nodes(document, "#"):
        try:
            found.append((pointer, Schema.model_validate(node)))
        except ValueError:  # not a schema (a parameter, a response, a properties map, ...)
            continue
    return found


def _reached_from(model: ModelProperty) -> list[str]:
    """The ``#/components/...`` pointers among the model's roots (the others are class names)."""
    return [f"#{root.get_untrusted_value()}" for root in model.roots if isinstance(root, UntrustedString)]


def _inline_name(pointer: str) -> str | None:
    """The class name openapi-python-client gives the inline schema at ``pointer``: its
    component's class, then each property's name, ``Item`` for array items and ``TypeN`` for
    the N-th member of a union (``FunctionTool/properties/output_schema/anyOf/0`` is
    ``FunctionOutputSchemaType0`` when the component's class is ``Function``)."""
    from .filters import _COMPONENTS
    from .normalise import class_name

    parts = pointer.removeprefix("#/components/schemas/").split("/")
    if pointer == "/".join(parts) or not parts[0]:
        return None
    name, index = _COMPONENTS.get(parts[0], class_name(parts[0])), 1
    while index < len(parts):
        key = parts[index]
        if key == "properties" and index + 1 < len(parts):
            name, index = name + class_name(parts[index + 1]), index + 2
        elif key in ("anyOf", "oneOf") and index + 1 < len(parts):
            name, index = f"{name}Type{parts[index + 1]}", index + 2
        elif key == "items":
            name, index = f"{name}Item", index + 1
        else:
            return None
    return name


def schema_pointers(
    models: Iterable[ModelProperty], document: dict[str, Any], *, strict: bool = True
) -> dict[str, str]:
    """Class name -> JSON pointer (``#/components/schemas/...``, ``#/paths/~1files/...``) of the
    schema the class was made from. With ``strict=False`` a model found at no single place is
    left out instead of being an OriginError."""
    nodes = _parsed(document)
    pointers: dict[str, str] = {}
    for model in models:
        name = str(model.class_info.name)
        hits = [pointer for pointer, schema in nodes if schema == model.data]
        if len(hits) > 1:
            roots = _reached_from(model)
            hits = [hit for hit in hits if any(hit == root or hit.startswith(f"{root}/") for root in roots)] or hits
        if len(hits) > 1:  # identical inline schemas: the one whose place gives the class its name
            hits = [hit for hit in hits if _inline_name(hit) == name]
        if len(hits) != 1:
            if not strict:
                continue
            raise OriginError(f"{name}: schema found at {hits or 'no place'} of the document")
        pointers[name] = hits[0]
    return dict(sorted(pointers.items()))


def _step(node: Any, segment: str) -> Any:
    token = segment.replace("~1", "/").replace("~0", "~")
    if isinstance(node, list):
        return node[int(token)] if token.isdigit() and int(token) < len(node) else None
    return node.get(token) if isinstance(node, dict) else None


def _owner(node: Any, pointer: str, name: str, document: dict[str, Any], depth: int = 0) -> tuple[str, Any] | None:
    """The ``allOf`` part of ``node`` (at ``pointer``) that defines property ``name``: the last one
    that does, as normalising's flattening lets a later part replace an earlier one's property."""
    if not isinstance(node, dict) or depth > 20:
        return None
    if name in (node.get("properties") or {}):
        return pointer, node
    for index in reversed(range(len(node.get("allOf") or []))):
        part, where = node["allOf"][index], f"{pointer}/allOf/{index}"
        if isinstance(part, dict) and isinstance(part.get("$ref"), str) and part["$ref"].startswith("#/"):
            where = part["$ref"]
            part = _at(document, where)
        found = _owner(part, where, name, document, depth + 1)
        if found is not None:
            return found
    return None


def _at(document: dict[str, Any], pointer: str) -> Any:
    node: Any = document
    for segment in pointer.removeprefix("#/").split("/"):
        node = _step(node, segment)
    return node


def in_patched(pointer: str, document: dict[str, Any]) -> str:
    """``pointer`` (found in the normalised document) as it reads in the patched ``document``.
    Normalising flattens an ``allOf`` of objects into one, so a schema inside a property of such
    an object is, in the patched document, under the part that defines the property."""
    segments = pointer.removeprefix("#/").split("/")
    where, node, index = "#", document, 0
    while index < len(segments):
        step = _step(node, segments[index])
        if step is None and segments[index] == "properties" and index + 1 < len(segments):
            owner = _owner(node, where, segments[index + 1].replace("~1", "/").replace("~0", "~"), document)
            if owner is None or owner[0] == where:
                return pointer  # not a flattened property: left as found
            where, node = owner
            continue
        if step is None:
            return pointer
        where, node, index = f"{where}/{segments[index]}", step, index + 1
    return where
