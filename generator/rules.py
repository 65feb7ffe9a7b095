"""The argument rules of each operation, taken from the patched document, so that the generated
client can refuse bad input before sending it (``validation.py`` applies them).

Only what a check needs is kept: types, enums, bounds, lengths, sizes, properties and unions.
References to components stay references (``{"$ref": "CompoundFilter"}``), resolved at run time
from ``schemas.COMPONENTS``, so recursive schemas such as nested filters stay finite.
"""

from __future__ import annotations

from typing import Any

__all__ = ["argument_rules", "compact", "component_rules"]

KEEP = frozenset(
    {"type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern"}
    | {"x-rule"}  # our own: the words for a pattern's rule, set where a patch adds the pattern
    | {"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"}
    | {"properties", "required", "additionalProperties", "items", "propertyNames", "anyOf", "oneOf", "allOf"}
)
_COMPONENT = "#/components/schemas/"
# Page sizes are the server's to bound, as openai-python leaves them: the range the document
# gives has changed over time, and a client-side bound would refuse what the server takes.
PAGING = frozenset({"limit"})
_BOUNDS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})


def compact(schema: Any) -> Any:
    """``schema`` with only the keywords a check uses; ``nullable`` becomes a null branch."""
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        reference = str(schema["$ref"])
        if not reference.startswith(_COMPONENT):
            return {}
        return {"$ref": reference.removeprefix(_COMPONENT)}
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in KEEP:
            continue
        if key == "properties":
            kept[key] = {name: compact(item) for name, item in value.items()}
        elif key in ("anyOf", "oneOf", "allOf"):
            kept[key] = [compact(item) for item in value]
        elif key in ("items", "propertyNames") or (key == "additionalProperties" and isinstance(value, dict)):
            kept[key] = compact(value)
        else:
            kept[key] = value
    if schema.get("nullable") is True:
        return {"anyOf": [kept, {"type": "null"}]}
    return kept


def _references(node: Any, into: set[str]) -> None:
    if isinstance(node, dict):
        if "$ref" in node:
            into.add(node["$ref"])
        for value in node.values():
            _references(value, into)
    elif isinstance(node, list):
        for item in node:
            _references(item, into)


def _body_schema(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    content = operation.get("requestBody", {}).get("content", {})
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            schema = content[media].get("schema", {})
            if "$ref" in schema:
                schema = document.get("components", {}).get("schemas", {})[schema["$ref"].removeprefix(_COMPONENT)]
            return dict(schema)
    return {}


def argument_rules(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """Wire name -> rule for the query parameters and body properties of one operation (path
    parameters are checked apart: they must be non-empty strings)."""
    operation = document["paths"][path][method]
    rules = {
        str(parameter["name"]): _paging(str(parameter["name"]), compact(parameter.get("schema", {})))
        for parameter in operation.get("parameters", [])
        if parameter.get("in") == "query"
    }
    for name, schema in _body_schema(document, operation).get("properties", {}).items():
        if schema.get("format") == "binary":
            continue  # file parts are checked by the upload code
        rules[str(name)] = compact(schema)
    return {name: rule for name, rule in rules.items() if rule}


def _paging(name: str, rule: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in rule.items() if key not in _BOUNDS} if name in PAGING else rule


def component_rules(document: dict[str, Any]) -> dict[str, Any]:
    """Every component some operation's rules refer to, directly or through another component."""
    schemas = document.get("components", {}).get("schemas", {})
    wanted: set[str] = set()
    for path, item in document["paths"].items():
        for method in item:
            _references(argument_rules(document, path, method), wanted)
    found: dict[str, Any] = {}
    while wanted:
        name = wanted.pop()
        if name in found:
            continue
        found[name] = compact(schemas[name])
        _references(found[name], wanted)
    return dict(sorted(found.items()))
