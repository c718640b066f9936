"""Classes of the 2026-11-28 (fourth) session, filled in by the engineer who fixes them (see
`structure_classes_dev74.py` for the batches). Checked by `test_structure.py` like the other
tables (the ECHO_ tables with the review as context)."""



# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED: dict[str, list[tuple[str, str, str, str]]] = {}
# class -> (language, reply) that must pass
PASSES: dict[str, list[tuple[str, str]]] = {}
# class -> (language, review, reply, rule, excerpt): checked with the review as context
ECHO_BLOCKED: dict[str, list[tuple[str, str, str, str, str]]] = {}
ECHO_PASSES: dict[str, list[tuple[str, str, str]]] = {}
