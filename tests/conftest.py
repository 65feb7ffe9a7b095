"""What every test folder shares: the event loops async tests run on."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Each ``@pytest.mark.anyio`` test runs once per event loop openai's AsyncOpenAI supports:
    asyncio and trio (anyio's pytest plugin runs the test and its async fixtures in it)."""
    backend: str = request.param
    return backend
