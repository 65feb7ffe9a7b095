"""What of the document an exchange exercises, named the way the API change report names it.

Addresses follow ``generator/apidiff.py``: an operation is ``GET /files``, a parameter
``GET /files:query:limit``, a property ``VectorStoreFileObject.status`` (an inline object's
``Schema.property.inner``; an inline request body's ``POST /files body.purpose``), a schema by its
component name. ``declared`` lists every address an operation can exercise, to compare with.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .document import Document, Operation
from .payloads import coerce, form_fields, is_json, json_body, media_type
from .recordings import Exchange
from .validate import Match, escape_pointer, schema_validator

__all__ = ["Touches", "declared", "touches"]

_COMPONENT = "/components/schemas/"


@dataclass
class Touches:
    """Addresses exercised, with the enum values seen at each (``direction`` of travel kept)."""

    addresses: set[str] = field(default_factory=set)
    values: dict[str, set[str]] = field(default_factory=dict)

    def add(self, address: str, value: Any = None, enum: bool = False) -> None:
        self.addresses.add(address)
        if enum and isinstance(value, (str, int, float, bool)):
            self.values.setdefault(address, set()).add(str(value))


def _follow(document: Document, pointer: str, container: str) -> tuple[str, str]:
    """Follow ``$ref``s from ``pointer``; a component schema becomes the container."""
    for _ in range(50):
        node = document.at(pointer)
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        pointer = node["$ref"][1:]
        if pointer.startswith(_COMPONENT):
            container = pointer.removeprefix(_COMPONENT)
    return pointer, container


def _walk(document: Document, pointer: str, container: str, instance: Any, found: Touches) -> None:
    pointer, container = _follow(document, pointer, container)
    schema = document.at(pointer)
    if not isinstance(schema, dict):
        return
    if pointer.startswith(_COMPONENT) and pointer.count("/") == 3:
        found.add(container)
    if "enum" in schema:
        found.add(container, instance, enum=True)
    for key in ("anyOf", "oneOf", "allOf"):
        branches = [f"{pointer}/{key}/{i}" for i in range(len(schema.get(key, [])))]
        fitting = [b for b in branches if key == "allOf" or schema_validator(document, b).is_valid(instance)]
        for branch in fitting or branches:
            _walk(document, branch, container, instance, found)
    if isinstance(instance, dict) and isinstance(schema.get("properties"), dict):
        for name, value in instance.items():
            if name in schema["properties"]:
                address = f"{container}.{name}"
                found.add(address)
                _walk(document, f"{pointer}/properties/{escape_pointer(name)}", address, value, found)
    if isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for item in instance:
            _walk(document, f"{pointer}/items", container, item, found)


def touches(document: Document, match: Match, exchange: Exchange) -> Touches:
    """The addresses ``exchange`` exercised (nothing when it matched no operation)."""
    found = Touches()
    operation = match.operation
    if operation is None:
        return found
    found.add(operation.label)
    found.add(f"{operation.label}:status", exchange.status, enum=True)
    names = {("path", k): v for k, v in match.path_params.items()}
    names.update({("query", k): v for k, v in parse_qsl(urlsplit(exchange.url).query, keep_blank_values=True)})
    for raw in operation.spec.get("parameters", []):
        parameter = document.resolve(raw)
        key = (str(parameter.get("in")), str(parameter.get("name")))
        if key in names:
            address = f"{operation.label}:{key[0]}:{key[1]}"
            found.add(address, names[key], enum="enum" in document.resolve(parameter.get("schema", {})))
    with_body = _request_instance(document, operation, exchange)
    if with_body is not None:
        pointer, instance = with_body
        _walk(document, pointer, f"{operation.label} body", instance, found)
    responses = operation.spec.get("responses", {})
    status = str(exchange.status)
    if status in responses and exchange.response_body:
        content = document.resolve(responses[status]).get("content") or {}
        media = next((m for m in content if is_json(m)), None)
        if media is not None:
            try:
                instance = json_body(exchange.response_body)
            except (ValueError, UnicodeDecodeError):
                return found
            base = f"{operation.pointer}/responses/{status}"
            if "$ref" in responses[status]:
                base = str(responses[status]["$ref"])[1:]
            _walk(document, f"{base}/content/{escape_pointer(media)}/schema", operation.label, instance, found)
    return found


def _request_instance(document: Document, operation: Operation, exchange: Exchange) -> tuple[str, Any] | None:
    body = document.resolve(operation.spec.get("requestBody") or {})
    sent = media_type(exchange.request_headers.get("content-type", ""))
    if not exchange.request_body or sent not in body.get("content", {}):
        return None
    pointer = f"{operation.pointer}/requestBody/content/{escape_pointer(sent)}/schema"
    try:
        if is_json(sent):
            return pointer, json_body(exchange.request_body)
        if sent == "multipart/form-data":
            fields = form_fields(exchange.request_body, exchange.request_headers["content-type"])
            return pointer, coerce(document, fields, body["content"][sent].get("schema", {}))
    except (ValueError, UnicodeDecodeError):
        return None
    return None


def _declared_walk(
    document: Document, pointer: str, container: str, seen: set[str]
) -> Iterator[tuple[str, tuple[str, ...]]]:
    pointer, container = _follow(document, pointer, container)
    if pointer in seen:
        return
    seen.add(pointer)
    schema = document.at(pointer)
    if not isinstance(schema, dict):
        return
    if "enum" in schema:
        yield container, tuple(str(value) for value in schema["enum"])
    for key in ("anyOf", "oneOf", "allOf"):
        for index in range(len(schema.get(key, []))):
            yield from _declared_walk(document, f"{pointer}/{key}/{index}", container, seen)
    for name in schema.get("properties") or {}:
        address = f"{container}.{name}"
        yield address, ()
        yield from _declared_walk(document, f"{pointer}/properties/{escape_pointer(name)}", address, set(seen))
    if isinstance(schema.get("items"), dict):
        yield from _declared_walk(document, f"{pointer}/items", container, seen)


def declared(document: Document, operation: Operation) -> dict[str, dict[str, tuple[str, ...]]]:
    """What ``operation`` can exercise, by kind: ``query`` parameters, ``request`` properties,
    ``enum`` addresses with their values (request and response), error ``status``es."""
    found: dict[str, dict[str, tuple[str, ...]]] = {"query": {}, "request": {}, "enum": {}, "status": {}}
    for raw in operation.spec.get("parameters", []):
        parameter = document.resolve(raw)
        address = f"{operation.label}:{parameter.get('in')}:{parameter.get('name')}"
        if parameter.get("in") == "query":
            found["query"][address] = ()
        enum = document.resolve(parameter.get("schema", {})).get("enum")
        if enum:
            found["enum"][address] = tuple(str(value) for value in enum)
    body = document.resolve(operation.spec.get("requestBody") or {})
    for media in body.get("content", {}):
        pointer = f"{operation.pointer}/requestBody/content/{escape_pointer(media)}/schema"
        for address, values in _declared_walk(document, pointer, f"{operation.label} body", set()):
            if values:
                found["enum"][address] = values
            else:
                found["request"][address] = ()
    for status, response in operation.spec.get("responses", {}).items():
        if not str(status).startswith("2"):
            found["status"][str(status)] = ()
        content = document.resolve(response).get("content") or {}
        for media in (m for m in content if is_json(m)):
            base = str(response["$ref"])[1:] if "$ref" in response else f"{operation.pointer}/responses/{status}"
            if not str(status).startswith("2"):
                continue  # the error envelope's fields are not the operation's
            for address, values in _declared_walk(
                document, f"{base}/content/{escape_pointer(media)}/schema", operation.label, set()
            ):
                if values:
                    found["enum"][address] = values
    return found
