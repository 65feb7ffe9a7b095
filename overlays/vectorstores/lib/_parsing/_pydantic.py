"""What ``text_format`` needs of pydantic, imported only when a caller passes one: pydantic is
not a dependency of this package."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

__all__ = ["require_model_class", "to_strict_json_schema"]

_RULE = "text_format must be a pydantic model class (a subclass of pydantic.BaseModel)"


def require_model_class(text_format: object, argument: str = "text_format") -> Any:
    """``text_format`` itself when it is a pydantic (v2) model class; else a TypeError naming the
    argument and the rule. pydantic is imported here, never before a caller passes a format."""
    if not inspect.isclass(text_format):
        raise TypeError(f"{_RULE.replace('text_format', argument)}, not {text_format!r}")
    try:
        pydantic = importlib.import_module("pydantic")
    except ImportError:
        raise TypeError(
            f"{_RULE.replace('text_format', argument)}, and pydantic is not installed (pip install pydantic)"
        ) from None
    if not issubclass(text_format, pydantic.BaseModel):
        raise TypeError(f"{_RULE.replace('text_format', argument)}, not {text_format.__qualname__}")
    if not hasattr(text_format, "model_json_schema"):
        raise TypeError(f"{argument} needs pydantic 2 (model_json_schema); found pydantic {pydantic.VERSION}")
    return text_format


def to_strict_json_schema(model: Any) -> dict[str, Any]:
    """The model's JSON Schema in the form the API's strict structured output accepts: every
    object closed (``additionalProperties: false``) with every property required, no ``null``
    defaults, and a ``$ref`` that has sibling keys replaced by what it refers to."""
    schema: dict[str, Any] = model.model_json_schema()
    return _strict(schema, schema)


def _strict(node: Any, root: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(node, dict):
        raise TypeError(f"a JSON Schema node must be an object, not {node!r}")
    for key in ("$defs", "definitions"):
        for inner in (node.get(key) or {}).values():
            _strict(inner, root)
    if node.get("type") == "object":
        node.setdefault("additionalProperties", False)
    properties = node.get("properties")
    if isinstance(properties, dict):
        node["required"] = list(properties)
        node["properties"] = {name: _strict(inner, root) for name, inner in properties.items()}
    if isinstance(node.get("items"), dict):
        node["items"] = _strict(node["items"], root)
    if isinstance(node.get("anyOf"), list):
        node["anyOf"] = [_strict(inner, root) for inner in node["anyOf"]]
    all_of = node.get("allOf")
    if isinstance(all_of, list):
        if len(all_of) == 1:  # a lone allOf is the schema itself (pydantic writes one beside a description)
            node.update(_strict(node.pop("allOf")[0], root))
        else:
            node["allOf"] = [_strict(inner, root) for inner in all_of]
    if "default" in node and node["default"] is None:
        del node["default"]  # the property is nullable anyway; strict mode refuses defaults
    ref = node.get("$ref")
    if isinstance(ref, str) and len(node) > 1:
        # Strict mode takes a $ref only on its own: one with a description beside it is inlined.
        target = _resolve(root, ref)
        del node["$ref"]
        for key, value in target.items():
            node.setdefault(key, value)
        return _strict(node, root)
    return node


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references (#/...) can be inlined, not {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
        if not isinstance(node, dict):
            raise ValueError(f"{ref!r} does not lead to a schema object")
    return dict(node)
