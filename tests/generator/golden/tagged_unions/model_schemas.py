# Generated from openapi.yaml by make generate; do not edit.
"""Where each model class's schema lives in ``openapi.json`` (shipped beside this module), so
tools and tests can find a model's schema without knowing how its class name was chosen."""

from __future__ import annotations

# Class name -> JSON pointer (RFC 6901: ``~1`` is ``/``, ``~0`` is ``~``) into openapi.json.
SCHEMA_OF: dict[str, str] = {
    "CreateRunBody": "#/paths/~1runs/post/requestBody/content/application~1json/schema",
    "EventBase": "#/components/schemas/EventBase",
    "Group": "#/components/schemas/GroupPart",
    "Run": "#/components/schemas/Run",
    "RunCreatedEvent": "#/components/schemas/RunCreatedEvent",
    "RunDeltaEvent": "#/components/schemas/RunDeltaEvent",
    "TextPart": "#/components/schemas/TextPart",
}
