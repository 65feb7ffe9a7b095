"""Small typing and signature helpers, under the names openai-python's ``openai._utils`` gives
them (its test helpers import them from there)."""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeGuard

__all__ = [
    "assert_signatures_in_sync",
    "extract_type_arg",
    "is_annotated_type",
    "is_dict",
    "is_list",
    "is_list_type",
    "is_mapping",
    "is_sequence_type",
    "is_type_alias_type",
    "is_union_type",
]


def is_dict(value: object) -> TypeGuard[dict[Any, Any]]:
    return isinstance(value, dict)


def is_list(value: object) -> TypeGuard[list[Any]]:
    return isinstance(value, list)


def is_mapping(value: object) -> TypeGuard[Mapping[Any, Any]]:
    return isinstance(value, Mapping)


def _origin(annotation: Any) -> Any:
    return typing.get_origin(annotation) or annotation


def is_list_type(annotation: Any) -> bool:
    return _origin(annotation) is list


def is_sequence_type(annotation: Any) -> bool:
    return _origin(annotation) in (Sequence, typing.Sequence)


def is_union_type(annotation: Any) -> bool:
    return _origin(annotation) in (typing.Union, types.UnionType)


def is_annotated_type(annotation: Any) -> bool:
    return typing.get_origin(annotation) is typing.Annotated


def is_type_alias_type(annotation: Any) -> bool:
    return isinstance(annotation, getattr(typing, "TypeAliasType", ()))


def extract_type_arg(annotation: Any, index: int) -> Any:
    """The ``index``-th argument of a subscripted type (``Annotated[T, ...]`` gives ``T`` at 0)."""
    arguments = typing.get_args(annotation)
    try:
        return arguments[index]
    except IndexError as missing:
        raise RuntimeError(f"{annotation!r} has no type argument at index {index}") from missing


def assert_signatures_in_sync(
    source_func: Callable[..., Any],
    check_func: Callable[..., Any],
    *,
    exclude_params: set[str] | frozenset[str] = frozenset(),
    description: str = "",
) -> None:
    """Fail unless every parameter of ``source_func`` (but the excluded ones) is a parameter of
    ``check_func`` with the same annotation: helpers must not drift from the operation they wrap."""
    checked = inspect.signature(check_func).parameters
    checked_types, source_types = _hints(check_func), _hints(source_func)
    problems = []
    for name, source in inspect.signature(source_func).parameters.items():
        if name in exclude_params:
            continue
        found = checked.get(name)
        if found is None:
            problems.append(f"the `{name}` param is missing")
            continue
        # The types themselves are compared where both resolve: one module may spell ``list``
        # as ``builtins.list``, or a union in another order.
        if name in checked_types and name in source_types:
            same = checked_types[name] == source_types[name]
        else:
            same = _spelling(found.annotation) == _spelling(source.annotation)
        if not same:
            problems.append(f"`{name}` is typed {found.annotation!r}, not {source.annotation!r}")
    if problems:
        raise AssertionError(f"{len(problems)} signature differences{description}:\n" + "\n".join(problems))


def _hints(func: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(inspect.unwrap(func))
    except (NameError, TypeError):  # a name only imported for type checking: compare the text
        return {}


def _spelling(annotation: Any) -> frozenset[str]:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", repr(annotation))
    return frozenset(part.strip().removeprefix("builtins.") for part in text.split(" | "))
