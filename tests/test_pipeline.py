"""Pipeline: ingest -> clean -> hash -> extract -> store, idempotent, bad input recorded, hook called."""
from __future__ import annotations

import shutil
import sys
import types
from pathlib import Path

import pytest

from frontierwatch import pipeline
from frontierwatch.pipeline import content_hash, process_paths
from frontierwatch.records import Event, Extraction
from frontierwatch.store import Store


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deterministic extractor (one event per document) so these tests check the pipeline alone."""
    monkeypatch.setattr(pipeline, "_extract",
                        lambda d: Extraction(doc_id=d.id, events=[Event(type="attack", date=d.published)]))


def test_pipeline_stores_cleaned_documents_with_hash(store: Store, fixtures_dir: Path, fake_extract: None) -> None:
    report = process_paths([str(fixtures_dir / "ingest")], store)
    assert not report.skipped, report.skipped
    assert len(report.stored) == 8  # json 1 + jsonl 2 + html 1 + rss 2 + atom 1 + txt 1
    doc = store.get_document("fx-json-1")
    assert doc is not None
    assert "icon-facebook" not in doc["text"] and "More to follow" not in doc["text"]
    assert "icon-facebook" in doc["raw_text"]
    assert doc["content_hash"] == content_hash(doc["text"])


def test_pipeline_reingest_adds_nothing_and_says_so(store: Store, fixtures_dir: Path, fake_extract: None) -> None:
    first = process_paths([str(fixtures_dir / "ingest")], store)
    before = store.counts()
    aliases_before = store.con.execute("SELECT count(*) FROM document_aliases").fetchone()
    again = process_paths([str(fixtures_dir / "ingest")], store)
    assert again.stored == [] and len(again.duplicates) == len(first.stored)
    assert "nothing new" in again.summary()
    assert store.counts() == before
    # the same ids again are not aliases
    assert store.con.execute("SELECT count(*) FROM document_aliases").fetchone() == aliases_before


def test_pipeline_bad_input_is_recorded_and_batch_goes_on(store: Store, tmp_path: Path, fixtures_dir: Path, fake_extract: None) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    shutil.copy(fixtures_dir / "ingest" / "report.json", tmp_path / "good.json")
    report = process_paths([str(tmp_path), str(tmp_path / "missing.txt")], store)
    assert report.stored == ["fx-json-1"]
    assert {Path(p).name: r for p, r in report.skipped} == {"empty.txt": "empty file",
                                                           "missing.txt": "no such file or directory"}
    assert len(store.rejected()) == 2


def test_pipeline_same_id_other_text_gets_a_unique_id(store: Store, tmp_path: Path, fake_extract: None) -> None:
    for sub, sentence in (("a", "Police reopened the road on Monday after clearing the debris from the pass."),
                          ("b", "Officials closed the market on Tuesday after a dispute between two traders.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "index.txt").write_text(sentence, encoding="utf-8")
    report = process_paths([str(tmp_path)], store)
    assert len(report.stored) == 2 and report.stored[0] == "index"
    assert report.stored[1].startswith("index-") and len(report.stored[1]) == len("index-") + 8


def test_pipeline_extraction_failure_is_a_skip_not_a_crash(store: Store, fixtures_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(doc):
        raise ValueError("extractor bug")

    monkeypatch.setattr(pipeline, "_extract", broken)
    report = process_paths([str(fixtures_dir / "ingest" / "report.json")], store)
    assert report.stored == [] and "extraction failed: ValueError: extractor bug" in report.skipped[0][1]
    assert store.counts()["documents"] == 0


def test_pipeline_events_are_saved_with_doc_ids(store: Store, fixtures_dir: Path, fake_extract: None) -> None:
    process_paths([str(fixtures_dir / "ingest" / "report.json")], store)
    assert [(e["id"], e["date"]) for e in store.events()] == [("fx-json-1#0", "2024-03-15")]


def test_pipeline_calls_incident_hook_once_when_present(store: Store, fixtures_dir: Path, fake_extract: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Store] = []
    fake = types.ModuleType("frontierwatch.incidents")
    fake.resolve_store = calls.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "frontierwatch.incidents", fake)
    report = process_paths([str(fixtures_dir / "ingest")], store)
    assert calls == [store] and report.incidents_resolved


def test_pipeline_incident_failure_keeps_documents(store: Store, fixtures_dir: Path, fake_extract: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("frontierwatch.incidents")

    def broken(store: Store) -> None:
        raise RuntimeError("resolver bug")

    fake.resolve_store = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "frontierwatch.incidents", fake)
    report = process_paths([str(fixtures_dir / "ingest" / "report.json")], store)
    assert report.stored == ["fx-json-1"] and report.incidents_error == "RuntimeError: resolver bug"
    assert store.counts()["documents"] == 1


def test_pipeline_without_incident_hook_still_works(store: Store, fixtures_dir: Path, fake_extract: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "frontierwatch.incidents", types.ModuleType("frontierwatch.incidents"))
    report = process_paths([str(fixtures_dir / "ingest" / "report.json")], store)
    assert report.stored == ["fx-json-1"] and not report.incidents_resolved


def test_pipeline_progress_reports_each_source(store: Store, fixtures_dir: Path, fake_extract: None) -> None:
    seen: list[tuple[int, int, str]] = []
    process_paths([str(fixtures_dir / "ingest")], store, progress=lambda done, total, cur: seen.append((done, total, cur)))
    per_source = [s for s in seen if s[2] != "resolving incidents"]
    assert [s[0] for s in per_source] == list(range(1, 7)) and {s[1] for s in seen} == {6}
    assert seen[-1][2] in ("resolving incidents", per_source[-1][2])


def test_pipeline_seed_json_and_text_are_one_document(store: Store, shared_dir: Path) -> None:
    seed_json = shared_dir / "corpus" / "dev" / "docs" / "seed.json"
    seed_txt = shared_dir / "seeds" / "000_5f65102a985eecf8.txt"
    if not (seed_json.exists() and seed_txt.exists()):
        pytest.skip("seed files absent")
    process_paths([str(seed_json)], store)
    report = process_paths([str(seed_txt)], store, published="2025-09-25")
    assert report.stored == [] and report.duplicates == [(str(seed_txt), "seed")]
    assert [d["id"] for d in store.list_documents()] == ["seed"]
    assert store.get_document("000_5f65102a985eecf8")["id"] == "seed"  # type: ignore[index]


def test_pipeline_text_first_then_json_keeps_corpus_id_reachable(store: Store, shared_dir: Path,
                                                                 fake_extract: None) -> None:
    seed_json = shared_dir / "corpus" / "dev" / "docs" / "seed.json"
    seed_txt = shared_dir / "seeds" / "000_5f65102a985eecf8.txt"
    if not (seed_json.exists() and seed_txt.exists()):
        pytest.skip("seed files absent")
    process_paths([str(seed_txt)], store, published="2025-09-25")
    process_paths([str(seed_json)], store)
    assert len(store.list_documents()) == 1
    doc = store.get_document("seed")
    assert doc is not None and doc["id"] == "000_5f65102a985eecf8" and store.aliases(doc["id"]) == ["seed"]


def test_pipeline_real_extractor_runs_on_fixtures(store: Store, fixtures_dir: Path) -> None:
    report = process_paths([str(fixtures_dir / "ingest")], store)
    assert not report.skipped and len(report.stored) == 8
    assert store.counts()["events"] == report.events


def test_pipeline_html_noise_is_cleaned_after_extraction_of_the_body(store: Store, fixtures_dir: Path,
                                                                      fake_extract: None) -> None:
    report = process_paths([str(fixtures_dir / "ingest_noisy")], store)
    assert report.stored == ["noisy"]
    doc = store.get_document("noisy")
    assert doc is not None and doc["published"] == "2024-09-02" and doc["outlet"] == "Example Courier"
    text = doc["text"]
    for gone in ("icon-", "By Example Correspondent", "Also Read", "APP/File", "More to follow"):
        assert gone not in text, gone
    for kept in ("killing one guard", "search was launched", "out of danger"):
        assert kept in text, kept


def test_pipeline_dev_corpus_ingests_without_skips(store: Store, shared_dir: Path) -> None:
    docs = shared_dir / "corpus" / "dev" / "docs"
    if not docs.is_dir():
        pytest.skip("dev corpus absent")
    report = process_paths([str(docs)], store)
    assert report.skipped == [] and len(report.stored) == len(list(docs.glob("*.json")))
    assert store.counts()["events"] == report.events > 0
