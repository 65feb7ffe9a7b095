"""Property tests of the generated models: ``from_dict`` takes any JSON object shaped like the
model's schema, with extra keys and odd values mixed in, and ``to_dict`` gives every key back.

Strategies are derived from the component schemas of the patched document
(``vectorstores_raw/openapi.json``), so a field added to the document is exercised with no edit here.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest
import vectorstores_raw.models as models
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from vectorstores import OpenAIError
from vectorstores_raw.model_schemas import SCHEMA_OF  # generated: class name -> JSON pointer

from tests.reliability.conftest import Report

MODEL_CLASSES: list[Any] = sorted(
    (cls for name in models.__all__ if inspect.isclass(cls := getattr(models, name)) and hasattr(cls, "from_dict")),
    key=lambda cls: cls.__name__,
)
DOCUMENT: dict[str, Any] = json.loads(resources.files("vectorstores_raw").joinpath("openapi.json").read_text("utf-8"))

FAST_EXAMPLES = 60  # per model: the 39 models stay within a few seconds of make test
SLOW_EXAMPLES = 500  # about 2 s a model: the slow run stays near a minute and a half
MAX_DEPTH = 4  # nested references followed before a nested object is left empty (CompoundFilter recurses)


def _unescape(segment: str) -> str:
    """RFC 6901: ``~1`` before ``~0``, so ``~01`` stays the literal ``~1``."""
    return segment.replace("~1", "/").replace("~0", "~")


def _resolve(pointer: str) -> dict[str, Any]:
    node: Any = DOCUMENT
    for part in map(_unescape, pointer.removeprefix("#/").split("/")):
        node = node[int(part)] if isinstance(node, list) else node[part]
    assert isinstance(node, dict)
    return _merged(node)


def _merged(node: dict[str, Any]) -> dict[str, Any]:
    """An ``allOf`` of objects read as the one object it describes (as the generator reads it):
    the parts' properties, a later part's replacing an earlier one's, and their required lists."""
    if "allOf" not in node:
        return node
    merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in node["allOf"]:
        whole = _merged(_resolve(part["$ref"]) if "$ref" in part else part)
        properties.update(whole.get("properties", {}))
        required += whole.get("required", [])
    merged["properties"] = {**properties, **node.get("properties", {})}
    merged["required"] = [*required, *node.get("required", [])]
    return merged


def _fields(cls: Any) -> list[tuple[str, str]]:
    return list(vars(inspect.getmodule(cls))["_FIELDS"])


# --- Strategies --------------------------------------------------------------------------------

# Scalars a server might send where the document promises something else: nulls, wrong types,
# integers beyond int64, floats, unicode (control characters, astral planes), unknown enum values.
SCALARS: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63, max_value=2**200) | st.integers(min_value=-(2**200), max_value=-(2**63)),
    st.floats(allow_nan=False, allow_infinity=False),  # JSON has no NaN or infinity
    st.text(max_size=12),
    st.sampled_from(["", "an-unknown-enum-value", "\x00", "\u202e", "🧪" * 3, "null", "0"]),
)
JUNK: st.SearchStrategy[Any] = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
# Values a dict() call mistakes for an object: empty containers and lists of two-item sequences.
LOOKALIKES: st.SearchStrategy[Any] = st.one_of(
    st.just([]),
    st.just(""),
    st.lists(st.tuples(st.text(max_size=3), SCALARS).map(list), min_size=1, max_size=3),
    st.lists(st.text(min_size=2, max_size=2), min_size=1, max_size=3),
)
ODD: st.SearchStrategy[Any] = st.one_of(SCALARS, JUNK, LOOKALIKES)
# Unknown keys, including the names of the models' own attributes and methods.
EXTRA_KEYS: st.SearchStrategy[str] = st.text(max_size=10) | st.sampled_from(
    [
        "additional_properties",
        "additional_keys",
        "to_dict",
        "from_dict",
        "matches",
        "__class__",
        "_FIELDS",
        "field_type",
    ]
)


def _value(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    """Mostly a value of the schema's shape, sometimes an odd one (one time in four)."""
    shaped = _shaped(schema, depth)
    return st.one_of(shaped, shaped, shaped, ODD)  # one_of picks a branch uniformly


def _shaped(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    """A value that fits ``schema``: references, unions, enums, types, arrays and objects."""
    if "$ref" in schema:
        if depth >= MAX_DEPTH:
            return st.builds(dict)
        return _shaped(_resolve(schema["$ref"]), depth + 1)
    for union in ("oneOf", "anyOf"):
        if union in schema:
            return st.one_of([_shaped(option, depth) for option in schema[union]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        return st.text(max_size=min(schema.get("maxLength", 16), 16))
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "number":
        return st.floats(
            min_value=schema.get("minimum"), max_value=schema.get("maximum"), allow_nan=False, allow_infinity=False
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(_value(schema.get("items", {}), depth + 1), max_size=3)
    if kind == "object" or "properties" in schema or "additionalProperties" in schema:
        return _object(schema, depth)
    return JUNK  # no type: anything


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    """An object with the schema's properties (a required one sometimes missing), and extra keys."""
    properties: dict[str, Any] = schema.get("properties", {})
    required = [name for name in properties if name in schema.get("required", [])]
    known = st.fixed_dictionaries(
        {name: _value(properties[name], depth + 1) for name in required},
        optional={name: _value(sub, depth + 1) for name, sub in properties.items() if name not in required},
    )
    dropped = st.sets(st.sampled_from(required), max_size=2) if required else st.just(set[str]())
    values = schema.get("additionalProperties")
    extras = st.dictionaries(
        EXTRA_KEYS, _value(values, depth + 1) if isinstance(values, dict) else JUNK, max_size=3 if depth else 4
    )

    def combine(parts: tuple[dict[str, Any], set[str], dict[str, Any]]) -> dict[str, Any]:
        present, missing, unknown = parts
        kept = {name: value for name, value in present.items() if name not in missing}
        return {**{k: v for k, v in unknown.items() if k not in properties}, **kept}

    return st.tuples(known, dropped, extras).map(combine)


def payloads(cls: Any) -> st.SearchStrategy[dict[str, Any]]:
    """JSON objects shaped like ``cls``'s schema, with extra keys and odd values."""
    return _object(_resolve(SCHEMA_OF[cls.__name__]), 0)


# --- The properties ----------------------------------------------------------------------------


def _canonical(value: Any) -> str:
    """JSON text that tells ``True`` from ``1`` and ``1.0`` from ``1``, with keys in order."""
    return json.dumps(value, sort_keys=True)


def _numbers_by_value(value: Any) -> Any:
    """``value`` with whole floats as ints: a ``number`` field reads ``1034`` as ``1034.0`` (as
    openai-python does), the same number; ``True`` stays apart from ``1``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_numbers_by_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _numbers_by_value(item) for key, item in value.items()}
    return value


def round_trip(cls: Any, payload: dict[str, Any]) -> None:
    """``cls.from_dict`` raises nothing but OpenAIError, leaves its input alone, and ``to_dict``
    gives back exactly the object it was given (after a JSON round trip, as from a server)."""
    sent = json.loads(json.dumps(payload))
    before = _canonical(sent)
    try:
        model = cls.from_dict(sent)
    except OpenAIError:
        return  # the SDK's own typed error is allowed
    assert _canonical(sent) == before, f"from_dict changed its input: {before} -> {_canonical(sent)}"
    back = json.loads(json.dumps(model.to_dict()))
    changed = sorted(
        key
        for key in set(sent) | set(back)
        if _canonical(_numbers_by_value(sent.get(key, "<absent>")))
        != _canonical(_numbers_by_value(back.get(key, "<absent>")))
    )
    assert not changed, (
        "; ".join(f"{key}: {sent.get(key, '<absent>')!r} -> {back.get(key, '<absent>')!r}" for key in changed)
        + f" in {cls.__name__}.from_dict({sent!r}).to_dict()"
    )


def _run(cls: Any, examples: int, *, derandomize: bool, shrink: bool) -> tuple[int, str | None]:
    """Run the property for ``cls``; (examples run, the failure or None)."""
    count = 0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,  # nothing written into the repository
        derandomize=derandomize,
        report_multiple_bugs=False,
        # Shrinking a failure takes seconds per model; make test reports the example as found.
        phases=[Phase.explicit, Phase.reuse, Phase.generate, *([Phase.shrink] if shrink else [])],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(payloads(cls))
    def check(payload: dict[str, Any]) -> None:
        nonlocal count
        count += 1
        round_trip(cls, payload)

    try:
        check()
    except Exception as error:
        return count, f"{type(error).__name__}: {error}"[:600]
    return count, None


def _check_model(report: Report, cls: Any, examples: int, *, slow: bool) -> None:
    count, failure = _run(cls, examples, derandomize=not slow, shrink=slow)
    report.check(
        f"{cls.__name__}.from_dict/to_dict ({examples} hypothesis examples{'' if slow else ', fixed seed'})",
        "no exception but OpenAIError; input untouched; every key round-trips",
        f"{count} examples passed" if failure is None else f"failed ({count} examples run): {failure}",
        failure is None,
    )


def test_every_model_has_its_schema(report: Report) -> None:
    """The generated map covers every model, and each schema lists exactly the model's fields."""
    problems: list[str] = []
    for cls in MODEL_CLASSES:
        pointer = SCHEMA_OF.get(cls.__name__)
        if pointer is None:
            problems.append(f"{cls.__name__}: no schema")
            continue
        # A property the SDKs compute (``x-oaiSupportedSDKs``, ``Response.output_text``) is a
        # mixin's property, not a field parsed from the wire.
        documented = {
            name
            for name, schema in _resolve(pointer).get("properties", {}).items()
            if "x-oaiSupportedSDKs" not in json.dumps(schema)
        }
        fields = {key for _, key in _fields(cls)}
        if documented != fields:
            problems.append(f"{cls.__name__}: schema {sorted(documented)} vs fields {sorted(fields)}")
    report.check(
        "every model with from_dict is mapped to its component schema",
        f"{len(MODEL_CLASSES)} models, each schema's properties = the model's fields",
        "; ".join(problems) or f"{len(MODEL_CLASSES)} models mapped",
        not problems and len(MODEL_CLASSES) > 30,
    )


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_from_dict_to_dict_round_trip(report: Report, cls: Any) -> None:
    """A fixed seed here, so make test sees the same examples on every run."""
    _check_model(report, cls, FAST_EXAMPLES, slow=False)


@pytest.mark.slow
@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_from_dict_to_dict_round_trip_many(report: Report, cls: Any) -> None:
    """Many more random examples per model."""
    _check_model(report, cls, SLOW_EXAMPLES, slow=True)


# --- Deep nesting ------------------------------------------------------------------------------


def _deepest(build: Callable[[int], str]) -> tuple[int, Any]:
    """The deepest nesting ``json.loads`` accepts here, and what it parses to (what an httpx2
    ``response.json()`` in this process would hand a model)."""
    low, high = 1, 4096
    while low < high:
        middle = (low + high + 1) // 2
        try:
            json.loads(build(middle))
        except RecursionError:
            high = middle - 1
        else:
            low = middle
    return low, json.loads(build(low))


def _survives(call: Callable[[], object]) -> str:
    try:
        call()
    except OpenAIError as error:
        return f"OpenAIError: {type(error).__name__}"
    except RecursionError as error:
        return f"RecursionError: {error}"
    return "no exception"


def _shallowest_failure(build: Callable[[int], str], call: Callable[[Any], object], deepest: int) -> int:
    """The least nesting at which ``call`` on the parsed ``build(n)`` raises RecursionError."""
    low, high = 1, deepest
    while low < high:
        middle = (low + high) // 2
        parsed = json.loads(build(middle))
        if _survives(lambda: call(parsed)).startswith("RecursionError"):  # noqa: B023 - called at once
            high = middle
        else:
            low = middle + 1
    return low


def test_filters_nested_as_deep_as_json_loads_accepts(report: Report) -> None:
    """Parsing a structure as deep as the JSON parser allows raises no RecursionError (an SDK
    error would do)."""

    def build(n: int) -> str:
        return '{"type": "and", "filters": [' * n + "{}" + "]}" * n

    depth, filters = _deepest(build)
    observed = _survives(lambda: models.CompoundFilter.from_dict(filters))
    if observed.startswith("RecursionError"):
        observed += f" (from {_shallowest_failure(build, models.CompoundFilter.from_dict, depth)} levels on)"
    report.check(
        f"CompoundFilter.from_dict of filters nested {depth} deep (as deep as json.loads accepts)",
        "no exception but OpenAIError",
        observed,
        not observed.startswith("RecursionError"),
    )


def test_unknown_key_nested_as_deep_as_json_loads_accepts(report: Report) -> None:
    """Writing back an unknown key as deep as the JSON parser allows raises no RecursionError."""

    def build(n: int) -> str:
        return "[" * n + "]" * n

    def write_back(junk: Any) -> object:
        return models.VectorStore.from_dict({"id": "vs_1", "unknown": junk}).to_dict()

    depth, junk = _deepest(build)
    observed = _survives(lambda: write_back(junk))
    if observed.startswith("RecursionError"):
        observed += f" (from {_shallowest_failure(build, write_back, depth)} levels on)"
    report.check(
        f"VectorStore.to_dict with an unknown key holding arrays nested {depth} deep (as deep as json.loads accepts)",
        "no exception but OpenAIError",
        observed,
        not observed.startswith("RecursionError"),
    )
