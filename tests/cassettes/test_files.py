"""The Files API: upload (bytes, tuple, path), list by purpose, retrieve, download, delete."""

from __future__ import annotations

from pathlib import Path

from .conftest import MODES, Api, Scenario
from .documents import RETURNS

SAMPLE = Path(__file__).parent / "upload_sample.txt"  # its bytes are in the cassettes


async def files(api: Api) -> None:
    named = await api(lambda c: c.files.create(file=RETURNS, purpose="assistants"))
    assert (named.filename, named.bytes, named.purpose, named.object) == (
        "returns.md",
        len(RETURNS[1]),
        "assistants",
        "file",
    )
    unicode = await api(lambda c: c.files.create(file=("résumé ✓.txt", "naïve café".encode()), purpose="user_data"))
    assert unicode.filename == "résumé ✓.txt"
    from_path = await api(lambda c: c.files.create(file=SAMPLE, purpose="assistants"))
    assert from_path.bytes == SAMPLE.stat().st_size

    listed = await api.all(lambda c: c.files.list(purpose="user_data"))
    assert unicode.id in [item.id for item in listed]
    assert named.id not in [item.id for item in listed]

    fetched = await api(lambda c: c.files.retrieve(named.id))
    assert fetched.filename == "returns.md"
    content = await api(lambda c: c.files.content(named.id))
    assert content.content == RETURNS[1]

    for file in (named, unicode, from_path):
        gone = await api(lambda c, file_id=file.id: c.files.delete(file_id))
        assert (gone.id, gone.deleted) == (file.id, True)


@MODES
def test_files(scenario: Scenario, mode: str) -> None:
    scenario.run("files", mode, files)
