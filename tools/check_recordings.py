"""Fail when a committed cassette is not what recording against today's emulator writes.

Every scenario of tests/cassettes is recorded again, into a scratch folder, against the seeded
emulator (what ``make record`` does for a missing cassette), and each result must equal the
committed file byte for byte: recording is deterministic, so any difference means the emulator
now answers differently (a header added, a field renamed) and the cassette is stale. Each
difference is shown by request and field (``vectorstores.testing diff``). About 30 seconds.
Usage: ``python tools/check_recordings.py`` from the repository root (``make check-recordings``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "tests" / "cassettes" / "recorded"
# The recording scenarios only: the secrets scan reads the committed folder, and test_recording
# records into its own temporary folder.
NOT_RECORDING = ("tests/cassettes/test_no_secrets.py", "tests/cassettes/test_recording.py")


def record_into(folder: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "VECTORSTORES_RECORD": "1", "VECTORSTORES_CASSETTES": str(folder)}
    environment.pop("LIVE", None)  # the emulator, never the real API
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/cassettes"]
    command += [f"--ignore={path}" for path in NOT_RECORDING]
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, check=False)


def differences(committed: Path, fresh: Path) -> list[str]:
    """One block per cassette that differs: its name, then what changed by request and field."""
    found = []
    for name in sorted({path.name for path in (*committed.glob("*.yaml"), *fresh.glob("*.yaml"))}):
        old, new = committed / name, fresh / name
        if old.is_file() and new.is_file() and old.read_bytes() == new.read_bytes():
            continue
        described = subprocess.run(
            [sys.executable, "-m", "vectorstores.testing", "diff", str(old), str(new)],
            capture_output=True,
            text=True,
            check=False,
        )
        detail = described.stdout.strip() or "  the same requests and fields, spelt differently"
        found.append(f"{name}:\n{detail}")
    return found


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="recordings-") as scratch:
        recorded = record_into(Path(scratch))
        if recorded.returncode != 0:
            print(recorded.stdout + recorded.stderr, file=sys.stderr)
            print("recording against the emulator failed", file=sys.stderr)
            return 1
        found = differences(COMMITTED, Path(scratch))
    if found:
        print("\n".join(found), file=sys.stderr)
        print(
            f"{len(found)} cassettes differ from a recording against today's emulator: delete them and"
            " `make record` (CONTRIBUTING.md, Re-record cassettes)",
            file=sys.stderr,
        )
        return 1
    print(f"{len(list(COMMITTED.glob('*.yaml')))} cassettes are what the emulator records today")
    return 0


if __name__ == "__main__":
    sys.exit(main())
