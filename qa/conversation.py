"""Follow-up questions: rewrite "and who replaced it?" into a question that stands alone.

A follow-up that leans on the conversation (a pronoun, a leading "and"/"what about",
or too few words of its own) is joined to the previous standalone question, so that
retrieval and the refusal check see what it is about.
"""

from __future__ import annotations

from index.text import terms, words

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


def condense(history: list[tuple[str, str]], question: str) -> str:
    """The question as it would be asked alone, given earlier (question, answer) turns."""
    if not history or not needs_context(question):
        return question
    previous = history[-1][0]
    return f"{question} (following: {previous})"
