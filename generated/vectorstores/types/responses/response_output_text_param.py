# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputTextParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr

__all__ = [
    "ResponseOutputTextParam",
    "AnnotationFileCitation",
    "AnnotationURLCitation",
    "AnnotationContainerFileCitation",
    "AnnotationFilePath",
    "Logprob",
    "TopLogprob",
    "Annotation",
]


class ResponseOutputTextParam(TypedDict, total=False):
    """A text output from the model."""

    annotations: Required[Iterable[Annotation]]
    """The annotations of the text output."""
    logprobs: Required[Iterable[Logprob]]
    text: Required[str]
    """The text output from the model."""
    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""


class AnnotationFileCitation(TypedDict, total=False):
    """A citation to a file."""

    file_id: Required[str]
    """The ID of the file."""
    filename: Required[str]
    """The filename of the file cited."""
    index: Required[int]
    """The index of the file in the list of files."""
    type: Required[Literal["file_citation"]]
    """The type of the file citation. Always `file_citation`."""


class AnnotationURLCitation(TypedDict, total=False):
    """A citation for a web resource used to generate a model response."""

    end_index: Required[int]
    """The index of the last character of the URL citation in the message."""
    start_index: Required[int]
    """The index of the first character of the URL citation in the message."""
    title: Required[str]
    """The title of the web resource."""
    type: Required[Literal["url_citation"]]
    """The type of the URL citation. Always `url_citation`."""
    url: Required[str]
    """The URL of the web resource."""


class AnnotationContainerFileCitation(TypedDict, total=False):
    """A citation for a container file used to generate a model response."""

    container_id: Required[str]
    """The ID of the container file."""
    end_index: Required[int]
    """The index of the last character of the container file citation in the message."""
    file_id: Required[str]
    """The ID of the file."""
    filename: Required[str]
    """The filename of the container file cited."""
    start_index: Required[int]
    """The index of the first character of the container file citation in the message."""
    type: Required[Literal["container_file_citation"]]
    """The type of the container file citation. Always `container_file_citation`."""


class AnnotationFilePath(TypedDict, total=False):
    """A path to a file."""

    file_id: Required[str]
    """The ID of the file."""
    index: Required[int]
    """The index of the file in the list of files."""
    type: Required[Literal["file_path"]]
    """The type of the file path. Always `file_path`."""


class Logprob(TypedDict, total=False):
    """The log probability of a token."""

    bytes: Required[SequenceNotStr[int]]
    logprob: Required[float]
    token: Required[str]
    top_logprobs: Required[Iterable[TopLogprob]]


class TopLogprob(TypedDict, total=False):
    """The top log probability of a token."""

    bytes: Required[SequenceNotStr[int]]
    logprob: Required[float]
    token: Required[str]


Annotation: TypeAlias = (
    AnnotationFileCitation | AnnotationURLCitation | AnnotationContainerFileCitation | AnnotationFilePath
)
