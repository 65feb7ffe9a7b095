# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerFileCitation`` and the types its fields name."""

from vectorstores_raw.models import ContainerFileCitation, ContainerFileCitationType

__all__ = [
    "ContainerFileCitation",
    "ContainerFileCitationType",
]
