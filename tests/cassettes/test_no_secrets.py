"""No cassette holds a secret: no key-like string anywhere, no credential header."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from vectorstores.testing import SCRUBBED_HEADERS, find_secrets

from .conftest import CASSETTES

RECORDED = sorted(CASSETTES.glob("*.yaml"))


def test_there_are_cassettes_to_scan() -> None:
    assert len(RECORDED) >= 16


@pytest.mark.parametrize("path", RECORDED, ids=lambda path: path.name)
def test_cassette_has_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not find_secrets(text), f"{path.name} holds a key-like string"
    assert "Bearer" not in text
    for interaction in yaml.load(text, Loader=yaml.CSafeLoader)["interactions"]:
        for side in ("request", "response"):
            names = {name.lower() for name in interaction[side].get("headers", {})}
            leaked = names & set(SCRUBBED_HEADERS)
            assert not leaked, f"{path.name}: {side} header {sorted(leaked)} was recorded"
