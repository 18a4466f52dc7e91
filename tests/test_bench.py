"""The benchmark runs end to end on a tiny corpus and prints every figure it promises.

Nothing here is timed: the figures are whatever the machine gives; the test checks that the
benchmark still measures what docs/performance.md quotes (a broken benchmark would otherwise go
unnoticed until someone needed it).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMING = re.compile(r"wall +\d+\.\d{3} s \(min +\d+\.\d{3}\) +cpu +\d+\.\d{3} s +peak +\d+\.\d MB")


def test_fast_section_and_kind_table_on_five_files() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "lint.bench", "--only", "fast,floors,kinds", "--files", "5", "--repeat", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    for label in ("bare tokenise + dict lookup (reference)", "document model alone, no rules", "wirelint -j 1"):
        line = next((ln for ln in out.splitlines() if ln.strip().startswith(label)), None)
        assert line is not None, f"no line for {label!r} in:\n{out}"
        assert TIMING.search(line), line
    assert re.search(r"document model alone / reference +wall +\d+\.\dx", out)
    assert re.search(r"wirelint -j 1 / reference +wall +\d+\.\dx .*\(target: <= 2x\)", out)
    floors = out.split("floors in", 1)[1]
    for label in ("bare tokenise + dict lookup, -j", "document model alone, -j"):
        line = next((ln for ln in floors.splitlines() if ln.strip().startswith(label)), None)
        assert line is not None and TIMING.search(line), f"no timed line for {label!r} in:\n{floors}"
    assert re.search(r"budget of 2x the reference +wall +\d+\.\d{3} s: the document model alone uses \d+% of it",
                     floors)
    kinds = out.split("CPU per rule kind", 1)[1]
    for kind in ("document model", "lexicon", "substitution", "lineclass", "spelling"):
        assert re.search(rf"^  {kind} +\d+\.\d{{3}} s", kinds, re.M), f"{kind} missing from:\n{kinds}"
