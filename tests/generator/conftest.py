from __future__ import annotations

from collections.abc import Callable

import httpx2
import pytest
from vectorstores_raw import Client

Handler = Callable[[httpx2.Request], httpx2.Response]


@pytest.fixture
def raw_client() -> Callable[[Handler], Client]:
    """A raw Client whose requests go to ``handler`` instead of the network."""

    def make(handler: Handler) -> Client:
        client = Client(base_url="https://api.test/v1", token="sk-test-key")
        client.set_httpx_client(httpx2.Client(base_url="https://api.test/v1", transport=httpx2.MockTransport(handler)))
        client.set_async_httpx_client(
            httpx2.AsyncClient(base_url="https://api.test/v1", transport=httpx2.MockTransport(handler))
        )
        return client

    return make
