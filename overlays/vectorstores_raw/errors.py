"""Errors raised by the client: every non-2xx status is a typed APIStatusError, transport
failures are APIConnectionError, and a 2xx body that is not what was expected is
APIResponseValidationError. Nothing is ever returned as if it were a result."""

from __future__ import annotations

import json
from typing import Any

import httpx2

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "excerpt",
    "status_error",
]

EXCERPT_CHARS = 500


class OpenAIError(Exception):
    """Base of every error this package raises."""


class APIError(OpenAIError):
    """An error about a request to the API."""

    message: str
    request: httpx2.Request | None
    body: object | None
    code: str | None
    param: str | None
    type: str | None

    def __init__(self, message: str, request: httpx2.Request | None = None, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        # As openai-python keeps it: the envelope's inner ``error`` object when there is one.
        error = body.get("error") if isinstance(body, dict) else None
        self.body = error if isinstance(error, dict) else body
        error = self.body if isinstance(self.body, dict) else {}
        self.code = _text(error.get("code"))
        self.param = _text(error.get("param"))
        self.type = _text(error.get("type"))


class APIStatusError(APIError):
    """The server answered with a status outside 2xx."""

    response: httpx2.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx2.Response, body: object | None) -> None:
        super().__init__(message, _request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400: the request was malformed or an argument is invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: the object does not exist (or is not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the object's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests, or the quota is used up."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class APIConnectionError(APIError):
    """The request did not get a response: connection refused, reset or dropped."""

    def __init__(self, message: str = "Connection error.", request: httpx2.Request | None = None) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx2.Request | None = None) -> None:
        super().__init__("Request timed out.", request)


class APIResponseValidationError(APIError):
    """A successful status came with a body that is not the expected JSON shape."""

    response: httpx2.Response
    status_code: int

    def __init__(self, response: httpx2.Response, reason: str, body: object | None = None) -> None:
        super().__init__(
            f"{reason} (status {response.status_code}): {excerpt(response)}", _request_of(response), body=body
        )
        self.response = response
        self.status_code = response.status_code


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None if value is None else str(value)


def _request_of(response: httpx2.Response) -> httpx2.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def excerpt(response: httpx2.Response) -> str:
    """The start of a response body, for messages: enough to recognise an HTML error page."""
    try:
        content = response.content
    except httpx2.ResponseNotRead:  # an event stream is read event by event, never held whole
        return "(a streamed body)"
    text = content[:EXCERPT_CHARS].decode("utf-8", errors="replace")
    return repr(text + ("..." if len(content) > EXCERPT_CHARS else ""))


def status_error(response: httpx2.Response) -> APIStatusError:
    """The typed error for a non-2xx response, filled from the API's error envelope."""
    try:
        body: object | None = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python's stack
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    if not isinstance(message, str) or not message:
        message = excerpt(response) if response.content else "(empty body)"
    cls = STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    # Worded as openai-python words it; the server's own message stays in ``body["message"]``.
    worded = f"Error code: {response.status_code} - {message}"
    return cls(worded, response=response, body=body if body is not None else response.text)
