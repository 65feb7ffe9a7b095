"""The README's SDK example runs as written (the network replaced by the in-memory API)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx2
import pytest

from tests.overlays.fake_api import FakeAPI

README = Path(__file__).resolve().parent.parent / "README.md"


def _example() -> str:
    section = README.read_text(encoding="utf-8").split("## Using the SDK", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "no python example under 'Using the SDK'"
    return match.group(1)


def test_readme_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    api = FakeAPI()

    def handle(self: httpx2.HTTPTransport, request: httpx2.Request) -> httpx2.Response:
        request.read()
        return api(request)

    monkeypatch.setattr(httpx2.HTTPTransport, "handle_request", handle)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-readme")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    for name in re.findall(r'"([\w-]+\.(?:md|txt))"', _example()):
        (tmp_path / name).write_text(f"contents of {name}\n")

    exec(compile(_example(), str(README), "exec"), {})

    printed = capsys.readouterr().out
    assert "2 2" in printed  # the progress callback's last call
    assert any(request.url.path.endswith("/search") for request in api.requests)
    assert all(request.url.host == "api.openai.com" for request in api.requests)
