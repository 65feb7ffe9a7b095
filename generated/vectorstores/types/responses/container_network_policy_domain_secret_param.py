# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyDomainSecretParam``."""

from vectorstores_raw.models import ContainerNetworkPolicyDomainSecretParam

__all__ = [
    "ContainerNetworkPolicyDomainSecretParam",
]
