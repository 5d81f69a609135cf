"""A sentence that would rejoin an earlier frame, when no such frame is in reach, stays with the
current frame instead of failing. Found by bench/bench_stream.py (paragraphs of the demo corpus
recombined): its document s18422 raised an AssertionError in segment(); rebuilt here the same way."""
import json
import random
from pathlib import Path

import pytest

from frontierwatch.clean import clean_document
from frontierwatch.extract import extract
from frontierwatch.records import Document

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _stream_document(index: int, seed: int = 7) -> Document:
    """Document `index` of bench_stream.write_corpus (same paragraphs, same random draws)."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    paragraphs = [p for d in docs for p in d["text"].split("\n\n") if len(p) > 60]
    rng = random.Random(seed)
    for i in range(index + 1):
        text = "\n\n".join(rng.sample(paragraphs, 4)) + f"\n\nThis is report number {i}."
    base = docs[index % len(docs)]
    return Document(id=f"s{index}", text=text, title=base["title"], published=base["published"])


def test_segment_rejoin_without_an_earlier_frame_does_not_fail():
    if not any(CORPUS.glob("*.json")):
        pytest.skip("demo corpus absent")
    out = extract(clean_document(_stream_document(18422)))  # raised AssertionError before the fix
    assert any(e.type == "security_operation" for e in out.events)
