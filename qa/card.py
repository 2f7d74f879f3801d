"""The document card: answers about the article itself and about what its footnotes cite.

"Who wrote this?", "When was it published?", "What is the article for?", "What does
footnote 3 cite?" are answered from the article's header, its own statement of aim and
its footnote list joined with the manifest's record of each cited document. Every line
is cited to the article passage it comes from (the header, the note, the sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.store import Store
from index.text import drop_empty_parens, quotes, stem, strip_markers, terms
from index.types import Chunk, Sentence, Source
from qa.analyze import (
    AGENT,
    DATE,
    DEFINITION,
    NUMBER,
    OTHER,
    PERSON,
    SOURCE,
    YESNO,
    Question,
)
from qa.entities import DEMONYMS, MONTHS, countries, dates, number_word
from qa.entities import numbers as _numbers
from qa.select import label_for
from qa.thesaurus import vouched
from qa.types import Evidence

_ARTICLE = r"\b(?:article|piece|text|paper|essay|analysis|author|writer|this|it)\b"
_ARTICLE_NOUN = r"(?:article|piece|text|paper|essay|analysis)"
_FIELDS = (
    ("footnote", re.compile(r"\b(?:foot ?not(?:es?|ed)|end ?notes?|notes?\s*\[?\d|references?|"
                            r"cites?|cited|citing|citations?|bibliograph\w*)\b", re.I)),
    ("aim", re.compile(rf"\b(?:{_ARTICLE_NOUN}|author|writer)\s+(?:says?|said|states?|gives?)\s+"
                       r"(?:its|her|their)\s+(?:aim|purpose|goal|objective)\b|"
                       rf"\b(?:{_ARTICLE_NOUN}|author|writer)(?:'s)?\s+(?:(?:says?|said|claims?)\s+(?:it|she)\s+|"
                       rf"\w+\s+)?(?:aim(?:s|ing)?|"
                       rf"purpose|goal|objective|sets? out|setting out|intend(?:s|ing)?|tries|"
                       rf"trying|seek(?:s|ing)?|hop(?:es|ing) to|wants? to)\b|"
                       rf"\b(?:aim|purpose|goal|objective|point)\s+of\s+(?:the|this)\s+"
                       rf"{_ARTICLE_NOUN}\b|\bwhat(?:'s|’s| is)\s+(?:the|this)\s+{_ARTICLE_NOUN}\s+"
                       rf"(?:\w+\s+)?about\b", re.I)),
    ("argument", re.compile(r"\b(?:argument|thesis|contention)\b|\bargu(?:e|es|ed|ing)\b|"
                            r"\b(?:main|key|central|core|overall)\s+(?:point|idea)\b(?!s)|"
                            r"\b(?:her|his)\s+(?:\w+\s+)?(?:point|message|case|take)\b|"
                            r"\btrying to (?:say|argue|make)\b|\bgetting at\b|"
                            r"\bmak(?:e|es|ing) the case\b", re.I)),
    ("author", re.compile(rf"\b(?:author|authors|wrote|writer|written by|by whom|"
                          rf"{_ARTICLE_NOUN} by|writes? (?:the|this) {_ARTICLE_NOUN})\b", re.I)),
    ("date", re.compile(rf"\b(?:when|date|dated|(?:what|which)\s+(?:exact\s+|precise\s+)?"
                        rf"(?:year|day|month))\b.*\b(?:{_ARTICLE_NOUN}|it|"
                        rf"this)\b.*\b(?:written|published|dated|appear\w*|come out|released)\b|"
                        rf"\bwhen\b.*\b(?:written|published|released)\b.*\b(?:{_ARTICLE_NOUN}|it|"
                        rf"this)\b|"
                        rf"\b(?:date|age) of (?:the|this) {_ARTICLE_NOUN}\b|"
                        rf"\b{_ARTICLE_NOUN}(?:'s)? date\b|"
                        rf"\b{_ARTICLE_NOUN} (?:have|has|got|carry|bear|show|give) (?:a|an|any) "
                        rf"(?:printed |publication )?date\b|\b(?:is|was) (?:the|this) "
                        rf"{_ARTICLE_NOUN} dated\s*\??$", re.I)),
    ("publisher", re.compile(rf"\b{_ARTICLE_NOUN}\s+(?:is\s+|was\s+)?from\s+[A-Z]|"
                             r"\b(?:publish\w*|institute|think[- ]?tank|put (?:\w+ ){0,2}out|"
                             r"issu(?:ed|es|ing)|released|produced|brought out)\b", re.I)),
    ("title", re.compile(rf"\b(?:title of (?:the|this) {_ARTICLE_NOUN}|{_ARTICLE_NOUN}'s title|"
                         rf"{_ARTICLE_NOUN} (?:is )?(?:called|titled|entitled)|"
                         rf"{_ARTICLE_NOUN} (?:have|has|got|carry|bear|show) (?:a|an|any) "
                         rf"(?:printed )?title|is there an? title)\b", re.I)),
    ("conclusion", re.compile(r"\b(?:bottom[- ]line|conclu(?:de|des|ded|ding|sion|sions)|"
                              r"take-?aways?|main message|final (?:point|word|thought)s?|"
                              r"wraps? up|end(?:s)? (?:up )?(?:by|with|on))\b|"
                              rf"\bhow\s+(?:does|did)\s+(?:the|this|her)\s+{_ARTICLE_NOUN}\s+"
                              r"(?:end|close|finish)\b|\b(?:say|says|said)\s+(?:at\s+the\s+end|"
                              r"last|in\s+closing)\b", re.I)),
    ("opening", re.compile(rf"\bhow\s+(?:does|did)\s+(?:the|this|her)\s+{_ARTICLE_NOUN}\s+"
                           r"(?:begin|open|start)\b|"
                           rf"\b{_ARTICLE_NOUN}\s+(?:say|says|said|tell|tells)\s+(?:us\s+)?"
                           r"(?:first|at\s+the\s+(?:start|beginning|outset))\b|"
                           rf"\b(?:first|opening)\s+(?:sentence|line|paragraph)\s+of\s+(?:the|this)\s+"
                           rf"{_ARTICLE_NOUN}\b|\b{_ARTICLE_NOUN}(?:'s|’s)\s+(?:first|opening)\s+"
                           r"(?:sentence|line|paragraph)\b", re.I)),
    ("url", re.compile(r"\b(?:url|web ?address|web ?link|hyperlink|"
                       r"(?:a|the|any|its|their) link(?! between)|"
                       r"links?\s+to\s+(?:the|this|it)\b|website|web page|online|"
                       r"where can i (?:find|read))\b", re.I)),
    ("summary", re.compile(r"\b(?:bullet(?:ed)?(?:[- ]points?)?|key points|main points|recap|gist|"
                           r"sum(?:s|med|ming)?\s+(?:(?:it|this|the|that)\s+(?:\w+\s+)?)?up|"
                           r"summary|summari[sz]e|highlights|overview|tl;?dr|in a nutshell|eli5|"
                           r"explain\b.{0,40}\blike i['’]?m (?:new|five|5|a beginner)|"
                           r"(?:explain|break down)\s+(?:(?:this|the|that)\s+)?(?:whole\s+)?"
                           r"(?:article|piece|text|paper|essay)\b|"
                           r"(?:i['’]?m|i am) new to (?:this|the topic|the subject))\b",
                           re.I)),
    ("structure", re.compile(rf"\b(?:sections?|headings?|structure[sd]?|organi[sz]ed)\b.*"
                             rf"\b{_ARTICLE_NOUN}\b|\b{_ARTICLE_NOUN}\b.*\b(?:sections?|"
                             rf"headings?|structure[sd]?|organi[sz]ed)\b", re.I)),
)  # fmt: skip
# Words that name the card's fields or the article itself rather than a subject of it.
_FIELD_WORDS = frozenset(
    stem(w)
    for w in """article piece text paper essay analysis author authors writer wrote write written
    publish published publisher institute think tank date dated year when title aim aims
    purpose goal objective set sets out intend intends trying seek seeks footnote footnotes
    note notes endnote reference references cite cites cited citing citation source sources
    document documents structure section sections heading headings organised organized
    issue issued stated state say says said behind first second third one two three tell
    many how which who whom what does did do roughly approximately exactly around about
    originally actually put release released produce produced brought organisation exact
    precise precisely day month
    organization body outfit group institution press house quote quotes quoted quotation
    contain contains determined determine inferred infer worked estimated known established
    deduced""".split()
)
Test = Callable[[Sentence, str], bool]
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


@dataclass(frozen=True)
class CardAnswer:
    text: str
    support: tuple[Evidence, ...]
    refused: bool = False  # the card has no such field: what it does give, and no more


def asks_about_notes(text: str) -> bool:
    """Whether a question asks about the footnotes or what they cite."""
    return bool(dict(_FIELDS)["footnote"].search(text))


_ACCORDING_RE = re.compile(
    r"\b(?:according to|going by|(?:as )?per|based on) (?:the )?(?:foot)?note\b", re.I
)


# "What does the EUROSUR footnote say it helps states do?": the note's words are asked
_NOTE_SAYS_RE = re.compile(
    r"\b(?:foot)?notes?\b.{0,40}\b(?:say|says|said|state|states|mention|mentions|describe|"
    r"describes|explain|explains|quote|quotes|claim|claims)\b",
    re.I,
)


def card_field(
    q: Question, described: frozenset[str] = frozenset(), titled: frozenset[str] = frozenset()
) -> str:
    """Which field of the card a question asks for; '' when it asks about the content.

    `described` holds the words of the cited documents' metadata: "the Council meeting
    cited in footnote 1" names a document; "what does EUROSUR help states fight?" asks
    what a note says."""
    content = [t for t in q.terms if t not in _FIELD_WORDS]
    # a follow-up's own words before the earlier question's it carries in brackets:
    # "which institute published it? (wrote article)" asks the publisher
    first = re.sub(r"\s*\([^()]*\)\s*$", "", q.text)
    fields = [f for f in _FIELDS if f[1].search(first)]
    fields += [f for f in _FIELDS if f[1].search(q.text) and f not in fields]
    for name, _ in fields:
        if name == "footnote":
            asked = [t for t in content if t not in described and not t.isdigit()]
            if _LINK_RE.search(q.text):  # "Is the link given for footnote 1 verified?"
                asked = [t for t in asked if t not in _LINK_WORDS]
            says = _ACCORDING_RE.search(q.text) or _NOTE_SAYS_RE.search(q.text)
            if len(asked) > 2 or (asked and says):
                continue  # "according to the footnote on X, what does X help fight?"
            if set(asked) & _PEOPLE_ROLES:
                continue  # "Who chaired the meeting footnote 1 cites?": a record names no one
            return name
        about_article = bool(re.search(rf"\b(?:this|the) {_ARTICLE_NOUN}\b", q.text, re.I))
        said = {f for f, _ in fields} & {"conclusion", "summary", "aim", "argument"}
        if name == "author" and said and not _WHO_WROTE_RE.search(q.text):
            continue  # "What does the author conclude?" asks what is said, not by whom
        if name in {
            "conclusion",
            "url",
            "opening",
        }:  # "the article's bottom line", not "X concluded"
            mine = re.search(r"\b(?:article|author|writer|piece|paper|text)\b", q.text, re.I)
            own = not [t for t in content if t not in _OWN_WORDS]
            if (q.kind == YESNO and not (name == "url" and own)) or (not mine and not own):
                continue  # "Does the article have a URL?" asks the card; "X concluded?" not
        if name == "summary" and [t for t in content if t not in _SUMMARY_WORDS | titled]:
            continue  # "summarise what the article says about X" asks for content; the
            # article's own title words ("PESCO and migration") ask for all of it
        if name == "argument" and (
            q.kind == YESNO or set(content) - _ARGUMENT_WORDS - _SUMMARY_WORDS
        ):
            continue  # "Does she argue X?", "what does the author argue about X?": content
        if name == "aim" and len(content) > 2:
            continue  # "give the timeline the article sets out for X": it asks for content
        if name in {"author", "publisher", "date"} and _SAYS_FRAME_RE.search(q.text):
            continue  # "Is it true the article says 25 states signed and published a list?"
            # asks what it says: the words of publishing are the claim's, not the card's
        if [t for t in content if t not in titled] and name in {"author", "publisher", "date"}:
            # "Is the article by X?", "Is X the author?": the card settles who
            named = {t for n in q.names for t in terms(n)}
            only_names = name == "author" and not set(content) - named - _NAME_PARTICLES
            if not (q.kind == YESNO and (about_article or only_names) and name != "date"):
                continue
        return name
    return ""


# the article or its author saying something: what follows is a claim of its content
_SAYS_FRAME_RE = re.compile(
    rf"\b(?:{_ARTICLE_NOUN}|author|writer)\s+(?:says?|said|argues?|argued|claims?|claimed|"
    r"states?|stated|reports?|reported|mentions?|mentioned|notes?|noted|suggests?|suggested|"
    r"tells?|told)\b",
    re.I,
)
# what people do at a meeting or for a document, which no record of the notes tells
_PEOPLE_ROLES = frozenset(
    stem(w)
    for w in """chair chaired chairs preside presided head headed lead led attend attended
    host hosted speak spoke spokesperson minister ministers president""".split()
)
# A question asking who wrote, not what the writer says
_WHO_WROTE_RE = re.compile(r"\b(?:who|whom|wrote|written|name of the)\b", re.I)
# Lower-case words inside people's names ("Fornaciari da Passano", "van der Berg")
_NAME_PARTICLES = frozenset("da de di del della van von der den le la du dos".split())
# Words of a question asking for the article's conclusion or address, not of a subject
_OWN_WORDS = frozenset(
    stem(w)
    for w in """bottom line conclusion conclusions conclude concludes takeaway takeaways main key
    message final point word thought thoughts wrap wraps end ends url link website web page
    address online find read where can""".split()
)
# Words of a question asking for the article's argument as a whole, not about a subject
_ARGUMENT_WORDS = frozenset(
    stem(w)
    for w in """argument arguments thesis contention argue argues argued arguing main central key
    core overall real point message case take trying try say saying make makes making getting
    basically really exactly here there piece idea pls please tell me""".split()
)
# Words of a question asking for the article's opening points, not of a subject.
_SUMMARY_WORDS = frozenset(
    stem(w)
    for w in """bullet bullets bulleted point points key main summary summarise summarize
    highlights overview tldr nutshell top start beginning begin opening opens open list lists
    listed cover covers topic topics give me please briefly quick quickly flag flags flagged
    raise raises there sentence sentences line lines words paragraph few short brief two three
    four five couple sum up recap gist whole overall entire can you it for explain like new
    beginner this eli5 im break down simply plain name names named near outset item items
    every each""".split()
)


# "Which countries does the article name?", "What states come up in the text?"
_STATES_NAMED_RE = re.compile(
    r"\b(?:countries|states|nations|member states)\b.*\b(?:nam(?:e|es|ed|ing)|mention\w*|"
    r"come up|comes up|appear\w*|referred|refers?|cited|listed)\b",
    re.I,
)
_STATES_NAMED_WORDS = frozenset(
    stem(w)
    for w in """countries country states state nations nation member members named name names
    naming mention mentions mentioned come comes up appear appears appeared referred refer
    refers cited listed all every single each which what does do the in""".split()
)


def _states_named(q: Question, store: Store) -> CardAnswer | None:
    """Every state the article names, each with the first sentence naming it, for a
    question asking which states it names and nothing more: a list of the text's own."""
    if not _STATES_NAMED_RE.search(q.text) or q.kind == YESNO:
        return None
    if [t for t in q.terms if t not in _STATES_NAMED_WORDS | _FIELD_WORDS]:
        return None  # "Which states are named as staying out?": the content's question
    first: dict[str, Evidence] = {}
    for ev in _all(store, lambda s, t: s.role in {"body", "list"} and bool(countries(t))):
        for state in sorted(countries(ev.text)):
            first.setdefault(state, ev)
    if not first:
        return None
    by_sentence: dict[tuple[str, int], list[str]] = {}
    for state, ev in sorted(first.items(), key=lambda p: p[1].text.lower().find(p[0])):
        by_sentence.setdefault(ev.key, []).append(_spelt(state, ev.text))
    support = list(dict.fromkeys(first.values()))
    support.sort(key=lambda e: (e.chunk.doc_id != "article", e.sentence.start))
    parts = [f"{_and(by_sentence[e.key])} {e.label}" for e in support]
    count = number_word(len(first))
    return CardAnswer(f"The article names {count} states: {'; '.join(parts)}.", tuple(support))


def _spelt(state: str, text: str) -> str:
    """A state as the text writes it ("the United Kingdom" for "united kingdom")."""
    m = re.search(rf"\b(?:the\s+)?{re.escape(state)}\b", text, re.I)
    return m.group(0) if m else state.title()


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _asks_who_author_is(q: Question, author: str) -> bool:
    """Whether a question asks who the author is by name ("Who is <author>?", "What do we
    know about <author>?", "Tell me about <author>"), naming nothing else: a class of
    questions about the people the card names."""
    own = {t for t in terms(author)} - {stem(p) for p in _NAME_PARTICLES}
    named = {t for n in q.names for t in terms(n)}
    if len(own & named) < min(2, len(own)) or not (own & named):
        return False
    rest = [t for t in q.terms if t not in own | _WHO_IS_WORDS | _NAME_PARTICLES]
    return not rest and q.kind in {AGENT, PERSON, OTHER, DEFINITION}


_WHO_IS_WORDS = frozenset(
    stem(w) for w in "who is was know tell me about us anything background person".split()
)


def _author_attribute(q: Question, author: str) -> str:
    """The personal detail a question asks of the article's author ("the author's job
    title", "what position does <author> hold", "where does the writer work"), which an
    article's card never holds. The author as the one reporting ("what role does the
    author see for X?") is no such question."""
    names = [re.escape(n) for n in re.findall(r"[A-Z][\w'-]{2,}", author or "")]
    who = r"(?:the\s+)?(?:author|writer" + "".join(f"|{n}" for n in names) + r")"
    attr = _PERSONAL
    parts = r"(?:\s+(?:" + "|".join([*names, "da", "de", "di", "van", "von"]) + r"))*"
    for pattern in (
        rf"\b{who}{parts}(?:'s|’s)\s+(?:\w+\s+)?(?P<a>{attr})\b",
        rf"\b(?P<a>{attr})\s+of\s+{who}\b",
        rf"\b(?P<a>{attr})\s+(?:does|did)\s+{who}(?:\s+\w+){{0,3}}?\s+(?:hold|have|occupy)\b",
        rf"\b(?:where|for whom|who)\s+(?:does|did)\s+{who}(?:\s+\w+){{0,3}}?\s+(?P<a>work)\b",
        rf"\b(?P<a>how old)\s+(?:is|was)\s+{who}\b",
        rf"\bwhat else\s+(?:has|have|did|does)\s+{who}{parts}\s+(?P<a>written|write|published)\b",
        rf"\b(?:other|more)\s+(?P<a>articles|works|publications|papers|pieces|books)\s+"
        rf"(?:by|from|of)\s+{who}",
        rf"\b(?P<a>when|where)\s+was\s+{who}(?:\s+\w+){{0,3}}?\s+born\b",
        rf"\b(?:other|more|previous|earlier)\s+(?P<a>articles|works|publications|papers|"
        rf"pieces|books)\s+(?:has|have|did|does)\s+{who}",
        rf"\b(?:has|have|did|does)\s+{who}{parts}\s+(?:\w+\s+){{0,2}}?(?P<a>written|write|"
        rf"published)\s+(?:any\s+)?(?:other|more|previous|earlier)\b",
        rf"\b(?:is|was)\s+{who}{parts}\s+(?:an?\s+)?(?:former\s+|ex-\s*)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<b>officer|diplomat|official|politician|journalist|academic|professor|"
        rf"researcher|soldier|expert|lawyer|student|analyst|civil servant|economist)s?\b",
    ):
        m = re.search(pattern, q.text, re.I)
        if m:
            if m.groupdict().get("b"):  # "Is the author a former navy officer?"
                return "background or career"
            found = m.group("a").lower()
            return _SAID_AS.get(found, found)
    return ""


_SAID_AS = {"work": "employer", "how old": "age", "when": "birth", "where": "birthplace"} | {
    w: "other writings"
    for w in "written write published articles works publications papers pieces books".split()
}
# Details of a person, not of a text: a class (occupation, origin, life, contact).
_PERSONAL = (
    r"job(?: title)?|position|post|role|occupation|profession|employer|nationality|"
    r"citizenship|age|birthplace|background|education|degree|qualifications?|expertise|"
    r"career|biography|email|e-mail|contact details|phone|salary|gender"
)


def card_answer(q: Question, store: Store) -> CardAnswer | None:
    """The card's answer to a question about the article itself, or None. A question
    asking which source backs a statement is the statement's: its sentence's note says."""
    if q.kind == SOURCE and [t for t in q.terms if t not in _FIELD_WORDS]:
        return None  # "What source backs the claim that X?": X's sentence's note says
    described = frozenset(
        t
        for src in store.sources.values()
        if src.footnote is not None
        for t in terms(" ".join((src.title, src.publisher, src.kind, src.cited_as)))
    )
    article = store.sources.get("article")
    if article is None:
        return None
    unheld = _unheld_text(q, store)
    if unheld is not None:  # "Does the ESDC paper say anything about hotspots?"
        return unheld
    odds = _counts_at_odds(q, store)
    if odds is not None:  # "The article says 25 but footnote 1's source says 23: why?"
        return odds
    section = _section(q, store)
    if section is not None:  # "What does the section 'X' cover?": its paragraphs, each opened
        return section
    attribute = _author_attribute(q, article.author)
    if attribute and article.author:
        header = _find(store, lambda s, t: s.role == "header" and t.startswith("author:"))
        text = (
            f"The sources do not say: the article gives its author's name, {article.author}, "
            f"and nothing about the author's {attribute}."
        )
        if header is None:
            return CardAnswer(text, (), refused=True)
        return CardAnswer(f"{text[:-1]} {header.label}.", (header,), refused=True)
    if q.kind == YESNO and _ARTICLE_DATED_RE.search(q.text):
        by_year = _year_verdict(q, store)
        if by_year is not None:
            return by_year
    named = _states_named(q, store)
    if named is not None:  # "Which countries does the article mention?"
        return named
    # the article's own title and publisher name it ("when was this EUROPEUM piece written?")
    name = card_field(q, described, frozenset(terms(f"{article.title} {article.publisher}")))
    author = _asks_who_author_is(q, article.author)
    if author and not name:  # "Who is Benedetta Fornaciari da Passano?": the card's author
        header = _find(store, lambda s, t: s.role == "header" and t.startswith("author:"))
        if header is not None:
            text = (
                f"{article.author} is the article's author {header.label}; the sources say "
                "nothing more about the author."
            )
            return CardAnswer(text, (header,))
    if not name and q.kind in {YESNO, NUMBER} and not q.negative:
        # "Did 23 states sign the joint notification?": words only a cited document's
        # title uses ask about that document, as its record gives it
        name = "footnote" if _only_in_record(q, store) is not None else ""
    if (
        not name
        and q.kind == YESNO
        and not q.negative
        and (_numbered(q) or _PUBLISHED_RE.search(q.text))
        and _record_settles(q, store)
    ):
        # "Does footnote 1 cite a summit held in December 2017?", "Was the ESDC publication
        # published in 2017?": one cited document, by its number or its record's words,
        # and what its record settles (its year, its maker)
        name = "footnote"
    if not name and _names_cited_document(q, store):
        name = "footnote"  # "Who published the EUROSUR page the article quotes, and when?"
    if not name:
        return None
    if name == "footnote":
        return _footnotes(q, store)
    if name == "summary":
        return _summary(store, q)
    if name == "conclusion":
        return _conclusion(store)
    if name == "opening":
        return _opening(store)
    if name == "argument":  # what it sets out to show, and where it comes out
        return _argument(store)
    if name == "url":
        if article.url:
            lead = "Yes: the" if q.kind == YESNO else "The"
            return CardAnswer(f"{lead} article's address: {article.url}.", ())
        header = _find(store, lambda s, t: s.role == "header")
        if header is None:
            return None
        if q.kind == YESNO:  # "Does the article have a URL?": the card settles it
            return CardAnswer(
                f"No: the article's copy carries no web address {header.label}.", (header,)
            )
        return CardAnswer(
            f"The sources do not say: the article's copy carries no web address {header.label}.",
            (header,),
            refused=True,
        )
    if name == "aim":
        ev = _find(store, lambda s, t: s.role == "body" and bool(_AIM_RE.search(t)))
        if ev is None:
            return None
        return CardAnswer(f"The article says it {_aim_clause(ev.text)} {ev.label}.", (ev,))
    value = {
        "author": article.author,
        "publisher": article.publisher,
        "date": article.date,
        "title": article.title,
    }.get(name, "")
    # the header line that states the value ("author: …"), else the first header line
    header = _find(store, lambda s, t: s.role == "header" and t.startswith(name + ":")) or _find(
        store, lambda s, t: s.role == "header"
    )
    if name == "structure":
        byline = {a.lower() for src in store.sources.values() for a in [src.author] if a}
        heads = _all(
            store,
            lambda s, t: (
                s.role == "heading" and s.paragraph > 2 and t.strip().lower() not in byline
            ),
        )  # the author's name signing the article off is no section
        if not heads:
            return None
        listed = "; ".join(f"“{h.text.strip()}” {h.label}" for h in heads)
        return CardAnswer(f"The article's sections are headed: {listed}.", tuple(heads))
    if not value or header is None:
        return None
    has = _HAS_FIELD_RE.match(q.text) if q.kind == YESNO else None
    if has:  # "Does the article have a title?": whether it prints one, then the record's
        printed = name in {"author", "publisher"}  # the copy prints no title and no date
        return CardAnswer(
            f"{'Yes' if printed else 'No'}: {_field_wording(name, value)[:1].lower()}"
            f"{_field_wording(name, value)[1:]} {header.label}.",
            (header,),
        )
    if q.kind == YESNO:
        return _card_verdict(q, name, value, header, store)
    if name == "date" and dates(value):  # how it is known: the sentences that date it
        year = max(d.year for d in dates(value))
        body = dated_sentences(store)
        past = [e for e in body if max(d.year for d in dates(e.text)) == year]
        past = sorted(past, key=lambda e: max(dates(e.text)))[-1:]  # the latest it reports
        ahead = [e for e in body if min(d.year for d in dates(e.text)) > year][:1]
        dating = [f"the latest event it reports, “{_inner(e.text)}” {e.label}" for e in past]
        dating += [f"what it still expects, “{_inner(e.text)}” {e.label}" for e in ahead]
        if dating:
            text = (
                f"The article carries no printed date; it dates from {value} {header.label}, "
                f"going by {' and '.join(dating)}."
            )
            return CardAnswer(text, (header, *past, *ahead))
    return CardAnswer(f"{_field_wording(name, value)} {header.label}.", (header,))


def _field_wording(name: str, value: str) -> str:
    """A card field said as a sentence (without its label or full stop)."""
    return {
        "author": f"The article was written by {value}",
        "publisher": f"The article was published by {value}",
        "date": f"The article carries no printed date; it dates from {value}",
        # the text's header prints no title line the index keeps: the record gives it
        "title": "The article itself prints no title; the project's record of its sources "
        f"calls it: {value}",
    }[name]


# "Does the article have a title?", "Is the article dated?", "Is there an author?": whether
# the copy gives the field at all
_HAS_FIELD_RE = re.compile(
    rf"^(?:does|did|has)\s+(?:the|this)\s+{_ARTICLE_NOUN}\s+(?:have|has|got|carry|bear|show|"
    r"give|print)\s+(?:a|an|any)\s+(?:(?:printed|named|stated)\s+)?(?:title|author|date|byline|"
    r"publisher|publication\s+date)\b|"
    rf"^(?:is|was)\s+(?:the|this)\s+{_ARTICLE_NOUN}\s+(?:titled|dated|signed)\s*\??$|"
    r"^is\s+there\s+(?:a|an|any)\s+(?:title|author|date|publisher)\b",
    re.I,
)


def _record_settles(q: Question, store: Store) -> bool:
    """Whether the question picks one cited document and its record settles it."""
    picked = _picked(q, [s for s in store.sources.values() if s.footnote is not None])
    if len(picked) != 1:
        return False
    return bool(note_verdict(q, picked[0], notes_by_number(store).get(picked[0].footnote or 0)))


def _card_verdict(q: Question, name: str, value: str, header: Evidence, store: Store) -> CardAnswer:
    """A yes/no question on the article's author or publisher, settled by the card: a year
    asked ("published in 2017?") by the card's date; names asked ("by the Delors
    Institute?") by the value's, No when one is not the value's; nothing else the card
    holds ("an Italian author?", "a Czech think tank?"): the sources do not say."""
    by_year = _year_verdict(q, store)
    if by_year is not None:  # "Was this article published in 2017?"
        return by_year
    said = value.lower()
    named = [
        n
        for n in q.names
        if n.lower() not in {"article", "this", "eu"}
        and n.lower() not in DEMONYMS
        and stem(n.lower()) not in _FIELD_WORDS
    ]
    if not named:  # "Is the author Italian?", "Was it put out by a think tank?"
        return CardAnswer(
            f"The sources do not say: they give the article's {name} as {value} "
            f"{header.label}, and nothing more of it.",
            (header,),
            refused=True,
        )
    article = store.sources["article"]
    both = {"author": article.author, "publisher": article.publisher}
    paired = name in both and all(both.values())
    if paired:  # "written by A for the Delors Institute?": each name asked held by the
        said = " ".join(both.values()).lower()  # author or the publisher
    lead = "Yes" if all(n.lower() in said for n in named) else "No"
    if paired and (lead == "No" or any(n.lower() not in value.lower() for n in named)):
        # … and both said where one of them is not the field asked
        other = "publisher" if name == "author" else "author"
        line = _find(store, lambda s, t: s.role == "header" and t.startswith(other + ":"))
        label = f" {line.label}" if line is not None and line.label != header.label else ""
        text = f"{lead}: the article's {name} is {value} {header.label}, and its {other} "
        support = (header,) if line is None else (header, line)
        return CardAnswer(f"{text}{both[other]}{label}.", support)
    return CardAnswer(f"{lead}: the article's {name} is {value} {header.label}.", (header,))


def _year_verdict(q: Question, store: Store) -> CardAnswer | None:
    """A yes/no question on the article's year ("Is the article from 2019?", "Was it
    published in 2017?"), settled by the card's date; None when it asks no year."""
    article = store.sources["article"]
    years = {d.year for d in dates(q.text)}
    if not years or not dates(article.date):
        return None
    header = _find(store, lambda s, t: s.role == "header" and t.startswith("date:")) or _find(
        store, lambda s, t: s.role == "header"
    )
    if header is None:
        return None
    lead = "Yes" if years <= {d.year for d in dates(article.date)} else "No"
    finer = any(d.month for d in dates(q.text)) and not any(d.month for d in dates(article.date))
    if lead == "Yes" and finer:  # "… in December 2017?" / "late 2017": no month is known
        return CardAnswer(
            f"The sources do not say: the article carries no printed date; it dates from "
            f"{article.date} {header.label}, and no month is given.",
            (header,),
            refused=True,
        )
    return CardAnswer(
        f"{lead}: the article carries no printed date; it dates from {article.date} "
        f"{header.label}.",
        (header,),
    )


# "Is the article from 2019?", "Was this piece written in 2017?": the article's year
_ARTICLE_DATED_RE = re.compile(
    rf"\b(?:this|the) {_ARTICLE_NOUN}\b(?:\s+\w+){{0,3}}?\s+(?:from|dated|written|published|"
    rf"appeared|came out|released)\b(?:\s+\w+){{0,3}}?\s+(?:19|20)\d\d\b",
    re.I,
)


_AIM_RE = re.compile(
    r"\b(?:this|the) (?:article|paper|piece|analysis)\s+(?:aims|seeks|intends|"
    r"sets out|tries|attempts)\b",
    re.I,
)


# A question about the article's opening outline itself, not a summary of the article
_OUTLINE_RE = re.compile(
    r"\b(?:bullet\w*|points?|list\w*|top|flag\w*|opens?|opening|outline)\b", re.I
)


def _aim_clause(text: str) -> str:
    m = _AIM_RE.search(text)
    clause = strip_markers(text[m.end() :] if m else text).strip().rstrip(".")
    verb = m.group(0).split()[-1] if m else "aims"
    return f"{verb} {clause}"


def _argument(store: Store) -> CardAnswer | None:
    """The article's argument: the aim it states, then what it concludes."""
    end = _conclusion(store)
    aim = _find(store, lambda s, t: s.role == "body" and bool(_AIM_RE.search(t)))
    if end is None or aim is None:
        return end
    return CardAnswer(
        f"The article says it {_aim_clause(aim.text)} {aim.label}. {end.text}",
        (aim, *end.support),
    )


def _conclusion(store: Store) -> CardAnswer | None:
    """What the article concludes: the sentences of its last body paragraph."""
    body = _all(store, lambda s, t: s.role == "body")
    if not body:
        return None
    last = [e for e in body if e.sentence.paragraph == body[-1].sentence.paragraph]
    said = "; ".join(f"“{_inner(e.text)}” {e.label}" for e in last)
    return CardAnswer(f"The article concludes: {said}.", tuple(last))


# a question asking what a section holds: "What does the section X cover?"
_SECTION_ASKED_RE = re.compile(r"\b(?:section|part|heading|chapter|subsection)\b", re.I)
# its words besides the heading's own
_SECTION_WORDS = frozenset(
    stem(w)
    for w in """section part heading headed titled called chapter subsection cover covers
    covered say says said discuss discusses talk talks about deal deals with contain contains
    what does do is the under in of article""".split()
)


def _section(q: Question, store: Store) -> CardAnswer | None:
    """What a section the question names by its heading holds: the opening sentence of
    each of its paragraphs, in order; None when no heading is named or more is asked."""
    if not _SECTION_ASKED_RE.search(q.text):
        return None
    asked = set(q.terms)
    heads = _all(store, lambda s, t: s.role == "heading" and s.paragraph > 2)
    for i, head in enumerate(heads):
        own = set(terms(head.text))
        if not own or len(own & asked) / len(own) < 0.75:
            continue
        if asked - own - _SECTION_WORDS:
            return None  # "What does the section on X say about Y?": content, not the section
        end = heads[i + 1].sentence.paragraph if i + 1 < len(heads) else 10**6
        firsts = _paragraph_openers(store, head.sentence.paragraph, end)
        if not firsts:
            return None
        said = "; ".join(f"“{_inner(e.text)}” {e.label}" for e in firsts.values())
        text = f"The section “{head.text.strip()}” {head.label} opens each paragraph with: {said}."
        return CardAnswer(text, (head, *firsts.values()))
    return None


def _paragraph_openers(store: Store, start: int, end: int) -> dict[int, Evidence]:
    """The first body or list sentence of each paragraph after `start` and before `end`."""
    body = _all(store, lambda s, t: s.role in {"body", "list"} and start < s.paragraph < end)
    firsts: dict[int, Evidence] = {}
    for ev in body:
        firsts.setdefault(ev.sentence.paragraph, ev)
    return firsts


def _opening(store: Store) -> CardAnswer | None:
    """How the article opens: the sentences of its first body paragraph."""
    body = _all(store, lambda s, t: s.role == "body")
    if not body:
        return None
    first = [e for e in body if e.sentence.paragraph == body[0].sentence.paragraph]
    said = "; ".join(f"“{_inner(e.text)}” {e.label}" for e in first)
    return CardAnswer(f"The article opens: {said}.", tuple(first))


def _summary(store: Store, q: Question) -> CardAnswer | None:
    """The article's points in brief: the items of its first list (its summary), a list
    of its own or one a sentence introduces ("Two measures are planned: • … • …")."""
    found = _all(store, lambda s, t: s.role == "list" or "•" in t)
    if not found:
        return None
    first = found[0]
    if first.sentence.role == "list":
        group = [e for e in found if e.sentence.paragraph == first.sentence.paragraph]
        items = [e.text for e in group]
    else:
        group, items = [first], first.text.split("•")[1:]
    points = "; ".join(f"“{strip_markers(i).strip().rstrip('.')}”" for i in items)
    count = number_word(len(items))
    text = f"The article sets out {count} points {first.label}: {points}."
    if _OUTLINE_RE.search(q.text):  # "the bullet points at the top": those points alone
        return CardAnswer(text, tuple(group))
    # a summary: what it sets out to do, before its points, and where it ends, after them
    aim = _find(store, lambda s, t: s.role == "body" and bool(_AIM_RE.search(t)))
    body = _all(store, lambda s, t: s.role == "body")
    end = body[-1] if body else None
    if end is not None:
        end = next((e for e in body if e.sentence.paragraph == end.sentence.paragraph), end)
    lead = f"The article {_aim_clause(aim.text)} {aim.label}. " if aim else ""
    if lead:
        text = f"It sets out {count} points {first.label}: {points}."
    close = f" It concludes: “{_inner(end.text)}” {end.label}." if end is not None else ""
    support = (*([aim] if aim else []), *group, *([end] if end else []))
    return CardAnswer(lead + text + close, tuple(support))


def _footnotes(q: Question, store: Store) -> CardAnswer | None:
    """What each footnote cites (or those the question picks), and the sentence citing it."""
    sources = sorted(
        (s for s in store.sources.values() if s.footnote is not None), key=lambda s: s.footnote or 0
    )
    if not sources:
        return None
    only = _only_in_record(q, store)
    wanted = [only] if only is not None else _picked(q, sources)
    link_asked = bool(_LINK_RE.search(q.text))
    lines: list[str] = []
    notes = notes_by_number(store)
    by_record = _by_record(q, sources) if only is None else None
    if by_record == []:  # "Which footnotes are from 2015?": none; the record's dates
        dated = "; ".join(f"footnote {s.footnote}: {s.kind}, {s.date}" for s in sources)
        return CardAnswer(f"None: {dated}.", _notes_of(sources, notes))
    if by_record:  # "Which footnote cites a press release?", "… notes from 2017?"
        wanted = by_record
        which = " and ".join(str(s.footnote) for s in by_record)
        count = number_word(len(by_record)).capitalize() + ": f" if q.kind == NUMBER else "F"
        lines.append(f"{count}ootnote{'s' if len(by_record) > 1 else ''} {which}.")
    if link_asked and _CHECKED_RE.search(q.text) and _ALL_NOTES_RE.search(q.text):
        wanted = sources  # "Have the web addresses of the footnoted documents been verified?"
    support: list[Evidence] = []
    if _KIND_ASKED_RE.search(q.text) and all(s.kind for s in wanted):
        # "What kind of document is each footnote's source?": the record's kind, each
        each = "; ".join(
            f"footnote {s.footnote} cites a {s.kind}, “{s.title}” ({s.publisher}, {s.date}) "
            f"[{s.footnote}]"
            for s in wanted
        )
        lines.append(each[:1].upper() + each[1:] + ".")
        return CardAnswer(" ".join(lines), _notes_of(wanted, notes))
    shared = _SHARED_PUBLISHER_RE.search(q.text) if len(wanted) > 1 else None
    if shared:  # "Do any two footnotes share a publisher?": the record's publishers, compared
        publishers = [s.publisher for s in wanted if s.publisher]
        twice = {p for p in publishers if publishers.count(p) > 1}
        each = "; ".join(f"footnote {s.footnote}: {s.publisher}" for s in wanted if s.publisher)
        lead = "Yes" if twice else "No"
        if q.kind != YESNO:
            lead = "Some do" if twice else "None do"
        lines.append(f"{lead}: {each}.")
        return CardAnswer(" ".join(lines), _notes_of(wanted, notes))
    extreme = _DATED_MOST_RE.search(q.text) if len(wanted) == len(sources) > 1 else None
    every = q.kind == YESNO and not q.negative and len(wanted) == len(sources) > 1
    numbered = bool(re.search(r"\b(?:foot)?notes?\s*\d", q.text, re.I))  # "notes 1 and 2"
    if every and not numbered and not _LINK_RE.search(q.text) and not _SAME_TIME_RE.search(q.text):
        # "Does any footnote cite the Treaty of X?": each note's record settles it
        settled = {s.footnote: note_verdict(q, s, notes.get(s.footnote or 0)) for s in sources}
        naming = [s for s in sources if settled[s.footnote] == "yes"]
        if naming:
            lines.append("Yes.")
            wanted = naming
        elif all(v == "no" for v in settled.values()):
            lines.append("No: none of its footnotes cites that.")
    same = _SAME_TIME_RE.search(q.text) if q.kind == YESNO and len(wanted) == 2 else None
    if same and all(s.date[:4].isdigit() for s in wanted):  # "Are notes 1 and 2 from the
        # same year?": the record's dates, compared
        alike = wanted[0].date[:4] == wanted[1].date[:4]
        dated = "; ".join(f"footnote {s.footnote}'s source is dated {s.date}" for s in wanted)
        lines.append(f"{'Yes' if alike else 'No'}: {dated}.")
    if extreme:  # "Which footnoted source is the oldest?": by the record's dates, then each
        lead, wanted = _dated_most(sources, oldest=bool(extreme.group("old")))
        lines.append(lead)
    elif len(wanted) == len(sources) > 1 and q.kind == NUMBER and _NOTES_COUNTED_RE.search(q.text):
        # "How many footnotes does it have?": the count, and what each cites in a word
        each = "; ".join(f"footnote {s.footnote}, “{s.cited_as}” [{s.footnote}]" for s in sources)
        count = number_word(len(sources)).capitalize()
        return CardAnswer(f"{count}: {each}.", _notes_of(sources, notes))
    elif len(wanted) == len(sources) and len(sources) > 1:
        count = number_word(len(sources))
        lines.append(f"The article has {count} footnotes, each citing one source.")
    verdict = (
        note_verdict(q, wanted[0], notes.get(wanted[0].footnote or 0))
        if (q.kind == YESNO and len(wanted) == 1 and not q.negative)
        else ""
    )
    if link_asked and _CHECKED_RE.search(q.text) and len(wanted) > 1:
        # "Which of the notes' sources have verified addresses?": the record's answer first
        verified = [f"footnote {s.footnote}" for s in wanted if s.url and s.verified]
        record = (
            "None of the addresses in the project's record of the cited documents has been "
            "checked against the document."
            if not verified
            else f"Checked against the document: {', '.join(verified)}; the others are not."
        )
        if q.kind == YESNO:  # "Have the addresses been verified?": the verdict opens it
            lines.insert(0, ("No: n" if not verified else "Only in part. C") + record[1:])
        else:
            lines.append(record)
    for src in wanted:
        n = src.footnote or 0
        note = notes.get(n)
        citing = _all(store, _citing(n))
        said = " ".join(e.text for e in _all(store, _in_note(n)))  # every sentence of the note
        own = _URL_RE.search(said) if link_asked else None
        if link_asked and q.kind == YESNO and len(wanted) == 1 and not q.negative:
            verdict = "yes" if own else "no"  # "Does footnote 3 give a link?"
        line = f"Footnote {n}{note_words(src)} cites {cited(src)}"
        line = f"{verdict.title()}. {line}" if verdict else line
        if q.kind == DATE and len(wanted) == 1 and src.date and not verdict:
            # "When was the source of footnote 2 published?": its date first
            line = f"{src.date} [{n}], the date the project's record gives the document. {line}"
        counts = _counted_in(q, src.title) if q.kind == NUMBER else ""
        if counts:  # "How many states signed the joint notification?": the title's count
            line = f"{counts} [{n}], going by the title of the document footnote {n} cites. {line}"
        line += f" [{n}]" if note else ""
        if note is not None and len(note.text) > len(src.cited_as) + 20 and not link_asked:
            whole = said or note.text  # its quotation whole
            line += f"; the note quotes: “{_inner(whole)}” [{n}]"
        if link_asked:  # the note's own address, or that it gives none, and the record's
            line += (
                f"; the note gives the address {own.group(0)}"
                if own
                else ("; the note itself gives no address")
            )
            if not own and src.url:
                checked = "" if src.verified else ", not checked against the document"
                line += f" (the project's record of the document has {src.url}{checked})"
        if citing and _SUPPORTS_RE.search(q.text):
            line += f"; it backs the sentence “{_inner(citing[0].text)}” {citing[0].label}"
            support.append(citing[0])
        lines.append(line + ".")
        support += [e for e in (note,) if e is not None]
    return CardAnswer(" ".join(lines), tuple(support))


# "What kind of document does note 3 cite?", "What type of source is each footnote?"
_KIND_ASKED_RE = re.compile(
    r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?)\s+of\s+(?:documents?|sources?|"
    r"publications?|texts?|material)\b",
    re.I,
)
# "Do any two footnotes share a publisher?", "Are notes 1 and 3 from the same body?"
_SHARED_PUBLISHER_RE = re.compile(
    r"\b(?:share|sharing|shared|same|common)\b(?:\s+\w+){0,2}\s+(?:publisher|body|"
    r"organi[sz]ation|institution|issuer|author)s?\b|\bpublished\s+by\s+the\s+same\b",
    re.I,
)
_WHICH_NOTES_RE = re.compile(
    r"^(?:which|what)\s+(?:of\s+the\s+)?(?:foot|end)?notes?\b|^how\s+many\s+(?:of\s+the\s+)?"
    r"(?:foot|end)?notes\b",
    re.I,
)


def _notes_of(sources: list[Source], notes: dict[int, Evidence]) -> tuple[Evidence, ...]:
    """The footnote lines of the sources, in order."""
    return tuple(e for s in sources if (e := notes.get(s.footnote or 0)) is not None)


def _by_record(q: Question, sources: list[Source]) -> list[Source] | None:
    """For "Which footnote cites a press release?" / "Which notes are from 2017?": the
    notes whose record gives the kind of document or the year asked ([] for none); None
    when the question picks notes out by neither, or names them by number."""
    if not _WHICH_NOTES_RE.search(q.text) or re.search(r"\bnotes?\s*\d", q.text, re.I):
        return None
    low = q.text.lower()
    years = set(re.findall(r"\b(?:19|20)\d\d\b", q.text))
    kinds = {s.kind.lower() for s in sources if s.kind and s.kind.lower() in low}
    if not years and not kinds:
        return None
    return [
        s
        for s in sources
        if (not kinds or s.kind.lower() in kinds) and (not years or s.date[:4] in years)
    ]


_NOTES_COUNTED_RE = re.compile(
    r"\bhow\s+many\s+(?:foot|end)?notes\b|\bnumber\s+of\s+(?:foot|end)?notes\b", re.I
)
_SAME_TIME_RE = re.compile(r"\bsame\s+(?:year|date|time)\b", re.I)
# "Which of the sources is the oldest?", "Which footnote cites the most recent document?"
_DATED_MOST_RE = re.compile(
    r"\b(?:(?P<old>oldest|earliest|first\s+published|least\s+recent)|newest|most\s+recent|"
    r"latest|youngest|last\s+published)\b",
    re.I,
)


def _dated_most(sources: list[Source], oldest: bool) -> tuple[str, list[Source]]:
    """The source(s) the notes cite that came out first (or last), by the year the record
    gives; two of the same year are told apart by a full date only when both have one."""
    year = {s.footnote: int(s.date[:4]) for s in sources if s.date[:4].isdigit()}
    if not year:
        return "The project's record gives no dates for the cited documents.", sources
    pick = min if oldest else max
    best = pick(year.values())
    chosen = [s for s in sources if year.get(s.footnote) == best]
    if len(chosen) > 1 and all(len(s.date) == 10 for s in chosen):
        day = pick(s.date for s in chosen)
        chosen = [s for s in chosen if s.date == day]
    word = "oldest" if oldest else "most recent"
    if len(chosen) == 1:
        n = chosen[0].footnote
        others = [str(y) for f, y in sorted(year.items(), key=lambda p: p[0] or 0) if f != n]
        rest = f" (the others: {', '.join(others)})" if others else ""
        return (
            f"The {word} is the document footnote {n} cites, dated {chosen[0].date}{rest}.",
            chosen,
        )
    numbered = ", ".join(str(s.footnote) for s in chosen[:-1]) + f" and {chosen[-1].footnote}"
    dated = "; ".join(f"footnote {s.footnote}: {s.date}" for s in chosen)
    return (
        f"The {word} are the documents footnotes {numbered} cite, all from {best} ({dated}; "
        "a year alone does not say which came first).",
        chosen,
    )


# a question for a note's address ("Does footnote 3 give a link?"), not its kind ("a web page")
_LINK_RE = re.compile(
    r"\b(?:url|urls|links?|hyperlinks?|web ?address(?:es)?|address(?:es)?)\b", re.I
)
# the notes at large: "the addresses", "the footnoted documents", "all the links"
_ALL_NOTES_RE = re.compile(
    r"\b(?:addresses|links|urls|documents|sources|footnotes|notes|all|every|any|each)\b", re.I
)
# a question whether the addresses were checked ("Which sources have verified links?")
_CHECKED_RE = re.compile(r"\b(?:verif\w*|checked|confirmed|valid|working|broken)\b", re.I)
_LINK_WORDS = frozenset(
    stem(w)
    for w in "link links url address web given give gives verified checked valid working".split()
)
_URL_RE = re.compile(r"https?://[^\s)]+|www\.[^\s)]+")


def note_verdict(q: Question, src: Source, note: Evidence | None) -> str:
    """A yes/no question about what a note cites ("Is footnote 3 a 2016 publication of the
    ESDC?", "Does footnote 1 cite a summit of December 2017?"), settled by the record:
    "no" when it gives another date, kind, number or name than the question's, "yes" when
    each the question gives is the record's and it says most of the question's other
    words; '' when the record does not settle it."""
    record = " ".join((src.cited_as, src.title, src.publisher, src.kind, src.date))
    record += " " + (note.text if note is not None else "")
    low = record.lower()
    checked = 0
    given = dates(record)
    for asked in dates(q.text):  # "held in December 2017?" / "13/11/2017"
        if any(asked.given_by(d) for d in given):
            checked += 1
        elif any(not asked.within(d) for d in given):
            return "no"  # another year, month or day
        else:
            return ""  # the record is vaguer than the question: it does not settle it
    if re.search(r"\bquot(?:e|es|ed|ation|ations|ing)\b", q.text, re.I) and note is not None:
        if not quotes(note.text):  # "Is footnote 3 a quotation?": a note quoting nothing
            return "no"
        checked += 1  # "Is footnote 2 a direct quotation …?": it quotes
    kind = next((k for k, words in _KINDS.items() if re.search(words, q.text, re.I)), "")
    if kind:  # "a press release?" / "publication"
        if not re.search(_KINDS[kind], src.kind, re.I):
            return "no"
        checked += 1
    for name in _NAME_RUN_RE.findall(q.text):  # "Europol", "the European Council"
        if name.lower() in _NOT_NAMES or name.lower().startswith(("footnote", "note")):
            continue
        if dates(name) or name.lower() in MONTHS:
            continue  # a month is checked as a date
        spelt = re.sub(r"\bEU\b", "European Union", name)  # "the Council of the EU"
        if name.lower() not in low and spelt.lower() not in low:
            return "no"
        checked += 1
    years = {float(d.year) for d in dates(q.text)}
    for value in _counts_in(q.text) - years:
        if str(int(value)) not in low and number_word(int(value)).lower() not in low:
            return "no"
        checked += 1
    rest = [
        t
        for t in q.terms
        if t not in _FIELD_WORDS
        and t not in _NOTE_WORDS
        and not t.isdigit()
        and t not in {x for n in _NAME_RUN_RE.findall(q.text) for x in terms(n)}
    ]
    said = [t for t in rest if t in set(terms(record))]
    return "yes" if checked and len(said) * 2 >= len(rest) else ""


# kinds of cited document a question may name, each with the words that say it
_KINDS = {
    "press release": r"\bpress[- ]?releases?\b|\bcommuniqu",
    "web page": r"\bweb ?(?:page|site)s?\b|\bwebsite\b|\bonline page\b",
    "publication": r"\bpublications?\b|\bstud(?:y|ies)\b|\breports?\b|\bbooks?\b|"
    r"\bhandbooks?\b|\bpapers?\b",
}
# a run of capitalised words after the first, with the connectors a name keeps
_NAME_RUN_RE = re.compile(
    r"(?<!^)(?<![.?!]\s)\b[A-Z][\w&-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+|&\s+)?[A-Z][\w&-]*)*"
)
_NOT_NAMES = frozenset("i eu is it".split())
_NOTE_WORDS = frozenset(
    stem(w)
    for w in "quotation quote quotes quoting refer refers referring source kind "
    "type press release web page site publication study report held summit meeting "
    "event from dated date year month day direct directly attributed attribute attribution "
    "verbatim exact exactly word".split()
)


# a reader setting two figures against each other: "but", "which is it", "why the gap"
_AT_ODDS_RE = re.compile(
    r"\b(?:but|whereas|while|which\s+is\s+(?:it|right|correct)|why|differ\w*|discrepanc\w*|"
    r"contradict\w*|mismatch|inconsisten\w*|going\s+on|vs\.?|versus)\b",
    re.I,
)


def _counts_at_odds(q: Question, store: Store) -> CardAnswer | None:
    """For a question setting two counts the sources give against each other ("the article
    says 25 states, footnote 1's source 23: which is it?"): where each is given, the
    article's sentence and the cited document's title, and that the sources do not
    explain the difference; None unless both are found, in different places."""
    years = {float(d.year) for d in dates(q.text)}
    counts = sorted(_counts_in(q.text) - years)
    if len(counts) != 2 or not _AT_ODDS_RE.search(q.text):
        return None
    sources = [s for s in store.sources.values() if s.footnote is not None]
    notes = notes_by_number(store)
    places: list[tuple[str, Evidence]] = []

    def states(text: str, value: float) -> bool:  # "Twenty-Five", "25", "23"
        return any(value in _numbers(w.strip("?,.;:()")) for w in text.split())

    for value in counts:

        def says(sentence: Sentence, text: str, value: float = value) -> bool:
            return sentence.role == "body" and states(text, value)

        body = _find(store, says)
        src = next((s for s in sources if states(s.title, value)), None)
        note = notes.get(src.footnote or 0) if src is not None else None
        if body is not None and src is None:
            places.append((f"the article says “{_inner(body.text)}” {body.label}", body))
        elif src is not None and note is not None:
            said = f"“{src.title}” ({src.publisher}, {src.kind}, {src.date})"
            places.append((f"footnote {src.footnote} cites {said} [{src.footnote}]", note))
        else:
            return None
    if len({id(e) for _, e in places}) < 2:
        return None
    text = (
        f"Both figures are in the sources, in two places: {places[0][0]}; {places[1][0]}. "
        "The sources do not explain the difference."
    )
    return CardAnswer(text, tuple(e for _, e in places))


def _counts_in(text: str) -> set[float]:
    """The numbers a question states that are not a footnote's number ("footnote 1")."""
    plain = re.sub(r"\b(?:foot)?notes?\s*\[?\d+\]?|\[\d+\]", " ", text, flags=re.I)
    return {v for w in plain.split() for v in _numbers(w.strip("?,.;:"))}


def note_words(src: Source) -> str:
    """ ", <the note's own words>," when they name the source otherwise than its title does
    ("Foreign Affairs Council, 13/11/2017" for a press release's title), else ''."""
    head = re.sub(r"\W", "", src.cited_as.split(",")[0]).lower()
    return (
        f", “{src.cited_as}”," if head and head not in re.sub(r"\W", "", src.title).lower() else ""
    )


def cited(src: Source) -> str:
    """A cited document as an answer names it: “title” (publisher, kind, date)."""
    meta = ", ".join(x for x in (src.publisher, src.kind, src.date) if x)
    return f"“{src.title}” ({meta})"


_SUPPORTS_RE = re.compile(
    r"\b(?:claims?|back\w*|supports?\w*|sentences?|statements?|"
    r"passages?|where|which part|what for|attached|uses?\s+(?:it|them)\s+for|used\s+for|"
    r"use\s+(?:it|them)\s+to)\b",
    re.I,
)


def _inner(text: str) -> str:
    """A note's words: the quotation it opens with, without the attribution after it
    ("“…”, Water Board ( )") or the parentheses left where a link was."""
    plain = " ".join(drop_empty_parens(strip_markers(text)).split())
    quoted = re.match(r"^[“\"](.+?)[”\"]\s*(?:[,.;:–—-]\s*[^“”\"]{0,80})?$", plain)
    if quoted:
        plain = quoted.group(1)
    return plain.strip('“”" ').rstrip(" .;:,")


def dated_sentences(store: Store, notes: bool = False) -> list[Evidence]:
    """The article's body sentences that state a date, in document order; with `notes`,
    its footnotes dating what they cite too ("Foreign Affairs Council, 13/11/2017")."""
    roles = {"body", "note"} if notes else {"body"}
    return _all(store, lambda s, t: s.role in roles and bool(dates(t)))


def counting_sentences(store: Store) -> list[Evidence]:
    """The article's body sentences that state a number or except states from all."""
    return _all(
        store,
        lambda s, t: (
            s.role in {"body", "list"}
            and (bool(_numbers(t) - {float(d.year) for d in dates(t)}) or "except" in t)
        ),
    )


def article_date_line(store: Store) -> Evidence | None:
    """The card's line dating the article ("date: late 2017 (inferred: …)")."""
    return _find(store, lambda s, t: s.role == "header" and t.lower().startswith("date:"))


def naming_sentences(store: Store, noun: str) -> list[Evidence]:
    """The article's body sentences naming a thing of a kind ("One of the pilot projects
    proposed is on … (HARMSPRO)" for "project"): the kind's noun, and a name in capitals
    or an acronym in brackets, in document order."""
    wanted = set(terms(noun))

    def names_one(sentence: Sentence, text: str) -> bool:
        plain = strip_markers(text)
        named = re.search(r"\([A-Z]{3,}\)|\b[A-Z][a-z]+(?:\s+(?:&\s+)?[A-Z][a-z]+){1,4}", plain)
        return sentence.role == "body" and bool(wanted & set(terms(plain))) and bool(named)

    return _all(store, names_one) if wanted else []


def notes_by_number(store: Store) -> dict[int, Evidence]:
    """Each footnote's own line in the article, by its number."""
    out: dict[int, Evidence] = {}
    for src in store.sources.values():
        n = src.footnote
        note = _find(store, _in_note(n)) if n is not None else None
        if n is not None and note is not None:
            out[n] = note
    return out


def _in_note(n: int) -> Test:
    return lambda s, _: s.role == "note" and n in s.footnotes


def _citing(n: int) -> Test:
    return lambda s, _: s.role != "note" and n in s.footnotes


def _only_in_record(q: Question, store: Store) -> Source | None:
    """The cited document whose record (title, publisher) uses a word of the question
    that no passage of the corpus uses, in any words ("notification"), and most of its
    other words; None when there is no such document, or more than one."""
    used = set(store.vocabulary)  # computed once per index
    content = [t for t in q.terms if t not in _FIELD_WORDS and not t.isdigit()]
    # not a reader's word for a corpus word ("sign" for the article's "singed")
    rare = {t for t in content if t not in used} - vouched(q.text, used)
    found = []
    for src in store.sources.values():
        record = set(terms(f"{src.title} {src.publisher}"))
        if src.footnote is not None and rare & record:
            if 5 * sum(t in record for t in content) >= 3 * len(content):
                found.append(src)
    return found[0] if len(found) == 1 else None


# Who made a document, or when: what a cited document's record holds
_RECORD_ASKED_RE = re.compile(
    r"\b(?:who|which (?:body|organi[sz]ation|agency|institution))\s+(?:\w+\s+)?"
    r"(?:published|wrote|issued|released|put out|produced|authored|made)\b|"
    r"\b(?:publisher|when|what date|which date|what year|which year|dated|date of)\b",
    re.I,
)
# Words for a document, as a reader names one the notes cite ("the EUROSUR page")
_DOCUMENT_WORD_RE = re.compile(
    r"\b(?:web ?page|page|website|press release|release|publication|report|study|"
    r"statement|document|booklet|handbook|minutes|source|paper)\b",
    re.I,
)
_PUBLISHED_RE = re.compile(
    r"\b(?:published|issued|released|put\s+out|brought\s+out|came\s+out|written|dated|"
    r"appeared|printed)\b",
    re.I,
)
_OWN_TEXT_RE = re.compile(r"\b(?:article|author|writer|text|piece|she|her)\b", re.I)
_QUOTED_RE = re.compile(r"[“\"][^”\"]{6,}[”\"]")
_AUTHOR_ASKED_RE = re.compile(r"\b(?:authors?|authored|wrote|written\s+by|writer)\b", re.I)
_DOCUMENT_RE = re.compile(f"{_DOCUMENT_WORD_RE.pattern}|{_QUOTED_RE.pattern}", re.I)


def _names_cited_document(q: Question, store: Store) -> bool:
    """Whether a question asks who made a document, when, or where it is online, naming
    one cited document by the words of its record (its title, publisher, kind: "the
    EUROSUR page", "the Council press release on the joint notification", its quoted
    title) rather than by its footnote's number: the record answers it."""
    link = dict(_FIELDS)["url"].search(q.text)  # "Is there a link for the ESDC study?"
    if not _DOCUMENT_RE.search(q.text) or _AUTHOR_ASKED_RE.search(q.text):
        return False  # (who wrote it: a person, whom no record names)
    if not link and (q.kind == YESNO or not _RECORD_ASKED_RE.search(q.text)):
        return False
    content = {t for t in q.terms if t not in _FIELD_WORDS}
    scored = sorted(
        (
            len(content & set(terms(" ".join((s.title, s.publisher, s.cited_as, s.kind))))),
            s.footnote or 0,
        )
        for s in store.sources.values()
        if s.footnote is not None
    )
    # "a link to the ESDC study", "the date of the EUROSUR source": a name is enough
    named = {t for n in q.names for t in terms(n)} & content
    least = 1 if link or named else 2
    return (
        bool(scored)
        and scored[-1][0] >= least
        and (len(scored) < 2 or scored[-2][0] < scored[-1][0])
    )


def _unheld_text(q: Question, store: Store) -> CardAnswer | None:
    """For a question on what a cited document itself says ("Does the ESDC paper discuss
    hotspots?", "Do you have the full text of the study in footnote 3?"), when the corpus
    holds no text of it and its note quotes none: that the text is not held, how to add
    it, and what the article cites it for. None for other questions."""
    whole_text = bool(_FULL_TEXT_RE.search(q.text))
    if not (whole_text or (_DOC_SAYS_RE.search(q.text) and not _RECORD_ASKED_RE.search(q.text))):
        return None
    if not whole_text and re.search(r"\b(?:title|titled|headline)\b", q.text, re.I):
        return None  # "according to the press release's title": the record holds the title
    cited_docs = sorted(
        (s for s in store.sources.values() if s.footnote is not None), key=lambda s: s.footnote or 0
    )
    # "What did the Council of 13 November conclude …?": a maker named, by two words of its
    # name or more, as its note cites it; not "What does the text tell of CSDP …?"
    named = {t for n in q.names for t in terms(n)}
    maker = not _OWN_TEXT_RE.search(q.text) and any(
        len(named & set(terms(f"{s.cited_as} {s.publisher}"))) >= 2 for s in cited_docs
    )
    if not (_DOCUMENT_RE.search(q.text) or re.search(r"\bpaper\b", q.text, re.I) or maker):
        return None
    if not (_DOCUMENT_WORD_RE.search(q.text) or re.search(r"\bpaper\b", q.text, re.I) or maker):
        # only a quoted phrase names it: "explain what "flexibility mechanism" means" quotes
        # the article's words, not the title of a document the notes cite
        quoted = {t for m in _QUOTED_RE.finditer(q.text) for t in terms(m.group(0))}
        records = [set(terms(" ".join((s.title, s.cited_as)))) for s in cited_docs]
        if not any(quoted and quoted <= record for record in records):
            return None
    if _numbered(q):
        picked = _picked(q, cited_docs)
    else:  # named by the words of its record alone: "the ESDC paper", "the Council release"
        content = {t for t in q.terms if t not in _FIELD_WORDS}
        shared = {
            s.id: len(content & set(terms(" ".join((s.title, s.publisher, s.cited_as)))))
            for s in cited_docs
        }
        most = max(shared.values(), default=0)  # the record sharing most of its words
        picked = [s for s in cited_docs if most and shared[s.id] == most]
    if len(picked) != 1 or picked[0].has_text:
        return None
    if q.kind == NUMBER and _counted_in(q, picked[0].title):
        return None  # "How many states signed, according to the release?": its title counts
    src = picked[0]
    if not whole_text and _numbers(src.title) & _numbers(q.text):
        return None  # "… the press release talks about 23 signing?": its title says so
    n = src.footnote or 0
    note = notes_by_number(store).get(n)
    if note is not None and quotes(note.text) and not whole_text:
        return None  # the note quotes it: what it quotes can answer
    how = (
        f"`qa sources fetch --only {src.id}` adds it when online, or a file "
        f"sources/docs/{src.id}.txt"
    )
    lead = "No: " if whole_text and q.kind == YESNO else "The sources do not say: "
    text = f"{lead}the text of {cited(src)}, which footnote {n} cites, is not held here ({how})"
    citing = _all(store, _citing(n))
    support: list[Evidence] = [e for e in (note,) if e is not None]
    if citing:
        text += f"; the article cites it for “{_inner(citing[0].text)}” {citing[0].label}"
        support.insert(0, citing[0])
    return CardAnswer(text + ".", tuple(support), refused=not (whole_text and q.kind == YESNO))


# a question on what a document says, not on its record
_DOC_SAYS_RE = re.compile(
    r"\b(?:say|says|said|mention|mentions|discuss|discusses|cover|covers|describe|describes|"
    r"explain|explains|talk about|talks about|deal with|deals with|argue|argues|recommend|"
    r"recommends|propose|proposes|conclude|concludes|according to|decide|decided|agree|"
    r"agreed)\b",
    re.I,
)
_FULL_TEXT_RE = re.compile(
    r"\b(?:full|whole|complete|entire)\s+(?:text|document|paper|report|publication)\b|"
    r"\b(?:have|hold|got|access to|read)\b.{0,30}\btext\b",
    re.I,
)


def _counted_in(q: Question, title: str) -> str:
    """The count a title gives of what a "how many" question counts ("23 member states"
    for "how many member states…"), as written; '' when it gives none."""
    ws = title.split()
    for i, w in enumerate(ws):
        after = [stem(x.lower().strip(",:;")) for x in ws[i + 1 : i + 4]]
        if _numbers(w) and q.counted in after:
            return w
    return ""


def _numbered(q: Question) -> bool:
    """Whether a question picks a footnote by its number or place ("footnote 2", "the
    first note")."""
    return bool(
        re.search(r"(?:notes?|footnotes?|\[)\s*\d{1,2}", q.text, re.I)
        or any(re.search(rf"\b{w}\s+(?:foot)?note", q.text, re.I) for w in _ORDINALS)
    )


def _picked(q: Question, sources: list[Source]) -> list[Source]:
    # "footnote 1", "[2]", "footnotes 1 and 2", "notes 1, 2 and 3"
    runs = re.findall(
        r"(?:notes?|footnotes?|\[)\s*(\d{1,2}(?:\s*(?:,|and|&|or)\s*\d{1,2})*)", q.text, re.I
    )
    numbers = {int(n) for run in runs for n in re.findall(r"\d{1,2}", run)}
    numbers |= {
        (len(sources) if v == -1 else v)
        for w, v in _ORDINALS.items()
        if re.search(rf"\b{w}\s+(?:foot)?note", q.text, re.I)
    }
    if numbers:
        return [s for s in sources if s.footnote in numbers]
    content = {t for t in q.terms if t not in _FIELD_WORDS}
    scored = []
    for s in sources:
        own = set(terms(" ".join((s.title, s.publisher, s.cited_as, s.kind))))
        scored.append((len(content & own), s))
    best = max(n for n, _ in scored)
    return [s for n, s in scored if n == best] if best else sources


def _find(store: Store, test: Test) -> Evidence | None:
    found = _all(store, test)
    return found[0] if found else None


def _all(store: Store, test: Test) -> list[Evidence]:
    """Article sentences passing test(sentence, text), in document order, each once."""
    out: dict[int, Evidence] = {}
    for chunk in store.chunks:
        if chunk.doc_id != "article":
            continue
        for sentence in chunk.sentences:
            text = chunk.sentence_text(sentence)
            if sentence.start not in out and test(sentence, text):
                out[sentence.start] = _evidence(chunk, sentence, text)
    return [out[k] for k in sorted(out)]


def _evidence(chunk: Chunk, sentence: Sentence, text: str) -> Evidence:
    return Evidence(label_for(sentence), chunk, sentence, text, 1.0)
