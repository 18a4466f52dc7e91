#!/usr/bin/env python3
"""A crude synonym spinner, for measuring wirelint's spin detection (dev tool, not shipped).

It rewrites clean news copy the way article spinners do: word by word (and a few
function-word phrases), each content word is replaced with probability ``rate`` by a
thesaurus entry picked with no regard to sense (the first listed synonym or a random one,
"generic terms" included), with the case and simple inflection (-s, -ed, -ing) copied
over.  Text inside direct quotes is left alone, as are most capitalised names; words inside
multi-word names are spun now and then ("White House" -> "White Home"), as real spinners do.

The dictionary is the LibreOffice English thesaurus (Debian package ``mythes-en-us``,
``/usr/share/mythes/th_en_US_v2.dat``).  It is parsed once and cached under
``tools/.cache/`` (ignored by git); nothing of it is committed.  It is independent of
wirelint's own lexicons.  Note that th_en_US_v2 was itself generated from WordNet, so it is
not fully independent of WordNet-based detectors.

Usage::

    python tools/spinner.py --preset heavy --seed 1 --out OUTDIR --gold OUTDIR/gold.tsv FILES...
    python tools/spinner.py --rate 0.3 --seed 1 --out OUTDIR --gold OUTDIR/gold.tsv FILES...

Each input file is written to OUTDIR under its own file name (names must not clash), and the
gold TSV has the columns of shared/eval/gold/seeds.tsv: ``file line occurrence text category
level note``, one row per spun span (adjacent substituted words merged), ``text`` being the
exact substring on the spun line, ``category`` ``spin``, ``level`` ``must`` and ``note`` the
original wording.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
from pathlib import Path

MYTHES = Path("/usr/share/mythes/th_en_US_v2.dat")
CACHE = Path(__file__).resolve().parent / ".cache" / "spinner_mythes.json.gz"
PRESETS = {"heavy": 0.35, "light": 0.1}
NAME_RATE = 0.15  # spin chance of a word inside a multi-word name, relative to rate

# Words a spinner leaves alone: articles, pronouns, auxiliaries, prepositions, conjunctions,
# and a few news words whose swap would break the text (numbers, months, days).
STOP = set("""
a an the this that these those there here it its it's i me my we us our you your he him his she
her they them their who whom whose which what when where why how not no nor and or but if then
than so as of in on at by for from to with into onto upon over under up down out off about
above below between among through against via per be is are was were been being am do does did
done doing have has had having will would shall should can could may might must ought
s t d ll m re ve mr mrs ms dr st one two three four five six seven eight nine ten
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday all any both each every some such
own same other another more most less least very too just only also even still yet ever
never again once not much many few several
""".split())

# Function-word phrases spinners are known to swap (phrase -> alternatives).
FUNCTION_PHRASES = {
    "during": ["throughout", "all through"],
    "while": ["whereas", "whilst"],
    "also": ["additionally", "moreover"],
    "before": ["earlier than", "previous to"],
    "after": ["following", "after"],
    "ago": ["in the past", "previously"],
    "in the": ["within the"],
    "at the": ["on the"],
    "about": ["round", "roughly"],
    "nearly": ["practically", "almost"],
    "because": ["as a result of", "as"],
    "because of": ["on account of", "as a result of"],
    "according to": ["in accordance with", "in keeping with"],
    "including": ["together with", "along with"],
    "more than": ["greater than", "over"],
    "however": ["nevertheless", "nonetheless"],
    "but": ["however", "but"],
    "so": ["so", "therefore"],
    "many": ["quite a few", "many"],
    "as well as": ["in addition to"],
    "such as": ["akin to", "similar to"],
    "until": ["till", "till"],
}

# Irregular verbs: base, past, past participle.
IRREGULAR = """
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten;
become became become; begin began begun; bend bent bent; bet bet bet; bid bid bid;
bind bound bound; bite bit bitten; bleed bled bled; blow blew blown; break broke broken;
breed bred bred; bring brought brought; build built built; burn burnt burnt; burst burst burst;
buy bought bought; cast cast cast; catch caught caught; choose chose chosen; cling clung clung;
come came come; cost cost cost; creep crept crept; cut cut cut; deal dealt dealt; dig dug dug;
do did done; draw drew drawn; dream dreamt dreamt; drink drank drunk; drive drove driven;
eat ate eaten; fall fell fallen; feed fed fed; feel felt felt; fight fought fought;
find found found; flee fled fled; fling flung flung; fly flew flown; forbid forbade forbidden;
forecast forecast forecast; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen;
get got got; give gave given; go went gone; grind ground ground; grow grew grown;
hang hung hung; have had had; hear heard heard; hide hid hidden; hit hit hit; hold held held;
hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known; lay laid laid; lead led led;
lean leant leant; leap leapt leapt; learn learnt learnt; leave left left; lend lent lent;
let let let; lie lay lain; light lit lit; lose lost lost; make made made; mean meant meant;
meet met met; mislead misled misled; overcome overcame overcome; overtake overtook overtaken;
pay paid paid; prove proved proven; put put put; quit quit quit; read read read; ride rode ridden;
ring rang rung; rise rose risen; run ran run; say said said; see saw seen; seek sought sought;
sell sold sold; send sent sent; set set set; shake shook shaken; shed shed shed;
shine shone shone; shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut;
sing sang sung; sink sank sunk; sit sat sat; sleep slept slept; slide slid slid;
speak spoke spoken; speed sped sped; spend spent spent; spin spun spun; split split split;
spread spread spread; spring sprang sprung; stand stood stood; steal stole stolen;
stick stuck stuck; sting stung stung; strike struck struck; strive strove striven;
swear swore sworn; sweep swept swept; swim swam swum; swing swung swung; take took taken;
teach taught taught; tear tore torn; tell told told; think thought thought; throw threw thrown;
thrust thrust thrust; undergo underwent undergone; understand understood understood;
undertake undertook undertaken; upset upset upset; wake woke woken; wear wore worn;
weave wove woven; win won won; wind wound wound; withdraw withdrew withdrawn; write wrote written;
seize seized seized; despatch despatched despatched
"""
IRR_BASE_TO_PAST: dict[str, str] = {}
IRR_BASE_TO_PP: dict[str, str] = {}
IRR_TO_BASE: dict[str, str] = {}
for _entry in IRREGULAR.split(";"):
    _parts = _entry.split()
    if len(_parts) == 3:
        _b, _p, _pp = _parts
        IRR_BASE_TO_PAST[_b] = _p
        IRR_BASE_TO_PP[_b] = _pp
        IRR_TO_BASE.setdefault(_p, _b)
        IRR_TO_BASE.setdefault(_pp, _b)

TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\S")
VOWELS = set("aeiou")


# --------------------------------------------------------------------------- dictionary

def build_dictionary(src: Path = MYTHES) -> dict[str, list[list]]:
    """Parse th_en_US_v2.dat into {headword: [[pos, [synonym, ...]], ...]} (senses in order)."""
    if not src.exists():
        sys.exit(f"spinner: {src} not found; install it with: apt-get install mythes-en-us")
    out: dict[str, list[list]] = {}
    with open(src, encoding="utf-8", errors="replace") as fh:
        fh.readline()  # encoding line
        while True:
            head = fh.readline()
            if not head:
                break
            word, _, n = head.rstrip("\n").rpartition("|")
            senses = []
            for _ in range(int(n or 0)):
                parts = fh.readline().rstrip("\n").split("|")
                pos = parts[0].strip("()")
                syns = []
                for s in parts[1:]:
                    if "(antonym)" in s:
                        continue
                    s = re.sub(r"\s*\((generic|similar|related) term\)", "", s).strip()
                    if s and s.lower() != word.lower():
                        syns.append(s)
                if syns:
                    senses.append([pos, syns])
            if senses:
                out.setdefault(word.lower(), []).extend(senses)
    return out


def load_dictionary(rebuild: bool = False) -> dict[str, list[list]]:
    if CACHE.exists() and not rebuild:
        with gzip.open(CACHE, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    data = build_dictionary()
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(CACHE, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    return data


# --------------------------------------------------------------------------- morphology

def _double_final(base: str) -> bool:
    return (len(base) >= 3 and base[-1] not in VOWELS | set("wxy") and base[-2] in VOWELS
            and base[-3] not in VOWELS and len(base) <= 5)


def inflect(base: str, form: str) -> str:
    """Inflect the last word (nouns) or first word (verbs: 'carry on' -> 'carried on')."""
    if " " in base:
        words = base.split(" ")
        idx = len(words) - 1 if form == "s" else 0
        words[idx] = inflect(words[idx], form)
        return " ".join(words)
    if form == "base":
        return base
    if form == "s":
        if re.search(r"(s|x|z|ch|sh)$", base):
            return base + "es"
        if re.search(r"[^aeiou]y$", base):
            return base[:-1] + "ies"
        return base + "s"
    if form == "ed":
        if base in IRR_BASE_TO_PAST:
            return IRR_BASE_TO_PAST[base]
        if base.endswith("e"):
            return base + "d"
        if re.search(r"[^aeiou]y$", base):
            return base[:-1] + "ied"
        if _double_final(base):
            return base + base[-1] + "ed"
        return base + "ed"
    if form == "ing":
        if base.endswith("ie"):
            return base[:-2] + "ying"
        if base.endswith("e") and not base.endswith("ee"):
            return base[:-1] + "ing"
        if _double_final(base):
            return base + base[-1] + "ing"
        return base + "ing"
    return base


def lemma_candidates(word: str) -> list[tuple[str, str]]:
    """(lemma, form) guesses for a lowercase word, most literal first."""
    out = [(word, "base")]
    if word in IRR_TO_BASE:  # 'said' -> say (verb) before the adjective 'said'
        out.insert(0, (IRR_TO_BASE[word], "ed"))
    if word.endswith("ies") and len(word) > 4:
        out.append((word[:-3] + "y", "s"))
    if word.endswith("es") and len(word) > 3:
        out.append((word[:-2], "s"))
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append((word[:-1], "s"))
    if word.endswith("ied") and len(word) > 4:
        out.append((word[:-3] + "y", "ed"))
    if word.endswith("ed") and len(word) > 4:
        stem = word[:-2]
        out += [(stem + "e", "ed"), (stem, "ed")]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append((stem[:-1], "ed"))
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        out += [(stem, "ing"), (stem + "e", "ing")]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append((stem[:-1], "ing"))
    return out


def match_case(src: str, repl: str) -> str:
    if src.isupper() and len(src) > 1:
        return repl.upper()
    if src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


# --------------------------------------------------------------------------- spinning

def common_words(minimum: int = 2_000_000) -> dict[str, int]:
    """Web unigram counts of common words (wordsegment's Google Web 1T list), for the common style."""
    import wordsegment

    wordsegment.load()
    return {w: int(c) for w, c in wordsegment.UNIGRAMS.items() if c >= minimum}


class Spinner:
    """Crude style: any synonym of any sense. Common style: the commonest one-word synonym of the
    word's first senses, as the dictionary-driven spinners seen in the wild do ("war" ->
    "struggle", "said" -> "stated", "last" -> "final")."""

    def __init__(self, dictionary: dict[str, list[list]], rate: float, seed: int, style: str = "crude"):
        self.d = dictionary
        self.rate = rate
        self.rng = random.Random(seed)
        self.style = style
        self.common = common_words() if style == "common" else {}

    def _pick(self, senses: list[list], form: str) -> str | None:
        if form in ("ed", "ing"):
            senses = [s for s in senses if s[0] == "verb"]
        elif form == "s":
            senses = [s for s in senses if s[0] in ("noun", "verb")]
        pool = [syn for _, syns in senses for syn in syns
                if re.fullmatch(r"[a-z][a-z' -]*", syn) and syn.count(" ") <= 2
                and (form == "base" or not re.search(r"(ing|ed|s)$", syn.split(" ")[0 if form != "s" else -1]))]
        if not pool:
            return None
        if self.style == "common":
            # The commonest single-word synonym among the first two senses, if it is a common word.
            firsts = [syn for _, syns in senses[:2] for syn in syns if " " not in syn and syn in self.common]
            return max(firsts, key=self.common.__getitem__) if firsts else None
        # Crude spinners take the first synonym or any synonym, whatever the sense.
        return pool[0] if self.rng.random() < 0.5 else self.rng.choice(pool)

    def synonym(self, word: str) -> str | None:
        low = word.lower()
        for lemma, form in lemma_candidates(low):
            senses = self.d.get(lemma)
            if not senses:
                continue
            syn = self._pick(senses, form)
            if syn is None:
                return None
            return inflect(syn, form)
        return None

    def spin_line(self, line: str) -> tuple[str, list[tuple[int, int, str]]]:
        """Return the spun line and the spans (start, end, original text) in its coordinates."""
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(line)]
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0       # position in the source line
        in_quote = False
        i = 0
        sentence_start = True

        def emit_gap(upto: int) -> None:
            nonlocal pos
            out.append(line[pos:upto])
            pos = upto

        while i < len(toks):
            s, e, t = toks[i]
            if t in "“”\"":
                if t == '"':
                    # Straight quotes: opening if it starts a word, closing if it ends one;
                    # a new opening quote may follow an unclosed one (multi-sentence quotes).
                    before = line[s - 1] if s > 0 else " "
                    after = line[e] if e < len(line) else " "
                    if before.isspace() or before in "([-—":
                        in_quote = True
                    elif after.isspace() or after in ".,;:!?)—":
                        in_quote = False
                    else:
                        in_quote = not in_quote
                else:
                    in_quote = t == "“"
                emit_gap(e)
                i += 1
                continue
            if not t[0].isalpha() or in_quote:
                if t in ".!?":
                    sentence_start = True
                elif t in ",;:":
                    sentence_start = False
                emit_gap(e)
                i += 1
                continue
            was_start = sentence_start
            sentence_start = False
            # Phrase match (function-word phrases, then thesaurus phrases), longest first.
            done = False
            for n in (3, 2, 1):
                if i + n > len(toks):
                    continue
                group = toks[i:i + n]
                if any(not g[2][0].isalpha() for g in group):
                    continue
                if any(line[group[k][1]:group[k + 1][0]] != " " for k in range(n - 1)):
                    continue
                phrase = " ".join(g[2] for g in group)
                low = phrase.lower()
                caps = [g[2][0].isupper() for g in group]
                nxt = toks[i + n] if i + n < len(toks) else None
                next_cap = bool(nxt and nxt[2][:1].isupper() and line[group[-1][1]:nxt[0]] == " ")
                # Capitalised mid-sentence, or a sentence-initial word starting a run of them.
                is_name = any(caps[1:]) or (caps[0] and (not was_start or next_cap))
                if any(g[2].isupper() and len(g[2]) > 1 for g in group):
                    is_name = True  # all-caps: acronyms, datelines
                if low in FUNCTION_PHRASES and not is_name:
                    if self.rng.random() < self.rate:
                        repl = self.rng.choice(FUNCTION_PHRASES[low])
                        if repl != low:
                            self._replace(line, group, match_case(phrase, repl), emit_gap, out, spans)
                            pos = group[-1][1]
                            i += n
                            done = True
                            break
                    if n == 1:
                        break
                    continue
                if n == 1 and (low in STOP or len(low) < 3):
                    break
                if n > 1 and low not in self.d:
                    continue
                rate = self.rate
                if is_name:
                    # Names stay, except now and then a word inside a multi-word name.
                    multi = (i > 0 and toks[i - 1][2][:1].isupper() and toks[i - 1][2][0].isalpha()
                             and line[toks[i - 1][1]:s] == " ") or \
                            (i + n < len(toks) and toks[i + n][2][:1].isupper() and line[e:toks[i + n][0]] == " ")
                    rate = self.rate * NAME_RATE if (multi and n == 1) else 0.0
                if rate <= 0 or self.rng.random() >= rate:
                    if n == 1:
                        break
                    continue
                syn = self.synonym(low) if n == 1 else self._pick(self.d[low], "base")
                if not syn or syn.lower() == low:
                    if n == 1:
                        break
                    continue
                self._replace(line, group, match_case(phrase, syn), emit_gap, out, spans)
                pos = group[-1][1]
                i += n
                done = True
                break
            if not done:
                emit_gap(e)
                i += 1
        emit_gap(len(line))
        text = "".join(out)
        return text, self._merge(text, spans)

    @staticmethod
    def _replace(line, group, repl, emit_gap, out, spans) -> None:
        emit_gap(group[0][0])
        start = sum(len(x) for x in out)
        out.append(repl)
        spans.append((start, start + len(repl), line[group[0][0]:group[-1][1]]))

    @staticmethod
    def _merge(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        merged: list[list] = []
        for s, e, orig in spans:
            if merged and text[merged[-1][1]:s] == " ":
                merged[-1][1] = e
                merged[-1][2] += " " + orig
            else:
                merged.append([s, e, orig])
        return [tuple(m) for m in merged]


def occurrence(line: str, text: str, start: int) -> int:
    """Which occurrence of text (counted the way score.py's load_gold searches) starts at start."""
    pos, k = -1, 0
    while True:
        pos = line.find(text, pos + 1)
        if pos < 0:
            raise ValueError(f"{text!r} not found at {start}")
        k += 1
        if pos == start:
            return k


def spin_file(spinner: Spinner, src: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Return the spun text and gold rows (line, occurrence, text, note)."""
    lines = src.split("\n")
    new_lines, rows = [], []
    for ln, line in enumerate(lines, 1):
        text, spans = spinner.spin_line(line)
        new_lines.append(text)
        for s, e, orig in spans:
            span = text[s:e]
            rows.append((ln, occurrence(text, span, s), span, orig))
    return "\n".join(new_lines), rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rate", type=float, help="substitution probability per content word")
    ap.add_argument("--preset", choices=sorted(PRESETS), help="heavy = 0.35, light = 0.1")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="output folder for the spun copies")
    ap.add_argument("--gold", type=Path, help="gold TSV to write (seeds.tsv format)")
    ap.add_argument("--prefix", default="", help="prefix added to output file names")
    ap.add_argument("--build", action="store_true", help="(re)build the cached dictionary and exit")
    ap.add_argument("--style", choices=["crude", "common"], default="crude",
                    help="crude: any synonym of any sense; common: the commonest one-word synonym")
    args = ap.parse_args(argv)
    if args.build:
        d = load_dictionary(rebuild=True)
        print(f"spinner: {len(d)} headwords cached in {CACHE}")
        return 0
    if not args.files or not args.out:
        ap.error("FILES and --out are required")
    rate = args.rate if args.rate is not None else PRESETS.get(args.preset or "heavy")
    spinner = Spinner(load_dictionary(), rate, args.seed, args.style)
    args.out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    gold_rows = []
    for f in args.files:
        name = args.prefix + f.name
        if name in seen:
            sys.exit(f"spinner: two inputs named {name}; use --prefix or separate runs")
        seen.add(name)
        text, rows = spin_file(spinner, f.read_text(encoding="utf-8"))
        (args.out / name).write_text(text, encoding="utf-8")
        gold_rows += [(name, *r) for r in rows]
    gold = args.gold or args.out / "gold.tsv"
    gold.parent.mkdir(parents=True, exist_ok=True)
    with open(gold, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["file", "line", "occurrence", "text", "category", "level", "note"])
        for name, ln, occ, text, note in gold_rows:
            w.writerow([name, ln, occ, text, "spin", "must", note])
    print(f"spinner: {len(args.files)} files, {len(gold_rows)} spans, rate {rate} -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
