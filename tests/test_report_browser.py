"""The HTML report in a real browser: headless Chromium (Debian's ``chromium`` package).

Two ways in, both without any network: ``--dump-dom`` (the DOM after the page's script ran) for
the counts, and the DevTools protocol over ``--remote-debugging-pipe`` (JSON messages on file
descriptors 3 and 4, no websocket) to press keys, move the mouse, sort, print and take
screenshots. The highlights per file and category must match ``wirelint check --format json`` of
the same run. Screenshots and the PDF go to ``test-artifacts/`` (gitignored); the one of seed 001
with a tooltip open is the README picture (docs/report.png).

Skips cleanly when no chromium is installed (.ci/run installs it).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import select
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_json, run_wirelint
from tests.test_report import Node, parse

ARTIFACTS = ROOT / "test-artifacts"
SEED_001 = next(iter(sorted(SEEDS.glob("001_*"))), None) if SEEDS.is_dir() else None
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio"]
WIDTH, HEIGHT = 1280, 2000


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        exe = shutil.which(name)
        if exe:
            return exe
    pytest.skip("chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def exe() -> str:
    if SEED_001 is None:
        pytest.skip("no seeds")
    return chromium()


@pytest.fixture(scope="module")
def pages(tmp_path_factory, exe) -> dict[str, object]:
    """Reports on all seeds and on seed 001, and the JSON of the same run."""
    tmp = tmp_path_factory.mktemp("report")
    env = {**os.environ, "WIRELINT_CACHE_DIR": str(tmp / "cache")}
    out = {"dir": tmp}
    for key, target in (("seeds", SEEDS), ("001", SEED_001)):
        path = tmp / f"{key}.html"
        proc = run_wirelint("report", str(target.relative_to(ROOT)), "-o", str(path), cwd=ROOT, env=env)
        assert proc.returncode == 0, proc.stderr
        out[key] = path
    out["json"] = run_json(str(SEEDS.relative_to(ROOT)), cwd=ROOT)
    return out


def profile(tmp: Path) -> str:
    folder = tmp / f"profile-{time.monotonic_ns()}"
    folder.mkdir()
    return f"--user-data-dir={folder}"


def run_chromium(exe: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, *FLAGS, profile(tmp), *args], capture_output=True, timeout=120, check=False)


def counts_by_file(dom: Node) -> dict[str, tuple[Counter, Counter]]:
    out = {}
    for section in dom.find_all("section", "file"):
        out[section.attrs["data-path"]] = (Counter(n.attrs["data-cat"] for n in section.find_all("mark", "hl")),
                                           Counter(n.attrs["data-cat"] for n in section.find_all("li", "docf")))
    return out


def counts_from_json(objs: list[dict]) -> dict[str, tuple[Counter, Counter]]:
    out = {}
    for obj in objs:
        line, whole = Counter(), Counter()
        for d in obj["diagnostics"]:
            (whole if d["data"].get("scope") == "document" else line)[d["data"]["category"]] += 1
        out[obj["path"]] = (line, whole)
    return out


# -- --dump-dom and --screenshot -------------------------------------------------------------------

def test_rendered_dom_highlights_match_check_json(exe, pages):
    proc = run_chromium(exe, pages["dir"], "--dump-dom", pages["seeds"].as_uri())
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    dom = parse(proc.stdout.decode("utf-8"))
    [root] = dom.find_all("html")
    assert "js" in root.classes, "the page's script did not run"
    expected = counts_from_json(pages["json"])
    assert counts_by_file(dom) == expected
    assert sum(sum(line.values()) for line, _ in expected.values()) > 0


def test_screenshot_of_the_seeds_report(exe, pages):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-seeds.png"
    shot.unlink(missing_ok=True)
    proc = run_chromium(exe, pages["dir"], f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}",
                        pages["seeds"].as_uri())
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000


# -- the DevTools protocol over a pipe ---------------------------------------------------------------

class Browser:
    """A headless Chromium driven over ``--remote-debugging-pipe``: NUL-terminated JSON on fds 3 and 4."""

    def __init__(self, exe: str, tmp: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire() -> None:  # in the child: our pipe ends become its fds 3 (commands) and 4 (replies)
            os.dup2(to_chrome_r, 100)
            os.dup2(from_chrome_w, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)

        self.proc = subprocess.Popen([exe, *FLAGS, profile(tmp), "--remote-debugging-pipe", "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, pass_fds=(3, 4), preexec_fn=wire)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._id = 0
        self.session: str | None = None
        target = self.call("Target.createTarget", {"url": "about:blank"}, browser=True)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 browser=True)["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.call("Browser.close", browser=True, timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)

    def _message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError("no reply from chromium")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise ConnectionError("chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, *, browser: bool = False, timeout: float = 30) -> dict:
        self._id += 1
        msg: dict = {"id": self._id, "method": method, "params": params or {}}
        if self.session and not browser:
            msg["sessionId"] = self.session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            data = data[os.write(self._to_chrome, data):]
        deadline = time.monotonic() + timeout
        while True:
            reply = self._message(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str) -> None:
        self.call("Page.navigate", {"url": url})
        deadline = time.monotonic() + 30
        while not self.js("document.readyState === 'complete' && document.documentElement.classList.contains('js')"):
            assert time.monotonic() < deadline, "the page did not load"
            time.sleep(0.05)

    def wait_for(self, expression: str, timeout: float = 5) -> object:
        """Poll ``expression`` until it is truthy; return its value (or the last falsy one on timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value or time.monotonic() > deadline:
                return value
            time.sleep(0.05)

    def key(self, key: str, code: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": key,
                                                 "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code})

    def centre(self, selector: str) -> tuple[float, float]:
        return tuple(self.js(f"""(() => {{ const el = document.querySelector({json.dumps(selector)});
            el.scrollIntoView({{block: 'center'}}); const r = el.getClientRects()[0];
            return [r.left + r.width / 2, r.top + r.height / 2]; }})()"""))

    def mouse(self, x: float, y: float, *, click: bool = False) -> None:
        self.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        if click:
            for kind in ("mousePressed", "mouseReleased"):
                self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                       "clickCount": 1})

    def screenshot(self, path: Path, height: int = HEIGHT) -> bytes:
        clip = {"x": 0, "y": 0, "width": WIDTH, "height": height, "scale": 1}
        data = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png", "clip": clip})["data"])
        path.write_bytes(data)
        return data


@pytest.fixture
def browser(exe, pages):
    b = Browser(exe, pages["dir"])
    try:
        yield b
    finally:
        b.close()


TIP = "(() => { const t = document.getElementById('tip'); return t.hidden ? null : t.textContent; })()"


def test_keyboard_focus_shows_the_message_and_rule(browser, pages):
    browser.open(pages["001"].as_uri())
    browser.js("window.scrollTo(0, 0)")
    first = browser.js("(() => { const m = document.querySelector('#file-0 mark.hl');"
                       " return [m.id, m.dataset.code, document.getElementById(m.getAttribute('aria-describedby'))"
                       ".querySelector('.msg').textContent]; })()")
    # start on the control just before the text, then press Tab as a reader would
    browser.js("(document.querySelector('#file-0 .fx-toggle') || document.querySelector('#file-0 .docf a')).focus()")
    assert browser.js(TIP) is None
    browser.key("Tab", 9)
    assert browser.js("document.activeElement.id") == first[0]
    tip = browser.js(TIP)
    assert tip is not None and first[1] in tip and first[2] in tip
    ARTIFACTS.mkdir(exist_ok=True)
    data = browser.screenshot(ARTIFACTS / "report-001.png", 1720)  # the README picture (docs/report.png)
    assert data.startswith(b"\x89PNG")
    browser.key("Escape", 27)
    assert browser.js(TIP) is None
    # Enter on a highlight opens the rule's documentation inside the page
    browser.js(f"document.getElementById({json.dumps(first[0])}).focus()")
    browser.key("Enter", 13)
    assert browser.js("location.hash") == f"#rule-{first[1]}"
    assert browser.js("document.activeElement.id") == f"rule-{first[1]}"


def test_hover_shows_the_message_of_the_finding_under_the_pointer(browser, pages):
    browser.open(pages["seeds"].as_uri())
    # a continuation piece (a finding split around another) shows its own finding's message
    selector = "mark.hl-cont" if browser.js("!!document.querySelector('mark.hl-cont')") else "mark.hl"
    x, y = browser.centre(selector)
    browser.mouse(x, y)
    want = browser.js(f"""(() => {{ let m = document.elementFromPoint({x}, {y}).closest('mark');
        if (m.classList.contains('hl-cont')) m = document.getElementById(m.dataset.of);
        return [m.dataset.code, document.getElementById(m.getAttribute('aria-describedby'))
            .querySelector('.msg').textContent, m.id]; }})()""")
    tip = browser.js(TIP)
    assert tip is not None and want[0] in tip and want[1] in tip
    # every piece of that finding is outlined together
    assert browser.js(f"[...document.querySelectorAll('mark.on')].every(m => m.id === {json.dumps(want[2])}"
                      f" || m.dataset.of === {json.dumps(want[2])})")
    browser.mouse(2, 2)
    assert browser.wait_for(f"{TIP} === null")


def test_overview_sorts_by_spin_score(browser, pages):
    browser.open(pages["seeds"].as_uri())
    col = browser.js("[...document.querySelectorAll('#overview thead th')].findIndex(th => "
                     "th.textContent.includes('Spin score'))")
    scores = f"[...document.querySelectorAll('#overview tbody tr')].map(r => parseFloat(r.cells[{col}].dataset.v))"
    x, y = browser.centre(f"#overview thead th:nth-child({col + 1}) button")
    browser.mouse(x, y, click=True)
    first = browser.js(scores)
    assert first == sorted(first, reverse=True)
    assert browser.js(f"document.querySelectorAll('#overview thead th')[{col}].getAttribute('aria-sort')") == \
        "descending"
    browser.mouse(x, y, click=True)
    again = browser.js(scores)
    assert again == sorted(again)


def test_fix_toggle_and_category_filter(browser, pages):
    browser.open(pages["001"].as_uri())
    visible = "(s => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; })"
    assert browser.js(f"{visible}('#file-0 .v-find')") and not browser.js(f"{visible}('#file-0 .v-fixed')")
    browser.js("document.querySelector('#file-0 .fx-toggle').focus()")
    browser.call("Input.dispatchKeyEvent", {"type": "keyDown", "key": " ", "code": "Space", "text": " ",
                                            "windowsVirtualKeyCode": 32})
    browser.call("Input.dispatchKeyEvent", {"type": "keyUp", "key": " ", "code": "Space",
                                            "windowsVirtualKeyCode": 32})
    assert browser.js("document.querySelector('#file-0 .fx-toggle').checked")
    assert not browser.js(f"{visible}('#file-0 .v-find')") and browser.js(f"{visible}('#file-0 .v-fixed')")
    bg = "getComputedStyle(document.querySelector('#file-0 mark.hl.c-spin')).backgroundColor"
    browser.js("document.querySelector('#file-0 .fx-toggle').click()")
    assert browser.js(bg) != "rgba(0, 0, 0, 0)"
    browser.js("document.getElementById('show-spin').click()")
    assert browser.js(bg) == "rgba(0, 0, 0, 0)"


CONTRAST = """(() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const bgOf = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
  const out = {};
  for (const sel of SELECTORS) { const el = document.querySelector(sel);
    if (el) out[sel] = [rgb(getComputedStyle(el).color).slice(0, 3), bgOf(el)]; }
  return out; })()"""


def _luminance(rgb: list[float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: list[float], b: list[float]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_contrast_meets_wcag_aa(browser, pages):
    browser.open(pages["seeds"].as_uri())
    selectors = ["mark.hl.c-spin", "mark.hl.c-loaded", "mark.hl.c-boilerplate", "mark.hl.c-quality",
                 ".was", ".ctag.c-spin", ".ctag.c-loaded", ".ctag.c-boilerplate", ".ctag.c-quality",
                 ".verdict.v-pos", ".verdict.v-clean", ".ln", ".facts dt", ".rname", ".loc", ".docf .msg",
                 ".row.bp .tx", "table.overview td.zero", ".key .cue", "figcaption", "a.code", ".fixnote"]
    found = browser.js(CONTRAST.replace("SELECTORS", json.dumps(selectors)))
    assert len(found) >= len(selectors) - 4, sorted(set(selectors) - set(found))
    low = {sel: round(contrast(fg, bg), 2) for sel, (fg, bg) in found.items() if contrast(fg, bg) < 4.5}
    assert not low, low


def test_prints_one_story_per_page(browser, pages):
    browser.open(pages["seeds"].as_uri())
    browser.call("Emulation.setEmulatedMedia", {"media": "print"})
    assert browser.js("getComputedStyle(document.querySelector('.fx-label')).display") == "none"
    assert browser.js("getComputedStyle(document.querySelector('.legend')).position") == "static"
    pdf = base64.b64decode(browser.call("Page.printToPDF", {"printBackground": True}, timeout=60)["data"])
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "report-seeds.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    pages_in_pdf = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    files = len(pages["json"])
    assert pages_in_pdf >= files + 2  # the overview, each story from a new page, the rule docs
