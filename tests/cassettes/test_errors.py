"""Errors the server decides: 404 for unknown ids, 400 for input only it can judge."""

from __future__ import annotations

import pytest
from vectorstores import BadRequestError, NotFoundError

from .conftest import MODES, Api, Scenario


async def errors(api: Api) -> None:
    with pytest.raises(NotFoundError) as store:
        await api(lambda c: c.vector_stores.retrieve("vs_does_not_exist"))
    assert store.value.status_code == 404 and "vs_does_not_exist" in store.value.message
    assert store.value.request_id

    with pytest.raises(NotFoundError) as file:
        await api(lambda c: c.files.retrieve("file-does-not-exist"))
    assert "file-does-not-exist" in file.value.message

    created = await api(lambda c: c.vector_stores.create(name="errors"))
    with pytest.raises(NotFoundError):
        await api(lambda c: c.vector_stores.files.create(created.id, file_id="file-does-not-exist"))

    with pytest.raises(BadRequestError) as overlap:
        await api(
            lambda c: c.vector_stores.create(
                chunking_strategy={
                    "type": "static",
                    "static": {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 150},
                }
            )
        )
    assert overlap.value.status_code == 400
    assert overlap.value.param and "chunk_overlap_tokens" in overlap.value.param

    with pytest.raises(ValueError, match="purpose: must be one of") as purpose:  # refused before sending
        await api(lambda c: c.files.create(file=("x.txt", b"x"), purpose="world_domination"))
    assert not isinstance(purpose.value, BadRequestError)

    await api(lambda c: c.vector_stores.delete(created.id))


@MODES
def test_errors(scenario: Scenario, mode: str) -> None:
    scenario.run("errors", mode, errors)
