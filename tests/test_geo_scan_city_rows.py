"""'<Province> city' names the provincial capital (its own district), not just the province."""
import pytest

from frontierwatch import geo


@pytest.mark.parametrize("text, admin1, admin2", [
    ("A former officer was shot dead in Kunduz city late on Friday.", "Kunduz", "Kunduz"),
    ("Traders in Herat city closed their shops.", "Herat", "Herat"),
    ("Kandahar city saw a second blast within a week.", "Kandahar", "Kandahar"),
])
def test_geo_scan_city_rows_name_the_capital_district(text, admin1, admin2):
    found = [(p.location.country, p.location.admin1, p.location.admin2) for p in geo.find_places(text)]
    assert ("AF", admin1, admin2) in found


def test_geo_scan_city_rows_province_alone_has_no_district():
    found = [(p.location.admin1, p.location.admin2) for p in geo.find_places("Clashes spread across Kunduz province.")]
    assert found == [("Kunduz", None)]
