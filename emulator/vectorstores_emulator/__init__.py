"""A local, stateful emulator of the OpenAI Vector Stores and Files API.

``python -m vectorstores_emulator --port 8000`` serves it; ``create_app()`` gives the ASGI app.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
