"""The README's first example runs as written (the network replaced by the in-memory API), and
every Python block of the README and the other pages of the site is valid Python."""

from __future__ import annotations

import re
from pathlib import Path

import httpx2
import pytest

from tests.overlays.fake_api import FakeAPI

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = [README, ROOT / "emulator" / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _example() -> str:
    section = README.read_text(encoding="utf-8").split("## A first example", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "no python example under 'A first example'"
    return match.group(1)


def _python_blocks(page: Path) -> list[tuple[int, str]]:
    """Each ```python block of a Markdown page, with the line it starts on."""
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start()) + 2, match.group(1))
        for match in re.finditer(r"^```python\n(.*?)^```", text, re.DOTALL | re.MULTILINE)
    ]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_python_block_compiles(page: Path) -> None:
    for line, block in _python_blocks(page):
        try:
            compile(block, f"{page}:{line}", "exec")
        except SyntaxError as error:
            pytest.fail(f"{page.relative_to(ROOT)}:{line}: {error}")


def test_the_guides_hold_python_examples() -> None:
    # The glob above finds the guides; this is what keeps it from passing on an empty list.
    assert sum(len(_python_blocks(page)) for page in PAGES) >= 7


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


def _quick_start() -> str:
    """The first example and the file-search question after it, as one program."""
    section = README.read_text(encoding="utf-8").split("## A first example", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 2, "the quick start is the first example, then the file-search question"
    assert "client.responses.stream(" in blocks[1] and '"type": "file_search"' in blocks[1]
    return "".join(blocks)


def test_readme_quick_start_asks_with_file_search_against_the_emulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vectorstores_emulator.launch import running

    monkeypatch.chdir(tmp_path)
    (tmp_path / "guide.md").write_text(
        "# Guide\n\nInstall it with pip install vectorstores, then set OPENAI_API_KEY.\n"
    )
    (tmp_path / "faq.txt").write_text("Questions about billing go to the support desk.\n")
    with running("--api-key", "sk-readme", "--processing-delay-ms", "20") as base_url:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-readme")
        monkeypatch.setenv("OPENAI_BASE_URL", base_url)
        exec(compile(_quick_start(), str(README), "exec"), {})

    printed = capsys.readouterr().out
    answer = "Install it with pip install vectorstores, then set OPENAI_API_KEY."
    assert answer in printed  # the deltas, printed one after another, make up the cited sentence
    file_id = re.search(r"^guide\.md (\d+) (file-\w+)$", printed, re.MULTILINE)
    assert file_id, printed
    assert int(file_id.group(1)) == len(answer) - 1  # cited just before the sentence's full stop
