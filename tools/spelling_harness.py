"""Spelling harness: inject realistic typos into clean news copy and measure QA111 (misspelling).

Typos are the four commonest slips of a typist: two adjacent letters swapped (transposition), a
letter dropped, a letter doubled, and a letter replaced by a keyboard neighbour. They are injected
into lowercase words of four letters or more, at ``--rate`` of such words (seeded, reproducible).
A slip that happens to spell another dictionary word ("form" -> "from") cannot be found by any
dictionary checker; such real-word slips are counted and reported apart, not injected.

Reported:
  recall      injected typos reported by QA111 (at any severity, and at warning)
  precision   QA111 findings that are on an injected typo, over all QA111 findings in the corrupted
              copy (findings on the original text's own words count against precision, even where
              the original has a real typo)
  suggestion  injected typos whose first suggested correction is the original word

Usage: python tools/spelling_harness.py [CORPUS_DIR] [--rate 0.02] [--limit N] [--seed 1]
CORPUS_DIR defaults to ../shared/corpora/clean-news (read at run time, never copied).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from lint.api import lint_text  # noqa: E402
from lint.config import Settings  # noqa: E402
from lint.finding import Severity  # noqa: E402
from lint.kinds.spelling import frequencies  # noqa: E402
from lint.spelling_edits import KEYBOARD_ROWS, NEAR  # noqa: E402

WORD = regex.compile(r"(?<![\w'’@#/.&-])[a-z]{4,}(?![\w'’@/&-]|\.\w)")
KINDS = ("transposition", "drop", "double", "neighbour")
assert KEYBOARD_ROWS


def corrupt(word: str, kind: str, rng: random.Random) -> str:
    n = len(word)
    if kind == "transposition":
        choices = [i for i in range(n - 1) if word[i] != word[i + 1]]
        i = rng.choice(choices) if choices else 0
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        i = rng.randrange(n)
        return word[:i] + word[i + 1:]
    if kind == "double":
        i = rng.randrange(n)
        return word[:i] + word[i] + word[i:]
    i = rng.randrange(n)
    near = sorted(NEAR.get(word[i], ())) or ["e"]
    return word[:i] + rng.choice(near) + word[i + 1:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpora" / "clean-news"))
    ap.add_argument("--rate", type=float, default=0.02, help="share of eligible lowercase words to corrupt")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false findings")
    args = ap.parse_args(argv)
    files = sorted(p for p in Path(args.corpus).rglob("*.txt") if p.name[0].isdigit())
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no .txt files under {args.corpus}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    freq = frequencies()
    settings = Settings(select=("QA111",))
    injected = found = found_warning = suggested = findings_total = false = real_word = 0
    by_kind = {k: [0, 0] for k in KINDS}
    misses: list[str] = []
    falses: list[str] = []
    started = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        out, pos, typos = [], 0, {}
        for m in WORD.finditer(text):
            if rng.random() >= args.rate:
                continue
            kind = rng.choice(KINDS)
            typo = corrupt(m.group(), kind, rng)
            if typo in freq or typo == m.group():
                real_word += 1
                continue
            out.append(text[pos:m.start()])
            start = sum(len(p) for p in out)
            out.append(typo)
            typos[start] = (m.group(), typo, kind)
            pos = m.end()
        out.append(text[pos:])
        corrupted = "".join(out)
        report = lint_text(corrupted, path.name, settings)
        hits = {f.start: f for f in report.findings if f.code == "QA111"}
        findings_total += len(hits)
        for start, f in hits.items():
            if start not in typos:
                false += 1
                if args.verbose:
                    falses.append(f"{path.name}: {corrupted[f.start:f.end]!r}")
        for start, (original, typo, kind) in typos.items():
            injected += 1
            by_kind[kind][0] += 1
            f = hits.get(start)
            if f is None:
                if args.verbose:
                    misses.append(f"{path.name}: {typo!r} (from {original!r}, {kind})")
                continue
            found += 1
            by_kind[kind][1] += 1
            found_warning += f.severity <= Severity.WARNING
            suggested += (f.replacement or "").lower() == original or original in f.data.get("replacements", [])[:1]
    elapsed = time.perf_counter() - started
    true = findings_total - false
    print(f"spelling harness: {len(files)} files, rate {args.rate}, seed {args.seed}, {elapsed:.0f} s")
    print(f"injected typos         {injected} (plus {real_word} real-word slips left out: they spell another word)")
    print(f"recall (any severity)  {found}/{injected} = {found / max(injected, 1):.3f}")
    print(f"recall (warning)       {found_warning}/{injected} = {found_warning / max(injected, 1):.3f}")
    print(f"precision              {true}/{findings_total} = {true / max(findings_total, 1):.3f}")
    print(f"first suggestion right {suggested}/{found} = {suggested / max(found, 1):.3f}")
    for kind, (n, k) in by_kind.items():
        print(f"   {kind:14s} recall {k}/{n} = {k / max(n, 1):.3f}")
    if args.verbose:
        for line in misses[:60]:
            print("   missed ", line)
        for line in falses[:60]:
            print("   false  ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
