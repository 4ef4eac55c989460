"""The free-text guard: precision and recall on the synthetic Dutch note set for deduce
alone, our patterns alone and both; deduce's load time; and the cost per note of the
full scan and of the while-typing scan. JSON lines."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from emp_desktop.privacy import freetext, freetext_score  # noqa: E402

NOTES = Path(__file__).resolve().parents[1] / "tests" / "data" / "freetext_notes.jsonl"


def main() -> None:
    notes = [json.loads(line) for line in NOTES.read_text(encoding="utf-8").splitlines() if line]
    started = time.perf_counter()
    freetext.warm_up()
    load = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        json.dumps({"bench": "freetext_deduce_load", "seconds": round(load, 2), "max_rss_mib": rss})
    )
    for name in ("deduce_only", "patterns_only", "combined"):
        detect = getattr(freetext_score, name)
        started = time.perf_counter()
        result = freetext_score.score(notes, detect)
        per_note = (time.perf_counter() - started) / len(notes) * 1000
        print(
            json.dumps(
                {
                    "bench": f"freetext_{name}",
                    "notes": len(notes),
                    "precision": round(result.precision, 3),
                    "recall": round(result.recall, 3),
                    "false_positives": result.false_positives,
                    "missed": result.per_kind_missed,
                    "ms_per_note": round(per_note, 2),
                }
            )
        )


if __name__ == "__main__":
    main()
