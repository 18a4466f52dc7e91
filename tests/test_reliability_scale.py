"""Scale: very large files and very many files, generated in a temporary folder at test time.

These are the slow reliability tests (marked ``scale``; deselect with ``-m "not scale"``). Limits
are on CPU time (not wall time, so a busy machine does not fail them) and on peak memory.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lint import sections
from lint.api import lint_text
from lint.config import Settings
from lint.decode import decode
from lint.runner import lint_file_bytes
from tests.test_reliability import long_line

pytestmark = pytest.mark.scale


MEASURE = """import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True)
sys.stdout.buffer.write(proc.stdout)
sys.stderr.buffer.write(proc.stderr)
use = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and its worker processes
sys.stderr.write(f"\\nRUSAGE {use.ru_utime + use.ru_stime} {use.ru_maxrss}\\n")
sys.exit(proc.returncode)
"""


def run_measured(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[bytes], float, float]:
    """Run ``python -m lint ARGS``: (process, CPU seconds, peak memory in MB of its largest process)."""
    proc = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-m", "lint", *args], cwd=cwd,
                          capture_output=True, timeout=3600)
    head, _, last = proc.stderr.rstrip().rpartition(b"\n")
    _, cpu, maxrss = last.split()
    proc.stderr = head
    return proc, float(cpu), int(maxrss) / 1024


# ---- sections: a large file is linted in pieces, with the same findings --------------------------
def test_sections_tile_the_text_and_cut_at_blank_lines_outside_code() -> None:
    text = ("A paragraph of words here.\n\n" * 20 + "```\n" + "code line\n\n" * 5 + "```\n"
            + "Last words.\r\n\r\n" * 20)
    bounds = sections.section_bounds(text, True, size=200)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    fence_start, fence_end = text.index("```"), text.rindex("```") + 4
    for _, end in bounds[:-1]:
        assert not fence_start < end < fence_end  # never inside the code block
        assert text[end - 2 : end] in ("\n\n", "\r\n") and text[end - 1 : end + 1] != "\r\n"


def test_a_line_with_no_breaks_is_cut_at_spaces() -> None:
    text = long_line(5000)
    bounds = sections.section_bounds(text, False, size=1000)
    assert len(bounds) >= 5 and all(text[end - 1] == " " for _, end in bounds[:-1])
    assert sections.section_bounds("x" * 2500, False, size=1000) == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_findings_in_sections_are_those_of_the_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = ["The senator boasted about the “blue” plan, critics slammed it.",
                  "Her aides refuted the claims.\tShe said: “we boasted nothing”.",
                  "Officials at the White Home said final week that costs rose 😀 twice."]
    text = "\r\n\r\n".join(paragraphs[k % 3] for k in range(300)) + "\n"
    data = text.encode("utf-8")
    settings = Settings(select=("LD101", "LD102", "SP1", "SP2", "QA147"))
    whole = lint_file_bytes(data, "big.txt", settings)
    monkeypatch.setattr(sections, "SECTION_CHARS", 1500)
    cut = lint_file_bytes(data, "big.txt", settings)
    assert cut.summary["sections"] > 10 and "sections" not in whole.summary
    assert cut.summary["words"] == whole.summary["words"]
    key = [(f.code, f.start, f.end, f.fix.start if f.fix else None) for f in whole.findings if f.scope != "document"]
    assert key and key == [(f.code, f.start, f.end, f.fix.start if f.fix else None)
                           for f in cut.findings if f.scope != "document"]
    assert cut.doc.text == text and cut.doc.position(cut.findings[-1].start) == whole.doc.position(
        whole.findings[-1].start)


def test_a_file_with_directives_is_never_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sections, "SECTION_CHARS", 100)
    text = "<!-- wirelint: disable LD101 -->\n" + "The senator boasted.\n\n" * 20
    report = lint_file_bytes(text.encode(), "d.md", Settings(select=("LD101",)))
    assert "sections" not in report.summary and not report.findings


def test_invalid_bytes_are_reported_at_file_offsets_across_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sections, "SECTION_CHARS", 200)
    data = b"".join(b"Line %d is fine, caf\xe9 not.\n" % k for k in range(100))
    report = lint_file_bytes(data, "l.txt", Settings(select=("WL001",)))
    bad = [(f.start, report.doc.position(f.start)) for f in report.findings]
    assert len(bad) == 100 and report.summary["sections"] > 5
    assert bad == [(d.char_offset, report.doc.position(d.char_offset)) for d in decode(data).invalid]
    assert all(line == k for k, (_, (line, _col)) in enumerate(bad))


def test_lint_text_is_unchanged_by_sections() -> None:
    # The API and the language server lint buffers whole: sections are a file-reading concern.
    assert "sections" not in lint_text("word " * 10, "x.txt").summary


# ---- through the command line, at full size ------------------------------------------------------------
NEUTRAL = ["The council met on Tuesday to discuss the harbour budget for next year.",
           "Members reviewed three proposals and asked officials for revised figures.",
           "A final vote is expected in March, according to the meeting agenda.",
           "The port authority said traffic rose 4% in the third quarter."]


def neutral_copy(size: int, flagged_every: int, newline: str = "\n\n") -> str:
    """``size`` characters of plain paragraphs; every ``flagged_every``-th says 'boasted' (LD101)."""
    out, n, k = [], 0, 0
    while n < size:
        para = " ".join(NEUTRAL[(k + j) % 4] for j in range(3))
        if k % flagged_every == 0:
            para += " The senator boasted."
        out.append(para)
        n += len(para) + len(newline)
        k += 1
    return newline.join(out) + "\n"


def test_a_50_mb_file(tmp_path: Path) -> None:
    text = neutral_copy(50 * 1024 * 1024, flagged_every=500)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    expected = text.count("boasted")
    proc, cpu, peak_mb = run_measured("check", "--no-cache", "--format", "json", "--select", "LD101", "big.txt",
                                      cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    [report] = json.loads(proc.stdout)
    assert len(report["diagnostics"]) == expected and report["summary"]["sections"] >= 25
    first = report["diagnostics"][0]["range"]["start"]
    assert first == {"line": 0, "character": len(" ".join(NEUTRAL[:3])) + len(" The senator ")}
    # LD101 alone: the reading, decoding, sections, document model and report at full size (with
    # the spin rules, which ran whatever was selected until 4ecbd48, it took about 70 s of CPU).
    # Sections keep memory bounded: 6.9 GB for 50 MB before them, 261 MB here. (Every rule: see
    # docs/reliability.md.)
    print(f"50 MB file: {cpu:.0f} s CPU, {peak_mb:.0f} MB peak")
    assert cpu < 900, f"{cpu:.0f} s of CPU"
    assert peak_mb < 1500, f"{peak_mb:.0f} MB"


def test_a_5_mb_single_line(tmp_path: Path) -> None:
    text = long_line(5 * 1024 * 1024) + " The senator boasted.\n"
    (tmp_path / "line.txt").write_text(text, encoding="utf-8")
    proc, cpu, peak_mb = run_measured("check", "--no-cache", "--format", "json", "line.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    [report] = json.loads(proc.stdout)
    last = [d for d in report["diagnostics"] if d["code"] == "LD101"][-1]
    assert last["range"]["start"] == {"line": 0, "character": len(text) - len("boasted.\n")}
    print(f"5 MB line: {cpu:.0f} s CPU, {peak_mb:.0f} MB peak")
    assert cpu < 300, f"{cpu:.0f} s of CPU"  # every rule, with sections cut at spaces
    assert peak_mb < 1500, f"{peak_mb:.0f} MB"


def test_100000_small_files(tmp_path: Path) -> None:
    started = time.monotonic()
    root = tmp_path / "desk"
    for d in range(100):
        folder = root / f"d{d:02}"
        folder.mkdir(parents=True)
        for k in range(1000):
            body = f"Story {d}-{k}: the council met on Tuesday.\n".encode()
            if k == 500:
                body += b"Bad byte: \xff\n"  # one WL001 per folder: proof that every folder was read
            (folder / f"s{k:03}.txt").write_bytes(body)
    made = time.monotonic() - started
    proc, cpu, peak_mb = run_measured("check", "--no-cache", "-q", "--statistics", "--select", "WL001", "desk",
                                      cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr[-2000:]
    out = proc.stdout.decode()
    assert "   100  WL001  invalid-encoding" in out, out[-500:]
    assert out.count(": WL001 invalid utf-8 byte sequence at byte ") == 100
    # The file machinery (walk, read, decode, workers, report) at scale; the rule set's own cost per
    # file is measured elsewhere.
    print(f"100,000 files: {cpu:.0f} s CPU, {peak_mb:.0f} MB peak, {made:.0f} s to make them")
    assert cpu < 120, f"{cpu:.0f} s of CPU for 100,000 files (making them took {made:.0f} s)"
    assert peak_mb < 1500, f"{peak_mb:.0f} MB"
