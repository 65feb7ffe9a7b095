"""The base class of every generated model.

It gives attrs models the API people know from the official SDK's pydantic objects:
``model_dump``, ``model_dump_json``, ``to_dict``, ``to_json``, ``model_validate``,
``model_validate_json``, ``model_construct``, ``model_copy``, ``model_json_schema``, ``model_fields``,
``model_fields_set``, ``model_extra``, a pydantic-style repr, and keys the
document does not list readable as attributes. Parsing stays in each model's generated
``from_dict``: straight-line code, no reflection per object.
"""

from __future__ import annotations

import copy
import datetime
import enum
import json
import reprlib
import typing
import warnings as _warnings
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define, field

from .types import UNSET, NestingError

__all__ = ["BaseModel", "FieldInfo", "IncEx", "UnknownObject"]

M = TypeVar("M", bound="BaseModel")

# Which keys ``include``/``exclude`` pick: a set of names, or a dict whose values are ``True``
# (the whole value) or the same again for what lies beneath (``"__all__"`` for every item).
IncEx = AbstractSet[int] | AbstractSet[str] | Mapping[int, Any] | Mapping[str, Any]
Warnings = bool | Literal["none", "warn", "error"]


class FieldInfo:
    """One entry of ``model_fields``: the field's evaluated type and its name on the wire."""

    __slots__ = ("_required", "alias", "annotation")

    def __init__(self, annotation: Any, alias: str, required: bool) -> None:
        self.annotation = annotation
        self.alias = alias
        self._required = required

    def is_required(self) -> bool:
        """Whether the document lists the field as required (parsing does not insist on it)."""
        return self._required

    def __repr__(self) -> str:
        shown = self.annotation.__qualname__ if type(self.annotation) is type else repr(self.annotation)
        return f"FieldInfo(annotation={shown}, alias={self.alias!r}, required={self._required})"


# Filled on first use per class: evaluating annotations imports every model module.
_MODEL_FIELDS: dict[type[BaseModel], Mapping[str, FieldInfo]] = {}


def _evaluate_fields(cls: type[BaseModel]) -> Mapping[str, FieldInfo]:
    from . import models  # here, not at the top: models import this module

    # Model modules import the classes they refer to only for type checkers (cycles between
    # models), so their annotations are evaluated with every model and enum alias in scope.
    namespace = {name: getattr(models, name) for name in models.__all__}
    hints = typing.get_type_hints(cls, localns=namespace)
    return MappingProxyType(
        {attribute: FieldInfo(hints[attribute], key, attribute in cls._required) for attribute, key in cls._fields}
    )


class _ModelFields:
    """``Model.model_fields``: attribute name -> FieldInfo, computed once per class."""

    def __get__(self, instance: object, owner: type[BaseModel]) -> Mapping[str, FieldInfo]:
        found = _MODEL_FIELDS.get(owner)
        if found is None:
            found = _MODEL_FIELDS[owner] = _evaluate_fields(owner)
        return found


def _spec(value: Any) -> Any:
    """``include``/``exclude`` as nested dicts of ``True``/``False``/dict, whatever form they came in."""
    if value is True or value is Ellipsis:
        return True
    if value is False:
        return False
    if isinstance(value, Mapping):
        return {key: _spec(inner) for key, inner in value.items()}
    if isinstance(value, (AbstractSet, list, tuple)):
        return dict.fromkeys(value, True)
    raise TypeError(f"include and exclude take a set or a dict of names, not {type(value).__name__}")


def _pick(key: Any, include: Any, exclude: Any) -> tuple[bool, Any, Any]:
    """Whether ``key`` is dumped, and the include/exclude that apply beneath it."""
    inner_include = None
    if include is not None:
        inner_include = include.get(key, include.get("__all__"))
        if inner_include is None or inner_include is False:
            return False, None, None
        if inner_include is True:
            inner_include = None
    inner_exclude = None
    if exclude is not None:
        inner_exclude = exclude.get(key, exclude.get("__all__"))
        if inner_exclude is True:
            return False, None, None
        if inner_exclude is False:
            inner_exclude = None
    return True, inner_include, inner_exclude


class _Dump:
    """The options of one dump, carried down through nested models, lists and dicts."""

    __slots__ = ("by_alias", "exclude_defaults", "exclude_none", "exclude_unset", "extras_first", "json", "warnings")

    def __init__(
        self,
        *,
        mode: str,
        by_alias: bool,
        exclude_unset: bool,
        exclude_defaults: bool,
        exclude_none: bool,
        warnings: Warnings,
        extras_first: bool = False,
    ) -> None:
        if mode not in ("python", "json"):
            raise ValueError(f"mode must be 'python' or 'json', not {mode!r}")
        self.json = mode == "json"
        self.by_alias = by_alias
        self.exclude_unset = exclude_unset
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none
        self.warnings = warnings
        # to_dict() has always written unknown keys first; model_dump puts them last, as pydantic does.
        self.extras_first = extras_first

    def run(self, model: BaseModel, include: IncEx | None, exclude: IncEx | None) -> dict[str, Any]:
        try:
            return self.model(
                model, None if include is None else _spec(include), None if exclude is None else _spec(exclude)
            )
        except RecursionError:  # a cycle, or data nested deeper than the interpreter recurses
            raise NestingError(f"{type(model).__name__} is nested too deeply to dump") from None

    def model(self, model: BaseModel, include: Any, exclude: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        extras = model.additional_properties
        if self.extras_first and extras:
            self.extras(out, extras, include, exclude)
        given = model._given
        for attribute, key in model._fields:
            value = getattr(model, attribute)
            if value is None:
                if (
                    self.exclude_none
                    or (self.exclude_unset and key not in given)
                    or (self.exclude_defaults and attribute not in model._required)
                ):
                    continue
            elif value is UNSET:
                continue
            name = key if self.by_alias else attribute
            if include is None and exclude is None:
                out[name] = self.value(value, None, None)
                continue
            keep, inner_include, inner_exclude = _pick(attribute, include, exclude)
            if keep:
                out[name] = self.value(value, inner_include, inner_exclude)
        if not self.extras_first and extras:
            self.extras(out, extras, include, exclude)
        return out

    def extras(self, out: dict[str, Any], extras: Mapping[str, Any], include: Any, exclude: Any) -> None:
        # A documented field wins over an unknown key of the same name.
        documented = set(out) if not self.extras_first else ()
        for key, value in extras.items():
            if value is UNSET or (value is None and self.exclude_none) or key in documented:
                continue
            keep, inner_include, inner_exclude = True, None, None
            if include is not None or exclude is not None:
                keep, inner_include, inner_exclude = _pick(key, include, exclude)
            if keep:
                out[key] = self.value(value, inner_include, inner_exclude)

    def value(self, value: Any, include: Any, exclude: Any) -> Any:
        if value is None or isinstance(value, (str, int, float)):
            return value
        if isinstance(value, BaseModel):
            return self.model(value, include, exclude)
        if isinstance(value, Mapping):
            items: dict[Any, Any] = {}
            for key, item in value.items():
                if item is UNSET:
                    continue
                keep, inner_include, inner_exclude = True, None, None
                if include is not None or exclude is not None:
                    keep, inner_include, inner_exclude = _pick(key, include, exclude)
                if keep:
                    items[str(key) if self.json else key] = self.value(item, inner_include, inner_exclude)
            return items
        if isinstance(value, (list, tuple, AbstractSet)):
            dumped = []
            for index, item in enumerate(value):
                keep, inner_include, inner_exclude = True, None, None
                if include is not None or exclude is not None:
                    keep, inner_include, inner_exclude = _pick(index, include, exclude)
                if keep:
                    dumped.append(self.value(item, inner_include, inner_exclude))
            if self.json or isinstance(value, list):
                return dumped
            if isinstance(value, tuple):
                return tuple(dumped)
            return frozenset(dumped) if isinstance(value, frozenset) else set(dumped)
        if not self.json:
            return value
        if isinstance(value, (datetime.date, datetime.time)):  # datetime is a date
            return value.isoformat()
        if isinstance(value, enum.Enum):
            return self.value(value.value, include, exclude)
        if isinstance(value, (bytes, bytearray)):
            return bytes(value).decode("utf-8", errors="replace")
        return self.unknown(value)

    def unknown(self, value: Any) -> str:
        message = f"{type(value).__name__} is not a JSON type; dumped as its str()"
        if self.warnings == "error":
            raise TypeError(message)
        if self.warnings is True or self.warnings == "warn":
            _warnings.warn(message, UserWarning, stacklevel=2)
        return str(value)


def _document() -> Any:
    from .document import load_document  # only model_json_schema needs the document

    return load_document()


def _json_schema(pointer: str) -> dict[str, Any]:
    """The schema at ``pointer`` of the shipped document, its references moved under ``$defs``."""
    document = _document()
    definitions: dict[str, Any] = {}

    def at(where: str) -> Any:
        node = document
        for part in where.removeprefix("#/").split("/"):
            token = part.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]  # allOf/2, anyOf/0
        return node

    def local(node: Any) -> Any:
        if isinstance(node, list):
            return [local(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if name not in definitions:
                definitions[name] = {}  # claimed first: a schema may refer to itself
                definitions[name] = local(at(ref))
            return {**{k: local(v) for k, v in node.items() if k != "$ref"}, "$ref": f"#/$defs/{name}"}
        return {key: local(value) for key, value in node.items()}

    schema: dict[str, Any] = copy.deepcopy(local(at(pointer)))
    if definitions:
        schema["$defs"] = definitions
    return schema


# init stays on here: with init=False the attrs mypy plugin would give the base an __attrs_init__
# that every generated class's own (with its fields) then "overrides" incompatibly.
@define(repr=False)
class BaseModel:
    """What every generated model has in common.

    A field counts as set (``model_fields_set``) when it was passed to the constructor or sent
    by the server, even as null, or holds a value other than None. Fields left out read as
    None. Keys the document does not list are kept in ``additional_properties`` and readable
    as ``obj["key"]`` and as attributes.
    """

    # Unknown keys, as sent.
    additional_properties: dict[str, Any] = field(init=False)
    # Wire names of the documented fields that were given (see model_fields_set).
    _given: AbstractSet[str] = field(init=False, eq=False, repr=False)
    # The x-request-id of the response this object came from, when the SDK knows it.
    _request_id: str | None = field(init=False, eq=False, repr=False)

    # Set by each generated class: (attribute, wire name) of every documented field, and the
    # attributes the document requires.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    _required: ClassVar[frozenset[str]] = frozenset()

    model_fields = _ModelFields()

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """Build from a JSON object (generated for each model)."""
        raise NotImplementedError

    @classmethod
    def model_validate(cls: type[M], obj: Any) -> M:
        """Build from a JSON object, leniently; the same as ``from_dict``."""
        return cls.from_dict(obj)

    @classmethod
    def model_validate_json(cls: type[M], json_data: str | bytes | bytearray) -> M:
        """Build from JSON text, leniently; ``model_validate`` of the decoded object."""
        return cls.from_dict(json.loads(json_data))

    @classmethod
    def model_construct(cls: type[M], _fields_set: AbstractSet[str] | None = None, **values: Any) -> M:
        """Build from attribute values (wire names work too) as they are: nothing is parsed.

        Keys that are not documented fields become unknown keys. ``_fields_set`` overrides
        which fields count as given."""
        obj = cls.__new__(cls)
        given: set[str] = set()
        for attribute, key in cls._fields:
            if attribute in values:
                value = values.pop(attribute)
            elif key in values:
                value = values.pop(key)
            else:
                object.__setattr__(obj, attribute, None)
                continue
            object.__setattr__(obj, attribute, value)
            given.add(key)
        if _fields_set is not None:
            given = {key for attribute, key in cls._fields if attribute in _fields_set}
        obj.additional_properties = values
        obj._given = frozenset(given)
        obj._request_id = None
        return obj

    construct = model_construct

    @property
    def model_fields_set(self) -> set[str]:
        """Attribute names of the fields that were given or hold a value."""
        given = self._given
        return {attribute for attribute, key in self._fields if key in given or getattr(self, attribute) is not None}

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] | str = "python",
        include: IncEx | None = None,
        exclude: IncEx | None = None,
        by_alias: bool | None = False,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: Warnings = True,
    ) -> dict[str, Any]:
        """A dict keyed by attribute names (wire names with ``by_alias``), nested models as
        dicts, unknown keys included. ``mode="json"`` gives only JSON types (datetimes as ISO
        strings). ``exclude_defaults`` leaves out optional fields that are None. Every dump
        reads back through ``model_validate`` (with ``by_alias``), so ``round_trip`` changes
        nothing."""
        dump = _Dump(
            mode=mode,
            by_alias=bool(by_alias),
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )
        return dump.run(self, include, exclude)

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: IncEx | None = None,
        exclude: IncEx | None = None,
        by_alias: bool | None = False,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: Warnings = True,
    ) -> str:
        """``model_dump(mode="json")`` as JSON text, compact unless ``indent`` is given."""
        data = self.model_dump(
            mode="json",
            include=include,
            exclude=exclude,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            round_trip=round_trip,
            warnings=warnings,
        )
        separators = (",", ":") if indent is None else None
        return json.dumps(data, indent=indent, separators=separators, ensure_ascii=False)

    def to_dict(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, Any]:
        """The object as the API writes it: wire names, only the fields that were set, unknown
        keys too. ``mode="json"`` gives only JSON types."""
        dump = _Dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
            extras_first=True,
        )
        return dump.run(self, None, None)

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """``to_dict(mode="json")`` as JSON text, indented by 2 unless told otherwise."""
        data = self.to_dict(
            mode="json",
            use_api_names=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )
        separators = (",", ":") if indent is None else None
        return json.dumps(data, indent=indent, separators=separators, ensure_ascii=False)

    @property
    def model_extra(self) -> dict[str, Any]:
        """The keys the document does not list, as sent (pydantic's name for them)."""
        return self.additional_properties

    def model_copy(self: M, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> M:
        """A copy (``deep`` copies nested values too) with ``update``'s attributes set on it,
        unchecked; an updated field counts as given."""
        duplicate = copy.deepcopy(self) if deep else copy.copy(self)
        if not deep:
            duplicate.additional_properties = dict(self.additional_properties)
        keys = dict(self._fields)
        for name, value in (update or {}).items():
            if name in keys:
                object.__setattr__(duplicate, name, value)
                duplicate._given = frozenset({*duplicate._given, keys[name]})
            else:
                duplicate.additional_properties[name] = value
        return duplicate

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        """The model's JSON Schema as the API document states it, with the schemas it refers
        to under ``$defs``."""
        from .model_schemas import SCHEMA_OF

        pointer = SCHEMA_OF.get(cls.__name__)
        if pointer is None:
            raise NotImplementedError(f"{cls.__name__} has no schema of its own in the document")
        return _json_schema(pointer)

    @property
    def additional_keys(self) -> list[str]:
        """Keys the server sent that the document does not list."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        parts = [f"{attribute}={getattr(self, attribute)!r}" for attribute, _ in self._fields]
        parts += [
            f"{key if isinstance(key, str) and key.isidentifier() else repr(key)}={value!r}"
            for key, value in self.additional_properties.items()
        ]
        return f"{type(self).__name__}({', '.join(parts)})"

    if not TYPE_CHECKING:  # type checkers keep reporting misspelt attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached when normal lookup fails: an unknown key the server sent. Dunder
            # names are protocol lookups (copy, pickle) and never an unknown key. The slot is
            # read directly because it is empty while an object is being built or unpickled.
            if not (name.startswith("__") and name.endswith("__")):
                try:
                    extras = object.__getattribute__(self, "additional_properties")
                except AttributeError:
                    extras = None
                if extras is not None and name in extras:
                    return extras[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


@define(init=False, repr=False)
class UnknownObject(BaseModel):
    """An object of a kind the document does not list, such as a union member the API added
    after this package was generated: every key is kept (``to_dict()`` gives it back as sent)
    and readable as an attribute, so new kinds of answers never fail a parse."""

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """Keep the whole object."""
        obj = cls.__new__(cls)
        obj.additional_properties = dict(src_dict)
        obj._given = frozenset()
        obj._request_id = None
        return obj
