# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_upload_body import CreateUploadBody
    from .create_upload_body_expires_after import CreateUploadBodyExpiresAfter
    from .create_upload_response_200 import CreateUploadResponse200

_MODULES: dict[str, str] = {
    "CreateUploadBody": ".create_upload_body",
    "CreateUploadBodyExpiresAfter": ".create_upload_body_expires_after",
    "CreateUploadResponse200": ".create_upload_response_200",
}

__all__ = [
    "CreateUploadBody",
    "CreateUploadBodyExpiresAfter",
    "CreateUploadResponse200",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
