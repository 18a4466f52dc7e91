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
``wordsegment`` package's Google Web 1T counts and WordNet 3.0. It is read lazily, with the
standard library: parsed once into flat integer arrays kept in the cache folder
(lint.packcache.cached_object), which later runs read back in about 0.015 s. No network, no
other files. Thresholds and measured rates are in rules/spin/substitution/README.md.

Speed: words are integer ids, and the data ships an *evidence relation* besides the tables:
for each spun word, the neighbours next to which one of its originals has evidence, and the
spun words it forms a scorable pair with (computed by :func:`_relation` with the very
operations of the scoring). A document costs one dict look-up per word and a few set
look-ups per candidate word; only the words the relation admits (about 1 in 270 on BBC
copy) are scored, and the findings are those of scoring every word.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from array import array
from bisect import bisect_left
from itertools import repeat
from pathlib import Path
from zlib import crc32

__all__ = [
    "DEFAULT_MIN_SCORE",
    "STRICT_MIN_SCORE",
    "bigram_logcount",
    "candidates",
    "data_dir",
    "evidence_stamp",
    "evidence_table",
    "find_in_sentences",
    "find_in_text",
    "find_substitutions",
    "score_candidates",
    "score_pair",
    "tokenize",
    "unigram_logcount",
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
_TABLES = ("unigrams.tsv.gz", "bigrams.tsv.gz", "candidates.tsv.gz")
EVIDENCE = "evidence.tsv.gz"
_FORMAT = 4  # layout of the packed tables kept in the cache folder
_cache: _Model | None = None


def data_dir() -> Path:
    return DATA


def _params() -> tuple[float, float, float]:
    """The settings the evidence relation depends on."""
    return (MIN_SURPRISE, BOTH_ATTESTED_MARGIN, INDEP_BOOST)


# --------------------------------------------------------------------------- the tables

class _Model:
    """The tables, packed: a word is an id (the spun words, those with originals, first, then
    the others, each part sorted; a word in no table is ``unknown``, one past the end), and
    each table is a flat array.

    * ``slots``: a hash table from words to ids (see :meth:`id_of`);
    * ``counts[id]``: the stored log count (log count = stored / ``scale``; 0 and in
      ``missing`` when the word has none);
    * candidates: ``cptr[id]:cptr[id + 1]`` indexes ``cids`` (original ids) and ``crel``
      (indices into ``rel_names``); the spun words are the ids below ``spun``;
    * pairs ``a b`` by first word: ``rptr[a]:rptr[a + 1]`` indexes ``rcol`` (ids of ``b``,
      ascending) and ``rval`` (stored log counts);
    * the evidence relation, for the settings ``ev_params``: ``eptr[x]:eptr[x + 1]`` indexes
      ``ekeys``, spun word ``x``'s keys: the ids of the left neighbours next to which it has
      evidence (an original's surprise reaches MIN_SURPRISE), those of the right neighbours
      | ``right``, and those of the spun words ``x2`` for which the pair ``x x2`` has evidence
      | ``partner`` (see :func:`_tags`); ``extra``, the words in it that are not spun.

    ``fast`` maps the words that can matter before anything is scored, the spun words and
    ``extra``, to their ids: one dict look-up per word of a document; any other word is
    ``unknown`` until a sentence is scored. A row (``{b: stored count}`` of one ``a``), a
    spun word's originals and its part of the relation are built the first time they are
    needed, so a run builds only what its words use. Tuples and dicts of numbers and strings
    only: the garbage collector never walks them.
    """

    def __init__(self, meta: dict, packed: tuple) -> None:
        (fmt, vocab, self.slots, self.counts, missing, self.spun, self.cptr, self.cids, self.crel, rel_names,
         self.rptr, self.rcol, self.rval, relation) = packed
        if fmt != _FORMAT:
            raise ValueError(f"substitution model: packed format {fmt}, expected {_FORMAT}")
        self.scale = float(meta["log_scale"])
        self.log_total = math.log(meta["total"])
        self.log_attested = math.log(meta["attested_min"])
        self.log_unknown = math.log(meta["min_neighbour"]) - 1.0  # a word outside the table
        self.vocab: tuple[str, ...] = tuple(vocab.split("\n")) if vocab else ()
        self.unknown = n = len(self.vocab)
        self.missing = frozenset(missing)
        self.rel_names: list[str] = rel_names.split("\n")
        self.rows: dict[int, dict[int, int]] = {n: {}}
        self.right, self.partner = _tags(n)
        self.cands: dict[int, tuple[tuple[int, str, str], ...]] = {}
        self._relation(relation)

    def _relation(self, relation: tuple) -> None:
        self.ev_params, self.eptr, self.ekeys, self.extra = relation
        self.ev: dict[int, dict[int, None]] = {}
        vocab = self.vocab
        self.fast = dict(zip(vocab[:self.spun], range(self.spun), strict=True))
        self.fast.update(zip(map(vocab.__getitem__, self.extra), self.extra, strict=True))

    def relate(self) -> None:
        """Compute the evidence relation afresh for the current settings (after a change to
        MIN_SURPRISE, BOTH_ATTESTED_MARGIN or INDEP_BOOST: slow, about 5 s)."""
        self._relation(_relation(self))

    # ---- words
    def id_of(self, word: str) -> int:
        """The id of a word as it is; ``unknown`` when it is in no table (open addressing in
        ``slots``, keyed by the CRC-32 of the word's UTF-8)."""
        slots, vocab, mask, unknown = self.slots, self.vocab, len(self.slots) - 1, self.unknown
        h = crc32(word.encode("utf-8", "surrogatepass")) & mask
        while (x := slots[h]) != unknown:
            if vocab[x] == word:
                return x
            h = (h + 1) & mask
        return unknown

    def uni(self, x: int) -> float | None:
        """The log count of word ``x``, None when it has none."""
        if x >= self.unknown or x in self.missing:
            return None
        return self.counts[x] / self.scale  # as the text tables give it: stored / scale

    def known(self, x: int) -> float:
        """The log count of word ``x`` as a pair estimate takes it (``log_unknown`` if none)."""
        u = self.uni(x)
        return self.log_unknown if u is None else u

    # ---- pairs
    def row(self, a: int) -> dict[int, int]:
        """{b: stored log count} of the attested pairs ``a b``."""
        r = self.rows.get(a)
        if r is None:
            s, e = self.rptr[a], self.rptr[a + 1]
            r = self.rows[a] = dict(zip(self.rcol[s:e], self.rval[s:e], strict=True))
        return r

    def value(self, a: int, b: int) -> int | None:
        """The stored log count of the pair ``a b``, None when unattested; from the row of
        ``a`` if it is built already, else by bisection in it (building the row of a common
        word for one look-up costs more)."""
        r = self.rows.get(a)
        if r is not None:
            return r.get(b)
        s, e = self.rptr[a], self.rptr[a + 1]
        k = bisect_left(self.rcol, b, s, e)
        return self.rval[k] if k < e and self.rcol[k] == b else None

    def pair(self, a: int, b: int) -> tuple[float, bool]:
        """(log count, attested) of the word pair ``a b``; unattested pairs are estimated."""
        v = self.value(a, b)
        if v is not None:
            return v / self.scale, True
        return min(self.known(a) + self.known(b) - self.log_total + INDEP_BOOST, self.log_attested), False

    # ---- spun words
    def cand(self, x: int) -> tuple[tuple[int, str, str], ...]:
        """The originals of spun word ``x`` as (id, word, relation), in table order."""
        c = self.cands.get(x)
        if c is None:
            s, e = self.cptr[x], self.cptr[x + 1]
            vocab, names = self.vocab, self.rel_names
            c = self.cands[x] = tuple((o, vocab[o], names[r])
                                      for o, r in zip(self.cids[s:e], self.crel[s:e], strict=True))
        return c

    def evidence(self, x: int) -> dict[int, None]:
        """Spun word ``x``'s keys in the evidence relation, for membership tests: left
        neighbours, right neighbours | ``right``, pair partners | ``partner``."""
        e = self.ev.get(x)
        if e is None:
            e = self.ev[x] = dict.fromkeys(self.ekeys[self.eptr[x]:self.eptr[x + 1]])
        return e


def _load() -> _Model:
    global _cache
    if _cache is not None:
        return _cache
    meta = json.loads((DATA / "meta.json").read_text(encoding="utf-8"))
    from lint.packcache import cached_object  # packed once, then read back from the cache folder

    sources = [DATA / name for name in ("meta.json", *_TABLES, EVIDENCE)]
    packed = cached_object("substitution", sources, lambda: _pack(meta))
    _cache = _Model(meta, packed)  # type: ignore[arg-type]
    return _cache


def _related() -> _Model:
    """The model, with its evidence relation for the current settings (computed afresh, about
    5 s, after a change to them)."""
    m = _load()
    if m.ev_params != _params():
        m.relate()
    return m


# --------------------------------------------------------------------------- packing

def _int_array(values: list[int]) -> array:
    """The values in the smallest unsigned array type that holds them."""
    top = max(values, default=0)
    if min(values, default=0) < 0:
        raise ValueError("substitution model: a negative id or count")
    for code in "BHIL":
        if top < 1 << (8 * array(code).itemsize):
            return array(code, values)
    return array("Q", values)


def _tables_digest() -> str:
    """A digest of the three tables, so a shipped evidence relation is used only with them."""
    h = hashlib.blake2b(digest_size=16)
    for name in _TABLES:
        h.update((DATA / name).read_bytes())
    return h.hexdigest()


def _pack(meta: dict) -> tuple:
    """Parse the gzipped TSV files into the flat tables of :class:`_Model` (see there)."""
    uni: dict[str, int] = {}
    with gzip.open(DATA / "unigrams.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            w, v = line.rstrip("\n").split("\t")
            uni[w] = int(v)
    bi: dict[tuple[str, str], int] = {}
    with gzip.open(DATA / "bigrams.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            a, rest = line.rstrip("\n").split("\t")
            for item in rest.split(" "):
                b, _, v = item.rpartition(":")
                bi[a, b] = int(v)
    cands: dict[str, list[tuple[str, str]]] = {}
    with gzip.open(DATA / "candidates.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            w, rest = line.rstrip("\n").split("\t")
            cands[w] = [tuple(item.rsplit(":", 1)) for item in rest.split(" ")]  # type: ignore[misc]
    words = set(uni) | set(cands) | {w for pair in bi for w in pair}
    words |= {o for row in cands.values() for o, _ in row}
    spun = sorted(w for w, row in cands.items() if row)
    vocab = spun + sorted(words.difference(spun))  # the spun words first: x is spun iff x < len(spun)
    if any("\n" in w for w in vocab):
        raise ValueError("substitution model: a word with a line break in the tables")
    ids = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    counts = [uni.get(w) for w in vocab]
    rel_names = sorted({r for row in cands.values() for _, r in row})
    rel_index = {r: i for i, r in enumerate(rel_names)}
    cptr, cids, crel = [0], [], []
    for w in vocab:
        for o, r in cands.get(w, ()):
            cids.append(ids[o])
            crel.append(rel_index[r])
        cptr.append(len(cids))
    cptr.append(len(cids))  # the unknown word: no candidates
    mask = 0xFFFFFFFF  # a pair is one integer, first id << 32 | second id
    by_first = sorted((ids[a] << 32 | ids[b], v) for (a, b), v in bi.items())
    tables = (_FORMAT, "\n".join(vocab), _slots(vocab), _int_array([c or 0 for c in counts]),
              _int_array([i for i, c in enumerate(counts) if c is None]), len(spun),
              _int_array(cptr), _int_array(cids), _int_array(crel), "\n".join(rel_names),
              _pointers([k >> 32 for k, _ in by_first], n), _int_array([k & mask for k, _ in by_first]),
              _int_array([v for _, v in by_first]))
    shipped = meta.get("evidence") or {}
    if ((DATA / EVIDENCE).exists() and tuple(shipped.get("params", ())) == _params()
            and shipped.get("tables") == _tables_digest()):
        relation = _read_relation(ids, len(spun))
    else:  # no relation shipped for these tables and settings: compute it (about 5 s)
        relation = _relation(_Model(meta, (*tables, ((), array("B"), array("B"), array("B")))))
    return (*tables, relation)


def _slots(vocab: list[str]) -> array:
    """The hash table of :meth:`_Model.id_of`: a power of two at least twice the vocabulary,
    each word's id at the first free slot from the CRC-32 of its UTF-8; free slots hold the
    unknown id."""
    n = len(vocab)
    size = 1 << max(4, (2 * n).bit_length())
    slots = [n] * size
    for x, word in enumerate(vocab):
        h = crc32(word.encode("utf-8", "surrogatepass")) & (size - 1)
        while slots[h] != n:
            h = (h + 1) & (size - 1)
        slots[h] = x
    return _int_array(slots)


def _pointers(keys: list[int], n: int) -> array:
    """For sorted ids ``keys`` in 0..n-1: the start of each id's run, for ids 0..n (n, the
    unknown word, has an empty run), and the end."""
    ptr = [0] * (n + 2)
    for k in keys:
        ptr[k + 1] += 1
    for i in range(1, n + 2):
        ptr[i] += ptr[i - 1]
    return _int_array(ptr)


def _tags(n: int) -> tuple[int, int]:
    """The tags of right neighbours and pair partners in the evidence keys of a vocabulary of
    ``n`` words: one and two past every id (ids and the unknown word fit below the first)."""
    shift = (n + 1).bit_length()
    return 1 << shift, 2 << shift


def _packed_relation(parts: tuple[dict[int, list[int]], ...], n: int, spun: int) -> tuple:
    """The relation tuple of :class:`_Model` from (left, right, partners), each id -> sorted ids."""
    keys = {x: list(ys) for x, ys in parts[0].items()}
    for part, tag in zip(parts[1:], _tags(n), strict=True):
        for x, ys in part.items():
            keys.setdefault(x, []).extend(y | tag for y in ys)
    extra = sorted({y for part in parts[:2] for ys in part.values() for y in ys if y >= spun})
    return (_params(), _pointers([x for x in sorted(keys) for _ in keys[x]], n),
            _int_array([k for x in sorted(keys) for k in keys[x]]), _int_array(extra))


def _read_relation(ids: dict[str, int], spun: int) -> tuple:
    """The shipped evidence relation (``spun<TAB>left<TAB>right<TAB>pair partners``, words
    separated by spaces) in the form of :class:`_Model`."""
    parts: tuple[dict[int, list[int]], ...] = ({}, {}, {})
    with gzip.open(DATA / EVIDENCE, "rt", encoding="utf-8") as fh:
        for line in fh:
            w, *columns = line.rstrip("\n").split("\t")
            x = ids[w]
            for part, column in zip(parts, columns, strict=True):
                if column:
                    part[x] = sorted(ids[v] for v in column.split(" "))
    return _packed_relation(parts, len(ids), spun)


def _relation(m: _Model) -> tuple:
    """The evidence relation of every spun word for the current settings, computed with the
    operations, in the order, of :func:`_score_word` and :func:`_score_pair`: a word is scored
    if and only if a neighbour is in it, and two adjacent spun words are scored as a pair if
    and only if the second is among the first's partners.

    * left (right) neighbours of ``x``: those next to which some original has a surprise of at
      least MIN_SURPRISE;
    * pair partners of ``x1``: the spun words ``x2`` with ``x1 x2`` unattested and some
      attested pair of originals ``o1 o2`` with a surprise of at least MIN_SURPRISE.
    """
    uni = tuple(map(m.uni, range(m.unknown + 1)))
    known = tuple(map(m.known, range(m.unknown + 1)))
    scale, log_total, log_attested = m.scale, m.log_total, m.log_attested
    both, boost, least = BOTH_ATTESTED_MARGIN, INDEP_BOOST, MIN_SURPRISE
    left: dict[int, list[int]] = {}
    right: dict[int, list[int]] = {}
    partners: dict[int, list[int]] = {}
    cols: dict[int, dict[int, int]] = {}  # b -> {a: stored count} of the attested pairs a b
    for a in range(m.unknown):
        for b, v in m.row(a).items():
            cols.setdefault(b, {})[a] = v
    spun_of: dict[int, list[int]] = {}  # original -> the spun words it is an original of
    for x in range(m.spun):
        for o in m.cids[m.cptr[x]:m.cptr[x + 1]]:
            spun_of.setdefault(o, []).append(x)
    for x in range(m.spun):
        lw = uni[x]
        if lw is None:
            continue
        colx, rowx = cols.get(x, {}), m.row(x)
        lefts: set[int] = set()
        rights: set[int] = set()
        pairs: set[int] = set()
        for o in m.cids[m.cptr[x]:m.cptr[x + 1]]:
            lo = uni[o]
            if lo is None:
                continue
            for p, v in cols.get(o, {}).items():  # the pair p o is attested
                if p in lefts:
                    continue
                w = colx.get(p)
                if w is None:
                    sur = v / scale + lw - lo - min(known[p] + lw - log_total + boost, log_attested)
                else:
                    sur = v / scale + lw - lo - w / scale
                    sur -= both
                if sur >= least:
                    lefts.add(p)
            for q, v in m.row(o).items():  # the pair o q is attested
                if q not in rights:
                    w = rowx.get(q)
                    if w is None:
                        sur = v / scale + lw - lo - min(lw + known[q] - log_total + boost, log_attested)
                    else:
                        sur = v / scale + lw - lo - w / scale
                        sur -= both
                    if sur >= least:
                        rights.add(q)
                lq = uni[q]
                if lq is None:
                    continue
                for x2 in spun_of.get(q, ()):  # o q as the originals of x x2
                    l2 = uni[x2]
                    if (l2 is not None and x2 not in pairs and x2 not in rowx
                            and v / scale + lw + l2 - lo - lq - log_attested >= least):
                        pairs.add(x2)
        for found, part in ((lefts, left), (rights, right), (pairs, partners)):
            if found:
                part[x] = sorted(found)
    return _packed_relation((left, right, partners), m.unknown, m.spun)


def evidence_stamp() -> dict:
    """What a shipped evidence relation must match to be used: the settings and the tables."""
    return {"params": list(_params()), "tables": _tables_digest()}


def evidence_table() -> dict[str, tuple[list[str], list[str], list[str]]]:
    """spun word -> (left neighbours, right neighbours, pair partners) in its evidence relation
    for the current settings: what tools/build_substitution_data.py ships as evidence.tsv.gz."""
    m = _related()
    vocab = m.vocab
    out = {}
    for x in range(m.spun):
        keys = m.ekeys[m.eptr[x]:m.eptr[x + 1]]
        if keys:
            out[vocab[x]] = tuple([vocab[k % m.right] for k in keys if k // m.right == tag] for tag in range(3))
    return out  # type: ignore[return-value]


# --------------------------------------------------------------------------- lookups

def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def unigram_logcount(word: str) -> float | None:
    """The word's natural log count in the web unigram table (to 0.1), None when it is not there.

    The word is lowercased and its curly apostrophes straightened first.
    """
    m = _load()
    return m.uni(m.id_of(_norm(word)))


def bigram_logcount(a: str, b: str) -> float | None:
    """The natural log count (to 0.1) of the attested pair ``a b``, None when it is not in the
    pair list (count below 100,000). Both words are normalised as by :func:`unigram_logcount`."""
    m = _load()
    v = m.value(m.id_of(_norm(a)), m.id_of(_norm(b)))
    return None if v is None else v / m.scale


def candidates(word: str) -> tuple[tuple[str, str], ...]:
    """The plausible originals of ``word`` as (original, relation), most frequent first; empty
    when the word has none. Relations: s same synset, g the word is a generic term of the
    original, a similar adjective. The word is normalised as by :func:`unigram_logcount`."""
    m = _load()
    return tuple((o, rel) for _, o, rel in m.cand(m.id_of(_norm(word))))


# --------------------------------------------------------------------------- scoring

def _score_word(m: _Model, ids: list[int], i: int) -> list[tuple[str, float, float]]:
    """score_candidates on word ids. The surprise comes first, from the attested pairs alone,
    so the estimates of unattested ones are made only for originals with evidence."""
    x = ids[i]
    if x >= m.spun or x in m.missing:  # not spun, or no count (m.uni(x) is None)
        return []
    counts, missing, known, value, scale = m.counts, m.missing, m.known, m.value, m.scale
    lw = counts[x] / scale
    prev = ids[i - 1] if i > 0 else None
    nxt = ids[i + 1] if i + 1 < len(ids) else None
    if prev is not None:  # the observed pairs: log count, and the margin when attested
        cl, att_l = m.pair(prev, x)
        ml = BOTH_ATTESTED_MARGIN if att_l else 0.0
    if nxt is not None:
        cr, att_r = m.pair(x, nxt)
        mr = BOTH_ATTESTED_MARGIN if att_r else 0.0
    out = []
    for o, word, rel in m.cand(x):
        if o in missing:  # an original with no count (m.uni(o) is None)
            continue
        lo = counts[o] / scale
        vl = vr = None  # the stored counts of the original's pairs, None when unattested
        surprise = -math.inf  # how much rarer an observed pair is than if w fitted as well as o
        if prev is not None:
            vl = value(prev, o)
            if vl is not None:
                surprise = vl / scale + lw - lo - cl - ml
        if nxt is not None:
            vr = value(o, nxt)
            if vr is not None:
                surprise = max(surprise, vr / scale + lw - lo - cr - mr)
        if surprise < MIN_SURPRISE:
            continue
        gain = 0.0  # unattested pairs estimated as by m.pair
        if prev is not None:
            co = vl / scale if vl is not None else min(
                known(prev) + known(o) - m.log_total + INDEP_BOOST, m.log_attested)
            gain += (co - lo) - (cl - lw)
        if nxt is not None:
            co = vr / scale if vr is not None else min(
                known(o) + known(nxt) - m.log_total + INDEP_BOOST, m.log_attested)
            gain += (co - lo) - (cr - lw)
        score = gain + max(-FREQ_CLIP, min(FREQ_CLIP, lo - lw)) - REL_PENALTY.get(rel, 0.0)
        out.append((word, score, surprise))
    out.sort(key=lambda t: -t[1])
    return out


def score_candidates(words: list[str], i: int) -> list[tuple[str, float, float]]:
    """(original, score, surprise) for each original of words[i] that has evidence, best first."""
    m = _load()
    return _score_word(m, [m.id_of(w) for w in words], i)


def _score_pair(m: _Model, ids: list[int], i: int) -> list[tuple[str, str, float, float]]:
    """score_pair on word ids."""
    uni, pair, value = m.uni, m.pair, m.value
    x1, x2 = ids[i], ids[i + 1]
    l1, l2 = uni(x1), uni(x2)
    if x1 >= m.spun or x2 >= m.spun or l1 is None or l2 is None or value(x1, x2) is not None:
        return []
    c2 = m.cand(x2)
    prev = ids[i - 1] if i > 0 else None
    nxt = ids[i + 2] if i + 2 < len(ids) else None
    out = []
    for o1, word1, r1 in m.cand(x1):
        lo1 = uni(o1)
        if lo1 is None:
            continue
        for o2, word2, r2 in c2:
            v = value(o1, o2)
            if v is None:
                continue
            co = v / m.scale
            lo2 = uni(o2)
            surprise = co + l1 + l2 - lo1 - lo2 - m.log_attested  # type: ignore[operator]
            if surprise < MIN_SURPRISE:
                continue
            cw = pair(x1, x2)[0]
            llr = (co - lo1) - (cw - l1)
            if prev is not None:
                llr += pair(prev, o1)[0] - pair(prev, x1)[0]
            if nxt is not None:
                llr += (pair(o2, nxt)[0] - lo2) - (pair(x2, nxt)[0] - l2)  # type: ignore[operator]
            fr1, fr2 = lo1 - l1, lo2 - l2  # type: ignore[operator]
            score = (llr - fr1 - fr2 + max(-FREQ_CLIP, min(FREQ_CLIP, fr1)) + max(-FREQ_CLIP, min(FREQ_CLIP, fr2))
                     - REL_PENALTY.get(r1, 0.0) - REL_PENALTY.get(r2, 0.0))
            out.append((word1, word2, score, surprise))
    out.sort(key=lambda t: -t[2])
    return out


def score_pair(words: list[str], i: int) -> list[tuple[str, str, float, float]]:
    """(original i, original i+1, score, surprise) for two adjacent words both swapped
    ("energy crops" for "power plants"): the original pair must be attested, the observed
    pair not, though expected. Best first."""
    m = _load()
    return _score_pair(m, [m.id_of(w) for w in words], i)


def find_substitutions(
    words: list[str], *, min_score: float = DEFAULT_MIN_SCORE, skip: set[int] | frozenset[int] = frozenset()
) -> list[tuple[int, str, float]]:
    """Given the lowercased word tokens of one sentence (punctuation removed), return
    (index, likely_original, score) for words that look like thesaurus substitutions.

    ``skip`` holds indices never to flag (names, quoted words); they still serve as context.
    """
    if len(words) < 2:
        return []
    return find_in_sentences([_norm(w) for w in words], [(0, len(words))], min_score=min_score, skip=skip)


def find_in_sentences(
    words: list[str], spans: list[tuple[int, int]], *, min_score: float = DEFAULT_MIN_SCORE,
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[tuple[int, str, float]]:
    """:func:`find_substitutions` on many sentences at once: ``words`` are the normalised
    words (lowercased, curly apostrophes straightened) of a whole document and ``spans`` the
    (start, end) of each sentence in them, in order and not overlapping; the hits are (index
    in ``words``, likely original, score), sentence by sentence, each sentence's as
    find_substitutions gives them. ``skip`` holds indices in ``words``.

    One dict look-up per word (``fast``) finds the spun words and the neighbours that can
    matter; a spun word is scored only if a neighbour in its sentence is in its evidence
    relation, and two adjacent spun words as a pair only if the second is among the first's
    partners there. The relation holds exactly when the scoring finds something (see
    :func:`_relation`), so only those sentences have all their words looked up and scored.
    """
    m = _related()
    unknown = m.unknown
    ids = list(map(m.fast.get, words, repeat(unknown)))
    n = len(ids)
    starts, ends = bytearray(n + 1), bytearray(n + 1)  # sentence edges: no neighbour beyond
    sentences = []
    covered = 0
    for lo, hi in spans:
        if hi - lo >= 2:
            sentences.append((lo, hi))
            starts[lo] = ends[hi - 1] = 1
            covered += hi - lo
    if not sentences:
        return []
    below = m.spun
    spun = [j for j, x in enumerate(ids) if x < below]
    if covered < n:  # words outside the sentences given are neither scored nor neighbours
        inside = bytearray(n)
        for lo, hi in sentences:
            inside[lo:hi] = b"\1" * (hi - lo)
        spun = [j for j in spun if inside[j]]
    ev, evidence, right, pair, with_pairs = m.ev, m.evidence, m.right, m.partner, PAIRS
    singles, pairs = [], []
    for j in spun:
        e = ev.get(ids[j])
        if e is None:
            e = evidence(ids[j])
        if not ends[j]:
            nxt = ids[j + 1]
            if nxt | right in e or (not starts[j] and ids[j - 1] in e):
                singles.append(j)
            if with_pairs and nxt | pair in e:
                pairs.append(j)
        elif not starts[j] and ids[j - 1] in e:
            singles.append(j)
    out: list[tuple[int, str, float]] = []
    if not singles and not pairs:
        return out
    def window(j: int, before: int, after: int, lo: int, hi: int) -> tuple[list[int], int]:
        """The ids around ``j`` that scoring reads, words outside ``fast`` looked up in full."""
        a, b = max(lo, j - before), min(hi, j + after + 1)
        return [m.id_of(w) if x == unknown else x for w, x in zip(words[a:b], ids[a:b], strict=True)], j - a

    los = [lo for lo, _ in sentences]
    for k in sorted({bisect_left(los, j + 1) - 1 for j in (*singles, *pairs)}):
        lo, hi = sentences[k]
        hits = []
        for j in singles[bisect_left(singles, lo):bisect_left(singles, hi)]:
            if j not in skip:
                scored = _score_word(m, *window(j, 1, 1, lo, hi))
                if scored and scored[0][1] >= min_score:
                    hits.append((j, scored[0][0], round(scored[0][1], 3)))
        done = {h[0] for h in hits}
        for j in pairs[bisect_left(pairs, lo):bisect_left(pairs, hi)]:
            if j not in done and j + 1 not in done and j not in skip and j + 1 not in skip:
                scored_pairs = _score_pair(m, *window(j, 1, 2, lo, hi))
                if scored_pairs and scored_pairs[0][2] >= min_score:
                    o1, o2, sc, _ = scored_pairs[0]
                    hits += [(j, o1, round(sc, 3)), (j + 1, o2, round(sc, 3))]
                    done |= {j, j + 1}
        hits.sort()
        out += hits
    return out


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
