"""Which public SDK call a recorded request is, with its arguments rebuilt from the recording.

A route matches the method and the path template; its builder turns the recorded path
parameters, query and body into a call that works on ``OpenAI`` and ``AsyncOpenAI`` alike (the
async one returns an awaitable). The recorded request is the specification of the call: the
test then checks that the SDK, called this way, sends that same request.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias, cast
from urllib.parse import unquote

from vectorstores import AsyncOpenAI, OpenAI

from .traffic import FilePart, Interaction, JsonBody, MultipartBody, RequestBody, UnrecordedBody

__all__ = ["AnyClient", "Call", "Operation", "Shape", "UnmappedError", "operation_for"]

AnyClient: TypeAlias = OpenAI | AsyncOpenAI
Call: TypeAlias = Callable[[AnyClient], object]
Params: TypeAlias = Mapping[str, str]

# Query parameters the API documents as integers; the rest are strings as recorded.
_INTEGER_QUERY = frozenset({"limit"})
# A stand-in upload for a recording that kept neither the form nor an echo of it.
_PLACEHOLDER_FILE = FilePart("placeholder.bin", b"", None)
_PLACEHOLDER_PURPOSE = "assistants"


class Shape(enum.Enum):
    """What a call returns, which decides how its result is compared with the recording."""

    OBJECT = "object"  # one API object (a model)
    CURSOR_PAGE = "cursor page"  # a list with first_id/last_id/has_more
    PAGE = "page"  # one page of results (search)
    BYTES = "bytes"  # raw file content


class UnmappedError(LookupError):
    """A recorded in-scope request that no route (or no known argument) covers."""


@dataclass(frozen=True)
class Operation:
    """One recorded request as an SDK call.

    ``expected_body`` is what the SDK must send: the recorded body, or for an upload whose body
    the recorder dropped, the form the server echoed back (file name, size, purpose).
    ``unverifiable`` says why the request cannot be compared at all, when it cannot.
    """

    name: str
    shape: Shape
    call: Call
    expected_body: RequestBody
    unverifiable: str | None = None


Builder: TypeAlias = Callable[[Params, Interaction], Call]


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    name: str
    shape: Shape
    build: Builder

    @property
    def pattern(self) -> re.Pattern[str]:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.template)
        return re.compile(f"^{regex}$")


def _json(interaction: Interaction) -> dict[str, Any]:
    """The recorded JSON body as keyword arguments (no body: none)."""
    body = interaction.request_body
    if body is None:
        return {}
    if isinstance(body, JsonBody) and isinstance(body.data, dict):
        return dict(body.data)
    raise UnmappedError(f"{interaction.id}: expected a JSON object body, got {body!r:.200}")


def _query(interaction: Interaction) -> dict[str, Any]:
    """The recorded query as keyword arguments, integers where the API has integers."""
    arguments: dict[str, Any] = {}
    for name, value in interaction.query:
        if name in arguments:
            raise UnmappedError(f"{interaction.id}: query parameter {name!r} repeated")
        arguments[name] = int(value) if name in _INTEGER_QUERY else value
    return arguments


def _no_arguments(interaction: Interaction) -> None:
    """Refuse a query or body on an operation that takes none, so nothing is silently dropped."""
    if interaction.query or interaction.request_body is not None:
        raise UnmappedError(f"{interaction.id}: unexpected query or body for {interaction.method} {interaction.path}")


# --- Builders, one per operation -------------------------------------------------------------------


def _create_store(p: Params, i: Interaction) -> Call:
    body = _json(i)
    return lambda c: c.vector_stores.create(**body)


def _list_stores(p: Params, i: Interaction) -> Call:
    query = _query(i)
    return lambda c: c.vector_stores.list(**query)


def _retrieve_store(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.vector_stores.retrieve(p["vector_store_id"])


def _update_store(p: Params, i: Interaction) -> Call:
    body = _json(i)
    return lambda c: c.vector_stores.update(p["vector_store_id"], **body)


def _delete_store(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.vector_stores.delete(p["vector_store_id"])


def _search_store(p: Params, i: Interaction) -> Call:
    body = _json(i)
    return lambda c: c.vector_stores.search(p["vector_store_id"], **body)


def _attach_file(p: Params, i: Interaction) -> Call:
    body = _json(i)
    return lambda c: c.vector_stores.files.create(p["vector_store_id"], **body)


def _list_store_files(p: Params, i: Interaction) -> Call:
    query = _query(i)
    return lambda c: c.vector_stores.files.list(p["vector_store_id"], **query)


def _retrieve_store_file(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.vector_stores.files.retrieve(p["file_id"], vector_store_id=p["vector_store_id"])


def _update_store_file(p: Params, i: Interaction) -> Call:
    body = _json(i)
    return lambda c: c.vector_stores.files.update(p["file_id"], vector_store_id=p["vector_store_id"], **body)


def _delete_store_file(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.vector_stores.files.delete(p["file_id"], vector_store_id=p["vector_store_id"])


def _store_file_content(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.vector_stores.files.content(p["file_id"], vector_store_id=p["vector_store_id"])


def _create_batch(p: Params, i: Interaction) -> Call:
    body = _json(i)
    return lambda c: c.vector_stores.file_batches.create(p["vector_store_id"], **body)


def _retrieve_batch(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.vector_stores.file_batches.retrieve(p["batch_id"], vector_store_id=p["vector_store_id"])


def _cancel_batch(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.vector_stores.file_batches.cancel(p["batch_id"], vector_store_id=p["vector_store_id"])


def _list_batch_files(p: Params, i: Interaction) -> Call:
    query = _query(i)
    return lambda c: c.vector_stores.file_batches.list_files(
        p["batch_id"], vector_store_id=p["vector_store_id"], **query
    )


def _upload_form(i: Interaction) -> tuple[FilePart, str]:
    """The uploaded file and purpose: from the recorded form, else from the server's echo of it."""
    body = i.request_body
    if isinstance(body, MultipartBody):
        if set(body.fields) != {"purpose"} or set(body.files) != {"file"}:
            raise UnmappedError(f"{i.id}: upload form fields {sorted(body.fields)} / files {sorted(body.files)}")
        return body.files["file"], body.fields["purpose"]
    echoed = _upload_echo(i)
    if echoed is not None:
        return echoed.files["file"], echoed.fields["purpose"]
    return _PLACEHOLDER_FILE, _PLACEHOLDER_PURPOSE


def _upload_echo(i: Interaction) -> MultipartBody | None:
    """The form the server says it received: its file object names the file, size and purpose."""
    if not (isinstance(i.request_body, UnrecordedBody) and 200 <= i.status < 300):
        return None
    echo = i.response_json()
    # The content is not recorded; bytes of the echoed size stand in for it.
    part = FilePart(echo["filename"], b"x" * echo["bytes"], None)
    return MultipartBody({"purpose": echo["purpose"]}, {"file": part})


def _upload_file(p: Params, i: Interaction) -> Call:
    if i.query:
        raise UnmappedError(f"{i.id}: unexpected query on an upload")
    part, purpose = _upload_form(i)
    # The recording's purpose is passed on as sent (the API may know purposes the document lacks).
    return lambda c: c.files.create(file=(part.filename, part.content), purpose=cast(Any, purpose))


def _list_files(p: Params, i: Interaction) -> Call:
    query = _query(i)
    return lambda c: c.files.list(**query)


def _retrieve_file(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.files.retrieve(p["file_id"])


def _delete_file(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.files.delete(p["file_id"])


def _file_content(p: Params, i: Interaction) -> Call:
    _no_arguments(i)
    return lambda c: c.files.content(p["file_id"])


_VS = "/v1/vector_stores"
_ROUTES = (
    _Route("POST", _VS, "vector_stores.create", Shape.OBJECT, _create_store),
    _Route("GET", _VS, "vector_stores.list", Shape.CURSOR_PAGE, _list_stores),
    _Route("GET", _VS + "/{vector_store_id}", "vector_stores.retrieve", Shape.OBJECT, _retrieve_store),
    _Route("POST", _VS + "/{vector_store_id}", "vector_stores.update", Shape.OBJECT, _update_store),
    _Route("DELETE", _VS + "/{vector_store_id}", "vector_stores.delete", Shape.OBJECT, _delete_store),
    _Route("POST", _VS + "/{vector_store_id}/search", "vector_stores.search", Shape.PAGE, _search_store),
    _Route("POST", _VS + "/{vector_store_id}/files", "vector_stores.files.create", Shape.OBJECT, _attach_file),
    _Route("GET", _VS + "/{vector_store_id}/files", "vector_stores.files.list", Shape.CURSOR_PAGE, _list_store_files),
    _Route(
        "GET",
        _VS + "/{vector_store_id}/files/{file_id}",
        "vector_stores.files.retrieve",
        Shape.OBJECT,
        _retrieve_store_file,
    ),
    _Route(
        "POST",
        _VS + "/{vector_store_id}/files/{file_id}",
        "vector_stores.files.update",
        Shape.OBJECT,
        _update_store_file,
    ),
    _Route(
        "DELETE",
        _VS + "/{vector_store_id}/files/{file_id}",
        "vector_stores.files.delete",
        Shape.OBJECT,
        _delete_store_file,
    ),
    _Route(
        "GET",
        _VS + "/{vector_store_id}/files/{file_id}/content",
        "vector_stores.files.content",
        Shape.PAGE,
        _store_file_content,
    ),
    _Route(
        "POST",
        _VS + "/{vector_store_id}/file_batches",
        "vector_stores.file_batches.create",
        Shape.OBJECT,
        _create_batch,
    ),
    _Route(
        "GET",
        _VS + "/{vector_store_id}/file_batches/{batch_id}",
        "vector_stores.file_batches.retrieve",
        Shape.OBJECT,
        _retrieve_batch,
    ),
    _Route(
        "POST",
        _VS + "/{vector_store_id}/file_batches/{batch_id}/cancel",
        "vector_stores.file_batches.cancel",
        Shape.OBJECT,
        _cancel_batch,
    ),
    _Route(
        "GET",
        _VS + "/{vector_store_id}/file_batches/{batch_id}/files",
        "vector_stores.file_batches.list_files",
        Shape.CURSOR_PAGE,
        _list_batch_files,
    ),
    _Route("POST", "/v1/files", "files.create", Shape.OBJECT, _upload_file),
    _Route("GET", "/v1/files", "files.list", Shape.CURSOR_PAGE, _list_files),
    _Route("GET", "/v1/files/{file_id}", "files.retrieve", Shape.OBJECT, _retrieve_file),
    _Route("DELETE", "/v1/files/{file_id}", "files.delete", Shape.OBJECT, _delete_file),
    _Route("GET", "/v1/files/{file_id}/content", "files.content", Shape.BYTES, _file_content),
)


def _expected_body(interaction: Interaction) -> tuple[RequestBody, str | None]:
    body = interaction.request_body
    if not isinstance(body, UnrecordedBody):
        return body, None
    echoed = _upload_echo(interaction)
    if echoed is not None:
        return echoed, None
    return body, f"the recorder dropped the {body.content_type.split(';')[0]} body and the response does not echo it"


def operation_for(interaction: Interaction) -> Operation:
    """The SDK call of a recorded in-scope request; UnmappedError if there is none."""
    for route in _ROUTES:
        if route.method != interaction.method:
            continue
        match = route.pattern.match(interaction.path)
        if match is None:
            continue
        # The SDK quotes path parameters itself, so it gets them decoded.
        params = {name: unquote(value) for name, value in match.groupdict().items()}
        expected, unverifiable = _expected_body(interaction)
        return Operation(route.name, route.shape, route.build(params, interaction), expected, unverifiable)
    raise UnmappedError(f"{interaction.id}: no SDK operation for {interaction.method} {interaction.path}")
