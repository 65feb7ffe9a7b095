"""The unrelated ``vectorstores`` distribution installed in the same folder is an import error that
says what happened, not a package that half works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from vectorstores._namesake import DISTRIBUTION, check_no_namesake

OVERLAY = Path(__file__).resolve().parents[2] / "overlays" / "vectorstores"


def _site_packages(tmp_path: Path, *metadata: str) -> Path:
    """A folder laid out as pip leaves site-packages: our package and the named metadata folders."""
    site = tmp_path / "site-packages"
    shutil.copytree(OVERLAY, site / "vectorstores", ignore=shutil.ignore_patterns("__pycache__"))
    for name in metadata:
        (site / name).mkdir()
        (site / name / "METADATA").write_text(f"Name: {name.split('-')[0]}\n")
    return site


def test_importing_beside_the_namesake_says_what_happened(tmp_path: Path) -> None:
    site = _site_packages(tmp_path, "vectorstores-0.1.2.dev50.dist-info", "vectorstores_openai-0.1.0.dist-info")
    result = subprocess.run(
        [sys.executable, "-c", "from vectorstores import OpenAI"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("ImportError: the distribution 'vectorstores' 0.1.2.dev50 (an unrelated project")
    assert f"pip uninstall vectorstores {DISTRIBUTION}`, then `pip install {DISTRIBUTION}`" in message


@pytest.mark.parametrize("metadata", ["vectorstores-0.1.2.egg-info", "VectorStores-1.0.dist-info"])
def test_every_form_of_the_namesakes_metadata_is_recognised(tmp_path: Path, metadata: str) -> None:
    site = _site_packages(tmp_path, metadata)
    with pytest.raises(ImportError, match="an unrelated project with the same import name"):
        check_no_namesake(str(site / "vectorstores" / "__init__.py"))


def test_our_own_metadata_and_other_projects_are_no_namesake(tmp_path: Path) -> None:
    site = _site_packages(tmp_path, "vectorstores_openai-0.1.0.dist-info", "vectorstores_extra-1.0.dist-info")
    check_no_namesake(str(site / "vectorstores" / "__init__.py"))
    check_no_namesake(str(tmp_path / "gone" / "vectorstores" / "__init__.py"))  # an unreadable folder: no check
