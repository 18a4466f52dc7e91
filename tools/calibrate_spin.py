#!/usr/bin/env python3
"""Calibrate the spin verdict (SP900) on clean copy and spinner output.

Dev tool. Lints each file in-process and records, per file, the narration word count and the
raw spin signals (before the verdict drops weak ones): fingerprint hits (SP101), weak lexicon
hits (SP102), restored names (SP201) and unlikely-word scores (SP301). It then searches weights
and thresholds for the best detection on spun files with no clean file judged spun, and prints
the table it searched.

    python tools/calibrate_spin.py --clean ../shared/corpora/clean-news/bbc-greene2006/articles \
        --spun /tmp/spun/heavy --spun /tmp/spun/light
"""

from __future__ import annotations

import argparse
import itertools
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lint.api import linter_for
from lint.config import Settings
from lint.document import Document
from lint.engine import RunContext

Features = tuple[int, int, int, int, list[float]]  # words, SP101, SP102, SP201, SP301 scores


def features(path: Path) -> Features:
    doc = Document(path.read_text(encoding="utf-8", errors="replace"), str(path))
    counts = {"SP101": 0, "SP102": 0, "SP201": 0}
    scores: list[float] = []
    for rule in linter_for().rules:
        if rule.meta.category != "spin" or rule.PHASE != 0:
            continue
        for f in rule.check(doc, RunContext(Settings())):
            if f.data.get("in_quote"):
                continue
            if f.code == "SP301":
                scores.append(float(f.data.get("score", 0.0)))
            elif f.code in counts:
                counts[f.code] += 1
    return doc.narration_word_count, counts["SP101"], counts["SP102"], counts["SP201"], scores


def spin_score(feat: Features, w102: float, w301: float, cut: float) -> float:
    words, n101, n102, n201, scores = feat
    total = n101 + 2.0 * n201 + w102 * n102 + w301 * sum(1 for s in scores if s >= cut)
    return 1000.0 * total / max(words, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clean", type=Path, required=True)
    ap.add_argument("--spun", type=Path, action="append", default=[])
    ap.add_argument("--cache", type=Path, help="pickle the features here and reuse them")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = {}
        with ProcessPoolExecutor() as pool:
            for folder in [args.clean, *args.spun]:
                files = sorted(folder.rglob("*.txt"))
                sets[folder.name] = list(pool.map(features, files, chunksize=16))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sets))
    clean_name = args.clean.name
    best = []
    for w102, w301, cut in itertools.product((0.3, 0.5, 1.0), (0.0, 0.25, 0.5, 1.0), (4.0, 5.0, 6.0, 7.0)):
        clean_max = max(spin_score(f, w102, w301, cut) for f in sets[clean_name] if f[0] >= 80)
        threshold = round(clean_max * 1.15 + 0.5, 1)  # a margin above the worst clean file
        rates = {name: sum(spin_score(f, w102, w301, cut) >= threshold for f in feats if f[0] >= 80) / len(feats)
                 for name, feats in sets.items() if name != clean_name}
        best.append((sum(rates.values()), w102, w301, cut, threshold, rates))
    best.sort(key=lambda row: -row[0])
    print(f"clean files: {len(sets[clean_name])}; threshold = 1.15 x worst clean score + 0.5")
    for _, w102, w301, cut, threshold, rates in best[:12]:
        shown = "  ".join(f"{n} {r:.3f}" for n, r in rates.items())
        print(f"SP102 x{w102}  SP301 x{w301} (score >= {cut})  threshold {threshold:5.1f}:  {shown}")


if __name__ == "__main__":
    main()
