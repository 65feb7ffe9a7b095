"""The public surface: which resource each operation belongs to, its method name, whether it
pages, and where each model lives under ``vectorstores.types``.

Everything here is read from the parsed document and ``generator/resources.yaml``; the
templates under ``templates/public/`` lay it out as openai-python's modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier

from .filters import (
    _COMPONENTS,
    _DOCUMENT,
    _MODELS,
    Argument,
    _props,
    argument_imports,
    arguments,
    body_model,
    resolve,
    stream_union_of,
    success,
    text,
    wire_name,
)
from .unions import NamedUnion, named_unions, stream_union

__all__ = [
    "HelperSignature",
    "HelperTypes",
    "Operation",
    "Resource",
    "Surface",
    "build_surface",
    "load_resources",
    "method_name",
    "owner",
]

# openai-python's verbs where the document's operationIds use others.
VERBS = {"get": "retrieve", "modify": "update"}


@dataclass
class Operation:
    """One API method of a resource."""

    endpoint: Endpoint
    name: str  # the method name
    raw_module: str  # e.g. vectorstores_raw.api.vector_stores.get_vector_store
    paging: str  # "", "cursor" or "page"
    item: str  # the class of a page's items
    result: str  # the annotation of the parsed result

    @property
    def alias(self) -> str:
        """The raw module's name as imported into the resource module."""
        return "_" + self.raw_module.rsplit(".", 1)[-1]


@dataclass
class HelperSignature:
    """A hand-written helper whose keyword arguments are operations' (``responses.stream`` takes
    ``create``'s): the generator renders the method with those arguments, typed as the operations
    type them, and it hands what was given to the helper's ``_<name>``. So the helper follows the
    document with nothing copied by hand, and type checkers and ``inspect.signature`` see every
    argument."""

    name: str
    arguments: dict[str, list[str]]  # operation -> the arguments taken from it (["*"]: all)
    skip: list[str]  # arguments of those operations left out
    own: dict[str, tuple[str, str]]  # the helper's own arguments, not the document's: name -> (annotation, doc)
    returns: str  # the sync result annotation; the async one prefixes its first name with Async
    returns_from: str  # the module the result classes are imported from
    doc: str
    # Whether the helper answers with the result of one request: its async twin is then an
    # ``async def`` with the same result annotation (``responses.parse``), not an Async class.
    awaits: bool = False
    imports: list[str] = field(default_factory=list)  # further names from returns_from (a TypeVar)

    @property
    def result_names(self) -> list[str]:
        """The names imported from ``returns_from``: the class the result annotation names
        first (sync and async), and ``imports``."""
        first = re.match(r"\w+", self.returns)
        names = [first.group(0)] if first else []
        if first and not self.awaits:
            names.append("Async" + first.group(0))
        return [*names, *self.imports]

    def result(self, is_async: bool) -> str:
        return "Async" + self.returns if is_async and not self.awaits else self.returns


@dataclass
class Resource:
    """One resource: ``client.<attribute>`` (dotted below a parent)."""

    attribute: str
    path: str
    class_name: str
    nouns: list[str]
    methods: dict[str, str]
    helpers: str
    types: str
    params: str = ""  # the prefix of its request modules (``vector_store`` -> vector_store_create_params)
    views: list[str] = field(default_factory=list)  # helpers the views wrap too
    signatures: list[HelperSignature] = field(default_factory=list)  # helpers typed from operations
    operations: list[Operation] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The attribute on the parent (``files`` for ``vector_stores.files``)."""
        return self.attribute.rsplit(".", 1)[-1]

    @property
    def module(self) -> str:
        """The module under ``vectorstores.resources`` holding the classes."""
        parts = self.attribute.split(".")
        return ".".join([*parts, parts[-1]]) if self.children else ".".join(parts)

    @property
    def package(self) -> str:
        """The package under ``vectorstores.resources`` a resource with children has."""
        return self.attribute

    @property
    def models(self) -> list[str]:
        """Classes the resource's method signatures mention."""
        found = {op.item for op in self.operations if op.item} | {
            op.result for op in self.operations if op.result[:1].isupper() and op.result not in ("None", "Any")
        }
        return sorted(found)


@dataclass
class TypesModule:
    """One module under ``vectorstores.types``: a model (or enum) and the names it uses."""

    folder: str  # "" or "vector_stores"
    module: str  # the module name (the generated model's)
    names: list[str]  # the class first, then what its fields name
    nested: list[tuple[str, str]] = field(default_factory=list)  # openai-python's nested names: (name, class)


@dataclass
class HelperTypes:
    """A module of ``vectorstores.types`` offering types a hand-written helper answers with
    (``types.responses.parsed_response``): they are defined in overlays, and offered here under
    openai-python's module and names, for as long as the resource whose helper makes them is."""

    folder: str  # under vectorstores.types ("" for the root)
    module: str
    source: str  # the overlay module defining them
    names: list[str]


@dataclass
class Surface:
    resources: list[Resource]  # top level, children inside
    types: list[TypesModule]
    aliases: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (alias, expression, names it uses)
    # alias -> further names its module offers: (name, expression, names it uses)
    alias_extras: dict[str, list[tuple[str, str, list[str]]]] = field(default_factory=dict)
    params: list[Any] = field(default_factory=list)  # the request modules (generator/params.py)
    helper_types: list[HelperTypes] = field(default_factory=list)

    def walk(self) -> Iterable[Resource]:
        stack = list(reversed(self.resources))
        while stack:
            resource = stack.pop()
            yield resource
            stack.extend(reversed(resource.children))

    @property
    def folders(self) -> list[str]:
        return sorted({module.folder for module in self.types if module.folder})


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def method_name(operation_id: str, resource: Resource) -> str:
    if operation_id in resource.methods:
        return resource.methods[operation_id]
    words = snake(operation_id)
    for noun in sorted(resource.nouns, key=len, reverse=True):
        words = re.sub(rf"(^|_){noun}(_|$)", r"\1", words, count=1).strip("_")
    verb, _, rest = words.partition("_")
    words = "_".join(part for part in (VERBS.get(verb, verb), rest) if part)
    return words or snake(operation_id)


def _segments(path: str) -> list[str]:
    return [part for part in path.split("/") if part]


def owner(path: str, resources: list[Resource]) -> Resource | None:
    """The resource whose path is the longest whole-segment prefix of ``path``."""
    best: Resource | None = None
    for resource in resources:
        prefix = _segments(resource.path)
        if _segments(path)[: len(prefix)] == prefix and (best is None or len(prefix) > len(_segments(best.path))):
            best = resource
    return best


def _page(endpoint: Endpoint) -> tuple[str, str]:
    """("cursor" | "page" | "", item class) of an operation whose result is a list response."""
    kind = success(endpoint)
    if kind.kind != "model":
        return "", ""
    model = _response_model(endpoint)
    if model is None:
        return "", ""
    data = next((p for p in _props(model) if wire_name(p) == "data"), None)
    if not isinstance(data, ListProperty):
        return "", ""
    inner = resolve(data.inner_property)
    if isinstance(inner, ModelProperty):
        item = str(inner.class_info.name)
    elif isinstance(inner, UnionProperty):
        # Items of several kinds (input items): a page over the named union they belong to.
        union = _items_union(model)
        if union is None:
            return "", ""
        item = union.name
    else:
        return "", ""
    cursor = any(wire_name(p) == "after" for p in endpoint.query_parameters)
    return ("cursor" if cursor else "page"), item


def _items_union(model: ModelProperty) -> NamedUnion | None:
    """The named union a list model's ``data`` items are, read from the document (the parser
    inlines unions, so their component's name is only there)."""
    name = str(model.class_info.name)
    schemas = _DOCUMENT.get("components", {}).get("schemas") or {}
    component = next((key for key, cls in _COMPONENTS.items() if cls == name and key in schemas), None)
    schema = schemas.get(component) if component else None
    data = (schema.get("properties") or {}).get("data") if isinstance(schema, dict) else None
    union = stream_union(data.get("items")) if isinstance(data, dict) else None
    return union if union is not None and len(union.members) > 1 else None


def _response_model(endpoint: Endpoint) -> ModelProperty | None:
    for response in endpoint.responses.patterns:
        low, _ = response.status_code.range or (0, 0)
        if 200 <= low < 300:
            prop = resolve(response.prop)
            return prop if isinstance(prop, ModelProperty) else None
    return None


def _reached(prop: Any, into: dict[str, Any]) -> None:
    """Every model and enum a property leads to, by class name, in first-seen order."""
    prop = resolve(prop)
    if isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            _reached(inner, into)
    elif isinstance(prop, ListProperty):
        _reached(prop.inner_property, into)
    elif isinstance(prop, LiteralEnumProperty):
        into.setdefault(str(prop.class_info.name), prop)
    elif isinstance(prop, ModelProperty):
        name = str(prop.class_info.name)
        if name in into:
            return
        if _props(prop):
            into[name] = prop
        for inner in _props(prop):
            _reached(inner, into)
        values = prop.additional_properties
        if values is not None and not isinstance(values, bool):
            _reached(values, into)


def _direct(prop: ModelProperty) -> list[str]:
    """The classes a model's own fields name (one level down)."""
    found: dict[str, Any] = {}
    for inner in _props(prop):
        nested: dict[str, Any] = {}
        _reached(inner, nested)
        for name, value in nested.items():
            found.setdefault(name, value)
            break  # only the first class of each field's own tree
    return list(found)


def _answers(endpoint: Endpoint) -> list[ModelProperty]:
    """The models an operation answers with: its JSON result and, when it can stream, the
    members of its event union (``ResponseStreamEvent``'s, each event type its own model)."""
    found = [model] if (model := _response_model(endpoint)) is not None else []
    union = stream_union_of(endpoint)
    if union is not None:
        found += [_MODELS[name] for name in union.members if name in _MODELS]
    return found


def _types(resources: list[Resource], all_models: Iterable[ModelProperty]) -> list[TypesModule]:
    homes: dict[str, tuple[str, Any]] = {}
    # A model that the operations of resources with different folders reach (as a request or
    # as a result) is shared: it lives at the root (``ComparisonFilter``, used by vector store
    # search and by the file search tool).
    folders: dict[str, set[str]] = {}
    for resource in resources:
        for operation in resource.operations:
            for model in (*_answers(operation.endpoint), body_model(operation.endpoint)):
                if model is None:
                    continue
                reached: dict[str, Any] = {}
                _reached(model, reached)
                for name in reached:
                    folders.setdefault(name, set()).add(resource.types)
    for resource in resources:
        for operation in resource.operations:
            for model in _answers(operation.endpoint):
                reached = {}
                _reached(model, reached)
                for name, prop in reached.items():
                    homes.setdefault(name, (resource.types if len(folders.get(name, ())) < 2 else "", prop))
    for model in all_models:  # request-only models live at the root
        reached = {}
        _reached(model, reached)
        for name, prop in reached.items():
            homes.setdefault(name, ("", prop))
    modules = []
    for name, (folder, prop) in sorted(homes.items()):
        names = [name] + ([n for n in _direct(prop) if n != name] if isinstance(prop, ModelProperty) else [])
        nested = _nested_names(prop) if isinstance(prop, ModelProperty) else []
        nested = [(alias, cls) for alias, cls in nested if alias not in names]
        modules.append(TypesModule(folder, str(prop.class_info.module_name), names, nested))
    # A union component (``ResponseOutputItem``, ``Tool``, ``ResponseStreamEvent``) is a type
    # people name too: it lives with its members (at the root when they live apart).
    for union in named_unions():
        places = {homes[member][0] for member in union.members if member in homes}
        if places:
            modules.append(TypesModule(places.pop() if len(places) == 1 else "", union.module, [union.name]))
    return modules


def _nested_names(prop: ModelProperty) -> list[tuple[str, str]]:
    """openai-python names the object of a field after the field (``VectorStore.expires_after``
    is ``vector_store.ExpiresAfter``; an array's items in the singular): those names, for the
    fields holding one model."""
    found = []
    for inner in _props(resolve(prop)):
        name, value = wire_name(inner), inner
        if isinstance(value, UnionProperty):  # a nullable object: the object
            members = [p for p in value.inner_properties if not isinstance(resolve(p), NoneProperty)]
            value = members[0] if len(members) == 1 else None
        if isinstance(value, ListProperty):
            name, value = (name[:-1] if name.endswith("s") else name), value.inner_property
        value = resolve(value)
        if isinstance(value, ModelProperty) and _props(value):
            found.append(("".join(part.title() for part in name.split("_")), str(value.class_info.name)))
    return found


def _operation_id(endpoint: Endpoint) -> str:
    """The operationId as the document spells it (the generator keeps only a snake-cased form)."""
    operation = _DOCUMENT["paths"][text(endpoint.path)][endpoint.method.lower()]
    return str(operation.get("operationId") or endpoint.name)


def _raw_module(tag: str, endpoint: Endpoint, prefix: str) -> str:
    return f"vectorstores_raw.api.{tag}.{PythonIdentifier(endpoint.name, prefix)}"


def load_resources(resource_map: Path) -> list[Resource]:
    """The resources of ``generator/resources.yaml``, flat, with no operations yet."""
    entries = yaml.safe_load(resource_map.read_text(encoding="utf-8"))["resources"]
    return [
        Resource(
            attribute=entry["attribute"],
            path=entry["path"],
            class_name=entry["class"],
            nouns=list(entry.get("nouns", [])),
            methods=dict(entry.get("methods") or {}),
            helpers=entry.get("helpers", ""),
            types=entry.get("types", ""),
            params=entry.get("params", ""),
            views=list(entry.get("views") or []),
            signatures=[_signature(name, spec) for name, spec in (entry.get("signatures") or {}).items()],
        )
        for entry in entries
    ]


def _signature(name: str, spec: dict[str, Any]) -> HelperSignature:
    return HelperSignature(
        name=name,
        arguments={op: list(names) for op, names in spec["arguments"].items()},
        skip=list(spec.get("skip") or []),
        own={name: (own["type"], own["doc"]) for name, own in (spec.get("own") or {}).items()},
        returns=spec["returns"],
        returns_from=spec["returns_from"],
        doc=spec["doc"],
        awaits=bool(spec.get("awaits", False)),
        imports=list(spec.get("imports") or []),
    )


def helper_arguments(resource: Resource, signature: HelperSignature) -> list[tuple[Operation, Argument]]:
    """The operations' arguments a helper takes, in its order (an argument two operations have is
    taken from the first named); operations the document lacks give none."""
    found: list[tuple[Operation, Argument]] = []
    seen = set(signature.skip) | set(signature.own)
    for name, wanted in signature.arguments.items():
        operation = next((op for op in resource.operations if op.name == name), None)
        if operation is None:
            continue
        args = arguments(operation.endpoint)
        for argument in args["positional"] + args["keyword"]:
            if argument.python_name in seen or (wanted != ["*"] and argument.python_name not in wanted):
                continue
            seen.add(argument.python_name)
            found.append((operation, argument))
    return found


def optional_declaration(declaration: str) -> str:
    """A parameter declaration made optional: a helper takes each operation argument by keyword,
    and which ones it needs depends on what is asked (``response_id`` or ``model``)."""
    return declaration if "=" in declaration else f"{declaration} | Omit = omit"


_find_owner = owner  # build_surface has a local called ``owner``


def build_surface(openapi: GeneratorData, resource_map: Path, field_prefix: str) -> Surface:
    """Assign every operation of the document to a resource of the map."""
    flat = load_resources(resource_map)
    by_attribute = {resource.attribute: resource for resource in flat}
    top: list[Resource] = []
    for resource in flat:
        parent = resource.attribute.rpartition(".")[0]
        (by_attribute[parent].children if parent else top).append(resource)
    unowned = []
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            owner = _find_owner(text(endpoint.path), flat)
            if owner is None:
                unowned.append(f"{endpoint.method.upper()} {text(endpoint.path)}")
                continue
            paging, item = _page(endpoint)
            owner.operations.append(
                Operation(
                    endpoint=endpoint,
                    name=method_name(_operation_id(endpoint), owner),
                    raw_module=_raw_module(str(tag), endpoint, field_prefix),
                    paging=paging,
                    item=item,
                    result=success(endpoint).annotation,
                )
            )
    if unowned:
        raise ValueError(f"no resource in {resource_map.name} takes these paths: {', '.join(unowned)}")
    for resource in flat:
        names = [op.name for op in resource.operations]
        clashes = {name for name in names if names.count(name) > 1}
        if clashes:
            raise ValueError(f"{resource.attribute}: operations share method names {sorted(clashes)}")
    # A resource the document has no operation for (an older document) is left out, with its
    # helpers: the SDK offers exactly the document's operations.
    kept = _prune(top)
    # Aliases may name the union components too (``ResponseInput = list[ResponseInputItem]``).
    known = {str(m.class_info.name) for m in [*openapi.models, *openapi.enums]} | {u.name for u in named_unions()}
    aliases = _aliases(resource_map, known)
    offered = {alias for alias, _, _ in aliases}  # extras of an alias left out go with it
    extras = {alias: found for alias, found in _alias_extras(resource_map, known).items() if alias in offered}
    surface = Surface(kept, _types([r for r in flat if r.operations], openapi.models), aliases, extras)
    generated = {resource.attribute for resource in surface.walk()}
    surface.helper_types = [found for resource, found in _helper_types(resource_map) if resource in generated]
    return surface


def _helper_types(resource_map: Path) -> list[tuple[str, HelperTypes]]:
    """``helper_types``: (the resource whose helper makes them, the module offering them)."""
    entries = yaml.safe_load(resource_map.read_text(encoding="utf-8")).get("helper_types") or {}
    found = []
    for where, entry in entries.items():
        folder, _, module = str(where).rpartition(".")
        found.append((str(entry["resource"]), HelperTypes(folder, module, str(entry["from"]), list(entry["names"]))))
    return found


def _type_aliases(resource_map: Path) -> dict[str, Any]:
    """``type_aliases``: alias -> an expression, or ``{type: expression, also: {name: expression}}``."""
    return yaml.safe_load(resource_map.read_text(encoding="utf-8")).get("type_aliases") or {}


def _expression_names(expression: str) -> list[str]:
    words = set(re.findall(r"\b[A-Za-z_]\w*\b", expression))
    return sorted(words - {"str", "int", "float", "bool", "dict", "list", "None"})


def _aliases(resource_map: Path, known: set[str]) -> list[tuple[str, str, list[str]]]:
    """openai-python's names from ``type_aliases``, for the types this document has."""
    found = []
    for alias, entry in _type_aliases(resource_map).items():
        expression = str(entry["type"] if isinstance(entry, dict) else entry)
        names = _expression_names(expression)
        if all(name in known for name in names):
            found.append((str(alias), expression, names))
    return found


def _alias_extras(resource_map: Path, known: set[str]) -> dict[str, list[tuple[str, str, list[str]]]]:
    """The further names an alias's module offers (``also``), as openai-python's module does, for
    the types this document has."""
    extras: dict[str, list[tuple[str, str, list[str]]]] = {}
    for alias, entry in _type_aliases(resource_map).items():
        also = entry.get("also") or {} if isinstance(entry, dict) else {}
        for name, expression in also.items():
            names = _expression_names(str(expression))
            if all(used in known for used in names):
                extras.setdefault(str(alias), []).append((str(name), str(expression), names))
    return extras


def _prune(resources: list[Resource]) -> list[Resource]:
    kept = []
    for resource in resources:
        resource.children = _prune(resource.children)
        if resource.operations or resource.children:
            kept.append(resource)
    return kept


# --- Filters for templates/public ---------------------------------------------------------------


def _model_module(name: str) -> str:
    model = _MODELS.get(name)
    if model is None:
        union = next((union for union in named_unions() if union.name == name), None)
        if union is not None:
            return union.module
        raise ValueError(f"no generated model named {name}")
    return str(model.class_info.module_name)


def resource_imports(resource: Resource, params: Any = None) -> list[str]:
    """Imports of the models and enums the resource's signatures name. An argument annotated
    with a request type of the same name (``Reasoning``) needs no model of that name."""
    typed = {name for line in params_imports(resource, params) for name in line.split(" import ")[1].split(", ")}
    lines = set()
    for operation in resource.operations:
        for line in argument_imports(operation.endpoint):
            if line.rpartition(" import ")[2] not in typed:
                lines.add(line.replace("from ...models.", "from vectorstores_raw.models."))
    for name in resource.models:
        lines.add(f"from vectorstores_raw.models.{_model_module(name)} import {name}")
    for operation in resource.operations:
        result = success(operation.endpoint)
        if stream_event(operation):
            lines.add(f"from vectorstores_raw.models.{result.event_module} import {result.event}")
    return sorted(lines)


def _arguments(resource: Resource) -> list[Argument]:
    found: list[Argument] = []
    for operation in resource.operations:
        found.extend(arguments(operation.endpoint)["body"])
    return found


def uses_uploads(resource: Resource) -> bool:
    return any(a.location == "file" for a in _arguments(resource))


def uses_pages(resource: Resource) -> bool:
    return any(op.paging for op in resource.operations)


def stream_event(operation: Operation) -> str:
    """The event type of an operation that can answer as ``text/event-stream`` when given a
    ``stream`` argument (``""`` for any other operation)."""
    event = success(operation.endpoint).event
    names = {a.python_name for a in arguments(operation.endpoint)["keyword"]}
    return event if event and "stream" in names else ""


def uses_streams(resource: Resource) -> bool:
    return any(stream_event(op) for op in resource.operations)


def uses_binary(resource: Resource) -> bool:
    return any(op.result == "bytes" for op in resource.operations)


def public_declaration(argument: Argument, operation: Operation, params: Any) -> str:
    """A parameter of a public method, typed as openai-python types it: the request TypedDicts
    of generator/params.py (a model instance is still taken at run time); uploads take paths,
    file objects and bytes too."""
    found = params.annotations.get((operation.raw_module, argument.python_name))
    if found is None:
        declaration = argument.declaration
    else:
        annotation = found[0]
        declaration = f"{argument.python_name}: {annotation}" + ("" if argument.required else " | Unset = UNSET")
    declaration = declaration.replace("| Unset = UNSET", "| Omit = omit")
    if argument.location == "file":
        declaration = declaration.replace("FileInput", "FileTypes")
    return _builtin_list(declaration)


def params_imports(resource: Resource, params: Any) -> list[str]:
    """Imports the resource's parameter annotations need."""
    wanted: dict[str, set[str]] = {}
    if params is None:
        return []
    for operation in resource.operations:
        for argument in arguments(operation.endpoint)["keyword"]:
            found = params.annotations.get((operation.raw_module, argument.python_name))
            for module, names in (found[1] if found else {}).items():
                if module != "vectorstores._types":  # SequenceNotStr, FileTypes: imported at run time already
                    wanted.setdefault(module, set()).update(names)
    return [f"from {module} import {', '.join(sorted(names))}" for module, names in sorted(wanted.items())]


def _builtin_list(annotation: str) -> str:
    # Resources have a ``list`` method, which would shadow the builtin in their signatures.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def public_result(operation: Operation, is_async: bool) -> str:
    if operation.paging:
        page = page_class(operation, is_async)
        return f"AsyncPaginator[{operation.item}, {page}]" if is_async else page
    if operation.result == "bytes":
        return "HttpxBinaryResponseContent"
    return operation.result


def page_class(operation: Operation, is_async: bool) -> str:
    kind = {"cursor": "CursorPage", "page": "Page"}[operation.paging]
    return f"{'Async' if is_async else 'Sync'}{kind}[{operation.item}]"


SURFACE_FILTERS = {
    "resource_imports": resource_imports,
    "uses_uploads": uses_uploads,
    "uses_pages": uses_pages,
    "uses_binary": uses_binary,
    "uses_streams": uses_streams,
    "stream_event": stream_event,
    "public_declaration": public_declaration,
    "params_imports": params_imports,
    "public_result": public_result,
    "page_class": page_class,
    "helper_arguments": helper_arguments,
    "optional_declaration": optional_declaration,
}
