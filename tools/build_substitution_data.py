#!/usr/bin/env python3
"""Build rules/spin/substitution/ (the data of lint/substitution_model.py).

Inputs (dev-time only; nothing is fetched over the network):
  * word and word-pair counts from the ``wordsegment`` package (its unigrams.txt and
    bigrams.txt: Peter Norvig's lists derived from the Google Web 1T 5-gram corpus;
    Apache-2.0 package);
  * synonym relations from WordNet 3.0 (Debian package ``wordnet-base``,
    /usr/share/wordnet; WordNet 3.0 licence).

Outputs (gzip'd UTF-8 TSV, read with the standard library):
  * ``candidates.tsv.gz``  spun word -> plausible original words, each with the relation
    that links them in WordNet (s = same synset, g = the spun word is a generic term
    (hypernym) of the original, a = similar adjective);
  * ``unigrams.tsv.gz``    word -> round(10 * ln count)  (words used by the bigrams or the
    candidates, plus common words for the back-off estimates);
  * ``bigrams.tsv.gz``     first word -> second words with round(10 * ln count), restricted to
    pairs that contain a candidate word;
  * ``meta.json``          corpus total, the attestation threshold and the build settings.

Usage: python tools/build_substitution_data.py [--out rules/spin/substitution]
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "rules" / "spin" / "substitution"

MIN_ORIG = 1_000_000     # originals: common vocabulary (about the top 27k words)
MIN_SPUN = 150_000       # spun words: about the top 70k words
MIN_NEIGHBOUR = 300_000  # unigrams kept for back-off estimates of neighbours
MAX_ORIGINALS = 12       # per spun word, most frequent first
WORD = re.compile(r"[a-z]+")

# Function words never treated as spun or original (WordNet lists some as nouns or verbs:
# "a" ampere, "in" inch, "will" testament, "can" container, "may" hawthorn...).
STOP = set("""
a an the this that these those there here it its i me my we us our you your he him his she her
they them their who whom whose which what when where why how not no nor and or but if then than
so as of in on at by for from to with into onto upon over under up down out off about above
below between among through against via per be is are was were been being am do does did done
doing have has had having will would shall should can could may might must ought s t d ll m re
ve one two three four five six seven eight nine ten also too very just only even still yet ever
never again once much many few more most less least all any both each every some such own same
other another mr mrs ms dr st
""".split())


def wordsegment_dir() -> Path:
    try:
        import wordsegment
    except ImportError:
        sys.exit("build: the wordsegment package is needed (pip install wordsegment)")
    return Path(wordsegment.__file__).parent


def load_counts(d: Path) -> tuple[dict[str, int], dict[tuple[str, str], int], int]:
    uni: dict[str, int] = defaultdict(int)
    for line in open(d / "unigrams.txt", encoding="utf-8"):
        w, c = line.rstrip("\n").split("\t")
        uni[w.lower()] += int(c)
    bi: dict[tuple[str, str], int] = defaultdict(int)
    for line in open(d / "bigrams.txt", encoding="utf-8"):
        p, c = line.rstrip("\n").split("\t")
        a, _, b = p.lower().partition(" ")
        if WORD.fullmatch(a) and WORD.fullmatch(b):
            bi[(a, b)] += int(c)
    import wordsegment
    total = int(getattr(wordsegment, "TOTAL", 1024908267229.0))
    return dict(uni), dict(bi), total


# --------------------------------------------------------------------------- WordNet

def parse_wordnet(root: Path = WORDNET):
    """Return synsets {(pos, offset): (lemmas, pointers)} with pos in n v a r (s -> a)."""
    if not (root / "data.noun").exists():
        sys.exit(f"build: WordNet not found in {root}; apt-get install wordnet-base")
    synsets = {}
    for fname, pos in (("data.noun", "n"), ("data.verb", "v"), ("data.adj", "a"), ("data.adv", "r")):
        for line in open(root / fname, encoding="utf-8", errors="replace"):
            if line.startswith(" "):
                continue
            body = line.split(" | ")[0].split()
            off = body[0]
            wcnt = int(body[3], 16)
            lemmas = []
            for k in range(wcnt):
                lem = re.sub(r"\(.*\)$", "", body[4 + 2 * k]).lower()
                lemmas.append(lem)
            p = 4 + 2 * wcnt
            pcnt = int(body[p])
            ptrs = []
            for k in range(pcnt):
                sym, toff, tpos, st = body[p + 1 + 4 * k: p + 5 + 4 * k]
                ptrs.append((sym, "a" if tpos == "s" else tpos, toff, st))
            synsets[(pos, off)] = (lemmas, ptrs)
    return synsets


def load_exceptions(root: Path = WORDNET) -> dict[str, dict[str, list[str]]]:
    """{pos: {base: [inflected forms]}} from noun.exc / verb.exc."""
    out: dict[str, dict[str, list[str]]] = {"n": defaultdict(list), "v": defaultdict(list)}
    for fname, pos in (("noun.exc", "n"), ("verb.exc", "v")):
        for line in open(root / fname, encoding="utf-8"):
            parts = line.split()
            if len(parts) >= 2:
                for base in parts[1:]:
                    out[pos][base].append(parts[0])
    return out


def _double(b: str) -> bool:
    return (len(b) >= 3 and b[-1] not in "aeiouwxy" and b[-2] in "aeiou" and b[-3] not in "aeiou"
            and len(b) <= 5)


def inflections(lemma: str, pos: str, exc, uni: dict[str, int]) -> dict[str, set[str]]:
    """Slot -> attested forms: n0 n1 (plural), v0 v1 (3sg) v2 (past / participle) v3 (-ing), a0, r0."""
    if pos in "ar":
        return {pos + "0": {lemma}}
    slots: dict[str, set[str]] = defaultdict(set)
    slots[pos + "0"].add(lemma)
    irregular = exc[pos].get(lemma, [])
    if pos == "n":
        if irregular:
            slots["n1"].update(irregular)
        elif re.search(r"(s|x|z|ch|sh)$", lemma):
            slots["n1"].add(lemma + "es")
        elif re.search(r"[^aeiou]y$", lemma):
            slots["n1"].add(lemma[:-1] + "ies")
        else:
            slots["n1"].add(lemma + "s")
    else:
        if re.search(r"(s|x|z|ch|sh)$", lemma):
            slots["v1"].add(lemma + "es")
        elif re.search(r"[^aeiou]y$", lemma):
            slots["v1"].add(lemma[:-1] + "ies")
        else:
            slots["v1"].add(lemma + "s")
        past = [f for f in irregular if not f.endswith("ing") and not f.endswith("s")]
        if past:
            slots["v2"].update(past)
        elif lemma.endswith("e"):
            slots["v2"].add(lemma + "d")
        elif re.search(r"[^aeiou]y$", lemma):
            slots["v2"].add(lemma[:-1] + "ied")
        elif _double(lemma):
            slots["v2"].add(lemma + lemma[-1] + "ed")
        else:
            slots["v2"].add(lemma + "ed")
        if lemma.endswith("ie"):
            slots["v3"].add(lemma[:-2] + "ying")
        elif lemma.endswith("e") and not lemma.endswith("ee"):
            slots["v3"].add(lemma[:-1] + "ing")
        elif _double(lemma):
            slots["v3"].add(lemma + lemma[-1] + "ing")
        else:
            slots["v3"].add(lemma + "ing")
    return {k: {f for f in v if f in uni} for k, v in slots.items()}


def relation_pairs(synsets):
    """Yield (orig lemma, spun lemma, pos, relation) from WordNet."""
    for (pos, off), (lemmas, ptrs) in synsets.items():
        words = [w for w in lemmas if WORD.fullmatch(w)]
        for o in words:
            for s in words:
                if o != s:
                    yield o, s, pos, "s"
        for sym, tpos, toff, st in ptrs:
            target = synsets.get((tpos, toff))
            if not target or st != "0000":
                continue
            tw = [w for w in target[0] if WORD.fullmatch(w)]
            if sym == "@" and tpos == pos:  # spinner picks a generic term of the original
                for o in words:
                    for s in tw:
                        yield o, s, pos, "g"
            elif sym == "&" and pos == "a":  # similar adjectives, both ways
                for o in words:
                    for s in tw:
                        yield o, s, pos, "a"


# --------------------------------------------------------------------------- build

def build(out: Path) -> None:
    uni, bi, total = load_counts(wordsegment_dir())
    synsets = parse_wordnet()
    exc = load_exceptions()
    rank = {"s": 0, "a": 1, "g": 2}
    cands: dict[str, dict[str, str]] = defaultdict(dict)
    form_cache: dict[tuple[str, str], dict[str, set[str]]] = {}

    def forms(lemma: str, pos: str):
        key = (lemma, pos)
        if key not in form_cache:
            form_cache[key] = inflections(lemma, pos, exc, uni)
        return form_cache[key]

    for o, s, pos, rel in relation_pairs(synsets):
        if o in STOP or s in STOP:
            continue
        if uni.get(o, 0) < MIN_ORIG / 10 or uni.get(s, 0) < MIN_SPUN / 10:
            continue
        fo, fs = forms(o, pos), forms(s, pos)
        for slot, spun_forms in fs.items():
            for sf in spun_forms:
                if sf in STOP or uni.get(sf, 0) < MIN_SPUN:
                    continue
                for of in fo.get(slot, ()):
                    if of == sf or of in STOP or uni.get(of, 0) < MIN_ORIG:
                        continue
                    old = cands[sf].get(of)
                    if old is None or rank[rel] < rank[old]:
                        cands[sf][of] = rel
    # keep the most frequent originals per spun word
    cand_rows = {}
    for sf, origs in cands.items():
        best = sorted(origs, key=lambda w: -uni[w])[:MAX_ORIGINALS]
        cand_rows[sf] = [(w, origs[w]) for w in best]
    vocab = set(cand_rows) | {w for ws in cand_rows.values() for w, _ in ws}
    bigrams = {k: v for k, v in bi.items() if k[0] in vocab or k[1] in vocab}
    keep = vocab | {w for k in bigrams for w in k} | {w for w, c in uni.items()
                                                       if c >= MIN_NEIGHBOUR and WORD.fullmatch(w)}

    def lc(c: int) -> int:
        return round(10 * math.log(c))

    out.mkdir(parents=True, exist_ok=True)
    with gzip.open(out / "candidates.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for sf in sorted(cand_rows):
            fh.write(sf + "\t" + " ".join(f"{w}:{r}" for w, r in cand_rows[sf]) + "\n")
    with gzip.open(out / "unigrams.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for w in sorted(keep, key=lambda w: -uni.get(w, 0)):
            if uni.get(w):
                fh.write(f"{w}\t{lc(uni[w])}\n")
    by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), c in bigrams.items():
        by_first[a].append((b, c))
    with gzip.open(out / "bigrams.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for a in sorted(by_first):
            pairs = sorted(by_first[a], key=lambda x: -x[1])
            fh.write(a + "\t" + " ".join(f"{b}:{lc(c)}" for b, c in pairs) + "\n")
    meta = {
        "format": 1,
        "total": total,
        "attested_min": min(bi.values()),
        "log_scale": 10,
        "min_orig": MIN_ORIG,
        "min_spun": MIN_SPUN,
        "min_neighbour": MIN_NEIGHBOUR,
        "max_originals": MAX_ORIGINALS,
        "spun_words": len(cand_rows),
        "pairs": sum(len(v) for v in cand_rows.values()),
        "bigrams": len(bigrams),
        "unigrams": sum(1 for w in keep if uni.get(w)),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in out.iterdir() if f.is_file())
    print(f"build: {meta['spun_words']} spun words, {meta['pairs']} pairs, {meta['bigrams']} bigrams, "
          f"{meta['unigrams']} unigrams; {size / 1e6:.2f} MB in {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
