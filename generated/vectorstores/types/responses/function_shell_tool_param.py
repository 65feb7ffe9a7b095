# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.container_auto_param import ContainerAutoParam
from vectorstores.types.responses.container_reference_param import ContainerReferenceParam
from vectorstores.types.responses.local_environment_param import LocalEnvironmentParam

__all__ = ["FunctionShellToolParam", "Environment"]


class FunctionShellToolParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    environment: Environment | None


Environment: TypeAlias = ContainerAutoParam | LocalEnvironmentParam | ContainerReferenceParam
