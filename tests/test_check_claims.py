"""Claim checking verdicts against the hand-built database, with tolerances and incident ids."""
from pathlib import Path

import pytest

from frontierwatch.analytics import check_claim, check_claims, store_claims
from frontierwatch.analytics.check import claim_period
from frontierwatch.analytics.testing import add_document, memory_db, sample_db
from frontierwatch.records import Claim

W = {"period_start": "2025-09-12", "period_end": "2025-09-18", "region": "PK"}


@pytest.fixture(scope="module")
def con():
    return sample_db()


@pytest.mark.parametrize("claim,verdict,computed", [
    (Claim("attacks", 12, **W), "supported", 12),
    (Claim("attacks", 13, **W), "supported", 12),            # within ±2
    (Claim("attacks", 17, **W), "contradicted", 12),
    (Claim("attacks", 20, unit="percent", direction="decrease", **W), "supported", -20.0),
    (Claim("attacks", 22, unit="percent", direction="decrease", **W), "supported", -20.0),  # within 5 points
    (Claim("attacks", 30, unit="percent", direction="decrease", **W), "contradicted", -20.0),
    (Claim("attacks", 20, unit="percent", direction="increase", **W), "contradicted", -20.0),
    (Claim("operations", 2, **W), "supported", 2),
    (Claim("militants_killed", 14, **W), "supported", 14),    # 12 in operations + 2 attackers
    (Claim("deaths", 21, **W), "supported", 21),
    (Claim("security_forces_killed", 30, **W), "contradicted", 17),
    (Claim("attacks", 5, region="Balochistan", period_start="2025-09-12", period_end="2025-09-18"), "supported", 5),
])
def test_check_claims_verdicts(con, claim, verdict, computed):
    r = check_claim(con, claim)
    assert (r.verdict, r.computed) == (verdict, computed)


def test_check_claims_reports_incidents_and_tolerance(con):
    r = check_claim(con, Claim("operations", 2, **W))
    assert r.incident_ids == ["o1", "o2"] and r.tolerance.startswith("±2")
    p = check_claim(con, Claim("attacks", 20, unit="percent", direction="decrease", **W))
    assert "percentage points" in p.tolerance and "p0" in p.incident_ids and "a0" in p.incident_ids


def test_check_claims_multi_year_percent_compares_first_and_last_year():
    con = sample_db()
    for y in range(2021, 2025):  # enough documents to cover each year
        for k in range(60):
            add_document(con, f"y{y}-{k}", f"{y}-{1 + k % 12:02d}-{1 + k % 28:02d}")
    r = check_claim(con, Claim("attacks", 200, unit="percent", direction="increase", period_start="2021-01-01",
                               period_end="2024-12-31", region="PK"))
    assert (r.verdict, r.computed) == ("supported", 200.0)
    assert [p.label for p in r.periods] == ["2021", "2024"]


@pytest.mark.parametrize("claim,why", [
    (Claim("attacks", 200, unit="percent", direction="increase", period_start="2021-01-01", period_end="2024-12-31",
           region="PK"), "few sources"),
    (Claim("civilians_injured", 5, **W), "not stored"),
    (Claim("attacks", 5), "no period"),
    (Claim("attacks", 5, period_start="2025-09-12", period_end="2025-09-18", region="Atlantis"), "not in the database"),
    (Claim("attacks", 10, unit="percent", direction="increase", period_start="2025-06-01", period_end="2025-06-30"),
     "zero"),
])
def test_check_claims_not_enough_data(con, claim, why):
    r = check_claim(con, claim)
    assert r.verdict == "not enough data" and why in r.note


def test_check_claims_lower_bound_claim():
    con = sample_db()
    over = Claim("deaths", 20, low=20, **W)  # "over 20 deaths"
    assert check_claim(con, over).verdict == "supported"
    assert check_claim(con, Claim("deaths", 40, low=40, **W)).verdict == "contradicted"


def test_check_claims_month_period_kind():
    assert claim_period(Claim("attacks", 1, period_start="2025-09-01", period_end="2025-09-30")).kind == "month"
    assert claim_period(Claim("attacks", 1, period_start="2024-01-01", period_end="2024-12-31")).kind == "year"


def test_check_claims_stored_per_source_never_overwritten():
    con = memory_db()
    add_document(con, "doc1")
    a = Claim("attacks", 100, period_start="2024-01-01", period_end="2024-12-31", region="PK", source="PICSS")
    b = Claim("attacks", 120, period_start="2024-01-01", period_end="2024-12-31", region="PK", source="PIPS")
    assert store_claims(con, [a, b], doc_id="doc1") == 2
    assert store_claims(con, [a, b], doc_id="doc1") == 0  # idempotent
    assert store_claims(con, [a]) == 1  # the same figure without a document is a separate record
    rows = con.execute("SELECT source, value FROM claims ORDER BY source, doc_id NULLS LAST").fetchall()
    assert rows == [("PICSS", 100.0), ("PICSS", 100.0), ("PIPS", 120.0)]


SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_5f65102a985eecf8.txt"


def test_check_claims_seed_gets_a_verdict_per_claim():
    if not SEED.exists():
        pytest.skip("shared seed not available")
    from frontierwatch.clean import clean_document
    from frontierwatch.extract import extract
    from frontierwatch.ingest import iter_documents

    docs = [d for d in iter_documents([str(SEED)], published="2025-09-25") if not isinstance(d, Exception)]
    claims = [c for d in docs for c in extract(clean_document(d)).claims]
    if not claims:
        pytest.skip("claim extraction not available yet")
    results = check_claims(sample_db(), claims)
    assert len(results) == len(claims)
    assert all(r.verdict in ("supported", "contradicted", "not enough data") and r.tolerance for r in results)
