"""Unions whose members share a tag value, on a small document of their own: the tag still
dispatches (a dict look-up, a shared value tried among its own members alone), an unlisted kind
is kept whole as an ``UnknownObject``, a nullable tag counts as a tag, and a union whose members
all carry the same one value is tried member by member."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.generate import Sources, generate

from . import wheel_layout

FIXTURES = Path(__file__).parent / "fixtures"

CHECK = r"""
import httpx2
from vectorstores_raw import Client
from vectorstores_raw.api.threads import get_note, list_items
from vectorstores_raw.base_model import UnknownObject
from vectorstores_raw.models import parse_item

page = {
    "object": "list",
    "data": [
        {"type": "message", "role": "user", "text": "hi"},
        {"type": "message", "id": "m2", "role": "assistant", "text": "hello"},
        {"type": "tool_call", "name": "lookup"},
        {"type": "reference", "id": "m1"},
        {"type": None, "id": "m2"},
        {"id": "m3"},
        {"type": "message", "role": "user", "text": "a kind added later", "future": True, "id": "x"},
        {"type": "video", "role": "user", "text": "looks like a message", "url": "u"},
    ],
    "has_more": False,
}
client = Client(base_url="https://api.test/v1", token="t")
answer = httpx2.MockTransport(lambda request: httpx2.Response(200, json=page))
client.set_httpx_client(httpx2.Client(base_url="https://api.test/v1", transport=answer))
parsed = list_items.sync(client, "t1")
kinds = [type(item).__name__ for item in parsed.data]
assert kinds == [
    "InputMessage", "OutputMessage", "ToolCall", "Reference", "Reference", "Reference", "InputMessage", "UnknownObject"
], kinds
unknown = parsed.data[-1]
assert isinstance(unknown, UnknownObject) and unknown.url == "u" and unknown.to_dict() == page["data"][-1]
assert parsed.to_dict() == page
assert [item.to_dict() for item in parsed.data] == page["data"]
assert parsed.data[6].future is True  # an unlisted key of a known kind is kept too
assert type(parse_item({"type": "message", "role": "system", "text": "s"})).__name__ == "InputMessage"
assert isinstance(parse_item({"type": "call_2", "name": "n"}), UnknownObject)

# Every member says "note": no tag tells them apart, so each is tried by its required keys.
notes = {"/v1/threads/a/notes": {"type": "note", "url": "u"}, "/v1/threads/b/notes": {"type": "note", "text": "t"}}
client.set_httpx_client(
    httpx2.Client(
        base_url="https://api.test/v1",
        transport=httpx2.MockTransport(lambda request: httpx2.Response(200, json=notes[request.url.path])),
    )
)
assert type(get_note.sync(client, "a")).__name__ == "LinkNote"
assert type(get_note.sync(client, "b")).__name__ == "TextNote"
print("ok")
"""


def test_a_tag_some_members_share_still_dispatches(tmp_path: Path) -> None:
    sources = Sources(spec=FIXTURES / "shared_tags.yaml", patches=None, config=FIXTURES / "config.yaml", resources=None)
    generate(tmp_path / "vectorstores_raw", sources)
    models = tmp_path / "vectorstores_raw" / "models"
    # A look-up, not a try, in the named union and in the page's own field alike (spacing aside).
    table = (
        'discriminated_parser("type",{"message":(InputMessage,OutputMessage),"tool_call":ToolCall,'
        '"reference":Reference})'
    )
    for module in ("item.py", "item_list.py"):
        assert table in "".join((models / module).read_text(encoding="utf-8").split()), module
    assert "union_parser(TextNote, LinkNote)" in (models / "note.py").read_text(encoding="utf-8")
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
