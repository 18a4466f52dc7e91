"""Statistical detector of "unseen" thesaurus substitutions (synonym spinning).

A spinner swaps words for thesaurus neighbours without regard to sense or collocation:
"last week" -> "final week", "told reporters" -> "informed reporters", "White House" ->
"White Home". Such a word sits next to neighbours that rarely go with it, while one of its
thesaurus neighbours is common in the same slot. This module scores that with web word-pair
counts; it knows no phrase lists, so it can flag swaps nobody has listed yet.

For a word ``w`` with left neighbour ``p`` and right neighbour ``n``, and each plausible
original ``o`` of it (WordNet neighbours at least as frequent as ``w``):

* **evidence** (required): on at least one side the original's pair is attested (it is in the
  list of the ~290k most frequent web word pairs, count >= 100,000) and the observed pair is
  much rarer than it would be had ``w`` fitted there as well as ``o``: the expected count
  ``c(p, o) * c(w) / c(o)`` exceeds the observed count (or, for an unattested pair, the
  attestation threshold) by ``e ** MIN_SURPRISE`` (by ``e ** (MIN_SURPRISE +
  BOTH_ATTESTED_MARGIN)`` when the observed pair is attested too). An absence only counts
  when it is surprising, so rare words next to rare words are never evidence;
* **score**: the log-likelihood ratio of a bigram model for the sentence with ``o`` instead of
  ``w``: ``log P(o | p) + log P(n | o) - log P(w | p) - log P(n | w)``, i.e. the PMI gain on
  each side plus the frequency ratio ``log c(o) / c(w)`` (clipped at ``FREQ_CLIP``), less
  ``REL_PENALTY`` for originals linked to ``w`` only as a more specific term. Unattested
  pairs are estimated by independence times ``e ** INDEP_BOOST``, capped at the
  attestation threshold;
* **pairs**: two adjacent words swapped together are scored the same way on the three pairs
  around them, with the original pair attested and the observed one missing though expected.

Known limits: the pair list holds only very frequent pairs, so most spins ("land struggle"
for "land war", "video handle" for "video address") leave no trace in it; and the candidate
originals are WordNet neighbours only ("energy crops" for "power plants" is out of reach).
This is a weak, precise signal meant for a document score: about 3 hits per 10k words of
clean copy and 30 per 10k words of heavily spun copy at the default threshold.

The data (rules/spin/substitution/) is built by tools/build_substitution_data.py from the
``wordsegment`` package's Google Web 1T counts and WordNet 3.0; it is read once, lazily, with
the standard library. No network, no other files. Thresholds and measured rates are in
rules/spin/substitution/README.md.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from pathlib import Path

__all__ = [
    "DEFAULT_MIN_SCORE",
    "STRICT_MIN_SCORE",
    "data_dir",
    "find_in_text",
    "find_substitutions",
    "score_candidates",
    "score_pair",
    "tokenize",
]

def _data_root() -> Path:
    """rules/spin/substitution/ of the built-in packs: in a checkout or an installed wheel."""
    try:
        from lint.packs import builtin_dir
    except ImportError:  # the module used on its own
        return Path(__file__).resolve().parent.parent / "rules" / "spin" / "substitution"
    return builtin_dir() / "spin" / "substitution"


DATA = _data_root()

# Chosen on a tuning set of 100 BBC articles and their spun copies, checked on 100 others
# (see the README of the data folder): about 3 hits per 10k words of clean copy at 4.5.
DEFAULT_MIN_SCORE = 4.5
STRICT_MIN_SCORE = 5.5    # about 1-2 hits per 10k words of clean copy
MIN_SURPRISE = 2.0        # evidence: expected count of the missing pair >= e**2 * threshold
INDEP_BOOST = 3.0         # unattested pair: independence estimate * e**3 ...
FREQ_CLIP = 2.0           # frequency-ratio term clipped to +-2 nats
BOTH_ATTESTED_MARGIN = 3.0  # ... less this when the observed pair is attested too
PAIRS = True              # also score two adjacent swapped words
REL_PENALTY = {"g": 1.0}  # originals linked only as a more specific term of the spun word

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_cache: dict | None = None


def data_dir() -> Path:
    return DATA


def _load() -> dict:
    global _cache
    if _cache is not None:
        return _cache
    meta = json.loads((DATA / "meta.json").read_text(encoding="utf-8"))
    from lint.packcache import cached_object  # parsed once, then read back from the cache folder

    sources = [DATA / name for name in ("meta.json", "unigrams.tsv.gz", "bigrams.tsv.gz", "candidates.tsv.gz")]
    uni, bi, cands = cached_object("substitution", sources, lambda: _parse(meta))  # type: ignore[misc]
    _cache = {
        "uni": uni,
        "bi": bi,
        "cands": cands,
        "log_total": math.log(meta["total"]),
        "log_attested": math.log(meta["attested_min"]),
        "log_unknown": math.log(meta["min_neighbour"]) - 1.0,  # a word outside the table
    }
    return _cache


def _parse(meta: dict) -> tuple[dict, dict, dict]:
    """The unigram, bigram and candidate tables from the gzipped TSV files."""
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
    return uni, bi, cands


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _pair(d: dict, a: str, b: str) -> tuple[float, bool]:
    """(log count, attested) of the word pair 'a b'; unattested pairs are estimated."""
    v = d["bi"].get(a + " " + b)
    if v is not None:
        return v, True
    la = d["uni"].get(a, d["log_unknown"])
    lb = d["uni"].get(b, d["log_unknown"])
    return min(la + lb - d["log_total"] + INDEP_BOOST, d["log_attested"]), False


def score_candidates(words: list[str], i: int) -> list[tuple[str, float, float]]:
    """(original, score, surprise) for each original of words[i] that has evidence, best first."""
    d = _load()
    uni = d["uni"]
    w = words[i]
    cands = d["cands"].get(w)
    if not cands or w not in uni:
        return []
    sides = []
    if i > 0:
        sides.append((words[i - 1], True))
    if i + 1 < len(words):
        sides.append((words[i + 1], False))
    lw = uni[w]
    out = []
    for o, rel in cands:
        lo = uni.get(o)
        if lo is None:
            continue
        gain = 0.0
        surprise = -math.inf
        for nb, left in sides:
            co, att_o = _pair(d, nb, o) if left else _pair(d, o, nb)
            cw, att_w = _pair(d, nb, w) if left else _pair(d, w, nb)
            gain += (co - lo) - (cw - lw)
            if att_o:
                # how much rarer the observed pair is than if w fitted here as well as o
                sur = co + lw - lo - cw
                if att_w:
                    sur -= BOTH_ATTESTED_MARGIN
                surprise = max(surprise, sur)
        if surprise < MIN_SURPRISE:
            continue
        score = gain + max(-FREQ_CLIP, min(FREQ_CLIP, lo - lw)) - REL_PENALTY.get(rel, 0.0)
        out.append((o, score, surprise))
    out.sort(key=lambda t: -t[1])
    return out


def score_pair(words: list[str], i: int) -> list[tuple[str, str, float, float]]:
    """(original i, original i+1, score, surprise) for two adjacent words both swapped
    ("energy crops" for "power plants"): the original pair must be attested, the observed
    pair not, though expected. Best first."""
    d = _load()
    uni, cands = d["uni"], d["cands"]
    w1, w2 = words[i], words[i + 1]
    c1, c2 = cands.get(w1), cands.get(w2)
    if not c1 or not c2 or w1 not in uni or w2 not in uni or (w1 + " " + w2) in d["bi"]:
        return []
    l1, l2 = uni[w1], uni[w2]
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 2] if i + 2 < len(words) else None
    out = []
    for o1, r1 in c1:
        lo1 = uni.get(o1)
        if lo1 is None:
            continue
        for o2, r2 in c2:
            co = d["bi"].get(o1 + " " + o2)
            if co is None:
                continue
            lo2 = uni[o2]
            surprise = co + l1 + l2 - lo1 - lo2 - d["log_attested"]
            if surprise < MIN_SURPRISE:
                continue
            cw = _pair(d, w1, w2)[0]
            llr = (co - lo1) - (cw - l1)
            if prev is not None:
                llr += _pair(d, prev, o1)[0] - _pair(d, prev, w1)[0]
            if nxt is not None:
                llr += (_pair(d, o2, nxt)[0] - lo2) - (_pair(d, w2, nxt)[0] - l2)
            fr1, fr2 = lo1 - l1, lo2 - l2
            score = (llr - fr1 - fr2 + max(-FREQ_CLIP, min(FREQ_CLIP, fr1)) + max(-FREQ_CLIP, min(FREQ_CLIP, fr2))
                     - REL_PENALTY.get(r1, 0.0) - REL_PENALTY.get(r2, 0.0))
            out.append((o1, o2, score, surprise))
    out.sort(key=lambda t: -t[2])
    return out


def find_substitutions(
    words: list[str], *, min_score: float = DEFAULT_MIN_SCORE, skip: set[int] | frozenset[int] = frozenset()
) -> list[tuple[int, str, float]]:
    """Given the lowercased word tokens of one sentence (punctuation removed), return
    (index, likely_original, score) for words that look like thesaurus substitutions.

    ``skip`` holds indices never to flag (names, quoted words); they still serve as context.
    A dict lookup per token; candidates are scored only for words in the candidate table.
    """
    if len(words) < 2:
        return []
    d = _load()
    cands = d["cands"]
    words = [_norm(w) for w in words]
    hits = []
    for i, w in enumerate(words):
        if w not in cands or i in skip:
            continue
        scored = score_candidates(words, i)
        if scored and scored[0][1] >= min_score:
            hits.append((i, scored[0][0], round(scored[0][1], 3)))
    if PAIRS:
        done = {h[0] for h in hits}
        for i in range(len(words) - 1):
            if i in done or i + 1 in done or i in skip or i + 1 in skip:
                continue
            if words[i] not in cands or words[i + 1] not in cands:
                continue
            pairs = score_pair(words, i)
            if pairs and pairs[0][2] >= min_score:
                o1, o2, sc, _ = pairs[0]
                hits += [(i, o1, round(sc, 3)), (i + 1, o2, round(sc, 3))]
                done |= {i, i + 1}
        hits.sort()
    return hits


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+")


def _quoted(text: str) -> list[tuple[int, int]]:
    """Character ranges inside direct quotes (“...”, or "..." told apart by the spacing)."""
    ranges = []
    start = None
    for i, ch in enumerate(text):
        if ch not in "“”\"":
            continue
        before = text[i - 1] if i > 0 else " "
        opening = ch == "“" or (ch == '"' and (before.isspace() or before in "([—-"))
        if opening:
            if start is None:
                start = i
        elif start is not None:
            ranges.append((start, i))
            start = None
    if start is not None:
        ranges.append((start, len(text)))
    return ranges


def tokenize(
    sentence: str, quoted: list[tuple[int, int]] | None = None
) -> tuple[list[str], list[tuple[int, int]], set[int]]:
    """Words (lowercased), their character spans, and the indices to skip: capitalised words
    that do not start the sentence (names, left to the lexicon), all-caps words, and words
    inside direct quotes (spinners leave quotes alone)."""
    if quoted is None:
        quoted = _quoted(sentence)
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    skip: set[int] = set()
    for m in _WORD.finditer(sentence):
        tok = m.group()
        inside = any(a < m.start() < b for a, b in quoted)
        if inside or (words and tok[:1].isupper()) or (tok.isupper() and len(tok) > 1):
            skip.add(len(words))
        words.append(_norm(tok))
        spans.append((m.start(), m.end()))
    return words, spans, skip


def find_in_text(text: str, *, min_score: float = DEFAULT_MIN_SCORE) -> list[tuple[int, int, str, str, float]]:
    """(start, end, word, likely_original, score) for one line or paragraph of copy."""
    out = []
    quoted = _quoted(text)
    pos = 0
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for end in bounds:
        sentence = text[pos:end]
        local = [(a - pos, b - pos) for a, b in quoted if b > pos and a < end]
        words, spans, skip = tokenize(sentence, local)
        for i, orig, score in find_substitutions(words, min_score=min_score, skip=skip):
            s, e = spans[i]
            out.append((pos + s, pos + e, sentence[s:e], orig, score))
        pos = end
    return out
