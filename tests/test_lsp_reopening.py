"""A law opened again shows the diagnostics its last analysis gave, at once
(:mod:`compiler.driver.reopening`): real servers, one after the other, sharing a cache directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

from compiler.driver import reopening
from tests.lspclient import LspClient
from tests.test_lsp import LAW

BROKEN = LAW.replace("varighed er 13 uger.", "varighed er 13 maaneder.") + "\n§ 47. varighed er 3 måneder.\n"
KEEP_ALL = {"keep_from_lines": 0}  # the test law is short; the default keeps only long ones


def session(cache: Path, uri: str, text: str, options: dict[str, Any] | None = KEEP_ALL,
            kept: bool = False) -> tuple[list[Any], list[Any]]:
    """Open ``text`` in a fresh server: (the first diagnostics with the document's version, the
    analysis's own). With ``kept``, the first are expected from the cache and the analysis's are
    the second publication; otherwise the first are the analysis's."""
    with LspClient(cache=cache) as client:
        client.initialize(options)
        client.open(uri, text)
        first = client.diagnostics(uri, 1)
        analysed = client.diagnostics(uri, 1) if kept else first
        assert client.close() == 0
        assert b"Traceback" not in client.stderr, client.stderr.decode("utf-8", "replace")
    return first, analysed


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.json"))


def mark_kept(cache: Path) -> None:
    """Give the one kept entry a message no analysis writes, to see where a publication came from."""
    (entry,) = entries(cache)
    data = json.loads(entry.read_text(encoding="utf-8"))
    for item in data["diagnostics"]:
        item["diagnostic"]["message"] = "KEPT"
    entry.write_text(json.dumps(data), encoding="utf-8")


def test_a_law_opened_again_shows_its_last_diagnostics_before_the_analysis(tmp_path: Path) -> None:
    uri = (tmp_path / "lov.lov").as_uri()
    cold_first, cold = session(tmp_path / "cache", uri, BROKEN)
    assert cold and cold_first == cold
    warm_first, warm = session(tmp_path / "cache", uri, BROKEN, kept=True)
    assert warm_first == cold and warm == cold  # exactly what the analysis gives, twice

    mark_kept(tmp_path / "cache")
    kept, analysed = session(tmp_path / "cache", uri, BROKEN, kept=True)
    assert {d["message"] for d in kept} == {"KEPT"}  # published from the cache, with the version
    assert analysed == cold  # then the analysis's own


@pytest.mark.parametrize("change", ["text", "configuration", "language", "file"])
def test_what_the_diagnostics_depend_on_is_part_of_the_key(tmp_path: Path, change: str) -> None:
    """A changed text, lov.toml, message language or file name does not show the kept diagnostics."""
    folder = tmp_path / "law"
    folder.mkdir()
    uri = (folder / "lov.lov").as_uri()
    session(tmp_path / "cache", uri, BROKEN)
    mark_kept(tmp_path / "cache")
    text, options = BROKEN, dict(KEEP_ALL)
    if change == "text":
        text = BROKEN.replace("3 måneder", "4 måneder")
    elif change == "configuration":
        (folder / "lov.toml").write_text('[tool.lov]\nignore = ["U001"]\n', encoding="utf-8")
    elif change == "language":
        options["sprog"] = "en"
    else:
        other = tmp_path / "andet"
        other.mkdir()
        uri = (other / "lov.lov").as_uri()
    first, _ = session(tmp_path / "cache", uri, text, options)
    assert first and "KEPT" not in {d["message"] for d in first}


@pytest.mark.parametrize("damage", [
    lambda entry: entry.write_bytes(b"\xff{not json"),
    lambda entry: entry.write_text("[]", encoding="utf-8"),
    lambda entry: entry.write_text(json.dumps({**json.loads(entry.read_text("utf-8")), "diagnostics": [{"x": 1}]}),
                                   encoding="utf-8"),
], ids=["not-json", "not-an-entry", "not-diagnostics"])
def test_a_damaged_entry_is_a_miss(tmp_path: Path, damage: Callable[[Path], Any]) -> None:
    uri = (tmp_path / "lov.lov").as_uri()
    _, cold = session(tmp_path / "cache", uri, BROKEN)
    (entry,) = entries(tmp_path / "cache")
    damage(entry)
    first, analysed = session(tmp_path / "cache", uri, BROKEN)
    assert first == cold and analysed == cold
    assert entries(tmp_path / "cache") == [entry]  # replaced by the analysis's


def test_short_documents_are_not_kept_by_default_and_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    uri = (tmp_path / "lov.lov").as_uri()
    session(tmp_path / "cache", uri, BROKEN, options=None)
    assert entries(tmp_path / "cache") == []
    long = BROKEN + "".join(f"\n# linje {n}" for n in range(2100))
    session(tmp_path / "cache", uri, long, options=None)
    assert len(entries(tmp_path / "cache")) == 1


def test_the_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LOV_NO_CACHE", raising=False)
    monkeypatch.setenv("LOV_CACHE_DIR", str(tmp_path / "here"))
    assert reopening.directory_from_environment() == tmp_path / "here"
    monkeypatch.delenv("LOV_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert reopening.directory_from_environment() == tmp_path / "xdg" / "lov"
    monkeypatch.setenv("LOV_NO_CACHE", "1")
    assert reopening.directory_from_environment() is None


def test_another_build_of_lov_does_not_use_the_entries(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cache = reopening.DiagnosticsCache(tmp_path)
    context = cache.context("lov.lov", "da")
    cache.store("lov.lov", context, BROKEN, [])
    assert cache.load("lov.lov", context, BROKEN) == reopening.Kept([], True)
    monkeypatch.setattr(reopening, "build", lambda: "another build")
    assert cache.context("lov.lov", "da") != context


def test_a_law_changed_since_shows_the_kept_diagnostics_of_its_unchanged_chunks_at_once(tmp_path: Path) -> None:
    """Opened after a change elsewhere (a pull), the diagnostics of the §§ that did not change are
    published at once, provisional (without a version) and moved to where those §§ now stand; the
    analysis's own follow with the version."""
    uri = (tmp_path / "lov.lov").as_uri()
    session(tmp_path / "cache", uri, BROKEN)
    # Two lines more at the end of § 44 (its own S001 goes: § 44 changed), so § 45 and its N005
    # stand two lines lower; § 47's U001 goes with its changed period.
    changed = BROKEN.replace("\n§ 45.", "\n# ny\n# linje\n§ 45.").replace("3 måneder", "4 måneder")
    with LspClient(cache=tmp_path / "cache") as client:
        client.initialize(KEEP_ALL)
        client.open(uri, changed)
        first = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
        exact = client.diagnostics(uri, 1)
        assert client.close() == 0
    assert first.get("version") is None
    (moved,) = first["diagnostics"]
    assert moved["code"] == "N005" and moved in exact
    assert moved["range"]["start"]["line"] == changed.split("\n").index(next(
        line for line in changed.split("\n") if line.startswith("§ 45.")))
    assert {d["code"] for d in exact} == {"S001", "N005", "U001"}


def test_an_unwritable_directory_is_logged_not_fatal(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    first, analysed = session(blocked, (tmp_path / "lov.lov").as_uri(), BROKEN)
    assert first == analysed and first
