"""A self-contained HTML report: inline CSS, an inline SVG bar of the verdict counts, everything escaped."""

from __future__ import annotations

from html import escape

from factdesk.claims.report.data import GROUPS, ORPHANED, Report, ReportClaim
from factdesk.claims.report.text_formats import TITLES, reason_label

COLOURS = {"disputed": "#c0392b", "unsupported": "#b7950b", "verified": "#1e8449", "unreviewed": "#7f8c8d"}
CSS = """
body{font:15px/1.5 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}
.meta{color:#555;font-size:.9em}.meta dt{font-weight:bold;float:left;clear:left;width:7em}.meta dd{margin-left:7.5em}
.claim{border-left:4px solid #999;padding:.3em .8em;margin:1em 0;page-break-inside:avoid}
.claim.disputed{border-color:#c0392b}.claim.unsupported{border-color:#b7950b}.claim.verified{border-color:#1e8449}
.kind{font-variant:small-caps;color:#555}blockquote{margin:.4em 0 .4em 1em;color:#333}mark{background:#fff2a8}
.evidence{font-size:.92em}.note{background:#f4f4f4;padding:.2em .5em}
@media print{body{margin:0}a{color:#000}}
"""


def _bar(report: Report) -> str:
    total = max(1, report.counts["total"])
    x, parts = 0.0, []
    for group in GROUPS:
        width = 600 * report.counts[group] / total
        if width:
            parts.append(
                f'<rect x="{x:.1f}" y="0" width="{width:.1f}" height="24" fill="{COLOURS[group]}">'
                f"<title>{TITLES[group]}: {report.counts[group]}</title></rect>"
            )
        x += width
    legend = " · ".join(f'<span style="color:{COLOURS[g]}">■</span> {TITLES[g]} {report.counts[g]}' for g in GROUPS)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="24" role="img" '
        f'aria-label="verdict counts">{"".join(parts)}</svg><p>{legend}</p>'
    )


def _sentence(claim: ReportClaim) -> str:
    at = claim.sentence.find(claim.text) if claim.text else -1
    if at < 0:
        return escape(claim.sentence)
    return (
        escape(claim.sentence[:at])
        + "<mark>"
        + escape(claim.text)
        + "</mark>"
        + escape(claim.sentence[at + len(claim.text) :])
    )


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _claim(claim: ReportClaim) -> str:
    parts = [
        f'<div class="claim {escape(claim.verdict)}" id="{escape(claim.id)}">',
        f'<h3>{escape(claim.text)}</h3><div class="kind">{escape(claim.kind)} · {escape(claim.id)}'
        + (" · orphaned" if claim.orphaned else "")
        + "</div>",
        f"<blockquote>{_sentence(claim)}</blockquote>",
    ]
    if claim.reviewer:
        parts.append(
            f"<p>Verdict: <b>{escape(claim.verdict)}</b>, by {escape(claim.reviewer)} at {escape(claim.at or '')}</p>"
        )
    if claim.note:
        parts.append(f'<p class="note">Note: {escape(claim.note)}</p>')
    if claim.suggestion:  # the reason is always given, also when the reviewer agreed with it
        parts.append(
            f"<p>{reason_label(claim)}: {escape(str(claim.suggestion.get('verdict')))} "
            f"({escape(str(claim.suggestion.get('confidence')))}%): "
            f"{escape(str(claim.suggestion.get('reason', '')))}</p>"
        )
    if claim.evidence:
        parts.append('<ul class="evidence">')
        for item in claim.evidence:
            details = ", ".join(escape(p) for p in (item.title, item.publisher, item.date) if p)
            url = _safe_url(item.url)
            link = f' <a href="{escape(url)}">{escape(url)}</a>' if url else ""
            quote = f"<blockquote>{escape(item.quote)}</blockquote>" if item.quote else ""
            parts.append(f"<li><code>{escape(item.store_id)}</code>: {details}{link}{quote}</li>")
        parts.append("</ul>")
    parts.append("</div>")
    return "\n".join(parts)


def render_html(report: Report) -> str:
    article = report.article
    title = escape(str(article.get("title") or article.get("path") or "article"))
    meta = "".join(f"<dt>{label}</dt><dd>{escape(value)}</dd>" for label, value in report.metadata())

    body = [f"<h1>Claims report: {title}</h1>", f'<dl class="meta">{meta}</dl>', "<h2>Summary</h2>", _bar(report)]
    for group in (*GROUPS, ORPHANED):
        claims = report.group(group)
        if claims:
            body.append(f"<h2>{TITLES[group]} ({len(claims)})</h2>")
            body.extend(_claim(claim) for claim in claims)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>Claims report: {title}</title><style>{CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
