"""Runs over many files: the picklable API from multiprocessing, --jobs order, the result cache, progress.

These tests check behaviour, not speed (speed is measured by ``python -m lint.bench``).
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import pickle
from pathlib import Path

import pytest

import lint
from lint.parallel import Progress, chunk_size

from .conftest import run_wirelint

STORIES = [
    "The minister said the plan was a total disaster, and critics slammed the decision.\n",
    "Officials met at the White Home on Monday to discuss the budget.\n",
    "The comittee will meet again next week, a spokesman said.\n",
    "Shares rose 3% in early trading after the company reported higher profits.\n",
]


def check_one(text: str) -> dict:
    return lint.check_text(text, "story.txt")


def test_check_text_is_picklable_and_pure_across_processes() -> None:
    assert pickle.loads(pickle.dumps(lint.check_text)) is lint.check_text
    local = [check_one(t) for t in STORIES]
    with multiprocessing.get_context("spawn").Pool(2) as pool:  # spawn: nothing inherited from this process
        remote = pool.map(check_one, STORIES)
    assert remote == local
    assert json.loads(json.dumps(remote)) == remote  # plain data
    assert any(d["code"] == "QA111" for d in local[2]["diagnostics"])  # "comittee" is a real finding


def make_tree(root: Path, n: int = 12) -> list[Path]:
    files = []
    for i in range(n):
        f = root / f"d{i % 3}" / f"story{i:02d}.txt"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(STORIES[i % len(STORIES)] + f"Story number {i} ends here.\n", encoding="utf-8")
        files.append(f)
    return files


def test_jobs_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    outputs = []
    for jobs in ("1", "2", "3"):
        proc = run_wirelint("check", "--no-cache", "--format", "json", "-j", jobs, ".", cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
        outputs.append(json.loads(proc.stdout))
    assert outputs[0] == outputs[1] == outputs[2]
    paths = [r["path"] for r in outputs[0]]
    assert paths == sorted(paths) and len(paths) == 12


def cached_env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, WIRELINT_CACHE_DIR=str(tmp_path / "cache"))


def test_result_cache_hits_unchanged_files_and_misses_edited_ones(tmp_path: Path) -> None:
    files = make_tree(tmp_path / "tree", 4)
    env = cached_env(tmp_path)
    results = tmp_path / "cache" / "results"

    def run(*extra: str) -> list[dict]:
        proc = run_wirelint("check", "--format", "json", *extra, "tree", cwd=tmp_path, env=env)
        assert proc.returncode == 1, proc.stderr
        return json.loads(proc.stdout)

    cold = run()
    entries = sorted(results.iterdir())
    assert len(entries) == 4
    assert run() == cold  # served from the cache
    assert sorted(results.iterdir()) == entries  # nothing new written
    files[0].write_text("The comittee met on Monday, a spokesman said.\n", encoding="utf-8")
    edited = run()
    assert "QA111" in [d["code"] for d in edited[0]["diagnostics"]]
    assert "QA111" not in [d["code"] for d in cold[0]["diagnostics"]]
    assert edited[1:] == cold[1:]
    assert len(list(results.iterdir())) == 5  # one new entry, for the edited file
    assert run("--no-cache") == edited
    assert len(list(results.iterdir())) == 5  # --no-cache neither reads nor writes
    proc = run_wirelint("cache", "clean", env=env)
    assert proc.returncode == 0 and not (tmp_path / "cache").exists()


def test_cached_results_with_jobs_match_a_serial_run(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree", 12)
    env = cached_env(tmp_path)
    serial = run_wirelint("check", "--no-cache", "--format", "json", "-j", "1", "tree", cwd=tmp_path)
    first = run_wirelint("check", "--format", "json", "-j", "2", "tree", cwd=tmp_path, env=env)
    again = run_wirelint("check", "--format", "json", "-j", "2", "tree", cwd=tmp_path, env=env)
    assert json.loads(serial.stdout) == json.loads(first.stdout) == json.loads(again.stdout)


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_only_after_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    now = [0.0]
    tty = FakeTTY()
    bar = Progress(10, stream=tty, after=2.0, clock=lambda: now[0])
    bar.advance(3)
    assert tty.getvalue() == ""  # a short run shows nothing
    now[0] = 2.5
    bar.advance(2)
    assert "5/10 files" in tty.getvalue() and "#" in tty.getvalue()
    bar.close()
    assert tty.getvalue().endswith("\r")
    pipe = io.StringIO()
    quiet = Progress(10, stream=pipe, after=0.0, clock=lambda: now[0])
    assert list(quiet.track(range(10))) == list(range(10))
    assert pipe.getvalue() == ""  # not a terminal: never drawn


def test_chunks_balance_work_between_processes() -> None:
    assert chunk_size(1, 2) == 1
    assert chunk_size(100, 2) == 12
    assert chunk_size(100_000, 2) == 64
