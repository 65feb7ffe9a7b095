"""``vectorstores.types.responses`` under openai-python's names: every name openai 3.51 offers there
is offered here too, of the same kind (a model where openai has a model, a TypedDict where it has a
TypedDict, for the same ``type``), except the few listed below with their reason. The names come
from generator/config.yaml (``class_overrides``) and generator/resources.yaml (``request_types``,
``type_aliases``, ``request_aliases``); these tests compare with openai when it is installed (the
``bench`` extra installs it) and check the generator capabilities those tables rely on."""

from __future__ import annotations

import importlib
import inspect
import typing
from types import ModuleType
from typing import Any

import pytest
import typing_extensions
import vectorstores.types.responses as ours
import vectorstores_raw.models
from vectorstores_raw.base_model import BaseModel

from generator.params import ParamsModule, _alias_module, _Builder, snake

# openai's names that are not offered here, and why. Each must still be missing (a name that
# arrives leaves this list) and must be openai's (a name openai drops leaves it too).
NOT_OFFERED = {
    # The websocket transport (client.responses.connect): its events and steering messages are
    # not in the HTTP document this SDK is generated from.
    "ResponsesClientEvent": "websocket only",
    "ResponsesClientEventParam": "websocket only",
    "ResponsesServerEvent": "websocket only",
    "ResponseSteerAcceptedEvent": "websocket only",
    "ResponseSteerErrorCode": "websocket only",
    "ResponseSteerEvent": "websocket only",
    "ResponseSteerEventParam": "websocket only",
    "ResponseSteerFailedEvent": "websocket only",
    "ResponseSteerInput": "websocket only",
    "ResponseSteerInputContent": "websocket only",
    "ResponseSteerInputContentParam": "websocket only",
    "ResponseSteerInputParam": "websocket only",
    "ResponseSteerPendingEvent": "websocket only",
    "ResponseSteerPendingReason": "websocket only",
    "ResponseSteerRequiredInput": "websocket only",
    # Types openai's own (newer, unpublished) description has and the published document does not:
    # audio input, a compaction-in-progress event, configuration-update items.
    "ResponseInputAudio": "not in the document",
    "ResponseInputAudioParam": "not in the document",
    "ResponseCompactionCompactingEvent": "not in the document",
    "ResponseConfigurationUpdateItem": "not in the document",
    "ResponseConfigurationUpdateItemParam": "not in the document",
    "ResponseConfigurationUpdateItemParamParam": "not in the document",
}


def _openai_responses() -> ModuleType:
    found: ModuleType = pytest.importorskip(
        "openai.types.responses", reason="openai is not installed (the bench extra)"
    )
    return found


def _public(module: ModuleType) -> set[str]:
    # ``annotations`` is ``from __future__ import annotations`` in openai's __init__, not a name it offers.
    return {name for name in dir(module) if not name.startswith("_")} - {"annotations"}


def _module_stands_for(name: str) -> str:
    """The class a module of openai's layout holds (``response_input_text_param`` ->
    ``ResponseInputTextParam``), compared without underscores since acronyms keep their case."""
    return name.replace("_", "").lower()


def _missing(theirs: set[str]) -> set[str]:
    missing = theirs - _public(ours)
    listed = {name.lower() for name in NOT_OFFERED}
    return {name for name in missing if _module_stands_for(name) not in listed and name not in NOT_OFFERED}


def test_every_name_of_openais_types_responses_is_offered_but_the_listed_few() -> None:
    theirs = _public(_openai_responses())
    assert sorted(_missing(theirs)) == []


def test_the_list_of_names_not_offered_is_current() -> None:
    theirs = _public(_openai_responses())
    listed = {name for name in NOT_OFFERED if name[:1].isupper()}
    assert sorted(listed - theirs) == [], "openai no longer has these: drop them from the list"
    assert sorted(listed & _public(ours)) == [], "offered now: drop them from the list"


def _type_values(annotation: Any) -> frozenset[object]:
    """The values of a ``type`` annotation's Literal (through Required, Optional and unions)."""
    if typing.get_origin(annotation) is typing.Literal:
        return frozenset(typing.get_args(annotation))
    found: frozenset[object] = frozenset()
    for inner in typing.get_args(annotation):
        found |= _type_values(inner)
    return found


class _Models(dict[str, Any]):
    """The raw models package as a namespace: its names load on first use."""

    def __missing__(self, key: str) -> Any:
        try:
            return getattr(vectorstores_raw.models, key)
        except AttributeError:
            raise KeyError(key) from None  # a builtin (``dict``): looked up next where it lives


class Kind(typing.NamedTuple):
    kind: str  # "model", "typeddict" or "other"
    types: frozenset[object]  # the values its ``type`` key allows
    keys: frozenset[str]  # openai's: the keys it requires; ours: every key it has


def _typeddict(value: Any, keys: frozenset[str]) -> Kind:
    hints = typing_extensions.get_type_hints(value, include_extras=True)
    return Kind("typeddict", _type_values(hints["type"]) if "type" in hints else frozenset(), keys)


def _our_kind(value: Any) -> Kind:
    if typing_extensions.is_typeddict(value):
        return _typeddict(value, frozenset(value.__annotations__))
    if inspect.isclass(value) and issubclass(value, BaseModel):
        hints = typing.get_type_hints(value, localns=_Models())
        keys = frozenset(key for _, key in value._fields)
        return Kind("model", _type_values(hints["type"]) if "type" in hints else frozenset(), keys)
    return Kind("other", frozenset(), frozenset())


def _their_kind(value: Any) -> Kind:
    import pydantic

    if typing_extensions.is_typeddict(value):
        return _typeddict(value, frozenset(value.__required_keys__))
    if inspect.isclass(value) and issubclass(value, pydantic.BaseModel):
        fields = value.model_fields
        keys = frozenset(field.alias or name for name, field in fields.items() if field.is_required())
        types = _type_values(fields["type"].annotation) if "type" in fields else frozenset()
        return Kind("model", types, keys)
    return Kind("other", frozenset(), frozenset())


def test_a_shared_name_is_the_same_kind_of_type_for_the_same_objects() -> None:
    # A name alone could point at another object (the document's title "Function tool" names a
    # tool choice, openai's FunctionTool is a tool definition): the kind must agree, some ``type``
    # constant must be shared (the document may allow more tags than openai lists, or fewer), and
    # every key openai requires must be a key here.
    theirs = _openai_responses()
    differ = []
    for name in sorted(_public(theirs) & _public(ours)):
        their = _their_kind(getattr(theirs, name))
        if their.kind == "other":
            continue  # a module, a union or Literal alias: compared by name only
        our = _our_kind(getattr(ours, name))
        if our.kind != their.kind or (their.types and not their.types & our.types) or not their.keys <= our.keys:
            differ.append(f"{name}: openai {their}, here {our}")
    assert differ == []


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("response_input_text_param", "ResponseInputTextParam"),
        ("easy_input_message_param", "EasyInputMessageParam"),
        ("response_input_param", "ResponseInputParam"),
        ("response_format_text_json_schema_config_param", "ResponseFormatTextJSONSchemaConfigParam"),
        ("response_function_web_search", "ResponseFunctionWebSearch"),
        ("response_input", "ResponseInput"),
    ],
)
def test_a_type_lives_in_the_module_openai_has_it_in(module: str, name: str) -> None:
    theirs = importlib.import_module(f"{_openai_responses().__name__}.{module}")
    assert name in vars(theirs)  # the pair is openai's layout
    assert getattr(importlib.import_module(f"vectorstores.types.responses.{module}"), name) is getattr(ours, name)


def test_a_request_alias_is_a_module_of_its_own_over_the_request_types_built() -> None:
    builder = _Builder({})
    item = builder.components["responses.ItemParam"] = ParamsModule("responses", "item_param", main="ItemParam")
    _alias_module(builder, "responses.ItemListParam", "list[ItemParam]")
    _alias_module(builder, "responses.GoneListParam", "list[MissingParam]")  # an older document lacks it
    made = builder.components["responses.ItemListParam"]
    assert (made.dotted, made.names, made.aliases) == (
        "vectorstores.types.responses.item_list_param",
        ["ItemListParam"],
        [("ItemListParam", "list[ItemParam]")],
    )
    assert made.imports == {item.dotted: {"ItemParam"}}
    assert "responses.GoneListParam" not in builder.components


def test_a_module_name_keeps_an_acronym_one_word_as_openai_spells_it() -> None:
    assert snake("ResponseFormatTextJSONSchemaConfigParam") == "response_format_text_json_schema_config_param"
    assert snake("ResponseFormatJSONObject") == "response_format_json_object"
    assert snake("VectorStoreCreateParams") == "vector_store_create_params"
