"""A pytest-lsp client driving ``wirelint server`` over stdio, with helpers the server tests share.

The server runs as users run it (``python -m lint server``); the client records every
publishDiagnostics (with its version) so tests can wait for the diagnostics of one edit.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
from lsprotocol import types
from lsprotocol.converters import get_converter
from pygls.protocol import default_converter
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, LanguageClient, register_lsp_features

from tests.conftest import FIXTURES

CONVERTER = get_converter()
LINE_BREAK = regex.compile(r"\r\n|\r|\n")

ARTICLE = """# Harbour talks

Officials at the White Home said final week that the senator boasted about the deal.

We saw a blue moonbeam over the harbour.

Her aides refuted the claims on Tuesday.
"""


@dataclass
class Published:
    uri: str
    version: int | None
    diagnostics: list[dict[str, Any]]


class Session:
    """One server process and the client talking to it."""

    def __init__(self, client: LanguageClient, published: list[Published]) -> None:
        self.client = client
        self.published = published
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}
        self.result: types.InitializeResult | None = None

    # ---- documents --------------------------------------------------------------------------------
    def open(self, path: Path, text: str | None = None, language: str = "markdown") -> str:
        uri = path.as_uri()
        text = path.read_text(encoding="utf-8") if text is None else text
        self.versions[uri], self.texts[uri] = 1, text
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def change(self, uri: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> int:
        """Send ``edits`` as incremental changes (one event each) and apply them to our copy."""
        self.versions[uri] += 1
        changes = []
        for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
            self.texts[uri] = apply_edits(self.texts[uri], [edit], encoding)
            changes.append(types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text))
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]), changes))
        return self.versions[uri]

    def replace_all(self, uri: str, text: str) -> int:
        self.versions[uri] += 1
        self.texts[uri] = text
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.versions[uri]

    def apply_action(self, uri: str, action: types.CodeAction) -> int:
        edit = action.edit
        assert edit is not None
        if edit.document_changes:
            [doc_edit] = edit.document_changes
            assert doc_edit.text_document.uri == uri
            assert doc_edit.text_document.version == self.versions[uri]
            edits = list(doc_edit.edits)
        else:
            edits = list(edit.changes[uri])
        return self.change(uri, edits)

    # ---- waiting ----------------------------------------------------------------------------------------
    async def diagnostics(self, uri: str, version: int | None = None, timeout: float = 15) -> list[dict]:
        """The diagnostics published for ``uri`` at ``version`` (the latest open version by default)."""
        version = self.versions.get(uri) if version is None else version
        found = await until(lambda: next((p for p in reversed(self.published)
                                          if p.uri == uri and p.version == version), None), timeout)
        return found.diagnostics

    async def actions(self, uri: str, rng: dict | types.Range, only: list[str] | None = None,
                      ) -> list[types.CodeAction]:
        if isinstance(rng, dict):
            rng = CONVERTER.structure(rng, types.Range)
        result = await self.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri), range=rng,
            context=types.CodeActionContext(diagnostics=[], only=only)))
        return list(result or [])


async def until(probe: Callable[[], Any], timeout: float = 15) -> Any:
    """Poll ``probe`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {probe}")
        await asyncio.sleep(0.01)


def capabilities(encodings: list[str] | None = None, document_changes: bool = True) -> types.ClientCapabilities:
    general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    return types.ClientCapabilities(
        general=general,
        workspace=types.WorkspaceClientCapabilities(
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=document_changes),
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=False)),
        text_document=types.TextDocumentClientCapabilities(
            synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll])),
                is_preferred_support=True),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True)))


@contextlib.asynccontextmanager
async def session(root: Path, *, encodings: list[str] | None = None, options: dict | None = None,
                  document_changes: bool = True) -> AsyncIterator[Session]:
    """Start ``python -m lint server`` in ``root``, initialise it, and shut it down cleanly after."""
    published: list[Published] = []

    def on_publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        published.append(Published(params.uri, params.version,
                                   [CONVERTER.unstructure(d, types.Diagnostic) for d in params.diagnostics]))

    client = LanguageClient(converter_factory=default_converter)
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: on_publish})
    await client.start_io(sys.executable, "-m", "lint", "server", cwd=str(root))
    s = Session(client, published)
    try:
        s.result = await client.initialize_session(types.InitializeParams(
            capabilities=capabilities(encodings, document_changes), root_uri=root.as_uri(),
            initialization_options=options))
        yield s
        await asyncio.wait_for(client.shutdown_session(), 10)
        assert client._server is not None and client._server.returncode == 0
    finally:
        server = client._server
        if server is not None and server.returncode is None:  # a failed test: end the server too
            if server.stdin is not None:
                server.stdin.close()  # end of input: the server stops on its own
            try:
                await asyncio.wait_for(server.wait(), 5)
            except TimeoutError:
                server.kill()
        await client.stop()


def make_project(root: Path, article: str = ARTICLE, name: str = "article.md") -> Path:
    """A folder with the demo pack configured (a safe fix, XT101) and one article."""
    shutil.copytree(FIXTURES / "packs", root / "packs")
    (root / "packs" / "broken-example.toml").unlink()
    (root / ".wirelint.toml").write_text('packs = ["packs/demo.toml"]\n', encoding="utf-8")
    path = root / name
    path.write_text(article, encoding="utf-8")
    return path


# ---- text helpers ------------------------------------------------------------------------------------
def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


def offset(text: str, pos: types.Position | dict, encoding: str = "utf-16") -> int:
    line, col = (pos["line"], pos["character"]) if isinstance(pos, dict) else (pos.line, pos.character)
    starts = line_starts(text)
    start = starts[line]
    units = 0
    i = start
    while units < col:
        units += len(text[i].encode(encoding.replace("utf-16", "utf-16-le").replace("utf-32", "utf-32-le"))) // (
            2 if encoding == "utf-16" else 4 if encoding == "utf-32" else 1)
        i += 1
    return i


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    spans = sorted(((offset(text, e.range.start, encoding), offset(text, e.range.end, encoding), e.new_text)
                    for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def covered(text: str, diag: dict) -> str:
    return text[offset(text, diag["range"]["start"]):offset(text, diag["range"]["end"])]


def by_code(diags: list[dict], code: str) -> list[dict]:
    return [d for d in diags if d["code"] == code]
