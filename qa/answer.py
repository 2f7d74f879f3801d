"""The one core every front end calls: retrieve -> select -> (refuse | compose -> verify).

`Assistant.stream_answer()` yields verified text as it becomes available and ends with
the `Answer`; `Assistant.answer()` returns only the `Answer`. A generated sentence is
shown only after it has been checked against the passage it cites.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from index.build import BuildReport, IndexStatus, build_index, check_index, ensure_index
from index.embed import Embedder, load_embedder, load_query_embedder
from index.fetch import FetchResult, fetch_sources
from index.sources import Corpus, load_corpus
from index.store import Store
from index.text import strip_markers, terms, words
from index.types import Hit
from qa import respond
from qa.alternatives import choice
from qa.analyze import (
    DATE,
    DEFINITION,
    EXPANSION,
    NAMED,
    NUMBER,
    REASON,
    SOURCE,
    YESNO,
    Question,
    analyze,
    asks_whether,
    guessed,
    naming_question,
    premise,
    whole_timeline,
)
from qa.audit import AuditItem, Thresholds, audit
from qa.card import (
    article_date_line,
    card_answer,
    counting_sentences,
    dated_sentences,
    naming_sentences,
    notes_by_number,
)
from qa.compose import Composer
from qa.conversation import (
    about_the_subject,
    among_found,
    condense,
    is_fragment,
    needs_context,
    refers_to_found,
)
from qa.counts import compares_counts
from qa.decide import (
    Context,
    Decision,
    asks_purpose,
    comparison,
    dating,
    decide,
    event_sides,
    names_the_article,
    pairs_dates,
)
from qa.entities import (
    ABBREVIATIONS,
    COUNTRIES,
    DEMONYMS,
    EU_BODIES,
    Aliases,
    dates,
    number_mentions,
)
from qa.errors import LLMError, QuestionError
from qa.llm import LLM, make_llm
from qa.prompt import yes_no_prompt
from qa.respond import Reply
from qa.retrieve import HybridSearch
from qa.select import (
    Lexicon,
    continuations,
    label_for,
    looks_like_instruction,
    select_evidence,
    similarity,
)
from qa.settings import Settings
from qa.spelling import Speller
from qa.types import Answer, Citation, Evidence
from qa.verify import labels_in, split_sentences, strip_labels

_AUTO = "auto"


@dataclass
class Work:
    """What an answer is made of while it streams: hits, timings, notes, the model used."""

    started: float
    hits: list[Hit] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    model: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    tokens: int = 0
    mode: str = ""


# Function words of the languages readers most often switch to: a question with more of
# them than of English ones is not English (names and acronyms count for neither)
_FUNCTION_WORDS = {
    "English": frozenset(
        "the a an is are was were what which who whom whose when where why how does do did "
        "of in on to for with and or not by from that this it its has have had be".split()
    ),
    "French": frozenset(
        "le la les un une des est sont quel quelle quels quelles qui que quoi pourquoi comment "
        "où ou et du de au aux pas ne n'y y sur pour avec dans ce cette qu'est-ce".split()
    ),
    "German": frozenset(
        "der die das ein eine ist sind was wer wie warum wo welche welcher welches und oder "
        "nicht mit von zu für auf dem den des im macht gibt es".split()
    ),
    "Spanish": frozenset(
        "el la los las un una es son qué quién cuál cuáles cómo por qué dónde y o no con "
        "del al para en se".split()
    ),
    "Italian": frozenset(
        "il lo la gli le un una è sono che chi quale quali come perché dove e o non con "
        "del della per nel si".split()
    ),
}


def foreign_language(text: str) -> str:
    """The language a question is written in when it is plainly not English (two or more
    of that language's function words, more than of English's), else ''."""
    tokens = [t.lower() for t in re.findall(r"[\w'’-]+", text)]
    counts = {
        lang: sum(1 for t in tokens if t.replace("’", "'") in listed)
        for lang, listed in _FUNCTION_WORDS.items()
    }
    english = counts.pop("English")
    lang, found = max(counts.items(), key=lambda kv: kv[1])
    return lang if found >= 2 and found > english else ""


# Words of politeness alone ("ok thanks", "great, bye"): nothing to look up
_SMALL_TALK_RE = re.compile(
    r"(?:\W*\b(?:ok(?:ay)?|thanks?|thank you|thx|ty|cheers|great|cool|nice|perfect|"
    r"good|fine|got it|bye|goodbye|hi|hello|hey|yes|no|sure|alright|all right|"
    r"very|much|so|a lot|that'?s all)\b)+\W*",
    re.I,
)


class Assistant:
    """Loads the index and models once, then answers any number of questions."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        llm: LLM | None | str = _AUTO,
        embedder: Embedder | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self._llm_choice = llm
        self._embedder = embedder
        self._word_vectors: dict[str, np.ndarray] = {}
        self.notify = notify

    # -- loading ---------------------------------------------------------------------------
    @cached_property
    def embedder(self) -> Embedder:
        """The question encoder (fast to load)."""
        return self._embedder or load_query_embedder(self.settings.index_config().embed_model)

    def build_embedder(self) -> Embedder:
        """The encoder for index builds: sentence-transformers, loaded only when building."""
        return self._embedder or load_embedder(self.settings.index_config().embed_model)

    @cached_property
    def store(self) -> Store:
        return ensure_index(self.settings.index_config(), self.build_embedder, self.notify)

    @cached_property
    def search(self) -> HybridSearch:
        return HybridSearch(self.store, self.embedder, self.settings.rrf_k)

    @cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon.of(self.store, {**ABBREVIATIONS, **self.aliases.pairs})

    @cached_property
    def aliases(self) -> Aliases:
        """The acronyms the corpus defines, and their long names."""
        return Aliases.of(c.text for c in self.store.chunks)

    @cached_property
    def speller(self) -> Speller:
        """Reads a question's typos as the corpus words they miss ("denmrak")."""
        states = [name.title() for name in COUNTRIES if " " not in name]
        # "italian navy": a nation's armed body, a name typed in lower case
        forces = [f"{d.title()} {h}" for d in sorted(DEMONYMS) for h in _FORCES]
        chunks = (c.text for c in self.store.chunks)
        return Speller(chunks, gazetteer=states, bodies=(*EU_BODIES, *forces))

    @cached_property
    def context(self) -> Context:
        chunks = self.store.chunks
        authors = tuple(s.author for s in self.store.sources.values() if s.author)
        return Context(
            lexicon=self.lexicon,
            passages=tuple(c.text.lower() for c in chunks),
            aliases=self.aliases,
            people=authors,
            topics={s.id: s.title for s in self.store.sources.values() if s.footnote is not None},
            capitals=frozenset(
                w.lower()
                for c in chunks
                for w in words(c.text)
                if len(w) >= 3 and w.isupper() and w.isalpha()
            ),
            relatedness=self.relatedness,
            sections=self._sections(),
        )

    @cached_property
    def subject(self) -> str:
        """What the article is about, as it names it most: its most used acronym ("PESCO");
        "" for an article with none."""
        counts = Counter(
            w
            for c in self.store.chunks
            if c.doc_id == "article"
            for w in words(c.text)
            if len(w) >= 3 and w.isupper() and w.isalpha()
        )
        return counts.most_common(1)[0][0] if counts else ""

    def _sections(self) -> dict[int, str]:
        """Each article sentence's section heading, by the sentence's start."""
        out: dict[int, str] = {}
        heading = ""
        chunks = sorted(
            (c for c in self.store.chunks if c.doc_id == "article"), key=lambda c: c.start
        )
        for chunk in chunks:
            for sentence in chunk.sentences:
                if sentence.role == "heading":
                    heading = chunk.sentence_text(sentence)
                out[sentence.start] = heading
        return out

    def relatedness(self, one: str, other: str) -> float:
        """How close two words are in meaning: the cosine of their embeddings (each word
        embedded once)."""
        missing = [w for w in (one, other) if w not in self._word_vectors]
        if missing:
            for word, vector in zip(missing, self.embedder.embed(missing), strict=True):
                self._word_vectors[word] = vector / (float(np.linalg.norm(vector)) or 1.0)
        return float(self._word_vectors[one] @ self._word_vectors[other])

    @property
    def llm_role(self) -> str:
        """What the model does: 'generate' (it writes; every claim is verified), 'rank' (it
        chooses Yes or No by likelihood) or 'none' (answers come from the evidence).

        'auto' lets a model the reader brings (a GGUF path, a server) generate, and keeps
        the bundled 270M base model out of the answer. Writing where the evidence answers
        (its best role on the tune split: more direct answers, 0.73 against 0.61, at one
        fact's cost) lost on the test split (fact recall 0.61 against 0.70, citation
        precision 0.68 against 0.72); choosing Yes/No by likelihood ('rank') it preferred
        "Yes" on every yes/no question. See the README, "The model's role".
        """
        role = self.settings.llm_role
        if role != "auto":
            return role
        return "generate" if self.brought_model else "none"

    @property
    def brought_model(self) -> bool:
        """Whether the model is one the reader brought (a path, a server, an object)."""
        s = self.settings
        given = self._llm_choice not in (_AUTO, None)
        return bool(given or s.model_path or s.llm_url or s.llm == "openai")

    @cached_property
    def llm(self) -> LLM | None:
        """The configured model, loaded on first use; raises LLMError when it cannot be."""
        if self._llm_choice == _AUTO:
            return make_llm(self.settings)
        return self._llm_choice  # type: ignore[return-value]

    # -- the corpus and its index, for front ends that manage them --------------------------
    def corpus(self) -> Corpus:
        return load_corpus(Path(self.settings.sources_dir))

    def index_status(self) -> IndexStatus:
        return check_index(self.settings.index_config())

    def build_index(self, force: bool = False) -> BuildReport:
        report = build_index(self.settings.index_config(), self.build_embedder, force=force)
        self.__dict__.pop("store", None)  # the next question loads the new build
        self.__dict__.pop("search", None)
        for cached in ("lexicon", "aliases", "context"):
            self.__dict__.pop(cached, None)
        return report

    def fetch_sources(self, **options: Any) -> list[FetchResult]:
        return fetch_sources(Path(self.settings.sources_dir), **options)

    def audit(self, all_claims: bool = False) -> list[AuditItem]:
        """The footnote audit of the corpus as it is on disk (no index needed)."""
        s = self.settings
        limits = Thresholds(
            s.audit_passages, s.audit_min_overlap, s.audit_min_support, s.audit_min_shared
        )
        return audit(self.corpus(), all_claims=all_claims, thresholds=limits)

    # -- questions -------------------------------------------------------------------------
    def validate(self, question: object) -> str:
        """The question, cleaned; QuestionError with a one-line reason when it cannot be asked."""
        if not isinstance(question, str):
            raise QuestionError("the question must be text")
        cleaned = "".join(
            ch if unicodedata.category(ch)[0] != "C" or ch in "\t\n" else " " for ch in question
        )
        cleaned = " ".join(cleaned.split())
        if not cleaned:
            raise QuestionError("the question is empty")
        limit = self.settings.max_question_chars
        if len(cleaned) > limit:
            raise QuestionError(
                f"the question is {len(cleaned)} characters long; the limit is {limit}"
            )
        # "what is this thing for?" / "what is it?": the text's subject is asked of
        if not terms(strip_markers(about_the_subject(cleaned, self.subject))):
            raise QuestionError("the question has no words to search for")
        if _SMALL_TALK_RE.fullmatch(cleaned):
            raise QuestionError("that is no question; ask one about the article or its notes")
        language = foreign_language(cleaned)
        if language:  # the embedding model and the rules read English only
            raise QuestionError(
                f"the question seems to be in {language}; pesco-qa answers questions in English"
            )
        return cleaned

    def retrieve(self, question: str, top_k: int | None = None) -> tuple[list[Hit], np.ndarray]:
        vector = self.search.embed_query(question)
        return self.search.search(question, top_k or self.settings.top_k, vector), vector

    def answer(self, question: str, **options: object) -> Answer:
        result = None
        for event in self.stream_answer(question, **options):  # type: ignore[arg-type]
            if isinstance(event, Answer):
                result = event
        assert result is not None
        return result

    def stream_answer(
        self,
        question: str,
        *,
        top_k: int | None = None,
        use_llm: bool = True,
        history: list[tuple[str, str]] | None = None,
    ) -> Iterator[str | Answer]:
        """Yield pieces of verified answer text, then the finished Answer.

        A two-part question is answered part by part; each part is analysed, retrieved,
        decided and answered on its own, and the parts are joined. A question offering a
        choice, one with a guess after it and a why-question whose premise is checked
        are answered whole before anything is shown, as a two-part question is.
        """
        started = time.perf_counter()
        asked = self.validate(question)
        # asked alone, "it" or "this thing" with no name of its own is the article's subject
        alone = condense(history, asked) if history else about_the_subject(asked, self.subject)
        standalone, typos = self.speller.correct(alone)
        q = analyze(standalone)
        work = Work(started=started, model={"embedder": self.embedder.name})
        work.notes += [f"read “{typo}” as “{word}”" for typo, word in typos]
        llm = self.llm if use_llm and self.llm_role != "none" else None
        parts = [q]
        if q.parts:
            # later parts lean on the first ("What is X, and when did it start?")
            unique = list(dict.fromkeys(q.parts))
            parts = [analyze(unique[0])]
            parts += [analyze(condense([(unique[0], "")], p)) for p in unique[1:]]
            first_kind = parts[0].kind
        replies: list[Reply] = []
        chosen = self._choose(parts[0], top_k, llm, work) if len(parts) == 1 else None
        if chosen is None and len(parts) == 1 and parts[0].kind == REASON:
            chosen = self._false_premise(parts[0], top_k, llm, work)
        guess = guessed(standalone) if len(parts) == 1 and q.kind != YESNO else ""
        if chosen is not None:  # "Was X run by A or by B?": the one option the sources affirm
            replies.append(chosen)
            yield chosen.text
        elif guess:  # "How many signed — was it 23?": Yes or No to the guess, then the answer
            _, reply = _drain(self._solve(parts[0], top_k, llm, work, lead=""))
            replies.append(respond.checked_guess(reply, guess))
            yield replies[-1].text
        elif len(parts) == 1:  # stream as it verifies
            replies.append((yield from self._solve(parts[0], top_k, llm, work, lead="")))
        else:  # each part whole, so that one the other already said is never shown
            for part, raw in zip(parts, [None, *unique[1:]], strict=True):
                lead = " " if replies else ""
                found = _lead_value(replies[0]) if raw and replies else ""
                if raw and replies and first_kind == SOURCE:  # "…, and is its address
                    found = _one_note(replies[0]) or found  # verified?": the note found
                standing = refers_to_found(unique[0], first_kind, raw, found) if raw else None
                standing = (among_found(unique[0], raw) if raw else None) or standing
                if standing:  # "Which mission replaced X, and who ran it?": it is the mission
                    part = analyze(standing)
                note = _note_answered(replies) if raw and _QUOTED_WHO_RE.search(raw) else 0
                if note:  # "What is X, and whose words are those?": the note's source
                    part = analyze(f"Which source does footnote {note} quote?")
                claim = _claim_answered(replies) if raw and _BACK_SOURCE_RE.search(raw) else ""
                if claim and part.kind == SOURCE:  # "…, and what source is cited for that?":
                    # the source of the sentence the first part answered with
                    part = analyze(f"What source is cited for the claim that {claim}?")
                if raw and is_fragment(raw) and _holds_kind(part, replies):
                    continue  # "…footnote 3, and in what year?": the first answer gave it
                _, reply = _drain(self._solve(part, top_k, llm, work, lead))
                if reply.refused and raw and needs_context(raw) and _holds_kind(part, replies):
                    continue  # "…note 2, and what year is it from?": the note's card dated it
                said = " ".join(r.text for r in replies)
                value = _lead_of(reply) if replies else ""
                after = reply.text[len(value) :].strip() if value else ""
                if value and not _lead_said(value, replies) and _said_in(after, said):
                    # "Who ran X, and what replaced it?": one sentence answers both, but the
                    # second value ("Triton") is said as directly as the first, beside it;
                    # a second Yes or No after a first is its own part, for polar_parts
                    polar = respond.polar_opening(value) and respond.polar_opening(said, True)
                    if polar:
                        replies.append(Reply(value, reply.support, direct=True))
                    else:
                        replies = _with_lead(replies, value)
                    continue
                if any(_said_in(reply.text, r.text) for r in replies):
                    continue  # both parts answered by the same passage or claim: say it once
                last = replies[-1].text.rstrip(". ") if replies else ""
                if last and not replies[-1].refused and reply.text.startswith(last):
                    # "What does note 1 cite, and what is it used for?": the second answer
                    # says the first and more ("…; it backs the sentence …"): it alone
                    replies[-1] = reply
                    continue
                rest = _unsaid(reply.text, said)
                if rest != reply.text:  # a sentence the other part said: once is enough
                    reply = Reply(rest, reply.support, reply.refused, reply.direct)
                shown = {ev.key for r in replies if not r.refused for ev in r.support}
                if reply.refused and shown and {ev.key for ev in reply.support} <= shown:
                    # a refusal quoting what another part already answered with: what the
                    # sources lack is said ("they give no date for this"), the quote not again
                    reply = respond.unquoted(reply)
                replies.append(reply)
            replies = respond.polar_parts(replies)
            yield " ".join(r.text for r in replies if r.text)
        if len(replies) > 1 and all(r.refused for r in replies):
            replies = [Reply(replies[0].text, replies[0].support, refused=True)]
        refused = all(r.refused for r in replies)
        text = " ".join(r.text for r in replies if r.text)
        support = [ev for r in replies for ev in r.support]
        mode = "refusal" if refused else work.mode
        yield self._finish(asked, standalone, q, text, refused, mode, support, work, replies)

    def _choose(self, q: Question, top_k: int | None, llm: LLM | None, work: Work) -> Reply | None:
        """For a question offering a choice ("by Frontex or by the navy?"), the reply naming
        the one option the sources affirm, when they deny or never speak of the other, or
        "Both" when they affirm each; None when the question offers no choice or the
        sources do not settle it so. "How many signed, 23 or 25?" is answered without its
        options, then the option its answer states is named first."""
        offered = choice(q.text)
        # (a list asked picks no option, unless it asks which of two: "Which …, A or B?")
        which_of_two = bool(
            re.match(r"^\W*(?:which|who)\b[^,]*,\s*[^,]+\s+or\s+[^,]+$", q.text, re.I)
        )
        if offered is None or (q.wants_list and not offered.asked and not which_of_two):
            return None
        if comparison(q.text) and not offered.asked:
            return None  # "Which matters more to her, A or B?": a comparison, drawn or not
        said = " or ".join(o.lower() for o in offered.options)
        if len(offered.options) == 2 and all(offered.options) and said in self.context.lowered_text:
            return None  # "… of transit or origin": the sources' own words, not a choice
        if offered.asked:
            _, reply = _drain(self._solve(analyze(offered.asked), top_k, llm, work, ""))
            return respond.named_option(reply, offered.options)
        if offered.clauses:  # "Must a state sign, or may it choose?": the first
            # question's Yes or No answers, unless the second gets the same one
            first, second = (analyze(a) for a in offered.questions)
            second = analyze(condense([(first.text, "")], second.text))
            _, one = _drain(self._solve(first, top_k, llm, work, ""))
            _, other = _drain(self._solve(second, top_k, llm, work, ""))
            polar = _YES_RE.match(one.text) or _NO_RE.match(one.text)
            same = bool(polar) and other.text[:3] == one.text[:3]
            return one if polar and not same else None
        replies = [
            _drain(self._solve(analyze(a), top_k, llm, work, ""))[1] for a in offered.questions
        ]
        affirmed = [i for i, r in enumerate(replies) if _YES_RE.match(r.text)]
        shown = {tuple(e.key for e in r.support) for r in replies}
        if len(affirmed) == len(replies) and len(shown) == 1:  # "through frontline states or
            # airports?" / "… through frontline Member States and airports": one sentence, both
            said = _YES_RE.sub("", replies[0].text, count=1)
            return Reply(f"Both. {said}", replies[0].support, direct=True)
        if len(affirmed) != 1:
            return None
        others = [r for i, r in enumerate(replies) if i != affirmed[0]]
        if not all(r.refused or _NO_RE.match(r.text) for r in others):
            return None
        yes = replies[affirmed[0]]
        option = offered.options[affirmed[0]]
        unsaid = [
            offered.options[i]
            for i, r in enumerate(replies)
            if r.refused and _NEVER_RE.search(r.text)
        ]
        rest = _YES_RE.sub("", yes.text, count=1)
        text = f"{option[:1].upper()}{option[1:]}. {rest[:1].upper()}{rest[1:]}"
        if unsaid:
            text += f" The sources never mention {' or '.join(unsaid)}."
        return Reply(text, yes.support, direct=True)

    def _false_premise(
        self, q: Question, top_k: int | None, llm: LLM | None, work: Work
    ) -> Reply | None:
        """For "Why did Malta join PESCO?" where the sources deny that Malta joined: a
        refusal saying the premise does not hold, with the sentence denying it; None when
        the question takes nothing for granted or the sources do not deny it."""
        taken = premise(q.text)
        if not taken:
            return None
        _, reply = _drain(self._solve(analyze(taken), top_k, llm, work, ""))
        if not reply.text.startswith("No.") or not reply.support:
            return None
        said = reply.text[len("No.") :].strip()
        text = f"The sources give no reason for it, and they say otherwise: {said}"
        return Reply(text, reply.support, refused=True)

    def _solve(
        self, q: Question, top_k: int | None, llm: LLM | None, work: Work, lead: str
    ) -> Generator[str, None, Reply]:
        """Answer one (part of a) question: card, or retrieve -> decide -> compose/respond."""
        s = self.settings
        # two events set against each other in time are the dates' to answer, a note's too
        card = card_answer(q, self.store) if not pairs_dates(q) else None
        if card is not None:
            work.mode = "card" if work.mode in {"", "card"} else work.mode
            yield lead + card.text
            return Reply(card.text, card.support, refused=card.refused, direct=not card.refused)
        t0 = time.perf_counter()
        hits, vector = self.retrieve(q.query, top_k)
        work.hits += [h for h in hits if h not in work.hits]
        # a list or a timeline gathers from more sentences; so does a question of what a thing
        # is for, whose answer may name it by its head only ("The cooperation is expected to")
        wanted = 12 if q.wants_list or asks_purpose(q) else 8
        evidence = select_evidence(
            self.aliases.shorten(q.search_terms), vector, hits, self.store, wanted, self.lexicon
        )
        whole = whole_timeline(q)
        if whole or pairs_dates(q):  # the article's events at large, or two
            # events set against each other in time: every sentence dating one
            seen = {ev.key for ev in evidence}
            found = dated_sentences(self.store, notes=not whole)
            if not whole:  # those dating an event asked of, a note's too
                found = dating(q, found, self.context)  # ("the ESDC paper": 2016)
            dated = article_date_line(self.store)
            if dated is not None and any(names_the_article(e) for e in event_sides(q)):
                found.append(dated)  # "How long before the article was written …?"
            evidence += [ev for ev in found if ev.key not in seen]
        if compares_counts(q.text):  # "more projects than states?": every counting sentence
            seen = {ev.key for ev in evidence}
            evidence += [ev for ev in counting_sentences(self.store) if ev.key not in seen]
        if q.kind == NAMED and q.counted and " " not in q.counted:
            # "Which project …?": the sentences naming a project, however far in meaning
            seen = {ev.key for ev in evidence}
            evidence += [ev for ev in naming_sentences(self.store, q.counted) if ev.key not in seen]
        ranked = [(ev, similarity(ev, vector, self.store)) for ev in evidence]
        decision = decide(q, ranked, self.context, s.min_similarity)
        which = naming_question(q.text) if q.kind == NUMBER and not decision.answerable else ""
        if which:  # "How many treaties does it mention?": as many as it names, if it does
            asked = analyze(which)
            _, named = _drain(self._solve(asked, top_k, llm, work, ""))
            counted = respond.counted_names(asked, named)
            if counted is not None:
                yield lead + counted.text
                return counted
        work.notes.append(_decision_note(q, decision))
        work.timings["retrieve_ms"] = work.timings.get("retrieve_ms", 0.0) + _ms(t0)
        role = self.llm_role if llm is not None else "none"
        if role == "none":
            llm = None
            if not any(n.startswith("answered from the evidence") for n in work.notes):
                work.notes.append(
                    "answered from the evidence; no language model was consulted "
                    "(--llm-role generate, --model or --llm-url let one write)"
                )
        # A model the reader brought answers even where the rules would refuse (its NOT IN
        # SOURCES is heeded, its claims checked); the bundled one only where they answer.
        # A list, a timeline or a yes/no question is the evidence's to answer with the
        # bundled model: measured, its one sentence names fewer items than the quotes.
        if (
            role == "generate"
            and llm is not None
            and ranked
            and q.kind != SOURCE  # which note backs a sentence is the index's to say
            and decision.counted is None  # two counts compared: worked out, not written
            and (self.brought_model or (decision.answerable and not q.wants_list))
        ):
            composed = yield from self._compose(q, decision, ranked, llm, work, lead)
            if composed is not None:
                return composed
        if not decision.answerable:
            reply = respond.refusal(decision)
        elif q.kind in {DEFINITION, EXPANSION}:
            reply = respond.definition(q, decision, s.extract_sentences, self._defining(q))
        elif q.kind == YESNO:
            verdict = decision.yes_no
            if role == "rank" and llm is not None and not verdict:
                verdict = self._rank_yes_no(q, decision, llm, work)
            reply = respond.yes_no(decision, verdict, q.text)
        elif q.kind == SOURCE:
            footnoted = {src.footnote: src for src in self.store.sources.values() if src.footnote}
            notes = notes_by_number(self.store)
            whether = asks_whether(q.text)  # "Is X backed by a footnote?": Yes or No first
            reply = respond.provenance(
                decision, footnoted, notes, whether
            ) or respond.from_evidence(q, decision, s.extract_sentences)
        else:
            reply = respond.from_evidence(q, decision, s.extract_sentences)
        if not reply.refused and work.mode in {"", "card"}:
            work.mode = "extractive"
        yield lead + reply.text
        return reply

    def _compose(
        self,
        q: Question,
        decision: Decision,
        ranked: list[tuple[Evidence, float]],
        llm: LLM,
        work: Work,
        lead: str,
    ) -> Generator[str, None, Reply | None]:
        """Let a capable model answer; its NOT IN SOURCES is heeded, its claims verified.

        Returns None when nothing it wrote verified (the evidence's own answer follows).
        """
        # The bundled model reads ~300 prompt tokens a second: three sentences keep its
        # first token near 400 ms; a model the reader brings gets the configured number.
        n = self.settings.evidence_sentences if self.brought_model else 3
        if self.brought_model and q.wants_list:
            n *= 2  # a list or a timeline gathers from more sentences, as the quotes do
        given = [ev for ev, _ in ranked[:n]]
        given += continuations(given)
        if self.brought_model and decision.about is not None and decision.about not in given:
            given.append(decision.about)
        composer = Composer(llm, self.settings.max_tokens, self.aliases, self.context)
        pieces = []
        for piece in composer.run(q, given, decision.yes_no):
            pieces.append(piece)
            yield (lead if len(pieces) == 1 else "") + piece
        work.timings.update(composer.timings)
        work.tokens += composer.tokens
        work.notes += composer.notes
        work.model.update(llm.info())
        if composer.sentences:
            work.mode = "llm"
            support = tuple(ev for _, evs in composer.sentences for ev in evs)
            text = " ".join(t for t, _ in composer.sentences)
            return Reply(text, support, direct=True)
        if composer.said_not_found:
            about = decision.about
            reason = "the model found no answer in the passages"
            reply = respond.refusal(Decision(False, reason, about=about))
            yield lead + reply.text
            return reply
        work.notes.append("no generated sentence could be verified; the evidence answers")
        return None

    def _defining(self, q: Question) -> tuple[str, str, Evidence] | None:
        """(acronym, long name, the sentence that defines it) for an acronym the question
        names, when the corpus spells it out."""
        for w in words(q.text):
            long = self.aliases.pairs.get(w.lower())
            if not long:
                continue
            for chunk in self.store.chunks:
                for sentence in chunk.sentences:
                    text = chunk.sentence_text(sentence)
                    if long in text and not looks_like_instruction(text):
                        return (
                            w.upper(),
                            long,
                            Evidence(label_for(sentence), chunk, sentence, text, 1.0),
                        )
        return None

    def _rank_yes_no(self, q: Question, decision: Decision, llm: LLM, work: Work) -> str:
        """The bundled model's role: which of Yes / No is likelier after the passage."""
        choose = getattr(llm, "choose", None)
        if choose is None:
            return ""
        ev = decision.support[0]
        prompt = yes_no_prompt(q.text, ev.text)
        t0 = time.perf_counter()
        scores = choose(prompt, [" Yes", " No"])
        work.timings["rank_ms"] = _ms(t0)
        work.model.update(llm.info())
        margin = scores[0] - scores[1]
        work.notes.append(f"model log-likelihood Yes minus No: {margin:+.2f}")
        if abs(margin) < self.settings.rank_margin:
            return ""
        return "yes" if margin > 0 else "no"

    def _finish(
        self,
        asked: str,
        standalone: str,
        q: Question,
        text: str,
        refused: bool,
        mode: str,
        support: list[Evidence],
        work: Work,
        replies: list[Reply],
    ) -> Answer:
        work.timings["total_ms"] = _ms(work.started)
        cited = set(labels_in(text))
        said = set(terms(text))
        best: dict[str, Evidence] = {}  # one citation a label: its sentence closest to the text
        for ev in support:
            if ev.label in cited:
                held = best.get(ev.label)
                if held is None or len(set(terms(ev.text)) & said) > len(
                    set(terms(held.text)) & said
                ):
                    best[ev.label] = ev
        citations = tuple(self.citation(ev) for ev in best.values())
        evidence = tuple(dict.fromkeys(self.citation(ev) for ev in support))
        if work.tokens:
            work.model["tokens"] = work.tokens
        return Answer(
            question=asked,
            text=text,
            refused=refused,
            citations=citations,
            retrieved=tuple(work.hits),
            mode=mode,
            timings=work.timings,
            model=work.model,
            notes=tuple(work.notes),
            standalone_question=standalone if standalone != asked else "",
            evidence=evidence,
            question_type=q.kind if not q.parts else "two_part",
            direct=all(r.direct for r in replies) and not refused,
        )

    def citation(self, ev: Evidence) -> Citation:
        """Resolve a label: footnote n's metadata for [n], the passage's document for [¶p]."""
        footnote = int(ev.label[1:-1]) if ev.label[1:-1].isdigit() else None
        src = None
        if footnote is not None:
            src = next((x for x in self.store.sources.values() if x.footnote == footnote), None)
        src = src or self.store.sources.get(ev.chunk.doc_id)
        text = ev.chunk.text
        note = ev.chunk.doc_id == "article" and ev.sentence.role == "note"
        if note and footnote is not None and not text.startswith("["):
            text = f"[{footnote}] {text}"  # the note as the article prints it: its number first
        return Citation(
            label=ev.label,
            doc_id=ev.chunk.doc_id,
            footnote=footnote,
            chunk_id=ev.chunk.id,
            title=src.title if src else "",
            publisher=src.publisher if src else "",
            date=src.date if src else "",
            url=src.url if src else "",
            text=text,
            sentence=ev.text,
            start=ev.sentence.start,
            end=ev.sentence.end,
            paragraph=ev.sentence.paragraph,
        )


def _decision_note(q: Question, decision: Decision) -> str:
    """What the evidence allowed, for `--explain`: the question's type and the sentence
    it was answered or refused from, and a yes/no question's verdict or why none."""
    kind = "question type: " + ("yes/no" if q.kind == YESNO else q.kind)
    kind += " (a list)" if q.wants_list else ""
    if not decision.answerable:
        return f"{kind}; refused: {decision.reason}"
    label = decision.support[0].label if decision.support else ""
    if q.kind != YESNO:
        return f"{kind}; answered from {label}"
    if not decision.support:
        return f"{kind}; {decision.yes_no}: {decision.reason}"
    if decision.yes_no:
        return f"{kind}; {label} settles it: {decision.yes_no}"
    return f"{kind}; {label} is the closest sentence, but it says less or other than asked"


def _holds_kind(q: Question, replies: list[Reply]) -> bool:
    """Whether earlier answers already give a value of the kind a half question asks
    ("in what year?" after an answer dating the source; "by how many?" after a count)."""
    said = " ".join(r.text for r in replies if not r.refused)
    if q.kind == DATE:
        return bool(dates(said))
    if q.kind == NUMBER:
        return bool(number_mentions(strip_labels(said)))  # a count, not a year
    return False


# a part asking the source of what the part before it said ("… cited for that?")
_BACK_SOURCE_RE = re.compile(r"\b(?:that|this|it|the claim|the statement)\b", re.I)


# a part asking whose words the part before it quoted ("who is quoted for that?")
_QUOTED_WHO_RE = re.compile(r"\bwho(?:se words)?\b.*\b(?:quoted|quote|quotes|words)\b", re.I)


def _first_support(replies: list[Reply]) -> Evidence | None:
    """The sentence the first answer stands on, or None when it refused or stands on none."""
    if not replies or replies[0].refused or not replies[0].support:
        return None
    return replies[0].support[0]


def _note_answered(replies: list[Reply]) -> int:
    """The footnote whose quote the first answer stands on, or 0."""
    ev = _first_support(replies)
    return (ev.chunk.footnote or 0) if ev is not None and ev.sentence.role == "note" else 0


def _claim_answered(replies: list[Reply]) -> str:
    """The article sentence the first answer stands on, as a claim: "" when it refused or
    stands on no article sentence."""
    ev = _first_support(replies)
    if ev is None or ev.chunk.doc_id != "article" or ev.sentence.role == "note":
        return ""
    return strip_markers(ev.text).rstrip(" .")


def _lead_of(reply: Reply) -> str:
    """A part's direct answer, when the rest of its text only quotes what the earlier
    parts quoted: its first sentence, a value of a few words with its label ("Triton
    [¶14].")."""
    return "" if reply.refused else _short_first(reply.text)


def _one_note(reply: Reply) -> str:
    """ "Footnote N" when a part's answer cites one footnote, and no other; else ""."""
    cited = {ev.chunk.footnote for ev in reply.support if ev.chunk.footnote is not None}
    return f"Footnote {cited.pop()}" if len(cited) == 1 and not reply.refused else ""


def _lead_value(reply: Reply) -> str:
    """A part's direct answer as a bare value ("Triton"), without its label; "" when the
    part was refused or opens with no short value."""
    return strip_labels(_lead_of(reply)).strip(" .")


def _short_first(text: str) -> str:
    """A text's first sentence when it is a value of a few words and more follows."""
    sentences = split_sentences(text)
    if len(sentences) < 2 or not 0 < len(words(strip_labels(sentences[0]))) <= _LEAD_WORDS:
        return ""
    return sentences[0].strip()


_LEAD_WORDS = 6


def _lead_said(value: str, replies: list[Reply]) -> bool:
    """Whether an earlier part already gave this value as its own lead."""
    said = {
        " ".join(words(strip_labels(s).lower()))
        for r in replies
        for s in split_sentences(r.text)[:1]
    }
    return " ".join(words(strip_labels(value).lower())) in said


def _with_lead(replies: list[Reply], value: str) -> list[Reply]:
    """The replies with a later part's lead put after the first reply's own lead, or
    before its text when it has none: the direct answers first, then the quotes."""
    first = replies[0]
    if _short_first(first.text):
        sentences = split_sentences(first.text)
        text = " ".join([sentences[0].strip(), value, *(s.strip() for s in sentences[1:])])
    elif _says_value(first.text, value):
        return replies  # the first part's sentence already says it: "… accepted at the
        # beginning of 2018" needs no "At the beginning of 2018." after it
    else:
        text = f"{first.text} {value}"
    return [Reply(text, first.support, first.refused, first.direct), *replies[1:]]


def _says_value(text: str, value: str) -> bool:
    """Whether a text already says a later part's value in its words ("… accepted at the
    beginning of 2018" says "At the beginning of 2018."); a Yes or No is a verdict on the
    later part, never said by the first part's words."""
    said = " ".join(words(strip_labels(value).lower()))
    return said not in {"yes", "no"} and f" {said} " in f" {' '.join(words(text.lower()))} "


def _said_in(text: str, earlier: str) -> bool:
    """Whether every claim of a part's answer is already in an earlier part's answer
    (a model answering both parts in one sentence, once for each)."""
    claims = [" ".join(words(c.lower())) for c in split_sentences(strip_labels(text))]
    said = " ".join(words(strip_labels(earlier).lower()))
    return bool(claims) and all(c in said for c in claims if c)


def _unsaid(text: str, earlier: str) -> str:
    """A part's answer less the sentences (of more than a word) an earlier part said."""
    said = " ".join(words(strip_labels(earlier).lower()))
    kept = [
        c
        for c in split_sentences(text)
        if len(words(strip_labels(c))) < 2 or " ".join(words(strip_labels(c).lower())) not in said
    ]
    return " ".join(kept) if kept else text


_FORCES = ("navy", "marine", "army", "coast guard", "coastguard", "police", "government")
_YES_RE = re.compile(r"^Yes[.:,]\s*")
_NO_RE = re.compile(r"^No[.:,]\s*")
_NEVER_RE = re.compile(r"\bnever mention\b")


def _drain(solving: Generator[str, None, Reply]) -> tuple[list[str], Reply]:
    """Run a part's answer to its end: the pieces it would have streamed, and the reply."""
    pieces: list[str] = []
    try:
        while True:
            pieces.append(next(solving))
    except StopIteration as done:
        return pieces, done.value


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000.0


__all__ = ["Assistant", "LLMError", "QuestionError"]
