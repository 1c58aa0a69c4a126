"""A self-contained HTML report: inline CSS, an inline SVG bar of the verdict counts, everything escaped."""

from __future__ import annotations

from html import escape

from factdesk.claims.report.data import GROUPS, ORPHANED, CitedEvidence, Report, ReportClaim
from factdesk.claims.report.quoting import Quote
from factdesk.claims.report.text_formats import TITLES, reason_label
from factdesk.claims.report.times import readable_time

COLOURS = {"disputed": "#c0392b", "unsupported": "#b7950b", "verified": "#1e8449", "unreviewed": "#7f8c8d"}
CSS = """
body{font:15px/1.5 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}
.meta{color:#555;font-size:.9em}.meta dt{font-weight:bold;float:left;clear:left;width:7em}.meta dd{margin-left:7.5em}
.claim{border-left:4px solid #999;padding:.3em .8em;margin:1em 0;page-break-inside:avoid}
.claim.disputed{border-color:#c0392b}.claim.unsupported{border-color:#b7950b}.claim.verified{border-color:#1e8449}
.kind{font-variant:small-caps;color:#555}blockquote{margin:.4em 0 .4em 1em;color:#333}mark{background:#fff2a8}
.evidence{font-size:.92em}.note{background:#f4f4f4;padding:.2em .5em;white-space:pre-wrap}
mark.disputed{background:#f5b7b1}mark.unsupported{background:#fcf3cf}mark.verified{background:#d5f5e3}
.corrections{border:2px solid #c0392b;padding:.2em 1em 1em;margin:1em 0}.corrections h2{margin-top:.5em;border:0}
.corrections li{margin:.6em 0}.corrections .label{font-weight:bold;display:inline-block;min-width:6.5em}
.sentence{margin:1.5em 0 .5em;font-size:1.05em}.sentence .number{color:#777;font-size:.85em}.again{color:#555}
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


def _quoted(quote: Quote) -> str:
    """The sentence with every claim in it marked, coloured by the worst verdict on those words."""
    return "".join(
        f'<mark class="{escape(verdict)}">{escape(text)}</mark>' if verdict else escape(text)
        for text, verdict in quote.pieces()
    )


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _cited(item: CitedEvidence) -> str:
    details = ", ".join(escape(p) for p in (item.title, item.publisher, item.date) if p)
    if item.missing:
        details = "not in the store (removed or renamed since it was linked): cited by its id only"
    url = _safe_url(item.url)
    link = f' <a href="{escape(url)}">{escape(url)}</a>' if url else ""
    return f"<code>{escape(item.store_id)}</code>: {details}{link}"


def _corrections(report: Report) -> str:
    wanted = report.corrections()
    if not wanted:
        return (
            '<section class="corrections" id="corrections"><h2>Corrections</h2>'
            "<p>Nothing disputed: no correction to make.</p></section>"
        )
    items = []
    for claim, names in wanted:
        cited = {item.store_id: item for item in (*claim.evidence, *(e for name in names for e in name.evidence))}
        sources = "; ".join(_cited(item) for item in cited.values()) or "none cited"
        notes = dict.fromkeys(item.note for item in (claim, *names) if item.note)
        note = "".join(
            f'<br><span class="label">Note</span> <span class="note">{escape(text)}</span>' for text in notes
        )
        kinds = ", ".join(dict.fromkeys([claim.kind, *(name.kind for name in names)]))
        written = (
            f'<a href="#s{report.sentence_of.get(claim.id)}">{escape(report.heading(claim))}</a>'
            if claim.text == claim.sentence
            else f'“<mark class="disputed">{escape(report.written(claim))}</mark>”'
        )
        items.append(
            f'<li><span class="label">As written</span> {written} <span class="kind">{escape(kinds)}</span>'
            f'<br><span class="label">Correction</span> {escape(claim.correction or "")}{note}'
            f'<br><span class="label">Source</span> {sources} <a href="#{escape(claim.id)}">details</a></li>'
        )
    return (
        f'<section class="corrections" id="corrections"><h2>Corrections ({len(wanted)})</h2>'
        f"<p>What must change, in article order.</p><ol>{''.join(items)}</ol></section>"
    )


def _claim(report: Report, claim: ReportClaim) -> str:
    parts = [
        f'<div class="claim {escape(claim.verdict)}" id="{escape(claim.id)}">',
        f'<h3>{escape(report.heading(claim))}</h3><div class="kind">{escape(claim.kind)} · {escape(claim.id)}'
        + (" · orphaned" if claim.orphaned else "")
        + "</div>",
    ]
    if claim.reviewer:
        when = readable_time(claim.at)
        parts.append(
            f"<p>Verdict: <b>{escape(claim.verdict)}</b>, by {escape(claim.reviewer)}"
            + (f", {escape(when)}" if when else "")
            + "</p>"
        )
    if claim.correction and claim.correction != (claim.suggestion or {}).get("reason"):
        parts.append(f"<p><b>Correction:</b> {escape(claim.correction)}</p>")
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
            quote = f"<blockquote>{escape(item.quote)}</blockquote>" if item.quote else ""
            parts.append(f"<li>{_cited(item)}{quote}</li>")
        parts.append("</ul>")
    parts.append("</div>")
    return "\n".join(parts)


def render_html(report: Report) -> str:
    article = report.article
    title = escape(str(article.get("title") or article.get("path") or "article"))
    meta = "".join(f"<dt>{label}</dt><dd>{escape(value)}</dd>" for label, value in report.metadata())

    body = [
        f"<h1>Claims report: {title}</h1>",
        _corrections(report),
        f'<dl class="meta">{meta}</dl>',
        "<h2>Summary</h2>",
        _bar(report),
    ]
    quoted: set[int] = set()
    for group in (*GROUPS, ORPHANED):
        claims = report.group(group)
        if not claims:
            continue
        body.append(f"<h2>{TITLES[group]} ({len(claims)})</h2>")
        for quote, members in report.by_sentence(claims):
            if quote.number in quoted:
                link = f'<a href="#s{quote.number}">Sentence {quote.number}</a>'
                body.append(f'<p class="again">{link}, quoted above:</p>')
            else:
                quoted.add(quote.number)
                body.append(
                    f'<blockquote class="sentence" id="s{quote.number}"><span class="number">[{quote.number}]</span> '
                    f"{_quoted(quote)}</blockquote>"
                )
            body.extend(_claim(report, claim) for claim in members)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>Claims report: {title}</title><style>{CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
