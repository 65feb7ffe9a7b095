"""Request types: openai-python's ``*_params`` TypedDicts, derived from the document.

Every operation with body or query parameters gets a module ``<params prefix>_<method>_params``
(``vector_store_create_params``) in its resource's types folder, holding one TypedDict of the
parameters and the TypedDicts of the objects nested in them. An object the document names as a
schema, when ``request_types`` in generator/resources.yaml gives it openai-python's name, is a
module of its own that every params module imports; any other object is a TypedDict nested in
the module that uses it, named after its property (``expires_after`` -> ``ExpiresAfter``, an
array's items in the singular). The public methods are annotated with the same types.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .filters import _props, arguments, body_model, code, is_map, literal, resolve, wire_name
from .prose import argument_prose, property_prose, schema_of, schema_prose
from .unions import named_unions

__all__ = ["Field", "ParamsModule", "TypedDictClass", "build_params", "camel", "snake"]

# What a params module may import from the package, by name.
_SDK_NAMES = {"SequenceNotStr": "vectorstores._types", "FileTypes": "vectorstores._types"}


def snake(name: str) -> str:
    """A module name as openai-python spells it: an acronym is one word (``ResponseFormatJSONObject`` ->
    ``response_format_json_object``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


@dataclass
class Field:
    """One key of a TypedDict."""

    name: str
    annotation: str  # without Required[...]
    required: bool
    description: str = ""  # the document's, for the key's docstring

    def __post_init__(self) -> None:
        # The class syntax the template writes needs identifiers; say so rather than write broken code.
        if not self.name.isidentifier() or keyword.iskeyword(self.name):
            raise ValueError(f"request property {self.name!r} is not a Python identifier: no params module can hold it")


@dataclass
class TypedDictClass:
    name: str
    fields: list[Field]
    source: str = ""  # the model class it stands for ("" for an operation's parameters)

    @property
    def description(self) -> str:
        """The description of the schema it stands for ("" for an operation's parameters)."""
        return schema_prose(self.source).described() if self.source else ""


@dataclass
class ParamsModule:
    """One module under ``vectorstores.types`` holding request TypedDicts."""

    folder: str  # "", "vector_stores", "shared_params"
    module: str
    classes: list[TypedDictClass] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (name, annotation) TypeAliases
    imports: dict[str, set[str]] = field(default_factory=dict)  # module -> names
    typing: set[str] = field(default_factory=set)  # names from typing
    nested: dict[tuple[str, str], str] = field(default_factory=dict)  # (name wanted, model) -> name given
    done: bool = False
    main: str = ""  # the name request_types gives it, when it is one of those

    @property
    def dotted(self) -> str:
        return f"vectorstores.types.{self.folder + '.' if self.folder else ''}{self.module}"

    @property
    def names(self) -> list[str]:
        """The names the module offers: its main type first."""
        names = [c.name for c in self.classes] + [name for name, _ in self.aliases]
        return [self.main, *(n for n in names if n != self.main)] if self.main in names else names

    @property
    def import_lines(self) -> list[str]:
        lines = []
        # typing_extensions: Required and a TypedDict that honours it are 3.11's (3.10 is supported).
        typing = self.typing | ({"Required"} if any(f.required for c in self.classes for f in c.fields) else set())
        if typing:
            lines.append(f"from typing_extensions import {', '.join(sorted(typing))}")
        lines += [f"from {module} import {', '.join(sorted(names))}" for module, names in sorted(self.imports.items())]
        return lines

    def local(self, name: str) -> bool:
        return name in self.names

    def fresh(self, name: str) -> str:
        """``name``, or ``name`` numbered from 2 when the module already defines it."""
        found, number = name, 1
        while self.local(found):
            number += 1
            found = f"{name}{number}"
        return found


@dataclass
class Params:
    """Every request module of a document, and each public parameter's annotation."""

    modules: list[ParamsModule]
    # (raw module, python name) -> (annotation in a resource module, the names it needs imported)
    annotations: dict[tuple[str, str], tuple[str, dict[str, set[str]]]]
    by_operation: dict[str, ParamsModule]  # raw module -> its params module

    def of(self, raw_module: str) -> ParamsModule | None:
        return self.by_operation.get(raw_module)


class _Builder:
    def __init__(self, named: dict[str, str]) -> None:
        # model class (or "A | B" of model classes, sorted) -> "folder.Name" of its own module
        self.named = {self._key(k): v for k, v in named.items()}
        self.components: dict[str, ParamsModule] = {}

    @staticmethod
    def _key(expression: str) -> str:
        return " | ".join(sorted(part.strip() for part in expression.split("|")))

    def component(self, target: str) -> tuple[ParamsModule, str]:
        folder, _, name = target.rpartition(".")
        module = self.components.get(target)
        if module is None:
            module = self.components[target] = ParamsModule(folder, snake(name), main=name)
        return module, name

    def reference(self, into: ParamsModule, target: str, build: Any) -> str:
        """The name ``target`` (a named request type) has inside ``into``, importing it."""
        module, name = self.component(target)
        if not module.done:
            module.done = True
            build(module, name)
        if module is not into:
            into.imports.setdefault(module.dotted, set()).add(name)
        return name

    def annotate(self, prop: Any, hint: str, into: ParamsModule) -> str:
        """The TypedDict annotation of ``prop`` inside ``into``."""
        if isinstance(prop, UnionProperty):
            return self._union(prop, hint, into)
        if isinstance(prop, ListProperty):
            inner = self.annotate(prop.inner_property, _singular(hint), into)
            kind = "SequenceNotStr" if _scalars(inner) else "Iterable"
            self._need(into, kind)
            return f"{kind}[{inner}]"
        prop = resolve(prop)
        if isinstance(prop, ModelProperty):
            if is_map(prop):
                values = prop.additional_properties
                return f"dict[str, {self.annotate(values, hint, into)}]"
            if not _props(prop):
                return "dict[str, object]"
            name = str(prop.class_info.name)
            if name in self.named:
                return self.reference(into, self.named[name], lambda module, own: self._typed_dict(prop, own, module))
            return self._nested(prop, camel(hint), into)
        if isinstance(prop, LiteralEnumProperty):
            self._need(into, "Literal")
            listed = sorted(prop.values, key=str)
            return f"Literal[{', '.join(literal(v) for v in listed)}]"
        if isinstance(prop, ConstProperty):
            self._need(into, "Literal")
            return f"Literal[{code(prop.value.python_code)}]"
        if isinstance(prop, FileProperty):
            self._need(into, "FileTypes")
            return "FileTypes"
        if isinstance(prop, NoneProperty):
            return "None"
        written = code(prop.get_type_string(no_optional=True))
        if re.search(r"\bAny\b", written):  # free-form JSON (``dict[str, Any]``)
            self._need(into, "Any")
        return written

    def _union(self, prop: UnionProperty, hint: str, into: ParamsModule) -> str:
        inner = [resolve(p) for p in prop.inner_properties]
        models = [str(p.class_info.name) for p in inner if isinstance(p, ModelProperty) and _props(p)]
        rest = [p for p in inner if not (isinstance(p, ModelProperty) and _props(p))]
        if len(models) > 1 and self._key(" | ".join(models)) in self.named:
            target = self.named[self._key(" | ".join(models))]

            def build(module: ParamsModule, own: str) -> None:
                members = [self.annotate(p, hint, module) for p in inner if isinstance(p, ModelProperty) and _props(p)]
                module.aliases.append((own, " | ".join(members)))
                self._need(module, "TypeAlias")

            parts = [self.reference(into, target, build)]
        elif len(set(models)) > 1:  # openai-python names a union of objects after its property
            key = (camel(hint), self._key(" | ".join(models)))
            if key not in into.nested:
                # Named before its members are built: they (and a union reached again through
                # them) see the name taken, and a member named after the property moves aside.
                into.nested[key] = name = into.fresh(camel(hint))
                into.aliases.append((name, ""))
                self._need(into, "TypeAlias")
                members = " | ".join(
                    _unique(self.annotate(p, hint, into) for p in inner if isinstance(p, ModelProperty) and _props(p))
                )
                into.aliases[into.aliases.index((name, ""))] = (name, members)
            parts = [into.nested[key]]
        else:
            parts = _unique(self.annotate(p, hint, into) for p in inner if isinstance(p, ModelProperty) and _props(p))
        parts += _unique(self.annotate(p, hint, into) for p in rest)
        return " | ".join([p for p in _unique(parts) if p != "None"] + (["None"] if "None" in parts else []))

    def _nested(self, prop: ModelProperty, name: str, into: ParamsModule) -> str:
        source = str(prop.class_info.name)
        key = (name, source)
        if key not in into.nested:
            if into.local(name):
                name = f"{name}{source}"  # two types under one property name: keep both apart
            into.nested[key] = name = into.fresh(name)
            self._typed_dict(prop, name, into)
        return into.nested[key]

    def _typed_dict(self, prop: ModelProperty, name: str, into: ParamsModule) -> None:
        typed = TypedDictClass(name, [], str(prop.class_info.name))
        into.classes.append(typed)  # before its fields: a field may refer back to it
        self._need(into, "TypedDict")
        schema = schema_of(str(prop.class_info.name))
        typed.fields = [
            Field(
                wire_name(p),
                self.annotate(p, wire_name(p), into),
                bool(p.required),
                property_prose(schema, wire_name(p)).described() if schema is not None else "",
            )
            for p in _order(_props(prop))
        ]

    def _need(self, into: ParamsModule, name: str) -> None:
        if name in _SDK_NAMES:
            into.imports.setdefault(_SDK_NAMES[name], set()).add(name)
        elif name in {"Iterable"}:
            into.imports.setdefault("collections.abc", set()).add(name)
        elif name == "Any":
            into.imports.setdefault("typing", set()).add(name)
        else:
            into.typing.add(name)


def _scalars(annotation: str) -> bool:
    """Whether an array's items are plain values: openai-python takes any sequence but a string
    for them, and any iterable for objects."""
    return set(annotation.split(" | ")) <= {"str", "int", "float", "bool"}


def _order(props: Iterable[Any]) -> list[Any]:
    """openai-python's order: required keys first, then the rest, each alphabetically."""
    return sorted(props, key=lambda p: (not p.required, wire_name(p)))


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def build_params(resources: Iterable[Any], resource_map: Path) -> Params:
    """The request modules of the surface's resources (see ``Resource.operations``)."""
    entries = yaml.safe_load(resource_map.read_text(encoding="utf-8"))
    # A union component is listed by its class name: the builder knows unions by their members.
    unions = {union.name: " | ".join(union.members) for union in named_unions()}
    builder = _Builder({unions.get(str(k), str(k)): str(v) for k, v in (entries.get("request_types") or {}).items()})
    modules: list[ParamsModule] = []
    annotations: dict[tuple[str, str], tuple[str, dict[str, set[str]]]] = {}
    by_operation: dict[str, ParamsModule] = {}
    for resource in resources:
        prefix = resource.params or snake(resource.class_name)
        for operation in resource.operations:
            module = _operation_module(builder, operation.endpoint, resource.types, f"{prefix}_{operation.name}_params")
            if module is None:
                continue
            modules.append(module)
            by_operation[operation.raw_module] = module
            main = module.classes[0]
            for argument in arguments(operation.endpoint)["keyword"]:
                found = next((f for f in main.fields if f.name == argument.wire_name), None)
                if found is not None:
                    annotations[(operation.raw_module, argument.python_name)] = _qualified(found.annotation, module)
    for alias, expression in (entries.get("request_aliases") or {}).items():
        _alias_module(builder, str(alias), str(expression))
    ordered = modules + sorted(builder.components.values(), key=lambda m: (m.folder, m.module))
    return Params(ordered, annotations, by_operation)


def _alias_module(builder: _Builder, alias: str, expression: str) -> None:
    """A ``request_aliases`` entry: a module of its own whose one name is a type over request types
    (``ResponseInputParam = list[ResponseInputItemParam]``). Left out when a name it uses is not
    among this document's request types (an older document), as ``type_aliases`` are."""
    built = {module.main: module for module in builder.components.values() if module.main}
    used = sorted(set(re.findall(r"\b[A-Z]\w*", expression)))
    if not all(name in built for name in used):
        return
    folder, _, name = alias.rpartition(".")
    module = ParamsModule(folder, snake(name), main=name)
    module.aliases.append((name, expression))
    builder._need(module, "TypeAlias")
    for used_name in used:
        if built[used_name] is not module:
            module.imports.setdefault(built[used_name].dotted, set()).add(used_name)
    builder.components[alias] = module


def _operation_module(builder: _Builder, endpoint: Endpoint, folder: str, name: str) -> ParamsModule | None:
    args = arguments(endpoint)
    model = body_model(endpoint)
    body = _props(model) if model is not None else []
    if not body and not endpoint.query_parameters:
        return None
    module = ParamsModule(folder, name)
    main = TypedDictClass(camel(name), [])
    module.classes.append(main)
    builder._need(module, "TypedDict")
    # The keyword-only path parameters are part of openai-python's params (not the positional one).
    keyword_path = {a.wire_name for a in args["path"][:-1]}
    for prop in endpoint.path_parameters:
        if wire_name(prop) in keyword_path:
            described = argument_prose(endpoint, "path", wire_name(prop)).described()
            main.fields.append(Field(wire_name(prop), "str", True, described))
    query = {wire_name(p) for p in endpoint.query_parameters}
    for prop in _order([*body, *endpoint.query_parameters]):
        location = "query" if wire_name(prop) in query and prop not in body else "body"
        described = argument_prose(endpoint, location, wire_name(prop)).described()
        annotation = builder.annotate(prop, wire_name(prop), module)
        main.fields.append(Field(wire_name(prop), annotation, bool(prop.required), described))
    return module


def _qualified(annotation: str, module: ParamsModule) -> tuple[str, dict[str, set[str]]]:
    """A params annotation as a resource module writes it: the module's own names through the
    module (``vector_store_create_params.ExpiresAfter``), the rest imported by name."""
    imports: dict[str, set[str]] = {}
    local = set(module.names)

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in local:
            parent = module.dotted.rpartition(".")[0]
            imports.setdefault(parent, set()).add(module.module)
            return f"{module.module}.{word}"
        for source, names in module.imports.items():
            if word in names:
                imports.setdefault(source, set()).add(word)
        if word in module.typing:
            imports.setdefault("typing", set()).add(word)
        return word

    return re.sub(r"(?<![\w.])[A-Za-z_]\w*", replace, annotation), imports
