"""Text helpers shared by the chunker, the lexical search and the citation checks.

Sentence splitting and word normalisation live here, once, so that the index and
the answer checks agree on what a sentence and a word are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

MARKER_RE = re.compile(r"\[(\d{1,3})\]")
_WORD_RE = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_BULLET_RE = re.compile(r"^\s*(?:[•◦▪‣*]|-(?=\s))\s*")
_ABBREVIATIONS = frozenset(
    "e.g i.e etc mr mrs ms dr prof st no nos art arts vs cf al fig p pp vol ed eds approx".split()
)
# A sentence ends at . ! ? (and closing quotes or brackets, and a footnote marker glued
# to the punctuation), followed by white space.
_END_RE = re.compile(r"[.!?][\"”’)\]]*(?:\[\d{1,3}\])?(?=\s)")

STOPWORDS = frozenset(
    """a about above after again against all almost also am an and any are as at be because
    been before being below between both but by can could did do does doing down during each
    every few for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not of off on once only or other
    our ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves many much thus also may might must shall via per
    kinda sorta stuff thing things gonna wanna gotta pls plz rn tbh btw idk lol ur hey hi
    hello okay isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt cant couldnt
    wouldnt shouldnt aint whats thats whos wheres whens hows theres heres""".split()
)


def fold(text: str) -> str:
    """Fold white space and compatibility characters, for substring comparisons."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """The words of a text, in order, as written."""
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).replace("’", "'"))


def stem(word: str) -> str:
    """A light English stemmer: enough to match 'countries'/'country', 'efficient'/'efficiency'."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    for suffix, repl in (
        ("ational", "ate"),
        ("iveness", "ive"),
        ("fulness", "ful"),
        ("ousness", "ous"),
        ("ization", "ize"),
        ("isation", "ise"),
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ions", ""),
        ("ion", ""),
        ("ness", ""),
        ("ment", ""),
        ("ency", "ent"),
        ("ancy", "ant"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("y") and len(w) > 4:
        w = w[:-1] + "i"
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def terms(text: str) -> list[str]:
    """Content words (stop words removed), stemmed, lower case, in order; a hyphenated
    compound counts as its parts ("people-trafficking" has "trafficking")."""
    out: list[str] = []
    for w in words(text):
        for part in w.lower().split("-"):
            if part.replace("'", "") in STOPWORDS or (len(part) < 2 and not part.isdigit()):
                continue
            out.append(stem(part))
    return out


def drop_empty_parens(text: str) -> str:
    """Remove the empty parentheses left where a source had a link ("FRONTEX ( )")."""
    return _EMPTY_PARENS_RE.sub("", text)


_EMPTY_PARENS_RE = re.compile(r"\s*\(\s*\)")


def quotes(text: str) -> bool:
    """Whether a text holds a quotation mark, straight or curly."""
    return bool(QUOTE_MARK_RE.search(text))


QUOTE_MARK_RE = re.compile(r"[“”\"]")


def strip_markers(text: str) -> str:
    """Remove footnote markers like [2], so that they are not read as passage labels."""
    return MARKER_RE.sub("", text)


_BRACKETED_RE = re.compile(r"[\[［【〔][^\[\]［］【】〔〕\n]{0,40}[\]］】〕]")
_LABEL_BODY_RE = re.compile(r"¶?\d{1,6}(?:[,;–-]¶?\d{1,6})*")


def neutralise_labels(text: str) -> str:
    """Remove whatever a reader would take for a citation label: [7], [ ¶ 99 ], ［¶9］,
    [¶9, ¶10], with invisible characters inside. Only the answer's own labels may cite;
    one carried in from a source would point at nothing."""

    def drop(match: re.Match[str]) -> str:
        inner = "".join(
            ch
            for ch in match.group()[1:-1]
            if not ch.isspace() and unicodedata.category(ch) != "Cf"
        )
        return "" if _LABEL_BODY_RE.fullmatch(inner) else match.group()

    return _BRACKETED_RE.sub(drop, text)


def is_heading(block: str) -> bool:
    """A one-line block without closing punctuation reads as a heading."""
    line = block.strip()
    return (
        "\n" not in line
        and 0 < len(line) <= 90
        and not line.endswith((".", "!", "?", ":", ";", ","))
        and not _BULLET_RE.match(line)
    )


def is_list(block: str) -> bool:
    lines = [ln for ln in block.splitlines() if ln.strip()]
    return bool(lines) and all(_BULLET_RE.match(ln) for ln in lines)


def split_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the blocks of a text that blank lines separate, stripped of outer white space."""
    pos = 0
    for part in re.split(r"(\n[ \t]*\n)", text):
        if not part.strip() or re.fullmatch(r"\n[ \t]*\n", part):
            pos += len(part)
            continue
        lead = len(part) - len(part.lstrip())
        trail = len(part) - len(part.rstrip())
        yield pos + lead, pos + len(part) - trail
        pos += len(part)


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of a block, as offsets (plus `offset`).

    A list block gives one sentence a bullet. A footnote marker that follows the full
    stop ("...EUROSUR.[2]") stays with the sentence it closes.
    """
    if is_list(text):
        spans = []
        pos = 0
        for line in text.splitlines(keepends=True):
            body = line.strip()
            if body:
                start = pos + line.index(body)
                m = _BULLET_RE.match(line)
                if m:
                    start = pos + m.end()
                spans.append((offset + start, offset + pos + len(line.rstrip())))
            pos += len(line)
        return spans
    spans = []
    start = 0
    for m in _END_RE.finditer(text):
        end = m.end()
        if _is_abbreviation(text, m.start()):
            continue
        rest = text[end:].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“'‘([•"):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        out.append((offset + s + lead, offset + e - trail))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not m:
        return False
    token = m.group(1).lower().strip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())
