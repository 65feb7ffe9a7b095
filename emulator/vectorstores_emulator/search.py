"""Lexical search over a store's chunks, and the attribute filters that narrow it."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .errors import invalid

__all__ = ["CJK", "Hit", "check_filter", "matches", "rank", "terms"]

_WORD = re.compile(r"\w+")
# Hiragana, katakana, CJK ideographs (extension A, unified, compatibility) and Hangul syllables.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RUN = re.compile(f"([{CJK}]+)")
# BM25's usual constants: term frequency saturates (K1) and long chunks are damped (B).
K1, B = 1.2, 0.75


# Words too common to say anything about a passage; a query made only of them matches nothing.
STOP_WORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "has", "have", "how"}
    | {"i", "in", "is", "it", "its", "of", "on", "or", "our", "the", "this", "to", "was", "we", "what", "when"}
    | {"where", "which", "who", "why", "will", "with", "you", "your"}
)
_SUFFIXES = ("ingly", "edly", "ing", "ed", "s", "ly")


def stem(word: str) -> str:
    """A light stemmer, so ``refund`` finds ``refunds`` and ``refunded``; a stem keeps three letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def _split(word: str) -> list[str]:
    """A word as terms: a run of CJK characters (written without spaces) becomes its overlapping
    pairs of characters, so 日本語 is found inside 日本語のテキスト; a lone character stays one."""
    found = []
    for part in _CJK_RUN.split(word):
        if _CJK_RUN.fullmatch(part):
            found += [part[i : i + 2] for i in range(max(1, len(part) - 1))]
        elif part:
            found.append(stem(part))
    return found


def terms(text: str) -> list[str]:
    """The searchable terms of a text: lower-cased, stemmed, without stop words."""
    return [
        term for word in (w.lower() for w in _WORD.findall(text)) if word not in STOP_WORDS for term in _split(word)
    ]


@dataclass(frozen=True)
class Hit:
    """A chunk and its score in [0, 1]."""

    index: int
    score: float


def rank(query: Sequence[str], chunks: Sequence[str]) -> list[Hit]:
    """Score every chunk against the query terms, best first; chunks sharing no term are left out.

    The score is BM25 made to lie in [0, 1]: each query term contributes its idf weight times its
    saturated frequency in the chunk (below 1), divided by the sum of the weights, so a chunk that
    holds every query word often scores near 1 and one holding a single rare word scores less."""
    wanted = list(dict.fromkeys(term for text in query for term in terms(text)))
    if not wanted or not chunks:
        return []
    bags = [Counter(terms(text)) for text in chunks]
    lengths = [sum(bag.values()) for bag in bags]
    average = sum(lengths) / len(lengths) or 1.0
    count = len(bags)
    weights = {}
    for term in wanted:
        having = sum(1 for bag in bags if term in bag)
        weights[term] = math.log(1 + (count - having + 0.5) / (having + 0.5))
    total_weight = sum(weights.values()) or 1.0
    hits = []
    for index, (bag, length) in enumerate(zip(bags, lengths, strict=True)):
        score = 0.0
        for term in wanted:
            frequency = bag.get(term, 0)
            if frequency:
                saturated = frequency / (frequency + K1 * (1 - B + B * length / average))
                score += weights[term] * saturated
        if score > 0:
            hits.append(Hit(index, min(1.0, score / total_weight)))
    hits.sort(key=lambda hit: (-hit.score, hit.index))
    return hits


_COMPARISONS = frozenset({"eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"})


def check_filter(node: Any, param: str = "filters") -> None:
    """What the schema cannot say: ``in``/``nin`` take a list, ordering needs a number or string."""
    kind = node.get("type")
    if kind in ("and", "or"):
        for position, child in enumerate(node.get("filters", [])):
            check_filter(child, f"{param}.filters[{position}]")
        return
    value = node.get("value")
    if kind in ("in", "nin") and not isinstance(value, list):
        raise invalid(f"{param}.value", f"Invalid '{param}.value': '{kind}' compares with an array of values.")
    if kind in ("gt", "gte", "lt", "lte") and (isinstance(value, (bool, list)) or value is None):
        raise invalid(f"{param}.value", f"Invalid '{param}.value': '{kind}' compares with a number or a string.")


def _compare(kind: str, actual: Any, value: Any) -> bool:
    if kind == "eq":
        return bool(actual == value)
    if kind == "ne":
        return bool(actual != value)
    if kind == "in":
        return actual in value
    if kind == "nin":
        return actual not in value
    numeric = isinstance(actual, (int, float)) and not isinstance(actual, bool)
    if numeric != (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return False  # a number never orders against a string
    if not numeric and not (isinstance(actual, str) and isinstance(value, str)):
        return False
    if kind == "gt":
        return bool(actual > value)
    if kind == "gte":
        return bool(actual >= value)
    if kind == "lt":
        return bool(actual < value)
    return bool(actual <= value)


def matches(node: Any, attributes: dict[str, Any]) -> bool:
    """Whether a file's attributes pass a (possibly nested) filter. A missing key passes only
    the negative comparisons ``ne`` and ``nin``."""
    kind = node["type"]
    if kind == "and":
        return all(matches(child, attributes) for child in node["filters"])
    if kind == "or":
        return any(matches(child, attributes) for child in node["filters"])
    if node["key"] not in attributes:
        return kind in ("ne", "nin")
    return _compare(kind, attributes[node["key"]], node["value"])
