"""Phrase lexicon: find listed phrases (with context conditions) and offer their replacements.

Options:
  lexicon   path of a ``.lex`` file (relative to the pack) or a list of them
  quotes    also report inside direct quotes (default false: quotes are the speaker's words)
  weak      every entry is a weak signal, reported only when the document verdict says so
  density   report only when the rule's hits reach this many per million narration words (0: always)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from lint.document import Document
from lint.engine import RunContext
from lint.finding import Finding, Severity
from lint.kinds.base import Example, RuleKind
from lint.lexfile import Entry, load_lexicon
from lint.phrases import Match, PhraseScan, PhraseTable, adapt_case


class LexiconKind(RuleKind):
    OPTIONS = {"lexicon": "", "quotes": False, "weak": False, "density": 0.0}

    def setup(self) -> None:
        self.entries: list[Entry] = []
        for name in self.options["lexicon"].split(","):
            if name.strip():
                self.entries.extend(load_lexicon(self.data_path(name.strip())))
        self.table = PhraseTable(self.entries)

    @classmethod
    def share(cls, rules: Sequence[LexiconKind]) -> None:
        """The engine hands over the lexicon rules of one rule set: they then find their phrases in
        one pass over each document between them (each still gets only its own table's matches).
        The shared scan is built when the packs load and kept with them in the compiled-pack cache;
        handing over the same rules again keeps it."""
        tables = [rule.table for rule in rules]
        shared = [rule.__dict__.get("_shared") for rule in rules]
        if shared[0] is not None and shared[0][0].covers(tables) and shared == [(shared[0][0], k)
                                                                                  for k in range(len(rules))]:
            return
        scan = PhraseScan(tables)
        for k, rule in enumerate(rules):
            rule._shared = (scan, k)

    def matches(self, doc: Document) -> Iterable[Match]:
        """This rule's phrase matches in ``doc``, from the shared scan when the engine set one up."""
        shared: tuple[PhraseScan, int] | None = self.__dict__.get("_shared")
        if shared is None:
            return self.table.matches(doc)
        scan, k = shared
        return scan.matches(doc, k)

    def examples(self) -> Iterable[Example]:
        for e in self.entries:
            for text in e.examples:
                yield Example(text, True, e.source, e.line, f"{e.phrase!r}", e)
            for text in e.counter_examples:
                yield Example(text, False, e.source, e.line, f"{e.phrase!r}", e)

    def example_holds(self, example: Example) -> bool:
        """An entry's examples test that entry: ``ex:`` must find it, ``nex:`` must not."""
        if example.subject is None:
            return super().example_holds(example)
        return self.entry_matches(example.subject, example.text) == example.should_match

    def example_matches(self, text: str) -> bool:
        doc = Document(text, "<example>.txt")
        return any(True for _ in self.table.matches(doc))

    def entry_matches(self, entry: Entry, text: str) -> bool:
        """Does ``entry`` alone match somewhere in ``text`` (longer entries not competing)?"""
        doc = Document(text, "<example>.txt")
        return any(True for _ in PhraseTable([entry]).matches(doc))

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        tokens = doc.tokens
        in_quote = doc.token_in_quote
        found = []
        for i, end, entry in self.matches(doc):
            severity = entry.severity
            if in_quote[i] and not self.options["quotes"]:
                if not ctx.report_quotes:
                    continue
                severity = Severity.HINT
            start, stop = tokens[i].start, tokens[end - 1].end
            matched = doc.text[start:stop]
            replacements = tuple(adapt_case(r, matched) for r in entry.replacements)
            f = self.finding(start, stop, match=matched, replacements=replacements, note=entry.note,
                             severity=severity, unsafe=entry.unsafe)
            if entry.note and "{note}" not in self.meta.message:
                f.message = f"{f.message} ({entry.note})"
            if self.options["weak"] or entry.weak:
                f.data["weak"] = True
            if in_quote[i]:
                f.data["in_quote"] = True
                if not self.options["quotes"]:
                    f.fix_safety = None  # shown on request (--quotes report); a speaker's words are never rewritten
            found.append(f)
        density = self.options["density"]
        if density and found and 1e6 * len(found) / max(doc.narration_word_count, 1) < density:
            return iter(())
        return iter(found)


KIND = LexiconKind
