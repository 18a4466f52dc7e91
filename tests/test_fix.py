"""--fix, --diff and --unsafe-fixes: written atomically, previewed, idempotent, bytes kept."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from lint.errors import WirelintError
from lint.writer import ChangedOnDisk, atomic_write
from tests.conftest import run_wirelint


def test_fix_applies_safe_fixes_only(demo: Path) -> None:
    before = (demo / "article.md").read_text(encoding="utf-8")
    proc = run_wirelint("check", "--no-cache", "--fix", "article.md", cwd=demo)
    after = (demo / "article.md").read_text(encoding="utf-8")
    assert proc.returncode == 0  # the remaining finding is info-level
    assert "Fixed 2 problems." in proc.stdout
    assert after == before.replace("a blue moonbeam over", "a red sunrise over").replace(
        "the quiet thunder rolled", "the loud thunder rolled")
    assert "gloomily" in after  # unsafe fix not applied


def test_unsafe_fixes_need_opt_in(demo: Path) -> None:
    run_wirelint("check", "--no-cache", "--fix", "--unsafe-fixes", "article.md", cwd=demo)
    assert "She walked sadly home" in (demo / "article.md").read_text(encoding="utf-8")


def test_diff_previews_without_writing(demo: Path) -> None:
    before = (demo / "article.md").read_bytes()
    proc = run_wirelint("check", "--no-cache", "--diff", "article.md", cwd=demo)
    assert (demo / "article.md").read_bytes() == before
    assert "-We saw a blue moonbeam over the harbour, and the quiet thunder rolled on." in proc.stdout
    assert "+We saw a red sunrise over the harbour, and the loud thunder rolled on." in proc.stdout
    assert proc.stdout.startswith("--- a/article.md\n+++ b/article.md\n")


def test_fix_is_idempotent(demo: Path) -> None:
    run_wirelint("check", "--no-cache", "--fix", "article.md", cwd=demo)
    once = (demo / "article.md").read_bytes()
    proc = run_wirelint("check", "--no-cache", "--fix", "article.md", cwd=demo)
    assert (demo / "article.md").read_bytes() == once
    assert "Fixed" not in proc.stdout


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_fix_keeps_line_endings_bom_and_mode(demo: Path, newline: str) -> None:
    lines = ["Intro line.", "", "A blue moonbeam shone.", "Last line, no final newline"]
    raw = codecs.BOM_UTF8 + newline.join(lines).encode("utf-8")
    path = demo / "story.txt"
    path.write_bytes(raw)
    os.chmod(path, 0o640)
    run_wirelint("check", "--no-cache", "--fix", "story.txt", cwd=demo)
    assert path.read_bytes() == raw.replace(b"blue moonbeam", b"red sunrise")
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    assert not [p for p in demo.iterdir() if p.name.endswith(".wirelint-tmp")]


def test_utf16_file_is_fixed_in_utf16(demo: Path) -> None:
    path = demo / "wide.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "A blue moonbeam.\n".encode("utf-16-le"))
    run_wirelint("check", "--no-cache", "--fix", "wide.txt", cwd=demo)
    assert path.read_bytes() == codecs.BOM_UTF16_LE + "A red sunrise.\n".encode("utf-16-le")


def test_file_with_undecodable_bytes_is_not_rewritten(demo: Path) -> None:
    path = demo / "bad.txt"
    raw = b"A blue moonbeam \xff here.\n"
    path.write_bytes(raw)
    proc = run_wirelint("check", "--no-cache", "--fix", "bad.txt", cwd=demo)
    assert path.read_bytes() == raw
    assert "not fixed: the file has undecodable bytes" in proc.stderr


def test_stdin_fix_prints_the_fixed_text(demo: Path) -> None:
    proc = run_wirelint("check", "--no-cache", "--fix", "--stdin-filename", "x.md", "-", cwd=demo,
                        input=b"One blue moonbeam.\n")
    assert proc.stdout == "One red sunrise.\n"


def test_atomic_write_refuses_a_file_changed_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"edited by someone else")
    with pytest.raises(ChangedOnDisk):
        atomic_write(path, b"fixed", original=b"what we read")
    assert path.read_bytes() == b"edited by someone else"


def test_atomic_write_reports_a_vanished_file(tmp_path: Path) -> None:
    with pytest.raises(WirelintError, match="cannot re-read"):
        atomic_write(tmp_path / "gone.txt", b"x", original=b"y")
