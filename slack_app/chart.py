"""The digest's chart: reviews per week by stars and the average rating, as a PNG.

Drawn with matplotlib's Agg renderer through its object API (a Figure and its own canvas, no
pyplot), so it needs no display and keeps no global state between threads. matplotlib is
imported only when a chart is drawn: it takes a moment to load.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from slack_app.stats import WeekCounts

WIDTH_PX, HEIGHT_PX, DPI = 1000, 500, 100
ALT_TEXT_LIMIT = 1000  # files.getUploadURLExternal's alt_txt
# One star (red) to five stars (green): colour-blind-safe enough with the legend's labels.
STAR_COLOURS = {1: "#c0392b", 2: "#e67e22", 3: "#f1c40f", 4: "#7fb77e", 5: "#2e8b57"}
UNRATED_COLOUR = "#b0b0b0"
RATING_COLOUR = "#1f3b73"


def week_label(week: WeekCounts) -> str:
    return f"{week.start:%b} {week.start.day}"


def weekly_chart_png(weeks: Sequence[WeekCounts], *, title: str = "") -> bytes:
    """A WIDTH_PX x HEIGHT_PX PNG: stacked bars of reviews per week by stars, and a line of
    the week's average rating on its own 1-5 axis."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    labels = [week_label(week) for week in weeks]
    positions = list(range(len(weeks)))
    bottom = [0] * len(weeks)
    for stars in range(1, 6):
        heights = [week.by_stars.get(stars, 0) for week in weeks]
        axes.bar(
            positions,
            heights,
            bottom=bottom,
            color=STAR_COLOURS[stars],
            width=0.7,
            label=f"{stars}★",
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    if any(week.unrated for week in weeks):
        axes.bar(
            positions,
            [w.unrated for w in weeks],
            bottom=bottom,
            color=UNRATED_COLOUR,
            width=0.7,
            label="no rating",
        )
    axes.set_xticks(positions, labels, fontsize=9)
    axes.set_ylabel("reviews per week")
    axes.set_xlabel("week starting")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top"]].set_visible(False)
    rating = axes.twinx()
    rated = [
        (p, w.average_rating)
        for p, w in zip(positions, weeks, strict=True)
        if w.average_rating is not None
    ]
    if rated:
        rating.plot(
            [p for p, _ in rated],
            [r for _, r in rated],
            color=RATING_COLOUR,
            marker="o",
            linewidth=2,
            label="average rating",
        )
    rating.set_ylim(1, 5.2)
    rating.set_ylabel("average rating (stars)", color=RATING_COLOUR)
    rating.spines[["top"]].set_visible(False)
    handles, names = axes.get_legend_handles_labels()
    line_handles, line_names = rating.get_legend_handles_labels()
    axes.legend(
        handles[::-1] + line_handles,
        names[::-1] + line_names,
        loc="upper left",
        bbox_to_anchor=(1.08, 1.0),
        frameon=False,
        fontsize=9,
    )
    axes.set_title(title or f"Reviews per week, last {len(weeks)} weeks", loc="left")
    figure.subplots_adjust(left=0.07, right=0.8, top=0.9, bottom=0.14)
    out = io.BytesIO()
    # No "Software" entry: the same figures make the same bytes.
    figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def chart_alt_text(weeks: Sequence[WeekCounts]) -> str:
    """What the chart shows, for a screen reader."""
    if not weeks:
        return "Chart of reviews per week: no weeks to show."
    totals = [week.total for week in weeks]
    text = (
        f"Bar chart of reviews per week by star rating, {len(weeks)} weeks from the week of "
        f"{week_label(weeks[0])} to the week of {week_label(weeks[-1])}: {sum(totals)} reviews, "
        f"between {min(totals)} and {max(totals)} a week, {totals[-1]} in the latest week."
    )
    ratings = [week.average_rating for week in weeks if week.average_rating is not None]
    if ratings:
        text += (
            f" A line shows the average rating, from {min(ratings):.1f} to {max(ratings):.1f} "
            f"stars; {ratings[-1]:.1f} in the last week with ratings."
        )
    return text[:ALT_TEXT_LIMIT]
