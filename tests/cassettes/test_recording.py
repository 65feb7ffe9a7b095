"""An application's cassette does not depend on how fast the server was: recorded against two
emulators whose processing takes different (wall-clock) times and whose ids are random, the
cassettes are the same file, and replaying it gives the application what the server gave."""

from __future__ import annotations

from pathlib import Path

from vectorstores import OpenAI
from vectorstores.testing import instant, make_vcr
from vectorstores_emulator.launch import running

KEY = "sk-application-test-0000"


def application(client: OpenAI) -> list[object]:
    """What an application does: upload, index (polling), search, clean up."""
    upload = client.files.create(file=("notes.txt", b"Refunds are issued within 14 days."), purpose="assistants")
    store = client.vector_stores.create(name="support")
    attached = client.vector_stores.files.create_and_poll(vector_store_id=store.id, file_id=upload.id)
    hits = client.vector_stores.search(store.id, query="refunds")
    client.vector_stores.delete(store.id)
    client.files.delete(upload.id)
    return [attached.status, [hit.filename for hit in hits], store.created_at]


# Emulators an application could meet: seeded, with processing that ends on the 2nd or the 7th
# request after attaching, and one in wall-clock time with random ids (polled every 0.1 s for
# about a second). The same poll hint for all: it is the server's answer, not its speed.
SERVERS = {
    "after-2-requests": ("--seed", "1", "--processing-delay-ms", "2000", "--poll-after-ms", "100"),
    "after-7-requests": ("--seed", "2", "--processing-delay-ms", "7000", "--poll-after-ms", "100"),
    "wall-clock": ("--processing-delay-ms", "1000", "--poll-after-ms", "100"),
}


def test_recorded_with_different_processing_delays_the_cassette_is_the_same(tmp_path: Path) -> None:
    results = []
    for name, options in SERVERS.items():
        recorder = make_vcr(tmp_path, record_mode="once")
        with (
            running(*options) as base_url,
            recorder.use_cassette(f"{name}.yaml"),
            OpenAI(api_key=KEY, base_url=base_url, max_retries=0) as client,
        ):
            results.append(application(client))
    first, *others = ((tmp_path / f"{name}.yaml").read_text() for name in SERVERS)
    assert all(other == first for other in others)
    assert "in_progress" in first  # the state the application waited through is kept, once

    with (
        make_vcr(tmp_path, record_mode="none").use_cassette("after-7-requests.yaml"),
        instant(OpenAI(api_key=KEY, base_url="http://recorded.invalid/v1")) as client,
    ):
        replayed = application(client)
    assert replayed[:2] == results[1][:2] == ["completed", ["notes.txt"]]
