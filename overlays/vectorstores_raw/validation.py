"""Checks of arguments against the document's rules, before anything is sent.

Each operation module holds the rules of its arguments (taken from the patched document by
``make generate``); ``check_arguments`` applies them. A wrong type raises TypeError, a broken
rule ValueError, and the message names the argument (``filters.filters[0].type``) and the rule.
``extra_body`` and ``extra_query`` are not checked: they are the way around a rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .schemas import COMPONENTS
from .types import UNSET, to_json

__all__ = ["check_arguments"]

_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "an object (dict)",
    "array": "a list",
    "null": "None",
}


def _is(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, (list, tuple))
    return value is None if kind == "null" else True


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _expected(kinds: list[str]) -> str:
    return " or ".join(_TYPE_NAMES.get(kind, kind) for kind in dict.fromkeys(kinds))


class _Problem:
    """What is wrong with a value, and where; turned into an exception at the end."""

    def __init__(self, where: str, message: str, *, wrong_type: bool = False, kinds: list[str] | None = None) -> None:
        self.where = where
        self.message = message
        self.wrong_type = wrong_type
        self.kinds = kinds or []

    def error(self) -> Exception:
        text = f"{self.where}: {self.message}"
        return TypeError(text) if self.wrong_type else ValueError(text)


def _resolve(rule: Any) -> Any:
    while isinstance(rule, dict) and "$ref" in rule:
        rule = COMPONENTS[rule["$ref"]]
    return rule


def _union(branches: list[Any], value: Any, where: str) -> _Problem | None:
    problems = []
    for branch in branches:
        problem = _check(branch, value, where)
        if problem is None:
            return None
        problems.append(problem)
    type_only = [p for p in problems if p.wrong_type and p.where == where]
    if len(type_only) == len(problems):
        kinds = [kind for p in problems for kind in p.kinds]
        return _Problem(where, f"expected {_expected(kinds)}, got {_shown(value)}", wrong_type=True, kinds=kinds)
    closer = [p for p in problems if p not in type_only]
    # Branches told apart by their ``type`` tag: when every one rejects the tag, list all tags.
    tags = [p for p in closer if p.where == f"{where}.type" and p.message.startswith("must be one of")]
    if len(tags) == len(closer) and len(tags) > 1:
        allowed = ", ".join(p.message.removeprefix("must be one of ").split(" (got")[0] for p in tags)
        return _Problem(f"{where}.type", f"must be one of {allowed} (got {_shown(value.get('type'))})")
    # Otherwise the branch whose tag matched went furthest: report its problem.
    return next((p for p in closer if p not in tags), closer[0])


def _check(rule: Any, value: Any, where: str) -> _Problem | None:
    rule = _resolve(rule)
    if not isinstance(rule, dict):
        return None
    for key in ("anyOf", "oneOf"):
        if key in rule:
            problem = _union(rule[key], value, where)
            if problem is not None:
                return problem
    for part in rule.get("allOf", []):
        problem = _check(part, value, where)
        if problem is not None:
            return problem
    kinds = rule.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not any(_is(kind, value) for kind in kinds):
            return _Problem(where, f"expected {_expected(kinds)}, got {_shown(value)}", wrong_type=True, kinds=kinds)
    if "enum" in rule and value not in rule["enum"]:
        allowed = ", ".join(repr(item) for item in rule["enum"])
        return _Problem(where, f"must be one of {allowed} (got {_shown(value)})")
    if "const" in rule and value != rule["const"]:
        return _Problem(where, f"must be {rule['const']!r} (got {_shown(value)})")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number(rule, value, where)
    if isinstance(value, str):
        return _text(rule, value, where)
    if isinstance(value, (list, tuple)):
        return _array(rule, value, where)
    if isinstance(value, dict):
        return _object(rule, value, where)
    return None


def _number(rule: dict[str, Any], value: float, where: str) -> _Problem | None:
    if "minimum" in rule and value < rule["minimum"]:
        return _Problem(where, f"must be >= {rule['minimum']} (got {value})")
    if "maximum" in rule and value > rule["maximum"]:
        return _Problem(where, f"must be <= {rule['maximum']} (got {value})")
    if "exclusiveMinimum" in rule and value <= rule["exclusiveMinimum"]:
        return _Problem(where, f"must be > {rule['exclusiveMinimum']} (got {value})")
    if "exclusiveMaximum" in rule and value >= rule["exclusiveMaximum"]:
        return _Problem(where, f"must be < {rule['exclusiveMaximum']} (got {value})")
    return None


def _text(rule: dict[str, Any], value: str, where: str) -> _Problem | None:
    if "minLength" in rule and len(value) < rule["minLength"]:
        return _Problem(where, f"must have at least {rule['minLength']} characters (got {len(value)})")
    if "maxLength" in rule and len(value) > rule["maxLength"]:
        return _Problem(where, f"must have at most {rule['maxLength']} characters (got {len(value)})")
    if "pattern" in rule and re.search(rule["pattern"], value) is None:
        said = rule.get("x-rule", f"must match {rule['pattern']!r}")
        return _Problem(where, f"{said} (got {_shown(value)})")
    return None


def _array(rule: dict[str, Any], value: list[Any] | tuple[Any, ...], where: str) -> _Problem | None:
    if "minItems" in rule and len(value) < rule["minItems"]:
        return _Problem(where, f"must have at least {rule['minItems']} items (got {len(value)})")
    if "maxItems" in rule and len(value) > rule["maxItems"]:
        return _Problem(where, f"must have at most {rule['maxItems']} items (got {len(value)})")
    if "items" in rule:
        for index, item in enumerate(value):
            problem = _check(rule["items"], item, f"{where}[{index}]")
            if problem is not None:
                return problem
    return None


def _object(rule: dict[str, Any], value: dict[Any, Any], where: str) -> _Problem | None:
    if "maxProperties" in rule and len(value) > rule["maxProperties"]:
        return _Problem(where, f"must have at most {rule['maxProperties']} keys (got {len(value)})")
    if "minProperties" in rule and len(value) < rule["minProperties"]:
        return _Problem(where, f"must have at least {rule['minProperties']} keys (got {len(value)})")
    properties = rule.get("properties", {})
    extra = rule.get("additionalProperties", True)
    # The ``type`` tag first: it says which kind of object was meant, so its problem is the one
    # to report; missing keys last, after what is there was found fine.
    for key in sorted(value, key=lambda name: name != "type"):
        item = value[key]
        if not isinstance(key, str):
            return _Problem(where, f"keys must be strings (got {_shown(key)})", wrong_type=True)
        if "propertyNames" in rule:
            problem = _check(rule["propertyNames"], key, where)
            if problem is not None:
                return _Problem(where, f"key {_shown(key)} {problem.message}", wrong_type=problem.wrong_type)
        if key in properties:
            problem = _check(properties[key], item, f"{where}.{key}")
        elif extra is False:
            allowed = ", ".join(repr(name) for name in properties) or "none"
            problem = _Problem(where, f"unknown key {key!r} (allowed: {allowed})")
        elif isinstance(extra, dict):
            problem = _check(extra, item, f"{where}.{key}")
        else:
            problem = None
        if problem is not None:
            return problem
    for key in rule.get("required", []):
        if key not in value:
            return _Problem(f"{where}.{key}", "is required")
    return None


def check_arguments(rules: Mapping[str, Any], arguments: Mapping[str, Any]) -> None:
    """Raise TypeError or ValueError for the first argument that breaks its rule."""
    for name, value in arguments.items():
        if value is UNSET or name not in rules:
            continue
        problem = _check(rules[name], to_json(value), name)
        if problem is not None:
            raise problem.error()
