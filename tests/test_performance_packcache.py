"""The compiled-pack cache: loaded rules come back from disk until a pack, data file or folder changes."""

from __future__ import annotations

import json
import os
import pickle
import shutil
from pathlib import Path

import pytest

from lint import packcache, packs
from lint.errors import DataError

from .conftest import FIXTURES, run_wirelint


@pytest.fixture
def cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own, with the caches switched on."""
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(packcache.DISABLE_ENV, raising=False)
    return tmp_path / "cache"


@pytest.fixture
def pack(tmp_path: Path, cache_on: Path) -> Path:
    """A private copy of the demo pack and an empty cache folder."""
    shutil.copytree(FIXTURES / "packs", tmp_path / "packs")
    (tmp_path / "packs" / "broken-example.toml").unlink()
    return tmp_path / "packs" / "demo.toml"


def count_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count full loads (parse + examples) by wrapping lint.packs.load_packs."""
    calls: list[int] = []
    real = packs.load_packs

    def counting(paths, **kw):
        calls.append(1)
        return real(paths, **kw)

    monkeypatch.setattr(packs, "load_packs", counting)
    return calls


def phrases(rules) -> list[str]:
    return sorted(e.phrase for r in rules if hasattr(r, "entries") for e in r.entries)


def test_second_load_is_served_from_the_cache(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_loads(monkeypatch)
    first = packcache.load_rules([pack])
    second = packcache.load_rules([pack])
    assert len(calls) == 1
    assert [r.meta.code for r in second] == [r.meta.code for r in first] == ["XT101", "XT102"]
    assert phrases(second) == phrases(first) and "blue moonbeam" in phrases(second)
    assert list((pack.parent.parent / "cache" / "packs").glob("*.pickle"))


def test_editing_a_data_file_reloads_and_checks_examples(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_loads(monkeypatch)
    packcache.load_rules([pack])
    lex = pack.parent / "demo" / "phrases.lex"
    lex.write_text(lex.read_text(encoding="utf-8") + "green dawn -> grey dusk ; ex: A green dawn came.\n",
                   encoding="utf-8")
    assert "green dawn" in phrases(packcache.load_rules([pack]))
    assert len(calls) == 2
    # A failing example is an error every time: errors are never cached.
    lex.write_text(lex.read_text(encoding="utf-8") + "red dusk -> dark ; ex: Nothing matches here.\n",
                   encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DataError, match="example should trigger"):
            packcache.load_rules([pack])


def test_a_new_file_in_a_listed_folder_reloads(tmp_path: Path, cache_on: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "packs"
    shutil.copytree(FIXTURES / "packs", folder)
    (folder / "broken-example.toml").unlink()
    calls = count_loads(monkeypatch)
    assert [r.meta.code for r in packcache.load_rules([folder])] == ["XT101", "XT102"]
    extra = (folder / "demo.toml").read_text(encoding="utf-8").replace("XT1", "XT2").replace("demo-", "more-")
    (folder / "more.toml").write_text(extra, encoding="utf-8")
    codes = [r.meta.code for r in packcache.load_rules([folder])]
    assert codes == ["XT101", "XT102", "XT201", "XT202"] and len(calls) == 2


def test_the_cache_can_be_turned_off(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(packcache.DISABLE_ENV, "1")
    calls = count_loads(monkeypatch)
    packcache.load_rules([pack])
    packcache.load_rules([pack])
    assert len(calls) == 2
    assert not (pack.parent.parent / "cache" / "packs").exists()


def test_a_corrupt_entry_is_rebuilt(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packcache.load_rules([pack])
    for entry in (pack.parent.parent / "cache" / "packs").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    calls = count_loads(monkeypatch)
    assert [r.meta.code for r in packcache.load_rules([pack])] == ["XT101", "XT102"]
    assert len(calls) == 1


def test_cli_results_do_not_depend_on_the_pack_cache(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Officials said the plan was a total disaster, and critics slammed it.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != packcache.DISABLE_ENV}  # the runs below say it
    env["WIRELINT_CACHE_DIR"] = str(tmp_path / "cache")
    outputs = []
    for extra in ({packcache.DISABLE_ENV: "1"}, {}, {}):  # uncached, building the entry, served from it
        proc = run_wirelint("check", "--format", "json", "--no-cache", str(article), env={**env, **extra})
        assert proc.returncode in (0, 1), proc.stderr
        outputs.append(json.loads(proc.stdout))
    assert outputs[0] == outputs[1] == outputs[2]
    assert list((tmp_path / "cache" / "packs").glob("*.pickle"))


def test_cached_table_is_built_once_per_source_version(tmp_path: Path, cache_on: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("alpha 1\nbeta 2\n", encoding="utf-8")
    builds: list[int] = []

    def build() -> dict[str, object]:
        builds.append(1)
        return {w: int(n) for w, n in (line.split() for line in source.read_text(encoding="utf-8").splitlines())}

    assert packcache.cached_table("words", [source], build) == {"alpha": 1, "beta": 2}
    assert packcache.cached_table("words", [source], build) == {"alpha": 1, "beta": 2}
    assert len(builds) == 1
    source.write_text("alpha 1\nbeta 2\ngamma 30\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))  # a new version of the data, whatever the clock's resolution
    assert packcache.cached_table("words", [source], build)["gamma"] == 30
    assert len(builds) == 2
    # Both versions are kept (another checkout may still use the first); beyond a few, the least
    # recently used go, and an entry of another name that starts the same is never touched.
    assert len(list((tmp_path / "cache" / "tables").glob("words-*.pickle"))) == 2
    packcache.cached_table("words-extra", [source], build)
    for n in range(packcache.KEEP_VERSIONS + 1):
        source.write_text(f"alpha {n}\n", encoding="utf-8")
        os.utime(source, ns=(n + 2, n + 2))
        assert packcache.cached_table("words", [source], build) == {"alpha": n}
    kept = list((tmp_path / "cache" / "tables").glob("words-*.pickle"))
    assert len([k for k in kept if "extra" not in k.name]) == packcache.KEEP_VERSIONS
    assert len([k for k in kept if "extra" in k.name]) == 1
    assert packcache.cached_table("words", [source], build) == {"alpha": packcache.KEEP_VERSIONS}


def test_cached_object_round_trips_and_falls_back(tmp_path: Path, cache_on: Path) -> None:
    source = tmp_path / "model.txt"
    source.write_text("x", encoding="utf-8")
    builds: list[int] = []

    def build() -> object:
        builds.append(1)
        return {"patterns": ("a", "b"), "size": 2}

    assert packcache.cached_object("model", [source], build) == {"patterns": ("a", "b"), "size": 2}
    assert packcache.cached_object("model", [source], build) == {"patterns": ("a", "b"), "size": 2}
    assert len(builds) == 1
    assert packcache.cached_object("lambda", [source], lambda: (lambda: 1))() == 1  # unpicklable: still returned


def test_readability_hyphenation_is_the_same_from_the_cache(tmp_path: Path, cache_on: Path) -> None:
    from lint import readability

    words = ["wirelint", "Zhvanianess", "unbelievably", "hyphenation"]
    readability._pyphen.cache_clear()
    built = [readability._pyphen().positions(w) for w in words]
    readability._pyphen.cache_clear()
    cached = [readability._pyphen().positions(w) for w in words]
    readability._pyphen.cache_clear()
    assert built == cached and all(built)
    assert list((tmp_path / "cache" / "objects").glob("pyphen-en_US-*.pickle"))


def test_syllables_and_hyphenation_read_from_the_cache_agree_with_the_sources(
        tmp_path: Path, cache_on: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The syllable table (binary search, then a dict) and the plain hyphenation patterns give what
    the CMU lines and pyphen itself give, built afresh and read back from the cache folder."""
    pyphen = pytest.importorskip("pyphen")
    from lint import readability

    hyphenator = pyphen.Pyphen(lang="en_US")
    lines = readability.cmu_lines()
    words = [*list(lines)[::97], "wirelint", "zhvanianess", "unbelievably", "hyphenation", "kyiv's", "u.s", "x",
             "İstanbul", "ΟΔΟΣ", "'s", ""]

    def expected_count(word: str) -> int | None:
        phones = readability.cmu_phones(word)
        return None if phones is None else max(1, sum(1 for p in phones if p[-1].isdigit()))

    for attempt in ("built", "cached"):
        readability.cmu_syllables.cache_clear()
        readability._hyphenation.cache_clear()
        table = readability.cmu_syllables()
        monkeypatch.setattr(readability.SyllableTable, "DICT_AFTER", len(words) // 2)
        assert [readability.cmu_syllable_count(w) for w in words] == [expected_count(w) for w in words], attempt
        assert table._dict is not None  # the second half went through the dict
        assert [readability.hyphen_positions(w) for w in words] == [len(hyphenator.positions(w)) for w in words]
    assert list((tmp_path / "cache" / "objects").glob("cmu-syllables-*.pickle"))
    assert list((tmp_path / "cache" / "objects").glob("hyphenation-en_US-*.pickle"))
    readability.cmu_syllables.cache_clear()
    readability._hyphenation.cache_clear()


def test_cached_loads_leave_collection_on_and_freeze_what_they_load(pack: Path) -> None:
    import gc

    before = gc.get_freeze_count()
    packcache.load_rules([pack])  # a full load, stored
    rules = packcache.load_rules([pack])  # read back: unpickled with collection paused
    assert gc.isenabled() and gc.get_freeze_count() > before
    assert [r.meta.code for r in rules] == ["XT101", "XT102"]
    gc.disable()
    try:
        with packcache.gc_paused():
            pass
        assert not gc.isenabled()  # found off, left off
    finally:
        gc.enable()


def test_cached_data_stored_later_does_not_make_the_packs_stale(tmp_path: Path, cache_on: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The built-in packs build a cached model while loading; what the cache folder holds is not a
    dependency of the compiled packs (the model's sources are), so a later run that stores other
    cached data (the syllable table, say) still finds the packs fresh."""
    calls = count_loads(monkeypatch)
    packcache.load_rules([packs.builtin_dir()])
    deps, _ = pickle.loads(packcache._entry_path([packs.builtin_dir()]).read_bytes())
    paths = [p for _, p, _ in deps]
    assert not any(p.startswith(str(tmp_path / "cache")) for p in paths)
    source = tmp_path / "table.txt"
    source.write_text("x", encoding="utf-8")
    packcache.cached_object("later-table", [source], lambda: {"x": 1})
    packcache.load_rules([packs.builtin_dir()])
    assert len(calls) == 1


def test_a_cached_model_used_while_packs_load_counts_as_its_sources(tmp_path: Path, cache_on: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    source = tmp_path / "data" / "words.txt"
    source.write_text("x", encoding="utf-8")
    packcache.cached_object("model", [tmp_path / "data", source], lambda: 1)  # stored
    recording: list[tuple[str, str]] = []
    monkeypatch.setattr(packcache, "_recording", recording)
    assert packcache.cached_object("model", [tmp_path / "data", source], lambda: 2) == 1  # served from the cache
    assert ("dir", str(tmp_path / "data")) in recording and ("file", str(source)) in recording
