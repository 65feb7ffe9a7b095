# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseBilling``."""

from vectorstores_raw.models import ResponseBilling

__all__ = [
    "ResponseBilling",
]
