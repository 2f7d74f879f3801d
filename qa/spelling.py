"""Typos in a question, read as the corpus word they miss ("denmrak" -> "Denmark").

A reader's misspelling of a name or a word the sources use ("trety", "denmrak") finds no
passage and no anchor: the question is refused or answered from the wrong sentence. A
word is corrected only when it is neither an English word (pyspellchecker's frequency
list, which ships with the package: nothing is downloaded) nor one of the corpus's own,
and exactly one edit (two, for a word of eight letters or more) makes it a word the
corpus uses, or the name of an EU state. Corrections go only towards those words: a word
the corpus never uses is a question about something else, not a typo to guess at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from index.text import STOPWORDS

if TYPE_CHECKING:
    from spellchecker import SpellChecker

# what a word opening a sentence (or a bullet or a quotation) follows
_OPENING = frozenset(".!?:;•\"“‘'")
_EVERYDAY = 2000  # an English word used this often is no name (pyspellchecker's counts)
# a name of several capitalised words, maybe joined by "of", "and", "on", "for"
_PHRASE_RE = re.compile(
    r"(?<![\w-])[A-Z][\w-]+(?:\s+(?:(?:of|and|on|for|&)\s+)?[A-Z][\w-]+)+(?![\w-])"
)
# a word before a head noun that things are named by ("nice treaty", "aegean route")
_NAMED_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<word>[a-z][a-z-]{2,})(?=\s+(?:treaty|route|agency|council|parliament|"
    r"commission|regulation|agreement|convention|summit|declaration|operation|mission|"
    r"programme|program|initiative|pact|process|strategy|fund)\b)"
)
_WORD_RE = re.compile(r"(?<![\w'’-])[A-Za-z]{4,}(?=['’]s\b|(?![\w'’-]))")  # "malta's" too


class Speller:
    """Corrects a question's typos towards the words of the corpus."""

    def __init__(
        self, passages: Iterable[str], gazetteer: Iterable[str] = (), bodies: Iterable[str] = ()
    ) -> None:
        """`gazetteer`: names a question may misspell that the corpus need not use (the EU's
        states: "Irleand" asks about Ireland, a state, whether or not the article names it).
        `bodies`: names of several words a question typed in lower case may mean, whether or
        not the corpus uses them ("european parliament")."""
        forms: dict[str, Counter[str]] = {}
        inside: set[str] = set()  # words written with a capital inside a sentence
        phrases: set[str] = set(bodies)
        for passage in passages:
            for m in _PHRASE_RE.finditer(passage):
                ws = m.group(0).split()
                while ws and ws[0].lower() in STOPWORDS:  # "The European Agenda …"
                    ws = ws[1:]
                if len(ws) > 1:
                    phrases.add(" ".join(ws))
            for m in _WORD_RE.finditer(passage):
                forms.setdefault(m.group(0).lower(), Counter())[m.group(0)] += 1
                before = passage[: m.start()].rstrip()[-1:]
                if m.group(0)[0].isupper() and before and before not in _OPENING:
                    inside.add(m.group(0).lower())
        states = set()
        for name in gazetteer:
            if _WORD_RE.fullmatch(name):
                forms.setdefault(name.lower(), Counter())[name] += 1
                states.add(name.lower())
        # each word as the corpus writes it most often ("Denmark", "HARMSPRO", "treaty")
        self._forms = {w: c.most_common(1)[0][0] for w, c in forms.items()}
        self._counts = {w: sum(c.values()) for w, c in forms.items()}
        self._capitalised = {  # never written in lower case: the candidates for names
            w for w, c in forms.items() if w not in STOPWORDS and all(f[0].isupper() for f in c)
        }
        self._inside = inside
        self._states = states
        # the corpus's names of several words ("European Border and Coast Guard Regulation")
        # and the bodies given, longest first: a lower-case question gets their capitals
        self._phrases = sorted(
            phrases,
            key=len,
            reverse=True,
        )

    @cached_property
    def _names(self) -> dict[str, str]:
        """The names a question typed in lower case means ("lisbon", "pesco"): the
        gazetteer's, the corpus's acronyms, and the words it never writes in lower case,
        writes with a capital inside a sentence and English seldom uses ("Triton"; not
        "Council" or "Policy", everyday words there in a name). Worked out on the first
        such question: it loads the English word list."""
        return {
            w: self._forms[w]
            for w in self._capitalised
            if w in self._states
            or (self._forms[w].isupper() and len(w) > 2)
            or (
                w in self._inside
                and self._english.word_frequency[w] < _EVERYDAY
                and not w.endswith(("ed", "ing"))  # "Structured" in a name: a verb's form
            )
        }

    @cached_property
    def _english(self) -> SpellChecker:
        from spellchecker import SpellChecker

        return SpellChecker(distance=1)

    @cached_property
    def _corpus(self) -> tuple[SpellChecker, SpellChecker]:
        from spellchecker import SpellChecker

        near, far = SpellChecker(language=None, distance=1), SpellChecker(language=None, distance=2)
        for checker in (near, far):
            checker.word_frequency.load_json(self._counts)
        return near, far

    def correct(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """The text with its typos corrected, and each (typo, correction)."""
        fixes: list[tuple[str, str]] = []
        # typed all in lower case ("did europol run triton"): a word neither English nor
        # the corpus's, nor a typo of one, is a name the reader did not capitalise
        hasty = not any(c.isupper() for c in text[1:])
        if hasty:  # "what did the european parliament decide": a name of several words
            for phrase in self._phrases:
                text = re.sub(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", phrase, text, flags=re.I)

        if hasty:  # "the nice treaty", "the aegean route": a rare word naming one
            text = _NAMED_HEAD_RE.sub(self._named_head, text)

        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            if hasty and word.lower() in self._names and word != self._names[word.lower()]:
                return self._names[word.lower()]  # "did pesco start in lisbon": the names
            better = self.correction(word)
            if not better and hasty and m.start() > 0 and self.unknown(word):
                better = word.capitalize()
            if better:
                fixes.append((word, better))
                return better
            return word

        return _WORD_RE.sub(fix, text), fixes

    def _named_head(self, m: re.Match[str]) -> str:
        """A rare word before a head that things are named by, capitalised as a name."""
        word = m.group("word")
        lower = word.lower()
        rare = self._english.word_frequency[lower] < _EVERYDAY and lower not in STOPWORDS
        if not rare or self._forms.get(lower, "A")[0].islower():
            return m.group(0)  # an everyday word ("the new treaty"), or one the corpus writes so
        return f"{word.capitalize()}{m.group(0)[len(word) :]}"

    def unknown(self, word: str) -> bool:
        """Whether a word is neither English nor one the corpus uses, nor one edit from an
        English word ("actualy", "centres": a typo or a spelling, not a name)."""
        lower = word.lower()
        return not self._known(lower) and not self._english.known(
            self._english.edit_distance_1(lower)
        )

    def _known(self, lower: str) -> bool:
        """Whether a lower-case word is English or the corpus's (or the gazetteer's)."""
        return lower in self._forms or lower in self._english

    def correction(self, word: str) -> str:
        """The corpus word a typo stands for, or "" when it is no typo or is ambiguous."""
        lower = word.lower()
        if self._known(lower):
            return ""
        near, far = self._corpus
        checker = far if len(lower) >= 8 else near
        found = checker.candidates(lower) or set()
        # towards a content word: "wich" may be "which" or "with", a word of no content
        found = {c for c in found if c != lower and c in self._forms and c not in STOPWORDS}
        if word.isupper() and len(word) > 1:  # an acronym ("EASO") is no typo of a word
            found = {c for c in found if self._forms[c].isupper()}  # ("Ease"); of one, it may be
        if not found:
            return ""
        best = max(found, key=lambda c: (self._counts[c], c))
        if sum(self._counts[c] == self._counts[best] for c in found) > 1:
            return ""  # two corpus words as near and as frequent: no guess
        form = self._forms[best]
        return form if form[0].isupper() else (form.capitalize() if word[0].isupper() else form)
