"""A province name whose only other reading is a context-only town ranked below it (Khost the Afghan
province vs Khost the Harnai town) still names its province for context-only districts nearby."""
import pytest

from frontierwatch import geo


def _found(text: str) -> list[tuple]:
    return [(p.location.country, p.location.admin1, p.location.admin2) for p in geo.find_places(text)]


@pytest.mark.parametrize("text, expected", [
    ("Mortar rounds landed in Qalandar, Khost, on Friday.", ("AF", "Khost", "Qalandar")),
    ("The Taliban governor of Khost visited Tani after the raid.", ("AF", "Khost", "Tani")),
])
def test_geo_scan_province_vouches_for_context_only_districts(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "Mortar rounds landed in Qalandar on Friday.",   # no province named: the word stays unread
    "A coal mine in Khost, Harnai district, caved in.",  # the Pakistani town, told by its district
])
def test_geo_scan_no_afghan_district_without_its_province(text):
    assert not any(c == "AF" and a2 in ("Qalandar", "Tani") for c, _, a2 in _found(text))
