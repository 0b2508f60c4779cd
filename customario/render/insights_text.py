"""Terminal and CSV rendering of an insights report (``customario.analysis.insights.compute_insights``).

On a TTY: rich tables and bar charts; in pipes and cron: plain aligned text with ``#`` bars.
The CSV is long format: ``section, question_id, item, count, percent, value``.
"""

from __future__ import annotations

from typing import Any, TextIO

from customario.render import csvsafe

BAR = 30


def _bar(value: float, top: float) -> str:
    return "█" * max(1 if value else 0, round(BAR * value / top)) if top else ""


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def _abandoned(a: dict | None) -> str:
    if not a or a.get("rate") is None:
        return "—"
    return f"{_pct(a['rate'])} ({a['abandoned']} of {a['answered']} answered)" + (
        "  OVER THE CAP" if a["over_cap"] else ""
    )


def _lines(report: dict) -> list[tuple[str, list[tuple[str, Any, str]]]]:
    """Sections as (title, [(label, value, bar)])."""
    calls, aapor, dur = report["calls"], report["calls"]["aapor"], report["durations"]
    pay, scores = report["payments"], report["scores"]
    out = []
    summary = [
        ("calls", calls["total"], ""),
        ("AAPOR RR1", _pct(aapor["rr1"]), ""),
        ("completion rate", _pct(calls["completion_rate"]), ""),
        ("break-off rate", _pct(calls["breakoff_rate"]), ""),
        ("abandoned, 30 days (cap 3%)", _abandoned(report.get("abandonment")), ""),
        ("mean duration (complete)", "—" if dur["mean_s"] is None else f"{dur['mean_s']} s", ""),
        ("median turns", dur["turns_median"], ""),
        ("evaluated calls", scores["n"], ""),
        ("mean score", scores["mean"], ""),
        ("payments approved + paid", f"{(pay['committed_cents'] or 0) / 100:,.2f} {pay['currency'] or ''}", ""),
        ("payments pending + held", f"{(pay['pending_cents'] or 0) / 100:,.2f} {pay['currency'] or ''}", ""),
    ]
    out.append((f"Insights: {report['campaign']} (since {report['since'] or 'the start'})", summary))
    top = max(calls["by_disposition"].values(), default=0)
    out.append(("Dispositions", [(k, v, _bar(v, top)) for k, v in calls["by_disposition"].items()]))
    out.append(("AAPOR codes (cases)", [(k, v, "") for k, v in aapor["codes"].items()]))
    for q in report["questions"]:
        rows: list[tuple[str, Any, str]] = []
        if q.get("nps") and q["nps"]["n"]:
            n = q["nps"]
            rows.append(("NPS", f"{n['nps']:+.1f}  95% [{n['ci95'][0]:+.1f}, {n['ci95'][1]:+.1f}]", ""))
            rows += [
                ("promoters", n["promoters"], ""),
                ("passives", n["passives"], ""),
                ("detractors", n["detractors"], ""),
            ]
        if q.get("mean") and q["mean"]["mean"] is not None:
            m = q["mean"]
            rows.append(("mean", f"{m['mean']}" + (f"  95% [{m['ci95'][0]}, {m['ci95'][1]}]" if m["ci95"] else ""), ""))
        dist = q.get("distribution") or []
        top = max((d["count"] for d in dist), default=0)
        rows += [(str(d["label"]), f"{d['count']} ({d['percent']:.1f}%)", _bar(d["count"], top)) for d in dist]
        th = report["themes"].get(q["id"])
        if th:
            top = max((t["count"] for t in th["themes"]), default=0)
            for t in th["themes"]:
                rows.append((t["theme"], f"{t['count']} ({100 * t['share']:.1f}%)", _bar(t["count"], top)))
                rows += [("", f"“{x[:70]}”", "") for x in t["quotes"][:2]]
            rows.append(("other", th["other"], ""))
        rows.append(("statuses", ", ".join(f"{k} {v}" for k, v in q["status"].items()), ""))
        out.append((f"{q['id']} ({q['type']}): {q['text']}", rows))
    top = max((b["count"] for b in scores["histogram"]), default=0)
    out.append(("Scores", [(b["bin"], b["count"], _bar(b["count"], top)) for b in scores["histogram"]]))
    out.append(("Payments", [(s, f"{v['count']} / {v['cents'] / 100:,.2f}", "") for s, v in pay["by_status"].items()]))
    if report["trend"]:
        top = max(t["calls"] for t in report["trend"])
        out.append(
            (
                "Day by day (calls, completes)",
                [(t["date"], f"{t['calls']} / {t['completes']}", _bar(t["calls"], top)) for t in report["trend"][-31:]],
            )
        )
    return out


def render_terminal(report: dict, out: TextIO, *, tty: bool) -> None:
    """Print the report: rich tables with bars on a TTY, plain text otherwise."""
    sections = _lines(report)
    if tty:
        from rich.console import Console
        from rich.table import Table

        console = Console(file=out)
        for title, rows in sections:
            table = Table(title=title, title_justify="left", show_header=False, box=None, pad_edge=False)
            table.add_column(style="bold", overflow="fold", max_width=40)
            table.add_column(overflow="fold")
            table.add_column(style="blue")
            for label, value, bar in rows:
                table.add_row(str(label), "" if value is None else str(value), bar)
            console.print(table)
            console.print()
    else:
        for title, rows in sections:
            out.write(f"== {title}\n")
            width = max((len(str(r[0])) for r in rows), default=0)
            for label, value, bar in rows:
                line = f"  {str(label).ljust(width)}  {'' if value is None else value}"
                out.write((line + ("  " + bar.replace("█", "#") if bar else "")).rstrip() + "\n")
            out.write("\n")
    if report.get("narrative"):
        out.write("== What to do next (insights agent)\n" + report["narrative"].strip() + "\n\n")
    out.write(f"Themes: {report['themes_method']}.\n")


def write_csv(report: dict, fh: TextIO) -> int:
    """Long-format CSV of the report; returns the number of data rows."""
    w = csvsafe.writer(fh, lineterminator="\n")  # themes quote respondents: spreadsheet-safe cells
    w.writerow(["section", "question_id", "item", "count", "percent", "value"])
    n = 0

    def row(*cells):
        nonlocal n
        w.writerow(cells)
        n += 1

    calls = report["calls"]
    for k, v in calls["by_disposition"].items():
        row("disposition", "", k, v, "", "")
    for k, v in calls["aapor"]["codes"].items():
        row("aapor", "", k, v, "", "")
    row("rate", "", "rr1", "", "", calls["aapor"]["rr1"])
    row("rate", "", "completion_rate", "", "", calls["completion_rate"])
    row("rate", "", "breakoff_rate", "", "", calls["breakoff_rate"])
    if report.get("abandonment"):
        row("rate", "", "abandonment_30d", report["abandonment"]["abandoned"], "", report["abandonment"]["rate"])
    for q in report["questions"]:
        for d in q.get("distribution") or []:
            row("distribution", q["id"], d["label"], d["count"], d["percent"], d["value"])
        if q.get("nps") and q["nps"]["n"]:
            nps = q["nps"]
            row("nps", q["id"], "nps", nps["n"], "", nps["nps"])
            row("nps", q["id"], "ci95_low", "", "", nps["ci95"][0])
            row("nps", q["id"], "ci95_high", "", "", nps["ci95"][1])
        if q.get("mean") and q["mean"]["mean"] is not None:
            m = q["mean"]
            row("mean", q["id"], "mean", m["n"], "", m["mean"])
            if m["ci95"]:
                row("mean", q["id"], "ci95_low", "", "", m["ci95"][0])
                row("mean", q["id"], "ci95_high", "", "", m["ci95"][1])
        th = report["themes"].get(q["id"])
        for t in (th or {}).get("themes", []):
            row("theme", q["id"], t["theme"], t["count"], round(100 * t["share"], 2), " | ".join(t["quotes"]))
    for b in report["scores"]["histogram"]:
        row("score", "", b["bin"], b["count"], "", "")
    for s, v in report["payments"]["by_status"].items():
        row("payments", "", s, v["count"], "", v["cents"])
    for t in report["trend"]:
        row("trend", "", t["date"], t["calls"], "", t["completes"])
    return n
