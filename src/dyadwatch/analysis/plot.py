"""Plots of a dyad series: one panel per direction, stacked quad-class counts, Goldstein sum on a twin axis.

Conflict is stacked at the bottom in reds and cooperation on top in blues, so rising conflict shows as a
growing red base whatever the cooperation above it; the Goldstein line says which way the period leaned.
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .series import QUAD_LABELS, QUADS, DyadSeries  # noqa: E402

PLOT_FORMATS = ("png", "svg")
# Bottom to top: material conflict, verbal conflict, verbal cooperation, material cooperation.
_STACK = ((QUADS[3], QUAD_LABELS[3], "#b2182b"), (QUADS[2], QUAD_LABELS[2], "#f4a582"),
          (QUADS[0], QUAD_LABELS[0], "#92c5de"), (QUADS[1], QUAD_LABELS[1], "#2166ac"))
_LINE = "#222222"
_DAYS = {"day": 1, "week": 7, "month": 30.4}


def draw(series: DyadSeries, title: str | None = None, window: tuple[date, date] | None = None) -> Figure:
    """The figure for a series (not yet saved): A->B above, B->A below, same scales; `window` is shaded."""
    fig, axes = plt.subplots(2, 1, figsize=(10, 6.4), sharex=True, sharey=True, constrained_layout=True)
    width = _DAYS[series.freq] * 0.85
    peak = max(series.frame["events"].max(), 1)
    reach = max(series.frame["goldstein_sum"].abs().max(), 1.0) * 1.1
    for ax, label in zip(axes, series.directions):
        part = series.direction(label)
        x = pd.to_datetime(part["period"])
        bottom = pd.Series(0, index=part.index)
        for column, name, colour in _STACK:
            ax.bar(x, part[column], width=width, bottom=bottom, align="edge", color=colour, label=name,
                   edgecolor="white", linewidth=0.3)
            bottom = bottom + part[column]
        if window:
            ax.axvspan(pd.Timestamp(window[0]), pd.Timestamp(window[1]) + pd.Timedelta(days=1), color="#fff3b0",
                       zorder=0, label="window under test")
        ax.set_ylim(0, peak * 1.15)
        ax.set_ylabel("events")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_title(label.replace("->", " \u2192 "), loc="left", fontsize=10, fontweight="bold")
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.spines[["top"]].set_visible(False)
        twin = ax.twinx()
        # Quiet periods are gaps in the line, not zeros: a sparse dyad shows its few events, not a flat wire.
        goldstein = part["goldstein_sum"].where(part["events"] > 0)
        twin.plot(x + pd.Timedelta(days=width / 2), goldstein, color=_LINE, linewidth=1.2, alpha=0.85,
                  marker="o", markersize=4, markeredgecolor="white", markeredgewidth=0.7, label="Goldstein sum")
        twin.axhline(0, color=_LINE, linewidth=0.6, linestyle=":")
        twin.set_ylim(-reach, reach)
        twin.set_ylabel("Goldstein sum")
        twin.spines[["top"]].set_visible(False)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    axes[-1].xaxis.set_major_locator(locator)
    axes[-1].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes[-1].set_xlabel({"day": "day", "week": "week (starting Monday)", "month": "month"}[series.freq])
    handles, labels = axes[0].get_legend_handles_labels()
    line, line_label = twin.get_legend_handles_labels()
    fig.legend(handles[::-1] + line, labels[::-1] + line_label, loc="outside lower center", ncol=6,
               frameon=False, fontsize=9)
    first, last = series.frame["period"].min(), series.frame["period"].max()
    fig.suptitle(title or f"{series.a} \u2013 {series.b}: events per {series.freq}, "
                 f"{series.period_label(first)} to {series.period_label(last)}", fontsize=12)
    return fig


def save(series: DyadSeries, path: Path) -> None:
    """Write the plot as PNG or SVG, chosen by the file extension."""
    fig = draw(series)
    with plt.rc_context({"svg.fonttype": "none"}):
        fig.savefig(path, dpi=120)
    plt.close(fig)


def png_bytes(series: DyadSeries, title: str | None = None, window: tuple[date, date] | None = None) -> bytes:
    """The plot as PNG bytes, for inlining in the HTML report."""
    fig = draw(series, title, window)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    plt.close(fig)
    return buffer.getvalue()
