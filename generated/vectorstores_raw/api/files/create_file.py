# Generated from openapi.yaml by make generate; do not edit.
"""``POST /files``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2

from ...client import (
    Client,
    RequestOptions,
    build_response,
    multipart_body,
    parse_object,
    query_params,
)
from ...models.create_file_request_purpose import CreateFileRequestPurpose
from ...models.file_expiration_policy import FileExpirationPolicy
from ...models.file_object import FileObject
from ...types import (
    NOT_GIVEN,
    Body,
    FileInput,
    Headers,
    NotGiven,
    Omit,
    Query,
    omit,
)
from ...types import (
    Response as Detailed,
)
from ...validation import check_arguments

# The operation of the document this module sends (method, path): a registry entry that tests
# and tools read instead of naming the operation themselves.
OPERATION = ("POST", "/files")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "purpose": {"type": "string", "enum": ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]},
    "expires_after": {"$ref": "FileExpirationAfter"},
}


def request_options(
    *,
    file: FileInput,
    purpose: CreateFileRequestPurpose,
    expires_after: FileExpirationPolicy | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /files`` sends for these arguments."""
    check_arguments(
        _RULES,
        {
            "purpose": purpose,
            "expires_after": expires_after,
        },
    )
    return RequestOptions(
        method="POST",
        url="/files",
        params=query_params({}, extra_query),
        **multipart_body(
            {
                "purpose": purpose,
                "expires_after": expires_after,
            },
            {
                "file": file,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> FileObject:
    """The FileObject in a 2xx response."""
    return FileObject.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    *,
    file: FileInput,
    purpose: CreateFileRequestPurpose,
    expires_after: FileExpirationPolicy | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[FileObject]:
    """Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each project
    can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to this endpoint
    are rate-limited to 1,000 requests per minute per authenticated user.

    - The Assistants API supports files up to 2 million tokens and of specific file types. See the [Assistants Tools
      guide](/docs/assistants/tools) for details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has certain required formats for fine-tuning
      [chat](/docs/api-reference/fine-tuning/chat-input) or
      [completions](/docs/api-reference/fine-tuning/completions-input) models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input also has a specific required
      [format](/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If you need to attach multiple uploaded
      files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate limits from file upload, including
      2,000 attached files per minute per organization.

    Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

    Send ``POST /files`` and return the parsed result with the response details.

    Args:
        file: The File object (not file name) to be uploaded.
        purpose: The intended purpose of the uploaded file. One of:

            - `assistants`: Used in the Assistants API
            - `batch`: Used in the Batch API
            - `fine-tune`: Used for fine-tuning
            - `vision`: Images used for vision fine-tuning
            - `user_data`: Flexible file type for any purpose
            - `evals`: Used for eval data sets
        expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
            and all other files are persisted until they are manually deleted.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[FileObject]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
    )
    return build_response(response, parse_response(response))


def sync(
    client: Client,
    /,
    *,
    file: FileInput,
    purpose: CreateFileRequestPurpose,
    expires_after: FileExpirationPolicy | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> FileObject:
    """Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each project
    can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to this endpoint
    are rate-limited to 1,000 requests per minute per authenticated user.

    - The Assistants API supports files up to 2 million tokens and of specific file types. See the [Assistants Tools
      guide](/docs/assistants/tools) for details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has certain required formats for fine-tuning
      [chat](/docs/api-reference/fine-tuning/chat-input) or
      [completions](/docs/api-reference/fine-tuning/completions-input) models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input also has a specific required
      [format](/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If you need to attach multiple uploaded
      files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate limits from file upload, including
      2,000 attached files per minute per organization.

    Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

    Send ``POST /files`` and return the parsed result.

    Args:
        file: The File object (not file name) to be uploaded.
        purpose: The intended purpose of the uploaded file. One of:

            - `assistants`: Used in the Assistants API
            - `batch`: Used in the Batch API
            - `fine-tune`: Used for fine-tuning
            - `vision`: Images used for vision fine-tuning
            - `user_data`: Flexible file type for any purpose
            - `evals`: Used for eval data sets
        expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
            and all other files are persisted until they are manually deleted.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        FileObject: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                file=file,
                purpose=purpose,
                expires_after=expires_after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    file: FileInput,
    purpose: CreateFileRequestPurpose,
    expires_after: FileExpirationPolicy | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[FileObject]:
    """Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each project
    can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to this endpoint
    are rate-limited to 1,000 requests per minute per authenticated user.

    - The Assistants API supports files up to 2 million tokens and of specific file types. See the [Assistants Tools
      guide](/docs/assistants/tools) for details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has certain required formats for fine-tuning
      [chat](/docs/api-reference/fine-tuning/chat-input) or
      [completions](/docs/api-reference/fine-tuning/completions-input) models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input also has a specific required
      [format](/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If you need to attach multiple uploaded
      files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate limits from file upload, including
      2,000 attached files per minute per organization.

    Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

    Send ``POST /files`` and return the parsed result with the response details.

    Args:
        file: The File object (not file name) to be uploaded.
        purpose: The intended purpose of the uploaded file. One of:

            - `assistants`: Used in the Assistants API
            - `batch`: Used in the Batch API
            - `fine-tune`: Used for fine-tuning
            - `vision`: Images used for vision fine-tuning
            - `user_data`: Flexible file type for any purpose
            - `evals`: Used for eval data sets
        expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
            and all other files are persisted until they are manually deleted.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[FileObject]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
    )
    return build_response(response, parse_response(response))


async def asyncio(
    client: Client,
    /,
    *,
    file: FileInput,
    purpose: CreateFileRequestPurpose,
    expires_after: FileExpirationPolicy | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> FileObject:
    """Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each project
    can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to this endpoint
    are rate-limited to 1,000 requests per minute per authenticated user.

    - The Assistants API supports files up to 2 million tokens and of specific file types. See the [Assistants Tools
      guide](/docs/assistants/tools) for details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has certain required formats for fine-tuning
      [chat](/docs/api-reference/fine-tuning/chat-input) or
      [completions](/docs/api-reference/fine-tuning/completions-input) models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input also has a specific required
      [format](/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If you need to attach multiple uploaded
      files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate limits from file upload, including
      2,000 attached files per minute per organization.

    Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

    Send ``POST /files`` and return the parsed result.

    Args:
        file: The File object (not file name) to be uploaded.
        purpose: The intended purpose of the uploaded file. One of:

            - `assistants`: Used in the Assistants API
            - `batch`: Used in the Batch API
            - `fine-tune`: Used for fine-tuning
            - `vision`: Images used for vision fine-tuning
            - `user_data`: Flexible file type for any purpose
            - `evals`: Used for eval data sets
        expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
            and all other files are persisted until they are manually deleted.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        FileObject: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                file=file,
                purpose=purpose,
                expires_after=expires_after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
