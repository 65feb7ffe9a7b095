"""Parsing what people type: ``k=v`` attributes, ``key>=value`` filters, chunking sizes.

Values follow one rule everywhere: ``true``/``false`` (any case) are booleans, something that
reads as a number (``42``, ``-1.5``, ``2e3``) is a number, anything else is a string. Wrap a
value in double quotes to keep it a string: ``version='"2"'`` is the string ``2``.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = [
    "ATTRIBUTE_RULE",
    "MAX_ATTRIBUTES",
    "Value",
    "chunking_strategy",
    "parse_attribute",
    "parse_filter",
    "parse_filter_json",
    "parse_value",
]

Value = str | float | bool

# The API's limits on attributes (16 pairs, keys up to 64 characters, strings up to 512),
# checked here so a mistake fails before any upload rather than after all of them.
MAX_ATTRIBUTES = 16
MAX_KEY_LENGTH = 64
MAX_STRING_LENGTH = 512
# The API's bounds for a static chunking strategy.
MIN_CHUNK_TOKENS, MAX_CHUNK_TOKENS = 100, 4096
DEFAULT_CHUNK_TOKENS, DEFAULT_OVERLAP_TOKENS = 800, 400  # what "auto" means today

ATTRIBUTE_RULE = (
    "true/false are booleans, 42 or -1.5 numbers, anything else a string; quotes keep a string: version='\"2\"'"
)

_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
_INTEGER = re.compile(r"[-+]?\d+")
# Longest operators first, so `a>=1` is not read as `a>` `=1`.
_FILTER = re.compile(r"^(?P<key>[^=!<>]+?)\s*(?P<op>!=|>=|<=|=|>|<)\s*(?P<value>.*)$", re.DOTALL)
_LISTED = re.compile(r"^(?P<key>[^=!<>\s]+)\s+(?P<op>in|nin)\s+(?P<values>.+)$", re.DOTALL)
_OPERATORS = {"=": "eq", "!=": "ne", ">": "gt", ">=": "gte", "<": "lt", "<=": "lte"}


def parse_value(text: str) -> Value:
    """A typed value from the command line, by the rule in this module's docstring."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    if text.lower() in {"true", "false"}:
        return text.lower() == "true"
    if _INTEGER.fullmatch(text):
        return int(text)
    if _NUMBER.fullmatch(text):
        return float(text)
    return text


def _check_key(key: str, given: str) -> str:
    key = key.strip()
    if not key:
        raise ValueError(f"{given!r} has no key before the operator")
    if len(key) > MAX_KEY_LENGTH:
        raise ValueError(f"key {key[:20]!r}... is longer than {MAX_KEY_LENGTH} characters")
    return key


def parse_attribute(text: str) -> tuple[str, Value]:
    """``key=value`` as a key and a typed value; ValueError says what is wrong."""
    key, sign, raw = text.partition("=")
    if not sign:
        raise ValueError(f"{text!r} is not key=value")
    value = parse_value(raw)
    if isinstance(value, str) and len(value) > MAX_STRING_LENGTH:
        raise ValueError(f"the value of {key.strip()!r} is longer than {MAX_STRING_LENGTH} characters")
    return _check_key(key, text), value


def parse_attributes(texts: tuple[str, ...]) -> dict[str, Value]:
    """Every ``--attribute`` at once; a key given twice keeps its last value."""
    attributes = dict(parse_attribute(text) for text in texts)
    if len(attributes) > MAX_ATTRIBUTES:
        raise ValueError(f"at most {MAX_ATTRIBUTES} attributes are allowed, got {len(attributes)}")
    return attributes


def parse_filter(text: str) -> dict[str, Any]:
    """``key=value`` (or ``!=``, ``>``, ``>=``, ``<``, ``<=``) as an API comparison filter;
    ``key in a,b`` and ``key nin a,b`` compare with a list of values."""
    listed = _LISTED.match(text)
    if listed is not None:
        values = [parse_value(value.strip()) for value in listed["values"].split(",")]
        if any(isinstance(value, bool) for value in values) or "" in values:
            raise ValueError(f"{text!r}: {listed['op']} takes strings or numbers separated by commas")
        return {"type": listed["op"], "key": _check_key(listed["key"], text), "value": values}
    match = _FILTER.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not key=value (or key!=value, key>value, key>=value, key<value, key<=value)")
    key = _check_key(match["key"], text)
    value = parse_value(match["value"])
    operator = _OPERATORS[match["op"]]
    if operator in {"gt", "gte", "lt", "lte"} and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise ValueError(f"{text!r}: {match['op']} compares numbers, got {match['value']!r}")
    return {"type": operator, "key": key, "value": value}


def parse_filter_json(text: str) -> dict[str, Any]:
    """A filter written in the API's own JSON (for ``or`` and nesting); the API checks the rest."""
    try:
        value = json.loads(text)
    except ValueError as error:
        raise ValueError(f"--filter-json is not JSON: {error}") from None
    if not isinstance(value, dict) or value.get("type") not in {*_OPERATORS.values(), "in", "nin", "and", "or"}:
        raise ValueError('--filter-json must be an object with a "type" such as "eq", "in", "and" or "or"')
    return value


def combine_filters(texts: tuple[str, ...]) -> dict[str, Any] | None:
    """All ``--filter`` options joined with ``and`` (None when there are none)."""
    filters = [parse_filter(text) for text in texts]
    if not filters:
        return None
    return filters[0] if len(filters) == 1 else {"type": "and", "filters": filters}


def chunking_strategy(size: int | None, overlap: int | None) -> dict[str, Any] | None:
    """The static strategy for ``--chunk-size``/``--chunk-overlap``, or None for the API's auto.

    Either option alone takes the other from auto's values (800 and 400 tokens), with the overlap
    capped at half the chunk size as the API requires."""
    if size is None and overlap is None:
        return None
    size = DEFAULT_CHUNK_TOKENS if size is None else size
    if not MIN_CHUNK_TOKENS <= size <= MAX_CHUNK_TOKENS:
        raise ValueError(f"--chunk-size must be between {MIN_CHUNK_TOKENS} and {MAX_CHUNK_TOKENS} tokens, got {size}")
    overlap = min(DEFAULT_OVERLAP_TOKENS, size // 2) if overlap is None else overlap
    if not 0 <= overlap <= size // 2:
        raise ValueError(f"--chunk-overlap must be between 0 and half the chunk size ({size // 2}), got {overlap}")
    return {"type": "static", "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap}}
