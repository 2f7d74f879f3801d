"""Question analysis: what kind of answer a question wants, and what it is about.

The expected type decides answerability: "When did X start?" needs a sentence about X
that holds a date, "How much does X cost?" one that holds an amount. Types are read
from the question's shape (its wh-word, its auxiliary, the noun after "how many" or
"which"), classes of words rather than phrasings of any one question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text import STOPWORDS, stem, terms, words
from qa.entities import (
    countries,
    dates,
    is_role_noun,
    names,
    numbers,
    spoken_years,
    states_negation,
)
from qa.thesaurus import expansions

# The answer types.
YESNO, NUMBER, AMOUNT, DATE, AGENT, PLACE, COUNTRY, REASON = (
    "yesno", "number", "amount", "date", "agent", "place", "country", "reason",
)  # fmt: skip
DEFINITION, EXPANSION, NAMED, OTHER = "definition", "expansion", "named", "other"
PERSON = "person"
SOURCE = "source"  # which of the article's sources stands behind a statement
TYPED = frozenset({NUMBER, AMOUNT, DATE, AGENT, PERSON, PLACE, COUNTRY, REASON, EXPANSION, NAMED})

_AUXILIARIES = frozenset(
    "is are was were do does did can could will would has have had should shall may might "
    "must isn't aren't wasn't weren't don't doesn't didn't won't hasn't haven't can't couldn't "
    "shouldn't wouldn't".split()
)
# Openers that carry no content: interjections and requests to talk ("so", "quick q",
# "can you tell me", "I'm curious about"). A class: discourse markers and speech-act verbs.
_OPENER_RE = re.compile(
    r"^(?:(?:so|ok(?:ay)?|hey|hi|well|quick (?:q|question)|question|also|and|but|right|"
    r"please|pls|btw|one more thing|wait|hang on|hold on|hm+|um+|uh+|oh|sorry|actually|hello|"
    r"hiya|greetings|good (?:morning|afternoon|evening))"
    r"\b[\s,:;!.—–-]*|"
    # a label for the question that follows: "quick one:", "one more:", "follow-up:"
    r"(?:(?:real(?:ly)?\s+)?quick|another|one more|last|final|next|follow[- ]?up|small|simple|"
    r"silly|random|easy)(?:\s+(?:one|q|question|thing))?\s*[:,;—–-]+\s*)+",
    re.I,
)
# A leading attribution ("Going by the article, …", "According to the text: …"): who
# says it, not what is asked; the question proper follows.
_SOURCE_LEAD_RE = re.compile(
    r"^(?:according to|going by|based on|judging by|from|per|in|acc(?:\.|ording)? to)\s+"
    r"(?:the|this|that)\s+(?:article|text|piece|paper|author|writer|essay|analysis)"
    r"(?:'s|’s)?(?:\s+(?:view|words|account|opinion))?\s*[,:;-]\s*",
    re.I,
)
# The same attribution closing the question ("…, according to the article?", "… acc to
# this").
_SOURCE_TAIL_RE = re.compile(
    r"[,;\s]+(?:(?:according to|acc(?:\.|ording)? to|going by|as per|per|based on)\s+"
    r"(?:the|this|that)(?:\s+(?:article|text|piece|paper|author|writer|essay|analysis))?|"
    r"in\s+(?:the|this)\s+(?:article|text|piece|paper|essay|analysis)|"
    r"in\s+(?:(?:the|this)\s+(?:author|writer)(?:'s|’s)|her|his)(?=\s+(?:view|opinion)))"
    r"(?:'s|’s)?(?:\s+(?:view|words|account|opinion))?\s*(?=[?.!]*\s*$)",
    re.I,
)
_REQUEST_RE = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u)\s+(?!(?:say|agree|reckon|think|happen|know)\b)"
    r"(?:please\s+)?|"
    r"please\s+|i(?:'d| would) like "
    r"(?:you )?to\s+|i(?:'m| am) (?:curious|wondering|interested)\s+(?:about|if|whether)?\s*|"
    r"i want to know\s+(?:about|if|whether)?\s*|(?:do|would|did)\s+(?:you|u)\s+(?:happen\s+to\s+)?"
    r"know\s+(?:if|whether)?\s*|any\s+idea\s+(?:if|whether)?\s*)"
    r"(?:(?:tell|show|give|explain|walk|remind|help)\s+(?:me|us)?\s*(?:through|about|"
    r"with|on)?\s*)?",
    re.I,
)
AMOUNT_WORDS = frozenset(
    stem(w)
    for w in "cost costs budget fund funding funded spend spent price money euro "
    "euros expenditure finance financed financing paid pay".split()
)
_COUNT_NOUNS_RE = re.compile(
    r"\b(?:how many|number of|count of|how much of)\b"
    # "how much countries …": a reader's "much" for "many", before a plural that is counted
    r"|\bhow much\s+(?:[a-z]+\s+)?(?:countries|states|nations|cities|members|projects|missions|"
    r"operations|agencies|people|participants|measures|tools|footnotes|notes|sources)\b"
    # "What percentage of …?", "What share of the states …?": a figure, worked out of counts
    r"|^(?:what|which)\s+(?:percentage|percent|per\s+cent|proportion|share|fraction|ratio)\s+of\b",
    re.I,
)
# what a proportion asked needs: a figure of one (a percentage) or words for a share
PROPORTION_ASKED_RE = re.compile(
    r"\b(?P<pct>percentage|percent|per\s+cent)|\b(?:proportion|share|fraction|ratio)\s+of\b",
    re.I,
)
_WHEN_RE = re.compile(
    r"\b(?:when|(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?(?:year|date|day)|"
    r"in what year|since when|"
    r"how long|what month|which month|by when|until when|timeline|deadline|what time)\b",
    re.I,
)
_WHY_RE = re.compile(
    r"\b(?:why|for what reason|what for|how come|what led|what caused|on what grounds|"
    r"what(?:'s| is| was| are| were)?\s+(?:the\s+|their\s+|its\s+)?(?:main\s+|real\s+|"
    r"official\s+|stated\s+)?(?:reasons?|motives?|motivation|rationale|grounds)\b|"
    r"(?:reasons?|motives?|rationale)\s+(?:for|behind)\b)",
    re.I,
)
# "Why does the article mention X?", "why does X even come up?": the article's use of X
_WHY_MENTIONED_RE = re.compile(
    r"\b(?:why|how come)\b.{0,60}\b(?:come|comes|came)\s+up\b|\b(?:why|how come)\b.{0,60}"
    r"\b(?:mention(?:s|ed)?|bring(?:s)?\s+(?:\w+\s+)?up|brought\s+(?:\w+\s+)?up|"
    r"talks?\s+about|discuss(?:es)?|refers?\s+to|includes?|features?)\b",
    re.I,
)
# An optional word between "which/what" and the noun that is not an auxiliary ("what do
# cities promise" asks no place).
_NOT_AUX = (
    r"(?!(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|must|may|"
    r"might)\b)"
)
_WHERE_RE = re.compile(
    rf"\b(?:where|(?:which|what)\s+(?:{_NOT_AUX}\w+\s+)?(?:regions?|locations?|city|cities|"
    r"towns?|capital|"
    r"places?|areas?|routes?|seas?)|headquarter\w*|based in)\b",
    re.I,
)
# Taking part or staying out: what states do in the article ("who joined", "who isn't in")
_MEMBERSHIP_RE = re.compile(
    r"\b(?:join(?:ed|s|ing)?|take[sn]? part|took part|taking part|part of|participat\w*|"
    r"stay(?:ed|s|ing)? (?:out|outside)|opt(?:ed|s|ing)? out|outside|left out|"
    r"not (?:in|inside|taking part|participating|joining)|belong\w*|sits? out|"
    r"members? of|sign(?:ed|s|ing)? (?:up|on)|hold(?:s|ing)? ?outs?|held out|on board|aboard|"
    r"(?:a )?part(?:y|ies) to|signator\w+|in on|on the sidelines?|(?:sit|sits|sitting|sat) "
    r"(?:[\w-]+ ){1,3}?out)\b"
    r"|n['’]t (?:in|inside|taking part|participating|joining)\b",
    re.I,
)
_WHO_RE = re.compile(r"\b(?:who|whom|whose|which person|what person)\b", re.I)
_COUNTRY_Q_RE = re.compile(
    rf"\b(?:which|what)\s+(?:{_NOT_AUX}\w+\s+(?:or\s+)?){{0,2}}"
    r"(?:countr(?:y|ies)|states?|member states?|nations?)\b|"
    r"^\W*(?:please\s+)?(?:list|name)\s+(?:(?:all|every|each|the|of)\s+){0,3}(?:eu\s+)?"
    r"(?:countries|states|member states|nations)\b(?!\s+(?:of|in)\s+the\s+(?:article|text))",
    re.I,
)
_DEFINITION_RE = re.compile(
    r"^(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?[\w\s&-]{1,40}\??$"
    r"|\bstand(?:s)? for\b|\bdefin|\bmeaning of\b|\bwhat does \w+ mean\b(?!\s+(?:for|to)\b)",
    re.I,
)
_LIST_ASK_RE = re.compile(
    r"\b(?:list|name (?:the|all|some)|which (?!(?:agency|country|state|organisation|"
    r"organization|body|institution|treaty|mission|operation|project|document|source|note|"
    r"footnote|route|region|city|person|year|month|one)\s)(?:\w+ )?(?!does|was|has|this|is)"
    r"\w{3,}[^s\W]s\b|"
    r"what (?:are|were) (?:the|some|its)|examples|ways)\b",
    re.I,
)
# Plural nouns of things a reader asks to have listed ("the CSDP tools?"). Under a
# question for a date ("By when were the projects to be accepted?") they name its
# subject, not its answer: there only a listing request or a timeline makes a list.
_LIST_NOUN_RE = re.compile(
    r"\b(?:tasks|tools|measures|projects|activities|scenarios|areas|steps|components|"
    r"items|regions|elements)\b",
    re.I,
)
# Words that point at the document or its author reporting something ("what does the
# article say about X", "in the writer's view"): they name the source, not the content,
# so they are not terms a passage must hold. A class: document nouns and reporting verbs.
REPORTING = frozenset(
    stem(w)
    for w in """article piece text paper essay author writer say says said saying mention
    mentions mentioned tell tells told describe describes described claim claims argue argues
    think thinks view according refer refers referred admit admits admitted concede concedes
    conceded acknowledge acknowledges acknowledged reckon reckons believe believes feel
    feels envisage envisages envisaged foresee foresees anticipate anticipates imagine
    imagines predict predicts sketch sketches sketched outline outlines outlined""".split()
)
_NEGATIVE_PREDICATE = frozenset(
    "not no never none except excluded exclude outside out opt opted refuse refused declined "
    "stay stays stayed staying sideline sidelines "
    "decline absent missing non isn't aren't wasn't weren't doesn't don't didn't little".split()
)


@dataclass(frozen=True)
class Question:
    """A question as the answering core reads it."""

    text: str  # the question, openers removed
    kind: str  # one of the answer types above
    terms: tuple[str, ...]  # stemmed content terms
    names: tuple[str, ...]  # names, acronyms and numbers it mentions, as written
    countries: tuple[str, ...]  # states it names, canonical
    wants_list: bool
    negative: bool  # the asked predicate is a negation or an exclusion ("stay out", "not")
    parts: tuple[str, ...] = ()  # the two questions of a two-part question
    counted: str = ""  # the noun a "how many" counts, or a "which X" names (stemmed)
    search: str = ""  # what is searched: the text without a reporting frame
    timeline: bool = False  # it asks for events in order ("timeline", "in what order")
    # the corpus's words for what it says in other words ("border agency" -> "FRONTEX"):
    # searched for, never required of an answer
    expansions: tuple[str, ...] = ()

    @property
    def query(self) -> str:
        """What is searched: the question (without a reporting frame) and the corpus's
        words for what it rewords."""
        return " ".join((self.search or self.text, *self.expansions))

    @property
    def search_terms(self) -> list[str]:
        """The terms passages are scored by: the question's, then its expansions'."""
        extra = [t for e in self.expansions for t in terms(e) if t not in self.terms]
        return [*self.terms, *dict.fromkeys(extra)]

    @property
    def typed(self) -> bool:
        return self.kind in TYPED


# A subordinate clause set before the question proper ("Once a state joins, is it …?",
# "After the crisis, who …?"): the question's type is read after it.
_LEAD_CLAUSE_RE = re.compile(
    r"^(?:(?:and\s+|so\s+)?(?:what|how)\s+about|as\s+for|regarding|"
    r"once|if|when|after|before|since|following|given|now that|going by|according to|as far as|"
    r"based on|by|in|with|under|during|within|among|for|from|through|apart from|aside from|"
    r"besides|except(?: for)?|other than|excluding|"
    r"even|despite|for all|in spite of|without|all (?:in|told)|in short|then|still|also|"
    r"honestly|seriously|ok(?:ay)?|right|well|put simply|simply put|in plain (?:terms|english|"
    r"words)|in a word|briefly|quickly|basically|so|and|but|out of curiosity|quick question)"
    r"\b(?!\s+(?:how|what|which|whom?|whose|when|where|why|is|are|was|were|do|does|did|has|have|"
    r"had|will|would|can|could)\b)[^?]*?,\s*(?=(?:is|are|was|were|do|does|did|can|could|will|would|"
    r"has|have|had|should|must|what|which|who|whom|whose|when|where|why|how)\b)",
    re.I,
)


# a question of one to three words that are neither question nor function words: a topic
_BARE_TOPIC_RE = re.compile(r"\s*([A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,2})\s*\??\s*")


# A request for the things of a kind, by an imperative or "what are the Xs that …": asked
# as "which Xs …?", the question whose type is read from its noun
_LIST_REQUEST_RE = re.compile(
    r"^(?P<ask>name|list|give(?:\s+(?:me|us))?|tell\s+(?:me|us)|show(?:\s+(?:me|us))?|identify|"
    r"enumerate|what\s+are|what\s+were)\s+(?:all\s+|each\s+|every\s+)?(?:of\s+)?the\s+"
    r"(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+[^s\W]s)\b(?P<rest>[^?.!]*)[?.!]*\s*$",
    re.I,
)


# plural nouns whose instances have names ("the missions": Triton, Mare Nostrum)
_NAMED_KINDS = frozenset(
    """countries states nations members cities towns missions operations agencies bodies
    institutions organisations organizations treaties regions routes ports islands""".split()
)


# the imperatives, as typed in lower case, that ask for every X whatever follows the noun
# ("list the Xs of Y")
_ASKS_ALL = frozenset({"list", "name"})


def _as_which(text: str) -> str:
    """ "Which Xs …?" for "Name all the Xs mentioned …", "List the Xs that …", "What are
    the Xs that …", where Xs have names (missions, states): the request for every X, asked
    as a list question. A noun followed by anything else ("What are the duties of X?") is
    left as it is."""
    m = _LIST_REQUEST_RE.match(text)
    if not m or m.group("noun").split()[-1].lower() not in _NAMED_KINDS:
        return text  # "Name the measures taken …": things described, not named, asked as typed
    noun, rest = m.group("noun"), m.group("rest").strip(" ,")
    if not rest and m.group("ask").lower().startswith("what"):
        return text  # "What are the three options?": asked as it is
    first = rest.split()[0].lower() if rest else ""
    if first in {"that", "which", "who"}:
        rest = rest.split(None, 1)[1] if " " in rest else ""
    elif first.endswith(("ed", "en")) and first not in STOPWORDS:  # "mentioned in …"
        rest = f"{'were' if 'were' in m.group('ask').lower() else 'are'} {rest}"
    elif rest and not (first in {"the", "this", "a", "its"} or m.group("ask") in _ASKS_ALL):
        return text  # "What are the duties of X?": a definition, not a list
    return f"Which {noun} {rest}".strip() + "?"


def clean(question: str) -> str:
    """The question without conversational openers ("so", "quick q:", "can you tell me"),
    its years said in words written in digits ("twenty fifteen"); a statement put up for
    checking ("I read that X — right?", "Quick check: X?") asked as "Is it true that X?"."""
    text = _APOSTROPHED_RE.sub(_apostrophe, spoken_years(question.strip()))
    text = _CHAT_RE.sub(lambda m: _CHAT[m.group(0).lower()], text)
    text = re.sub(r"\s{2,}", " ", _FILLER_RE.sub(" ", text)).strip() or text
    text = _ASIDE_RE.sub("?", text)  # "When was it written? I can't see a date on it."
    text = _polite(text)  # "Just to check, …", "…, if you don't mind me asking, …"
    # "every single state": every state
    text = _EVERY_SINGLE_RE.sub(lambda m: next(g for g in m.groups() if g) + " ", text)
    text = re.sub(r" {2,}", " ", text)
    text = _BACK_IN_RE.sub("", text)  # "back in March 2017": in March 2017
    text = _JUST_RE.sub(r"\1only ", text)  # "were just A and B?": only A and B
    text = _keyword_question(text)  # "triton start date": "When did triton start?"
    text = _count_and_names(text)  # "Which states …, and how many are there?"
    # "A or B: which one …?", "Which …: A or B?": the options after the question
    text = _OPTIONS_FIRST_RE.sub(lambda m: f"{m['stem']}, {m['a']} or {m['b']}?", text)
    text = _OPTIONS_AFTER_COLON_RE.sub(lambda m: f"{m['stem']}, {m['a']} or {m['b']}?", text)
    # "Is X discussed in relation to Y?": X said with Y (the relation is no word asked)
    text = _MENTIONED_WITH_RE.sub(r"\1 with", text)
    # "Is Denmark one of the 25 participants?": the count names the set, it is not asked
    text = (
        _ONE_OF_THE_N_RE.sub(r"\1 of the ", text)
        if text.lower().startswith(_POLAR_OPENERS) and not LEFT_OUT_RE.search(text)
        else text  # (not "one of the three states that stayed out?": a count of those out)
    )
    # "Did X come after 2015?": X happened after it (coming is no act of X's)
    text = _COME_WHEN_RE.sub(lambda m: _HAPPENED[m.group(1).lower()] + m.group(2), text)
    guess = _GUESS_RE.match(text)
    if guess and _counted_guess(text):
        text = guess.group("q") + "?"
    text = _LENGTH_RE.sub("", text)  # "… in two or three sentences": how long, not what
    requested = False  # "do you know …", "could you tell me …": an embedded question follows
    for _ in range(3):
        requested = requested or bool(_REQUEST_RE.match(_OPENER_RE.sub("", text)))
        new = _REQUEST_RE.sub("", _SOURCE_LEAD_RE.sub("", _OPENER_RE.sub("", text))).strip()
        new = _SOURCE_TAIL_RE.sub("", new).strip()
        if new == text or not new:
            break
        text = new
    text = _SAYS_WH_RE.sub(lambda m: m.group("wh")[:1].upper() + m.group("wh")[1:], text)
    # an embedded question's order left by "do you know …" ("when PESCO was created"):
    # the question's ("When was PESCO created?")
    if requested:
        text = _EMBEDDED_RE.sub(
            lambda m: f"{m.group('wh')} {m.group('be').lower()} {m.group('x')}{m.group('rest')}?",
            text,
        )
    # word order of other languages: "pesco is what exactly?", "what means X?"
    text = _WHAT_LAST_RE.sub(lambda m: f"What {m.group('be').lower()} {m.group('x')}?", text)
    # "(can you explain) what PESCO is?", "tell me what EUROSUR is": "What is PESCO?"
    text = _WHAT_X_IS_RE.sub(lambda m: f"What {m.group('be').lower()} {m.group('x')}?", text)
    # "in which year was made PESCO?": the participle after its subject
    text = _VERB_FIRST_RE.sub(lambda m: f"{m.group('wh')} {m.group('x')} {m.group('v')}?", text)
    text = _WHAT_MEANS_RE.sub(lambda m: f"What does {m.group('x')} mean?", text)
    text = _checked_statement(text)
    text = _as_which(text)  # "Name all the missions mentioned" / "What are the states that …"
    # "is the UK in or out of PESCO?": whether it is in; a No says it is out
    text = _IN_OR_OUT_RE.sub("in", text)
    if re.match(r"\W*(?:explain|describe)\b", text, re.I):  # "…, as if to a first-year"
        text = _AUDIENCE_RE.sub("", text).strip() or text
        text = _EXPLAIN_WHAT_RE.sub(r"explain \1", text)  # "explain simply what X is"
    explain = _EXPLAIN_RE.fullmatch(text)
    whole = explain and _WHOLE_TEXT_RE.fullmatch(explain.group(1))  # "explain this article"
    if explain and not whole and len(words(explain.group(1))) <= 4:  # "explain pesco to me"
        text = f"What is {explain.group(1)}?"  # what it is
    text = _terse_relation(text)  # "mare nostrum replaced by" / "What replaced Mare Nostrum?"
    topic = _BARE_TOPIC_RE.fullmatch(text)
    if topic and not {w.lower() for w in words(topic.group(1))} & (STOPWORDS | _AUXILIARIES):
        text = f"What is {topic.group(1)}?"  # "pesco?": what the sources say it is
    return text[:1].upper() + text[1:] if text else question


_EMBEDDED_RE = re.compile(
    r"^(?P<wh>what|who|whom|when|where|why|how(?:\s+many\s+\w+|\s+much|\s+long|"
    r"\s+often)?)\s+(?P<x>(?:(?:the|a|an|this|that|its|their)\s|(?-i:[A-Z]))"
    r"(?:(?!\b(?:says|said|thinks|claims|states|argues)\b)[^?,])*?)\s+(?P<be>is|are|was|were)"
    r"(?P<rest>(?:\s+[^?,]+)?)\s*\?\s*$",
    re.I,
)
# "pesco is what exactly?": the question word last, as some languages put it
_WHAT_LAST_RE = re.compile(
    r"^\s*(?P<x>[^?,]{2,60}?)\s+(?P<be>is|are|was|were)\s+what(?:\s+(?:exactly|precisely|then))?"
    r"\s*\?*\s*$",
    re.I,
)
_WHAT_X_IS_RE = re.compile(
    r"^\s*(?:(?:please\s+)?(?:tell\s+me|explain(?:\s+to\s+me)?|describe|i\s+want\s+to\s+know)\s+)?"
    r"what\s+(?P<x>(?!is\b|are\b|was\b|were\b)[^?,]{2,60}?)\s+(?P<be>is|are|was|were)\s*\?*\s*$",
    re.I,
)
# "what means X?": "what does X mean?"
_WHAT_MEANS_RE = re.compile(r"^\s*what\s+means\s+(?P<x>[^?]{2,60}?)\s*\?*\s*$", re.I)
# "Did the article say how many migrants Triton rescued?": whether it says is the embedded
# question, answered by what it says (a count) or by what it does not (no count)
_SAYS_WH_RE = re.compile(
    r"^(?:does|did|do)\s+(?:the|this)\s+(?:article|author|text|piece|paper|writer)\s+"
    r"(?:say|mention|tell(?:\s+us)?|explain|state|specify|give|reveal|note)\s+"
    r"(?P<wh>how many|how much|how long|when|why|who|where|which|what year)\b",
    re.I,
)
# A topic and a relation typed without a question ("mare nostrum replaced by", "triton run
# by", "pesco members number"): the question it stands for
_TERSE_RELATION_RE = re.compile(
    r"^\s*(?P<x>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,4}?)\s+(?P<rel>replaced\s+(?:by|with)|"
    r"succeeded\s+by|followed\s+by|run\s+by|led\s+by|managed\s+by|carried\s+out\s+by|"
    r"funded\s+by|created\s+by|introduced\s+by|members?\s+(?:number|count|how\s+many)|"
    r"number\s+of\s+members)\s*\??\s*$",
    re.I,
)
_TERSE_QUESTIONS = {
    "replaced": "What replaced {x}?",
    "succeeded": "What replaced {x}?",
    "followed": "What replaced {x}?",
    "run": "Who ran {x}?",
    "led": "Who led {x}?",
    "managed": "Who managed {x}?",
    "carried": "Who carried out {x}?",
    "funded": "Who funded {x}?",
    "created": "Who created {x}?",
    "introduced": "What introduced {x}?",
    "member": "How many members does {x} have?",
    "members": "How many members does {x} have?",
    "number": "How many members does {x} have?",
}


def _terse_relation(text: str) -> str:
    """The question a topic and a relation typed alone stand for ("mare nostrum replaced
    by" -> "What replaced mare nostrum?"); the text itself when it is no such thing."""
    m = _TERSE_RELATION_RE.match(text)
    if not m or {w.lower() for w in words(m.group("x"))} & (STOPWORDS | _AUXILIARIES):
        return text
    return _TERSE_QUESTIONS[m.group("rel").split()[0].lower()].format(x=m.group("x"))


# How long the answer should be: "in two or three sentences", "in a few words", "in 50 words"
_LENGTH_RE = re.compile(
    r",?\s+(?:in|using|with)\s+(?:just\s+|only\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|one|two|three|"
    r"four|five|\d+)(?:\s+or\s+(?:two|three|four|five|\d+))?\s+(?:short\s+)?(?:sentences?|lines?|"
    r"words|bullet(?:\s+points)?|bullets|paragraphs?|points)\b",
    re.I,
)
_IN_OR_OUT_RE = re.compile(r"\b(?:in|inside)\s+or\s+(?:out|outside)(?:\s+of)?\b", re.I)


# "explain pesco to me", "explain EUROSUR like I'm five": a request for what a thing is
# who the explanation is for ("as if to a first-year student", "for a beginner")
_AUDIENCE_RE = re.compile(
    r",?\s+(?:as if|as though|like)\s+(?:to\s+|for\s+)?(?:a|an|i['’]?m|i am|i was|i were|"
    r"you were)\b[^?.!]*|,?\s+(?:to|for)\s+(?:a|an)\s+(?:\w+[\s-]+){0,2}?(?:student|child|kid|"
    r"beginner|newcomer|layman|layperson|novice)\b",
    re.I,
)
# "explain simply what X is": the thing to explain
_EXPLAIN_WHAT_RE = re.compile(
    r"^\W*(?:explain|describe)\s+(?:(?:simply|briefly|quickly|clearly|in short)\s+)?"
    r"(?:to me\s+)?what\s+(.+?)\s+(?:is|are|means?)\b",
    re.I,
)
# the text itself, which a request to explain asks to sum up ("explain this article")
_WHOLE_TEXT_RE = re.compile(
    r"(?:this|the|that)\s+(?:whole\s+)?(?:article|piece|text|paper|essay|analysis)|it|this",
    re.I,
)
_EXPLAIN_RE = re.compile(
    r"(?i:explain|describe|define)\s+(.+?)(?:\s+(?i:to me|to us|simply|briefly|in short))?"
    r"(?:\s+(?i:like|as if)\s+(?i:i['’]?m|i am)\s+\w+)?\s*[?.!]*"
)


# Chat spellings of question words and a few short words ("wat replaced it", "hw many",
# "abt the uk"): words of no other meaning in English, read as the word they stand for
_CHAT = {
    "wat": "what", "wot": "what", "wht": "what", "whut": "what", "hw": "how", "wen": "when",
    "wher": "where", "whr": "where", "abt": "about", "bc": "because", "cuz": "because",
    "coz": "because", "ppl": "people", "govt": "government", "wrt": "about", "u": "you",
    "ur": "your", "wich": "which", "whcih": "which", "whihc": "which", "whic": "which",
    "waht": "what", "whta": "what", "hwo": "how", "whn": "when", "whyy": "why",
    "med": "Mediterranean", "medit": "Mediterranean", "thru": "through", "info": "information",
}  # fmt: skip
# Adverbs of a reader's hedging or emphasis ("is X basically Y?", "did they really …?"):
# they say how sure the reader is, not what is asked
_HEDGE_RE = re.compile(
    r"\b(?:basically|really|actually|essentially|simply|literally|truly|honestly|seriously|"
    r"definitely|certainly|arguably|supposedly|apparently|kinda|sorta|in effect|in essence|"
    r"pretty much|more or less|so to speak|so far|thus far|to date|as yet|up to now)\b",
    re.I,
)
# Chat fillers that say nothing of what is asked ("whats pesco lol", "… pls thx")
# a quantifier's intensifier: "every single", "each and every", "absolutely all"
_EVERY_SINGLE_RE = re.compile(
    r"\b(every|all)\s+(?:single|last)\s+(?=\w)|\beach\s+and\s+(every)\b|"
    r"\b(?:absolutely|literally)\s+(all|every)\b",
    re.I,
)
_COME_WHEN_RE = re.compile(r"\b(come|came|comes)(\s+(?:\w+\s+)?(?:after|before)\b)", re.I)
_HAPPENED = {"come": "happen", "came": "happened", "comes": "happens"}
_VERB_FIRST_RE = re.compile(
    r"^(?P<wh>(?:when|(?:in\s+)?(?:which|what)\s+year|where|by\s+whom|why|how)\s+(?:was|were|is|are))"
    r"\s+(?P<v>made|created|founded|established|launched|introduced|signed|published|written|"
    r"set\s+up|adopted|proposed|replaced|run|based)\s+(?P<x>[^?]+?)\s*\?*$",
    re.I,
)
_OPTIONS_FIRST_RE = re.compile(
    r"^(?P<a>[^:?,]+?)\s+or\s+(?P<b>[^:?,]+?)\s*[:—–-]\s*(?P<stem>(?:which|what|who)\b[^?]*?)"
    r"\s*\?*\s*$",
    re.I,
)
_OPTIONS_AFTER_COLON_RE = re.compile(
    r"^(?P<stem>(?:which|what|who)\b[^:?]*?)\s*:\s*(?P<a>[^:?,]+?)\s+or\s+(?P<b>[^:?,]+?)"
    r"\s*\?*\s*$",
    re.I,
)
_MENTIONED_WITH_RE = re.compile(
    r"\b(mentioned|named|discussed|brought\s+up|referred\s+to|cited|raised|talked\s+about)\s+"
    r"(?:in\s+connection\s+with|in\s+relation\s+to|in\s+the\s+context\s+of|with\s+regard\s+to|"
    r"in\s+regard\s+to|regarding|when\s+(?:discussing|talking\s+about|describing)|as\s+part\s+of|"
    r"in\s+(?:the\s+)?(?:discussion|part|section)\s+(?:of|on|about))",
    re.I,
)
_ONE_OF_THE_N_RE = re.compile(
    r"\b(one|any|none|either|neither)\s+of\s+the\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|seventeen|twenty[- ]?\w*)\s+(?=[\w-]+)",
    re.I,
)
# the things asked of are those left out ("non-participating", "outside", "staying out")
LEFT_OUT_RE = re.compile(
    r"\b(?:out(?:side)?|non-\w+|non(?:participating|participants?|members?|signator\w*)|"
    r"not\s+(?:taking\s+part|participating|joining|in)|excluded|excepted)\b",
    re.I,
)
_POLAR_OPENERS = ("is ", "are ", "was ", "were ", "does ", "do ", "did ", "has ", "have ")
# A search typed as keywords: a thing and what is asked of it ("triton start date",
# "harmspro lead country", "date of article"), as the question it stands for
_ARTICLE_WORDS_RE = r"(?:the\s+|this\s+)?(?:article|piece|text|paper|essay)"
_KEYWORD_FORMS = (
    (re.compile(rf"^(?:(?:date|year)\s+of\s+{_ARTICLE_WORDS_RE}|{_ARTICLE_WORDS_RE}\s+"
                r"(?:date|year|publication\s+date))$", re.I), "When was the article written?"),
    (re.compile(rf"^(?:(?:author|writer)\s+of\s+{_ARTICLE_WORDS_RE}|{_ARTICLE_WORDS_RE}\s+"
                r"(?:author|writer))$", re.I), "Who wrote the article?"),
    (re.compile(r"^(?P<x>[\w&' -]+?)\s+(?:start|starting|launch|creation|founding|set-?up)\s+"
                r"(?:date|year)$", re.I), "When did {x} start?"),
    (re.compile(r"^(?:start|launch|creation|founding)\s+(?:date|year)\s+of\s+(?P<x>[\w&' -]+)$",
                re.I), "When did {x} start?"),
    (re.compile(r"^(?P<x>[\w&' -]+?)\s+(?:lead|leading)\s+(?:country|state|nation)$", re.I),
     "Which country leads {x}?"),
    (re.compile(r"^(?P<x>[\w&' -]+?)\s+(?:leader|head|chair|director|boss)$", re.I),
     "Who leads {x}?"),
    (re.compile(r"^(?P<x>[\w&' -]+?)\s+(?:cost|costs|budget|funding|price)$", re.I),
     "How much does {x} cost?"),
    (re.compile(r"^(?P<x>[\w&' -]+?)\s+(?:location|headquarters|hq|seat)$", re.I),
     "Where is {x} based?"),
)  # fmt: skip


def _keyword_question(text: str) -> str:
    """A keyword search ("triton start date") as its question; any other text as it is."""
    bare = text.strip().rstrip("?").strip()
    if len(bare.split()) > 6 or re.match(rf"{_ASKING}", bare, re.I):
        return text
    for pattern, question in _KEYWORD_FORMS:
        m = pattern.match(bare)
        if m:
            return question.format(x=m.groupdict().get("x", ""))
    return text


# A list and its count asked together ("Which states stay out, and how many are there?",
# "How many treaties are named, and which?"): one question, whose answer counts the
# things it names ("Three: the United Kingdom, Denmark and Malta")
_WHICH_AND_COUNT_RE = re.compile(
    r"^(?:which|what)\s+(?P<x>[^?,]+?),?\s+and\s+how\s+many(?:\s+of\s+them)?(?:\s+(?:are|were)"
    r"(?:\s+(?:there|they))?|\s+there\s+are)?(?:\s+(?:of\s+them|in\s+(?:all|total)|altogether))?"
    r"\s*\?*\s*$",
    re.I,
)
_COUNT_AND_WHICH_RE = re.compile(
    r"^(?P<q>how\s+many\s+[^?,]+?),?\s+and\s+(?:(?:which|what)(?:\s+(?:ones?|are\s+they|were\s+"
    r"they|are\s+those|of\s+them|they\s+are))?|name\s+them|list\s+them)\s*\?*\s*$",
    re.I,
)


# "How many treaties does the article mention?", "How many missions are named?": a count
# of the things the article names, which it may give by naming them, not by a number
_NAMED_COUNT_RE = re.compile(
    r"^how\s+many\s+(?:of\s+the\s+(?:\d+\s+|[a-z]+teen\s+|twenty[\w-]*\s+)?)?"
    r"(?:different\s+|distinct\s+|separate\s+)?(?P<noun>(?:[\w-]+\s+){0,2}?"
    r"[a-z-]+s)\s+(?:(?:does|do|did)\s+(?:the|this)\s+(?:article|text|author|piece|paper|writer)"
    r"\s+(?:mention|name|list|cite|refer\s+to|describe|discuss|talk\s+about|bring\s+up)|"
    r"(?:are|were|get|gets)\s+(?:mentioned|named|listed|cited|referred\s+to|described|"
    r"discussed)(?:\s+(?:in|by)\s+(?:the|this)\s+(?:article|text|piece|paper|author))?|"
    r"(?:appear|feature|come\s+up)\s+in\s+(?:the|this)\s+(?:article|text|piece|paper))"
    r"\s*\?*\s*$",
    re.I,
)


def naming_question(text: str) -> str:
    """For a count of things the article names ("How many treaties does the article
    mention?"), the question asking which they are; "" for any other question."""
    m = _NAMED_COUNT_RE.match(text)
    return f"Which {m.group('noun')} does the article mention?" if m else ""


def _count_and_names(text: str) -> str:
    """A question asking which things and how many of them, as the count question."""
    m = _WHICH_AND_COUNT_RE.match(text)
    if m and re.match(r"(?:[\w-]+\s+){0,2}?[\w-]+s\b", m.group("x")):  # "Which states …"
        return f"How many {m.group('x')}?"
    m = _COUNT_AND_WHICH_RE.match(text)
    return f"{m.group('q')}?" if m else text


# "just"/"merely" restricting what follows a verb of being ("were just A and B", "has
# merely 17"): "only" (not "just after 2015", "has just joined")
_JUST_RE = re.compile(
    r"\b((?:is|are|was|were|be|been|has|have|had|include|includes|included|contain|"
    r"contains|contained|name|names|named|list|lists|listed)\s+|^(?:is|are|was|were)\s+"
    r"[^?]{1,60}?\s)(?:just|merely)\s+"
    r"(?=(?:the|a|an|one|two|three|four|five|[A-Z]|\d)\b)",
    re.I,
)
_BACK_IN_RE = re.compile(r"\bback\s+(?=(?:in|on)\s+(?:\w+\s+){0,2}\d{4}\b)", re.I)
_FILLER_RE = re.compile(
    r"(?<![\w'’&.-])(?:lol|lmao|rofl|haha+|hehe|tbh|imo|imho|idk|pls|plz|thx|ty|btw|fyi)"
    r"(?![\w'’&.-])[!.,]*",
    re.I,
)
_CHAT_RE = re.compile(r"(?<![\w'’&.-])(?:" + "|".join(_CHAT) + r")(?![\w'’&.-])", re.I)


# Contractions typed without their apostrophe ("whos not in pesco", "isnt it"): words of
# no other meaning, so the apostrophe is put back ("its", "were", "wont" are left alone)
_APOSTROPHED_RE = re.compile(
    r"\b(who|what|where|when|how|is|are|was|were|has|have|does|do|did|could|would|should|ca)"
    r"(s|nt)\b",
    re.I,
)
_APOSTROPHED = frozenset(
    "whos whats wheres whens hows isnt arent wasnt hasnt havent doesnt dont didnt couldnt "
    "wouldnt shouldnt cant".split()
)


# A reader's aside after the question, about the reader ("…? I can't see a date on it.",
# "…? I'm confused.", "…? My teacher asked."): what is asked ends at the question mark
_ASIDE_RE = re.compile(
    r"\?\s+(?:i|i'm|i’m|i've|i’ve|im|my|me)\b[^?]*[.!]?\s*$",
    re.I,
)


# A reader's politeness around the question, saying nothing of what is asked: a lead
# ("Just to check, …", "I was wondering — …", "Out of curiosity, …"), an aside set off by
# commas ("Is it right, just to check, that …", "…, if you don't mind me asking, and …"),
# a request tacked on after a dash ("… — could you tell me the number?") and thanks
_POLITE_LEAD_RE = re.compile(
    r"^(?:just\s+to\s+(?:check|confirm|be\s+sure|clarify|double[- ]check)(?:\s+my\s+"
    r"understanding)?|just\s+(?:out\s+of\s+)?curio(?:us|sity)|out\s+of\s+(?:curiosity|interest)|"
    r"i\s+was\s+(?:just\s+)?wondering|i\s+wonder(?:ed)?|i(?:['’]m|\s+am)\s+(?:just\s+)?"
    r"wondering|if\s+i\s+may\s+ask|if\s+you\s+don['’]t\s+mind(?:\s+me\s+asking)?|(?:many\s+)?"
    r"thanks(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?|thank\s+you(?:\s+so\s+much)?)"
    r"(?:\s*[,:;!.—–-]+\s*|\s+(?=(?:whether|if)\b))",
    re.I,
)
_POLITE_ASIDE_RE = re.compile(
    r",\s*(?:just\s+to\s+(?:check|confirm|be\s+sure)|if\s+you\s+don['’]t\s+mind(?:\s+me\s+"
    r"asking)?|if\s+i\s+may\s+ask|out\s+of\s+(?:curiosity|interest)|by\s+the\s+way|please|"
    r"just\s+wondering)\s*(?:,|(?=[?.!]*\s*$))",
    re.I,
)
_POLITE_TAIL_RE = re.compile(
    r"(?:\s*[—–,-]+\s*(?:(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|give|show)\s+"
    r"me\s+[^?]{0,40}|(?:could|can|would)\s+you\s+(?:please\s+)?(?:name|list)\s+(?:them|"
    r"those|these)(?:\s+all)?|(?:any|some)\s+(?:idea|clue)s?)\??|[?.!,\s]*\b(?:many\s+)?(?:thanks|"
    r"thank\s+you|cheers)(?:\s+(?:ever\s+so\s+much|so\s+much|a\s+lot|very\s+much|in\s+"
    r"advance|a\s+million))?[.!]*)\s*$",
    re.I,
)
# "whether the article says …" (after "I was wondering"): a yes/no question
_WHETHER_SAYS_RE = re.compile(
    r"^(?:whether|if)\s+(?:the|this)\s+(?:article|author|text|piece|paper|writer)\s+"
    r"(?:says|mentions|tells(?:\s+us)?|states|explains|gives|specifies|notes)\s+",
    re.I,
)


def _polite(text: str) -> str:
    """The question without the reader's politeness around it (`_POLITE_LEAD_RE` and its
    kin); "whether X" left by "I was wondering whether X" asked as "Is it true that X?"."""
    new = _POLITE_TAIL_RE.sub("", text).strip()
    new = _POLITE_ASIDE_RE.sub("", new)
    opened = _OPENER_RE.sub("", new)  # "Hi, just to check: …": the greeting before it
    lead = _POLITE_LEAD_RE.sub("", opened).strip()
    new = lead if lead != opened.strip() else new
    if not new or new == text:
        return text
    says = _WHETHER_SAYS_RE.match(new)
    if says:  # "whether the article says how many …": "Does the article say how many …"
        new = "Does the article say " + new[says.end() :]
    elif re.match(r"(?:whether|if)\s", new, re.I):
        new = "Is it true that " + new.split(None, 1)[1]
    new = new.rstrip(" .,;:—–-")
    return new[:1].upper() + new[1:] + ("" if new.endswith("?") else "?")


def _apostrophe(m: re.Match[str]) -> str:
    word = m.group(0)
    if word.lower() not in _APOSTROPHED:
        return word
    if word.lower() == "cant":
        return word[:3] + "'t"
    return f"{m.group(1)}'{m.group(2)}" if m.group(2).lower() == "s" else f"{m.group(1)}n't"


def _checked_statement(text: str) -> str:
    """A statement put up for checking, as the yes/no question it is: "I read that Malta
    stays out — right?", "Quick check: Triton replaced Mare Nostrum?", "PESCO was set up
    under the Lisbon Treaty?", "Footnote 2 quotes Frontex, correct?". A class: reported
    or declarative questions, with a check opener, a truth tag or a verb in the middle."""
    tag = _TRUTH_TAG_RE.search(text) or _bare_tag(text)
    body = text[: tag.start()].strip() if tag else text
    opener = _CHECK_OPENER_RE.match(body)
    if opener:
        body = body[opener.end() :].strip()
    body = body.rstrip("?.! ")
    if not body or re.match(_ASKING, body, re.I):  # already a question: "Is X …, right?"
        return f"{body}?" if (tag or opener) and body else text
    # "Apart from X, did every …?", "Once a state joins, is it bound?": a question
    # after a lead clause, no statement
    asks_after_lead = re.search(rf"[,;:]\s*{_ASKING}", body, re.I)
    has_verb = bool(_INNER_VERB_RE.search(body) or _LEXICAL_VERB_RE.search(body))
    declarative = text.rstrip().endswith("?") and (has_verb or _terse(body)) and not asks_after_lead
    if not (tag or opener or declarative) or _asks_wh(body):
        return text
    if not has_verb:  # "uk out of pesco?": the being the typist left out ("… is out of …")
        body = re.sub(rf"\s+(?=(?:{_BELONGING})\b)", " is ", body, count=1)
    return f"Is it true that {body[:1].lower() + body[1:] if not _names_first(body) else body}?"


# A statement's own verb ("the EU adopted …?", "the writer says …?"): past tense or a
# reporting verb after two words or more
_LEXICAL_VERB_RE = re.compile(
    r"^\S+(?:\s+\S+)+?\s(?:(?!united\b|based\b|related\b|called\b|named\b)[a-z]{3,}ed|"
    r"says|said|thinks|argues|claims|believes|expects|suggests|wants|reckons)\s+\S|"
    # the irregular past, after a word or more: "Schengen kept its internal borders?"
    r"^\S+(?:\s+\S+)*?\s(?:kept|left|took|gave|made|held|got|went|came|began|led|paid|won|lost|met|sent|ran|saw|"
    r"told|found|brought|thought|chose|stood|drew|wrote|became|fell|grew|knew|spent|built|"
    r"dealt|meant|sought|fought|broke|spoke|drove|withdrew|undertook|overtook|rose|"
    # a present tense of saying what a thing is or does: "HARMSPRO stands for …?"
    r"stands|means|includes|covers|involves|contains|requires|concerns|refers)\s+\S",
    re.I,
)


# A claim typed in a few words with no verb of being ("uk out of pesco?", "projects
# accepted in 2018?"): being in or out, or a participle
_BELONGING = r"out of|inside|outside|part of|member of|in"
_TERSE_RE = re.compile(rf"\b(?:{_BELONGING}|[a-z]{{3,}}ed)\b", re.I)


def _terse(body: str) -> bool:
    """Whether a short statement put up with "?" claims something: two to six words, a
    preposition of belonging or a participle among them after the first."""
    ws = body.split()
    if not ws or re.match(r"(?:what|who|how|where|when|why|which)", ws[0], re.I):
        return False  # "whatever happened to X?" asks what
    return 2 <= len(ws) <= 6 and bool(_TERSE_RE.search(" ".join(ws[1:])))


# A clause a wh-word opens inside a statement ("… too soon to judge how PESCO is doing?"):
# the word asks nothing; "… introduced by which treaty?" asks, by a noun or at the end
_EMBEDDED_WH_RE = re.compile(r"\b(?:how|why|whether|when|where)\s+\w+\s+\w+", re.I)


def _asks_wh(body: str) -> bool:
    """Whether a statement with a verb of its own asks a wh-question: a wh-word that does
    not open a clause after that verb ("the writer says how PESCO is doing" asks none)."""
    verb = _LEXICAL_VERB_RE.search(body) or _INNER_VERB_RE.search(body)
    for found in _WH_ANY_RE.finditer(body):
        if verb and found.start() >= verb.end() - 1 and _EMBEDDED_WH_RE.match(body, found.start()):
            continue
        return True
    return False


def _names_first(body: str) -> bool:
    """Whether the statement opens with a name, which keeps its capital ("PESCO …")."""
    first = body.split()[0] if body.split() else ""
    return first[:1].isupper() and (first.lower() not in _PLAIN_OPENERS)


_WH_WORDS = ("what", "which", "who", "whom", "whose", "when", "where", "why", "how")
_WH_ANY_RE = re.compile(rf"\b(?:{'|'.join(_WH_WORDS)})\b", re.I)
# "Is it true that X?" asks X: the frame's words are not what is asked
TRUTH_FRAME_RE = re.compile(
    r"^(?:(?:is|was)\s+(?:it|that|this)(?:\s+not)?|isn['’]t\s+it|wasn['’]t\s+it)\s+"
    r"(?:really\s+|actually\s+)?(?:true|right|correct|the case)\s+(?:that\s+)?",
    re.I,
)
# "Does the author consider X …?", "in the writer's view": whose view is asked, not what;
# the article is the author's, so its sentences are her view. A class: a document or its
# author as the subject of a verb of holding a view.
VIEW_FRAME_RE = re.compile(
    r"\b(?:the|this|her|his)\s+(?:article|author|writer|text|paper|piece|analyst|analysis)"
    r"(?:['’]s)?\s+(?:\w+ly\s+)?(?:consider|considers|considered|believe|believes|believed|"
    r"feel|feels|felt|reckon|reckons|regard|regards|regarded|see|sees|saw|view|views|"
    r"viewed|expect|expects|expected|find|finds|found|judge|judges|assess|assesses|hold|"
    r"holds|maintain|maintains|assert|asserts|suggest|suggests|suggested|imply|implies|"
    r"conclude|concludes|concluded|opinion|assessment)\b",
    re.I,
)
_PLAIN_OPENERS = frozenset("the a an this that these those it its there they all most".split())
# What opens a question: an auxiliary or a question word
_ASKING = rf"(?:{'|'.join(sorted(_AUXILIARIES | set(_WH_WORDS)))})\b"
# A tag asking whether the statement before it holds: "…, right?", "… — correct?",
# "…, is that true?", "…, isn't it?", "… true or false?"
_TRUTH_TAG_RE = re.compile(
    r"\s*[,;:.?—–-]+\s*(?:right|correct|true|accurate|yes|yeah|no|ok|okay|am i right|"
    r"true or false|yes or no|"
    r"is (?:that|this|it) (?:right|true|correct|accurate|so|the case)|"
    r"(?:is|was) (?:she|he) (?:right|correct|wrong)|(?:are|were) they (?:right|correct|wrong)|"
    r"is (?:that|this) what (?:the|this) (?:article|author|text|piece|paper|writer) "
    r"(?:says|said|claims|argues|states)|(?:did|have) i (?:get|got) (?:that|this|it) right|"
    r"does (?:the|this) (?:article|author|text|piece|paper) say (?:that|so)|"
    r"(?:is|are|was|were|does|do|did|has|have) (?:it|that|they|he|she|there)|"
    r"(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|doesn['’]t|don['’]t|didn['’]t|hasn['’]t|"
    r"haven['’]t) (?:it|that|they|he|she|there)(?: so| true| right)?)"
    # "… — is that right, or did some stay out?": the tag's other side, the same check
    r"(?:,?\s+or\s+(?:is|are|was|were|did|do|does|has|have)\s[^?]{1,80})?\s*\?+\s*$",
    re.I,
)
# The same tag typed with no comma ("denmark is in pesco right"): only after a statement
_BARE_TAG_RE = re.compile(r"\s+(?:right|correct|yeah|yes|true)\s*\?*\s*$", re.I)


def _bare_tag(text: str) -> re.Match[str] | None:
    """A truth tag without its comma, closing a statement with a verb of its own (not a
    question: "Is it right" asks nothing of a statement)."""
    tag = _BARE_TAG_RE.search(text)
    if tag is None:
        return None
    body = text[: tag.start()]
    if re.match(_ASKING, body.strip(), re.I) or _asks_wh(body):
        return None
    if _INNER_VERB_RE.search(body + " ") or _LEXICAL_VERB_RE.search(body + " "):
        return tag
    # "harmspro detects smuggling of people right": a statement of four words or more
    # whose verb is no form of "be" or a past tense, typed without its comma
    return tag if len(body.split()) >= 4 and not _WH_ANYWHERE.search(body.lower()) else None


# Openers putting a statement up for checking: "quick check:", "true or false:", "I read
# that", "I heard", "someone told me", "my understanding is that"
_CHECK_OPENER_RE = re.compile(
    r"^(?:(?:quick|fact|sanity|just a|double)[- ]?check(?:ing)?|just checking|to confirm|"
    r"confirm|true or false|correct me if i['’]m wrong)\s*[:,;—–-]\s*"
    r"|^(?:am i (?:right|correct|wrong) (?:that|in thinking(?: that)?|to think(?: that)?)|"
    r"is it (?:right|correct|accurate) that)\s+"
    r"|^(?:(?:my|our) (?:draft|notes?|summary|essay|report|story|copy|text|piece) "
    r"(?:says|said|states|claims|reads)|i(?:['’]ve| have)? (?:wrote|written)|"
    r"i(?:['’]ve| have)? (?:read|heard|seen)(?: (?:somewhere|online|elsewhere))?|i was told|"
    r"(?:my|a|our) (?:colleague|friend|teacher|professor|boss|classmate|tutor|lecturer|mate|"
    r"partner|student|flatmate|dad|mum|mother|father|brother|sister) (?:says|said|thinks|"
    r"claims|told me|reckons|believes|insists)|"
    r"someone (?:told me|said)|"
    r"(?:they|people) say|my understanding is|i understand|i gather|i think|i believe|"
    r"apparently|supposedly|(?:would|could|do|did|can) (?:you|u|we|one) (?:say|agree|reckon|"
    r"think)|(?:is|was|would it be) (?:it )?(?:fair|right|correct|accurate) to say|"
    r"it(?:'s| is) fair to say)\s*(?:,\s*)?(?:that\b\s*)?",
    re.I,
)
# A verb inside a statement ending in "?": "PESCO was set up …?", "Malta is out?"
_INNER_VERB_RE = re.compile(
    r"^\S.*?\s(?:is|are|was|were|has|have|had|does|do|did|will|can|could|would|should|"
    r"isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|didn['’]t)\s",
    re.I,
)


# "Is it false that X?": whether X does not hold, asked as X with its answer reversed
# "Would it be wrong to say that X?", "Is it a mistake to claim X?": the same
_FALSE_FRAME_RE = re.compile(
    r"^(?:is it|would it be|was it) (?:false|untrue|wrong|incorrect|inaccurate|a myth|"
    r"a mistake|an error|misleading) (?:to (?:say|claim|state|write|think|believe) )?"
    r"(?:that\s+)?(?=\S)",
    re.I,
)


def analyze(question: str) -> Question:
    text = clean(question)
    falsity = _FALSE_FRAME_RE.match(text)
    if falsity:
        text = "Is it true that " + text[falsity.end() :]
    ws = [w.lower() for w in words(text)]
    kind = _kind(text, ws)
    search = _unframed(text)
    if kind == SOURCE:  # the statement is searched, not the request for its source
        search = " ".join(w for w in words(text) if stem(w.lower()) not in SOURCE_FRAME)
    if kind == PERSON and search:  # "according to the author, who …": no role is asked
        kind = _kind(search, [w.lower() for w in words(search)])
    parts = split_parts(text)
    # "…, or not?" asks whether; "Isn't X …?" asks whether X is, as "Is X …?" does
    # "Apart from the UK, is every state in?" sets the UK aside: it negates nothing
    # "…, not just goods?" / "not only X but Y" widens what is asked: it negates nothing
    asked = _WIDENING_RE.sub(" ", SET_ASIDE_RE.sub(" ", WHETHER_TAG_RE.sub("", text)))
    # "… so people can't slip across?", "… to stop boats from landing?": a purpose clause's
    # negation says what the thing asked about is for, not that the question is negative
    asked = _PURPOSE_CLAUSE_RE.sub("", asked)
    # "a non-binding commitment?" asks of a kind of commitment, not whether it is one
    asked = re.sub(r"\bnon-(?=\w)", "", asked, flags=re.I)
    # "Are more states in than staying out?": the side compared against negates nothing
    compared = re.search(
        r"\b(?:more|fewer|less|greater|bigger|larger)\b.*\bthan\s+(\S+)", asked, re.I
    )
    if (
        compared
        and not numbers(compared.group(1))
        and compared.group(1).lower() not in {"a", "half"}
    ):
        # not a bound on a count ("no more than twenty"), which is checked as a value
        asked = re.sub(r"\bthan\b.*$", "", asked, flags=re.I)
    negative = states_negation(_NEGATIVE_ASK_RE.sub(r"\1\2", asked)) or _asks_out(asked)
    if falsity:  # "Is it false that X?": Yes when X does not hold
        negative = not negative
    found_names = tuple(
        dict.fromkeys(
            n
            for sentence in re.split(r"(?<=[.?!])\s+", text)
            for n in names(sentence)
            if n.lower() not in _AUXILIARIES
        )
    )
    return Question(
        text=text,
        kind=kind,
        terms=tuple(
            dict.fromkeys(
                t
                for t in terms(
                    _HEDGE_RE.sub(" ", VIEW_FRAME_RE.sub(" ", TRUTH_FRAME_RE.sub("", text)))
                )
                if t not in REPORTING and not (kind == SOURCE and t in SOURCE_FRAME)
            )
        ),
        names=found_names,
        countries=tuple(sorted(countries(text))),
        wants_list=(
            bool(_LIST_ASK_RE.search(text) or (kind != DATE and _LIST_NOUN_RE.search(text)))
            and kind not in {NUMBER, EXPANSION, YESNO}
        )
        or (kind == COUNTRY and not _singular(text))
        or bool(_TIMELINE_RE.search(text)),
        negative=negative,
        parts=parts,
        counted=_counted(text, kind),
        search=search,
        timeline=bool(_TIMELINE_RE.search(text)),
        expansions=expansions(text),
    )


# Words setting some aside ("Apart from the UK, is every state in?"): no negation
SET_ASIDE_RE = re.compile(
    r"\b(?:apart from|aside from|except(?:\s+for)?|excluding|besides|other than|save for)\b",
    re.I,
)
# "Is the UK out?", "Is Malta out of PESCO?", "the UK is still out?": being out is asked
_OUT_ASKED_RE = re.compile(
    r"^(?:(?:is|are|was|were)\s+(?:[\w'’-]+\s+){1,4}?|(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were)\s+)"
    r"(?:still\s+|now\s+|currently\s+)?out(?:\s+of\s+(?:[\w'’-]+\s*){1,3})?\s*[?.!]*\s*$",
    re.I,
)


def _asks_out(asked: str) -> bool:
    """Whether a yes/no question asks if something is out ("Is the UK out of PESCO?"),
    not done ("Is the report carried out?": a verb's particle)."""
    m = _OUT_ASKED_RE.search(TRUTH_FRAME_RE.sub("", asked))
    if not m:
        return False
    before = re.findall(r"[\w'’-]+", m.group(0).lower().split(" out")[0])
    return not before or before[-1] not in _PARTICLE_VERBS


# Verbs "out" completes ("carried out", "set out"): no being out
_PARTICLE_VERBS = frozenset(
    """carried set laid put pointed rolled worked spelt spelled found figured sorted turned
    brought checked reached branched phased played made singled mapped sent handed given
    called thought ruled born grown sprung come came emerged arisen stemmed developed
    carved comes coming grow grows grew emerge emerges stem stems spring springs sprang
    carry carries set sets""".split()
)
_PURPOSE_CLAUSE_RE = re.compile(
    r"[,]?\s+(?:so(?:\s+that)?|in order that|so as not to|lest)\s+[^?]*(?=\?*\s*$)", re.I
)
_WIDENING_RE = re.compile(r"\bnot\s+(?:just|only|merely|simply|solely|exclusively)\b", re.I)
WHETHER_TAG_RE = re.compile(r",?\s+or\s+(?:not|nah|no|nope)\b\W*$", re.I)
# A negative auxiliary opening a question ("Isn't", "Didn't", "so wasn't"): the answer
# follows the positive predicate ("Isn't Malta out?" – "Yes, it is out").
_NEGATIVE_ASK_RE = re.compile(
    r"((?:^|[,;:—–]\s*|\b(?:but|so|and|then|ok|okay)\s+)"
    r"(?:is|are|was|were|do|does|did|has|have|had|can|ca|could|will|would|should))n['’]t\b"
    r"|((?:^|[,;:—–]\s*)(?:is|was)\s+(?:it|that|this))\s+not(?=\s+(?:true|the\s+case)\b)",
    re.I,
)


def whole_timeline(q: Question) -> bool:
    """Whether a timeline question asks for the article's events at large ("give the
    timeline of events from 2015 to 2019"), naming no subject of its own."""
    if not q.timeline:
        return False
    return not [t for t in q.terms if t not in _TIMELINE_WORDS and not t.isdigit()]


# Words of a timeline request, not of its subject
_TIMELINE_WORDS = frozenset(
    stem(w)
    for w in """give list show put lay out walk me through timeline timelines chronology
    chronological chronologically order sequence event events happened happen key main
    dates date mentioned mention article text piece paper author from to between until
    through""".split()
)


def _unframed(text: str) -> str:
    if not _FRAME_RE.search(text):
        return ""
    return re.sub(r"\s*,(?:\s*,)+|\s+", " ", _FRAME_RE.sub(" ", text)).strip(" ,")


# A frame that reports the document ("what does the article say about X", "according to
# the author,", "in the writer's view"): searched, it matches the passages that talk about
# the article rather than those about X.
_FRAME_RE = re.compile(
    r"\b(?:(?:does|did|do|would|will)\s+(?:the|this)\s+(?:article|author|writer|text|paper|"
    r"piece)\s+(?:say|tell(?: us)?|mention|write|claim|argue|think|suggest|describe|state|"
    r"envisage|foresee|anticipate|predict|imagine)"
    r"(?:\s+(?:about|on|regarding|that))?"
    r"|according to (?:the|this) (?:article|author|writer|text|paper)|"
    r"in (?:the|this) (?:article|author|writer|text|paper)(?:'s|’s)? (?:view|opinion|words)"
    r"|(?:the|this) (?:article|author|writer|text|paper) (?:says|said|mentions|claims|argues|"
    r"thinks|suggests|describes|states)(?: that)?)\b",
    re.I,
)


def _kind(text: str, ws: list[str]) -> str:
    lead = _LEAD_CLAUSE_RE.match(text)
    if lead and text[lead.end() :].strip():  # "Once a state joins, is it bound?"
        rest = text[lead.end() :]
        return _kind(rest, [w.lower() for w in words(rest)])
    if ws and ws[0] in _AUXILIARIES and not _WH_ANYWHERE.search(" ".join(ws[:3])):
        # "Is the claim that X backed by a footnote?": whether a source stands behind X
        return SOURCE if _SOURCE_WHETHER_RE.search(text) else YESNO
    if ws[:2] and ws[0] in _BE_WORDS and ws[1] == "what" and len(ws) > 4:
        return YESNO  # "Is what a state signs up to binding?": "what …" is the subject
    if _SOURCE_Q_RE.search(text):  # "Where does the bit about X come from?": no place
        return SOURCE
    stems = {stem(w) for w in ws}
    how_much = re.search(
        r"\bhow much\b(?!\s+(?:progress|headway|work|effort|success|impact|"
        r"influence|difference|attention|support|cooperation|say|power)\b)",
        text,
        re.I,
    )  # "how much progress": how far, not an amount
    if (stems & AMOUNT_WORDS and not _other_focus(text)) or how_much:
        return AMOUNT if not _COUNT_NOUNS_RE.search(text) or stems & AMOUNT_WORDS else NUMBER
    if _COUNT_NOUNS_RE.search(text):
        return NUMBER
    when = _WHEN_RE.search(text)
    if when and not (when.group(0).lower() == "when" and _embedded(ws, "when")):
        return DATE
    if _WHY_RE.search(text) and not _WHY_MENTIONED_RE.search(text):
        return REASON  # not "why does X come up?": what the article says of X answers that
    if _COUNTRY_Q_RE.search(text):
        return COUNTRY
    where = _WHERE_RE.search(text)
    if where and not (where.group(0).lower() == "where" and _embedded(ws, "where")):
        if not (_FIGURATIVE_WHERE_RE.search(text) or _ORIGIN_RE.search(text)):
            # "where is there room to grow?": in what
            return PLACE  # not "the centres where arrivals are registered" in a what-question
    who = _WHO_RE.search(text)
    if who and who.group(0).lower() in {"who", "whom"} and _embedded(ws, who.group(0).lower()):
        who = None  # "what did the states who joined sign?"
    if _asks_role(ws) or (who and any(is_role_noun(w) or w in _PERSON_VERBS for w in ws)):
        return PERSON  # "Who chaired the meeting?": only a person chairs
    if who and _MEMBERSHIP_RE.search(text):  # "Who stayed out of PESCO?": states take part
        return COUNTRY
    if who:
        return AGENT
    if _EXPANSION_RE.search(text):
        return EXPANSION
    if _NAMED_PLURAL_RE.search(text) or (_NAMED_RE.search(text) and not _plural_head(text)):
        return NAMED  # "Which treaty …?"; "Which missions …?" asks for missions' names
    called = _CALLED_Q_RE.search(text)
    if called:  # "What was Italy's naval mission called?"; "the name of the author": a person
        np = called.group("np1") or called.group("np2")
        return PERSON if any(is_role_noun(w.lower()) for w in words(np)) else NAMED
    if (
        _DEFINITION_RE.search(text)
        and not _ATTRIBUTE_OF_RE.search(text)
        and not _STRANDED_PREP_RE.search(text)
    ):
        return DEFINITION
    return OTHER


# "What was X replaced by?": the thing asked is the preposition's, not what X is
_STRANDED_PREP_RE = re.compile(r"\s(?:by|with|from|for|to|into|after)\s*\??\s*$", re.I)
# "What are the goals of PESCO?", "What is X supposed to do for Y?": an attribute of a
# thing or what it does, not what it is ("What is the Treaty of Lisbon?" is)
_ATTRIBUTE_OF_RE = re.compile(
    r"^(?i:what|who)\s+(?i:is|are|was|were)\s+(?i:the\s+|an?\s+)?(?:(?!(?:\w+\s+)?(?:meaning|definition|name|acronym|abbreviation)\b)"
    r"(?:[a-z][\w-]*\s+){1,2}of\b|"
    r".*\b(?:supposed|meant|expected|going|able|set|due|designed|intended)\s+to\b)"
)


# A question asking which source backs a statement, not what it says: "where does the
# claim about X come from", "which footnote supports …", "what is the source for …", "who
# does the author cite for …". A class: provenance questions about the article's claims.
_SOURCE_Q_RE = re.compile(
    r"\bwhere\s+(?:does|did|do)\s+(?:the|this|that|these|those)\s+(?:\w+\s+)?(?:bits?|parts?|"
    r"claims?|points?|ideas?|info|information|statements?|lines?|figures?|numbers?|quotes?|"
    r"stuff|passages?|sentences?|facts?|data)\b.*\bcome\s+from\b"
    r"|\bwhere\s+(?:does|did)\s+(?:the|this)\s+(?:author|writer|article)\s+get\b"
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:sources?|footnotes?|notes?|references?|documents?)\s+"
    r"(?:backs?|supports?|underpins?|(?:is|are|stands?)\s+behind|(?:is|are)\s+(?:cited|given)\s+"
    r"for|(?:is|are)\s+(?:attached|tied|linked|added|appended)\s+to|goes\s+with|"
    r"does\s+the\s+(?:author|article|writer)\s+(?:cite|use|give|rely\s+on))\b"
    r"|\b(?:what|which)(?:'s|’s|\s+is|\s+are)\s+(?:the\s+)?(?:sources?|references?|footnotes?)\s+"
    r"(?:for|of|behind)\s+(?:the\s+)?(?:bit|part|claim|point|idea|statement|line|figure|"
    r"number|sentence|fact|info|information|passage)s?\b"
    r"|\bwho\s+does\s+the\s+(?:author|article|writer)\s+cite\s+(?:for|on|about|when)\b",
    re.I,
)
# A yes/no question whether a source stands behind a statement ("Is X backed by a cited
# source?", "Does the article cite a source for X?", "Does any footnote support X?")
_SOURCE_NOUNS = r"(?:cited\s+)?(?:sources?|footnotes?|notes?|references?|citations?)"
_SOURCE_WHETHER_RE = re.compile(
    rf"\b(?:backed|supported|sourced|referenced|footnoted|underpinned)\s+(?:up\s+)?"
    rf"(?:by|with)\s+(?:a|an|any|some)?\s*{_SOURCE_NOUNS}\b"
    rf"|\b(?:cite|give|provide|name|offer|have|carry|carries)\s+(?:(?:a|an|any)\s+{_SOURCE_NOUNS}|"
    r"anything|any\s+evidence)\s+(?:for|on|behind|to back|to support|backing|supporting)\b"
    rf"|^\W*(?:does|do|did|is|are)\s+(?:there\s+)?(?:a|an|any)\s+{_SOURCE_NOUNS}\s+"
    r"(?:support|back|underpin|stand behind|cited for|given for|for|behind|backing|supporting)\b",
    re.I,
)


def asks_whether(text: str) -> bool:
    """Whether a question opens with an auxiliary: it asks whether, Yes or No."""
    ws = [w.lower() for w in words(text)]
    return bool(ws) and ws[0] in _AUXILIARIES


# The frame of a provenance question: its words ask for a source, they are not the
# statement's, so they are neither searched for nor required of a passage.
SOURCE_FRAME = frozenset(
    stem(w)
    for w in """where come comes came from get got bit bits part parts claim claims point
    points idea ideas info information statement statements line lines figure figures quote
    quotes stuff passage passages sentence sentences fact facts data source sources footnote
    footnotes note notes reference references document documents back backs support
    supports underpin underpins behind stand stands cite cites cited give given use rely
    which what who""".split()
)


def _other_focus(text: str) -> bool:
    """Whether "which/what <noun>" names a focus that is no amount ("by pooling which
    things … defence spending" asks things; "what budget", "what does it cost" ask one)."""
    m = _FOCUS_RE.search(text)
    if re.match(r"^\W*(?:who|whom|by\s+whom)\b", text, re.I):
        return True  # "Who funds X?": the funder, not the sum
    return m is not None and stem(m.group(1).lower()) not in AMOUNT_WORDS


_FOCUS_RE = re.compile(
    rf"\b(?:which|what)\s+{_NOT_AUX}(?!(?:is|are|was|were|kind|sort|type|amount|sum|'s)\b)"
    r"([a-z]\w+)",
    re.I,
)


_EXPANSION_RE = re.compile(
    r"\bstand(?:s)? for\b|\babbreviat\w*|\bacronym\b|\bshort for\b|\bfull (?:name|form)\b"
    r"|\b(?:the|its|these|those) letters\b|\bspelt out\b|\bspelled out\b"
    r"|\bwhat does \S+ mean\b(?!\s+(?:for|to)\b)",  # not "what does X mean for Y?": its effect
    re.I,
)
# "Which treaty ...", "what agency ...": the answer is a proper name headed by that noun.
_NAMED_RE = re.compile(
    r"^which\s+(?!is\b|are\b|was\b|were\b|do\b|does\b|did\b|one\b|of\b|kind\b|type\b|"
    r"sort\b|way\b|role\b|part\b|aim\b|purpose\b|claim\b|statement\b|sentence\b)"
    r"([a-z]+[^s\W])\b",
    re.I,
)
# "Which CSDP missions operate in the Sahel?": things known by their names, however many
_NAMED_PLURAL_RE = re.compile(
    r"^(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:missions|operations|treaties)\b",
    re.I,
)
# "What was X called?", "What is the name of X?": a proper name, of the kind X says
_CALLED_Q_RE = re.compile(
    r"^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+names?\s+of\s+(?P<np1>[^?]+?)|"
    r"(?P<np2>[^?]+?)\s+called)\s*\??\s*$",
    re.I,
)
_TIMELINE_RE = re.compile(
    r"\b(?:timeline|chronolog\w*|in order|sequence|order of events|"
    r"put (?:these|them) in order|what happened (?:first|next|then))\b",
    re.I,
)


def _embedded(ws: list[str], word: str) -> bool:
    """Whether a wh-word stands inside a question another wh-word opens ("What do states
    sign up to when they join?"): there it joins a clause, it does not ask."""
    return (
        bool(ws)
        and ws[0].split("'")[0] in {"what", "which", "who", "how", "why", "where", "whom"}
        and ws[0] != word
        and (word in ws[1:])
    )


def _plural_head(text: str) -> bool:
    """'Which CSDP tools …': the noun phrase after "which" ends in a plural (a list)."""
    phrase = re.search(r"^which\s+((?:[\w-]+\s+){0,3})", text + " ", re.I)
    head = ""
    found = words(phrase.group(1) if phrase else "")
    after = words(text[phrase.end() :] if phrase else "")[:1]
    for i, w in enumerate(found):
        if w.lower() in STOPWORDS or w.lower() in _AUXILIARIES:
            break
        following = (found[i + 1 :] + after)[:1]
        if head and following and _opens_object(following[0]):
            break  # "Which agency runs Triton?": "runs" is its verb, "agency" its head
        head = w
    return head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is"))


def _opens_object(word: str) -> bool:
    """Whether a word after an -s word makes that word a verb: an object opening
    ("the", "its") or a name ("runs Triton")."""
    return word.lower() in {"the", "a", "an", "its", "their", "this", "these"} or word[:1].isupper()


# verbs in forms without "-ed" that end a noun phrase ("which body ran …", "which
# agency runs …", "which treaty set up …")
_IRREGULAR_VERBS = frozenset(
    """ran runs led leads took takes made makes sets kept keeps gave gives held holds began
    begins won paid sent brought wrote chose drew became left met meets meet saw sees
    found finds stood stands spoke speaks told tells""".split()
)


def kind_phrase(text: str) -> str:
    """The words naming the kind of thing a "which …" / "what is the name of …" / "what
    was … called" question asks for, up to its verb or its first preposition ("the CSDP
    naval operation" of "the name of the CSDP naval operation patrolling the Med")."""
    called = _CALLED_Q_RE.search(text)
    if called:
        np = called.group("np1") or called.group("np2")
    else:
        which = re.search(r"^(?:which|what)\s+(.+)$", text.strip(), re.I)
        np = which.group(1) if which else ""
    kept: list[str] = []
    for w in np.replace("?", " ").split():
        low = w.lower()
        if kept and (
            low in STOPWORDS
            or low in _AUXILIARIES
            or low.endswith(("ing", "ed"))
            or low in _IRREGULAR_VERBS  # "which Italian body ran it": "ran" ends the kind
        ):
            break
        if low not in {"the", "a", "an"}:
            kept.append(w)
    # "What was X's sea rescue operation called?": the head noun ends the phrase before
    # "called"; "which river patrols operate …": the kind opens the phrase
    return " ".join(kept[-4:] if called else kept[:4])


def _counted(text: str, kind: str) -> str:
    m = re.search(r"\bhow many\s+(?:\w+\s+)?(\w+)", text, re.I) if kind == NUMBER else None
    called = kind_phrase(text) if kind == NAMED and _CALLED_Q_RE.search(text) else ""
    if called:  # "What was Italy's naval mission called?": its words, names aside
        return " ".join(
            stem(w.lower()) for w in words(called) if not w[:1].isupper() and "'" not in w
        )
    if kind == NAMED:
        phrase = re.search(r"^(?:which|what)\s+((?:[\w-]+\s+){0,3})", text + " ", re.I)
        nouns = []
        for w in words(phrase.group(1) if phrase else ""):
            if w.lower() in STOPWORDS or w.lower() in _AUXILIARIES or w.lower() in _IRREGULAR_VERBS:
                break  # "which body ran …": the kind is "body"
            if not w.isupper():
                nouns.append(stem(w.lower()))
        return " ".join(nouns)
    if not m:
        return ""
    word = m.group(1)
    if kind == NUMBER:
        # "how many of the bloc's countries": the noun after the partitive "of the …'s"
        text = re.sub(
            r"\bhow many\s+of\s+(?:the|its|their|these|those)\s+(?:\w+['’]s\s+)?",
            "how many ",
            text,
            flags=re.I,
        )
        found = re.search(r"\bhow many\s+(\w+)(?:\s+(\w+))?", text, re.I)
        if found:
            first, second = found.group(1), found.group(2) or ""
            word = (
                first if first.lower() not in {"eu", "possible", "different", "other"} else second
            )
        # "how many possible PESCO-on-migration scenarios": the first plural counts
        following = re.search(r"\bhow many((?:\s+[\w-]+){1,3})", text, re.I)
        plural = [
            w
            for w in (following.group(1).split() if following else [])
            if w.lower().endswith("s")
            and not w.lower().endswith(("ss", "us", "is"))
            and w.islower()
        ]
        if plural and stem(word.lower()) != stem(plural[0]):
            word = plural[0] if not word.lower().endswith("s") else word
    return stem(word.lower())


_BE_WORDS = frozenset("is are was were".split())
_WH_ANYWHERE = re.compile(r"\b(?:what|which|who|when|where|why|how)\b")


# verbs whose doer is a person ("Who chaired the Council meeting?")
_PERSON_VERBS = frozenset(
    "chaired chairs chair presided presides preside commanded commands command".split()
)


def _asks_role(ws: list[str]) -> bool:
    """'What is the name of the director…', 'which official…': a person is asked for."""
    if not ws or ws[0] not in {"what", "which", "name"}:
        return False
    if len(ws) > 1 and ws[1] in _AUXILIARIES and ws[1] not in _BE_WORDS:
        return False  # "what does the author say …": the role noun is the subject
    head = [w for w in ws[1:6] if w not in STOPWORDS and w not in {"name", "names"}]
    return bool(head) and is_role_noun(head[0])


def _singular(text: str) -> bool:
    return bool(re.search(r"\b(?:which|what)\s+(?:\w+\s+)?(?:country|state|nation)\b", text, re.I))


# Half a question: a preposition and a question word ("by how many …?", "in which year?")
FRAGMENT_LEAD = (
    r"(?:by|in|from|with|for|at|to|under|since|until)\s+(?:how|what|which|who|whom|when|where)"
)
_SPLIT_RE = re.compile(
    rf"(?:\?\s+|,?\s+and\s+|;\s*)(?=(?:{FRAGMENT_LEAD}|what|which|who|when|where|why|how|"
    r"is|are|was|were|do|does|did|can|has|have|had)\b)",
    re.I,
)


_BARE_WH_RE = re.compile(r"\s*(?:when|where|why|how|how many|how much|by whom)\s*\?*\s*", re.I)
# "Who published it, was it a think tank in Prague?": a wh-question, then the reader's
# guess at its answer, which the answer settles; the guess is no question of its own
_GUESS_RE = re.compile(
    r"^(?P<q>(?:(?:in|on|at|by|for|from|since|during|to|with|of)\s+)?"
    r"(?:who|what|which|when|where|how)\b[^?]*?)(?:\s*[,;:—–-]+|\?)\s+(?:was|is|were|are)\s+"
    r"(?:it|that|this|they|she|he)\s+(?P<guess>[^,?]+)\?*\s*$",
    re.I,
)
# after a question mark, a guess only when it is a number or a year ("…? Was it 23?"): "What
# is X? Is it binding?" is a second question
_GUESS_AFTER_MARK_RE = re.compile(r"^[^?]*\?\s+\w+\s+\w+\s+(?P<g>[^?]+)")


# "Why did Malta join PESCO?": the claim a why-question takes for granted
_WHY_PREMISE_RE = re.compile(
    r"^\W*why\s+(?P<aux>did|does|do|is|are|was|were|has|have|had)\s+(?P<rest>[^?]+?)\s*\?*\s*$",
    re.I,
)


def premise(question: str) -> str:
    """The yes/no question a why-question takes for granted ("Why did Malta join?" ->
    "Did Malta join?"), or "" for other questions."""
    m = _WHY_PREMISE_RE.match(" ".join(question.split()))
    if not m or m.group("rest").lower().startswith(("not ", "n't ")):
        return ""
    return f"{m.group('aux').capitalize()} {m.group('rest')}?"


def guessed(question: str) -> str:
    """The reader's guess after a wh-question ("How many signed — was it 23?" -> "23"),
    or ""."""
    text = " ".join(question.split())
    m = _GUESS_RE.match(text)
    return m.group("guess").strip() if m and _counted_guess(text) else ""


def _counted_guess(text: str) -> bool:
    """Whether a guess after a question mark is a number or a year (one after a comma or
    a dash may be anything: "Who published it, was it a think tank?")."""
    after = _GUESS_AFTER_MARK_RE.match(text)
    return after is None or bool(numbers(after.group("g")) or dates(after.group("g")))


# a series of questions, "A, B, and C": its last joined by ", and", the others by commas
_SERIES_END_RE = re.compile(r",\s+and\s+(?:what|which|who|when|where|why|how)\b", re.I)
_SERIES_RE = re.compile(rf",\s+(?=(?:{FRAGMENT_LEAD}|what|who|when|where|why|how)\b)", re.I)


def split_parts(text: str) -> tuple[str, ...]:
    """'What is X and when did Y happen?' -> ('What is X?', 'when did Y happen?')."""
    pieces = [p.strip(" ,;") for p in _SPLIT_RE.split(text) if p.strip(" ,;?")]
    # "is malta in pesco and why not": the reason asked of the first part, which the
    # "not" of "why not" does not deny
    pieces = [re.sub(r"^(\W*why)\s+not\b", r"\1", p, flags=re.I) for p in pieces]
    if _SERIES_END_RE.search(text):  # "Who ran X, what replaced it, and when?": a series
        pieces = [q.strip(" ,;") for p in pieces for q in _SERIES_RE.split(p) if q.strip(" ,;?")]
    if len(pieces) < 2:
        return ()
    pieces = [p if p.endswith("?") else p + "?" for p in pieces[:3]]
    first = re.sub(
        r"^\W*(?:what|which|who|whom|when|where|why|how)\b\s*", "", pieces[0], flags=re.I
    )
    # "Who published it and when?": a bare question word asks it of the first part's words
    pieces = [
        f"{p.rstrip('?')} {first}" if i and _BARE_WH_RE.fullmatch(p) and terms(first) else p
        for i, p in enumerate(pieces)
    ]
    # "…, and how many stayed out?": the count's noun is the first part's ("EU countries")
    counted = _HOW_MANY_NOUN_RE.match(pieces[0])
    if counted:
        pieces = [
            _HOW_MANY_VERB_RE.sub(rf"\g<0>{counted.group(1)} ", p, count=1) if i else p
            for i, p in enumerate(pieces)
        ]
        # "…, and which ones didn't?": the same noun and verb, denied ("which EU countries
        # did not sign up?")
        done = pieces[0][counted.end() :].strip(" ?")
        pieces = [
            f"Which {counted.group(1)} {_NOT.get(m.group(1).lower(), m.group(1))} {done}?"
            if i and done and (m := _WHICH_NOT_RE.match(p))
            else p
            for i, p in enumerate(pieces)
        ]
    # "…, and what does it do?": no word of its own, but "it" carries the first part's
    if any(len(terms(p)) < 1 and not _REFERS_BACK_RE.search(p) for p in pieces):
        return ()
    polar_first = bool(re.match(rf"^\W*(?:{'|'.join(sorted(_AUXILIARIES))})\b", pieces[0], re.I))
    reason_after = any(re.search(r"\b(?:reason|why)\b", p, re.I) for p in pieces[1:])
    if polar_first and reason_after:  # "Is the UK in PESCO, and what is the reason?": why
        return tuple(
            re.sub(
                r"^\W*what(?:'s|’s|\s+is|\s+are|\s+was)?\s+the\s+reasons?\b", "why", p, flags=re.I
            )
            if i
            else p
            for i, p in enumerate(pieces)
        )
    if any(terms(p) and set(terms(p)) <= _RESTATING and not _HER_RE.search(p) for p in pieces[1:]):
        # "why bring up Schengen? what's the connection", "What is X, and why does it
        # matter?": the same question again, or one the first part's answer answers
        return (pieces[0],)
    return tuple(pieces)


# "Who wrote it, and what's her point?": a person's point is her argument, asked anew
_HER_RE = re.compile(r"\b(?:her|his)\b", re.I)
# "Where does she see room for X to grow?", "where is it heading?": where in a field of
# work or in an argument, not on a map
_FIGURATIVE_WHERE_RE = re.compile(
    r"\bwhere\b.*\b(?:room|scope|potential|space for|headed|heading|opportunit\w*|gaps?|"
    r"weak(?:ness|nesses)?|strength\w*|progress|grow|grows|growing|expand|expands)\b"
    # "Where does the article talk about X?": which passage, not which place
    r"|\bwhere\s+(?:does|do|did)\s+(?:the\s+|this\s+)?(?:article|text|author|writer|piece|"
    r"paper|she|he|it)\s+(?:\w+\s+)?(?:talk|speak|write|say|mention|discuss|deal|address|"
    r"cover|touch|bring|get)\w*\b",
    re.I,
)
# "Where does PESCO come from?": the origin of a thing the text names, which a treaty or an
# event may be (not "Where do the migrants come from?": a place)
_ORIGIN_RE = re.compile(
    r"\b(?i:where)\b.*\b[A-Z]{2,}\w*\b.*\b(?:come|comes|came|coming|stem|stems|stemmed|"
    r"originat\w*)\s*(?:from)?\W*$"
)
# "which ones didn't?", "which did not?": the first part's count, denied
_WHICH_NOT_RE = re.compile(
    r"^\W*(?:which|what)(?:\s+ones?)?\s+(didn['’]t|did not|don['’]t|do not|haven['’]t|"
    r"have not|weren['’]t|were not|aren['’]t|are not)\s*\?*$",
    re.I,
)
_NOT = {"didn't": "did not", "didn’t": "did not", "don't": "do not", "don’t": "do not",
        "haven't": "have not", "haven’t": "have not", "weren't": "were not",
        "weren’t": "were not", "aren't": "are not", "aren’t": "are not"}  # fmt: skip
_REFERS_BACK_RE = re.compile(r"\b(?:it|its|they|them|their|this|that)\b", re.I)
# "How many EU countries signed up …": the counted noun phrase
_HOW_MANY_NOUN_RE = re.compile(r"^\W*how many\s+((?:[\w-]+\s+){0,2}?[a-z][\w-]*s)\b", re.I)
# "how many stayed out?", "how many are not in?": a count with no noun of its own
_HOW_MANY_VERB_RE = re.compile(
    r"^\W*how many\s+(?=(?:[a-z]+ed|are|were|is|was|did|do|have|had|remain|remains|stay|"
    r"stays|left|took|take|chose|opted|did not|didn't)\b)",
    re.I,
)
# Words of a second question that only asks the first again ("what's the connection?")
_RESTATING = frozenset(
    stem(w)
    for w in "connection link links relation relationship relevance point deal story idea "
    "reason why mean means meaning matter matters".split()
)


def polarity_words() -> frozenset[str]:
    return _NEGATIVE_PREDICATE
