""""Three members of the security forces were killed": security forces counted as such; as the subject of
an active verb they are the killers, not the dead."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def _killed(text: str) -> dict[str, int]:
    t = tally(find_casualties(text, 0, len(text))).get("killed")
    return dict(t.groups) if t else {}


@pytest.mark.parametrize("text,n", [
    ("Four members of the security forces were killed in the ambush near the market.", 4),
    ("Two members of the Taliban's security forces died when a mine went off under their car.", 2),
    ("Five Taliban security forces were killed in the attack on a checkpoint.", 5),
    ("Two security forces were martyred in the exchange of fire.", 2),
])
def test_casualties_security_forces_counted(text, n):
    assert _killed(text) == {"security_forces": n}


@pytest.mark.parametrize("text,killed", [
    ("Security forces killed six militants during the raid.", {"militants": 6}),
    ("The security forces were not hurt, but the blast killed three shoppers.", {"civilians": 3}),
])
def test_casualties_security_forces_as_subject_not_victims(text, killed):
    assert _killed(text) == killed
