"""General schema features on a small document of their own: unions told apart by their tag
(dispatch by a dict look-up; an unlisted kind kept whole), recursion through a union, nullable
and string-or-list values, a 2xx with no content, and an operation that can answer as
``text/event-stream`` (a parser for one event of the stream's union)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.generate import Sources, generate

from . import wheel_layout

FIXTURES = Path(__file__).parent / "fixtures"

CHECK = r"""
import httpx2, inspect, json
from vectorstores_raw import Client
from vectorstores_raw.api.runs import create_run, delete_run
from vectorstores_raw.base_model import UnknownObject
from vectorstores_raw.models import Run, RunEvent, parse_part, parse_run_event

nested = {"type": "group", "parts": [{"type": "text", "text": "a"}, {"type": "group", "parts": []}]}
run = Run.from_dict({"id": "r1", "output": [nested, {"type": "video", "url": "u"}], "note": None, "extra": 1})
group, unknown = run.output
assert type(group).__name__ == "Group", type(group)
assert type(group.parts[0]).__name__ == "TextPart" and group.parts[0].text == "a"
assert type(group.parts[1]).__name__ == "Group"
assert isinstance(unknown, UnknownObject) and unknown.url == "u" and unknown.to_dict() == {"type": "video", "url": "u"}
assert run.to_dict() == {"id": "r1", "output": [nested, {"type": "video", "url": "u"}], "note": None, "extra": 1}
assert type(parse_part({"text": "untagged"})).__name__ == "TextPart"  # no tag: tried member by member

delta = parse_run_event({"type": "run.delta", "delta": "x", "sequence_number": 3})
assert type(delta).__name__ == "RunDeltaEvent" and delta.delta == "x" and delta.sequence_number == 3
created = create_run.parse_event({"type": "run.created", "run": {"id": "r2", "output": []}})
assert type(created).__name__ == "RunCreatedEvent" and created.run.id == "r2"
assert isinstance(create_run.parse_event({"type": "run.future", "x": 1}), UnknownObject)

sent = []
def handler(request):
    sent.append(json.loads(request.content) if request.content else None)
    if request.method == "DELETE":
        return httpx2.Response(200)
    return httpx2.Response(200, json={"id": "r3", "output": [{"type": "text", "text": "t"}]})
client = Client(base_url="https://api.test/v1", token="t")
client.set_httpx_client(httpx2.Client(base_url="https://api.test/v1", transport=httpx2.MockTransport(handler)))
assert create_run.sync(client, input="hello").output[0].text == "t"
assert create_run.sync(client, input=[{"type": "text", "text": "x"}]).id == "r3"
assert sent == [{"input": "hello"}, {"input": [{"type": "text", "text": "x"}]}], sent
annotation = str(inspect.signature(create_run.sync).parameters["input"].annotation)
assert "str" in annotation and "Iterable" in annotation, annotation
assert delete_run.sync(client, "r3") is None
print("ok")
"""


def test_tagged_unions_recursion_and_event_streams(tmp_path: Path) -> None:
    sources = Sources(
        spec=FIXTURES / "tagged_unions.yaml", patches=None, config=FIXTURES / "config.yaml", resources=None
    )
    generate(tmp_path / "vectorstores_raw", sources)
    union = (tmp_path / "vectorstores_raw" / "models" / "part.py").read_text(encoding="utf-8")
    assert 'discriminated_parser("type", {"text": TextPart, "group": Group})' in union  # a look-up, not a try
    wheel_layout.merge(tmp_path, tmp_path, ("vectorstores_raw",))
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path)},
    )
    assert result.stdout.strip() == "ok", result.stderr
