"""Shared helpers: run the CLI as a user does, and build small projects in a temp folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def run_wirelint(*args: str, cwd: Path | None = None, input: bytes | None = None,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m lint ARGS`` the way a user runs ``wirelint``; text output."""
    proc = subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, input=input,
                          capture_output=True, env=env, timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode,
                                       proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def run_json(*args: str, cwd: Path | None = None) -> list[dict]:
    proc = run_wirelint("check", "--format", "json", "--no-cache", *args, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A project folder using the demo pack from fixtures/packs, with one article."""
    shutil.copytree(FIXTURES / "packs", tmp_path / "packs")
    (tmp_path / "packs" / "broken-example.toml").unlink()
    shutil.copy(FIXTURES / "demo-article.md", tmp_path / "article.md")
    (tmp_path / ".wirelint.toml").write_text('packs = ["packs/demo.toml"]\n', encoding="utf-8")
    return tmp_path


def codes(report: dict) -> list[str]:
    return [d["code"] for d in report["diagnostics"]]


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path
