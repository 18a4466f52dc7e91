"""A non-editable install into a fresh venv finds and uses the built-in rule packs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_ships_rule_packs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheels), str(ROOT)], check=True, capture_output=True, timeout=300)
    [wheel] = wheels.glob("wirelint-*.whl")
    env_dir = tmp_path / "fresh"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # Dependencies come from the test environment (no network); the package itself from the wheel.
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    article = tmp_path / "elsewhere" / "story.txt"
    article.parent.mkdir()
    article.write_text("Officials met at the White Home on Monday.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    probe = "import lint, lint.packs; print(lint.__file__); print(lint.packs.builtin_dir())"
    where = subprocess.run([str(py), "-c", probe], cwd=article.parent, capture_output=True, text=True, env=env,
                           check=True).stdout.split()
    assert where[0].startswith(str(env_dir)) and where[1].endswith("lint/_packs")
    proc = subprocess.run([str(env_dir / "bin" / "wirelint"), "check", "--no-cache", "--format", "json", "story.txt"],
                          cwd=article.parent, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr
    [report] = json.loads(proc.stdout)
    fixes = [d["data"].get("replacement") for d in report["diagnostics"]]
    assert "White House" in fixes
