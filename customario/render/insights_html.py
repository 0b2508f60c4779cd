"""One self-contained HTML file for an insights report: inline CSS and inline SVG bar charts,
no scripts, no CDN, no external fonts. Every text from the database (questions, quotes) is
HTML-escaped, so an answer cannot inject markup."""

from __future__ import annotations

from html import escape
from typing import Any

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:980px;color:#1d2433;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde3ec;padding-bottom:.3rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}.muted{color:#667085}.kpis{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.kpi{background:#f4f6fa;border-radius:8px;padding:.6rem .9rem;min-width:120px}.kpi b{display:block;font-size:1.3rem}
table{border-collapse:collapse;margin:.4rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #eef1f5;text-align:left}
th{font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}blockquote{margin:.2rem 0 .2rem 1rem;color:#475467}
svg text{font:12px system-ui,sans-serif;fill:#1d2433}.narrative{white-space:pre-wrap;background:#f8fafc;padding:.8rem;border-radius:8px}
"""


def bar_chart(items: list[tuple[str, float]], *, unit: str = "", width: int = 640, bar_h: int = 20) -> str:
    """Horizontal bar chart as inline SVG: ``items`` are (label, value)."""
    if not items:
        return '<p class="muted">no data</p>'
    label_w, pad = 190, 6
    top = max(v for _, v in items) or 1
    plot_w = width - label_w - 80
    h = len(items) * (bar_h + pad) + pad
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" role="img">']
    for i, (label, value) in enumerate(items):
        y = pad + i * (bar_h + pad)
        w = max(1.0, plot_w * value / top) if value else 0
        text = label if len(label) <= 28 else label[:27] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_h * 0.7:.1f}" text-anchor="end">{escape(text)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" fill="#4f7cff"/>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.7:.1f}">{_num(value)}{escape(unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _num(v: Any) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.1f}"
    return f"{int(v):,}" if isinstance(v, (int, float)) else escape(str(v))


def _money(cents: int | None, currency: str | None) -> str:
    if cents is None:
        return "—"
    return f"{cents / 100:,.2f} {escape(currency or '')}".strip()


def _kpi(label: str, value: Any) -> str:
    return f'<div class="kpi"><span class="muted">{escape(label)}</span><b>{escape(str(value))}</b></div>'


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f} %"


def render_html(report: dict) -> str:
    """The whole report as one HTML document (str)."""
    calls, aapor = report["calls"], report["calls"]["aapor"]
    pay, scores, dur = report["payments"], report["scores"], report["durations"]
    nps_q = next((q for q in report["questions"] if q.get("nps")), None)
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Insights: {escape(report['campaign'])}</title><style>{CSS}</style></head><body>",
        f"<h1>Insights: {escape(report['campaign'])}</h1>",
        f"<p class='muted'>Campaign version {report['version']}; calls since {escape(str(report['since'] or 'the start'))}; "
        f"generated {escape(report['generated_at'])}.</p><div class='kpis'>",
        _kpi("calls", f"{calls['total']:,}"),
        _kpi("AAPOR RR1", _pct(aapor["rr1"])),
        _kpi("completion rate", _pct(calls["completion_rate"])),
        _kpi("break-off rate", _pct(calls["breakoff_rate"])),
    ]
    ab = report.get("abandonment") or {}
    if ab.get("rate") is not None:
        out.append(
            _kpi(
                "abandoned, 30 days (cap 3 %)",
                f"{_pct(ab['rate'])} of {ab['answered']:,}" + (" — over the cap" if ab["over_cap"] else ""),
            )
        )
    if nps_q and nps_q["nps"]["nps"] is not None:
        n = nps_q["nps"]
        out.append(_kpi("NPS", f"{n['nps']:+.1f} ({n['ci95'][0]:+.1f} to {n['ci95'][1]:+.1f})"))
    out.append(_kpi("mean score", scores["mean"] if scores["mean"] is not None else "—"))
    out.append(_kpi("paid + approved", _money(pay["committed_cents"], pay["currency"])))
    out.append("</div>")
    if report.get("narrative"):
        out.append(f"<h2>What to do next</h2><div class='narrative'>{escape(report['narrative'])}</div>")
    out.append("<h2>Dispositions</h2>")
    out.append(bar_chart([(k, v) for k, v in calls["by_disposition"].items()]))
    out.append("<h3>AAPOR final disposition codes (one per case)</h3><table><tr><th>code</th><th>cases</th></tr>")
    out += [f"<tr><td>{c}</td><td class='n'>{n:,}</td></tr>" for c, n in aapor["codes"].items()]
    out.append("</table>")
    out.append(
        f"<p>Durations of complete calls: mean {dur['mean_s']} s, median {dur['median_s']} s, p90 {dur['p90_s']} s; "
        f"turns per call: mean {dur['turns_mean']}, median {dur['turns_median']}.</p>"
    )
    out.append("<h2>Questions</h2>")
    for q in report["questions"]:
        out.append(
            f"<h3>{escape(q['id'])}: {escape(q['text'])}</h3><p class='muted'>{escape(q['type'])}; "
            f"answered {q['answered']:,}; " + ", ".join(f"{escape(k)} {v:,}" for k, v in q["status"].items()) + "</p>"
        )
        if q.get("nps") and q["nps"]["n"]:
            n = q["nps"]
            out.append(
                f"<p>NPS <b>{n['nps']:+.1f}</b> (95 % interval {n['ci95'][0]:+.1f} to {n['ci95'][1]:+.1f}); "
                f"promoters {n['promoters']:,}, passives {n['passives']:,}, detractors {n['detractors']:,}.</p>"
            )
        if q.get("mean") and q["mean"]["mean"] is not None:
            m = q["mean"]
            ci = f" (95 % interval {m['ci95'][0]} to {m['ci95'][1]})" if m["ci95"] else ""
            out.append(f"<p>Mean <b>{m['mean']}</b>{ci}, n = {m['n']:,}.</p>")
        if q.get("distribution"):
            out.append(bar_chart([(d["label"], d["count"]) for d in q["distribution"]]))
        th = report["themes"].get(q["id"])
        if th:
            out.append(
                f"<p class='muted'>{th['answers']:,} answers coded into themes ({escape(report['themes_method'])}).</p>"
            )
            out.append(bar_chart([(t["theme"], t["count"]) for t in th["themes"]] + [("other", th["other"])]))
            for t in th["themes"]:
                out.append(f"<p><b>{escape(t['theme'])}</b> — {t['count']:,} ({100 * t['share']:.1f} %)</p>")
                out += [f"<blockquote>“{escape(x)}”</blockquote>" for x in t["quotes"]]
    out.append("<h2>Scores and payments</h2>")
    out.append(f"<p>{scores['n']:,} evaluated calls; mean score {scores['mean']}, median {scores['median']}.</p>")
    out.append(bar_chart([(b["bin"], b["count"]) for b in scores["histogram"]]))
    out.append("<table><tr><th>payment status</th><th>payments</th><th>amount</th></tr>")
    out += [
        f"<tr><td>{escape(s)}</td><td class='n'>{v['count']:,}</td><td class='n'>{_money(v['cents'], pay['currency'])}</td></tr>"
        for s, v in pay["by_status"].items()
    ]
    out.append("</table>")
    if report["trend"]:
        out.append("<h2>Day by day</h2>")
        out.append(bar_chart([(t["date"], t["calls"]) for t in report["trend"][-60:]], unit=" calls"))
    out.append(
        "<p class='muted'>NPS interval: normal approximation; means: t interval; AAPOR RR1 per the AAPOR Standard "
        "Definitions (each case counted once).</p></body></html>"
    )
    return "\n".join(out)
