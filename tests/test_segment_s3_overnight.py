"""Session-3 segmentation rule: a border clash that "continued until early Sunday morning" is the night's clash,
not another day's event, while fire that "went on into Tuesday" still is. Our own invented reports (published
2025-03-12, a Wednesday); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, days", [
    ("Afghan forces opened fire on Pakistani posts in Kurram on Monday night, wounding two soldiers. The exchange of "
     "fire continued until early Tuesday morning.", ["2025-03-10"]),
    ("Afghan forces opened fire on Pakistani posts in Kurram on Monday night, wounding two soldiers. The firing went "
     "on till dawn on Tuesday.", ["2025-03-10"]),
    # near miss: fighting that went on through the next day is that day's event too
    ("Afghan forces opened fire on Pakistani posts in Kurram on Monday night, wounding two soldiers. The firing went "
     "on into Tuesday, when one more soldier was wounded.", ["2025-03-10", "2025-03-11"]),
])
def test_segment_s3_overnight_fire_is_one_clash(text: str, days: list) -> None:
    assert sorted(e["date"] for e in run(text) if e["type"] == "cross_border") == days
