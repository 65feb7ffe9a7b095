# Generated from openapi.yaml by make generate; do not edit.
"""The ``Annotation`` union: 4 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .container_file_citation import ContainerFileCitation
    from .file_citation import FileCitation
    from .file_path import FilePath
    from .url_citation import URLCitation

__all__ = ["Annotation", "parse_annotation"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Annotation: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "FileCitation",
    "URLCitation",
    "ContainerFileCitation",
    "FilePath",
]
"""An annotation that applies to a span of output text."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .container_file_citation import ContainerFileCitation  # noqa: PLC0415
    from .file_citation import FileCitation  # noqa: PLC0415
    from .file_path import FilePath  # noqa: PLC0415
    from .url_citation import URLCitation  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "file_citation": FileCitation,
            "url_citation": URLCitation,
            "container_file_citation": ContainerFileCitation,
            "file_path": FilePath,
        },
    )


def parse_annotation(data: Any) -> Annotation:
    """One ``Annotation`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
