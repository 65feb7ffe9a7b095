"""The API description a recording is checked against, and its operations by method and path.

By default that is the document the installed SDK was generated from: ``vectorstores_raw``
ships it as ``openapi.json``, already patched (``generator/patches.yaml``), so the checker
accepts what the SDK accepts. ``--spec`` names another file (YAML or JSON).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from vectorstores_raw.document import NAME, document_text

__all__ = ["HTTP_METHODS", "Document", "Operation", "load_document", "load_raw", "shipped_document"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Operation:
    """One operation: ``GET /vector_stores/{vector_store_id}`` and where it sits in the document."""

    method: str  # upper case
    template: str
    spec: dict[str, Any] = field(repr=False, compare=False)
    pattern: re.Pattern[str] = field(repr=False, compare=False)
    literals: int = 0  # fixed segments; the most specific template wins a tie

    @property
    def label(self) -> str:
        return f"{self.method} {self.template}"

    @property
    def pointer(self) -> str:
        """JSON pointer of the operation in the document."""
        escaped = self.template.replace("~", "~0").replace("/", "~1")
        return f"/paths/{escaped}/{self.method.lower()}"


def _pattern(template: str) -> tuple[re.Pattern[str], int]:
    parts = re.split(r"(\{[^}/]+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    literals = sum(1 for segment in template.split("/") if segment and not segment.startswith("{"))
    return re.compile(f"^{regex}$"), literals


def _nullable(node: Any) -> Any:
    """OpenAPI 3.0's ``nullable: true`` said the JSON Schema way (a union with null)."""
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _nullable(value) for key, value in node.items() if key != "nullable"}
    return {"anyOf": [converted, {"type": "null"}]} if node.get("nullable") is True else converted


@dataclass
class Document:
    """A document, its base path (``/v1`` from ``servers``) and its operations."""

    raw: dict[str, Any]
    source: str
    operations: list[Operation] = field(default_factory=list)
    base_path: str = ""
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # validators, by pointer

    def __post_init__(self) -> None:
        self.raw = _nullable(self.raw)
        servers = self.raw.get("servers") or [{}]
        self.base_path = urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")
        for template, item in (self.raw.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    pattern, literals = _pattern(template)
                    self.operations.append(Operation(method.upper(), template, item[method], pattern, literals))

    def relative(self, path: str) -> str:
        """A recorded path without the server's base path (``/v1/files`` -> ``/files``)."""
        if self.base_path and (path == self.base_path or path.startswith(self.base_path + "/")):
            return path[len(self.base_path) :] or "/"
        return path

    def templates(self, path: str) -> list[tuple[Operation, dict[str, str]]]:
        """Operations whose template matches ``path`` (relative), most specific first."""
        found = [(op, match.groupdict()) for op in self.operations if (match := op.pattern.match(path))]
        return sorted(found, key=lambda pair: -pair[0].literals)

    def resolve(self, node: Any) -> Any:
        """``node`` with local ``$ref``s followed until it is not one."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            node = self.at(node["$ref"][1:])
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref loop at {node!r}")
        return node

    def at(self, pointer: str) -> Any:
        """The node at a JSON pointer."""
        node: Any = self.raw
        for token in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
            key = token.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node


def load_raw(path: str | Path) -> dict[str, Any]:
    """The parsed text of a YAML or JSON document, as written."""
    text = Path(path).read_text(encoding="utf-8")
    raw = json.loads(text) if str(path).endswith(".json") else yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    if not isinstance(raw, dict) or "paths" not in raw:
        raise ValueError(f"{path}: not an OpenAPI document (no 'paths')")
    return raw


def load_document(path: str | Path) -> Document:
    """A document from a YAML or JSON file, used as it is (``--spec``)."""
    return Document(load_raw(path), str(path))


def shipped_document() -> Document:
    """The patched document the installed SDK was generated from (``vectorstores_raw/openapi.json``)."""
    return Document(json.loads(document_text()), f"vectorstores_raw/{NAME}")
