"""Named unions: component schemas that are a ``oneOf``/``anyOf`` of other components' objects.

openapi-python-client makes no class for such a component (it inlines the union wherever it is
referenced), yet they are the types people name: ``OutputItem`` (openai-python's
``ResponseOutputItem``), ``Tool``, ``ResponseStreamEvent``, what a ``text/event-stream`` answer
carries. Each becomes a module of the raw package holding the type alias and its parser, which
dispatches on the members' tag (see :func:`generator.filters.discriminator`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.model_property import ModelProperty

from .filters import _COMPONENTS, _DOCUMENT, _MODELS, _props, discriminator, literal, tag_table

__all__ = ["NamedUnion", "named_unions", "union_of"]

_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class NamedUnion:
    """One union component: its alias name, module, member classes, parser expression and the
    document's description of it (the alias's docstring)."""

    name: str
    module: str
    members: list[str]
    parser: str
    description: str = ""

    @property
    def parse_function(self) -> str:
        return f"parse_{self.module}"


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _members(name: str, seen: frozenset[str] = frozenset()) -> list[str] | None:
    """The model classes of a union component, nested union components read as their members;
    ``None`` when a member is anything but an object component (a string, an inline schema)."""
    schema = (_DOCUMENT.get("components", {}).get("schemas") or {}).get(name)
    if not isinstance(schema, dict) or "properties" in schema:
        return None
    options = schema.get("oneOf") or schema.get("anyOf")
    if not isinstance(options, list) or not options:
        return None
    found: list[str] = []
    for option in options:
        ref = option.get("$ref") if isinstance(option, dict) else None
        if not isinstance(ref, str) or not ref.startswith(_PREFIX):
            return None
        target = ref[len(_PREFIX) :]
        model = _MODELS.get(_COMPONENTS.get(target, ""))
        if isinstance(model, ModelProperty) and _props(model):
            classes = [str(model.class_info.name)]
        elif target not in seen:
            nested = _members(target, seen | {name})
            if nested is None:
                return None
            classes = nested
        else:
            return None
        found += [cls for cls in classes if cls not in found]
    return found


def union_of(members: list[str]) -> str:
    """The parser expression of a union of these model classes."""
    found = discriminator([_MODELS[name] for name in members])
    if found is None:
        return f"union_parser({', '.join(members)})"
    key, variants = found
    return f"discriminated_parser({literal(key)}, {tag_table(variants)})"


def named_unions() -> list[NamedUnion]:
    """Every union component of the registered document, by name."""
    unions = []
    for name in sorted(_DOCUMENT.get("components", {}).get("schemas") or {}):
        members = _members(name)
        if not members or len(members) < 2:
            continue
        cls = _COMPONENTS[name]
        if cls in _MODELS:  # the generator made a class of it after all
            continue
        description = str(_DOCUMENT["components"]["schemas"][name].get("description") or "")
        unions.append(NamedUnion(cls, _snake(cls), members, union_of(members), description))
    return unions


def stream_union(schema: Any) -> NamedUnion | None:
    """The named union (or the single model, as a one-member union) an event stream carries."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if not isinstance(ref, str) or not ref.startswith(_PREFIX):
        return None
    target = ref[len(_PREFIX) :]
    cls = _COMPONENTS.get(target, "")
    if cls in _MODELS:
        return NamedUnion(cls, str(_MODELS[cls].class_info.module_name), [cls], f"{cls}.from_dict")
    return next((union for union in named_unions() if union.name == cls), None)
