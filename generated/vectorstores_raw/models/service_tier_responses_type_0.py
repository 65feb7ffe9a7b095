# Generated from openapi.yaml by make generate; do not edit.
"""The ``ServiceTierResponsesType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ServiceTierResponsesType0 = Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"]
"""Specifies the processing type used for serving the request.

  - If set to 'auto', then the request will be processed with the service tier configured in the Project settings.
    Unless otherwise configured, the Project will use 'default'.
  - If set to 'default', then the request will be processed with the standard pricing and performance for the
    selected model.
  - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing
    service tier.
  - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or
    `service_tier=priority` parameter for Responses or Chat Completions. The response will show
    `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
  - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service
    tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show
    `service_tier=ultrafast`.
  - When not set, the default behavior is 'auto'.

When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the
processing mode actually used to serve the request. This response value may be different from the value set in the
parameter.
"""

SERVICE_TIER_RESPONSES_TYPE_0_VALUES: frozenset[str] = frozenset(
    ["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"]
)


def check_service_tier_responses_type_0(value: str) -> ServiceTierResponsesType0:
    """Return ``value`` typed as ServiceTierResponsesType0; an unlisted value passes through."""
    return cast(ServiceTierResponsesType0, value)
