"""Importer: ACLED-style rows become events with the dataset as source; re-import adds nothing."""
import pytest

from frontierwatch.analytics import build_brief, import_events, week_period
from frontierwatch.analytics.importer import load_mapping, map_row
from frontierwatch.analytics.testing import memory_db
from frontierwatch.errors import InputError

HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,admin1,admin2,location,latitude,longitude,fatalities\n"
ROWS = [
    "PAK1,13 September 2025,Explosions/Remote violence,Suicide bomb,Tehrik-i-Taliban Pakistan,Pakistan,Khyber Pakhtunkhwa,Bannu,Bannu,32.98,70.6,6",
    "PAK2,2025-09-14,Battles,Armed clash,Military Forces of Pakistan (2018-),Pakistan,Balochistan,Kech,Turbat,26.0,63.0,4",
    "PAK3,15 September 2025,Violence against civilians,Attack,Unidentified Armed Group (Pakistan),Pakistan,Sindh,Karachi,Karachi,24.8,67.0,1",
    "PAK4,15 September 2025,Protests,Peaceful protest,Protesters (Pakistan),Pakistan,Punjab,Lahore,Lahore,31.5,74.3,0",
    "PAK5,16 September 2025,Battles,Armed clash,Military Forces of Afghanistan (2021-),Pakistan,Khyber Pakhtunkhwa,Kurram,Kharlachi,33.8,70.0,2",
    "PAK6,not a date,Battles,Armed clash,X,Pakistan,Sindh,Karachi,Karachi,24.8,67.0,1",
]


@pytest.fixture
def csv_file(tmp_path):
    p = tmp_path / "acled_pk.csv"
    p.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return p


def test_importer_acled_rows_become_events(csv_file):
    con = memory_db()
    rep = import_events(con, csv_file, None, "ACLED")
    assert (rep.read, rep.added, rep.already) == (6, 4, 0)
    assert rep.skipped == {"no type rule matched": 1, "bad or missing date": 1}
    rows = con.execute("SELECT id, type, source, doc_id, tactic, perpetrator, killed_unspecified, killed_total, country "
                       "FROM events ORDER BY id").fetchall()
    assert rows == [
        ("ACLED:PAK1", "attack", "ACLED", None, "suicide_bombing", "TTP", 6, 6, "PK"),
        ("ACLED:PAK2", "security_operation", "ACLED", None, None, None, 4, 4, "PK"),
        ("ACLED:PAK3", "attack", "ACLED", None, None, None, 1, 1, "PK"),
        ("ACLED:PAK5", "cross_border", "ACLED", None, None, None, 2, 2, "PK"),
    ]


def test_importer_acled_idempotent_and_counted_in_briefs(csv_file):
    con = memory_db()
    import_events(con, csv_file, None, "ACLED")
    again = import_events(con, csv_file, None, "ACLED")
    assert (again.added, again.already) == (0, 4)
    b = build_brief(con, week_period("2025-09-13", "friday"))
    assert b.attacks.current.value == 2 and b.coverage.datasets == ["ACLED"] and not b.coverage.few_sources


def test_importer_custom_mapping(tmp_path):
    m = tmp_path / "m.yaml"
    m.write_text("date: {column: day}\nfields: {type: kind, admin1: province, killed_civilians: dead}\n")
    c = tmp_path / "x.csv"
    c.write_text("day,kind,province,dead\n2024-01-02,attack,Sindh,3\n", encoding="utf-8")
    con = memory_db()
    rep = import_events(con, c, m, "mine")
    assert rep.added == 1
    assert con.execute("SELECT source, admin1, killed_civilians FROM events").fetchone() == ("mine", "Sindh", 3)


@pytest.mark.parametrize("text,reason", [
    ("fields: {}\n", "date.column"),
    ("date: {column: d}\n", "type_rules"),
    ("date: {column: d}\nfields: {type: t, colour: c}\n", "unknown event fields"),
])
def test_importer_bad_mapping_names_file(tmp_path, text, reason):
    m = tmp_path / "bad.yaml"
    m.write_text(text)
    with pytest.raises(InputError) as e:
        load_mapping(m)
    assert "bad.yaml" in str(e.value) and reason in str(e.value)


def test_importer_missing_columns_names_file(tmp_path):
    c = tmp_path / "x.csv"
    c.write_text("a,b\n1,2\n")
    with pytest.raises(InputError) as e:
        import_events(memory_db(), c, None, "ACLED")
    assert "x.csv" in str(e.value) and "event_date" in str(e.value)


def test_importer_map_row_number_error():
    m = load_mapping()
    row = {"event_date": "2025-01-01", "event_type": "Battles", "actor1": "X", "fatalities": "many"}
    assert map_row(row, m) == "fatalities: not a number"
