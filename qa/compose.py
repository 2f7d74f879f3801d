"""Let a capable model answer from the given passages, and keep only what verifies.

Generated text is cut into sentences as it streams (the raw text is kept, spaces and
all, so tokens that carry their own spaces are never glued). Each sentence is checked
against the passages its labels name, together, and the question it answers; a wrong
or missing label is replaced by the passages that do support it; a sentence nothing
supports is dropped. Every change is recorded in `notes`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from index.text import quotes, strip_markers, terms
from qa.analyze import DATE, Question
from qa.decide import (
    Context,
    asked_date,
    by_agent,
    dated_otherwise,
    holds_text,
    name_share,
    no_verdict,
    one_of_its_kind,
    other_kind,
    states_other_value,
    unsaid_words,
)
from qa.entities import Aliases, date_mentions, names
from qa.llm import LLM
from qa.prompt import NOT_FOUND, build_prompt, passages, quote
from qa.thesaurus import opposed, said_terms
from qa.types import Evidence
from qa.verify import (
    CLAUSE_JOIN_RE,
    NOTE_NUMBER_RE,
    Check,
    check_claim,
    labels_in,
    negated,
    split_sentences,
    strip_labels,
)


class Composer:
    def __init__(
        self,
        llm: LLM,
        max_tokens: int,
        aliases: Aliases | None = None,
        context: Context | None = None,
    ) -> None:
        self.llm = llm
        self.max_tokens = max_tokens
        self.aliases = aliases
        self.context = context
        self.timings: dict[str, float] = {}
        self.tokens = 0
        self.said_not_found = False
        self.raw = ""
        self.notes: list[str] = []
        self.sentences: list[tuple[str, list[Evidence]]] = []
        self.yes_no = ""
        self.pending = ""  # a bare "Yes"/"No" waiting for the sentence that backs it
        self.entries: frozenset[str] = frozenset()

    def run(self, q: Question, evidence: list[Evidence], yes_no: str = "") -> Iterator[str]:
        """Generate, verify sentence by sentence, and yield the text that passed."""
        self.yes_no = yes_no
        by_label = dict(passages(evidence))
        # the footnote entries naming a document ("…, College, 2016"), not quoting one
        self.entries = frozenset(
            quote(ev.text) for ev in evidence if ev.sentence.role == "note" and not quotes(ev.text)
        )
        prompt = build_prompt(q.text, evidence)
        started = time.perf_counter()
        buffer = ""
        for token in self.llm.stream(prompt, self.max_tokens):
            if not self.tokens:
                self.timings["first_token_ms"] = (time.perf_counter() - started) * 1000
            self.tokens += 1
            self.raw += token
            buffer += token
            parts = split_sentences(buffer)
            while len(parts) > 1:
                done = parts.pop(0)
                yield from self._accept(q, done, by_label, evidence)
                buffer = buffer[buffer.index(done) + len(done) :]
        if buffer.strip():
            yield from self._accept(q, buffer, by_label, evidence)
        self.timings["generate_ms"] = (time.perf_counter() - started) * 1000

    def _accept(
        self, q: Question, raw: str, by_label: dict[str, str], evidence: list[Evidence]
    ) -> Iterator[str]:
        claim = " ".join(strip_labels(raw).split())
        if not claim or NOT_FOUND.lower() in claim.lower():
            self.said_not_found = self.said_not_found or bool(claim)
            return
        lead = _LEADING_YES_NO.match(claim)
        if lead and not self.sentences:
            # "Yes"/"No" is held until the claim that backs it verifies (here or next)
            self.pending = lead.group(1).capitalize()
            claim = claim[lead.end() :].strip()
            if not claim:
                return
            claim = claim[:1].upper() + claim[1:]
        labels = list(dict.fromkeys(labels_in(raw)))
        for label in labels:
            if label not in by_label:
                self.notes.append(f"removed label {label}: it names no given passage")
        named = [lb for lb in labels if lb in by_label]
        body = claim.rstrip(" .;,")
        pointed = [n for n in NOTE_NUMBER_RE.findall(body) if f"[{n}]" not in by_label]
        if pointed:  # "footnote 5" when no given passage is note 5's
            self.notes.append(f"dropped a sentence naming footnote {pointed[0]}: {body}")
            return
        if (
            self.context is not None
            and q.kind in _VALUE_TYPES
            and not self.sentences
            and not holds_text(q, body, self.context)
        ):
            self.notes.append(f"dropped a sentence that does not give the {q.kind} asked: {body}")
            return
        if q.kind == DATE and not self.sentences and _other_date(q, body, evidence):
            # "When should X be monitored?" / "monitor X in 2018 and see Y in 2019": the
            # sentence's other date, for another thing
            self.notes.append(
                f"dropped a sentence giving a date the passage gives for another thing: {body}"
            )
            return
        agents = {a for ev in evidence if (a := by_agent(q, ev.text))}
        if agents and not self.sentences and not any(_names_agent(a, body) for a in agents):
            # "Who ran X?": the passage says who ("carried out by the Italian Marine"); a
            # first sentence naming anyone else answers with the wrong one
            self.notes.append(
                f"dropped a sentence not naming {' or '.join(sorted(agents))}, "
                f"whom the passage gives: {body}"
            )
            return
        kept, body = self._supporting(q, body, named, by_label)
        while not kept:  # a clause joined on that nothing supports goes, the rest may stay
            joins = list(CLAUSE_JOIN_RE.finditer(body))
            if not joins:
                return
            cut = joins[-1].start()
            self.notes.append(f"cut the clause “{body[cut:].strip(' ,;')}”: nothing supports it")
            body = body[:cut].rstrip(" ,;")
            kept, body = self._supporting(q, body, named, by_label)
        support = [ev for ev in evidence if ev.label in kept]
        piece = f"{body} {''.join(kept)}."
        if self.pending:
            denies = negated(body) != bool(opposed(q.text, body))  # "joined voluntarily"
            denies = denies or states_other_value(q, body, self.context)  # "2015" for "2013?"
            denies = denies or one_of_its_kind(q, body)  # "one of the projects": not the only
            denies = denies or other_kind(q, body)  # "X is a framework" for "a mission?"
            denies = denies or dated_otherwise(q, body)  # "the outcome … in 2019" for "2018?"
            implied = "No" if denies != q.negative else "Yes"
            settled = self.yes_no.capitalize()
            said = " ".join([body, *(ev.text for ev in support)])
            # a denial naming what is asked answers it in any words ("not much has been
            # done yet" for "already produced major results?"); an affirmation must say
            # the question's predicate: a careless "Yes" flipped from "No" is never backed
            named_all = _names_said(q, said, self.aliases, self.context)
            # (where the evidence settles it, its verdict stands: "X, Y stay out, so Z
            # takes part" denies nothing of Z)
            addressed = _addresses(q, body) or (denies and named_all and not settled)
            # an affirmation the evidence did not settle must say what is asked of the
            # names, not the names alone ("PESCO … borders … Schengen" affirms no
            # "guarding the borders between Schengen countries")
            if not denies and not settled and not _addresses(q, body, predicate_only=True):
                addressed = False
            if (
                not addressed
                or (self.context is not None and no_verdict(q, body, self.context))
                # "a satellite tracking project?" / "a harbour project": a word the sources
                # never use, nor anything near it, is not affirmed by a sentence without it
                or (
                    not denies
                    and self.context is not None
                    and any(unsaid_words(q, ev, self.context) for ev in support)
                )
                or (implied == "Yes" and not named_all)
            ):
                implied = settled or "unclear"  # the claim does not state the question's predicate
            # the evidence's own verdict, when the model gives the same, stands whatever
            # else its sentence says ("early phase, and not much has been done yet")
            if (self.pending == implied and settled in {"", implied}) or self.pending == settled:
                piece = f"{self.pending}. {piece}"
            else:
                self.notes.append(
                    f"dropped “{self.pending}”: the sentence after it implies {implied}"
                )
            self.pending = ""
        yield (" " if self.sentences else "") + piece
        self.sentences.append((piece, support))

    def _supporting(
        self, q: Question, body: str, named: list[str], by_label: dict[str, str]
    ) -> tuple[list[str], str]:
        """The labels to cite and the claim they support: those named, if together they
        support it; else the fewest given passages that do; for clauses joined on several
        passages, the clauses some passage supports; else none (the sentence is dropped)."""

        frame = _frame_names(body, self.context)
        given = " ".join(by_label.values())

        def check(labels: list[str], claim: str = body) -> Check:
            return check_claim(
                claim,
                [by_label[lb] for lb in labels],
                q,
                self.aliases,
                self.yes_no,
                frame=frame,
                elsewhere=given,
                entries=self.entries,
            )

        first = check(named) if named else None
        if first is not None and first.ok:
            for label in list(named):  # a label the claim verifies without supports nothing
                rest = [lb for lb in named if lb != label]
                if rest and check(rest).ok:
                    named = rest
                    self.notes.append(f"removed label {label}: the sentence holds without it")
            return named, body
        single = not q.timeline and not _CLAUSE_RE.search(body)  # one claim, no timeline
        if (
            first is not None
            and single
            and q.kind in _VALUE_TYPES
            and _VALUE_MISSING_RE.match(first.reason)
        ):
            # the value asked for is not in the passage the model cites for it: another
            # passage holding that value is about something else ("2019" for the outcome,
            # asked when the projects are accepted)
            self.notes.append(f"dropped a sentence ({first.reason} it cites): {body}")
            return [], body
        if first is not None and len(named) == 1 and _VALUE_MISSING_RE.match(first.reason):
            # the passage it cites, and one more holding a value that one lacks
            for label in by_label:
                if label not in named and check([*named, label]).ok:
                    self.notes.append(f"added {label}: the sentence also draws on it")
                    return [*named, label], body
        for label in by_label:
            if check([label]).ok:
                self.notes.append(f"cited {label} for a sentence that lacked its label")
                return [label], body
        # a sentence drawing on two passages: the pair sharing most with it, no more
        ranked = sorted(by_label, key=lambda lb: -len(_shared(body, by_label[lb])))
        for pair in _pairs(body, by_label):
            if check(pair).ok:
                return pair, body
        # a sentence joining clauses on several passages ("X in 2017; Y in 2018; Z in
        # 2019"): each clause must be supported on its own, and each passage it rests on is
        # cited
        clauses = [c.strip(" ,") for c in _CLAUSE_RE.split(body) if terms(c)]
        if len(clauses) > 1:
            cited: list[str] = []
            kept: list[str] = []
            for clause in clauses:
                rests_on = next((lb for lb in ranked if check([lb], clause).ok), None)
                rests = [rests_on] if rests_on else []
                if not rests:  # a clause drawing on two passages ("accepted and implemented")
                    rests = next((p for p in _pairs(clause, by_label) if check(p, clause).ok), [])
                if not rests:  # the others may stand without it
                    self.notes.append(f"cut the clause “{clause}”: nothing supports it")
                    continue
                kept.append(clause)
                cited += [lb for lb in rests if lb not in cited]
            if kept:
                return cited, "; ".join(kept)
        reason = (first or check(ranked[:1])).reason
        self.notes.append(f"dropped an unsupported sentence ({reason}): {body}")
        return [], body


# Answer types whose values can be recognised in any sentence: a first sentence that
# answers "how many" without a number, or "when" without a date, gives no answer.
_VALUE_TYPES = frozenset({"number", "date", "amount", "country"})
_CLAUSE_RE = re.compile(r";\s+|,\s+(?:and\s+)?then\s+|\s+—\s+")
_VALUE_MISSING_RE = re.compile(r"^(?:number|date|state|name|amount)\b.* is not in the passage")
_LEADING_YES_NO = re.compile(r"^(yes|no)\b[\s,.;:!—–-]*", re.I)


def _other_date(q: Question, body: str, evidence: list[Evidence]) -> bool:
    """Whether a claim gives one of a sentence's several dates other than the one that
    sentence gives for what the question asks."""
    said = {d for _, d, _, _ in date_mentions(body)}
    for ev in evidence:
        when, several = asked_date(q, ev.text)
        theirs = {d for _, d, _, _ in date_mentions(strip_markers(ev.text))}
        if several and when and said & theirs:
            right = {d for _, d, _, _ in date_mentions(when)}
            if not said & right:
                return True
    return False


def _names_agent(agent: str, body: str) -> bool:
    """Whether a sentence names the agent a passage gives (its words, less "the")."""
    have = set(terms(body))
    return all(t in have for t in terms(agent))


def _names_said(
    q: Question, text: str, aliases: Aliases | None, context: Context | None = None
) -> bool:
    """Whether a text (a claim and the passages it cites) names every name the question
    does, in some spelling: a Yes about "the Treaty of Maastricht" needs Maastricht. The
    corpus's frame ("EU", "PESCO": names most passages use) goes without saying."""
    frame = _frame_names(" ".join(q.names), context)
    return (aliases or Aliases()).names_all([n for n in q.names if n not in frame], text)


def _addresses(q: Question, body: str, predicate_only: bool = False) -> bool:
    """Whether a sentence states the question's own predicate (most of its terms), so that
    its polarity answers the question; an opposite ("optional" for "mandatory") states it
    denied. `predicate_only`: of its terms other than its names (half of them, when it
    has any)."""
    wanted = [t for t in q.terms if t not in {"yes", "no"}]
    if predicate_only:
        own = {t for n in q.names for t in terms(n)}
        wanted = [t for t in wanted if t not in own]
        if not wanted:
            return True
    have = set(terms(body))
    have |= said_terms(q.text, body, have)  # in the corpus's words too
    return bool(wanted) and sum(t in have for t in wanted) / len(wanted) >= 0.5


def _frame_names(body: str, context: Context | None) -> frozenset[str]:
    """Names most passages use (the corpus's own frame: "EU", "PESCO"): a claim may use
    them without the one passage it cites repeating them."""
    if context is None:
        return frozenset()
    return frozenset(n for n in names(body) if name_share(n, context) > 0.3)


def _pairs(claim: str, by_label: dict[str, str]) -> list[list[str]]:
    """Pairs of the four passages sharing most words with a claim, each sharing some."""
    ranked = sorted(by_label, key=lambda lb: -len(_shared(claim, by_label[lb])))[:4]
    ranked = [lb for lb in ranked if _shared(claim, by_label[lb])]
    return [[a, b] for i, a in enumerate(ranked) for b in ranked[i + 1 :]]


def _shared(claim: str, passage: str) -> set[str]:
    return set(terms(claim)) & set(terms(passage))
