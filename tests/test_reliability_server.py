"""The language server survives a long random sequence of edits, invalid ranges included.

A pytest-lsp client drives ``wirelint server`` over stdio (helpers in tests/test_server_client.py).
Valid edits are mirrored in the test's own copy of the text; after each invalid one (ranges past
the end, reversed, inside a surrogate pair or a CRLF) the test resynchronises with a whole-document
change. At checkpoints every published range must lie inside the text, and at the end the server
must publish exactly what ``wirelint check --format json`` reports for the same text, then shut
down cleanly (exit status 0, checked by the session helper).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lsprotocol import types

from tests.conftest import run_json
from tests.test_server_client import ARTICLE, apply_edits, line_starts, make_project, session

pytestmark = pytest.mark.asyncio

SNIPPETS = ["The senator boasted. ", "Critics refuted it.", "\r\n", "\r", "\n", "\n\n", "😀", "“", "”",
            "e\u0301", "```\n", "---\n", "<!-- ", " -->", "<!-- wirelint: disable-next-line -->\n", "\u2028",
            "\t", "  ", "", "blue moonbeam ", "x" * 200, "> ", "# ", '"', "White Home", "\u00a0"]


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def lines_of(text: str) -> list[str]:
    starts = line_starts(text)
    ends = [*starts[1:], len(text)]
    return [text[a:b].rstrip("\r\n") for a, b in zip(starts, ends, strict=True)]


def valid_position(rng: random.Random, text: str) -> types.Position:
    lines = lines_of(text)
    line = rng.randrange(len(lines))
    # A column at a code-point boundary (never inside a surrogate pair).
    cut = rng.randint(0, len(lines[line]))
    return types.Position(line, utf16(lines[line][:cut]))


def invalid_range(rng: random.Random, text: str) -> types.Range:
    lines = lines_of(text)
    choice = rng.randrange(5)
    if choice == 0:  # past the last line
        return types.Range(types.Position(len(lines) + 3, 0), types.Position(len(lines) + 9, 5))
    if choice == 1:  # past the end of a line
        return types.Range(types.Position(0, 500), types.Position(0, 9000))
    if choice == 2:  # reversed
        a, b = valid_position(rng, text), valid_position(rng, text)
        return types.Range(max(a, b, key=lambda p: (p.line, p.character)),
                           min(a, b, key=lambda p: (p.line, p.character)))
    if choice == 3:  # inside a surrogate pair, when there is one
        for n, line in enumerate(lines):
            if "😀" in line:
                col = utf16(line[: line.index("😀")]) + 1
                return types.Range(types.Position(n, col), types.Position(n, col))
    return types.Range(types.Position(len(lines) - 1, 10**6), types.Position(len(lines) + 10**6, 10**6))


async def test_a_long_random_edit_sequence_with_invalid_ranges(tmp_path: Path) -> None:
    rng = random.Random(20261121)
    path = make_project(tmp_path)
    async with session(tmp_path) as s:
        uri = s.open(path)
        await s.diagnostics(uri)
        invalid = 0
        for step in range(1, 401):
            text = s.texts[uri]
            if rng.random() < 0.12:  # an invalid range: send it raw, then resynchronise
                invalid += 1
                s.versions[uri] += 1
                s.client.text_document_did_change(types.DidChangeTextDocumentParams(
                    types.VersionedTextDocumentIdentifier(uri=uri, version=s.versions[uri]),
                    [types.TextDocumentContentChangePartial(range=invalid_range(rng, text),
                                                            text=rng.choice(SNIPPETS))]))
                s.replace_all(uri, text + rng.choice(SNIPPETS))
            elif rng.random() < 0.05:
                s.replace_all(uri, "".join(rng.choice(SNIPPETS) for _ in range(rng.randint(0, 30))))
            else:
                a, b = sorted((valid_position(rng, text), valid_position(rng, text)),
                              key=lambda p: (p.line, p.character))
                if rng.random() < 0.5:
                    b = a  # an insertion
                edit = types.TextEdit(types.Range(a, b), rng.choice(SNIPPETS))
                s.change(uri, [edit])
                assert s.texts[uri] == apply_edits(text, [edit])
            if step % 50 == 0:  # checkpoint: the latest version is linted and every range fits the text
                diags = await s.diagnostics(uri, timeout=60)
                lines = lines_of(s.texts[uri])
                for d in diags:
                    for end in ("start", "end"):
                        pos = d["range"][end]
                        assert pos["line"] < len(lines) and pos["character"] <= utf16(lines[pos["line"]]), d
        assert invalid > 20
        final = s.texts[uri] + "\n\n" + ARTICLE
        s.replace_all(uri, final)
        live = await s.diagnostics(uri, timeout=60)
        path.write_text(final, encoding="utf-8", newline="")
        [report] = run_json(str(path), cwd=tmp_path)
        assert live == report["diagnostics"]
        assert any(d["code"] == "LD101" for d in live)
