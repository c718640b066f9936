"""`python -m guardrails.prefilter --write`: rewrite `data/prefilter_index.txt` and the start-up
data built from the rule tables (`data/prebuilt/`) after a change to the rule tables or the
clinical terms (a test fails until they match them)."""

import sys

from guardrails.prefilter.index import write_index

if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m guardrails.prefilter --write")
    print(f"wrote {write_index()}")
    # Imported once the index is written: the tables are built from it.
    from guardrails.lexicon import write_prebuilt_lexicon
    from guardrails.patterns import write_prebuilt_tables, write_prebuilt_word_starts
    from guardrails.rules import write_prebuilt_alternations

    for path in [write_prebuilt_alternations(), *write_prebuilt_tables(),
                 write_prebuilt_lexicon()]:
        print(f"wrote {path}")
    # Last, in this process that has checked no other reply: see `sample_gated_regexes`.
    print(f"wrote {write_prebuilt_word_starts()}")
