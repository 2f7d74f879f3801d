"""Questions offering a choice ("Was Triton run by Frontex or by the Italian navy?",
"Which agency took over, Frontex or EASO?"): one yes/no question per option.

The answer core asks each option's question on its own; when the sources affirm exactly
one option and deny or never speak of the others, that option is the answer. Otherwise the
question is answered as asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text import STOPWORDS, words
from qa.entities import numbers

# words after "or" that offer no second option ("or not", "yes or no", "one or two")
_NO_OPTION_RE = re.compile(
    r"\b(?:or\s+(?:not|no|nah|nope|what|something|so|else|otherwise|anything|whatever|"
    r"rather|maybe|perhaps)\b|yes\s+or\s+no|either\s+way)",
    re.I,
)
_PREPOSITIONS = frozenset("by on in to at from for with into under through towards".split())
_AUX = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|must|may|might)"
# "Which agency did Italy hand X to", "What body was Triton run by": the asked thing is the
# object of the clause after its auxiliary
_WH_OBJECT_RE = re.compile(
    rf"^\W*(?:which|what|whose)\s+(?:[\w-]+\s+){{0,2}}?(?P<aux>{_AUX})\s+(?P<rest>.+)$", re.I
)
# "Which agency ran Triton", "Who replaced Mare Nostrum": the asked thing is the subject
_WH_SUBJECT_RE = re.compile(r"^\W*(?:which|what|who)\s+(?P<rest>\S.+)$", re.I)
# past-tense verbs a subject question puts after its noun ("which agency ran")
_IRREGULAR_PAST = frozenset(
    "ran led took gave made set sent chose wrote began brought held kept left met paid put "
    "sought shut spent stood won".split()
)
_YES_NO_RE = re.compile(rf"^\W*{_AUX}\b", re.I)
_MAX_OPTION_WORDS = 9
_ARTICLES = frozenset({"a", "an", "the"})
# a wh-question whose options follow it ("How many signed the list, 23 or 25?")
_WH_STEM_RE = re.compile(r"^\W*(?:how\s+(?:many|much|long)|when|in\s+which|in\s+what)\b", re.I)
_ADVERBS = frozenset("only just merely still already simply mainly mostly".split())


@dataclass(frozen=True)
class Choice:
    """The options a question offers, each with the yes/no question asking it alone; for
    a wh-question ("How many signed, 23 or 25?") the question without its options."""

    options: tuple[str, ...]
    questions: tuple[str, ...] = ()
    asked: str = ""
    clauses: bool = False  # two whole yes/no questions, the second the first's alternative


def choice(question: str) -> Choice | None:
    """The options of a question offering a choice of two, or None when it offers none
    (no "or", "or not", "yes or no", several "or"s, or options too long to be one)."""
    text = " ".join(question.split()).rstrip(" ?.!")
    listed = _OPTION_LIST_RE.match(text)
    if listed and not re.search(r"\bor\s+(?:both|either)$", text, re.I):
        # "Which of these replaced X: A, B, or C?": the question without its options, then
        # the option its answer states; three options asked as yes/no are not settled so
        options = tuple(o.strip() for o in re.split(r",\s*(?:or\s+)?|\s+or\s+", listed["opts"]))
        stem = _THESE_RE.sub(lambda m: m.group(1), listed["stem"]).strip()
        wh = _WH_STEM_RE.match(stem) or _WH_ANY_RE.match(stem)
        if wh and all(0 < len(words(o)) <= _MAX_OPTION_WORDS for o in options):
            return Choice(options, asked=f"{stem[:1].upper()}{stem[1:]}?")
        return None
    if re.search(r"\w,\s+[^,]+,\s+or\s+(?!both\b|either\b)", text, re.I):
        return None  # "Did A, B, or C run X?": three options, not two
    both = re.search(r",?\s+or\s+(?:both|either)$", text, re.I)  # "A, B, or both?"
    if both:
        text = text[: both.start()]
        text = re.sub(r",\s+(?=[^,]+$)", " or ", text, count=1)
    found = list(re.finditer(r"\s*,?\s+or\s+", text, re.I))
    if len(found) != 1 or _NO_OPTION_RE.search(text):
        return None
    cut = found[0]
    before, second = text[: cut.start()], text[cut.end() :].strip()
    if not second or len(words(second)) > _MAX_OPTION_WORDS:
        return None
    own = [w for w in second.split() if w.lower() not in _ADVERBS]  # "or still at …"
    lead = own[0].lower() if own else ""
    if _YES_NO_RE.match(before) and _YES_NO_RE.match(second):  # "Must they sign, or
        # may they choose?": two whole questions, the second set against the first
        return Choice(("", ""), (f"{before}?", f"{second}?"), clauses=True)
    repeated = lead not in STOPWORDS and re.search(rf"\b{re.escape(lead)}\b", before, re.I)
    if lead in _PREPOSITIONS | _ARTICLES or repeated:  # "by Frontex or by the navy", "an X
        # or a Y", "smuggling of people, or only smuggling of goods": from the word repeated
        same = _ARTICLES if lead in _ARTICLES else {lead}
        pattern = r"\b(?:" + "|".join(sorted(same)) + r")\b"
        at = [m.start() for m in re.finditer(pattern, before, re.I)]
        if not at:
            return None
        stem, first = before[: at[-1]].rstrip(" ,"), before[at[-1] :]
    elif "," in before:  # "Which agency took over, Frontex or EASO?"
        stem, first = (p.strip() for p in before.rsplit(",", 1))
    elif numbers(before.split()[-1]) and numbers(second.split()[0]):  # "23 or 25 states"
        stem = before.rsplit(None, 1)[0]
        first = " ".join([before.split()[-1], *second.split()[1:]])
    else:  # "… Frontex or EASO", "voluntary or compulsory": the first as long as the second
        ws = before.split()
        # "running or only proposed": an adverb before the second option is no word of it
        size = len(own)
        if len(ws) <= size or not (size == 1 or second[:1].isupper() or both):
            return None  # "stay out or join it": where the first begins is not known
        stem, first = " ".join(ws[:-size]), " ".join(ws[-size:])
    if not stem or not first or len(words(first)) > _MAX_OPTION_WORDS:
        return None
    if _WH_STEM_RE.match(stem):  # "How many signed, 23 or 25?": the question, then its options
        return Choice((first, second), asked=f"{stem}?")
    asked = [_alone(stem, option) for option in (first, second)]
    if any(a is None for a in asked):
        return None
    if numbers(first.split()[0]) and numbers(second.split()[0]):  # "23 or 25 states": the counts
        first, second = first.split()[0], second.split()[0]
    return Choice((first, second), tuple(a for a in asked if a is not None))


# "…: A, B, or C", "…, A, B or C": three options or more, listed after the question
_OPTION_LIST_RE = re.compile(
    r"^(?P<stem>.+?)\s*[:,—–-]\s*(?P<opts>[^:,]+(?:,\s*[^:,]+)+,?\s+or\s+[^:,]+)$", re.I
)
_WH_ANY_RE = re.compile(r"^\W*(?:which|what|who|whom|where)\b", re.I)
# "which of these regions", "which of the following": the kind asked ("which regions")
_THESE_RE = re.compile(r"\b((?:which|what))\s+of\s+(?:these|those|the\s+following)\b", re.I)


def _alone(stem: str, option: str) -> str | None:
    """The yes/no question asking one option: the stem with the option in its place."""
    wh = _WH_OBJECT_RE.match(stem)
    if wh:  # "Which agency did Italy hand X to" -> "Did Italy hand X to Frontex?"
        aux = wh.group("aux")
        return f"{aux[:1].upper()}{aux[1:].lower()} {wh.group('rest')} {option}?"
    subject = _WH_SUBJECT_RE.match(stem)
    if subject and not _YES_NO_RE.match(stem):  # "Which agency ran Triton" -> "Is it true
        ws = subject.group("rest").split()  # that Frontex ran Triton?": from its verb on
        # its verb: a past tense, or a present one after the noun ("which body monitors")
        verb = next((i for i, w in enumerate(ws[:4]) if _past(w) or (i > 0 and _present(w))), None)
        if verb is None and ws[1:2] and _present(ws[0]) and ws[1].lower() in _LINKS:
            verb = 0  # "Which participates in PESCO": a present tense, right after "which"
        if verb is None:
            return None
        return f"Is it true that {option} {' '.join(ws[verb:])}?"
    if re.match(r"^\W*(?:why|how|when|where)\b", stem, re.I):
        return None  # "Why did X fail, money or politics?": a reason, not a yes/no per option
    return f"{stem} {option}?"  # "Was Triton run by" + "Frontex"; "Triton was run" + "by Frontex"


# words a verb right after "which" is followed by ("participates in", "runs the")
_LINKS = frozenset("in on at to the a an with for from".split())


def _past(word: str) -> bool:
    """Whether a word reads as a verb in the past tense ("replaced", "ran")."""
    low = word.lower()
    return (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PAST


def _present(word: str) -> bool:
    """Whether a word reads as a verb in the present third person ("monitors", "runs")."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3
