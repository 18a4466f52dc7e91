"""The report is the same whatever Python's string-hash seed and however many processes run.

Set and dict order in CPython depends on ``PYTHONHASHSEED`` for strings; a rule that breaks a tie
by iterating a set would give a different code or message from one run to the next (one did: a
menu line tied between two boilerplate labels). These tests lint the seeds and every fixture text
under different seeds and job counts and compare the JSON byte for byte.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import FIXTURES, SEEDS, run_wirelint


def _texts() -> list[str]:
    fixtures = sorted(str(p) for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md"))
    return [str(SEEDS), *fixtures]


def _report(seed: str, *extra: str, cwd: Path | None = None) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = run_wirelint("check", "--no-cache", "--format", "json", *extra, *_texts(), env=env, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def test_json_report_is_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    first = _report("1", cwd=tmp_path)
    assert '"SP900"' in first and '"BP1' in first  # the seeds' verdict and boilerplate are in it
    assert _report("2", cwd=tmp_path) == first
    assert _report("77", cwd=tmp_path) == first


def test_json_report_is_identical_with_one_or_two_processes(tmp_path: Path) -> None:
    assert _report("3", "--jobs", "2", cwd=tmp_path) == _report("3", "--jobs", "1", cwd=tmp_path)
