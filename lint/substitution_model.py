"""Statistical detector of "unseen" thesaurus substitutions (synonym spinning).

A spinner swaps words for thesaurus neighbours without regard to sense or collocation:
"last week" -> "final week", "told reporters" -> "informed reporters". Such a word is one
whose neighbours make it improbable while a thesaurus neighbour of it is common in the same
slot. This module scores that with web word-pair counts:

* for each word ``w`` of a sentence and each plausible original ``o`` of it (WordNet
  neighbours: same synset, ``w`` a generic term of ``o``, or similar adjectives), compare
  how well ``o`` and ``w`` fit their left and right neighbours, as a difference of pointwise
  mutual information, ``log c(p, o) / c(o)  -  log c(p, w) / c(w)`` (and the same on the
  right);
* the pair counts are Google Web 1T counts of the ~290k most frequent word pairs (count at
  least 100,000). A pair absent from that list is "unattested": its count lies below the
  threshold, and it is estimated by independence, capped at the threshold, so an absence
  only counts as evidence when the original's pair is frequent enough for the spun word's
  pair to have been expected;
* a hit needs positive evidence: at least one side where the original's pair is attested
  and the observed pair is unattested or much rarer.

The data (rules/spin/substitution/) is built by tools/build_substitution_data.py; it is
read once, lazily, with the standard library. No network, no other files.
"""
from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

__all__ = ["DEFAULT_MIN_SCORE", "data_dir", "find_substitutions", "score_candidates"]

def _data_root() -> Path:
    from lint.packs import builtin_dir  # the packs folder, in a checkout or an installed wheel

    return builtin_dir() / "spin" / "substitution"


DATA = _data_root()

# Thresholds, chosen on a tuning set (see rules/spin/substitution/README.md).
DEFAULT_MIN_SCORE = 3.0
MIN_SIDE_GAIN = 1.5       # the best single side must favour the original by this much (nats)
MAX_OTHER_LOSS = 0.5      # ... and the other side must not favour the observed word by more
INDEP_BOOST = 1.0         # unattested pairs: independence estimate times e**INDEP_BOOST ...
ATTESTED_CAP = 0.0        # ... capped at the attestation threshold times e**ATTESTED_CAP

_cache: dict | None = None


def data_dir() -> Path:
    return DATA


def _load() -> dict:
    global _cache
    if _cache is not None:
        return _cache
    meta = json.loads((DATA / "meta.json").read_text(encoding="utf-8"))
    scale = float(meta["log_scale"])
    uni: dict[str, float] = {}
    with gzip.open(DATA / "unigrams.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            w, v = line.rstrip("\n").split("\t")
            uni[w] = int(v) / scale
    bi: dict[str, float] = {}
    with gzip.open(DATA / "bigrams.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            a, rest = line.rstrip("\n").split("\t")
            for item in rest.split(" "):
                b, _, v = item.rpartition(":")
                bi[a + " " + b] = int(v) / scale
    cands: dict[str, tuple[tuple[str, str], ...]] = {}
    with gzip.open(DATA / "candidates.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            w, rest = line.rstrip("\n").split("\t")
            cands[w] = tuple(tuple(item.rsplit(":", 1)) for item in rest.split(" "))  # type: ignore[misc]
    _cache = {
        "uni": uni,
        "bi": bi,
        "cands": cands,
        "log_total": math.log(meta["total"]),
        "log_attested": math.log(meta["attested_min"]),
        "log_unknown": math.log(meta["min_neighbour"]) - 1.0,  # a word outside the table
    }
    return _cache


def _pair(d: dict, a: str, b: str) -> tuple[float, bool]:
    """(log count, attested) for the word pair a b."""
    v = d["bi"].get(a + " " + b)
    if v is not None:
        return v, True
    la = d["uni"].get(a, d["log_unknown"])
    lb = d["uni"].get(b, d["log_unknown"])
    est = la + lb - d["log_total"] + INDEP_BOOST
    return min(est, d["log_attested"] + ATTESTED_CAP), False


def _side(d: dict, o: str, w: str, nb: str, left: bool) -> tuple[float, bool]:
    """PMI gain of original o over observed w next to neighbour nb, and whether it is evidence."""
    lo_o, att_o = _pair(d, nb, o) if left else _pair(d, o, nb)
    lo_w, att_w = _pair(d, nb, w) if left else _pair(d, w, nb)
    gain = (lo_o - d["uni"][o]) - (lo_w - d["uni"][w])
    return gain, att_o


def score_candidates(words: list[str], i: int) -> list[tuple[str, float, float, float]]:
    """(original, score, left gain, right gain) for each candidate original of words[i]."""
    d = _load()
    w = words[i]
    cands = d["cands"].get(w)
    if not cands or w not in d["uni"]:
        return []
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    out = []
    for o, _rel in cands:
        if o not in d["uni"]:
            continue
        gl = gr = 0.0
        el = er = False
        if prev is not None:
            gl, el = _side(d, o, w, prev, True)
        if nxt is not None:
            gr, er = _side(d, o, w, nxt, False)
        best = max(gl if el else -math.inf, gr if er else -math.inf)
        if best < MIN_SIDE_GAIN or min(gl, gr) < -MAX_OTHER_LOSS:
            continue
        out.append((o, gl + gr, gl, gr))
    out.sort(key=lambda t: -t[1])
    return out


def find_substitutions(words: list[str], *, min_score: float = DEFAULT_MIN_SCORE) -> list[tuple[int, str, float]]:
    """Given the lowercased word tokens of one sentence (punctuation removed), return
    (index, likely_original, score) for words that look like thesaurus substitutions."""
    if len(words) < 2:
        return []
    d = _load()
    cands = d["cands"]
    hits = []
    for i, w in enumerate(words):
        if w not in cands:
            continue
        scored = score_candidates(words, i)
        if scored and scored[0][1] >= min_score:
            hits.append((i, scored[0][0], round(scored[0][1], 3)))
    return hits
