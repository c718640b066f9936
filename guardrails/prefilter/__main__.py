"""`python -m guardrails.prefilter --write`: rewrite `data/prefilter_index.txt` after a change
to the rule tables (a test fails until it matches them)."""

import sys

from guardrails.prefilter.index import write_index

if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m guardrails.prefilter --write")
    print(f"wrote {write_index()}")
