# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerFileCitationType``."""

from vectorstores_raw.models import ContainerFileCitationType

__all__ = [
    "ContainerFileCitationType",
]
