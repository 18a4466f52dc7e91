"""Benchmark: ``python -m lint.bench``. Not a test: it measures and prints, it asserts nothing.

Every figure is a whole process (``wirelint check`` as a user runs it, in a subprocess), timed on
the wall clock and in CPU time (user + system, from ``wait4``), median of ``--repeat`` runs, on the
same files in the same run:

* full default rules, one process and ``--jobs`` processes, with MB/s, words/s and peak memory;
* the spin, loaded and boilerplate rules alone, against a bare reference process that tokenises
  with ``regex`` and looks every token up in a dict, and against a process that only builds
  wirelint's document model for each file (what every rule reads: the design's floor);
* proselint on the same files (a benchmark-only dependency: skipped, and said so, if absent);
* start-up: one seed file end to end, many runs;
* the result cache: a cold run into an empty cache against a re-run of the unchanged tree;
* scaling: the corpus replicated 1x, 10x (100x with ``--scale 1,10,100``), for linear cost and flat memory;
* CPU time per rule kind, in process, so slow kinds can be found.

The corpus is ``../shared/corpora/clean-news`` (duplicates dropped) when it is there, else the
seeds replicated. The CPU time is the steadier figure on a shared machine; the load average is
printed so the wall-clock figures can be read in context.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CLEAN_NEWS = SHARED / "corpora" / "clean-news" / "bbc-greene2006"
SEED = REPO / "seeds" / "001_47fe6dcb4ad395db.txt"
SELECT_FAST = "spin,loaded,boilerplate"

# What the machine allows right now: the same pure-Python CPU work in 1 or 2 processes.
BURN = r"""
import sys
from concurrent.futures import ProcessPoolExecutor
def burn(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
if __name__ == "__main__":
    with ProcessPoolExecutor(int(sys.argv[1])) as pool:
        list(pool.map(burn, [6_000_000] * 4))
"""

# Run a script's ``work(files)`` over the corpus folder (argv[1]), in argv[2] forked processes
# (default 1) that split the files as wirelint -j splits a run; print the sum of what it returns.
SPLIT_RUN = r"""
if __name__ == "__main__":
    import sys
    from concurrent.futures import ProcessPoolExecutor
    from pathlib import Path
    files, jobs = sorted(Path(sys.argv[1]).rglob("*.txt")), int(sys.argv[2]) if len(sys.argv) > 2 else 1
    if jobs == 1:
        print(work(files))
    else:
        with ProcessPoolExecutor(jobs) as pool:
            print(sum(pool.map(work, [files[i::jobs] for i in range(jobs)])))
"""

# The bare reference: tokenise with the document model's own pattern, look every token up in a dict.
BARE = r"""
import regex
TOKEN = regex.compile(r"\w+(?:['’]\w+)*|[^\w\s]", regex.V1)
table = dict.fromkeys("the a of to and in that is was he for it with as his on be at by i".split())
def work(files):
    hits = 0
    for f in files:
        for m in TOKEN.finditer(f.read_text(encoding="utf-8")):
            if m.group().lower() in table:
                hits += 1
    return hits
""" + SPLIT_RUN

# The design's floor: read each file and build the document model the rules read (tokens, norms,
# sentences, quote regions), with no rule run.
DOCUMENT_ONLY = r"""
from lint.document import Document
def work(files):
    tokens = 0
    for f in files:
        doc = Document(f.read_text(encoding="utf-8"), str(f))
        tokens += len(doc.tokens) + len(doc.token_norms) + len(doc.sentences) + len(doc.token_in_quote)
    return tokens
""" + SPLIT_RUN


@dataclass
class Run:
    """One process: wall and CPU seconds, peak resident memory in MB, exit status."""

    wall: float
    cpu: float
    rss_mb: float
    status: int


@dataclass
class Timing:
    runs: list[Run]

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def wall_min(self) -> float:
        return min(r.wall for r in self.runs)

    @property
    def rss_mb(self) -> float:
        return max(r.rss_mb for r in self.runs)


def run_process(cmd: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Run a command to the end, output discarded; its wall time, CPU time and peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def timed(cmd: Sequence[str], repeat: int, env: dict[str, str] | None = None, warmup: bool = False) -> Timing:
    if warmup:
        run_process(cmd, env)
    return Timing([run_process(cmd, env) for _ in range(repeat)])


# ---- the corpus -----------------------------------------------------------------------------------
def corpus_files(limit: int | None) -> tuple[list[Path], str]:
    """The articles to lint (unique clean-news articles, or the seeds replicated) and a description."""
    manifest = CLEAN_NEWS / "manifest.csv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8") as fh:
            rows = [r for r in csv.DictReader(fh) if not r.get("duplicate_of")]
        files = [CLEAN_NEWS / r["path"] for r in rows]
        return (files[:limit] if limit else files), "clean-news (BBC, duplicates dropped)"
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    n = limit or 1000
    return [seeds[i % len(seeds)] for i in range(n)], "seeds replicated (../shared is absent)"


def materialise(files: list[Path], folder: Path, copies: int = 1) -> Path:
    """Copy the files into ``folder`` (``copies`` times over), one name each; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for c in range(copies):
        sub = folder / f"copy{c:03d}" if copies > 1 else folder
        sub.mkdir(exist_ok=True)
        for i, f in enumerate(files):
            shutil.copyfile(f, sub / f"a{i:05d}.txt")
    return folder


def corpus_stats(folder: Path) -> tuple[int, int, int]:
    """(files, bytes, words) in the folder, words as the document model counts them."""
    from lint.document import Document

    n = size = words = 0
    for f in sorted(folder.rglob("*.txt")):
        data = f.read_bytes()
        n, size = n + 1, size + len(data)
        words += len(Document(data.decode("utf-8", "replace"), str(f)).words)
    return n, size, words


# ---- in-process profile ------------------------------------------------------------------------------
def kind_profile(folder: Path) -> tuple[dict[str, float], dict[str, float], float, dict[str, float]]:
    """CPU seconds per rule kind and per rule over the folder, the document model's share, first-use costs.

    Each rule's first document is timed apart ("first use": lazily loaded data such as the spelling
    dictionary or the substitution model), so the per-kind figures are the steady per-document cost.
    """
    from lint.api import linter_for
    from lint.config import Settings
    from lint.document import Document
    from lint.engine import RunContext

    clock = time.process_time
    rules = linter_for(()).rules
    per_rule: dict[str, float] = defaultdict(float)
    first_use: dict[str, float] = defaultdict(float)
    per_kind: dict[str, float] = defaultdict(float)
    doc_time = 0.0
    settings = Settings()
    for n, f in enumerate(sorted(folder.rglob("*.txt"))):
        text = f.read_text(encoding="utf-8")
        t = clock()
        doc = Document(text, str(f))
        for name in ("tokens", "words", "sentences", "sentence_starts", "token_in_quote", "narration_word_count"):
            getattr(doc, name)
        doc_time += clock() - t
        ctx = RunContext(settings)
        findings = []
        for rule in rules:
            t = clock()
            if rule.PHASE == 0:
                findings.extend(rule.check(doc, ctx))
            else:
                findings = rule.finish(doc, ctx, findings)
            spent = clock() - t
            if n == 0:
                first_use[rule.meta.kind] += spent
            else:
                per_rule[f"{rule.meta.code} {rule.meta.kind}"] += spent
                per_kind[rule.meta.kind] += spent
    return dict(per_kind), dict(per_rule), doc_time, dict(first_use)


# ---- report -------------------------------------------------------------------------------------------
def mb(n: int) -> float:
    return n / 1e6


def line(label: str, t: Timing, size: int = 0, words: int = 0) -> str:
    rate = f"  {mb(size) / t.wall:6.2f} MB/s  {words / t.wall / 1000:7.0f}k words/s" if size else ""
    return (f"  {label:<38} wall {t.wall:7.3f} s (min {t.wall_min:6.3f})  cpu {t.cpu:7.3f} s  "
            f"peak {t.rss_mb:6.1f} MB{rate}")


def ratio(name: str, slow: Timing, fast: Timing, target: str | None = None, *, note: str = "") -> str:
    """One ratio line: the target it is held to, or a note when it has none."""
    return (f"  {name:<38} wall {slow.wall / fast.wall:6.1f}x   cpu {slow.cpu / fast.cpu:6.1f}x   "
            f"({f'target: {target}' if target is not None else note})")


def wirelint_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "lint", "check", "--format", "json", "--exit-zero", *args]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lint.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="articles in the main corpus (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--startup-runs", type=int, default=15, help="runs of the one-file start-up")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the parallel run")
    parser.add_argument("--scale", default="1,10", help="corpus multiples for the scaling check (e.g. 1,10,100)")
    parser.add_argument("--only", default="", help="comma-separated sections: "
                        "full,fast,proselint,floors,startup,jobs,cache,scale,kinds")
    args = parser.parse_args(argv)
    wanted = set(filter(None, args.only.split(","))) or {
        "full", "fast", "proselint", "floors", "startup", "jobs", "cache", "scale", "kinds"}

    files, description = corpus_files(args.files)
    tmp = Path(tempfile.mkdtemp(prefix="wirelint-bench-"))
    # As a user runs it: bytecode cached (kept in the scratch folder, whatever PYTHONDONTWRITEBYTECODE says).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    try:
        corpus = materialise(files, tmp / "corpus")
        n, size, words = corpus_stats(corpus)
        load = os.getloadavg()
        print(f"wirelint benchmark: {n} files, {mb(size):.2f} MB, {words} words ({description})")
        print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; "
              f"median of {args.repeat} runs, whole processes")
        # Warm the bytecode and compiled-pack caches once so no figure below pays for building them.
        run_process(wirelint_cmd("--no-cache", str(SEED)), env)
        print(f"caches: bytecode and compiled packs warm; result cache off (--no-cache) unless said; "
              f"wirelint {__import__('lint').__version__}, Python {sys.version.split()[0]}")
        full1 = fast = prose = bare = None
        if "full" in wanted or "proselint" in wanted:
            print("\nfull default rules (--no-cache)")
            full1 = timed(wirelint_cmd("--no-cache", "-j", "1", str(corpus)), args.repeat, env)
            print(line("wirelint -j 1", full1, size, words))
            fullj = timed(wirelint_cmd("--no-cache", "-j", str(args.jobs), str(corpus)), args.repeat, env)
            print(line(f"wirelint -j {args.jobs}", fullj, size, words))
        if "proselint" in wanted:
            proselint = shutil.which("proselint") or str(Path(sys.executable).parent / "proselint")
            if Path(proselint).exists():
                prose = timed([proselint, "check", str(corpus)], args.repeat, env)
                print(line("proselint", prose, size, words))
                print(ratio("proselint / wirelint -j 1", prose, full1, ">= 15x"))
                print(ratio(f"proselint / wirelint -j {args.jobs}", prose, fullj, ">= 15x"))
            else:
                print("  proselint is not installed (pip install proselint): comparison skipped")
        if "fast" in wanted:
            print(f"\nspin, loaded and boilerplate rules alone (--select {SELECT_FAST})")
            bare = timed([sys.executable, "-c", BARE, str(corpus)], args.repeat, env)
            print(line("bare tokenise + dict lookup (reference)", bare, size, words))
            floor = timed([sys.executable, "-c", DOCUMENT_ONLY, str(corpus)], args.repeat, env)
            print(line("document model alone, no rules", floor, size, words))
            fast = timed(wirelint_cmd("--no-cache", "-j", "1", "--select", SELECT_FAST, str(corpus)),
                         args.repeat, env)
            print(line("wirelint -j 1", fast, size, words))
            fastj = timed(wirelint_cmd("--no-cache", "-j", str(args.jobs), "--select", SELECT_FAST, str(corpus)),
                          args.repeat, env)
            print(line(f"wirelint -j {args.jobs}", fastj, size, words))
            print(ratio("document model alone / reference", floor, bare,
                        note="no rule runs: what any rule set on this model costs at least"))
            print(ratio("wirelint -j 1 / reference", fast, bare, "<= 2x"))
            print(ratio(f"wirelint -j {args.jobs} / reference", fastj, bare, "<= 2x"))
        if "floors" in wanted:
            # What no rule set on this design can beat: the same loops split over --jobs processes.
            print(f"\nfloors in {args.jobs} processes (the bare loop and the document model, split as -j splits files)")
            bare_j = timed([sys.executable, "-c", BARE, str(corpus), str(args.jobs)], args.repeat, env)
            print(line(f"bare tokenise + dict lookup, -j {args.jobs}", bare_j, size, words))
            model_j = timed([sys.executable, "-c", DOCUMENT_ONLY, str(corpus), str(args.jobs)], args.repeat, env)
            print(line(f"document model alone, -j {args.jobs}", model_j, size, words))
            if prose is not None:
                print(f"  {'budget of proselint x15':<38} wall {prose.wall / 15:7.3f} s: the document model "
                      f"alone uses {100 * model_j.wall / (prose.wall / 15):.0f}% of it")
            if bare is not None:
                print(f"  {'budget of 2x the reference':<38} wall {2 * bare.wall:7.3f} s: the document model "
                      f"alone uses {100 * model_j.wall / (2 * bare.wall):.0f}% of it")
        if "startup" in wanted:
            print(f"\nstart-up: one seed file end to end ({SEED.name}), {args.startup_runs} runs")
            version = timed([sys.executable, "-m", "lint", "--version"], args.startup_runs, env)
            print(line("wirelint --version (floor)", version))
            one = timed(wirelint_cmd("--no-cache", str(SEED)), args.startup_runs, env, warmup=True)
            print(line("wirelint check (no result cache)", one))
            cache_env = dict(env, WIRELINT_CACHE_DIR=str(tmp / "cache-one"))
            hit = timed([sys.executable, "-m", "lint", "check", str(SEED)], args.startup_runs, cache_env,
                        warmup=True)
            print(line("wirelint check (result cached)", hit))
            print(f"  {'target':<38} < 0.200 s")
        if "jobs" in wanted:
            all_files, _ = corpus_files(None)
            every = materialise(all_files, tmp / "all")
            count = len(all_files)
            print(f"\nprocesses: all {count} articles, -j 1 against -j 2 (--no-cache)")
            j1 = timed(wirelint_cmd("--no-cache", "-j", "1", str(every)), args.repeat, env)
            print(line("wirelint -j 1", j1))
            j2 = timed(wirelint_cmd("--no-cache", "-j", "2", str(every)), args.repeat, env)
            print(line("wirelint -j 2", j2))
            print(ratio("-j 1 / -j 2", j1, j2, ">= 1.7x"))
            burn1 = timed([sys.executable, "-c", BURN, "1"], args.repeat, env)
            burn2 = timed([sys.executable, "-c", BURN, "2"], args.repeat, env)
            print(f"  {'machine check: CPU burn 1 / 2 procs':<38} wall {burn1.wall / burn2.wall:6.2f}x   "
                  f"(2.0 on two free cores; lower when other processes hold them)")
            print(f"  {'on 2 idle cores (CPU-bound estimate)':<38} {2 * j1.cpu / j2.cpu:6.2f}x   "
                  f"(= 2 x cpu(-j 1) / cpu(-j 2))")
        if "cache" in wanted:
            print("\nresult cache: cold run into an empty cache, then re-runs of the unchanged tree")
            cold_runs, warm_runs = [], []
            for k in range(args.repeat):
                cache_env = dict(env, WIRELINT_CACHE_DIR=str(tmp / f"cache{k}"))
                cold_runs.append(run_process(wirelint_cmd(str(corpus)), cache_env))
                warm_runs.append(run_process(wirelint_cmd(str(corpus)), cache_env))
            cold, warm = Timing(cold_runs), Timing(warm_runs)
            print(line("cold (empty cache)", cold))
            print(line("re-run (cache hit)", warm))
            print(ratio("cold / re-run", cold, warm, ">= 10x"))
        if "scale" in wanted:
            print("\nscaling: the corpus replicated (--no-cache, default --jobs, text output)")
            base = None
            for k in (int(x) for x in args.scale.split(",") if x.strip()):
                folder = materialise(files, tmp / f"scale{k}", copies=k)
                # Text output, as pre-commit and CI read it: --format json builds one array of every file.
                t = timed([sys.executable, "-m", "lint", "check", "--no-cache", "-q", "--exit-zero", str(folder)],
                          1, env)
                base = base or (t.cpu / k)
                print(line(f"{k:>3}x ({k * n} files)", t, size * k, words * k)
                      + f"  cpu per copy {t.cpu / k:6.3f} s ({t.cpu / k / base:4.2f} of 1x)")
                shutil.rmtree(folder)
        if "kinds" in wanted:
            per_kind, per_rule, doc_time, first_use = kind_profile(corpus)
            total = sum(per_kind.values()) + doc_time
            print(f"\nCPU per rule kind, in process, over {n - 1} files (first file apart: lazy data loads)")
            print(f"  {'document model':<16} {doc_time:7.3f} s  {100 * doc_time / total:5.1f}%")
            for kind, spent in sorted(per_kind.items(), key=lambda kv: -kv[1]):
                print(f"  {kind:<16} {spent:7.3f} s  {100 * spent / total:5.1f}%   first use {first_use[kind]:6.3f} s")
            print("  slowest rules: " + ", ".join(f"{code} {spent:.2f} s" for code, spent in
                                                  sorted(per_rule.items(), key=lambda kv: -kv[1])[:6]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
