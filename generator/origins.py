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

__all__ = ["OriginError", "escape", "schema_pointers"]


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
    ``FunctionToolOutputSchemaType0`` when the component's class is ``FunctionTool``)."""
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
