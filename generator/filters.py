"""Jinja filters our templates use on top of openapi-python-client's own.

The generator hands templates its parsed property objects. Deciding a Python annotation, a
lenient parser or a flattened signature from them is plain tree walking, which reads far
better here than as recursive Jinja macros; the templates only lay the results out.
"""

from __future__ import annotations

import keyword
import pprint
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

from .rules import argument_rules

# Names a model class uses for itself; a field with such a name keeps the sanitised spelling.
RESERVED_ATTRIBUTES = frozenset(
    {"to_dict", "from_dict", "matches", "additional_properties", "additional_keys"}
    # BaseModel's (overlays/vectorstores_raw/base_model.py)
    | {"model_dump", "model_dump_json", "to_json", "model_validate", "model_construct", "construct"}
    | {"model_fields", "model_fields_set", "_given", "_request_id", "_fields", "_required"}
)

__all__ = ["FILTERS", "Argument", "annotation", "arguments", "matches", "parser", "register_models", "success"]


def literal(value: object) -> str:
    """A Python literal for a value from the document (never pasted in unquoted)."""
    if isinstance(value, UntrustedString):
        value = value.get_untrusted_value()
    return repr(str(value)) if not isinstance(value, (int, float, bool)) or value is None else repr(value)


def code(snippet: object) -> str:
    """Source text of a generator ``PythonCode`` snippet (or of a plain string)."""
    return snippet.as_unembedded_code() if isinstance(snippet, PythonCode) else str(snippet)


def wire_name(prop: Any) -> str:
    """The property's name as the API spells it."""
    name = prop.name
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)


# Models as the generator finished them, by class name: a model referenced from another one is
# handed to templates as a stub whose property lists are not filled in.
_MODELS: dict[str, ModelProperty] = {}


_DOCUMENT: dict[str, Any] = {}


# Component schema name -> the class name the generator gives it (title or name, overrides applied).
_COMPONENTS: dict[str, str] = {}


_MIXINS: dict[str, tuple[str, str]] = {}  # model class -> (module of vectorstores_raw, mixin class)


def register_mixins(mixins: Mapping[str, str]) -> None:
    """``model_mixins`` of generator/config.yaml: ``Class: module:Mixin``, the module relative to
    the raw package (``_mixins:ResponseMixin``)."""
    _MIXINS.clear()
    for model, target in mixins.items():
        module, colon, mixin = str(target).partition(":")
        if not colon or not module.replace(".", "").replace("_", "").isalnum() or not mixin.isidentifier():
            raise ValueError(f"model_mixins: {model}: {target!r} is not 'module:Class'")
        _MIXINS[str(model)] = (module, mixin)


def mixin(model: ModelProperty) -> tuple[str, str] | None:
    """(module, class) of the hand-written mixin a generated model extends, if config names one."""
    return _MIXINS.get(str(model.class_info.name))


def register_document(document: dict[str, Any], config: Any = None) -> None:
    """The patched document, for filters that read what the generator's model leaves out."""
    _DOCUMENT.clear()
    _DOCUMENT.update(document)
    _COMPONENTS.clear()
    if config is None:
        return
    from openapi_python_client.parser.properties.schemas import Class

    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        title = schema.get("title") if isinstance(schema, dict) else None
        _COMPONENTS[name] = str(Class.from_string(string=str(title or name), config=config).name)


def component_class(reference: str) -> str:
    """The class name of ``#/components/schemas/<name>``."""
    return _COMPONENTS[reference.rsplit("/", 1)[-1]]


def rules(endpoint: Endpoint) -> dict[str, Any]:
    """The rules of the operation's query and body arguments (see generator/rules.py)."""
    return argument_rules(_DOCUMENT, text(endpoint.path), endpoint.method)


def python_repr(value: object) -> str:
    """A Python literal for JSON-like data taken from the document."""
    return pprint.pformat(value, width=100, sort_dicts=False)


def register_models(models: Iterable[ModelProperty]) -> None:
    """Make the finished models known to the filters (called once per generation)."""
    _MODELS.clear()
    _MODELS.update({str(model.class_info.name): model for model in models})


def model_module(name: str) -> str:
    """The module (under ``models``) of a generated model class."""
    return str(_MODELS[name].class_info.module_name)


def resolve(prop: Any) -> Any:
    """The finished model behind a model reference; any other property as it is."""
    if isinstance(prop, ModelProperty):
        return _MODELS.get(str(prop.class_info.name), prop)
    return prop


def _props(model: ModelProperty) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def attr_name(prop: Any) -> str:
    """The attribute name of a model field: the API's own name (``object``, ``type``) when it is
    a usable identifier, else the generator's sanitised one."""
    name = wire_name(prop)
    if name.isidentifier() and not keyword.iskeyword(name) and name not in RESERVED_ATTRIBUTES:
        return name
    return str(prop.python_name)


def is_map(prop: Any) -> bool:
    """An object with no named properties and typed extra keys: a ``dict`` to the user."""
    prop = resolve(prop)
    return (
        isinstance(prop, ModelProperty)
        and not _props(prop)
        and prop.additional_properties is not None
        and not isinstance(prop.additional_properties, bool)
    )


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        for part in item.split(" | "):
            if part not in seen:
                seen.append(part)
    return seen


def annotation(prop: Any, mode: str = "out") -> str:
    """The Python type of a property; ``mode="in"`` is what a caller may pass (plain dicts and
    lists are accepted wherever a model is expected)."""
    if isinstance(prop, UnionProperty):
        parts = _unique(annotation(inner, mode) for inner in prop.inner_properties)
        # Plain dicts and None go last, where readers look for them.
        tail: list[str] = [p for p in ("dict[str, Any]", "Mapping[str, Any]", "None") if p in parts]
        parts = [p for p in parts if p not in tail] + tail
        return " | ".join(parts)
    if isinstance(prop, ListProperty):
        inner = annotation(prop.inner_property, mode)
        if mode == "in":  # any sequence (tuples too), or any iterable of objects, as openai-python takes
            scalars = set(inner.split(" | ")) <= {"str", "int", "float", "bool"}
            return f"SequenceNotStr[{inner}]" if scalars else f"Iterable[{inner}]"
        return f"list[{inner}]"
    prop = resolve(prop)
    if isinstance(prop, ModelProperty):
        if is_map(prop):
            values = prop.additional_properties
            typed = values is not None and not isinstance(values, bool)
            return f"dict[str, {annotation(values, mode) if typed else 'Any'}]"
        if not _props(prop):
            return "dict[str, Any]"
        name = prop.class_info.name
        # A TypedDict (what the public methods are annotated with) is a Mapping, not a dict.
        return f"{name} | Mapping[str, Any]" if mode == "in" else name
    if isinstance(prop, LiteralEnumProperty):
        return str(prop.class_info.name)
    if isinstance(prop, FileProperty):
        return "FileInput" if mode == "in" else "bytes"
    if isinstance(prop, NoneProperty):
        return "None"
    return code(prop.get_type_string(no_optional=True))


def _leaves(prop: UnionProperty) -> list[Any]:
    """The members of a union, a union nested in it read as its members (``oneOf`` of a ``oneOf``)."""
    found: list[Any] = []
    for inner in prop.inner_properties:
        for leaf in _leaves(inner) if isinstance(inner, UnionProperty) else [inner]:
            if not any(leaf is seen for seen in found):
                found.append(leaf)
    return found


def parser(prop: Any) -> str:
    """A Python expression for a callable that parses the JSON value of ``prop`` leniently, or
    ``""`` when the JSON value is already the Python value (strings, numbers, maps, enums)."""
    prop = resolve(prop)
    if isinstance(prop, ModelProperty):
        if is_map(prop) or not _props(prop):
            return ""
        return f"{prop.class_info.name}.from_dict"
    if isinstance(prop, ListProperty):
        item = parser(prop.inner_property)
        return f"list_parser({item})" if item else ""
    if isinstance(prop, UnionProperty):
        found_parser = _union_parser(prop)
        # A whole number in a union that allows a ``number`` but no ``integer`` is that number.
        leaves = _leaves(prop)
        if any(isinstance(leaf, FloatProperty) for leaf in leaves) and not any(
            isinstance(leaf, IntProperty) for leaf in leaves
        ):
            return f"float_or({found_parser})" if found_parser else "as_float"
        return found_parser
    if isinstance(prop, FloatProperty):
        # JSON has one kind of number: ``1741476777`` in a ``number`` field is read as the float
        # the document (and openai-python) says it is, not left an int.
        return "as_float"
    if isinstance(prop, DateTimeProperty):
        return "parse_datetime"
    if isinstance(prop, DateProperty):
        return "lambda value: parse_datetime(value).date()"
    return ""


def _union_parser(prop: UnionProperty) -> str:
    """The parser of a union's object and array members (``""`` when it has none)."""
    options: list[str] = []
    models: list[ModelProperty] = []
    for inner in _leaves(prop):
        if isinstance(inner, ModelProperty) and parser(inner):
            options.append(str(inner.class_info.name))
            models.append(resolve(inner))
        elif isinstance(inner, ListProperty) and parser(inner):
            options.append(parser(inner))
    if not options:
        return ""
    if len(options) == 1 and not options[0].startswith("list_parser"):
        return f"{options[0]}.from_dict"
    found = discriminator(models)
    if found is not None:
        key, variants = found
        lists = [option for option in options if option.startswith("list_parser")]
        table = tag_table(variants)
        return f"discriminated_parser({literal(key)}, {table}{''.join(', ' + item for item in lists)})"
    return f"union_parser({', '.join(options)})"


def _tag_values(prop: Any) -> list[str]:
    """The values a property may hold when it is a tag: an enum, or a constant."""
    if isinstance(prop, LiteralEnumProperty):
        # A set: sorted, so the dispatch tables are the same on every run.
        return sorted(str(value) for value in prop.values)
    if isinstance(prop, ConstProperty) and isinstance(prop.value.raw_value, str):
        return [prop.value.raw_value]
    if isinstance(prop, UnionProperty):
        # A nullable tag (``anyOf: [{enum: [item_reference]}, {type: null}]``) still names its
        # member; an object whose tag is null or missing is tried member by member.
        options = [inner for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
        values = [_tag_values(inner) for inner in options]
        if options and all(values):
            return sorted({value for found in values for value in found})
    return []


def discriminator(models: Iterable[ModelProperty]) -> tuple[str, list[tuple[str, str]]] | None:
    """(key, [(value, class)]) when one property tells the union's members apart: every member
    has it as an enum or constant. ``type`` is tried first (the document's ``discriminator``
    names it where it says), then any other key. A key whose every value names one member wins;
    failing that, the key telling most values apart, a value some members share (openai's input
    and output ``message``) then listed once per member and tried among those members alone.
    A union with no such key is ``None`` (tried member by member)."""
    members = [resolve(model) for model in models]
    if len(members) < 2:
        return None
    keys: list[str] = ["type"]
    for prop in _props(members[0]):
        if _tag_values(prop) and wire_name(prop) not in keys:
            keys.append(wire_name(prop))
    shared: list[tuple[str, list[tuple[str, str]]]] = []
    for key in keys:
        variants: list[tuple[str, str]] = []
        for member in members:
            prop = next((p for p in _props(member) if wire_name(p) == key), None)
            values = _tag_values(prop) if prop is not None else []
            if not values:
                break
            variants += [(value, str(member.class_info.name)) for value in values]
        else:
            tags = [value for value, _ in variants]
            if len(set(tags)) == len(tags):
                return key, variants
            shared.append((key, variants))
    # max() keeps the first of equals: ``type`` before any other key.
    best = max(shared, key=lambda found: len({value for value, _ in found[1]}), default=None)
    if best is None or len({value for value, _ in best[1]}) < 2:  # one value for all: no dispatch
        return None
    return best


def tag_table(variants: Iterable[tuple[str, str]]) -> str:
    """The ``{tag: class}`` dict literal of a discriminated parser; a tag several members share
    maps to the tuple of those classes, in the union's order."""
    grouped: dict[str, list[str]] = {}
    for value, cls in variants:
        grouped.setdefault(value, []).append(cls)
    entries = (
        f"{literal(value)}: {classes[0] if len(classes) == 1 else '(' + ', '.join(classes) + ')'}"
        for value, classes in grouped.items()
    )
    return "{" + ", ".join(entries) + "}"


def matches(model: ModelProperty) -> str:
    """A boolean expression over ``data`` telling whether a JSON object is this model: its
    required keys are present and its required enum fields hold known values. Unions use it to
    pick a member, since lenient parsing alone would accept any object as any model."""
    checks = []
    for prop in resolve(model).required_properties or []:
        key = literal(wire_name(prop))
        if isinstance(prop, LiteralEnumProperty):
            values = ", ".join(literal(v) for v in sorted(prop.values, key=str))
            checks.append(f"data.get({key}) in ({values},)")
        elif isinstance(prop, ConstProperty):
            checks.append(f"data.get({key}) == {code(prop.value.python_code)}")
        else:
            checks.append(f"{key} in data")
    return " and ".join(checks) or "True"


@dataclass(frozen=True)
class Argument:
    """One parameter of a generated operation."""

    python_name: str
    wire_name: str
    annotation: str
    required: bool
    location: str  # "path", "query", "body" or "file"

    @property
    def declaration(self) -> str:
        """The parameter as written in a ``def``."""
        if self.required:
            return f"{self.python_name}: {self.annotation}"
        return f"{self.python_name}: {self.annotation} | Unset = UNSET"


# Names the body of a generated operation uses; a parameter spelled like one keeps the
# generator's sanitised name instead of the API's.
OPERATION_LOCALS = frozenset(
    {
        "client",
        "dict",
        "httpx2",
        "Mapping",
        "Any",
        "RequestOptions",
        "Detailed",
        "json_body",
        "query_params",
        "multipart_body",
        "path_segment",
        "build_response",
        "parse_response",
        "response",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "omit",
        "Omit",
        "NOT_GIVEN",
        "NotGiven",
    }
)


def _argument(prop: Any, location: str) -> Argument:
    kind = "file" if isinstance(prop, FileProperty) else location
    name = wire_name(prop)
    if not name.isidentifier() or keyword.iskeyword(name) or name in OPERATION_LOCALS:
        name = str(prop.python_name)
    return Argument(name, wire_name(prop), annotation(prop, "in"), bool(prop.required), kind)


def body_model(endpoint: Endpoint) -> ModelProperty | None:
    """The request body's model, whose properties become keyword arguments."""
    if not endpoint.bodies:
        return None
    prop = resolve(endpoint.bodies[0].prop)
    return prop if isinstance(prop, ModelProperty) else None


def body_kind(endpoint: Endpoint) -> str:
    """``json``, ``multipart`` or ``""`` for an operation without a body."""
    if not endpoint.bodies:
        return ""
    return "multipart" if str(endpoint.bodies[0].body_type) == "files" else "json"


def arguments(endpoint: Endpoint) -> dict[str, list[Argument]]:
    """The operation's parameters in the seed's order: the last path parameter is positional,
    everything after it keyword-only (earlier path parameters, body fields, query)."""
    path = [_argument(p, "path") for p in endpoint.path_parameters]
    model = body_model(endpoint)
    body: list[Argument] = []
    if model is not None:
        location = "multipart" if body_kind(endpoint) == "multipart" else "body"
        body = [_argument(p, location) for p in _props(model)]
    query = [_argument(p, "query") for p in endpoint.query_parameters]
    keyword = path[:-1] + [a for a in body if a.required] + [a for a in body if not a.required] + query
    names = [a.python_name for a in path + body + query]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"{endpoint.name}: parameter names collide after flattening: {sorted(duplicates)}")
    if endpoint.header_parameters or endpoint.cookie_parameters:
        raise ValueError(f"{endpoint.name}: header and cookie parameters are not supported by the templates")
    return {"positional": path[-1:], "keyword": keyword, "path": path, "body": body, "query": query}


def _classes(prop: Any, into: set[tuple[str, str]]) -> None:
    prop = resolve(prop)
    if isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            _classes(inner, into)
    elif isinstance(prop, ListProperty):
        _classes(prop.inner_property, into)
    elif isinstance(prop, ModelProperty):
        if is_map(prop):
            values = prop.additional_properties
            if values is not None and not isinstance(values, bool):
                _classes(values, into)
        elif _props(prop):
            into.add((str(prop.class_info.module_name), str(prop.class_info.name)))
    elif isinstance(prop, LiteralEnumProperty):
        into.add((str(prop.class_info.module_name), str(prop.class_info.name)))


def argument_imports(endpoint: Endpoint) -> list[str]:
    """Imports for every class the operation's flattened arguments mention."""
    found: set[tuple[str, str]] = set()
    model = body_model(endpoint)
    for prop in list(endpoint.path_parameters) + list(endpoint.query_parameters) + (_props(model) if model else []):
        _classes(prop, found)
    return [f"from ...models.{module} import {name}" for module, name in sorted(found)]


def annotation_imports(model: ModelProperty) -> list[str]:
    """Imports (for type checkers only) of every class a model's field annotations name: a map's
    values and the members of nested unions are spelled out in the annotation, where
    openapi-python-client's own imports name only the inline model that holds them."""
    found: set[tuple[str, str]] = set()
    for prop in _props(resolve(model)):
        _classes(prop, found)
    own = str(resolve(model).class_info.name)
    return [f"from ..models.{module} import {name}" for module, name in sorted(found) if name != own]


def field_order(props: list[Any]) -> list[Any]:
    """A model's fields in openai-python's order, so reprs and dumps read the same: ``id``, then
    the required fields, then the optional ones, each group alphabetically."""
    return sorted(props, key=lambda p: (not p.required, wire_name(p) != "id", wire_name(p)))


def fields(model: ModelProperty) -> str:
    """A tuple literal of (attribute, wire name) pairs, in declaration order."""
    pairs = [f"({literal(attr_name(p))}, {literal(wire_name(p))})" for p in field_order(_props(resolve(model)))]
    return "(" + "".join(pair + ", " for pair in pairs) + ")"


@dataclass(frozen=True)
class Success:
    """What a 2xx response turns into."""

    annotation: str
    kind: str  # "model", "bytes", "json" or "none" (a 2xx with no content)
    parser: str
    accept: str = "application/json"  # the media type asked for in ``Accept``
    # When the 2xx also offers ``text/event-stream``: the event type (a model or a named union),
    # the raw module that defines it, and the function that parses one event's JSON.
    event: str = ""
    event_module: str = ""
    event_parse: str = ""


def _document_success(endpoint: Endpoint) -> tuple[str, dict[str, Any]] | None:
    """(status, content map) of the operation's first 2xx response, as the document says."""
    operation = (_DOCUMENT.get("paths") or {}).get(text(endpoint.path), {}).get(endpoint.method.lower()) or {}
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            if isinstance(response, dict) and isinstance(response.get("$ref"), str):
                shared = _DOCUMENT.get("components", {}).get("responses") or {}
                return str(status), (shared.get(response["$ref"].rsplit("/", 1)[-1]) or {}).get("content") or {}
            return str(status), (response or {}).get("content") or {}
    return None


def stream_union_of(endpoint: Endpoint) -> Any:
    """The ``NamedUnion`` of the events an operation's 2xx ``text/event-stream`` carries, if any."""
    from .unions import stream_union

    found = _document_success(endpoint)
    schema = ((found[1] if found else {}).get("text/event-stream") or {}).get("schema")
    return stream_union(schema) if schema is not None else None


def _with_stream(result: Success, endpoint: Endpoint) -> Success:
    union = stream_union_of(endpoint)
    if union is None:
        return result
    parse = f"{union.name}.from_dict" if union.members == [union.name] else union.parse_function
    return Success(result.annotation, result.kind, result.parser, result.accept, union.name, union.module, parse)


def success(endpoint: Endpoint) -> Success:
    """The return type and parser of the operation's 2xx response."""
    for response in endpoint.responses.patterns:
        low, _ = response.status_code.range or (0, 0)
        if 200 <= low < 300:
            prop = response.prop
            if isinstance(prop, FileProperty):
                # Ask for what the document says comes back; a server that negotiates (Prism
                # does) refuses a download whose Accept names only JSON.
                content = getattr(response.data, "content", None) or {}
                return Success("bytes", "bytes", "", next(iter(content), "application/octet-stream"))
            if isinstance(prop, ModelProperty) and parser(prop):
                model = Success(str(prop.class_info.name), "model", f"{prop.class_info.name}.from_dict")
                return _with_stream(model, endpoint)
            declared = _document_success(endpoint)
            if isinstance(prop, (AnyProperty, NoneProperty)) and declared is not None and not declared[1]:
                # No content declared (openai-python returns None; a body the server sends anyway is ignored).
                return Success("None", "none", "")
            if isinstance(prop, (AnyProperty, NoneProperty)):
                return Success("Any", "json", "")
            return Success(annotation(prop), "json", parser(prop))
    raise ValueError(f"{endpoint.name}: no 2xx response to generate a result from")


def text(value: object) -> str:
    """The raw text of a document string (paths, names) for docstrings and comments."""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


FILTERS: dict[str, Callable[..., Any]] = {
    "annotation_imports": annotation_imports,
    "argument_imports": argument_imports,
    "field_order": field_order,
    "mixin": mixin,
    "model_module": model_module,
    "fields": fields,
    "attr_name": attr_name,
    "text": text,
    "annotation": annotation,
    "arguments": arguments,
    "body_kind": body_kind,
    "lenient_parser": parser,
    "matches": matches,
    "py_literal": literal,
    "py_repr": python_repr,
    "rules": rules,
    "success": success,
    "wire_name": wire_name,
}
