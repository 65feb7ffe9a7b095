"""The ``/v1`` handlers, one module per resource."""
