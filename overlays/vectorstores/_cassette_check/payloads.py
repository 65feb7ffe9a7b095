"""Recorded bodies and query strings as the JSON values a schema can judge.

Query parameters and multipart fields travel as text; each is read as the type its schema asks
for (``limit=5`` as the integer 5), and bracketed form names (``expires_after[anchor]``) become
nested objects, the way the API reads them. File parts stand for themselves as strings, which is
what ``format: binary`` declares.
"""

from __future__ import annotations

import json
import re
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from .document import Document

__all__ = ["FILE_PART", "coerce", "form_fields", "is_json", "json_body", "media_type"]

FILE_PART = "<file>"
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


def media_type(content_type: str) -> str:
    """``application/json; charset=utf-8`` -> ``application/json``."""
    return content_type.split(";", 1)[0].strip().lower()


def is_json(content_type: str) -> bool:
    media = media_type(content_type)
    return media == "application/json" or media.endswith("+json")


def json_body(content: bytes) -> Any:
    """The parsed JSON of a body (ValueError when it is not JSON)."""
    return json.loads(content.decode("utf-8"))


def _types(document: Document, schema: Any) -> set[str]:
    schema = document.resolve(schema)
    if not isinstance(schema, dict):
        return set()
    kinds = schema.get("type")
    found = set(kinds) if isinstance(kinds, list) else {kinds} if kinds else set()
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, []):
            found |= _types(document, branch)
    return {str(kind) for kind in found}


def coerce(document: Document, value: Any, schema: Any) -> Any:
    """Text read as the scalar type ``schema`` wants; objects and lists coerced member by member."""
    resolved = document.resolve(schema)
    if isinstance(value, dict):
        properties = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
        return {key: coerce(document, inner, properties.get(key, {})) for key, inner in value.items()}
    if not isinstance(value, str):
        return value
    kinds = _types(document, resolved)
    if "string" in kinds or not kinds:
        return value
    if "integer" in kinds and _INTEGER.match(value):
        return int(value)
    if "number" in kinds and _NUMBER.match(value):
        return float(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    if "null" in kinds and value in ("", "null"):
        return None
    return value


def _nested(fields: list[tuple[str, Any]]) -> dict[str, Any]:
    """``[("a[b]", "1")]`` -> ``{"a": {"b": "1"}}``; a name given twice, or ending ``[]``, is a list."""
    result: dict[str, Any] = {}
    for name, value in fields:
        keys = re.findall(r"[^\[\]]+|\[\]", name)
        target = result
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        last = keys[-1] if keys else name
        if last == "[]" or (last in target and not isinstance(target[last], dict)):
            key = keys[-2] if last == "[]" and len(keys) > 1 else last
            previous = target.get(key)
            target[key] = [*(previous if isinstance(previous, list) else [] if previous is None else [previous]), value]
        else:
            target[last] = value
    return result


def form_fields(content: bytes, content_type: str) -> dict[str, Any]:
    """The fields of a ``multipart/form-data`` body; file parts read as ``FILE_PART``."""
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + content)
    if not message.is_multipart():
        raise ValueError("a multipart body without parts (boundary missing or wrong)")
    fields: list[tuple[str, Any]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a multipart part without a name")
        if part.get_filename() is not None:
            fields.append((name, FILE_PART))
        else:
            payload = part.get_payload(decode=True)
            fields.append((name, payload.decode("utf-8") if isinstance(payload, bytes) else str(payload)))
    return _nested(fields)
