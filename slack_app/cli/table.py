"""Plain-text tables for the terminal: columns two spaces apart, each as wide as its widest cell,
or a fixed width with longer cells shortened by an ellipsis."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def shorten(value: object, width: int) -> str:
    """One line of at most `width` characters ("" for None; line breaks become spaces)."""
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def table_lines(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    widths: Sequence[int] | None = None,
    indent: str = "",
    rule: bool = False,
    strip: bool = False,
) -> list[str]:
    """The header, an optional rule of dashes under it, then one line per row.

    `widths` fixes the column widths (cells are shortened to fit); without it every column is
    as wide as its widest cell. `indent` starts every line; `strip` drops trailing spaces."""
    body = [list(row) for row in rows]
    if widths is None:
        cells = [[str(cell) for cell in row] for row in [header, *body]]
        widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    else:
        cells = [
            [shorten(cell, width) for cell, width in zip(row, widths, strict=True)]
            for row in [header, *body]
        ]
    if rule:
        cells.insert(1, ["-" * width for width in widths])
    lines = []
    for row in cells:
        line = indent + "  ".join(
            cell.ljust(width) for cell, width in zip(row, widths, strict=True)
        )
        lines.append(line.rstrip() if strip else line)
    return lines
