"""A real editor: headless Neovim (Debian's ``neovim`` package) with a small Lua config attaches
``wirelint server`` to a Markdown buffer; tests/nvim/scenario.lua reads ``vim.diagnostic.get()``,
applies code actions through ``vim.lsp.buf.code_action()``, hovers and saves; this test checks
what Neovim saw against ``wirelint check --format json`` on the same text.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_json
from tests.test_server_client import ARTICLE, make_project

NVIM = shutil.which("nvim")
HERE = Path(__file__).resolve().parent / "nvim"

pytestmark = pytest.mark.skipif(NVIM is None, reason="nvim is not installed (apt-get install neovim)")


def nvim_view(diagnostics: list[dict]) -> list[dict]:
    """CLI JSON diagnostics as Neovim stores them (0-based lines, byte columns: the text is ASCII),
    in the order scenario.lua sorts them."""
    out = []
    for d in diagnostics:
        r = d["range"]
        out.append({"code": d["code"], "lnum": r["start"]["line"], "col": r["start"]["character"],
                    "end_lnum": r["end"]["line"], "end_col": r["end"]["character"], "severity": d["severity"],
                    "message": d["message"], "source": "wirelint"})
    return sorted(out, key=lambda d: (d["lnum"], d["col"], d["code"]))


def test_neovim_shows_fixes_and_suppresses_wirelint_findings(tmp_path: Path) -> None:
    article = make_project(tmp_path)
    out = tmp_path / "nvim-result.json"
    env = {**os.environ, "WIRELINT_SERVER_CMD": json.dumps([sys.executable, "-m", "lint", "server"]),
           "WIRELINT_NVIM_OUT": str(out), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.run([NVIM, "--headless", "--clean", "-u", str(HERE / "init.lua"), article.name,
                           "-c", f"luafile {HERE / 'scenario.lua'}"],
                          cwd=tmp_path, env=env, capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.exists(), f"nvim wrote no result (exit {proc.returncode}): {proc.stderr.decode()[-2000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"], result["error"]
    assert result["client"] == "wirelint"
    print("neovim timings (s):", result["timings"])

    # What Neovim showed on open is exactly what the CLI reports for the original text, and what
    # it showed last is what the CLI reports for the file Neovim saved (one CLI run for both).
    original = tmp_path / "original.md"
    original.write_text(ARTICLE, encoding="utf-8")
    assert article.read_text(encoding="utf-8") == result["saved"] != ARTICLE
    before, after = run_json(str(original), str(article), cwd=tmp_path)
    assert result["diagnostics"] == nvim_view(before["diagnostics"])

    quickfix, fixall, suppress, typed = result["steps"]
    assert "senator said about the deal" in quickfix["text"]
    assert any("LD101, unsafe fix" in t for t in quickfix["offered"])
    assert any("Suppress LD101" in t for t in quickfix["offered"])
    assert not [d for d in quickfix["diagnostics"] if d["code"] == "LD101"]

    assert "red sunrise" in fixall["text"] and "blue moonbeam" not in fixall["text"]
    assert [t for t in fixall["offered"] if t.startswith("Fix all safe")]

    assert "<!-- wirelint: disable-next-line LD102 -->\nHer aides refuted" in suppress["text"]
    assert not [d for d in suppress["diagnostics"] if d["code"] in ("LD102", "WL100")]

    codes = [d["code"] for d in typed["diagnostics"]]
    assert "LD101" in codes and "LD102" in codes  # boasted, refuted again: from the unsaved buffer
    assert "LD102" in (result.get("hover") or "")
    assert typed["diagnostics"] == nvim_view(after["diagnostics"])
