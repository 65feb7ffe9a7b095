"""Errors in the envelope the real API answers with."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

__all__ = ["ApiError", "invalid", "not_found"]


class ApiError(Exception):
    """An answer other than success, raised anywhere in a handler and rendered by the app."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",  # the envelope's own key
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        detail: bool = True,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}
        self.detail = detail

    def body(self) -> dict[str, Any]:
        """``{"error": {...}}``, with the ``detail`` twin that real 4xx answers of the stores and
        files carry since 2025 (the Responses API's recorded 404 has none: ``detail=False``)."""
        error = {"message": self.message, "type": self.type, "param": self.param, "code": self.code}
        if not self.detail:
            return {"error": error}
        return {"error": error, "detail": {"message": self.message, "code": self.code}}

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def invalid(param: str | None, message: str, code: str | None = "invalid_value") -> ApiError:
    """A 400 naming the parameter at fault."""
    return ApiError(400, message, param=param, code=code)


def not_found(kind: str, object_id: str) -> ApiError:
    """A 404 worded as the real API words it (``No such File object: file-...``)."""
    return ApiError(404, f"No such {kind} object: {object_id}", param="id")
