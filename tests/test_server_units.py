"""The language server's parts, in process: positions, buffers, suppression edits, config reloads,
crash containment; and the process's exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types

from lint.api import lint_text
from lint.config import Settings
from lint.document import Document
from lint.formats.json import diagnostic
from lint.lsp import analysis
from lint.lsp.actions import suppression_edit, wanted
from lint.lsp.analysis import ConfigWatch, Snapshot, analyse
from lint.lsp.buffers import Buffer, is_config_file
from lint.lsp.positions import UTF8, UTF16, UTF32, column_to_index, convert_diagnostic, index_to_column, offset_at
from tests.conftest import ROOT

LINE = "a😀é中b"  # 1, 2 (astral), 1, 1, 1 code points


@pytest.mark.parametrize(("encoding", "columns"), [
    (UTF8, [0, 1, 5, 7, 10, 11]),
    (UTF16, [0, 1, 3, 4, 5, 6]),
    (UTF32, [0, 1, 2, 3, 4, 5]),
])
def test_columns_round_trip_in_every_encoding(encoding: str, columns: list[int]) -> None:
    assert [index_to_column(LINE, i, encoding) for i in range(len(LINE) + 1)] == columns
    assert [column_to_index(LINE, c, encoding) for c in columns] == list(range(len(LINE) + 1))
    assert column_to_index(LINE, 2, UTF16) == 2  # inside the surrogate pair: rounds up past the emoji
    assert column_to_index(LINE, columns[-1] + 3, encoding) == len(LINE) + 3  # past the end: kept


def test_offsets_clamp_to_the_document() -> None:
    doc = Document("one\r\ntwo\n")
    assert offset_at(doc, 1, 1, UTF16) == 6
    assert offset_at(doc, 0, 99, UTF16) == 5  # past the line's end: the next line's start at most
    assert offset_at(doc, 99, 0, UTF16) == len(doc.text)
    assert offset_at(doc, -1, 0, UTF16) == 0


def test_diagnostics_are_converted_field_by_field() -> None:
    text = "# É😀\n\nCafé 😀 the senator boasted.\n"
    report = lint_text(text, "x.md", Settings(select=("LD101",)))
    [f] = report.findings
    utf16 = diagnostic(report.doc, f, "file:///x.md")
    utf8 = convert_diagnostic(report.doc, utf16, UTF8)
    start = len(text.splitlines()[2][: text.splitlines()[2].index("boasted")].encode())
    assert utf8["range"]["start"] == {"line": 2, "character": start}
    assert utf8["data"]["fix"]["range"] == utf8["range"]
    assert utf16["range"]["start"]["character"] == start - 3  # é: 2 bytes, 1 unit; 😀: 4 bytes, 2 units
    assert {k: v for k, v in utf8.items() if k not in ("range", "data")} == \
        {k: v for k, v in utf16.items() if k not in ("range", "data")}
    assert convert_diagnostic(report.doc, utf16, UTF16) is utf16


def test_incremental_edits_split_lines_as_lsp_does() -> None:
    # U+2028 and form feed are not line breaks in LSP (str.splitlines would say they are).
    buf = Buffer("file:///t.md", "a\u2028b\x0cc\r\nsecond line\rthird\n")
    change = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(1, 0), types.Position(1, 6)), text="2nd")
    buf.apply(change, UTF16)
    assert buf.text == "a\u2028b\x0cc\r\n2nd line\rthird\n"
    before = buf.generation
    buf.apply(types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(2, 5), types.Position(2, 0)), text="!"), UTF16)  # reversed range
    assert buf.text == "a\u2028b\x0cc\r\n2nd line\r!\n" and buf.generation > before
    buf.apply(types.TextDocumentContentChangeWholeDocument(text="new"), UTF16)
    assert buf.text == "new"


def test_buffer_paths_and_modes() -> None:
    assert Buffer("file:///tmp/a%20b.md", "").fs_path == "/tmp/a b.md"
    assert Buffer("file:///tmp/notes.txt", "").markdown is None  # files: by suffix, as the CLI does
    assert Buffer("untitled:Untitled-1", "", language_id="markdown").markdown is True
    assert Buffer("untitled:Untitled-1", "", language_id="plaintext").markdown is False
    assert is_config_file("file:///p/.wirelint.toml") and is_config_file("/p/pyproject.toml")
    assert not is_config_file("file:///p/article.md")


def test_code_action_kinds_are_hierarchical() -> None:
    assert wanted("source.fixAll", ["source"]) and wanted("source.fixAll", None)
    assert wanted("quickfix", ["quickfix"]) and not wanted("quickfix", ["source"])
    assert not wanted("source.fixAll", ["source.fix"])


def _suppressed(text: str, path: str, code: str = "LD101") -> str:
    report = lint_text(text, path)
    f = next(f for f in report.findings if f.code == code)
    edit = suppression_edit(report.doc, f)
    return text[: edit.start] + edit.new_text + text[edit.end:]


@pytest.mark.parametrize(("path", "text", "expected"), [
    ("a.md", "Intro.\n\n  The senator boasted.\n",
     "Intro.\n\n  <!-- wirelint: disable-next-line LD101 -->\n  The senator boasted.\n"),
    ("a.md", "First line of a paragraph\nthen the senator boasted.\r\n",
     "First line of a paragraph\nthen the senator boasted. <!-- wirelint: disable-line LD101 -->\r\n"),
    ("a.md", "# Title\nThe senator boasted.\n",
     "# Title\n<!-- wirelint: disable-next-line LD101 -->\nThe senator boasted.\n"),
    ("a.txt", "Intro.\nThe senator boasted.\r\n",
     "Intro.\nwirelint: disable-next-line LD101\r\nThe senator boasted.\r\n"),
    ("a.md", "<!-- wirelint: disable-next-line LD102 -->\n\nThe senator boasted and refuted it.\n",
     "<!-- wirelint: disable-next-line LD102, LD101 -->\n\nThe senator boasted and refuted it.\n"),
])
def test_suppression_comments_are_the_ones_the_cli_honours(path: str, text: str, expected: str) -> None:
    out = _suppressed(text, path)
    assert out == expected
    codes = [f.code for f in lint_text(out, path).findings]
    assert "LD101" not in codes and "WL100" not in codes


def test_config_files_are_reloaded_when_they_change(tmp_path: Path) -> None:
    article = tmp_path / "sub" / "a.md"
    article.parent.mkdir()
    watch = ConfigWatch()
    assert watch.settings_for(article) == (Settings(), None)
    (tmp_path / ".wirelint.toml").write_text('ignore = ["LD101"]\n', encoding="utf-8")
    settings, problem = watch.settings_for(article)
    assert settings.ignore == ("LD101",) and problem is None  # created: seen without a notification
    (tmp_path / ".wirelint.toml").write_text('ignore = ["LD101", "LD102"]  # edited\n', encoding="utf-8")
    assert watch.settings_for(article)[0].ignore == ("LD101", "LD102")
    (tmp_path / ".wirelint.toml").write_text("ignore = 3\n", encoding="utf-8")
    settings, problem = watch.settings_for(article)
    assert settings == Settings() and "must be a list of strings" in problem


def test_a_crashing_rule_is_contained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(analysis, "lint_text", boom)
    snap = Snapshot("file:///x.md", "The senator boasted.", 1, 1, str(tmp_path / "x.md"), None)
    an = analyse(snap, ConfigWatch(), UTF16)
    assert an.findings == [] and an.diagnostics == []
    assert "rule exploded" in an.problems[-1]


def _message(obj: dict) -> bytes:
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def test_the_process_ends_cleanly() -> None:
    """exit after shutdown: status 0; exit without shutdown: 1; end of input: 1 (all quickly)."""
    procs = {}
    for ending in ("shutdown+exit", "exit", "eof"):
        proc = subprocess.Popen([sys.executable, "-m", "lint", "server"], cwd=ROOT, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdin is not None
        proc.stdin.write(_message({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                   "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
        if ending == "shutdown+exit":
            proc.stdin.write(_message({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        if ending != "eof":
            proc.stdin.write(_message({"jsonrpc": "2.0", "method": "exit"}))
            proc.stdin.flush()  # and stdin stays open: the server must not wait for it to close
        else:
            proc.stdin.close()
        procs[ending] = proc
    status = {}
    try:
        for ending, proc in procs.items():
            status[ending] = proc.wait(20)
    finally:
        for proc in procs.values():
            proc.kill()
    assert status == {"shutdown+exit": 0, "exit": 1, "eof": 1}
    for proc in procs.values():
        out, err = proc.stdout.read(), proc.stderr.read()
        assert b'"id": 1' in out and b"capabilities" in out  # initialize was answered on stdout
        assert b"Traceback" not in err
