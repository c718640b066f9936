"""An import-linter contract type the built-in ones cannot express: "standard library only".

The guardrail is the gate every reply passes; it must run wherever Python runs, with nothing
installed. `forbidden` would need every third-party package listed (and a new dependency would
slip through); this contract allows exactly the standard library and the package itself.
Used by `[tool.importlinter]` in pyproject.toml (`lint-imports`, run by `make test`).
"""

from __future__ import annotations

import sys

from importlinter import Contract, ContractCheck, fields, output


class StandardLibraryOnlyContract(Contract):
    """`modules` (and everything in them) import only the standard library and themselves."""

    type_name = "standard_library_only"

    modules = fields.ListField(subfield=fields.ModuleField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        allowed = set(sys.stdlib_module_names) | {"__future__"}
        outside: list[dict] = []
        for package in self.modules:
            own = package.name.split(".")[0]
            for importer in sorted({package.name, *graph.find_descendants(package.name)}):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    top = imported.split(".")[0]
                    if top == own or top in allowed:
                        continue
                    lines = sorted(
                        detail["line_number"]
                        for detail in graph.get_import_details(importer=importer, imported=imported)
                    )
                    outside.append({"importer": importer, "imported": imported, "lines": lines})
        return ContractCheck(kept=not outside, metadata={"outside": outside})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["outside"]:
            where = ", ".join(f"l.{line}" for line in item["lines"]) or "line unknown"
            output.print_error(
                f"{item['importer']} imports {item['imported']} ({where}), which is not in "
                "the standard library",
                bold=False,
            )
            output.new_line()
