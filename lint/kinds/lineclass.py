"""Line classifier: report scraped page furniture, one rule per class of furniture.

Every rule of this kind reads the same per-document analysis (computed once): each non-blank
line is classified from its text and its neighbourhood, and a rule reports the lines given its
``label``. The evidence, strongest first:

1. known phrases of the label (``rules/boilerplate/<label>.txt``): the whole line, its start,
   a phrase inside it, or a pattern (``Skip to content``, ``Filed under``, ``All rights
   reserved``, ``Source: example.com``); a one-line menu of known items (``Home | News``);
2. markup debris: HTML tags, image URL fragments, stray Markdown link syntax (a tagged credit
   such as ``<i>Photo: AP</i><br/>`` is one span); furniture glued to the text after it
   (``Skip to contentHeadline``): only the furniture is reported;
3. the page title repeated as the headline (the first copy), a caption or teaser title
   repeated next to its furniture line, lone numbers that are share counters;
4. the neighbourhood: runs of short lines that are mostly menu words or capitals, a comment
   thread (between comment markers below the story), short lines above the headline or below
   the story on a page with known furniture there, short lines between two furniture lines.

Story is protected: the body (the densest run of paragraphs), the likely headline and the lines
just above and below the body, bylines, datelines, sentences, lists with figures (tour dates,
results) and one-word lines whose word the story uses are never flagged by the neighbourhood.
Whole-line findings carry a fix that removes the line; adjacent furniture lines get
non-overlapping fixes that collapse the blank lines they leave. Neighbourhood guesses (4) are
unsafe fixes.

Options:
  label   the class this rule reports (the name of a phrase file in ``data``)
  data    folder of phrase files, relative to the pack (default ``boilerplate``)
"""

from __future__ import annotations

import html
import weakref
from collections.abc import Callable, Iterable

import regex

from lint.boilerplate_features import (
    BODY_GAP,
    DECORATION,
    MD_LINK,
    SEPARATOR,
    WORD,
    Layout,
    Line,
    Model,
    Verdict,
    doc_lines,
    ends_sentence,
    is_story_line,
    load_model,
    normalise_line,
    page_title,
    plan_edits,
)
from lint.document import Document
from lint.engine import RunContext
from lint.errors import DataError
from lint.finding import Edit, Finding
from lint.kinds.base import Example, RuleKind

# ---- line shapes
ELEMENT = regex.compile(r"<([a-z][a-z0-9]*)\b[^<>]*>([^<>]{1,200})</\1\s*>(?:\s*<br\s*/?>)?", regex.I)
BYLINE = regex.compile(r"^(?:by|from|written by|reporting by)\s+(?-i:\p{Lu})", regex.I)
DATELIKE = regex.compile(
    r"\b(?:\d{1,2}:\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{4}-\d\d-\d\d)",
    regex.I,
)
MENU_SPLIT = regex.compile(r"\s*(?:[|·•»«]|::|\s/\s)\s*")
FIXTURE = regex.compile(r"\s(?:v|vs\.?)\s", regex.I)  # "Everton v Sunderland": a result, not a menu item
LONE_NUMBER = regex.compile(r"\d{1,4}")
ASCII_DIGIT = regex.compile(r"[0-9]")
LETTER = regex.compile(r"\p{L}")
BLOCK_TAG = regex.compile(r"</?(?:br|p|div|li|h\d)\b", regex.I)
URL_LINE = regex.compile(r"^(?:https?://|www\.)\S+$", regex.I)
LIST_ITEM = regex.compile(r"^(?:[-*•]|\d+[.)])\s")
COUNTED_ITEM = regex.compile(r"^[^\d()]+\(\d[\d,]*\)$")  # a menu item with its count: "Music (12)"

# ---- thresholds (positions count non-blank lines)
MENU_KNOWN_SHARE = 0.6  # a one-line menu: this share of its items are known menu words
MENU_ITEM_WORDS = 3  # a menu item has at most this many words
TOP_WORDS = 12  # furniture lines above the headline have at most this many words
TAIL_WORDS = 15  # ... and below the story
LOCAL = 15  # a line longer than a menu item needs known furniture this close
STORY_WORDS = 6  # lines this long that are not furniture make up the story text
HEADLINE_ZONE = 4  # lines just above the story are left alone: headline, byline, dateline
HEADLINES = 2  # title-like lines just above the story that the neighbourhood never flags
HEADLINE_WINDOW = 12  # the headline stands at most this many lines above the story
TAIL_ZONE = 1  # the line just below the story is left alone: sign-off, credits
LIST_RUN = 3  # this many lines in a row with figures and the same punctuation are a list
TABLE_GAP = 4  # lone numbers this close to other lone numbers are a table, not counters
COUNTED = frozenset({"share", "prompts"})  # furniture whose neighbouring lone numbers are counters
COMMENT_AFTER_WORDS = 60  # a comment thread starts below this much story
COMMENT_TAIL = 6  # lines after the last comment marker that still belong to the thread
ECHO_WINDOW = 3  # a repeated caption or teaser title stands this close to its furniture line
MEMO_SIZE = 100_000  # phrase answers remembered per model; the memo starts afresh when full

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


# ---- the analysis ------------------------------------------------------------------------------


def analyse(doc: Document, model: Model) -> list[Verdict]:
    """Every boilerplate verdict for ``doc`` (computed once per document and data folder)."""
    last = _last
    if last[0]() is doc and last[1] is model:  # the ten boilerplate rules ask in turn for the same document
        return last[2]
    per_doc = _CACHE.get(doc)
    if per_doc is None:
        per_doc = _CACHE[doc] = {}
    verdicts = per_doc.get(model.folder)
    if verdicts is None:
        from lint.kinds.duplicates import find_duplicates

        lines = doc_lines(doc)
        verdicts = classify(doc, lines, model)
        taken = {v.line for v in verdicts if v.whole}
        verdicts += [v for v in find_duplicates(doc, lines) if v.line not in taken]
        plan_edits(doc, verdicts)
        per_doc[model.folder] = verdicts
    _remember(doc, model, verdicts)
    return verdicts


# The document analysed last, held weakly: a strong reference would keep each document alive
# until the next one is analysed, and free it (all its tokens) inside the next document's analysis.
_last: tuple[Callable[[], Document | None], Model | None, list[Verdict]] = (lambda: None, None, [])


def _remember(doc: Document, model: Model, verdicts: list[Verdict]) -> None:
    global _last
    _last = (weakref.ref(doc), model, verdicts)


def phrase_label(model: Model, text: str, key: str, words: int,
                 sentence: bool | None = None) -> tuple[str, bool, str] | None:
    """(label, strong, reason) for a line's text from the phrase data alone, or None.

    ``key`` is ``normalise_line(text)``; ``sentence``: whether ``text`` ends like a sentence, when
    the caller knows it already. The pages of one site repeat their furniture (menus, share bars,
    sign-offs) line for line, so the answer of the ``^``, ``~`` and ``/`` entries is remembered
    per model by the line's text and word count (all it depends on: the sentence ending is the
    text's own, and worked out only when the answer is not remembered).
    """
    hit = model.label_of_whole(key)
    if hit:
        return hit[0], hit[1], "known phrase"
    if words > model.max_words:  # longer than any label's phrases and patterns apply to
        return None
    memo = model.memo
    try:
        return memo[text, words]
    except KeyError:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        if sentence is None:
            sentence = ends_sentence(text)
        found = memo[text, words] = _pattern_label(model, text, key, words, sentence)
        return found


def _pattern_label(model: Model, text: str, key: str, words: int, sentence: bool) -> tuple[str, bool, str] | None:
    """The first label whose ``^``, ``~`` or ``/`` entries find a line of at most ``model.max_words`` words
    (and whose guard does not)."""
    literal = model.literals.hits(key) if model.literals else {}
    for ps in model.by_words[words]:
        if words > ps.max_sentence_words and sentence:
            continue
        reason = literal.get(ps.label)
        if reason is None:
            if ps.pattern is None or not ps.pattern.search(text):
                continue
            reason = "known pattern"
        if ps.guard and ps.guard.search(text):
            continue
        return ps.label, True, reason
    return None


def classify(doc: Document, lines: list[Line], model: Model) -> list[Verdict]:
    """Classify every line: phrases and markup first, then the neighbourhood."""
    found: dict[int, Verdict] = {}  # position in ``lines`` -> whole-line verdict
    partial: list[Verdict] = []
    tails: dict[int, str] = {}  # position -> text a furniture line carries (caption, teaser title)
    markup = model.labels.get("markup")
    debris = markup is not None and markup.pattern is not None and not doc.is_markdown
    for k, ln in enumerate(lines):
        text, key, words = ln.text, ln.key, ln.words
        spans: list[tuple[int, int, str]] = []
        if debris:
            spans = _markup_spans(model, text)
            if spans:
                visible = _remove(text, spans)
                if not LETTER.search(visible):
                    found[k] = Verdict(ln.index, "markup", ln.start, ln.end, True, "markup only")
                    continue
                text, key, words = visible, normalise_line(visible), len(visible.split())
        hit = phrase_label(model, text, key, words, None if spans else _sentence(ln)) or _menu_line(model, key)
        if not (hit and hit[1]):
            hit = _link_line(model, ln.text) if doc.is_markdown else None
        if hit:
            label, strong, reason = hit
            found[k] = Verdict(ln.index, label, ln.start, ln.end, True, reason, strong=strong)
            tail = _tail(ln.text)
            if tail:
                tails[k] = tail
            continue
        for s, e, rep in spans:
            partial.append(Verdict(ln.index, "markup", ln.start + s, ln.start + e, False, "markup",
                                   replacement=rep))
        if spans:
            tails[k] = normalise_line(_remove(ln.text, spans, furniture_only=True))
        glued = model.glued_match(ln.text)
        if glued and _glued_to_text(ln.text, glued.end()):
            partial.append(Verdict(ln.index, model.whole[normalise_line(glued.group())], ln.start,
                                   ln.start + glued.end(), False, "furniture glued to the next text"))
    layout = Layout.of(lines, {k for k, v in found.items() if v.strong})
    title = page_title(lines, layout.first)
    if title and 0 not in found:
        found[0] = Verdict(lines[0].index, "metadata", lines[0].start, lines[0].end, True,
                           f"page title, repeated as the headline on line {lines[title[1]].index + 1}")
    if not found and not tails and all(ln.words > MENU_ITEM_WORDS for ln in lines):
        # Nothing below can act: echoes need a furniture line's text, counters a lone number
        # (one word), menus a short line, comments their markers, regions and sandwiches
        # furniture around them.
        return sorted(partial, key=lambda v: (v.start, v.end))
    _echoes(lines, found, tails)
    _counters(lines, found, layout)
    _menus(lines, found, model)
    _comments(lines, found, layout)
    _regions(lines, found, layout, title[1] if title else -1, model)
    _sandwiched(lines, found)
    _spare_story_words(lines, found)
    return sorted([*found.values(), *partial], key=lambda v: (v.start, v.end))


def _sentence(ln: Line) -> bool | None:
    """``ends_sentence`` of the line's own text, when ``ln.sentence`` (read on its unescaped text) tells it."""
    return ln.sentence if "&" not in ln.text and "](" not in ln.text else None


def _menu_line(model: Model, key: str) -> tuple[str, bool, str] | None:
    """A menu written on one line: 'Home | News | Sport', mostly known menu words."""
    if not ("|" in key or "/" in key or "::" in key or "·" in key or "•" in key or "»" in key or "«" in key):
        return None  # every MENU_SPLIT separator holds one of these: without one, the line is one part
    parts = [p for p in MENU_SPLIT.split(key) if p.strip(DECORATION)]
    if len(parts) < 2:
        return None
    labels = [model.label_of_whole(normalise_line(p)) for p in parts]
    known = [hit[0] for hit in labels if hit]
    unknown = [p for p, hit in zip(parts, labels, strict=True) if not hit]
    if len(known) < 2 or len(known) < MENU_KNOWN_SHARE * len(parts) or any(len(p.split()) > 3 for p in unknown):
        return None
    return max(dict.fromkeys(known), key=known.count), True, "menu line"  # ties: the first in the line


def _link_line(model: Model, text: str) -> tuple[str, bool, str] | None:
    """A line made of links only (Markdown links with short texts): a menu or a link list."""
    links = MD_LINK.findall(text)
    if len(links) < 2 or LETTER.search(MD_LINK.sub("", text)) or any(len(t.split()) > 4 for t in links):
        return None
    known = sum(1 for t in links if model.label_of_whole(normalise_line(t)))
    return "navigation", known >= MENU_KNOWN_SHARE * len(links), "line of links"


def _glued_to_text(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    return bool(nxt) and (nxt.isupper() or nxt.isdigit() or nxt in "“\"")


def _tail(text: str) -> str:
    """The title a labelled teaser carries: 'Watch | Title' -> 'title'."""
    parts = SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2 and len(parts[1].split()) >= 3:
        return normalise_line(parts[1])
    return ""


def _markup_spans(model: Model, text: str) -> list[tuple[int, int, str]]:
    """Spans of markup debris on a line, each with its replacement text."""
    markup = model.labels["markup"]
    if "<" not in text and not markup.pattern.search(text):  # every ELEMENT starts with "<"
        return []
    spans: list[tuple[int, int, str]] = []
    for m in ELEMENT.finditer(text):  # a tagged credit or label: the element goes as a whole
        inner = m.group(2)
        if phrase_label(model, inner, normalise_line(inner), len(inner.split())):
            spans.append((m.start(), m.end(), ""))
    for m in markup.pattern.finditer(text):
        if any(s <= m.start() < e for s, e, _ in spans) or m.end() == m.start():
            continue
        spans.append((m.start(), m.end(), _replacement(text, m.start(), m.end())))
    if all(text[s] == "&" for s, _, _ in spans) and LETTER.search(_remove(text, spans)):
        return []  # a character entity in running text is an encoding slip, not page furniture
    return sorted(spans)


def _replacement(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    if piece.startswith("&"):
        return html.unescape(piece)
    link = MD_LINK.fullmatch(piece)
    if link:
        return "" if piece.startswith("!") else link.group(1)
    glue = start > 0 and end < len(text) and not text[start - 1].isspace() and not text[end].isspace()
    if piece.startswith("<") and glue and BLOCK_TAG.match(piece):
        return " "
    return ""


def _remove(text: str, spans: list[tuple[int, int, str]], *, furniture_only: bool = False) -> str:
    out, last = [], 0
    for s, e, rep in spans:
        out.append(text[last:s])
        out.append("" if furniture_only else rep)
        last = e
    out.append(text[last:])
    return "".join(out)


def _story_like(ln: Line) -> bool:
    """A line the neighbourhood evidence must leave alone."""
    return (ln.sentence and ln.words >= 6) or bool(BYLINE.match(ln.text)) or bool(DATELIKE.search(ln.text))


def _echoes(lines: list[Line], found: dict[int, Verdict], tails: dict[int, str]) -> None:
    """A line repeating the caption or title carried by a furniture line next to it."""
    for k, ln in enumerate(lines):
        if k in found or ln.words < 3 or (ln.sentence and ln.words > 40):
            continue
        for j in range(max(0, k - ECHO_WINDOW), min(len(lines), k + ECHO_WINDOW + 1)):
            if j != k and tails.get(j) and tails[j] == ln.key:
                source = found.get(j)
                label = "teasers" if source is not None and source.label == "teasers" else "photo"
                found[k] = Verdict(ln.index, label, ln.start, ln.end, True,
                                   f"repeats the text of line {lines[j].index + 1}")
                break


def _menus(lines: list[Line], found: dict[int, Verdict], model: Model) -> None:
    """Runs of short lines that are mostly menu vocabulary, and short lines between furniture."""
    n = len(lines)
    k = 0
    while k < n:
        if not _menu_candidate(lines[k], found.get(k)):
            k += 1
            continue
        j = k
        while j + 1 < n and _menu_candidate(lines[j + 1], found.get(j + 1)):
            j += 1
        run = range(k, j + 1)
        known = sum(1 for i in run if i in found or model.label_of_whole(lines[i].key) or _caps_label(lines[i]))
        if len(run) >= 3 and known >= 2 and known * 3 >= len(run):
            for i in run:
                if i not in found and _judgeable(lines[i]):
                    hit = model.label_of_whole(lines[i].key)
                    found[i] = Verdict(lines[i].index, hit[0] if hit else "navigation", lines[i].start,
                                       lines[i].end, True, "menu", strong=False)
        k = j + 1


def _comments(lines: list[Line], found: dict[int, Verdict], layout: Layout) -> None:
    """The comment thread: from the first comment marker to the last, below the story.

    Markers are lines given the "comments" label by the phrase data (who posted when, report
    and reply links). A thread needs two markers after the first BODY_MIN_WORDS words of the
    story; every other line between them (and the few after the last) is a reader comment.
    Markers above the story (a blog post's own "Posted by" line) are page metadata.
    """
    markers = {k for k, v in found.items() if v.label == "comments"}
    words, after = 0, []
    story_at = layout.first if layout.found else 0
    for k, ln in enumerate(lines):
        if k in markers and words >= COMMENT_AFTER_WORDS:
            after.append(k)
        if k >= story_at and is_story_line(ln) and k not in found:
            words += ln.words
    for k in markers:
        if k < story_at and k not in after:
            found[k].label = "metadata"
    if len(after) < 2:
        return
    start, end = after[0], after[-1]
    while start > 0 and start - 1 in found and "comment" in lines[start - 1].key:
        start -= 1
    stop = min(len(lines), end + 1 + COMMENT_TAIL)
    k = end + 1
    while k < stop and not (k in found and found[k].strong):
        k += 1
    for i in range(start, k):
        if i not in found:
            ln = lines[i]
            found[i] = Verdict(ln.index, "comments", ln.start, ln.end, True, "in the reader comments",
                               strong=False)


def _caps_label(ln: Line) -> bool:
    """A short label in capitals ("SERVICES", "TRAVEL INFO"): menu evidence inside a run of short lines."""
    letters = [c for c in ln.text if c.isalpha()]
    return len(letters) >= 3 and ln.words <= 2 and all(c.isupper() for c in letters)


def _sandwiched(lines: list[Line], found: dict[int, Verdict]) -> None:
    """A short line between two furniture lines is furniture too (a menu item we do not know)."""
    changed = True
    while changed:
        changed = False
        for k in range(1, len(lines) - 1):
            ln = lines[k]
            if k in found or not (k - 1 in found and k + 1 in found):
                continue
            if ln.words <= MENU_ITEM_WORDS and not ln.sentence and not _story_like(ln) and _menu_like(ln):
                label = found[k - 1].label if found[k - 1].label == found[k + 1].label else "navigation"
                if label in ("duplicates", "markup", "metadata"):
                    label = "navigation"
                found[k] = Verdict(ln.index, label, ln.start, ln.end, True, "between furniture lines",
                                   strong=False)
                changed = True


def _counters(lines: list[Line], found: dict[int, Verdict], layout: Layout) -> None:
    """Lone numbers that are share, like or comment counters.

    A lone number beside share or prompt furniture, or a group of at most three lone numbers
    above the story (the counters of a share bar under the headline). Numbers in a table or a
    list of results are not counters.
    """
    lone = [k for k, ln in enumerate(lines) if LONE_NUMBER.fullmatch(ln.text)]
    counters = set()
    for k in lone:
        beside = [found.get(j) for j in (k - 1, k + 1)]
        if any(v is not None and v.strong and v.label in COUNTED for v in beside):
            counters.add(k)
    first = layout.first if layout.found else next((k for k, ln in enumerate(lines) if is_story_line(ln)), -1)
    if first > 0:
        runs = _runs([k for k in lone if k < first])
        for n, run in enumerate(runs):
            isolated = all(abs(other[0] - run[-1]) > TABLE_GAP and abs(run[0] - other[-1]) > TABLE_GAP
                           for other in runs[:n] + runs[n + 1 :])
            if len(run) <= 3 and isolated and (len(run) > 1 or run[0] - 1 in found or run[0] + 1 in found):
                counters.update(run)
    for k in counters:
        if k not in found:
            ln = lines[k]
            found[k] = Verdict(ln.index, "share", ln.start, ln.end, True, "lone number (a counter)")


def _runs(positions: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for k in positions:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _regions(lines: list[Line], found: dict[int, Verdict], layout: Layout, headline: int, model: Model) -> None:
    """Short non-story lines in the page furniture above the story and below it.

    Only on a page that has known furniture on that side of the story. Above: lines above the
    headline zone (the likely headline and the lines under it). Below: lines after the line that
    follows the story (a sign-off or credit line).
    """
    if not layout.found:
        return
    strong = [k for k, v in found.items() if v.strong]
    top_end = -1
    if any(k < layout.first for k in strong):
        if not 0 < headline < layout.first:
            headline = _headline(lines, found, layout.first)
        top_end = min(layout.first - HEADLINE_ZONE, headline, _first_paragraphs(lines, found) - HEADLINE_ZONE)
    tail_start = layout.last + TAIL_ZONE if any(k > layout.last for k in strong) else len(lines)
    if top_end <= 0 and tail_start >= len(lines) - 1:
        return  # no line is above the top zone's end or below the tail's start
    listed = _list_runs(lines, found)
    known = [k for k, ln in enumerate(lines) if (k in found and found[k].strong) or model.label_of_whole(ln.key)]
    near: set[int] = set()
    for k in known:
        near.update(range(k - LOCAL, k + LOCAL + 1))
    for k, ln in enumerate(lines):
        if k not in near and ln.words > MENU_ITEM_WORDS:
            continue
        if k in found or k == headline or k in listed or (ln.sentence and ln.words > 3) or URL_LINE.match(ln.text):
            continue
        if k < top_end and ln.words <= TOP_WORDS and _top_like(ln):
            found[k] = Verdict(ln.index, "navigation", ln.start, ln.end, True, "short line above the story",
                               strong=False)
        elif k > tail_start and ln.words <= TAIL_WORDS and not LIST_ITEM.match(ln.text) and _judgeable(ln):
            label = "teasers" if ln.words > MENU_ITEM_WORDS else "navigation"
            found[k] = Verdict(ln.index, label, ln.start, ln.end, True, "short line below the story",
                               strong=False)


def _list_runs(lines: list[Line], found: dict[int, Verdict]) -> set[int]:
    """Lines of a list in the story: three or more in a row with figures and the same punctuation
    ("June 9 – Tampa, FL @ Arena"), such as tour dates, results or prices."""
    out: set[int] = set()
    run: list[int] = []
    last = ""  # the shape of the run's lines
    for k in [*range(len(lines)), -1]:
        ln = lines[k] if k >= 0 else None
        shape = _shape(ln) if ln is not None and k not in found and ln.words >= 3 else None
        if shape and run and shape == last:
            run.append(k)
            continue
        if len(run) >= LIST_RUN:
            out.update(run)
        run = [k] if shape else []
        last = shape or ""
    return out


def _shape(ln: Line) -> str:
    if not _has_digit(ln.text) or COUNTED_ITEM.match(ln.text):
        return ""
    # the punctuation in order of first use: dict.fromkeys keeps each character's first place
    return "".join(c for c in dict.fromkeys(ln.text) if not c.isalnum() and not c.isspace())


def _has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``, without a Python step per character."""
    if ASCII_DIGIT.search(text):
        return True
    return not text.isascii() and any(map(str.isdigit, set(text)))


def _first_paragraphs(lines: list[Line], found: dict[int, Verdict]) -> int:
    """Where running text first starts: two story paragraphs close together (the body, or a
    passage of the story above a table that the body detection put below)."""
    last = -BODY_GAP - 2
    for k, ln in enumerate(lines):
        if is_story_line(ln) and k not in found:
            if k - last <= BODY_GAP + 1:
                return last
            last = k
    return len(lines)


def _headline(lines: list[Line], found: dict[int, Verdict], first: int) -> int:
    """Position of the likely headline: the earliest of the last HEADLINES title-like lines above the story."""
    seen, at = 0, first
    for k in range(first - 1, max(-1, first - 1 - HEADLINE_WINDOW), -1):
        ln = lines[k]
        if k not in found and ln.words >= 4 and not ln.sentence and not _story_like(ln):
            seen, at = seen + 1, k
            if seen == HEADLINES:
                break
    return at


def _top_like(ln: Line) -> bool:
    """A line above the headline that may be furniture: not a byline or date, not a result."""
    return not _story_like(ln) and _judgeable(ln) and not FIXTURE.search(ln.text)


def _menu_like(ln: Line) -> bool:
    digits = _has_digit(ln.text) and not COUNTED_ITEM.match(ln.text)
    return not FIXTURE.search(ln.text) and not digits and _judgeable(ln)


def _judgeable(ln: Line) -> bool:
    """Enough text for the neighbourhood to judge: pure decoration, or at least three characters.

    A line of one or two letters ("AL", "IN", "OK") may be a state code, an initialism or a
    label of the story; the neighbourhood alone does not call it furniture.
    """
    alnum = 0
    for c in ln.text:
        if c.isalnum():
            alnum += 1
            if alnum == 3:
                return True
    return alnum == 0


def _spare_story_words(lines: list[Line], found: dict[int, Verdict]) -> None:
    """Leave a one-word line alone when the story uses the word: it may be a label of the story."""
    spare = [k for k, v in found.items() if v.label not in ("markup", "duplicates") and " " not in lines[k].key
             and LETTER.search(lines[k].key)]
    if not spare:
        return
    story = set()
    for k, ln in enumerate(lines):
        if k not in found and ln.words >= STORY_WORDS:
            story.update(WORD.findall(ln.key))
    for k in spare:
        if lines[k].key in story:
            del found[k]


def _menu_candidate(ln: Line, verdict: Verdict | None) -> bool:
    if verdict is not None:
        return verdict.label in ("navigation", "share")
    return ln.words <= MENU_ITEM_WORDS and not ln.sentence and not _story_like(ln) \
        and not FIXTURE.search(ln.text) and not _has_digit(ln.text)


# ---- the rule kind -----------------------------------------------------------------------------


class LineClassKind(RuleKind):
    OPTIONS = {"label": "", "data": "boilerplate"}

    def setup(self) -> None:
        self.model = load_model(self.data_path(self.options["data"]).resolve())
        label = self.options["label"]
        if label not in self.model.labels and label != "duplicates":
            known = ", ".join(sorted(self.model.labels))
            raise DataError(self.meta.source, self.meta.line, f"unknown label {label!r} (known: {known})")

    def examples(self) -> Iterable[Example]:
        ps = self.model.labels.get(self.options["label"])
        for ex in ps.examples if ps else ():
            yield Example(ex.text, ex.should_match, ex.source, ex.line, f"label {ps.label!r}")

    def check(self, doc: Document, ctx: RunContext) -> Iterable[Finding]:
        label = self.options["label"]  # a list, not a generator: most documents give none
        return [self.verdict_finding(doc, v) for v in self.verdicts(doc, ctx) if v.label == label]

    def verdicts(self, doc: Document, ctx: RunContext) -> list[Verdict]:
        """The document's analysis; its count of furniture lines goes in the JSON summary."""
        verdicts = analyse(doc, self.model)
        if "boilerplate_lines" not in ctx.summary:
            ctx.summary["boilerplate_lines"] = len({v.line for v in verdicts if v.whole and v.scope == "line"})
        return verdicts

    def verdict_finding(self, doc: Document, v: Verdict) -> Finding:
        match = doc.text[v.start : v.end]
        if v.scope == "document":
            f = self.finding(v.start, v.end, match=match, message=f"{v.reason}; keep one copy")
            f.scope = "document"
        else:
            f = self.finding(v.start, v.end, match=match, replacements=("",) if v.edit else (),
                             unsafe=not v.strong, note=v.reason)
        if v.edit and f.fix_safety:
            f.edit = Edit(*v.edit)
            f.replacement = v.edit[2]
        if v.related:
            f.related = v.related
        f.data["reason"] = v.reason
        f.data["whole_line"] = v.whole
        return f


KIND = LineClassKind
