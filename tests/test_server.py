"""``wirelint server`` end to end: a pytest-lsp client drives the real server over stdio.

The tests compare what the editor sees with what a user gets from ``wirelint check --format json``
for the same text, so the editor and the CLI cannot drift apart.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from lint.commands.explain import find_rule, rule_text
from tests.conftest import ROOT, run_json, run_wirelint
from tests.test_server_client import ARTICLE, Session, apply_edits, by_code, covered, make_project, session, until

pytestmark = pytest.mark.asyncio(loop_scope="module")
SPIN_PACK = (ROOT / "rules" / "spin.toml").exists()
MAX_CHARS = 60_000  # the shared server's live-linting limit (test_robust_... goes over it)


@dataclass
class Shared:
    """One server for the tests that need no special client options (each uses its own files)."""

    session: Session
    root: Path

    def article(self, name: str, text: str = ARTICLE) -> Path:
        path = self.root / name
        path.write_text(text, encoding="utf-8")
        return path


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def shared(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Shared]:
    root = tmp_path_factory.mktemp("shared")
    make_project(root)
    async with session(root, options={"maxChars": MAX_CHARS}) as s:
        yield Shared(s, root)


def cli_diagnostics(*files: tuple[Path, str]) -> list[list[dict]]:
    """What ``wirelint check --format json`` reports for each text saved at its path (one CLI run)."""
    for path, text in files:
        path.write_text(text, encoding="utf-8", newline="")
    reports = {r["path"]: r for r in run_json(*(str(p) for p, _ in files), cwd=files[0][0].parent)}
    return [reports[str(p)]["diagnostics"] for p, _ in files]


def action(actions: list[types.CodeAction], *words: str) -> types.CodeAction:
    found = [a for a in actions if all(w in a.title for w in words)]
    assert found, f"no action with {words} in {[a.title for a in actions]}"
    return found[0]


async def test_open_publishes_exactly_the_cli_diagnostics(shared: Shared) -> None:
    s, path = shared.session, shared.article("open.md")
    assert s.result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    uri = s.open(path)
    diags = await s.diagnostics(uri)
    assert [diags] == cli_diagnostics((path, ARTICLE))  # codes, ranges, severities, messages, data: all of it
    text = ARTICLE
    assert [covered(text, d) for d in by_code(diags, "LD101")] == ["boasted"]
    assert [covered(text, d) for d in by_code(diags, "LD102")] == ["refuted"]
    assert [covered(text, d) for d in by_code(diags, "XT101")] == ["blue moonbeam"]
    assert all(d["codeDescription"]["href"].endswith(f"/{d['code']}/") for d in diags)
    if SPIN_PACK:  # the spin pack's names rule sees the spun "White Home"
        assert any("White Home" in covered(text, d) for d in diags if d["code"].startswith("SP"))


async def test_quick_fix_edit_and_suppress_round_trip(shared: Shared) -> None:
    s, path = shared.session, shared.article("roundtrip.md")
    uri = s.open(path)
    diags = await s.diagnostics(uri)

    # A quick fix: the unsafe 'boasted' -> 'said' (labelled unsafe, not preferred).
    [boasted] = by_code(diags, "LD101")
    actions = await s.actions(uri, boasted["range"])
    fix = action(actions, "Replace 'boasted' with 'said'", "LD101", "unsafe")
    assert fix.kind == types.CodeActionKind.QuickFix and not fix.is_preferred
    assert fix.diagnostics and fix.diagnostics[0].code == "LD101"
    s.apply_action(uri, fix)
    diags = await s.diagnostics(uri)
    assert not by_code(diags, "LD101") and "senator said about" in s.texts[uri]
    assert by_code(diags, "XT101") and by_code(diags, "LD102")

    # The safe fix is the preferred action.
    [moon] = by_code(diags, "XT101")
    safe = action(await s.actions(uri, moon["range"]), "Replace 'blue moonbeam' with 'red sunrise'", "safe")
    assert safe.is_preferred

    # An edit: a new loaded verb appears at once (debounced), at the right place.
    line = s.texts[uri].splitlines().index("We saw a blue moonbeam over the harbour.")
    end = types.Position(line, len("We saw a blue moonbeam over the harbour."))
    s.change(uri, [types.TextEdit(types.Range(end, end), " Critics refuted it.")])
    diags = await s.diagnostics(uri)
    ld102 = by_code(diags, "LD102")
    assert [covered(s.texts[uri], d) for d in ld102] == ["refuted", "refuted"]
    assert ld102[0]["range"]["start"] == {"line": line, "character": end.character + len(" Critics ")}

    # Suppress: the inline comment the CLI honours; the finding goes and nothing else changes.
    _, refuted = by_code(diags, "LD102")
    suppress = action(await s.actions(uri, refuted["range"]), "Suppress LD102 on this line")
    s.apply_action(uri, suppress)
    assert "<!-- wirelint: disable-next-line LD102 -->\nHer aides refuted" in s.texts[uri]
    after = await s.diagnostics(uri)
    assert [d["range"]["start"]["line"] for d in by_code(after, "LD102")] == [line]  # only that line's went
    assert not by_code(after, "WL100")
    assert [d["code"] for d in after] == [d["code"] for d in diags if d is not refuted]
    final = s.texts[uri]
    assert [after] == cli_diagnostics((path, final))


async def test_fix_all_applies_the_safe_fixes_as_the_cli_does(shared: Shared) -> None:
    article = ARTICLE + "\nA blue moonbeam again, and the quiet thunder rolled on.\n"
    s, path, tmp_path = shared.session, shared.article("fixall.md", article), shared.root
    uri = s.open(path)
    before = await s.diagnostics(uri)
    start = types.Position(0, 0)
    actions = await s.actions(uri, types.Range(start, start), only=[types.CodeActionKind.SourceFixAll])
    [fix_all] = actions
    assert fix_all.kind == types.CodeActionKind.SourceFixAll
    assert "Fix all safe" in fix_all.title
    s.apply_action(uri, fix_all)
    after = await s.diagnostics(uri)
    fixed = s.texts[uri]
    assert not by_code(after, "XT101") and by_code(after, "LD101")  # unsafe fixes are left alone
    assert len(by_code(before, "XT101")) == 3  # two blue moonbeams, one quiet thunder
    copy = tmp_path / "copy.md"
    copy.write_text(article, encoding="utf-8")
    proc = run_wirelint("check", "--fix", "--format", "json", "--no-cache", str(copy), cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert fixed == copy.read_text(encoding="utf-8")  # the same text as `wirelint check --fix`
    assert after == json.loads(proc.stdout)[0]["diagnostics"]  # and the same findings left


async def test_suppression_styles_match_what_the_cli_honours(shared: Shared) -> None:
    text = "Intro line.\nThe senator boasted\nabout the deal and refuted it.\n"
    s, path, plain = shared.session, shared.article("styles.md", text), shared.article("notes.txt", text)
    # Markdown, mid-paragraph: an end-of-line comment, so the rendered paragraph is not split.
    uri = s.open(path)
    [ld102] = by_code(await s.diagnostics(uri), "LD102")
    s.apply_action(uri, action(await s.actions(uri, ld102["range"]), "Suppress LD102"))
    assert "refuted it. <!-- wirelint: disable-line LD102 -->" in s.texts[uri]
    [ld101] = by_code(await s.diagnostics(uri), "LD101")
    s.apply_action(uri, action(await s.actions(uri, ld101["range"]), "Suppress LD101"))
    md_diags = await s.diagnostics(uri)
    md_text = s.texts[uri]
    # Plain text: the bare directive on its own line above; a second code extends it.
    puri = s.open(plain, language="plaintext")
    [ld101] = by_code(await s.diagnostics(puri), "LD101")
    s.apply_action(puri, action(await s.actions(puri, ld101["range"]), "Suppress LD101"))
    assert "Intro line.\nwirelint: disable-next-line LD101\nThe senator boasted" in s.texts[puri]
    await s.diagnostics(puri)
    s.replace_all(puri, s.texts[puri].replace("boasted", "boasted and refuted"))
    ld102 = by_code(await s.diagnostics(puri), "LD102")[0]
    s.apply_action(puri, action(await s.actions(puri, ld102["range"]), "Suppress LD102"))
    assert "wirelint: disable-next-line LD101, LD102\nThe senator" in s.texts[puri]
    txt_diags = await s.diagnostics(puri)
    txt_text = s.texts[puri]
    assert not by_code(md_diags, "LD101") and not by_code(md_diags, "LD102") and not by_code(md_diags, "WL100")
    assert not by_code(txt_diags, "LD101")  # the next line's LD102 is not covered by the directive
    assert [txt_text.splitlines()[d["range"]["start"]["line"]] for d in by_code(txt_diags, "LD102")] == [
        "about the deal and refuted it."]
    assert [md_diags, txt_diags] == cli_diagnostics((path, md_text), (plain, txt_text))


async def test_hover_shows_the_rule_documentation(shared: Shared) -> None:
    s, path = shared.session, shared.article("hover.md")
    uri = s.open(path)
    [boasted] = by_code(await s.diagnostics(uri), "LD101")
    start = boasted["range"]["start"]
    hover = await s.client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(start["line"], start["character"] + 2)))
    nothing = await s.client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(0, 2)))
    explain = rule_text(find_rule("LD101"))  # what `wirelint rule LD101` prints
    assert hover is not None and hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("**LD101**")
    assert explain.splitlines()[2] in hover.contents.value.replace("\\", "")  # the rule's summary line
    assert boasted["codeDescription"]["href"] in hover.contents.value
    assert hover.range.start.line == start["line"] and hover.range.start.character == start["character"]
    assert nothing is None


async def test_close_clears_and_a_burst_of_edits_ends_on_the_last_text(shared: Shared) -> None:
    s, path = shared.session, shared.article("burst.md", "# Notes\n\n")
    uri = s.open(path)
    assert await s.diagnostics(uri) == []
    typed = "The minister boasted that critics were refuted. "
    for k, ch in enumerate(typed * 2):  # one keystroke per change, no waiting
        pos = types.Position(2, k)
        s.change(uri, [types.TextEdit(types.Range(pos, pos), ch)])
    last = s.versions[uri]
    diags = await s.diagnostics(uri, last)
    publishes = [p for p in s.published if p.uri == uri]
    # Debounced: far fewer lints than keystrokes, and nothing published after the last text.
    assert len(publishes) < len(typed) // 4
    await asyncio.sleep(0.4)
    assert s.published[-1].version == last
    final = s.texts[uri]
    s.client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await until(lambda: s.published[-1].uri == uri and s.published[-1].diagnostics == []
                and s.published[-1] is not publishes[-1])
    assert by_code(diags, "LD101")  # what exactly: whatever the CLI says, below
    assert [diags] == cli_diagnostics((path, final))


async def test_utf8_position_encoding_is_negotiated_and_converted(tmp_path: Path) -> None:
    text = "# Café\n\nLe naïve 😀 senator — boasted about it.\n"
    path = make_project(tmp_path, text)
    async with session(tmp_path, encodings=["utf-8", "utf-16"]) as s:
        assert s.result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
        uri = s.open(path)
        [d] = await s.diagnostics(uri)
        line = text.splitlines()[2]
        begin = len(line[: line.index("boasted")].encode("utf-8"))
        assert d["range"]["start"] == {"line": 2, "character": begin}
        assert d["range"]["end"] == {"line": 2, "character": begin + len("boasted")}
        assert d["data"]["fix"]["range"] == d["range"]
        # The quick fix comes back in UTF-8 units; the edit we send back in UTF-8 units lands right.
        fix = action(await s.actions(uri, d["range"]), "Replace 'boasted' with 'said'")
        [edit] = fix.edit.document_changes[0].edits
        s.versions[uri] += 1
        s.texts[uri] = apply_edits(s.texts[uri], [edit], "utf-8")
        s.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=s.versions[uri]),
            [types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)]))
        assert await s.diagnostics(uri) == []
        assert s.texts[uri] == text.replace("boasted", "said")
    utf16 = cli_diagnostics((path, text))[0][0]["range"]["start"]["character"]
    assert utf16 == len(line[: line.index("boasted")].encode("utf-16-le")) // 2 != begin


async def test_config_changes_are_picked_up(shared: Shared) -> None:
    folder = shared.root / "desk"  # its own config, which the test rewrites
    folder.mkdir()
    config = folder / ".wirelint.toml"
    config.write_text('packs = ["../packs/demo.toml"]\n', encoding="utf-8")
    s, path = shared.session, shared.article("desk/config.md")
    uri = s.open(path)
    assert by_code(await s.diagnostics(uri), "LD101")
    config.write_text('packs = ["../packs/demo.toml"]\nignore = ["LD101"]\n', encoding="utf-8")
    count = len(s.published)
    s.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]))
    await until(lambda: [p for p in s.published[count:] if p.uri == uri])  # every open buffer is relinted
    reloaded = [p for p in s.published[count:] if p.uri == uri][-1].diagnostics
    assert [reloaded] == cli_diagnostics((path, ARTICLE))
    # A broken config is reported once and linting goes on with the defaults.
    config.write_text("ignore = 3\n", encoding="utf-8")
    s.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]))
    await until(lambda: any("config error" in m.message for m in s.client.messages))
    # A config file created or edited without a notification is seen on the next lint.
    config.write_text('ignore = ["LD"]\n', encoding="utf-8")
    s.replace_all(uri, ARTICLE + "\nThey boasted.\n")
    edited = await s.diagnostics(uri)
    assert not by_code(reloaded, "LD101") and by_code(reloaded, "XT101")
    assert not [d for d in edited if d["code"].startswith(("LD", "XT"))]


async def send_raw(client: LanguageClient, body: bytes) -> None:
    client.protocol.writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)


async def test_robust_to_bad_messages_unknown_and_huge_documents(shared: Shared) -> None:
    """Runs last on the shared server: everything after the bad messages proves it survived."""
    s, path, tmp_path = shared.session, shared.article("robust.md"), shared.root
    big = tmp_path / "big.md"
    client = s.client
    unknown = (tmp_path / "nowhere.md").as_uri()
    zero = types.Range(types.Position(0, 0), types.Position(0, 0))
    assert await s.actions(unknown, zero) == []
    assert await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(unknown), types.Position(3, 3))) is None
    client.text_document_did_change(types.DidChangeTextDocumentParams(  # change to an unopened file
        types.VersionedTextDocumentIdentifier(uri=unknown, version=2),
        [types.TextDocumentContentChangeWholeDocument(text="x")]))
    await send_raw(client, b"{not json")
    # A request whose params are nonsense gets an error response (not silence, not a crash).
    answer: Future = Future()
    client.protocol._request_futures["bad-params"] = answer
    await send_raw(client, json.dumps({"jsonrpc": "2.0", "id": "bad-params", "method": "textDocument/hover",
                                       "params": {"textDocument": 5, "position": "here"}}).encode())
    with pytest.raises(JsonRpcException):
        await asyncio.wait_for(asyncio.wrap_future(answer), 10)
    # Positions past the end are clamped, not fatal.
    uri = s.open(path)
    await s.diagnostics(uri)
    far = types.Range(types.Position(999, 999), types.Position(1000, 0))
    assert isinstance(await s.actions(uri, far), list)
    # A large buffer is linted (to its last version); one over the limit gets an empty list
    # and one message; back under the limit it is linted again.
    assert len(ARTICLE * 250) < MAX_CHARS < len(ARTICLE * 400)
    buri = s.open(big, ARTICLE * 250)
    assert len(by_code(await s.diagnostics(buri), "LD101")) == 250
    s.replace_all(buri, ARTICLE * 400)
    assert await s.diagnostics(buri) == []
    await until(lambda: any("live-linting limit" in m.message for m in client.messages))
    s.replace_all(buri, ARTICLE)
    assert by_code(await s.diagnostics(buri), "LD101")
    assert by_code(await s.diagnostics(uri), "LD101")
