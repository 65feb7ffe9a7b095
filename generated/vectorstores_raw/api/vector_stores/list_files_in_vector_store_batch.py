# Generated from openapi.yaml by make generate; do not edit.
"""``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

from typing import Any

import httpx2

from ...client import (
    Client,
    RequestOptions,
    build_response,
    json_body,
    parse_object,
    path_segment,
    query_params,
)
from ...models.list_files_in_vector_store_batch_filter import (
    ListFilesInVectorStoreBatchFilter,
)
from ...models.list_files_in_vector_store_batch_order import (
    ListFilesInVectorStoreBatchOrder,
)
from ...models.list_vector_store_files_response import ListVectorStoreFilesResponse
from ...types import (
    NOT_GIVEN,
    Body,
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
OPERATION = ("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "limit": {"type": "integer"},
    "order": {"type": "string", "enum": ["asc", "desc"]},
    "after": {"type": "string"},
    "before": {"type": "string"},
    "filter": {"type": "string", "enum": ["in_progress", "completed", "failed", "cancelled"]},
}


def request_options(
    batch_id: str,
    *,
    vector_store_id: str,
    limit: int | Omit = omit,
    order: ListFilesInVectorStoreBatchOrder | Omit = omit,
    after: str | Omit = omit,
    before: str | Omit = omit,
    filter: ListFilesInVectorStoreBatchFilter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`` sends for these arguments."""
    check_arguments(
        _RULES,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "filter": filter,
        },
    )
    return RequestOptions(
        method="GET",
        url="/vector_stores/{vector_store_id}/file_batches/{batch_id}/files".format(
            vector_store_id=path_segment("vector_store_id", vector_store_id),
            batch_id=path_segment("batch_id", batch_id),
        ),
        params=query_params(
            {
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "filter": filter,
            },
            extra_query,
        ),
        json=json_body({}, extra_body) or None,  # no body unless extra_body has keys
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> ListVectorStoreFilesResponse:
    """The ListVectorStoreFilesResponse in a 2xx response."""
    return ListVectorStoreFilesResponse.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    batch_id: str,
    *,
    vector_store_id: str,
    limit: int | Omit = omit,
    order: ListFilesInVectorStoreBatchOrder | Omit = omit,
    after: str | Omit = omit,
    before: str | Omit = omit,
    filter: ListFilesInVectorStoreBatchFilter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ListVectorStoreFilesResponse]:
    """Returns a list of vector store files in a batch.

    Send ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`` and return the parsed result with the
    response details.

    Args:
        batch_id: The ID of the file batch that the files belong to.
        vector_store_id: The ID of the vector store that the files belong to.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
            can include before=obj_foo in order to fetch the previous page of the list.
        filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ListVectorStoreFilesResponse]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            batch_id,
            vector_store_id=vector_store_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter=filter,
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
    batch_id: str,
    *,
    vector_store_id: str,
    limit: int | Omit = omit,
    order: ListFilesInVectorStoreBatchOrder | Omit = omit,
    after: str | Omit = omit,
    before: str | Omit = omit,
    filter: ListFilesInVectorStoreBatchFilter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ListVectorStoreFilesResponse:
    """Returns a list of vector store files in a batch.

    Send ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`` and return the parsed result.

    Args:
        batch_id: The ID of the file batch that the files belong to.
        vector_store_id: The ID of the vector store that the files belong to.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
            can include before=obj_foo in order to fetch the previous page of the list.
        filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ListVectorStoreFilesResponse: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                batch_id,
                vector_store_id=vector_store_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                filter=filter,
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
    batch_id: str,
    *,
    vector_store_id: str,
    limit: int | Omit = omit,
    order: ListFilesInVectorStoreBatchOrder | Omit = omit,
    after: str | Omit = omit,
    before: str | Omit = omit,
    filter: ListFilesInVectorStoreBatchFilter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ListVectorStoreFilesResponse]:
    """Returns a list of vector store files in a batch.

    Send ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`` and return the parsed result with the
    response details.

    Args:
        batch_id: The ID of the file batch that the files belong to.
        vector_store_id: The ID of the vector store that the files belong to.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
            can include before=obj_foo in order to fetch the previous page of the list.
        filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ListVectorStoreFilesResponse]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            batch_id,
            vector_store_id=vector_store_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter=filter,
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
    batch_id: str,
    *,
    vector_store_id: str,
    limit: int | Omit = omit,
    order: ListFilesInVectorStoreBatchOrder | Omit = omit,
    after: str | Omit = omit,
    before: str | Omit = omit,
    filter: ListFilesInVectorStoreBatchFilter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ListVectorStoreFilesResponse:
    """Returns a list of vector store files in a batch.

    Send ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`` and return the parsed result.

    Args:
        batch_id: The ID of the file batch that the files belong to.
        vector_store_id: The ID of the vector store that the files belong to.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
            can include before=obj_foo in order to fetch the previous page of the list.
        filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ListVectorStoreFilesResponse: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                batch_id,
                vector_store_id=vector_store_id,
                limit=limit,
                order=order,
                after=after,
                before=before,
                filter=filter,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
