"""Follow-up questions: rewrite "and who replaced it?" into a question that stands alone.

A follow-up that leans on the conversation (a pronoun, a leading "and"/"what about",
or too few words of its own) is joined to the previous standalone question, so that
retrieval and the refusal check see what it is about.
"""

from __future__ import annotations

from index.text import STOPWORDS, terms, words
from qa.analyze import polarity_words
from qa.entities import names

_ANAPHORA = frozenset(
    "it its they them their theirs this that these those he him his she her there one ones "
    "such same former latter".split()
)
_LEADS = ("and", "but", "also", "so", "what about", "how about", "and what", "why not")


def needs_context(question: str) -> bool:
    lower = [w.lower() for w in words(question)]
    if not lower:
        return False
    text = " ".join(lower)
    return any(w in _ANAPHORA for w in lower) or text.startswith(_LEADS) or len(terms(question)) < 2


def _asked_noun(question: str) -> list[str]:
    """The noun phrase a question asks about ("Which member states …" -> member states):
    what a follow-up's "ones" or "they" refers back to."""
    ws = words(question)
    if not ws or ws[0].lower() not in {"which", "what"}:
        return []
    out = []
    for w in ws[1:3]:
        if w.lower() in STOPWORDS or w[:1].isupper():
            break
        out.append(w)
    return out


def condense(history: list[tuple[str, str]], question: str) -> str:
    """The question as it would be asked alone, given earlier (question, answer) turns.

    Only the reader's own words are added: the names of the previous question (or, when
    it has none, its content words), never its polarity ("stay out" must not carry over
    to "and which ones did join?"), and no word of the assistant's.
    """
    if not history or not needs_context(question):
        return question
    previous = history[-1][0]
    typed = {w.lower() for w in words(question)}
    subject = _asked_noun(previous) + [n for n in names(previous) if n.lower() not in typed]
    if not names(previous):  # no name to carry: the previous question's content words
        skip = polarity_words() | STOPWORDS | {"which", "what", "who", "ones"}
        subject += [w for w in words(previous) if w.lower() not in skip][:4]
    subject = [w for w in dict.fromkeys(subject) if w.lower() not in typed]
    return f"{question} ({' '.join(subject)})" if subject else question
