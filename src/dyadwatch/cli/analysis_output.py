"""Render dyad series and alert scans for people (tables) and programs (CSV, JSON)."""
from __future__ import annotations

import json
import math
from dataclasses import asdict
from typing import TextIO

from ..analysis.alerts import Alert, AlertScan
from ..analysis.series import COLUMNS, DyadSeries
from ..terminal import printable
_HEADER = ("period", "direction", "v.coop", "m.coop", "v.confl", "m.confl", "events", "gs.sum", "gs.mean", "articles")


def write_series(series: DyadSeries, fmt: str, out: TextIO) -> None:
    frame = series.frame.copy()
    frame["period"] = [series.period_label(p) for p in frame["period"]]
    if fmt == "csv":
        frame.to_csv(out, index=False, lineterminator="\n")
    elif fmt == "json":
        records = [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
                   for row in frame.to_dict(orient="records")]
        json.dump({"a": series.a, "b": series.b, "freq": series.freq, "periods": records}, out, indent=1, default=_plain)
        out.write("\n")
    else:
        out.write(_series_table(frame))


def _series_table(frame) -> str:
    rows = [list(_HEADER)]
    for row in frame.itertuples(index=False):
        mean = "-" if math.isnan(row.goldstein_mean) else f"{row.goldstein_mean:+.2f}"
        rows.append([row.period, row.direction.replace("->", " -> "), *(str(getattr(row, c)) for c in COLUMNS[2:7]),
                     f"{row.goldstein_sum:+.1f}", mean, str(row.articles)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(_HEADER))]
    lines = ["  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths)))
             for r in rows]
    legend = "v./m. = verbal/material, coop/confl = cooperation/conflict, gs = Goldstein"
    return "\n".join(lines) + f"\n\n{legend}\n"


def write_alerts(scan: AlertScan, fmt: str, out: TextIO, baseline_weeks: int, min_events: int) -> None:
    if fmt == "json":
        json.dump({"window_start": scan.window_start, "window_end": scan.window_end,
                   "baseline_start": scan.baseline_start, "tested": scan.tested, "note": scan.note,
                   "alerts": [dict(asdict(a), surprise=round(a.surprise, 2), expected=round(a.expected, 2))
                              for a in scan.alerts]}, out, indent=1, default=_plain)
        out.write("\n")
        return
    out.write(f"window {scan.window_start} to {scan.window_end} ({_plural(scan.window_events, 'event')}) against the "
              f"{baseline_weeks} weeks before, from {scan.baseline_start} ({_plural(scan.baseline_events, 'event')})\n")
    if scan.note:
        out.write(f"no alerts: {scan.note}\n")
        return
    out.write(f"{_plural(scan.tested, 'dyad')} with at least {_plural(min_events, 'conflict event')} in the window tested; "
              f"{len(scan.alerts)} alert{'s' * (len(scan.alerts) != 1)}\n")
    for rank, alert in enumerate(scan.alerts, 1):
        out.write("\n" + alert_text(rank, alert))


def alert_text(rank: int, alert: Alert) -> str:
    """One alert: the numbers on a line, then its driving events with sentence and URL."""
    lines = [f"{rank}. {alert.a} - {alert.b}: {_plural(alert.conflict, 'conflict event')} ({alert.material} material), "
             f"expected {alert.expected:.1f} (x{alert.ratio:.1f}); baseline {alert.baseline_conflict}; "
             f"Goldstein {alert.goldstein:+.1f}; p = {alert.p_value:.1e} (surprise {alert.surprise:.1f})"]
    for e in alert.events:
        lines.append(f"   {e.date}  {e.source} -> {e.target}  {e.cameo} {e.cameo_name[:40]}  {e.goldstein:+.1f}  "
                     f"{e.articles} article{'s' * (e.articles != 1)}")
        lines.append(f"      {printable(_cut(e.sentence, 140))}")
        if e.url:
            lines.append(f"      {printable(e.url)}")
    return "\n".join(lines) + "\n"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
