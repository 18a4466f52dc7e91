"""The pre-commit hooks, installed from this repository's .pre-commit-hooks.yaml, in a real git repo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTICLE = "Officials met at the White Home on Monday to discuss the budget.\n"


def _git(repo: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=300)


def _local_config() -> str:
    """A repo-local pre-commit config built from our hook definitions, run with this environment's wirelint."""
    import yaml  # pre-commit depends on PyYAML

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    wirelint = str(Path(sys.executable).with_name("wirelint"))
    local = []
    for hook in hooks:
        hook = dict(hook, language="system", entry=hook["entry"].replace("wirelint", wirelint, 1))
        hook.pop("require_serial", None)
        local.append(hook)
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": local}]}, sort_keys=False)


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_commit_refused_then_accepted_after_fix(tmp_path: Path) -> None:
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists():
        pytest.skip("pre-commit not installed")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "GIT_AUTHOR_NAME": "Desk",
           "GIT_AUTHOR_EMAIL": "desk@example.invalid", "GIT_COMMITTER_NAME": "Desk",
           "GIT_COMMITTER_EMAIL": "desk@example.invalid", "HOME": str(tmp_path)}
    _git(repo, "init", "-q", "-b", "main", env=env)
    config = _local_config()
    # Both hooks run on commit: the check hook prints the finding, the fix hook rewrites the file.
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    subprocess.run([str(pre_commit), "install"], cwd=repo, env=env, check=True, capture_output=True)
    (repo / "story.md").write_text(ARTICLE, encoding="utf-8")
    _git(repo, "add", ".", env=env)
    refused = _git(repo, "commit", "-m", "Add story", env=env)
    assert refused.returncode != 0
    output = refused.stdout + refused.stderr
    assert "story.md:1:22: SP" in output and "White House" in output
    # The wirelint-fix hook rewrote the file in place (safe fixes only); commit again.
    assert (repo / "story.md").read_text(encoding="utf-8") == ARTICLE.replace("White Home", "White House")
    _git(repo, "add", ".", env=env)
    accepted = _git(repo, "commit", "-m", "Add story", env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "wirelint" in accepted.stdout + accepted.stderr
