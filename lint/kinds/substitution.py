"""Unseen substitutions: words whose neighbours make them improbable while a thesaurus
neighbour is common in that slot ("land struggle" for land war, "video handle" for video address).

A statistical signal with no word list to miss: it scores every narration word of every
sentence with web word-pair counts (see lint/substitution_model.py). On its own it is noisy, so a
hit below ``strong_score`` is a weak signal: it feeds the document verdict and is shown only in
a document judged spun. Fixes are suggestions.

Options:
  min_score      score from which a word counts as a signal at all
  strong_score   score from which it is shown whatever the verdict
"""

from __future__ import annotations

from collections.abc import Iterator

from lint import substitution_model
from lint.document import Document
from lint.engine import RunContext
from lint.finding import Finding
from lint.kinds.base import RuleKind
from lint.phrases import adapt_case


class SubstitutionKind(RuleKind):
    OPTIONS = {"min_score": 3.0, "strong_score": 6.0}

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        tokens = doc.tokens
        in_quote = doc.token_in_quote
        starts = doc.sentence_starts
        for sentence in doc.sentences:
            index = [k for k in range(sentence.first_token, sentence.last_token)
                     if tokens[k].is_word and not in_quote[k]]
            if len(index) < 3:
                continue
            words = [tokens[k].norm for k in index]
            for i, original, score in substitution_model.find_substitutions(words, min_score=self.options["min_score"]):
                k = index[i]
                tok = tokens[k]
                if tok.text[:1].isupper() and k not in starts:
                    continue  # a name, not a word a spinner chose
                f = self.finding(tok.start, tok.end, match=tok.text, replacements=(adapt_case(original, tok.text),),
                                 score=f"{score:.1f}")
                f.data["score"] = score
                if score < self.options["strong_score"]:
                    f.data["weak"] = True
                yield f


KIND = SubstitutionKind
