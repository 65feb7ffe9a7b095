"""What changed between two versions of ``openapi.yaml``, as users of the SDK see it.

Both documents are patched first (generator/patches.yaml), since the SDK is built from the
patched document; then each is flattened into *facts*: operations, parameters, and the
properties of every object schema (``Schema.property``, nested inline objects as
``Schema.property.inner``), with their type, required-ness and enum values. Comparing the facts
gives the changes, each with a stable id (the acknowledgement file lists these), the public
Python names it touches, and whether it breaks code written against the previous SDK.

The prose of each fact (summary, description) is compared too: a change of it alone is a
*documentation* change (the generated docstrings), listed apart and never breaking; a
``deprecated`` mark that comes or goes is a change of the API (type checkers report it), not
breaking.

Which direction a schema travels decides what breaks: a property removed from a request breaks
callers passing it; an enum value added to a response breaks no one (unknown values parse as
plain strings) but is worth knowing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

from .patches import load_patches, patch_document
from .slice import HTTP_METHODS
from .surface import Resource, load_resources, method_name, owner

__all__ = ["Change", "PublicNames", "api_changes", "render_report"]

REQUEST, RESPONSE = "request", "response"
_COMPONENT = "#/components/schemas/"


@dataclass(frozen=True)
class Fact:
    """One thing of the API at one address, and what a change to it is compared on."""

    kind: str  # operation, parameter, property, schema
    container: str  # where renames are looked for: an operation's parameters, a schema
    name: str
    types: frozenset[str] = frozenset()
    required: bool = False
    enum: tuple[str, ...] = ()
    directions: frozenset[str] = frozenset()
    python: tuple[str, ...] = ()
    detail: str = ""  # an operation's method name, to notice a rename
    prose: tuple[str, ...] = ()  # summary and description as the document words them
    deprecated: bool = False


@dataclass(frozen=True)
class Change:
    """One change of the API, with the public names it touches."""

    id: str
    breaking: bool
    summary: str
    python: tuple[str, ...] = ()
    note: str = ""
    documentation: bool = False  # only the prose changed: docstrings, not code


def _prose(node: Any) -> tuple[str, ...]:
    if not isinstance(node, dict):
        return ()
    return tuple(str(node.get(key) or "").strip() for key in ("summary", "description"))


def _deprecated(node: Any) -> bool:
    return isinstance(node, dict) and node.get("deprecated") is True


@dataclass
class PublicNames:
    """How document names become public Python names."""

    resources: list[Resource]
    class_names: dict[str, str] = field(default_factory=dict)  # generator's name -> public class

    @classmethod
    def from_files(cls, resources: Path, config: Path) -> PublicNames:
        overrides = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("class_overrides") or {}
        return cls(load_resources(resources), {k: v["class_name"] for k, v in overrides.items()})

    def method(self, path: str, operation: dict[str, Any]) -> str:
        resource = owner(path, self.resources)
        if resource is None:
            return f"(no resource in resources.yaml takes {path})"
        operation_id = str(operation.get("operationId", ""))
        return f"client.{resource.attribute}.{method_name(operation_id, resource)}"

    def class_name(self, component: str, schema: dict[str, Any]) -> str:
        # openapi-python-client names a model by its title, else its component name.
        words = re.split(r"[^A-Za-z0-9]+", str(schema.get("title") or component))
        derived = "".join(word[:1].upper() + word[1:] for word in words)
        return self.class_names.get(derived, derived)


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and str(node["$ref"]).startswith("#/components/"):
        _, _, kind, name = str(node["$ref"]).split("/", 3)
        node = document.get("components", {}).get(kind, {}).get(name, {})
    return node


def _types(schema: Any) -> frozenset[str]:
    """The members of a schema's type as a union: widening adds members, narrowing drops them."""
    if not isinstance(schema, dict):
        return frozenset({"any"})
    if "$ref" in schema:
        return frozenset({str(schema["$ref"]).rsplit("/", 1)[-1]})
    found: set[str] = set()
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, []):
            found |= _types(branch)
    members = [m for m in schema.get("allOf", []) if not (isinstance(m, dict) and set(m) <= {"nullable"})]
    if len(members) == 1:
        found |= _types(members[0])
    elif members:
        found.add("&".join(sorted("|".join(sorted(_types(m))) for m in members)))
    kinds = schema.get("type")
    for kind in kinds if isinstance(kinds, list) else [kinds] if kinds else []:
        if kind == "array":
            found.add(f"array[{'|'.join(sorted(_types(schema.get('items', {}))))}]")
        elif kind == "object" and "properties" not in schema and isinstance(schema.get("additionalProperties"), dict):
            found.add(f"map[{'|'.join(sorted(_types(schema['additionalProperties'])))}]")
        else:
            found.add(str(kind))
    if schema.get("nullable") is True or any(
        isinstance(m, dict) and m.get("nullable") for m in schema.get("allOf", [])
    ):
        found.add("null")
    return frozenset(found or {"any"})


def _enum(schema: Any) -> tuple[str, ...]:
    if not isinstance(schema, dict):
        return ()
    values = [str(v) for v in schema.get("enum", [])]
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, []):
            if isinstance(branch, dict) and "$ref" not in branch:
                values.extend(_enum(branch))
    return tuple(sorted(set(values)))


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith(_COMPONENT):
            yield node["$ref"].removeprefix(_COMPONENT)
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _reach(document: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = document.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    pending = [name for root in roots for name in _refs(root)]
    while pending:
        name = pending.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            pending.extend(_refs(schemas[name]))
    return seen


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def _body(operation: dict[str, Any]) -> Any:
    for media in operation.get("requestBody", {}).get("content", {}).values():
        return media.get("schema", {})
    return {}


def _success(operation: dict[str, Any]) -> Any:
    for status, response in sorted(operation.get("responses", {}).items()):
        if str(status).startswith("2"):
            for media in (response.get("content") or {}).values():
                return media.get("schema", {})
            return {"type": "null"}  # a success without a body
    return {"type": "null"}


def _facts(document: dict[str, Any], names: PublicNames) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    requests: list[Any] = []
    responses: list[Any] = []
    kwargs: dict[str, list[str]] = {}  # component of a request body -> methods taking it as kwargs
    for path, method, operation in _operations(document):
        where = f"{method.upper()} {path}"
        call = names.method(path, operation)
        facts[f"operation:{where}"] = Fact(
            "operation",
            "operations",
            where,
            python=(call,),
            detail=call,
            prose=_prose(operation),
            deprecated=_deprecated(operation),
        )
        for raw in operation.get("parameters", []):
            parameter = _resolve(document, raw)
            name, place = str(parameter.get("name")), str(parameter.get("in"))
            facts[f"parameter:{where}:{place}:{name}"] = Fact(
                "parameter",
                f"{where}:{place}",
                name,
                _types(parameter.get("schema", {})),
                bool(parameter.get("required")),
                _enum(parameter.get("schema", {})),
                frozenset({REQUEST}),
                (f"{call}({PythonIdentifier(name, 'field_')}=...)",),
                prose=_prose(parameter),
                deprecated=_deprecated(parameter),
            )
            requests.append(parameter)
        body = _body(operation)
        requests.append(body)
        responses.append(operation.get("responses", {}))
        # What a method takes and returns as a whole: a different model there is a change too.
        if body:
            facts[f"body:{where}"] = Fact(
                "body", where, "body", _types(body), directions=frozenset({REQUEST}), python=(call,)
            )
        facts[f"result:{where}"] = Fact(
            "result", where, "result", _types(_success(operation)), directions=frozenset({RESPONSE}), python=(call,)
        )
        if "$ref" in body:
            kwargs.setdefault(str(body["$ref"]).removeprefix(_COMPONENT), []).append(call)
        elif body:
            _properties(facts, f"{where} body", body, frozenset({REQUEST}), (call,), {call: call})
    to_server, from_server = _reach(document, requests), _reach(document, responses)
    for name, schema in schemas.items():
        directions = frozenset({d for d, reached in ((REQUEST, to_server), (RESPONSE, from_server)) if name in reached})
        public = names.class_name(name, schema)
        facts[f"schema:{name}"] = Fact(
            "schema",
            "schemas",
            name,
            _types(schema),
            enum=_enum(schema),
            directions=directions,
            python=(public,),
            prose=_prose(schema),
            deprecated=_deprecated(schema),
        )
        calls = {call: call for call in kwargs.get(name, [])}
        _properties(facts, name, schema, directions, (public,), calls)
    return facts


def _properties(
    facts: dict[str, Fact],
    container: str,
    schema: Any,
    directions: frozenset[str],
    owners: tuple[str, ...],
    calls: dict[str, str],
) -> None:
    if not isinstance(schema, dict):
        return
    required = set(schema.get("required", []))
    members = [schema, *[m for m in schema.get("allOf", []) if isinstance(m, dict) and "$ref" not in m]]
    for member in members:
        required |= set(member.get("required", []))
        for name, prop in (member.get("properties") or {}).items():
            attribute = PythonIdentifier(str(name), "field_")
            python = tuple(f"{o}.{attribute}" for o in owners) + tuple(f"{c}({attribute}=...)" for c in calls)
            facts[f"property:{container}.{name}"] = Fact(
                "property",
                container,
                str(name),
                _types(prop),
                name in required,
                _enum(prop),
                directions,
                python,
                prose=_prose(prop),
                deprecated=_deprecated(prop),
            )
            inner = prop.get("items", prop) if isinstance(prop, dict) else prop
            if isinstance(inner, dict) and "properties" in inner:  # an inline object: its fields count too
                _properties(facts, f"{container}.{name}", inner, directions, python[: len(owners)], {})


# --- Comparing ---------------------------------------------------------------------------------


def _added(fact: Fact) -> tuple[bool, str]:
    if fact.kind in ("parameter", "property") and REQUEST in fact.directions and fact.required:
        return True, "a new required argument: existing calls lack it"
    if fact.kind == "property" and fact.directions == frozenset({RESPONSE}):
        return False, "a new attribute of a response model"
    return False, ""


def _retyped(old: Fact, new: Fact) -> tuple[bool, str]:
    widened, narrowed = new.types > old.types, new.types < old.types
    breaking = False
    if REQUEST in new.directions and not new.types >= old.types:
        breaking = True  # some value callers sent is no longer accepted
    if RESPONSE in new.directions and not new.types <= old.types:
        breaking = True  # a value readers never saw before (their code may not handle it)
    shape = "widened" if widened else "narrowed" if narrowed else "changed"
    return breaking, f"type {shape}: {_show(old.types)} -> {_show(new.types)}"


def _show(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _address(key: str) -> str:
    return key.split(":", 1)[1]


def _compare(key: str, old: Fact, new: Fact) -> Iterator[Change]:
    where = _address(key)
    python = new.python
    if old.kind == "operation" and old.detail != new.detail:
        yield Change(f"method-renamed:{where}", True, f"{where} is now {new.detail} (was {old.detail})", python)
    if old.types != new.types and old.kind != "operation":
        breaking, text = _retyped(old, new)
        yield Change(f"{old.kind}-retyped:{where}", breaking, f"{where}: {text}", python)
    if old.required != new.required:
        # Callers who left it out now fail; readers who relied on it may now meet None.
        breaking = (REQUEST in new.directions and new.required) or (RESPONSE in new.directions and not new.required)
        state = "required" if new.required else "optional"
        yield Change(f"{old.kind}-{state}:{where}", breaking, f"{where} is now {state}", python)
    for value in sorted(set(old.enum) - set(new.enum)):
        yield Change(
            f"enum-value-removed:{where}={value}",
            REQUEST in new.directions,
            f"{where}: value {value!r} removed",
            python,
            "" if REQUEST in new.directions else "responses no longer carry it",
        )
    for value in sorted(set(new.enum) - set(old.enum)):
        note = "lenient parsing: unknown values arrive as plain strings" if RESPONSE in new.directions else ""
        yield Change(f"enum-value-added:{where}={value}", False, f"{where}: value {value!r} added", python, note)
    if old.deprecated != new.deprecated:
        state = "deprecated" if new.deprecated else "no longer deprecated"
        note = "type checkers report its use" if new.deprecated and old.kind == "operation" else ""
        yield Change(f"{'deprecated' if new.deprecated else 'undeprecated'}:{where}", False, f"{where} is {state}",
                     python, note)  # fmt: skip
    if old.prose != new.prose:
        what = "described" if not any(old.prose) else "no longer described" if not any(new.prose) else "reworded"
        yield Change(f"documentation:{where}", False, f"{where} {what}", python, documentation=True)


def _owner(fact: Fact) -> str | None:
    """The key of the operation or schema a parameter or property belongs to."""
    if fact.kind == "parameter":  # container "POST /path:query"
        return f"operation:{fact.container.rpartition(':')[0]}"
    if fact.kind == "property":
        if " " in fact.container:  # an inline body: "POST /path body", "POST /path body.inner"
            return f"operation:{fact.container.partition(' body')[0]}"
        return f"schema:{fact.container.split('.')[0]}"
    return None  # an operation or a schema: its own thing


def _kept(fact: Fact, other: dict[str, Fact]) -> bool:
    """Whether a fact is news of its own: an operation or schema, or a part of one both have."""
    owner = _owner(fact)
    return owner is None or owner in other


def _diff(old: dict[str, Fact], new: dict[str, Fact]) -> list[Change]:
    changes: list[Change] = []
    # A method's body and result come and go with the method; only a change of them is news.
    whole = ("body", "result")
    # The parameters and properties of a new (or removed) operation or schema come and go with it:
    # they are part of the addition, never an addition to something callers already use.
    removed = {key: old[key] for key in old.keys() - new.keys() if old[key].kind not in whole and _kept(old[key], new)}
    added = {key: new[key] for key in new.keys() - old.keys() if new[key].kind not in whole and _kept(new[key], old)}
    # A rename is a removal and an addition of the same kind and type in the same place.
    for old_key in sorted(removed):
        gone = removed[old_key]
        if gone.kind not in ("parameter", "property"):
            continue
        match = next(
            (
                k
                for k in sorted(added)
                if (added[k].kind, added[k].container, added[k].types) == (gone.kind, gone.container, gone.types)
            ),
            None,
        )
        if match is None:
            continue
        fresh = added.pop(match)
        del removed[old_key]
        changes.append(
            Change(
                f"{gone.kind}-renamed:{_address(old_key)}->{fresh.name}",
                True,
                f"{gone.container}: {gone.kind} {gone.name!r} renamed {fresh.name!r} (a guess: same type, same place)",
                gone.python + fresh.python,
            )
        )
    for key, fact in sorted(removed.items()):
        note = "" if fact.kind != "schema" else "a model class of vectorstores.types"
        changes.append(
            Change(f"{fact.kind}-removed:{_address(key)}", True, f"{_address(key)} removed", fact.python, note)
        )
    for key, fact in sorted(added.items()):
        breaking, note = _added(fact)
        state = "required " if fact.required and fact.kind != "schema" else ""
        changes.append(
            Change(f"{fact.kind}-added:{_address(key)}", breaking, f"{state}{_address(key)} added", fact.python, note)
        )
    for key in sorted(old.keys() & new.keys()):
        changes.extend(_compare(key, old[key], new[key]))
    return sorted(changes, key=lambda change: (not change.breaking, change.id))


def api_changes(
    old: dict[str, Any], new: dict[str, Any], names: PublicNames, patches: Path | None = None
) -> tuple[list[Change], list[str]]:
    """The changes from ``old`` to ``new`` (both as sliced), and the stale patches of ``new``."""
    stale: list[str] = []
    if patches is not None:
        rules = load_patches(patches)
        old = patch_document(old, rules)[0]
        new, report = patch_document(new, rules)
        stale = report.lines()
    return _diff(_facts(old, names), _facts(new, names)), stale


# --- Reporting ---------------------------------------------------------------------------------


def _line(change: Change, acknowledged: set[str], exercised: Mapping[str, str]) -> str:
    names = ", ".join(f"`{name}`" for name in change.python)
    text = f"- `{change.id}`: {change.summary}."
    if names:
        text += f" Python: {names}."
    if change.note:
        text += f" ({change.note})"
    if change.breaking and change.id in acknowledged:
        text += " Acknowledged."
    if change.id in exercised:  # the recordings to re-record
        text += f"\n  - {exercised[change.id]}"
    return text


def render_report(
    changes: list[Change],
    stale: list[str],
    old_version: str,
    new_version: str,
    acknowledged: set[str],
    exercised: Mapping[str, str] | None = None,
) -> str:
    """The Markdown change report ``make spec`` writes; under each change, the recordings that
    exercise what it changed (``exercised``, by change id)."""
    documentation = [c for c in changes if c.documentation]
    changes = [c for c in changes if not c.documentation]
    breaking = [c for c in changes if c.breaking]
    lines = [
        "# API changes",
        "",
        "Written by `make spec`: what the last refresh of `openapi.yaml` changed for users of the SDK",
        f"(upstream document version {old_version} -> {new_version}). Breaking changes fail `make check-api`",
        "until their ids are listed in `generator/api-acknowledged.yaml` (see CONTRIBUTING.md).",
        "",
        f"{len(changes)} changes, {len(breaking)} breaking.",
    ]
    if documentation:  # the docstrings change; the code does not
        lines.append(f"{len(documentation)} documentation changes (descriptions only, never breaking).")
    for title, group in (
        ("Breaking", breaking),
        ("Not breaking", [c for c in changes if not c.breaking]),
        ("Documentation", documentation),
    ):
        if group:
            lines += ["", f"## {title}", "", *(_line(c, acknowledged, exercised or {}) for c in group)]
    if stale:
        lines += ["", "## Stale patches", "", *(f"- {line.removeprefix('stale patch: ')}" for line in stale)]
    return "\n".join(lines) + "\n"
