"""The API description as patched (shipped as ``vectorstores_raw/openapi.json``), turned into
JSON Schema validators: request bodies are checked against it, and tests check responses with it.

Validation errors become the 400s the real API sends: they name the parameter (a dotted path such
as ``chunking_strategy.static.max_chunk_size_tokens``) and the rule it broke.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from jsonschema import Draft202012Validator, TypeChecker, validators
from jsonschema.exceptions import ValidationError, relevance
from jsonschema.protocols import Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from vectorstores_raw.document import document_text

from .errors import ApiError, invalid

__all__ = ["document", "param_name", "request_error", "response_validator", "validator"]

_URI = "urn:vectorstores:openapi"


def _json_schema(node: Any) -> Any:
    """OpenAPI's ``nullable: true`` spelled as JSON Schema (``anyOf`` with ``null``)."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _json_schema(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") is True:
        return {"anyOf": [converted, {"type": "null"}]}
    return converted


@functools.cache
def document() -> dict[str, Any]:
    """The patched document, with ``nullable`` rewritten for a JSON Schema validator."""
    text = document_text()
    converted: dict[str, Any] = _json_schema(json.loads(text))
    return converted


@functools.cache
def _registry() -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(_URI, DRAFT202012.create_resource(document()))
    return registry


def validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``pointer`` (``/components/schemas/...``) of the document."""
    return Draft202012Validator({"$ref": f"{_URI}#{pointer}"}, registry=_registry())


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _whole_number(checker: TypeChecker, instance: Any) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


# JSON Schema counts 5.0 as an integer; the API does not ("expected an integer, but got a decimal"),
# and the handlers slice and chunk with these values, which a float would break.
_RequestValidator: type[Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _whole_number)
)


@functools.cache
def _request_validator(path: str, method: str) -> Validator:
    pointer = f"/paths/{_escape(path)}/{method}/requestBody/content/application~1json/schema"
    return _RequestValidator({"$ref": f"{_URI}#{pointer}"}, registry=_registry())


def response_validator(path: str, method: str, status: int = 200) -> Draft202012Validator | None:
    """A validator for the JSON answer of an operation, or None when it has no JSON schema."""
    operation = document()["paths"][path][method]
    responses = operation.get("responses", {})
    content = responses.get(str(status), {}).get("content", {})
    if "application/json" not in content:
        return None
    pointer = f"/paths/{_escape(path)}/{method}/responses/{status}/content/application~1json/schema"
    return validator(pointer)


def param_name(path: Any) -> str:
    """``["files", 0, "file_id"]`` -> ``files[0].file_id``."""
    name = ""
    for part in path:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else str(part)
    return name


_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


def _word(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a decimal"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _expected(schema_type: Any) -> str:
    types = schema_type if isinstance(schema_type, list) else [schema_type]
    return " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in types)


def _branch_errors(error: ValidationError) -> list[ValidationError]:
    """The errors of the ``oneOf``/``anyOf`` branch that came closest to matching."""
    branches: dict[Any, list[ValidationError]] = {}
    for child in error.context or []:
        branches.setdefault(child.relative_schema_path[0], []).append(child)

    def distance(errors: list[ValidationError]) -> tuple[bool, bool, int]:
        # A branch rejected for its JSON type is the furthest away, then one whose ``type`` tag
        # (the discriminator) differs; otherwise the branch with fewer errors is the one meant.
        type_only = all(e.validator == "type" and not e.relative_path for e in errors)
        other_tag = any(e.validator == "enum" and list(e.relative_path) == ["type"] for e in errors)
        return (type_only, other_tag, len(errors))

    return min(branches.values(), key=distance) if branches else []


def _refine(error: ValidationError) -> ValidationError:
    while error.validator in ("oneOf", "anyOf") and error.context:
        closest = _branch_errors(error)
        if all(e.validator == "type" and not e.relative_path for e in closest):
            return error  # no branch fits the value's type: say which types would
        error = max(closest, key=relevance)
    return error


# Length rules: (what is measured, its article, whether the rule is an upper bound).
_SIZES = {
    "maxLength": ("string", "a", True),
    "minLength": ("string", "a", False),
    "maxItems": ("array", "an", True),
    "minItems": ("array", "an", False),
}


def _api_error(error: ValidationError) -> ApiError:
    error = _refine(error)
    path = list(error.absolute_path)
    param = param_name(path) or None
    shown = f"'{param}'" if param else "the request body"
    # jsonschema types these loosely (they may be "unset"); here they are always set.
    value: Any = error.instance
    bound: Any = error.validator_value
    schema: Any = error.schema
    rule = error.validator
    if rule == "required":
        missing = next((key for key in bound if key not in value), "")
        name = param_name([*path, missing])
        return invalid(name, f"Missing required parameter: '{name}'.", "missing_required_parameter")
    if rule == "additionalProperties":
        known = set(schema.get("properties", {}))
        extra = sorted(key for key in value if key not in known) or [""]
        name = param_name([*path, extra[0]])
        return invalid(name, f"Unknown parameter: '{name}'.", "unknown_parameter")
    if rule in ("oneOf", "anyOf"):
        types = [child.validator_value for child in error.context or [] if child.validator == "type"]
        message = f"Invalid type for {shown}: expected {_expected(types)}, but got {_word(value)} instead."
        return invalid(param, message, "invalid_type")
    if "propertyNames" in error.relative_schema_path:
        message = f"Invalid {shown}: key '{value}' breaks the rule for keys ({error.message})."
        return invalid(param, message, "invalid_key")
    if rule == "type":
        message = f"Invalid type for {shown}: expected {_expected(bound)}, but got {_word(value)} instead."
        return invalid(param, message, "invalid_type")
    if rule in ("maximum", "minimum"):
        kind = "integer" if isinstance(value, int) else "decimal"
        side, sign = ("above maximum", "<=") if rule == "maximum" else ("below minimum", ">=")
        message = f"Invalid {shown}: {kind} {side} value. Expected a value {sign} {bound}, but got {value} instead."
        return invalid(param, message, f"{kind}_{'above_max' if rule == 'maximum' else 'below_min'}_value")
    if rule in _SIZES:
        noun, article, upper = _SIZES[rule]
        side, extreme, code = ("too long", "maximum", "above_max") if upper else ("too short", "minimum", "below_min")
        message = (
            f"Invalid {shown}: {noun} {side}. Expected {article} {noun} with {extreme} length "
            f"{bound}, but got {article} {noun} with length {len(value)} instead."
        )
        return invalid(param, message, f"{noun}_{code}_length")
    if rule == "maxProperties":
        message = (
            f"Invalid {shown}: too many properties. Expected an object with at most "
            f"{bound} properties, but got {len(value)} instead."
        )
        return invalid(param, message, "object_above_max_properties")
    if rule == "pattern":
        said = schema.get("x-rule", f"must match {bound!r}")
        return invalid(param, f"Invalid {shown}: {said}.")
    if rule == "enum":
        allowed = ", ".join(f"'{item}'" for item in bound)
        return invalid(param, f"Invalid value for {shown}: '{value}'. Supported values are: {allowed}.")
    return invalid(param, f"Invalid {shown}: {error.message}.")


def request_error(path: str, method: str, body: Any) -> ApiError | None:
    """The 400 for a JSON body that breaks the operation's request schema, or None."""
    # The most relevant error at the top; _refine descends into unions our own way.
    errors = list(_request_validator(path, method).iter_errors(body))
    return _api_error(max(errors, key=relevance)) if errors else None
