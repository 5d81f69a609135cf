"""Near-duplicate documents (wire copies, syndicated rewrites) by MinHash/LSH over word shingles."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from datasketch import MinHash, MinHashLSH

from ..errors import InputError
from ..records import Document
from .config import DEFAULT, ResolveConfig

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str, k: int) -> set[str]:
    """Lower-cased word k-grams of a text (the whole text when shorter than k words)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def minhash(text: str, cfg: ResolveConfig = DEFAULT) -> MinHash:
    """The MinHash signature of a text's shingles (deterministic: fixed seed)."""
    m = MinHash(num_perm=cfg.near_dup_num_perm, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(text, cfg.near_dup_shingle))])  # = update() each
    return m


def near_duplicates(docs: Iterable[Document], cfg: ResolveConfig = DEFAULT) -> list[tuple[str, str, float]]:
    """Pairs of near-duplicate documents as (doc_id, doc_id, estimated Jaccard), sorted, ids ordered.

    Candidates come from LSH at `cfg.near_dup_threshold`; each is then checked on its MinHash
    estimate so the threshold means the same for every pair. Texts shorter than
    `cfg.near_dup_min_words` words are skipped.
    """
    lsh = MinHashLSH(threshold=cfg.near_dup_threshold, num_perm=cfg.near_dup_num_perm)
    sigs: dict[str, MinHash] = {}
    for doc in docs:
        if doc.id in sigs or len(_WORD.findall(doc.text or "")) < cfg.near_dup_min_words:
            continue
        sigs[doc.id] = minhash(doc.text, cfg)
        lsh.insert(doc.id, sigs[doc.id])
    pairs: set[tuple[str, str, float]] = set()
    for doc_id, sig in sigs.items():
        for other in lsh.query(sig):
            if other == doc_id:
                continue
            a, b = sorted((doc_id, other))
            sim = round(sigs[a].jaccard(sigs[b]), 3)
            if sim >= cfg.near_dup_threshold:
                pairs.add((a, b, sim))
    return sorted(pairs)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Words ignored by `story_words` (data/lexicons/story_stopwords.txt)."""
    path = resources.files("frontierwatch") / "data" / "lexicons" / "story_stopwords.txt"
    words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    if len(set(words)) != len(words):
        raise InputError(str(path), "duplicate word")
    return frozenset(words)


def story_words(text: str) -> frozenset[str]:
    """The content words of a text (lower-cased, 3+ letters, no stopwords, no numbers)."""
    stop = _stopwords()
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 2 and not w.isdigit() and w not in stop)


def story_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard of two documents' content words: are they about the same story (not copies)?"""
    return len(a & b) / len(a | b) if a and b else 0.0
