"""Each recorded exchange judged against the document: its operation found by method and path
template, its request (path and query parameters, JSON or multipart body) and its response
(status declared, JSON body) validated with jsonschema.

Objects are read as closed: a property the document does not list is reported, since that is
how a renamed property shows. An error status the operation does not declare is accepted when
its body is the API's error envelope (``components/schemas/ErrorResponse``): the SDK raises a
typed error for every such status, and the document declares few of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .document import Document, Operation
from .payloads import coerce, form_fields, is_json, json_body, media_type
from .recordings import Exchange

__all__ = ["Match", "Violation", "check_exchange", "escape_pointer", "match_operation", "schema_validator"]

_URI = "urn:vectorstores:cassette-check"
_ENVELOPE = "/components/schemas/ErrorResponse"
_SHOWN_NAMES = 8


@dataclass(frozen=True)
class Violation:
    """One way an exchange does not fit the document."""

    cassette: str
    number: int
    operation: str
    where: str  # request.query.limit, response.body.data[0].status, ...
    expected: str

    def line(self) -> str:
        return f"{self.cassette} #{self.number} {self.operation} {self.where}: {self.expected}"


@dataclass(frozen=True)
class Match:
    """The operation an exchange exercises, with its path parameters (None: outside the document)."""

    operation: Operation | None
    path_params: dict[str, str]
    label: str
    outside: bool = False  # a path under none of the document's first segments (another API)


def _closed(
    node: Any, schema_map: bool = False, part: bool = False, parts: frozenset[str] = frozenset(), schemas: Any = None
) -> Any:
    """The document with every object schema that lists properties closed to others.

    ``allOf`` is the exception: each part lists only its own properties, so a part closed on its
    own would refuse its siblings'. The parts stay open (``part``; the components ``parts``
    names, wherever they are used) and the schema holding the ``allOf`` is closed instead, with
    ``unevaluatedProperties``, which sees the properties every part evaluated."""
    if isinstance(node, list):
        return [_closed(item, part=part, parts=parts, schemas=schemas) for item in node]
    if not isinstance(node, dict):
        return node
    if schema_map:
        return {key: _closed(value, part=key in parts, parts=parts, schemas=schemas) for key, value in node.items()}
    closed = {
        key: _closed(value, key in ("properties", "schemas", "$defs"), key == "allOf", parts, schemas)
        for key, value in node.items()
    }
    if {"additionalProperties", "unevaluatedProperties"} & set(node) or part:
        return closed
    if isinstance(node.get("allOf"), list):
        closed["unevaluatedProperties"] = False
        # A part that fails leaves its properties "unevaluated": those are not news of their own.
        closed[_DECLARED] = sorted(_declared(node, schemas or {}, set()))
    elif isinstance(node.get("properties"), dict):
        closed["additionalProperties"] = False
    return closed


_DECLARED = "x-declared-properties"


def _declared(node: Any, schemas: Any, seen: set[str]) -> set[str]:
    """The property names an ``allOf`` schema lists, through its parts and their references."""
    if not isinstance(node, dict):
        return set()
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[-1]
        return set() if name in seen else _declared(schemas.get(name), schemas, seen | {name})
    names = set(node.get("properties") or {})
    for member in node.get("allOf") or []:
        names |= _declared(member, schemas, seen)
    return names


def _all_of_parts(node: Any, found: set[str]) -> set[str]:
    """The components some ``allOf`` uses as a part."""
    if isinstance(node, dict):
        for member in node.get("allOf") or [] if isinstance(node.get("allOf"), list) else []:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                found.add(ref.rsplit("/", 1)[-1])
        for value in node.values():
            _all_of_parts(value, found)
    elif isinstance(node, list):
        for item in node:
            _all_of_parts(item, found)
    return found


def schema_validator(document: Document, pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``pointer``, made once per document and pointer."""
    cache = document.cache
    if "registry" not in cache:
        parts = frozenset(_all_of_parts(document.raw, set()))
        schemas = (document.raw.get("components") or {}).get("schemas") or {}
        resource: Resource[Any] = DRAFT202012.create_resource(_closed(document.raw, parts=parts, schemas=schemas))
        cache["registry"] = Registry().with_resource(_URI, resource)
    if pointer not in cache:
        cache[pointer] = Draft202012Validator({"$ref": f"{_URI}#{pointer}"}, registry=cache["registry"])
    found: Draft202012Validator = cache[pointer]
    return found


def escape_pointer(text: str) -> str:
    return text.replace("~", "~0").replace("/", "~1")


def match_operation(document: Document, exchange: Exchange) -> Match:
    """The operation of ``exchange``: the most specific template that matches its path and method."""
    path = document.relative(urlsplit(exchange.url).path)
    label = f"{exchange.method} {path}"
    candidates = document.templates(path)
    for operation, params in candidates:
        if operation.method == exchange.method:
            return Match(operation, {k: unquote(v) for k, v in params.items()}, operation.label)
    first = path.strip("/").split("/", 1)[0]
    known = {op.template.strip("/").split("/", 1)[0] for op in document.operations}
    return Match(None, {}, label, outside=first not in known)


def _path(base: str, parts: Any) -> str:
    text = base
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _closest(error: ValidationError) -> list[ValidationError]:
    """The errors of the ``oneOf``/``anyOf`` branch nearest to fitting (None fit at all)."""
    branches: dict[Any, list[ValidationError]] = {}
    for child in error.context or []:
        branches.setdefault(child.relative_schema_path[0], []).append(child)

    def distance(errors: list[ValidationError]) -> tuple[bool, bool, int]:
        # A branch refused for the value's JSON type is furthest; then one whose constant tag
        # (``type: static``) differs; then the one with the fewest errors.
        wrong_type = all(e.validator == "type" and not e.relative_path for e in errors)
        other_tag = any(e.validator in ("enum", "const") and len(e.relative_path) == 1 for e in errors)
        return (wrong_type, other_tag, len(errors))

    return min(branches.values(), key=distance) if branches else []


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    if error.validator in ("oneOf", "anyOf") and error.context:
        closest = _closest(error)
        if not all(e.validator == "type" and not e.relative_path for e in closest):
            for child in closest:
                yield from _leaves(child)
            return
    yield error


def _names(names: Any) -> str:
    shown = sorted(str(name) for name in names)
    more = f", ... ({len(shown)} in all)" if len(shown) > _SHOWN_NAMES else ""
    return ", ".join(shown[:_SHOWN_NAMES]) + more


def _said(error: ValidationError) -> str:
    if error.validator in ("oneOf", "anyOf"):
        kinds = [str(e.validator_value) for e in error.context or [] if e.validator == "type"]
        return f"{error.instance!r} is none of the types the document allows ({', '.join(kinds) or 'see the schema'})"
    return error.message


def _schema_errors(validator: Draft202012Validator, instance: Any, base: str) -> list[tuple[str, str]]:
    """(JSON path, what the document expects) for each problem; a property missing where an
    unknown one appears in the same object is reported once, as a likely rename."""
    found: list[tuple[str, str]] = []
    missing: dict[str, list[str]] = {}
    unknown: dict[str, list[str]] = {}
    for top in validator.iter_errors(instance):
        for error in _leaves(top):
            if error.validator == "oneOf" and not error.context:
                # Valid under several members: the documents use oneOf for unions whose members
                # overlap (an input message fits two), which the SDK tells apart by their tag.
                continue
            where = _path(base, error.absolute_path)
            value: Any = error.instance
            if error.validator == "required" and isinstance(value, dict):
                required: Any = error.validator_value
                names = [name for name in required if name not in value]
                missing.setdefault(where, []).extend(names)
            elif error.validator == "unevaluatedProperties" and isinstance(value, dict):
                declared = set(error.schema.get(_DECLARED, [])) if isinstance(error.schema, dict) else set()
                found.extend(
                    (f"{where}.{key}", f"not in the document (it lists {_names(declared)})")
                    for key in sorted(value)
                    if key not in declared
                )
            elif error.validator == "additionalProperties" and isinstance(value, dict):
                known = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
                unknown.setdefault(where, []).extend(sorted(key for key in value if key not in known))
                found.extend(
                    (f"{where}.{key}", f"not in the document (it lists {_names(known)})")
                    for key in sorted(value)
                    if key not in known
                )
            else:
                found.append((where, _said(error)))
    for where, names in missing.items():
        extra = list(unknown.get(where, []))
        for name in names:
            if extra:
                new = extra.pop(0)
                found = [pair for pair in found if pair[0] != f"{where}.{new}"]
                found.append((f"{where}.{name}", f"required property missing; '{new}' is there instead (renamed?)"))
            else:
                found.append((f"{where}.{name}", "required property missing"))
    return found


def _parameters(document: Document, operation: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for index, raw in enumerate(operation.spec.get("parameters", [])):
        parameter = document.resolve(raw)
        found[(str(parameter.get("in")), str(parameter.get("name")))] = {**parameter, "_index": index}
    return found


def _check_parameters(
    document: Document, operation: Operation, match: Match, exchange: Exchange
) -> Iterator[tuple[str, str]]:
    parameters = _parameters(document, operation)
    query = parse_qsl(urlsplit(exchange.url).query, keep_blank_values=True)
    given = {("path", k): v for k, v in match.path_params.items()}
    for name, value in query:
        if ("query", name) not in parameters:
            declared = _names(n for (place, n) in parameters if place == "query") or "none"
            yield f"request.query.{name}", f"not a parameter of the operation (query parameters: {declared})"
        else:
            given[("query", name)] = value
    for (place, name), parameter in parameters.items():
        if place not in ("path", "query"):
            continue
        if (place, name) not in given:
            if parameter.get("required"):
                yield f"request.{place}.{name}", "required parameter missing"
            continue
        pointer = f"{operation.pointer}/parameters/{parameter['_index']}"
        if "$ref" in operation.spec["parameters"][parameter["_index"]]:
            pointer = str(operation.spec["parameters"][parameter["_index"]]["$ref"])[1:]
        schema = parameter.get("schema", {})
        value = coerce(document, given[(place, name)], schema)
        yield from _schema_errors(schema_validator(document, f"{pointer}/schema"), value, f"request.{place}.{name}")


def _check_request_body(document: Document, operation: Operation, exchange: Exchange) -> Iterator[tuple[str, str]]:
    if exchange.request_body is None:
        return  # sent but not recorded: nothing to judge
    body = operation.spec.get("requestBody")
    content = exchange.request_body
    if body is None:
        if content.strip() not in (b"", b"{}"):
            yield "request.body", "the operation takes no body"
        return
    body = document.resolve(body)
    if not content:
        if body.get("required"):
            yield "request.body", "required body missing"
        return
    declared = body.get("content", {})
    sent = media_type(exchange.request_headers.get("content-type", ""))
    if sent not in declared:
        yield "request.body", f"content type {sent or 'unknown'!r} not declared ({_names(declared)})"
        return
    pointer = f"{operation.pointer}/requestBody/content/{escape_pointer(sent)}/schema"
    try:
        if is_json(sent):
            instance = json_body(content)
        elif sent == "multipart/form-data":
            fields = form_fields(content, exchange.request_headers["content-type"])
            instance = coerce(document, fields, declared[sent].get("schema", {}))
        else:
            return
    except (ValueError, UnicodeDecodeError) as problem:
        yield "request.body", f"cannot be read as {sent}: {problem}"
        return
    yield from _schema_errors(schema_validator(document, pointer), instance, "request.body")


def _envelope(document: Document, content: bytes) -> bool:
    try:
        document.at(_ENVELOPE)
        return schema_validator(document, _ENVELOPE).is_valid(json_body(content))
    except (KeyError, ValueError, UnicodeDecodeError):
        return False


def _check_response(document: Document, operation: Operation, exchange: Exchange) -> Iterator[tuple[str, str]]:
    responses = operation.spec.get("responses", {})
    status = str(exchange.status)
    key = status if status in responses else "default" if "default" in responses else None
    if key is None:
        if exchange.status >= 400 and _envelope(document, exchange.response_body):
            return  # an undeclared error in the API's error envelope: the SDK raises it typed
        yield "response.status", f"{status} is not declared (the document declares {_names(responses)})"
        return
    declared = document.resolve(responses[key]).get("content") or {}
    sent = exchange.response_headers.get("content-type", "").split(";")[0].strip()
    if sent == "text/event-stream" and sent in declared:
        yield from _check_events(document, operation, key, exchange.response_body)
        return
    json_media = next((media for media in declared if is_json(media)), None)
    if json_media is None:
        return  # no body described, or not JSON (a download): nothing to validate
    if not exchange.response_body:
        yield "response.body", f"empty; the document describes a {json_media} body"
        return
    try:
        instance = json_body(exchange.response_body)
    except (ValueError, UnicodeDecodeError):
        yield "response.body", f"not JSON; the document describes a {json_media} body"
        return
    if "$ref" in responses[key]:
        pointer = f"{str(responses[key]['$ref'])[1:]}/content/{escape_pointer(json_media)}/schema"
    else:
        pointer = f"{operation.pointer}/responses/{key}/content/{escape_pointer(json_media)}/schema"
    yield from _schema_errors(schema_validator(document, pointer), instance, "response.body")


def _check_events(document: Document, operation: Operation, key: str, body: bytes) -> Iterator[tuple[str, str]]:
    """Each ``data:`` line of a ``text/event-stream`` answer against the document's event schema."""
    pointer = f"{operation.pointer}/responses/{key}/content/text~1event-stream/schema"
    validator = schema_validator(document, pointer)
    lines = body.decode("utf-8", errors="replace").splitlines()
    events = [line[len("data:") :].strip() for line in lines if line.startswith("data:")]
    for number, data in enumerate(event for event in events if event != "[DONE]"):
        try:
            instance = json_body(data.encode("utf-8"))
        except ValueError:
            yield f"response.event[{number}]", "not JSON"
            continue
        yield from _schema_errors(validator, instance, f"response.event[{number}]")


def check_exchange(document: Document, cassette: str, exchange: Exchange) -> tuple[Match, list[Violation]]:
    """The operation ``exchange`` exercises and every way it breaks the document."""
    match = match_operation(document, exchange)
    if match.operation is None:
        if match.outside:
            return match, []
        methods = sorted({op.method for op, _ in document.templates(match.label.split(" ", 1)[1])})
        said = (
            f"method not declared for this path (it has {', '.join(methods)})"
            if methods
            else "no operation of the document has this path"
        )
        return match, [Violation(cassette, exchange.number, match.label, "request.path", said)]
    operation = match.operation
    problems = [
        *_check_parameters(document, operation, match, exchange),
        *_check_request_body(document, operation, exchange),
        *_check_response(document, operation, exchange),
    ]
    return match, [Violation(cassette, exchange.number, match.label, where, said) for where, said in problems]
