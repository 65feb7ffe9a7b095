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


def test_recorded_twice_with_different_processing_delays_the_cassette_is_the_same(tmp_path: Path) -> None:
    results = []
    for delay_ms in (300, 1500):
        recorder = make_vcr(tmp_path, record_mode="once")
        with (
            running("--processing-delay-ms", str(delay_ms), "--poll-after-ms", "100") as base_url,
            recorder.use_cassette(f"delay-{delay_ms}.yaml"),
            OpenAI(api_key=KEY, base_url=base_url) as client,
        ):
            results.append(application(client))
    fast, slow = ((tmp_path / f"delay-{delay_ms}.yaml").read_text() for delay_ms in (300, 1500))
    assert fast == slow
    assert "in_progress" in fast  # the state the application waited through is kept, once

    with (
        make_vcr(tmp_path, record_mode="none").use_cassette("delay-1500.yaml"),
        instant(OpenAI(api_key=KEY, base_url="http://recorded.invalid/v1")) as client,
    ):
        replayed = application(client)
    assert replayed[:2] == results[1][:2] == ["completed", ["notes.txt"]]
