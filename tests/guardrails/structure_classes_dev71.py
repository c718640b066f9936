"""Classes the 2026-11-28 (third) session's held-out batch fresh42 (first run in
`cases_probe/fresh42_FIRST_RUN.txt`) and its dev batches (dev68: family milestones; dev69:
angry reviews; dev70: specialist clinics and encodings; dev71: one-clause slips) found, each in
wordings of our own. Checked by `test_structure.py` like the other tables."""

# class -> (language, reply, rule, excerpt of a finding of that rule)
BLOCKED: dict[str, list[tuple[str, str, str, str]]] = {}

# class -> (language, reply) that must pass
PASSES: dict[str, list[tuple[str, str]]] = {}
