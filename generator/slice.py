"""Cut the Vector Stores and Files slice out of the upstream OpenAPI document.

The slice keeps structure (paths, operation ids, parameters, schemas, enums, required lists) and
the prose users read in their editor (``summary``, ``description``, ``deprecated``: the
generated docstrings come from them); examples, ``x-oaiMeta`` and external links go, since
nothing renders them and they are most of the document's churn.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

__all__ = ["PATH_PREFIXES", "PROSE_KEYS", "count_operations", "dump", "load", "slice_document"]

PATH_PREFIXES = ("/vector_stores", "/files", "/responses")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys holding examples and links nothing renders; dropped everywhere except as property names.
# ``description`` and ``summary`` stay: they are the generated docstrings (generator/prose.py).
PROSE_KEYS = frozenset({"x-oaiMeta", "example", "examples", "externalDocs"})
# Mappings whose keys are names chosen by the API (a property called "description" is structure).
NAMED_CHILDREN = frozenset({"properties", "patternProperties", "schemas", "responses", "parameters"})


# YAML 1.2 core schema scalars. PyYAML resolves YAML 1.1, where `on`, `no`, `0777` and dates
# are not strings and `1e3` is not a number; an OpenAPI document is YAML 1.2 (or JSON).
_CORE_SCALARS = (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
    # Merge keys are YAML 1.1 only, but hand-written documents still use them.
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
)


class _CoreResolver(yaml.resolver.BaseResolver):
    pass


for _tag, _pattern, _first in _CORE_SCALARS:
    _CoreResolver.add_implicit_resolver(_tag, re.compile(_pattern), _first)


class _CoreConstructor(yaml.constructor.SafeConstructor):
    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        # 1.2 spells octal 0o17 and reads 017 as seventeen; SafeConstructor does the opposite.
        text = str(self.construct_scalar(node))
        if text.startswith(("0o", "0x")):
            return int(text[2:], 8 if text[1] == "o" else 16)
        return int(text)


# add_constructor copies the table into this class, leaving SafeConstructor's own untouched.
_CoreConstructor.add_constructor("tag:yaml.org,2002:int", _CoreConstructor.construct_yaml_int)  # type: ignore[type-var]


class _PureLoader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    _CoreConstructor,
    _CoreResolver,
):
    def __init__(self, stream: bytes) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _CoreConstructor.__init__(self)
        _CoreResolver.__init__(self)

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        # YAML lets a document define an anchor name again (later aliases mean the newer node);
        # PyYAML refuses. Forgetting the old node before composing the new one gives YAML's rule.
        event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None and not isinstance(event, yaml.AliasEvent):
            self.anchors.pop(anchor, None)
        return super().compose_node(parent, index)


_CLoader: type | None = None
if yaml.__with_libyaml__:  # libyaml composes in C, so it cannot take the override above
    from yaml._yaml import CParser as _CParser

    class _CLoaderClass(_CParser, _CoreConstructor, _CoreResolver):
        def __init__(self, stream: bytes) -> None:
            _CParser.__init__(self, stream)
            _CoreConstructor.__init__(self)
            _CoreResolver.__init__(self)

    _CLoader = _CLoaderClass


def _read(loader: Any) -> Any:  # either loader class; they share this interface
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _load_yaml(data: bytes, *, fast: bool = True) -> Any:
    """YAML 1.2 with libyaml's speed; the pure-Python loader only for what libyaml refuses."""
    if fast and _CLoader is not None:
        try:
            return _read(_CLoader(data))
        except yaml.composer.ComposerError as error:
            # The only document libyaml refuses that YAML allows: an anchor name used twice.
            if "duplicate anchor" not in str(error):
                raise
    return _read(_PureLoader(data))


def load(path: Path) -> dict[str, Any]:
    """Read an OpenAPI document: JSON, or YAML 1.2 (anchor names may be defined again)."""
    data = path.read_bytes()
    # JSON is parsed as JSON: faster, and PyYAML misreads some of it (the escape `"\\/"`).
    if path.suffix.lower() == ".json":
        try:
            document = json.loads(data)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}: not valid JSON: {error}") from None
    elif data.lstrip()[:1] == b"{":
        try:
            document = json.loads(data)
        except json.JSONDecodeError:  # a YAML flow mapping, not JSON
            document = _load_yaml(data)
    else:
        document = _load_yaml(data)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not an OpenAPI document (top level is {type(document).__name__})")
    return document


def dump(document: dict[str, Any]) -> str:
    """Serialise deterministically: insertion order, no line folding, plain UTF-8."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=10_000)
    return text


def _in_slice(path: str) -> bool:
    # A path key carrying a query string (`/responses/{id}?beta=true`) is not an OpenAPI path
    # template but a twin of the path before the `?`: openai-python offers those twins apart, as
    # client.beta.responses (multi-agent preview, its own Beta* copy of every schema). They are
    # outside this SDK's surface, and their routes would collide with the plain paths'.
    if "?" in path:
        return False
    return any(path == prefix or path.startswith(prefix + "/") for prefix in PATH_PREFIXES)


def _strip_prose(node: Any, *, names_level: bool = False) -> Any:
    if isinstance(node, dict):
        result: dict[str, Any] = {}
        for key, value in node.items():
            if not names_level and key in PROSE_KEYS:
                continue
            result[key] = _strip_prose(value, names_level=not names_level and key in NAMED_CHILDREN)
        return result
    if isinstance(node, list):
        return [_strip_prose(item) for item in node]
    return node


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("$ref", "$recursiveRef", "$dynamicRef") and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _component_key(ref: str) -> tuple[str, str] | None:
    parts = ref.split("/")
    if len(parts) == 4 and parts[0] == "#" and parts[1] == "components":
        return parts[2], parts[3].replace("~1", "/").replace("~0", "~")
    return None


def _closure(roots: Iterable[Any], components: dict[str, dict[str, Any]]) -> set[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    pending = [ref for root in roots for ref in _refs(root)]
    while pending:
        key = _component_key(pending.pop())
        if key is None or key in seen:
            continue
        kind, name = key
        if name not in components.get(kind, {}):
            raise KeyError(f"dangling reference #/components/{kind}/{name}")
        seen.add(key)
        pending.extend(_refs(components[kind][name]))
    return seen


def slice_document(upstream: dict[str, Any]) -> dict[str, Any]:
    """Return the slice: our paths, the components they reach, their descriptions, no examples."""
    paths = {path: item for path, item in upstream["paths"].items() if _in_slice(path)}
    if not paths:
        raise ValueError(f"no path under {', '.join(PATH_PREFIXES)} in the upstream document")
    components: dict[str, dict[str, Any]] = upstream.get("components", {})
    security = upstream.get("security", [])
    used = _closure([paths], components)
    schemes = {name for requirement in security for name in requirement}
    for item in paths.values():
        for method in HTTP_METHODS:
            for requirement in (item.get(method) or {}).get("security", []):
                schemes.update(requirement)

    kept_components: dict[str, dict[str, Any]] = {}
    for kind, members in components.items():
        kept = {
            name: schema
            for name, schema in members.items()
            if (kind, name) in used or (kind == "securitySchemes" and name in schemes)
        }
        if kept:
            kept_components[kind] = kept

    info = upstream.get("info", {})
    tags = sorted({tag for item in paths.values() for m in HTTP_METHODS for tag in (item.get(m) or {}).get("tags", [])})
    document: dict[str, Any] = {
        "openapi": upstream["openapi"],
        "info": {"title": info.get("title", "API"), "version": info.get("version", "0")},
        "servers": [{"url": server["url"]} for server in upstream.get("servers", [])],
        "security": security,
        "tags": [{"name": tag} for tag in tags],
        "paths": paths,
        "components": kept_components,
    }
    stripped: dict[str, Any] = _strip_prose(document)
    _inline_prose_refs(stripped, stripped)
    _keep_required_descriptions(stripped)
    return stripped


def _inline_prose_refs(node: Any, document: dict[str, Any], *, names_level: bool = False) -> None:
    """A ``description`` or ``summary`` written as ``{"$ref": "#/..."}`` (upstream's of 2025-03
    points one at another schema's description) becomes the text it points to, or goes when it
    points to no text: OpenAPI wants a string there, and the generator's parser refuses the rest."""
    if isinstance(node, list):
        for item in node:
            _inline_prose_refs(item, document)
        return
    if not isinstance(node, dict):
        return
    for key, value in list(node.items()):
        if not names_level and key in ("description", "summary") and not isinstance(value, str):
            text = _pointed_text(document, value)
            if text is None:
                del node[key]
            else:
                node[key] = text
        else:
            _inline_prose_refs(value, document, names_level=not names_level and key in NAMED_CHILDREN)


def _pointed_text(document: dict[str, Any], value: Any) -> str | None:
    ref = value.get("$ref") if isinstance(value, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    found: Any = document
    for escaped in ref[2:].split("/"):
        segment = escaped.replace("~1", "/").replace("~0", "~")
        if not isinstance(found, dict) or segment not in found:
            return None
        found = found[segment]
    return found if isinstance(found, str) else None


def _keep_required_descriptions(document: dict[str, Any]) -> None:
    # OpenAPI requires `description` on every Response object; an upstream one without gets "".
    responses = [
        r
        for item in document["paths"].values()
        for m in HTTP_METHODS
        for r in (item.get(m) or {}).get("responses", {}).values()
    ]
    responses.extend(document["components"].get("responses", {}).values())
    for response in responses:
        if "$ref" not in response:
            rest = dict(response)
            response.clear()
            response.update({"description": "", **rest})


def count_operations(document: dict[str, Any]) -> int:
    """Number of operations (method + path pairs) in a document."""
    return sum(1 for item in document["paths"].values() for method in HTTP_METHODS if method in item)
