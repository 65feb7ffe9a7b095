"""``make demo`` runs: the quickstart against a freshly started emulator, end to end."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_the_whole_workflow_against_the_emulator() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_") and key != "LIVE"}
    done = subprocess.run(
        [sys.executable, "-m", "examples.demo"],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "Store is completed: 3 files" in out
    assert "is completed: 12 of 12 files indexed" in out
    assert "Listed 15 files in 3 pages of at most 5: [5, 5, 5]" in out
    assert "Filtered to topic=shipping: ['shipping.md']" in out
    assert "deleted the store and 15 uploaded files" in out
    # The refund question finds the returns page first.
    table = out.split("Search:")[1].split("Filtered")[0]
    first = next(line for line in table.splitlines() if ".md" in line or ".txt" in line)
    assert "returns.md" in first
    # Last, the model is asked with file_search: the answer streams in, then its citations, each an
    # index into the answer just before the cited sentence's closing mark.
    answer = out.split("Answer: ")[1].split("\n")[0]
    assert answer.startswith("Refunds go back to the original payment method within 5 business days")
    cited = re.findall(r"cites (\S+) at index (\d+) \((file-\w+)\)", out)
    assert cited and cited[0][0] == "returns.md"
    for _, index, _ in cited:
        assert answer[int(index)] in ".!?"
    assert out.index("Answer: ") < out.index("cites returns.md") < out.index("Cleaned up")


def test_live_mode_refuses_to_run_without_a_key() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
    done = subprocess.run(
        [sys.executable, "-m", "examples.demo"],
        check=False,
        cwd=ROOT,
        env={**env, "LIVE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "OPENAI_API_KEY" in done.stdout
