#!/usr/bin/env bash
# Score the extractor on the blind held-out corpus (tests/fixtures/heldout); needs ../shared/eval/score.py.
set -euo pipefail
cd "$(dirname "$0")/.."

SCORER="../shared/eval/score.py"
if [ ! -f "$SCORER" ]; then
    echo "error: scorer not found at $SCORER (the shared checkout is absent)" >&2
    exit 1
fi
mkdir -p out
.venv/bin/frontierwatch extract tests/fixtures/heldout/docs --jsonl > out/heldout_pred.jsonl
python3 "$SCORER" tests/fixtures/heldout/gold out/heldout_pred.jsonl --verbose "$@"
