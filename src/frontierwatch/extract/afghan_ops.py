"""Afghan forces' raid on militants inside Afghanistan is a security operation by the Afghan state, not a clash
between the two states."""
from __future__ import annotations

from .segment import Frame


def afghan_operation(f: Frame) -> bool:
    """True when a cross-border frame's triggers are operations that killed or held only militants, name only
    Afghan places and no Pakistani side ("Afghan security forces killed four IS militants in a raid in X")."""
    if f.type != "cross_border" or not f.triggers:
        return False
    for t in f.triggers:
        if "operation" not in t.cues or t.pk_strike or "Pakistan" in t.sent.text:
            return False
        if not t.places or any(p.location.country != "AF" for p in t.places):
            return False
        k = t.tallies.get("killed")
        if k is None or set(k.groups) != {"militants"}:
            return False
    return True
