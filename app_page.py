"""The page's markup: answers as inert Markdown, sources and audits as escaped HTML, and
the style and script the page loads. Everything from a document or the model is escaped.

A citation label in an answer is a link to `#cite-<turn>-<label>`; the page's script
turns a click on one into a request for that turn's citation (see `SCRIPT`).
"""

from __future__ import annotations

import html
import re

from index.text import drop_empty_parens
from qa.audit import NOT_FOUND, AuditItem
from qa.render import cited_where
from qa.types import Answer, Citation

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>])")
_LABEL = re.compile(r"\\\[(¶?)(\d{1,3})\\\]")
REFUSAL_MARK = "Not in the sources —"

# Colours chosen for WCAG AA (4.5:1) on Gradio's own light and dark backgrounds.
CSS = """
#source-panel mark { background: #ffe58a; color: #1f1f1f; padding: 0 2px; }
#source-panel .meta { font-size: 0.9em; color: #3d3d3d; margin-bottom: 0.5em; }
#source-panel blockquote { border-left: 3px solid #999; margin: 0; padding-left: 0.8em; }
.dark #source-panel mark { background: #5c4a00; color: #fff8dc; }
.dark #source-panel .meta { color: #d0d0d0; }
#audit-panel .meta { font-size: 0.9em; margin-top: 0.8em; }
#audit-panel blockquote { border-left: 3px solid #999; margin: 0.2em 0; padding-left: 0.8em; }
#chat a[href^="#cite-"] { text-decoration: underline; cursor: pointer; }
#cite-request { display: none !important; }
@media (max-width: 700px) {
  #chat { height: 55vh !important; min-height: 240px; }
}
"""

# A label link asks the (hidden) #cite-request box for its turn's citation; the nonce makes
# a second click on the same label a change too. The panel is then scrolled into view
# (on a phone it sits below the answer).
SCRIPT = """
() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#cite-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const box = document.querySelector('#cite-request textarea, #cite-request input');
    if (!box) return;
    box.value = link.getAttribute('href').slice(6) + '|' + Date.now();
    box.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => {
      const panel = document.querySelector('#citations');
      if (panel) panel.scrollIntoView({ block: 'start', behavior: 'instant' });
    }, 300);
  }, true);
}
"""

# Copies the Markdown export (the #export box) to the clipboard, where the page may.
COPY_SCRIPT = """
(text) => {
  if (navigator.clipboard && text) { navigator.clipboard.writeText(text).catch(() => {}); }
  return text;
}
"""


def safe_markdown(text: str, turn: int | None = None) -> str:
    """Text from the model or a document as inert Markdown.

    Citation labels become links to that turn's citations when `turn` is given, bold
    text otherwise.
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    if turn is None:
        return _LABEL.sub(r"**[\1\2]**", escaped)
    return _LABEL.sub(
        lambda m: f"[**\\[{m[1]}{m[2]}\\]**](#cite-{turn}-{'p' if m[1] else ''}{m[2]})",
        escaped,
    )


def label_of(slug: str) -> str:
    """The label a link names: 'p6' -> '[¶6]', '2' -> '[2]'."""
    return f"[¶{slug[1:]}]" if slug.startswith("p") else f"[{slug}]"


def render_answer(answer: Answer, turn: int | None = None) -> str:
    if answer.refused:
        return f"**{REFUSAL_MARK}** *" + safe_markdown(answer.text) + "*"
    return safe_markdown(answer.text, turn)


def status_line(answer: Answer, retrieval_only: bool = False) -> str:
    """What the answer is and what it stands on, in the reader's terms."""
    searched = (
        f" Searched as: “{safe_markdown(answer.standalone_question)}”."
        if answer.standalone_question
        else ""
    )
    if answer.refused:
        return "**Not in the sources** — the assistant refused rather than guess." + searched
    extractive = "the sources' own sentences"
    kinds = {
        "llm": "written by the model and verified against the cited passages",
        "extractive": extractive + (" (retrieval only, as chosen)" if retrieval_only else ""),
        "card": "from the article's record and its footnotes",
    }
    n = len({c.label for c in answer.citations})
    sources = {0: "no source cited", 1: "1 source cited"}.get(n, f"{n} sources cited")
    return f"**Answer** — {kinds.get(answer.mode, answer.mode)}; {sources}.{searched}"


def safe_link(url: str) -> str:
    """A link for an http(s) address only (never javascript: or data:), escaped."""
    if not url.startswith(("https://", "http://")):
        return "address not known"
    href = html.escape(url)
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{href}</a>'


def source_html(c: Citation) -> str:
    """The cited passage with its supporting sentence highlighted, and its document.

    An article sentence that carries footnote marker n is the article's text: it is shown
    as the article's paragraph, naming footnote n as the article's source for it.
    """
    where = cited_where(c)
    where = where[:1].upper() + where[1:]
    link = safe_link(c.url)
    meta = " · ".join(html.escape(x) for x in (c.title, c.publisher, c.date) if x)
    at = c.text.find(c.sentence) if c.sentence else -1
    if at >= 0:
        body = (
            html.escape(drop_empty_parens(c.text[:at]))
            + "<mark>"
            + html.escape(drop_empty_parens(c.sentence))
            + "</mark>"
            + html.escape(drop_empty_parens(c.text[at + len(c.sentence) :]))
        )
    else:
        body = html.escape(drop_empty_parens(c.text))
    return (
        f'<div class="meta"><b>{html.escape(c.label)}</b> {where} · {meta} · {link}</div>'
        f'<blockquote class="passage">{body}</blockquote>'
    )


def audit_html(items: list[AuditItem]) -> str:
    """The footnote audit: each verdict, the article's sentence and the source's, escaped."""
    if not items:
        return "<p>No claims to check.</p>"
    rows = []
    for item in items:
        claim = item.claim
        beside = ", ".join(map(str, claim.beside))
        where = f"footnote [{claim.footnote}]" if claim.footnote is not None else "unsourced"
        where += f", beside [{beside}]" if beside and claim.footnote is None else ""
        cited = f"{item.doc_id} — {item.title}" if item.doc_id else "no document"
        parts = [
            f'<div class="meta"><b>{html.escape(item.verdict)}</b> · {html.escape(where)} → '
            f"{html.escape(cited)}</div>",
            f"<blockquote><b>article {html.escape(claim.label)}</b>: "
            f"{html.escape(claim.text)}</blockquote>",
        ]
        side = "closest" if item.verdict == NOT_FOUND else "source"
        parts += [
            f"<blockquote><b>{side} {html.escape(p.label)}</b>: {html.escape(p.text)}</blockquote>"
            for p in item.evidence
        ]
        parts += [f"<div>differs: {html.escape(str(d))}</div>" for d in item.differences]
        if item.note:
            parts.append(f"<div><i>{html.escape(item.note)}</i></div>")
        rows.append(f'<li class="audit-item">{"".join(parts)}</li>')
    return "<ol class='audit'>" + "".join(rows) + "</ol>"
