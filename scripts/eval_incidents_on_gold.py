"""Score the incident merge rule on GOLD events (independent of extraction quality).

Feeds every gold event of the dev corpus through `assign_incidents` (with the documents, for
publication dates and near-duplicates) and reports pairwise precision/recall of "same incident"
against the gold clusters, the same measure as `score.py --incidents` with perfect extraction.

With --pred EXTRACTED.jsonl (output of `frontierwatch extract --jsonl --incidents`), also lists the
wrong and missed pairs on extracted events (paired to gold the way ../shared/eval/score.py pairs them),
each tagged `extraction` when the same pair is right on gold events (the merge rule is not to blame)
or `clustering` when it is wrong there too.

usage: eval_incidents_on_gold.py [CORPUS_DIR] [--verbose] [--pred EXTRACTED.jsonl]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from itertools import combinations
from pathlib import Path

from frontierwatch.incidents import assign_incidents
from frontierwatch.incidents.convert import event_from_dict
from frontierwatch.records import Document

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def load(corpus: Path) -> tuple[list[Document], list, dict]:
    """Documents, gold events (doc_id set, in file order) and the gold cluster of each (doc, index)."""
    docs, events = [], []
    for path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold.get("doc_id") or path.stem
        doc_path = corpus / "docs" / f"{doc_id}.json"
        if doc_path.exists():
            d = json.loads(doc_path.read_text(encoding="utf-8"))
            docs.append(Document(id=doc_id, text=d.get("text") or "", title=d.get("title"), url=d.get("url"),
                                 outlet=d.get("outlet"), published=d.get("published")))
        for i, e in enumerate(gold.get("events") or []):
            events.append(((doc_id, i), event_from_dict(e, doc_id)))
    clusters = json.loads((corpus / "incidents.json").read_text(encoding="utf-8"))
    gold_of = {(d, i): n for n, members in enumerate(clusters) for d, i in members}
    return docs, events, gold_of


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--verbose", action="store_true",
                    help="list wrong and missed pairs with each report's publication day, title and first evidence")
    ap.add_argument("--no-docs", action="store_true",
                    help="resolve events alone (no publication dates, texts or near-duplicates)")
    ap.add_argument("--pred", type=Path, help="extracted events (JSONL with incidents) to diagnose as well")
    a = ap.parse_args()
    if not (a.corpus / "incidents.json").exists():
        print(f"{a.corpus}: no incidents.json (not a corpus directory)", file=sys.stderr)
        return 2
    docs, events, gold_of = load(a.corpus)
    by_id = {d.id: d for d in docs}
    assign_incidents([e for _, e in events], None if a.no_docs else docs)
    tp = same_pred = same_gold = 0
    for (ka, ea), (kb, eb) in combinations(events, 2):
        g = ka in gold_of and gold_of.get(ka) == gold_of.get(kb)
        p = ea.incident == eb.incident
        same_gold += g
        same_pred += p
        tp += g and p
        if a.verbose and g != p:
            tag = "FALSE" if p else "MISSED"
            print(f"{tag}  {ka[0]}#{ka[1]} {ea.type} {ea.date} {ea.admin2 or ea.admin1}  ~  "
                  f"{kb[0]}#{kb[1]} {eb.type} {eb.date} {eb.admin2 or eb.admin1}")
            for k, e in ((ka, ea), (kb, eb)):
                d = by_id.get(k[0])
                first = e.evidence[0].text if e.evidence else ""
                print(f"    {k[0]}#{k[1]} published {d.published if d else None}: {(d.title if d else '') or ''}")
                print(f"        {first[:160]}")
    p = tp / same_pred if same_pred else 0.0
    r = tp / same_gold if same_gold else 0.0
    print(f"gold events {len(events)}  gold pairs {same_gold}  predicted pairs {same_pred}  "
          f"pairwise P {p:.3f}  R {r:.3f}")
    if a.pred:
        on_gold = {k: e.incident for k, e in events}
        return diagnose_extracted(a.corpus, a.pred, gold_of, on_gold)
    return 0


def _scorer():
    """The shared scorer module (pairing of extracted to gold events), or None when absent."""
    if not SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("fw_shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def diagnose_extracted(corpus: Path, pred_path: Path, gold_of: dict, on_gold: dict) -> int:
    """Wrong/missed pairs on extracted events, each blamed on extraction or on clustering."""
    score = _scorer()
    if score is None:
        print(f"{SCORER}: not found (needed to pair extracted events with gold)", file=sys.stderr)
        return 2
    if not pred_path.exists():
        print(f"{pred_path}: no such file", file=sys.stderr)
        return 2
    gold, pred = score.load_gold(corpus / "gold", None), score.load_pred(pred_path)
    paired: dict = {}
    shown: dict = {}
    for doc_id, g in gold.items():
        gev = [e for e in g.get("events") or [] if e.get("type") in score.EVENT_TYPES]
        pev = [e for e in pred.get(doc_id, {}).get("events") or [] if e.get("type") in score.EVENT_TYPES]
        index = [k for k, e in enumerate(g.get("events") or []) if e.get("type") in score.EVENT_TYPES]
        for i, j in score.pair_up(gev, pev, score.compatible, score.agreement):
            pe = pev[j]
            paired[(doc_id, index[i])] = str(pe.get("incident") or f"{doc_id}#{j}")
            shown[(doc_id, index[i])] = (j, pe)
    for k in sorted(set(gold_of) - set(paired)):
        print(f"UNPAIRED  {k[0]}#{k[1]}: no extracted event pairs with this gold incident member (extraction)")
    keys = sorted(paired)
    for x, ka in enumerate(keys):
        for kb in keys[x + 1:]:
            g = ka in gold_of and gold_of.get(ka) == gold_of.get(kb)
            p = paired[ka] == paired[kb]
            if g == p:
                continue
            right_on_gold = (on_gold.get(ka) == on_gold.get(kb)) == g
            print(f"{'FALSE' if p else 'MISSED'} ({'extraction' if right_on_gold else 'clustering'})  "
                  f"{ka[0]}#{ka[1]} ~ {kb[0]}#{kb[1]}")
            for k in (ka, kb):
                j, e = shown[k]
                ev = e.get("evidence") or []
                first = ev[0].get("text", "") if ev and isinstance(ev[0], dict) else (str(ev[0]) if ev else "")
                print(f"    {k[0]}#{k[1]} -> extracted #{j}: {e.get('type')} {e.get('date')} "
                      f"{e.get('admin2') or e.get('admin1')} tactic={e.get('tactic')} target={e.get('target')} "
                      f"perpetrator={e.get('perpetrator')} killed={e.get('killed')}")
                print(f"        {first[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
