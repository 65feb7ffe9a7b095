# Generated from openapi.yaml by make generate; do not edit.
"""The ``ChunkingStrategyRequestParam`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .auto_chunking_strategy import AutoChunkingStrategy
    from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam

__all__ = ["ChunkingStrategyRequestParam", "parse_chunking_strategy_request_param"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ChunkingStrategyRequestParam: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "AutoChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .auto_chunking_strategy import AutoChunkingStrategy  # noqa: PLC0415
    from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: PLC0415

    return discriminated_parser("type", {"auto": AutoChunkingStrategy, "static": StaticChunkingStrategyRequestParam})


def parse_chunking_strategy_request_param(data: Any) -> ChunkingStrategyRequestParam:
    """One ``ChunkingStrategyRequestParam`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
