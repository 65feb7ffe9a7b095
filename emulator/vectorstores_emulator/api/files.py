"""``/v1/files``: upload, list, retrieve, delete, download."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from .. import real_shapes, serialise
from ..context import emulator
from ..errors import invalid, not_found
from .common import answer, list_query, page_of

__all__ = ["create_file", "delete_file", "download_file", "list_files", "retrieve_file"]

PURPOSES = ("fine-tune", "assistants", "batch", "user_data", "vision", "evals")
_FORM_FIELDS = {"file", "purpose", "expires_after[anchor]", "expires_after[seconds]"}


def _lifetime(form: Any) -> int | None:
    """The seconds from creation to expiry that the form asks for (None: the file never expires)."""
    anchor, seconds = form.get("expires_after[anchor]"), form.get("expires_after[seconds]")
    if anchor is None and seconds is None:
        return None
    if anchor != "created_at":
        raise invalid(
            "expires_after.anchor",
            f"Invalid value for 'expires_after.anchor': '{anchor}'. Supported values are: 'created_at'.",
        )
    try:
        count = int(seconds)
    except (TypeError, ValueError):
        raise invalid(
            "expires_after.seconds", "Invalid type for 'expires_after.seconds': expected an integer.", "invalid_type"
        ) from None
    if not 3600 <= count <= 2_592_000:
        raise invalid(
            "expires_after.seconds",
            f"Invalid 'expires_after.seconds': expected a value between 3600 and 2592000, but got {count} instead.",
        )
    return count


async def create_file(request: Request) -> Response:
    emu = emulator(request)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise invalid(
            None, "Uploads are sent as multipart/form-data with 'file' and 'purpose' fields.", "invalid_content_type"
        )
    try:
        form = await request.form(max_files=1, max_fields=8)
    except MultiPartException as problem:
        raise invalid(None, f"The multipart body could not be read: {problem.message}") from None
    try:
        unknown = sorted(set(form.keys()) - _FORM_FIELDS)
        if unknown:
            raise invalid(unknown[0], f"Unknown parameter: '{unknown[0]}'.", "unknown_parameter")
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise invalid("file", "Missing required parameter: 'file'.", "missing_required_parameter")
        purpose = form.get("purpose")
        if purpose is None:
            raise invalid("purpose", "Missing required parameter: 'purpose'.", "missing_required_parameter")
        if purpose not in PURPOSES:
            # Worded as the real API words it.
            raise invalid("purpose", f"'{purpose}' is not one of {list(PURPOSES)} - 'purpose'", None)
        if not upload.filename:
            raise invalid("file", "The uploaded file has no file name.", "missing_filename")
        size = upload.size or 0
        if size > emu.options.max_upload_bytes:
            raise invalid(
                "file", f"The file is {size} bytes; the limit is {emu.options.max_upload_bytes}.", "file_too_large"
            )
        lifetime = _lifetime(form)
        file_id = emu.ids.file_id()
        stored = await run_in_threadpool(emu.blobs.put, file_id, upload.file)
        row = emu.state.add_file(file_id, upload.filename, stored, str(purpose), lifetime)
    finally:
        await form.close()
    body = serialise.file_object(row)
    return answer(real_shapes.uploaded(body) if emu.options.real_shapes else body, emu)


async def list_files(request: Request) -> Response:
    emu = emulator(request)
    query = list_query(request, default_limit=10_000, max_limit=10_000)
    purpose = request.query_params.get("purpose")
    # Expired files are gone, as upstream deletes them.
    where, params = "(expires_at IS NULL OR expires_at > ?)", list[Any]([emu.state.now()])
    if purpose:
        where, params = f"{where} AND purpose = ?", [*params, purpose]
    page = page_of(emu, "files", where, params, query, before=False)
    return answer(serialise.page([serialise.file_object(row) for row in page.rows], page.has_more), emu)


def _file(request: Request) -> Any:
    file_id = request.path_params["file_id"]
    row = emulator(request).state.file(file_id)
    if row is None:
        raise not_found("File", file_id)
    return row


async def retrieve_file(request: Request) -> Response:
    return answer(serialise.file_object(_file(request)), emulator(request))


async def delete_file(request: Request) -> Response:
    emu = emulator(request)
    row = _file(request)
    emu.state.delete_file(row["id"])
    await run_in_threadpool(emu.blobs.delete, row["id"])
    return answer(serialise.file_deleted(row["id"]), emu)


async def download_file(request: Request) -> Response:
    emu = emulator(request)
    row = _file(request)
    # The real API offers the download under its file name.
    headers = {"content-length": str(row["bytes"]), "content-disposition": _attachment(row["filename"])}
    if emu.blobs.path(row["id"]) is None:
        return Response(emu.blobs.read(row["id"]), media_type="application/octet-stream", headers=headers)
    return StreamingResponse(emu.blobs.stream(row["id"]), media_type="application/octet-stream", headers=headers)


def _attachment(filename: str) -> str:
    """``attachment; filename="..."``, quotes and backslashes escaped; a name beyond ASCII
    also as RFC 5987 UTF-8, so the header stays ASCII whatever decodes it."""
    quoted = filename.replace("\\", "\\\\").replace('"', '\\"')
    try:
        quoted.encode("ascii")
    except UnicodeEncodeError:
        fallback = quoted.encode("ascii", "replace").decode("ascii")
        return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"
    return f'attachment; filename="{quoted}"'
