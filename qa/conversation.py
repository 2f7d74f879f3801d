"""Follow-up questions: rewrite "and who replaced it?" into a question that stands alone.

A follow-up that leans on the conversation (a pronoun, a leading "and"/"what about",
or too few words of its own) is joined to the previous standalone question, so that
retrieval and the refusal check see what it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.text import STOPWORDS, terms, words
from qa.analyze import FRAGMENT_LEAD, NAMED, OTHER, analyze, polarity_words
from qa.entities import names
from qa.types import Answer

_ANAPHORA = frozenset(
    "it its they them their theirs this that these those he him his she her there one ones "
    "such same former latter".split()
)
_LEADS = ("and", "but", "also", "so", "what about", "how about", "and what", "why not")


_FRAGMENT_RE = re.compile(rf"{FRAGMENT_LEAD}\b", re.I)


def is_fragment(question: str) -> bool:
    """Whether a question is half of one: a preposition and a question word ("in which
    year?", "by how many states?"), its subject left in the question before it."""
    return bool(_FRAGMENT_RE.match(" ".join(w.lower() for w in words(question))))


def needs_context(question: str, previous: str = "") -> bool:
    """Whether a question leans on the one before it.

    It does when it refers back (a pronoun, a leading "and"/"what about") or says too
    little of its own: fewer than two content words, none a name, none new to `previous`.
    "What is EUROSUR?" after a question on PESCO names its own subject and stands alone.
    """
    lower = [w.lower() for w in words(question)]
    if not lower:
        return False
    text = " ".join(lower)
    if any(w in _ANAPHORA for w in lower) or text.startswith(_LEADS):
        return True
    if is_fragment(question):  # "by how many states?", "in which year?": half a question
        return True
    own = terms(question)
    if len(own) >= 2 or names(question):
        return False
    return not own or set(own) <= set(terms(previous))


# a follow-up asking "which" of the things counted or named before, with a verb and no
# noun of its own ("which stay out?", "and who joined?")
_BARE_WHICH_RE = re.compile(
    r"^\W*(?:and\s+)?(which|who)\s+(?=(?:stay|stays|stayed|are|were|did|do|does|have|has|"
    r"take|takes|took|join|joins|joined|remain|remains|remained|sign|signs|signed|left|opt|"
    r"opted|is|was)\b)",
    re.I,
)


def _asked_noun(question: str) -> list[str]:
    """The noun phrase a question asks about ("Which member states …" -> member states):
    what a follow-up's "ones" or "they" refers back to."""
    ws = words(question)
    lead = 2 if [w.lower() for w in ws[:2]] in (["how", "many"], ["how", "much"]) else 1
    if not ws or (lead == 1 and ws[0].lower() not in {"which", "what"}):
        return []
    out = []
    for w in ws[lead : lead + 2]:
        if w.lower() in STOPWORDS or w[:1].isupper():
            break
        out.append(w)
        if w.lower() in {"members", "member"}:
            continue  # "members states": a typed "member states"
        if w.lower().endswith("s") and not w.lower().endswith("ss"):
            break  # "member states", "cities": the plural ends the noun phrase
    return out


# A footnote named by its number ("note 1", "footnote [2]"), and a later reference back
# to it ("that note", "the same footnote", "that document", "this source")
_NOTE_NUMBER_RE = re.compile(r"\b(?:foot)?notes?\s*\[?(\d{1,2})\b", re.I)
_NOTE_BACK_RE = re.compile(
    r"\b(?:that|this|the same|said)\s+(?:foot)?note\b|"
    r"\b(?:that|this|the same|said)\s+(?:document|source|reference|publication)\b",
    re.I,
)


_IT_RE = re.compile(r"\b(?:it|its)\b", re.I)
# "it" standing for nothing named: "is it true that …", "what is it about" (the article)
_DUMMY_IT_RE = re.compile(
    r"\b(?:is|was)\s+it\s+(?:true|right|correct|the case|possible|likely|clear)\b"
    r"|\bit\s+(?:is|was)\s+(?:true|clear|said|possible|likely)\b"
    r"|\b(?:what|how)\s+(?:is|was)\s+it\s+about\b",
    re.I,
)


# A reader's vague name for what the text is about: "this thing", "this defence club"
_VAGUE_SUBJECT_RE = re.compile(
    r"\b(?:this|that)\s+(?:new\s+|whole\s+)?(?:[a-z]+\s+)?(?:thing|stuff|club|scheme)\b",
    re.I,
)
# "it" standing for a subject, not "is it true that", "it is clear", "what does it say"
_SUBJECT_IT_RE = re.compile(
    r"\bit\b(?!\s+(?:is\s+|was\s+)?(?:true|the\s+case|possible|clear|said|known|likely|"
    r"right|correct|accurate|fair|called))(?!\s+(?:says?|mentions?|claims?|argues?|states?|"
    r"talks?|tells?|means))",
    re.I,
)


def about_the_subject(question: str, subject: str) -> str:
    """A question asked with nothing before it that names no subject of its own but
    speaks of "it" or "this thing": the text's subject stands in for it ("which treaty
    made this thing?" -> "which treaty made PESCO?"). Unchanged otherwise."""
    if not subject or names(question) or len(terms(question)) > 6:
        return question
    for pattern in (_VAGUE_SUBJECT_RE, _SUBJECT_IT_RE):
        m = pattern.search(question)
        before = question[: m.start()] if m else ""
        if m and (_TEXT_NAMED_RE.search(before) or _WRITER_RE.search(before)):
            return question  # "What does the text say it tries to show?": the text
        if m and not _EARLIER_CLAUSE_RE.search(before):
            return question[: m.start()] + subject + question[m.end() :]
    return question


_WRITER_RE = re.compile(r"\b(?:author|writer)\b", re.I)
# "what took over from X, and who led it?": "it" after another clause is that clause's
_EARLIER_CLAUSE_RE = re.compile(r"\band\b|[,;:?]", re.I)


# the text itself, named in an earlier question, and "it" said of what a text undergoes
_TEXT_NAMED_RE = re.compile(r"\b(?:the|this)\s+(?:article|piece|paper|text)\b", re.I)
_WRITTEN_IT_RE = re.compile(
    r"\b(?:was|is|were)\s+(it)\s+(?:written|published|released|put\s+out|dated|issued)\b", re.I
)


def condense(history: list[tuple[str, str]], question: str) -> str:
    """The question as it would be asked alone, given earlier (question, answer) turns.

    Only the reader's own words are added: the names of the previous question (or, when
    it has none, its content words), never its polarity ("stay out" must not carry over
    to "and which ones did join?"), and no word of the assistant's.
    """
    if history and _BARE_WHICH_RE.match(question) and _asked_noun(history[-1][0]):
        # "How many member states are in PESCO, and which stay out?": which of them
        previous = history[-1][0]
        noun = " ".join(_asked_noun(previous))
        which = _BARE_WHICH_RE.sub(lambda m: f"{m.group(1)} {noun} ", question, count=1)
        carried = [n for n in names(previous) if n.lower() not in which.lower()]
        return f"{which.rstrip('?. ')} ({' '.join(carried)})?" if carried else which
    if not history or not needs_context(question, history[-1][0]):
        return question
    previous = history[-1][0]
    written = _WRITTEN_IT_RE.search(question) if _TEXT_NAMED_RE.search(previous) else None
    if written:  # "Is the article's author X, and when was it written?": "it" is the article
        return question[: written.start(1)] + "the article" + question[written.end(1) :]
    note = _NOTE_NUMBER_RE.search(previous)
    if note and _NOTE_BACK_RE.search(question):
        # "what kind of document does that note point to?" after "… cited in note 1":
        # the note the reader named before
        return _NOTE_BACK_RE.sub(
            lambda m: (
                f"footnote {note.group(1)}"
                if "note" in m.group(0).lower()
                else f"the document footnote {note.group(1)} cites"
            ),
            question,
            count=1,
        )
    asked = _asked_noun(previous)
    if asked and re.search(r"\b(?:which|what) ones\b", question, re.I):
        # "and which ones did join?" after "Which member states stay out?": the noun
        # itself stands where "ones" stood
        question = re.sub(
            r"\b(which|what) ones\b", rf"\1 {' '.join(asked)}", question, count=1, flags=re.I
        )
        # the follow-up now names what it asks about: only the names asked before go with it
        carried = [n for n in names(previous) if n.lower() not in question.lower()]
        return f"{question} ({' '.join(carried)})" if carried else question
    named = list(dict.fromkeys(names(previous)))
    if len(named) > 1 and " ".join(named) in previous:
        named = [" ".join(named)]  # "Mare Nostrum": one name of several words
    pronoun = list(_IT_RE.finditer(question))
    # after "What replaced X?" the thing found may be "it"; after "Who ran X?", "What is
    # X?", "When did X start?" the answer is no thing, and "it" is X (the previous
    # question is read only when "it" could stand for its one name)
    subject_named = _polar_subject(previous, named)
    if subject_named and len(pronoun) == 1 and not _DUMMY_IT_RE.search(question):
        named = [subject_named]  # "Is Triton a Frontex mission, and did it replace X?": "it"
        # is the yes/no question's subject, not the thing said of it
    if (
        len(named) == 1
        and len(pronoun) == 1
        and not _DUMMY_IT_RE.search(question)
        and (subject_named or analyze(previous).kind not in {OTHER, NAMED})
    ):
        # "Who carried out Mare Nostrum, and what replaced it?": the one thing named
        # before stands where "it" stood ("its" as its possessive)
        m = pronoun[0]
        said = named[0] + ("'s" if m.group(0).lower() == "its" else "")
        return question[: m.start()] + said + question[m.end() :]
    typed = {w.lower() for w in words(question)}
    subject = asked + [n for n in names(previous) if n.lower() not in typed]
    if not names(previous):  # no name to carry: the previous question's content words
        skip = polarity_words() | STOPWORDS | {"which", "what", "who", "ones"}
        subject += [w for w in words(previous) if w.lower() not in skip][:4]
    subject = [w for w in dict.fromkeys(subject) if w.lower() not in typed]
    return f"{question} ({' '.join(subject)})" if subject else question


_POLAR_AUX = r"(?:is|was|are|were|does|did|do|has|had|have|can|could|will|would)"


def _polar_subject(question: str, named: list[str]) -> str:
    """The name a yes/no question asks about as its subject ("Is Triton a Frontex
    mission?" -> Triton), or "" when its subject is no name."""
    for name in named:
        pattern = rf"^\W*{_POLAR_AUX}\s+(?:the\s+)?{re.escape(name)}\b"
        if re.match(pattern, question, re.I):
            return name
    return ""


# A question asking for a thing by its kind ("Which mission replaced X?", "What operation
# ran the route?"): its answer is a thing a later "it" can stand for
_THING_ASKED_RE = re.compile(r"^\W*(?:which|what)\s+(?!(?:is|are|was|were|does|did|do)\b)\w+", re.I)


def refers_to_found(first: str, first_kind: str, later: str, found: str) -> str | None:
    """The later part of a two-part question with its one "it" standing for the first
    part's answer, when the first asks for a thing by its kind and found one by name
    ("Which mission replaced Mare Nostrum, and who ran it?" -> "who ran Triton?");
    None otherwise (after "Who ran X?" or "What is X?" the "it" is X, not the answer)."""
    if not found or not found[:1].isupper() or len(words(found)) > 4:
        return None
    if any(ch.isdigit() for ch in found) and not re.fullmatch(r"Footnote \d+", found):
        # "In 2015": a date or a count, no thing (a note named by its number is one)
        return None
    kind = _THING_ASKED_RE.match(first)
    if first_kind != NAMED and not kind:
        return None
    noun = kind.group(0).split()[-1] if kind else ""
    pointing = (  # "Which treaty introduced X, and when was that treaty signed?"
        re.search(rf"\b(?:that|this|the|said)\s+{re.escape(noun)}\b", later, re.I) if noun else None
    )
    if pointing:
        named = found[:1].lower() + found[1:] if found.lower().startswith("the ") else found
        return later[: pointing.start()] + named + later[pointing.end() :]
    pronoun = list(_IT_RE.finditer(later))
    if len(pronoun) != 1 or _DUMMY_IT_RE.search(later):
        return None
    m = pronoun[0]
    said = found + ("'s" if m.group(0).lower() == "its" else "")
    return later[: m.start()] + said + later[m.end() :]


# "Which cities left, and is Alden among them?": the first part's things, asked of
_WHICH_THINGS_RE = re.compile(
    r"^\W*(?:which|what)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+s)\s+(?P<rest>[^?]+?)\s*\??\s*$",
    re.I,
)
_AMONG_THEM_RE = re.compile(
    r"\b(?P<rel>among|one of|part of|in|within|on)\s+(?:them|those|these|that list|the list)\b",
    re.I,
)


def among_found(first: str, later: str) -> str | None:
    """The later part of a two-part question with "them" standing for the things the
    first part asks for ("Which cities left X, and is Alden among them?" -> "is Alden
    among the cities that left X?"); None otherwise."""
    things = _WHICH_THINGS_RE.match(first)
    among = _AMONG_THEM_RE.search(later)
    if not things or not among:
        return None
    head = things.group("noun").split()[-1].lower()
    if len(head) < 4 or head.endswith(("ss", "us")) or head in {"does", "this"}:
        return None  # "What is X?": "is" is no plural
    said = f"{among.group('rel')} the {things.group('noun')} that {things.group('rest')}"
    return later[: among.start()] + said + later[among.end() :]


@dataclass
class Conversation:
    """The turns a follow-up may lean on, kept by a front end between questions.

    A refused turn is not kept: a follow-up to "the sources do not say" has nothing to
    lean on, and the question before it stays the one referred back to.
    """

    turns: list[tuple[str, str]] = field(default_factory=list)

    def remember(self, answer: Answer) -> None:
        """Keep an answered turn as (the question as searched, the answer's text)."""
        if not answer.refused:
            self.turns.append((answer.standalone_question or answer.question, answer.text))

    def clear(self) -> None:
        self.turns.clear()
