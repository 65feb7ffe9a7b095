# Generated from openapi.yaml by make generate; do not edit.
"""Where each model class's schema lives in ``openapi.json`` (shipped beside this module), so
tools and tests can find a model's schema without knowing how its class name was chosen."""

from __future__ import annotations

# Class name -> JSON pointer (RFC 6901: ``~1`` is ``/``, ``~0`` is ``~``) into openapi.json.
SCHEMA_OF: dict[str, str] = {
    "CreateUploadBody": "#/paths/~1uploads/post/requestBody/content/multipart~1form-data/schema",
    "CreateUploadBodyExpiresAfter": "#/paths/~1uploads/post/requestBody/content/multipart~1form-data/schema/properties/expires_after",
    "CreateUploadResponse200": "#/paths/~1uploads/post/responses/200/content/application~1json/schema",
}
