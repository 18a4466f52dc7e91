"""The pygls wiring: document sync, debounced linting, publishing, code actions and hover.

Linting runs on one worker thread, one job at a time, so rules and caches never run
concurrently; the event loop stays free to read messages. Every analysis is tied to the buffer
generation it linted; a result for a buffer that has changed (or closed) since is never
published, so diagnostics are never stale.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.capabilities import ServerCapabilitiesBuilder
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol.language_server import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from lint import __version__
from lint.lsp.actions import KINDS, ActionBuilder, hover_text, to_diagnostic
from lint.lsp.analysis import MAX_CHARS, Analysis, ConfigWatch, Snapshot, analyse
from lint.lsp.buffers import Buffer, Buffers, is_config_file
from lint.lsp.positions import ENCODINGS, UTF16, offset_at

log = logging.getLogger("wirelint.server")
DEBOUNCE_SECONDS = 0.2
WATCHED = ("**/.wirelint.toml", "**/wirelint.toml", "**/pyproject.toml")


class WirelintProtocol(LanguageServerProtocol):
    """pygls' protocol with two changes: documents live in :class:`Buffers`, not the pygls
    workspace (see lint/lsp/buffers.py), and a request whose params cannot be read gets an
    error response instead of no answer at all."""

    def _user(self, method: str, params: Any):
        handler = self.fm.features.get(method)
        if handler is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        yield from self._user(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        yield from self._user(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        yield from self._user(types.TEXT_DOCUMENT_DID_CLOSE, params)

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], error=exc.to_response_error())
            raise


class WirelintServer(LanguageServer):
    """Server state: open buffers, the latest analysis of each, pending lints."""

    def __init__(self) -> None:
        super().__init__("wirelint", __version__, protocol_cls=WirelintProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.buffers = Buffers()
        self.configs = ConfigWatch()
        self.encoding = UTF16
        self.debounce = DEBOUNCE_SECONDS
        self.max_chars = MAX_CHARS
        self.root = Path.cwd()
        self.markdown_hover = True
        self.document_changes = False
        self.epoch = 0  # bumped when a config file changes: every analysis is then out of date
        self.latest: dict[str, Analysis] = {}
        self.published: dict[str, tuple[int, int]] = {}
        self.inflight: dict[str, tuple[tuple[int, int], asyncio.Future]] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.told: set[str] = set()
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirelint-lint")

    # ---- messages to the user -------------------------------------------------------------------------
    def report_server_error(self, error: Exception, source: Any) -> None:
        """Protocol errors (a malformed message) go to the log, not into a pop-up."""
        self.log(f"wirelint server: {type(error).__name__}: {error}", types.MessageType.Error)

    def log(self, message: str, level: types.MessageType = types.MessageType.Log) -> None:
        log.info("%s", message)
        try:
            self.window_log_message(types.LogMessageParams(level, message))
        except Exception:
            log.exception("could not send a log message")

    def tell_once(self, message: str) -> None:
        if message in self.told:
            return
        self.told.add(message)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Warning, f"wirelint: {message}"))

    # ---- analysis -----------------------------------------------------------------------------------
    def snapshot(self, buf: Buffer) -> Snapshot:
        path = buf.fs_path
        if path is None:
            name = buf.uri.rsplit("/", 1)[-1].rsplit(":", 1)[-1] or "untitled"
            suffix = ".md" if buf.markdown else ".txt"
            path = str(self.root / (name if name.lower().endswith((".md", ".txt")) else name + suffix))
        return Snapshot(buf.uri, buf.text, buf.generation, buf.version, path, buf.markdown)

    def _key(self, buf: Buffer) -> tuple[int, int]:
        return (buf.generation, self.epoch)

    def _analyse(self, snap: Snapshot) -> Analysis | None:
        """Worker thread: lint the snapshot unless the buffer has already moved on."""
        if not self.buffers.is_current(snap.uri, snap.generation):
            return None
        began = time.perf_counter()
        an = analyse(snap, self.configs, self.encoding, self.max_chars)
        log.info("linted %s in %.3f s: %d findings", snap.uri, time.perf_counter() - began, len(an.findings))
        return an

    async def analysis(self, uri: str) -> Analysis | None:
        """The analysis of the buffer as it is now (linting it if needed); None if unknown or superseded."""
        for _ in range(3):
            buf = self.buffers.get(uri)
            if buf is None:
                return None
            key = self._key(buf)
            an = self.latest.get(uri)
            if an is not None and an.key == key:
                return an
            entry = self.inflight.get(uri)
            if entry is None or entry[0] != key:
                snap = self.snapshot(buf)
                fut = asyncio.get_running_loop().run_in_executor(self.worker, self._analyse, snap)
                fut.add_done_callback(partial(self._finished, uri, key))
                self.inflight[uri] = (key, fut)
            else:
                fut = entry[1]
            an = await asyncio.shield(fut)
            if an is not None and self._current(uri, key):
                return an
        return None

    def _current(self, uri: str, key: tuple[int, int]) -> bool:
        buf = self.buffers.get(uri)
        return buf is not None and self._key(buf) == key

    def _finished(self, uri: str, key: tuple[int, int], fut: asyncio.Future) -> None:
        entry = self.inflight.get(uri)
        if entry is not None and entry[1] is fut:
            del self.inflight[uri]
        if fut.cancelled():
            return
        if fut.exception() is not None:
            self.log(f"wirelint: lint failed for {uri}: {fut.exception()!r}", types.MessageType.Error)
            return
        an = fut.result()
        if an is None or not self._current(uri, key):
            return
        an.key = key
        self.latest[uri] = an
        for problem in an.problems:
            self.log(problem, types.MessageType.Warning)
            if problem.startswith(("config error", "error:")) or "live-linting limit" in problem:
                self.tell_once(problem)
        self.publish(an, key)

    def publish(self, an: Analysis, key: tuple[int, int]) -> None:
        uri = an.snapshot.uri
        if self.published.get(uri) == key:
            return
        self.published[uri] = key
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=[to_diagnostic(d) for d in an.diagnostics], version=an.snapshot.version))

    def clear(self, uri: str) -> None:
        self.published.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    # ---- scheduling ---------------------------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds; a newer call replaces an older pending one (debounce)."""
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            await self.analysis(uri)
        except asyncio.CancelledError:
            raise
        except Exception as err:
            self.log(f"wirelint: could not lint {uri}: {err!r}", types.MessageType.Error)
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    def config_changed(self) -> None:
        """A config file changed: reload configs and packs, relint every open buffer."""
        self.epoch += 1
        self.worker.submit(self.configs.invalidate)
        self.told.clear()
        for buf in self.buffers:
            self.schedule(buf.uri, 0)

    def stop(self) -> None:
        for task in self.pending.values():
            task.cancel()
        self.pending.clear()
        self.worker.shutdown(wait=False, cancel_futures=True)


def _encoding(params: types.InitializeParams) -> str:
    chosen = ServerCapabilitiesBuilder.choose_position_encoding(params.capabilities)
    value = getattr(chosen, "value", chosen)
    return value if value in ENCODINGS else UTF16


def _capability(obj: Any, *path: str) -> Any:
    for name in path:
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    return obj


def build_server() -> WirelintServer:
    """A server with every wirelint feature registered."""
    server = WirelintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: WirelintServer, params: types.InitializeParams) -> None:
        ls.encoding = _encoding(params)
        caps = params.capabilities
        formats = _capability(caps, "text_document", "hover", "content_format")
        ls.markdown_hover = not formats or types.MarkupKind.Markdown in formats
        ls.document_changes = bool(_capability(caps, "workspace", "workspace_edit", "document_changes"))
        root = params.root_uri or (params.workspace_folders[0].uri if params.workspace_folders else None)
        if root and root.startswith("file:"):
            ls.root = Path(to_fs_path(root) or ls.root)
        elif params.root_path:
            ls.root = Path(params.root_path)
        opts = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        if isinstance(opts.get("debounce"), int | float) and 0 <= opts["debounce"] <= 10:
            ls.debounce = float(opts["debounce"])
        if isinstance(opts.get("maxChars"), int) and opts["maxChars"] > 0:
            ls.max_chars = opts["maxChars"]

    @server.feature(types.INITIALIZED)
    def initialized(ls: WirelintServer, params: types.InitializedParams) -> None:
        caps = ls.client_capabilities
        if _capability(caps, "workspace", "did_change_watched_files", "dynamic_registration"):
            watchers = [types.FileSystemWatcher(glob_pattern=g) for g in WATCHED]
            ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
                id="wirelint-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: WirelintServer, params: types.DidOpenTextDocumentParams) -> None:
        buf = ls.buffers.open(params.text_document)
        ls.latest.pop(buf.uri, None)
        ls.published.pop(buf.uri, None)
        ls.schedule(buf.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: WirelintServer, params: types.DidChangeTextDocumentParams) -> None:
        buf = ls.buffers.get(params.text_document.uri)
        if buf is None:
            ls.log(f"wirelint: change to a document that is not open: {params.text_document.uri}")
            return
        for change in params.content_changes:
            buf.apply(change, ls.encoding)
        buf.version = params.text_document.version
        ls.schedule(buf.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: WirelintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if is_config_file(uri):
            ls.config_changed()
        elif ls.buffers.get(uri) is not None:
            ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: WirelintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.buffers.close(uri)
        ls.latest.pop(uri, None)
        ls.inflight.pop(uri, None)
        ls.clear(uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: WirelintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(is_config_file(c.uri) for c in params.changes):
            ls.config_changed()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=KINDS, resolve_provider=False))
    async def code_action(ls: WirelintServer,
                          params: types.CodeActionParams) -> list[types.CodeAction] | None:
        an = await ls.analysis(params.text_document.uri)
        if an is None:
            return None
        rng = params.range
        start = offset_at(an.doc, rng.start.line, rng.start.character, ls.encoding)
        end = offset_at(an.doc, rng.end.line, rng.end.character, ls.encoding)
        only = [str(getattr(k, "value", k)) for k in params.context.only] if params.context.only else None
        actions = ActionBuilder(an, ls.encoding, ls.document_changes)
        return actions.build(min(start, end), max(start, end), only)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: WirelintServer, params: types.HoverParams) -> types.Hover | None:
        an = await ls.analysis(params.text_document.uri)
        if an is None:
            return None
        offset = offset_at(an.doc, params.position.line, params.position.character, ls.encoding)
        found = await asyncio.get_running_loop().run_in_executor(
            ls.worker, hover_text, an, offset, ls.markdown_hover)
        if found is None:
            return None
        text, rng = found
        kind = types.MarkupKind.Markdown if ls.markdown_hover else types.MarkupKind.PlainText
        return types.Hover(contents=types.MarkupContent(kind=kind, value=text), range=rng)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: WirelintServer, params: None) -> None:
        ls.stop()

    return server
