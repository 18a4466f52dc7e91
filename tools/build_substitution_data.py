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
    (hypernym) of the original, a = similar adjective). Only originals at least as frequent
    as the spun word are kept (spinners swap common words for rarer ones), and spelling
    variants (defence/defense) are dropped;
  * ``unigrams.tsv.gz``    word -> round(10 * ln count)  (words used by the bigrams or the
    candidates, plus common words for the back-off estimates);
  * ``bigrams.tsv.gz``     first word -> second words with round(10 * ln count), restricted to
    pairs that contain a candidate word;
  * ``meta.json``          corpus total, the attestation threshold and the build settings;
  * ``evidence.tsv.gz``    spun word -> the left and the right neighbours next to which one
    of its originals has evidence, and the spun words it forms a scorable pair with, as
    lint/substitution_model.py computes them from the three tables above (so the module need
    not compute them, about 5 s, on first use); meta.json records the settings and a
    digest of the tables they were computed for.

Usage:
  python tools/build_substitution_data.py [--out rules/spin/substitution]
  python tools/build_substitution_data.py --evidence [--out rules/spin/substitution]
      (only the evidence relation, from the tables already in --out; no inputs needed)
  python tools/build_substitution_data.py --evaluate --clean CLEAN_DIR --spun SPUN_DIR [--gold TSV]
      (SPUN_DIR made by tools/spinner.py; prints hits per 10k words on the clean copy and
       precision / recall against the gold on the spun copy, per threshold)
"""
from __future__ import annotations

import argparse
import difflib
import gzip
import io
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
HYPONYMS = False         # also link a word to its direct generic terms as originals
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
    for line in (d / "unigrams.txt").read_text(encoding="utf-8").splitlines():
        w, c = line.split("\t")
        uni[w.lower()] += int(c)
    bi: dict[tuple[str, str], int] = defaultdict(int)
    for line in (d / "bigrams.txt").read_text(encoding="utf-8").splitlines():
        p, c = line.split("\t")
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
        for line in (root / fname).read_text(encoding="utf-8", errors="replace").splitlines():
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
        for line in (root / fname).read_text(encoding="utf-8").splitlines():
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


def relation_pairs(synsets, hyponyms: bool = HYPONYMS):
    """Yield (orig lemma, spun lemma, pos, relation) from WordNet."""
    for (pos, _off), (lemmas, ptrs) in synsets.items():
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
                if hyponyms:  # ... or a more specific term (symmetric thesauri)
                    for o in tw:
                        for s in words:
                            yield o, s, pos, "h"
            elif sym == "&" and pos == "a":  # similar adjectives, both ways
                for o in words:
                    for s in tw:
                        yield o, s, pos, "a"


def spelling_variant(a: str, b: str) -> bool:
    """defence/defense, recognised/recognized, warm/warmly: not what a spinner does."""
    if (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 3:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


# --------------------------------------------------------------------------- build

def _gz(path: Path):
    """A reproducible gzip text writer (no file name or time stamp in the header)."""
    raw = open(path, "wb")  # noqa: SIM115 - closed by _Closing
    gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0)
    return _Closing(io.TextIOWrapper(gz, encoding="utf-8", newline="\n"), raw)


class _Closing:
    def __init__(self, text, raw):
        self.text, self.raw = text, raw

    def __enter__(self):
        return self.text

    def __exit__(self, *exc):
        self.text.close()
        self.raw.close()

def build(out: Path, *, hyponyms: bool = HYPONYMS, max_originals: int = MAX_ORIGINALS) -> None:
    uni, bi, total = load_counts(wordsegment_dir())
    synsets = parse_wordnet()
    exc = load_exceptions()
    rank = {"s": 0, "a": 1, "g": 2, "h": 3}
    cands: dict[str, dict[str, str]] = defaultdict(dict)
    form_cache: dict[tuple[str, str], dict[str, set[str]]] = {}

    def forms(lemma: str, pos: str):
        key = (lemma, pos)
        if key not in form_cache:
            form_cache[key] = inflections(lemma, pos, exc, uni)
        return form_cache[key]

    for o, s, pos, rel in relation_pairs(synsets, hyponyms):
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
                    if uni[of] < uni[sf] or spelling_variant(of, sf):
                        continue
                    old = cands[sf].get(of)
                    if old is None or rank[rel] < rank[old]:
                        cands[sf][of] = rel
    # keep the most frequent originals per spun word
    cand_rows = {}
    for sf, origs in cands.items():
        best = sorted(origs, key=lambda w: (-uni[w], w))[:max_originals]
        cand_rows[sf] = [(w, origs[w]) for w in best]
    vocab = set(cand_rows) | {w for ws in cand_rows.values() for w, _ in ws}
    bigrams = {k: v for k, v in bi.items() if k[0] in vocab or k[1] in vocab}
    keep = vocab | {w for k in bigrams for w in k} | {w for w, c in uni.items()
                                                       if c >= MIN_NEIGHBOUR and WORD.fullmatch(w)}

    def lc(c: int) -> int:
        return round(10 * math.log(c))

    out.mkdir(parents=True, exist_ok=True)
    with _gz(out / "candidates.tsv.gz") as fh:
        for sf in sorted(cand_rows):
            fh.write(sf + "\t" + " ".join(f"{w}:{r}" for w, r in cand_rows[sf]) + "\n")
    with _gz(out / "unigrams.tsv.gz") as fh:
        for w in sorted(keep, key=lambda w: (-uni.get(w, 0), w)):
            if uni.get(w):
                fh.write(f"{w}\t{lc(uni[w])}\n")
    by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), c in bigrams.items():
        by_first[a].append((b, c))
    with _gz(out / "bigrams.tsv.gz") as fh:
        for a in sorted(by_first):
            pairs = sorted(by_first[a], key=lambda x: (-x[1], x[0]))
            fh.write(a + "\t" + " ".join(f"{b}:{lc(c)}" for b, c in pairs) + "\n")
    meta = {
        "format": 1,
        "total": total,
        "attested_min": min(bi.values()),
        "log_scale": 10,
        "min_orig": MIN_ORIG,
        "min_spun": MIN_SPUN,
        "min_neighbour": MIN_NEIGHBOUR,
        "max_originals": max_originals,
        "hyponyms": hyponyms,
        "spun_words": len(cand_rows),
        "pairs": sum(len(v) for v in cand_rows.values()),
        "bigrams": len(bigrams),
        "unigrams": sum(1 for w in keep if uni.get(w)),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    build_evidence(out)
    size = sum(f.stat().st_size for f in out.iterdir() if f.is_file())
    print(f"build: {meta['spun_words']} spun words, {meta['pairs']} pairs, {meta['bigrams']} bigrams, "
          f"{meta['unigrams']} unigrams; {size / 1e6:.2f} MB in {out}")


def build_evidence(out: Path) -> None:
    """Write evidence.tsv.gz for the tables in ``out``: the model's own evidence relation
    (lint.substitution_model.evidence_table), computed afresh, and stamp it in meta.json."""
    import os
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from lint import substitution_model as sm
    from lint.packcache import DISABLE_ENV

    os.environ[DISABLE_ENV] = "1"  # computed from these tables, nothing cached

    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.pop("evidence", None)
    (out / sm.EVIDENCE).unlink(missing_ok=True)
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    sm.DATA, sm._cache = out, None
    table = sm.evidence_table()
    with _gz(out / sm.EVIDENCE) as fh:
        for w in sorted(table):
            fh.write(w + "".join("\t" + " ".join(column) for column in table[w]) + "\n")
    meta["evidence"] = {**sm.evidence_stamp(), "spun_words": len(table),
                        **{k: sum(len(v[i]) for v in table.values())
                           for i, k in enumerate(("left", "right", "pair_partners"))}}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    e = meta["evidence"]
    print(f"build: evidence for {len(table)} spun words: {e['left']} left and {e['right']} right "
          f"neighbours, {e['pair_partners']} pair partners, in {out / sm.EVIDENCE}")


# --------------------------------------------------------------------------- measurement

def _load_gold(path: Path, docs: Path) -> list[dict]:
    """Gold spans, located the way shared/eval/score.py's load_gold does."""
    import csv
    spans = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("category", "spin") != "spin":
                continue
            line = (docs / row["file"]).read_text(encoding="utf-8").split("\n")[int(row["line"]) - 1]
            pos = -1
            for _ in range(int(row.get("occurrence") or 1)):
                pos = line.find(row["text"], pos + 1)
            if pos < 0:
                sys.exit(f"evaluate: gold text {row['text']!r} not on line {row['line']} of {row['file']}")
            spans.append({**row, "line0": int(row["line"]) - 1, "s": pos, "e": pos + len(row["text"])})
    return spans


def _hits(folder: Path, min_score: float) -> tuple[dict[str, list[tuple]], int]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from lint.substitution_model import find_in_text

    hits, words = {}, 0
    for f in sorted(folder.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        words += len(text.split())
        hits[f.name] = [(ln, *h) for ln, line in enumerate(text.split("\n"))
                        for h in find_in_text(line, min_score=min_score)]
    return hits, words


def evaluate(clean: Path | None, spun: Path, gold: Path, thresholds: list[float], show: bool = False) -> None:
    """Print hits per 10k words on clean copy and precision / recall on spun copy."""
    lo = min(thresholds)
    chits, cwords = _hits(clean, lo) if clean else ({}, 0)
    shits, swords = _hits(spun, lo)
    spans = _load_gold(gold, spun)
    by_file: dict[str, list[dict]] = defaultdict(list)
    for g in spans:
        by_file[g["file"]].append(g)

    def in_gold(name, h):
        for g in by_file.get(name, ()):
            if g["line0"] == h[0] and h[1] < g["e"] and h[2] > g["s"]:
                return g
        return None

    print(f"clean: {len(chits)} files, {cwords} words; spun: {len(shits)} files, {swords} words, "
          f"{len(spans)} gold spans")
    print("min_score | clean hits  per10k  docs | spun hits  per10k  true  precision  span-recall  "
          "right-original  docs")
    for th in sorted(thresholds):
        c = [h for hs in chits.values() for h in hs if h[5] >= th]
        cdocs = sum(1 for hs in chits.values() if any(h[5] >= th for h in hs))
        sh = [(n, h) for n, hs in shits.items() for h in hs if h[5] >= th]
        sdocs = sum(1 for hs in shits.values() if any(h[5] >= th for h in hs))
        true = [(n, h, in_gold(n, h)) for n, h in sh if in_gold(n, h)]
        found = {id(g) for _, _, g in true}
        right = sum(1 for _, h, g in true if h[4] in g["note"].lower().split())
        cper = 1e4 * len(c) / cwords if cwords else float("nan")
        print(f"{th:9.2f} | {len(c):10d} {cper:7.2f} {cdocs:5d} | {len(sh):9d} {1e4 * len(sh) / swords:7.1f} "
              f"{len(true):5d} {len(true) / max(1, len(sh)):10.3f} {len(found) / max(1, len(spans)):12.4f} "
              f"{right / max(1, len(true)):15.3f} {sdocs:5d}")
        if show:
            for n, h in sh:
                g = in_gold(n, h)
                print(f"    {n}:{h[0] + 1} {h[5]:.2f} {h[3]!r} -> {h[4]!r}"
                      + (f"   gold {g['text']!r} -> {g['note']!r}" if g else "   (not in gold)"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--hyponyms", action="store_true", help="also use generic terms as originals")
    ap.add_argument("--max-originals", type=int, default=MAX_ORIGINALS)
    ap.add_argument("--evidence", action="store_true",
                    help="only rebuild evidence.tsv.gz from the tables already in --out")
    ap.add_argument("--evaluate", action="store_true",
                    help="measure the shipped model instead of building (needs --spun)")
    ap.add_argument("--clean", type=Path, help="folder of clean .txt copy (false-positive rate)")
    ap.add_argument("--spun", type=Path, help="folder of spun .txt copy with a gold TSV")
    ap.add_argument("--gold", type=Path, help="gold TSV (default: SPUN/gold.tsv)")
    ap.add_argument("--thresholds", default="3,3.5,4,4.5,5,5.5,6,7")
    ap.add_argument("--show", action="store_true", help="list the hits on the spun copy")
    args = ap.parse_args(argv)
    if args.evaluate:
        if not args.spun:
            ap.error("--evaluate needs --spun")
        evaluate(args.clean, args.spun, args.gold or args.spun / "gold.tsv",
                 [float(t) for t in args.thresholds.split(",")], args.show)
        return 0
    if args.evidence:
        build_evidence(args.out)
        return 0
    build(args.out, hyponyms=args.hyponyms, max_originals=args.max_originals)
    return 0


if __name__ == "__main__":
    sys.exit(main())
