"""How readers say what the corpus says: a gazetteer of the corpus's names and a thesaurus
of its key words, for finding the passages a reworded question is about.

Readers describe a name rather than write it ("the EU border agency" for FRONTEX, "the
passport-free zone" for Schengen) and use everyday words for the article's ("green light"
for "accepted", "keep track of" for "monitor"). The entries were written from the
article's own vocabulary: each key word or name it uses, with the words a reader might
use instead. They widen the search only: a matched entry adds the corpus's words to what
is searched and to the terms passages are scored by, never to the terms that decide
whether a sentence answers (an antonym such as "compulsory" finds the sentence saying
"voluntary", and must not make it affirm the question).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.text import terms

# corpus words -> what readers write instead
READER_WORDS: dict[str, tuple[str, ...]] = {
    # names, and how readers describe them
    "Schengen": (
        "passport-free",
        "passport free",
        "border-free",
        "free movement",
        "free-movement",
        "open borders",
        "internal border checks",
    ),
    "FRONTEX": (
        "border agency",
        "coast guard agency",
        "border guard agency",
        "border and coast guard agency",
    ),
    "CSDP": (
        "common defence policy",
        "common defense policy",
        "eu defence policy",
        "defence policy",
        "defense policy",
        "defence-policy",
        "security and defence policy",
    ),
    "PESCO": (
        "permanent structured cooperation",
        "structured cooperation",
        "permanent defence",
        "permanent defense",
        "defence pact",
        "defense pact",
        "defence club",
        "defense club",
        "defence scheme",
        "defense scheme",
        "defence plan",
        "defense plan",
        "defence initiative",
        "defense initiative",
    ),
    "EUROSUR": (
        "border surveillance system",
        "border surveillance framework",
        "information-sharing framework",
        "information sharing system",
        "info-sharing system",
        "info sharing system",
        "information-exchange system",
        "data-sharing",
        "data sharing",
        "data exchange",
        "information network",
        "information-sharing network",
        "information sharing network",
    ),
    "Harbour": ("port", "ports", "harbor", "harbors", "harbours"),
    "HARMSPRO": (
        "harbour surveillance",
        "port surveillance",
        "harbour protection",
        "port protection",
        "port and sea",
        "sea protection",
        "maritime protection",
        "harbor surveillance",
        "harbor protection",
    ),
    "Treaty of Lisbon": ("legal text", "legal basis", "legal act", "legal framework"),
    "Italian Marine": ("italian navy", "italy's navy", "navy", "naval"),
    "refugee crisis": (
        "migrant crisis",
        "migration crisis",
        "refugee emergency",
        "influx of refugees",
        "influx of migrants",
        "refugee wave",
        "influx of asylum seekers",
        "asylum crisis",
        "migrant emergency",
    ),
    "Foreign Affairs Council": ("foreign ministers",),
    "European Security and Defence College": ("defence college", "defense college"),
    # the article's key words, and everyday words for them
    "smuggling smugglers": (
        "trafficking",
        "traffickers",
        "trafficker",
        "people-trafficking",
        "gangs",
        "people smugglers",
        "ferry people",
    ),
    "border": ("frontier", "frontiers", "boundary", "boundaries"),
    "external": ("outer",),
    "frontline": ("edge", "periphery", "peripheral", "front-line", "front line"),
    "join": ("membership", "become a member", "become members", "take part", "taking part"),
    "Member States": (
        "eu countries",
        "eu country",
        "member countries",
        "eu states",
        "eu members",
        "eu governments",
        "national governments",
        "governments",
        "member governments",
        "eu capitals",
        "national capitals",
        "every country",
        "all countries",
        "all the countries",
        "each country",
        "every single eu country",
        "every eu country",
        "all eu countries",
    ),
    "participating": (
        "take part",
        "taking part",
        "took part",
        "takes part",
        "signed up",
        "signed on",
        "on board",
        "aboard",
        "involved",
        "party to",
        "signatory",
        "signatories",
        "join",
        "joined",
        "joining",
        "joins",
    ),
    "voluntary binding": (
        "compulsory",
        "mandatory",
        "obligatory",
        "obligated",
        # an obligation to join, said with a modal ("have to join"; not "have to do with")
        "have to join",
        "has to join",
        "have to take part",
        "has to take part",
        "have to participate",
        "must join",
        "must take part",
        "must participate",
        "need to join",
        "required to join",
        "forced to join",
    ),
    "accepted": (
        "approve",
        "approved",
        "approval",
        "green light",
        "green-lit",
        "adopted",
        "adoption",
        "endorsed",
        "go-ahead",
        "go ahead",
        "signed off",
        "sign off",
        "given the nod",
    ),
    "see": (
        "look at",
        "looked at",
        "looking at",
        "assess",
        "assessed",
        "evaluate",
        "evaluated",
        "judge",
        "judged",
        "review",
        "reviewed",
        "evaluation",
        "assessment",
    ),
    "surveillance": (
        "watching",
        "watch over",
        "watching over",
        "keep watch",
        "keeping watch",
        "monitoring",
        "patrolling",
        "patrol",
    ),
    "maritime": ("sea", "seas", "at sea", "naval", "ocean", "offshore", "coastal waters"),
    "monitor": (
        "keep track",
        "keeping track",
        "keeps track",
        "oversee",
        "supervise",
        "keep an eye",
        "keeping an eye",
        "keep tabs",
        "keeping tabs",
        "watch over",
        "watching over",
        "follow",
        "track",
        "tracking",
        "keep watch",
    ),
    "outcome": ("results", "effects", "payoff", "pay off"),
    "introduced": (
        "origin",
        "originated",
        "originates",
        "brought in",
        "gave birth",
        "came from",
        "come from",
        "comes from",
        "stems from",
        "stem from",
        "roots",
        "rooted",
        "grew out of",
        "came out of",
        "come out of",
        "comes out of",
        "born out of",
        "born of",
        "sprang from",
        "based on",
        "goes back to",
        "go back to",
        "went back to",
        "dates back to",
        "date back to",
        "traces back to",
    ),
    "early": ("too soon", "too early", "premature", "prematurely"),
    "voluntary": (
        "optional",
        "by choice",
        "own choice",
        "choose for themselves",
        "free to choose",
        "choose whether",
        "decide whether",
        "opt in",
        "opt into",
        "their own choice",
        "up to each",
        "free will",
        "own accord",
        "freely",
        "decide for itself",
        "decide for themselves",
        "decide on its own",
        "its own decision",
    ),
    "ease lighten load": (
        "relieve",
        "pressure off",
        "burden off",
        "ease the burden",
        "lighten the burden",
        "reduce the burden",
        "share the burden",
        "alleviate",
        "take the weight",
        "weight off",
        "relief",
        "easier",
    ),
    # the burden itself, named: a sentence lightening it speaks of it, affirms no more of it
    "load": ("more work", "workload", "pile", "burden", "strain"),
    "aim": ("purpose", "goal", "intended to", "meant to"),
    "expected ensure": ("supposed to", "goals", "goal", "benefits", "benefit", "advantages"),
    "European citizens": (
        "europeans",
        "eu citizens",
        "people of europe",
        "citizens of europe",
        "ordinary people",
        "ordinary citizens",
        "regular people",
        "normal people",
        "the public",
        "the general public",
    ),
    "exchange": ("swap", "swapping", "swaps", "trading"),
    "framework": ("system", "structure", "scheme", "platform", "setup", "set-up", "arrangement"),
    "detect": (
        "spot",
        "spotting",
        "identify",
        "discover",
        "catch",
        "catching",
        "intercept",
        "pick up",
        "picking up",
        "track",
    ),
    "projects": (
        "undertakings",
        "undertaking",
        "initiatives",
        "schemes",
        "items",
        "joint ventures",
        "ventures",
    ),
    "preliminary list": (
        "first batch",
        "initial list",
        "shortlist",
        "first draft",
        "draft list",
        "first list",
    ),
    "preliminary": (
        "initial",
        "provisional",
        "tentative",
        "draft",
        "to start with",
        "to begin with",
        "at the outset",
        "shortlist",
        "short list",
    ),
    "beginning": ("start of", "outset", "opening months"),
    "mechanism of control": ("control system", "control arrangement"),
    "intelligence sharing": (
        "information sharing",
        "sharing information",
        "sharing intel",
        "swapping intelligence",
        "swap intelligence",
        "swapping more intelligence",
        "exchanging intelligence",
        "exchange intelligence",
        "intelligence exchange",
        "pooling intelligence",
        "share intelligence",
        "sharing intelligence",
        "swapping intel",
        "swap intel",
    ),
    "host countries": (
        "partner countries",
        "third countries",
        "nations that receive",
        "countries that receive",
        "states that receive",
        "receiving countries",
        "receiving states",
        "receiving nations",
    ),
    "irregular migration": (
        "illegal migration",
        "illegal immigration",
        "undocumented",
        "without permission",
        "unauthorised",
        "unauthorized",
    ),
    "scenarios": (
        "possible future",
        "possible futures",
        "ways forward",
        "paths forward",
        "ways it could play out",
        "ways the pact could play out",
        "play out",
        "possible outcomes",
        "possible paths",
        "two ways",
    ),
    "tackle": (
        "break up",
        "crack down",
        "dismantle",
        "take down",
        "go after",
        "going after",
        "goes after",
        "crack down on",
        "target",
    ),
    "efficiency": ("effectiveness", "get more out of", "value for money"),
    "resources knowledges": ("assets", "know-how", "expertise", "pooling"),
    "create": (
        "set up",
        "setting up",
        "establish",
        "established",
        "launch",
        "launched",
        "launching",
        "founded",
        "kicked off",
        "came into being",
        # "When did PESCO start?": a thing starts when it is created
        "start",
        "started",
        "begin",
        "began",
        "begun",
    ),
    "expressed will": (
        "intention",
        "intend",
        "intent",
        "declared",
        "announced",
        "pledged",
        "signal",
        "signalled",
        "signaled",
        "signalling",
        "made clear",
        "said they wanted",
        "voiced",
        "voice",
        "wish",
        "wished",
        "desire",
        "announce",
        "wanted",
        "want",
    ),
    "signed": ("put their names", "signatories", "signature"),
    "singed": ("signed", "sign", "signing", "put their names"),  # the article's own spelling
    "mission": ("operation",),
    "region field": ("area", "areas"),
    "early phase": (
        "status",
        "current status",
        "state of play",
        "how far along",
        "infancy",
        "early stage",
        "early days",
        "initial stage",
        "initial phase",
        "first stage",
        "beginning stage",
        "off the ground",
        "barely started",
        "getting started",
        "starting out",
        "early on",
        "in its early days",
        "first steps",
    ),
    "phase done": (
        "just started",
        "up and running",
        "far along",
        "how advanced",
        "progress so far",
        "how far",
        "got so far",
        "come so far",
        "progress",
        "progressed",
        "stand now",
        "stands now",
    ),
    "done": ("achieved", "achieve", "achieves", "accomplished", "delivered", "got done"),
    "lives sea": ("rescue", "drowning", "deaths at sea"),
    "loss lives": ("dying", "die", "died", "deaths", "death toll", "drown", "drowning"),
    "preventing": ("stop", "stopping", "stops", "avoid", "avoiding", "head off"),
    "eruption": ("broke out", "break out", "outbreak"),
    "replaced": (
        "taken over by",
        "succeeded",
        "superseded",
        "took over from",
        "take over from",
        "takes over from",
        "taking over from",
        "swapped for",
        "swapped out",
        "switched to",
        "followed by",
        "gave way to",
    ),
    "proposed": ("put forward", "suggested", "tabled"),
    "carried out": (
        "run by",
        "operated by",
        "conducted by",
        "ran",
        "run",
        "runs",
        "running",
        "operated",
        "operates",
        "operating",
        "conducts",
        "in charge",
    ),
    "joint operations": ("combined operations", "common operations", "joint missions"),
    "deploying teams": ("sending teams", "dispatching"),
    "deploying": ("sending out", "send out", "sends out", "sent out", "dispatch", "dispatches"),
    "mainly": ("mostly", "chiefly", "largely", "primarily", "predominantly", "above all"),
    "accessing": (
        "get into",
        "gets into",
        "getting into",
        "get in",
        "enter",
        "enters",
        "entering",
        "entry",
        "come into",
        "coming into",
    ),
    "disappeared": (
        "abolish",
        "abolished",
        "abolishing",
        "scrapped",
        "do away",
        "did away",
        "done away",
        "get rid",
        "got rid",
        "eliminated",
        "removed",
        "lifted",
        "go away",
        "went away",
        "gone away",
        "vanish",
        "vanished",
        "ceased to exist",
    ),
    "agencies": ("bodies", "organisations", "organizations", "institutions"),
    "remained": ("still", "continues to be", "continue to be", "is still"),
    "migration": ("arrivals", "immigration", "migrant arrivals", "people arriving"),
    "hotspots": (
        "registration centres",
        "registration centers",
        "registration points",
        "reception centres",
        "reception centers",
        "identification centres",
        "identification centers",
        "processing centres",
        "processing centers",
    ),
    "taking over management": ("took charge", "take charge", "taken charge", "taking charge"),
    # the article's other key words, each with the everyday words meaning the same
    "cooperation": (
        "collaboration",
        "collaborate",
        "collaborating",
        "team up",
        "teaming up",
        "teams up",
        "work together",
        "working together",
        "joining forces",
        "join forces",
        "partnership",
    ),
    "support": ("help", "helping", "helps", "assist", "assisting", "aid", "back up", "prop up"),
    "supported": ("backed", "backed up", "propped up", "underpinned", "reinforced", "shored up"),
    "securing": ("shore up", "shoring up", "guarding", "safeguarding", "protecting", "protect"),
    "protection": ("safeguarding", "guarding", "shielding", "defending", "safety", "safer"),
    "improve": ("boost", "boosting", "upgrade", "make better"),
    "increase": ("boost", "boosting", "raise", "raising", "ramp up", "step up"),
    "enhance": ("boost", "boosting", "improve", "improving"),
    "saving lives": (
        "fewer deaths",
        "fewer people die",
        "fewer people dying",
        "fewer drownings",
        "save lives",
        "saves lives",
        "life-saving",
        "lifesaving",
        "keep people alive",
        "prevent deaths",
        "preventing deaths",
    ),
    "disrupting": (
        "breaking up",
        "break up",
        "dismantling",
        "dismantle",
        "smash",
        "smashing",
        "shut down",
        "shutting down",
        "disrupt",
    ),
    "networks": ("rings", "ring", "gangs", "gang", "webs", "outfits"),
    "cross-border crime": ("transnational crime", "international crime", "crime across borders"),
    "training": ("teaching", "instruction", "drilling", "coaching", "schooling"),
    "advice": ("guidance", "advising", "counsel", "mentoring", "expertise"),
    "military forces": ("armies", "armed forces", "soldiers", "troops"),
    "security forces": ("police", "police forces", "policing", "gendarmerie"),
    "law enforcement": ("policing", "police work", "police"),
    "reforming": ("overhaul", "overhauling", "revamp", "revamping", "reform", "shake up"),
    "transit": ("pass through", "passing through", "passed through", "travel through", "en route"),
    "common": ("shared", "collective"),
    "procedures": ("paperwork", "red tape", "formalities", "processes"),
    "airports": ("by air", "by plane", "flights", "fly in", "flying in"),
    "treating": (
        "processing",
        "handling",
        "dealing with",
        "deal with",
        "handle",
        "handles",
        "handled",
        "deals with",
        "dealt with",
    ),
    "technical support": (
        "technical help",
        "technical assistance",
        "tech support",
        "technical aid",
    ),
    "managing management": ("handling", "dealing with", "deal with", "administering", "running"),
    "comprehensive": (
        "broader",
        "broad",
        "wider",
        "wide-ranging",
        "all-round",
        "holistic",
        "joined-up",
        "more complete",
        "overall",
        "all-encompassing",
    ),
    "approach": ("strategy", "policy", "method", "way of handling", "way of dealing"),
    "integral": ("core", "key part", "essential", "built in", "built-in"),
    "encompass": (
        "take in",
        "extend to",
        "bring in",
        "cover",
        "covers",
        "covered",
        "covering",
        "reach",
        "reaches",
        "span",
        "spans",
    ),
    "tools": ("instruments", "levers", "toolkit", "toolbox", "tool kit"),
    "significant": ("important", "major", "key", "main", "biggest", "big", "notable"),
    "measures": ("steps", "actions", "moves"),
    "launched": ("started", "begun", "began", "kicked off", "rolled out", "set up"),
    "activities": ("efforts", "actions", "work"),
    "commitment": ("promise", "promises", "pledge", "pledges", "undertaking", "obligation"),
    "binding": (
        "bound",
        "bind",
        "binds",
        "firm",
        "enforceable",
        "legally binding",
        "stick",
        "hold them to",
    ),
    "combing": (
        "combine",
        "combining",
        "pooling",
        "pool",
        "pooled",
        "merging",
        "merge",
        "bringing together",
        "putting together",
    ),
    "identified": ("drawn up", "drew up", "picked", "selected", "chosen", "singled out"),
    "published": ("made public", "released", "put out", "issued"),
    "implemented": ("carried out", "put into practice", "rolled out", "put in place", "executed"),
    "implementation": ("rollout", "roll-out", "putting into practice", "execution", "delivery"),
    "impact": ("effect", "effects", "consequences", "influence", "bearing", "difference"),
    "linked": (
        "connected",
        "connect",
        "connects",
        "connecting",
        "connection",
        "tied",
        "ties",
        "tie",
        "bound up",
        "intertwined",
        "go hand in hand",
        "goes hand in hand",
        "overlap",
    ),
    "pilot": ("trial", "test", "experimental"),
    "sensors": ("detectors",),
    "threats": ("dangers", "risks", "menace"),
    "perspectives remain open": (
        "possibilities",
        "options",
        "room",
        "scope",
        "prospects",
        "openings",
    ),
    "existing": ("current", "present", "ongoing"),
    "role": ("function", "job"),
    "step forward": ("progress", "advance", "breakthrough", "milestone", "move forward"),
    "creation": ("founding", "establishment", "setting up", "birth"),
    "internal borders": ("inner borders", "borders between", "checks between", "border checks"),
    "tasks": ("jobs", "duties", "responsibilities", "functions", "remit", "roles"),
    "route": ("corridor", "passage", "path"),
    "migration flows": ("arrivals", "movements of migrants", "migrant flows", "numbers arriving"),
    "coordinating organising": ("running", "arranging", "orchestrating", "planning"),
    "situational awareness": ("overview", "picture", "knowing what is happening"),
    "reaction capability": ("respond", "response", "responding", "react", "reacting"),
    "combating": ("fighting", "tackling", "fight", "tackle"),
    "designed": ("built", "intended"),
    "illegal border crossing": (
        "crossing illegally",
        "cross illegally",
        "illegal entry",
        "unauthorised crossing",
        "unauthorized crossing",
        "sneaking in",
    ),
}


# Entries whose reader words mean what the corpus's words mean (not an antonym, a cause or
# a related idea): a sentence with the corpus's words says what the reader's words say.
_RELATED_ONLY = frozenset(
    {
        "voluntary binding",
        "efficiency",
        "resources knowledges",
        "lives sea",
        "phase done",
        "load",
        "perspectives remain open",
        "pilot",
        "advice",
        "situational awareness",
        "creation",
        "role",
    }
)


# Generic nouns readers put for the article's subject ("the pact", "the arrangement"):
# a sentence naming it says them, but they are too common a word to search it by
STAND_INS: dict[str, tuple[str, ...]] = {"PESCO": ("pact", "the arrangement", "the initiative")}


def vouched(text: str, have: set[str]) -> set[str]:
    """The terms of the text's reader words whose corpus words a sentence has (`have`, its
    terms): "keeping track" is said by a sentence saying "monitor"."""
    low = text.lower()
    out: set[str] = set()
    for corpus, pattern in (*_patterns(), *_stand_in_patterns()):
        if corpus in _RELATED_ONLY or not set(terms(corpus)) <= have:
            continue
        for m in pattern.finditer(low):
            out.update(terms(m.group(0)))
    return out


# Words of opposite meaning (or of domains that exclude each other), in the general
# vocabulary of policy writing: a sentence that says the opposite of the question's word
# about the same thing answers No ("compulsory?" / "join voluntarily"). Each side lists
# its synonyms and inflections.
OPPOSITES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (
            "compulsory",
            "mandatory",
            "obligatory",
            "required",
            "forced",
            "obliged",
            "automatic",
            "obligation",
            "imposed",
            "have to",
            "has to",
            "had to",
            "must",
            "need to",
            "needs to",
            "obligated",
        ),
        (
            "voluntary",
            "voluntarily",
            "optional",
            "by choice",
            "opt-in",
            "opt in",
            "choice",
            "up to each",
            "free to",
        ),
    ),
    (("military", "armed", "combat"), ("civilian", "civil")),
    (
        ("legal", "regular", "lawful", "authorised", "authorized"),
        ("illegal", "irregular", "unlawful"),
    ),
    (("internal", "inner", "domestic"), ("external", "outer")),
    (
        ("air", "air-defence", "air-defense", "airspace", "aerial", "airborne", "aviation",
         "airport", "airports"),
        ("maritime", "sea", "naval", "harbour", "harbor", "coastal", "land", "seaport",
         "seaports", "port", "ports"),
    ),
    (
        ("land", "land-based", "overland", "inland"),
        ("maritime", "sea", "naval", "harbour", "harbor", "coastal"),
    ),
    (
        ("national", "unilateral", "individually", "separately", "on their own"),
        ("common", "joint", "shared", "collective", "jointly"),
    ),
    (
        ("increase", "increases", "increased", "improve", "improves", "improved", "enhance",
         "enhances", "strengthen", "strengthens", "boost", "boosts", "increasing",
         "strengthening", "boosting", "enhancing", "improving"),
        ("decrease", "decreases", "decreased", "reduce", "reduces", "reduced", "weaken",
         "weakens", "worsen", "worsens", "undermine", "undermines", "limit", "limits",
         "limiting", "limited", "reducing", "weakening", "curb", "curbing", "restrict",
         "restricting", "cut back", "cutting back"),
    ),
    (
        ("operational", "in operation", "up and running", "completed", "finished", "in force",
         "fully implemented", "fully operational", "fully in place", "fully working",
         "already adopted", "already approved", "already accepted", "already been adopted",
         "already been approved", "already been accepted",
         "already running", "achieved", "accomplished", "succeeded", "made progress",
         "produced results", "producing results", "produce results", "delivered results",
         "delivering results", "yielded results", "paid off"),
        ("proposed", "pilot", "planned", "preliminary", "early phase", "expected"),
    ),
    (("final", "definitive", "definite"), ("pilot", "preliminary", "proposed", "initial")),
    (("advanced", "mature", "late", "well advanced"), ("early",)),
    (("one narrow area", "a single area", "only one area", "just one area"), ("many areas",)),
    (("separate", "separately", "kept apart"), ("combing", "combining", "combine", "pooling")),
    (("eastern", "western", "northern", "southern"), ("central",)),
    (("add to", "adds to", "added to", "increase", "heavier", "worsen"), ("lighten", "ease")),
    (
        ("heavier", "heavy", "harder", "worse", "add to the load", "increase the load",
         "cumbersome", "more complicated", "more difficult", "burdensome", "slower",
         "more work", "extra work", "pile", "piles", "piling", "overload", "overburden",
         "more burden", "extra burden"),
        ("lighten", "lighter", "lightens", "ease", "eases", "relieve", "relieves"),
    ),
    (
        ("still exist", "still exists", "still in place", "still there", "remain", "remains",
         "persist", "persists", "continue to exist", "still have", "still has", "tighter",
         "stricter", "reinforced", "reintroduced", "brought back", "bring back", "brings back",
         "came back", "come back", "comes back", "returned", "reappeared", "reappear",
         "popping up", "pop up", "popped up", "sprang up", "spring up",
         "bringing back", "reintroduce", "restore", "restored", "reinstate", "reinstated",
         "kept", "keep", "keeps", "retain", "retained", "retains", "maintain", "maintained",
         "maintains", "held on to", "hold on to", "preserved", "preserve"),
        ("disappeared", "disappear", "abolished", "removed", "lifted", "scrapped", "no longer",
         "eliminated", "done away", "do away", "does away", "did away", "doing away", "got rid",
         "get rid", "gets rid"),
    ),
    (  # what happened to a thing that is gone: it was not made stronger
        ("strengthen", "strengthens", "strengthened", "tighten", "tightens", "tightened",
         "reinforce", "reinforces", "harden", "hardened", "stepped up", "step up"),
        ("disappeared", "disappear", "abolished", "scrapped", "eliminated", "done away",
         "did away", "got rid"),
    ),
    (  # the scope of an approach or a policy
        ("narrow", "narrower", "narrowly", "limited", "restricted", "restrictive", "piecemeal",
         "partial", "selective"),
        ("comprehensive", "broad", "broader", "wide", "wider", "wide-ranging", "holistic",
         "all-encompassing", "overall"),
    ),
    (  # taking a thing's place against working with it
        ("replace", "replaces", "replacing", "supplant", "supplants", "supersede",
         "supersedes", "take over from", "take the place of", "substitute for", "do away with"),
        ("cooperation with", "cooperate with", "cooperates with", "cooperating with",
         "in cooperation with", "working with", "work with", "alongside", "together with",
         "coordination with"),
    ),
    (  # where migrants set out or pass through, and where they arrive: other countries
        ("destination", "destinations", "countries of arrival"),
        ("origin", "transit", "departure"),
    ),
    (  # whether a thing is needed: "has to be supported" says it is
        ("unnecessary", "not needed", "needless", "superfluous", "redundant", "pointless",
         "no need"),
        ("has to", "have to", "must", "necessary", "needed", "essential", "is important",
         "will be important"),
    ),
    (  # a quantity the other way: "less protection?" / "more protection"
        ("less", "fewer", "lesser", "smaller"),
        ("more",),
    ),
    (  # how much has come of a thing: "a great deal achieved?" / "not much has been done"
        ("a great deal", "a lot", "lots", "plenty", "great progress", "major progress",
         "significant progress", "substantial progress", "much progress", "big results",
         "major results", "significant results", "great results", "big achievements",
         "major achievements"),
        ("not much", "little has", "very little"),
    ),
    (  # certainty asked where the sources hedge: "certainly adopted?" / "most likely"
        ("certainly", "definitely", "surely", "for sure", "for certain", "guaranteed",
         "without doubt", "undoubtedly", "bound to", "sure to"),
        ("most likely", "likely", "probably", "possibly", "expected to", "could", "might"),
    ),
)  # fmt: skip


# "Is A rather than B?": B is what the question sets against what it asks, not asked
_CONTRAST_RE = re.compile(r",?\s*\b(?:rather than|instead of|as opposed to)\b([^?.;]*)", re.I)


def contrasted(question: str, sentence: str) -> set[str]:
    """The terms of what a question sets against what it asks ("up to each country rather
    than forced?") whose opposite the sentence says ("join voluntarily"): it affirms the
    question's side."""
    against = _CONTRAST_RE.search(question)
    return opposed(against.group(1), sentence) if against and against.group(1).strip() else set()


def opposed(question: str, sentence: str) -> set[str]:
    """The question's terms whose opposite the sentence says instead: "compulsory" against
    "join voluntarily". A sentence that says both the word and its opposite opposes it
    only where the opposite stands among more of the question's other words: "did
    Schengen do away with the external borders?" / "the common external border: since
    the Schengen area, internal borders disappeared". What the question sets against
    what it asks ("rather than compulsory") is not asked."""
    question = _CONTRAST_RE.sub(" ", question)
    low = sentence.lower()
    out: set[str] = set()
    # "a non-binding commitment?" / "a binding commitment": the word without its "non-"
    for m in re.finditer(r"\bnon-(\w+)", question, re.I):
        word = m.group(1).lower()
        if re.search(rf"(?<!non-)(?<!non )\b{re.escape(word)}\b", low):
            out.update(terms(m.group(0)))
    for asked, said, m, _ in _asked_sides(question):
        if not said.search(low):
            continue
        if asked.search(low) and not _nearer(said, asked, low, question, m.group(0)):
            continue
        # a phrase of function words ("have to", "must") stands as itself
        out.update(terms(m.group(0)) or [m.group(0).replace(" ", "_")])
    return out


def _nearer(
    one: re.Pattern[str], other: re.Pattern[str], low: str, question: str, word: str
) -> bool:
    """Whether at least two more of the question's other terms stand nearer a use of
    `one` in the text than a use of `other` (each term used within a few terms of
    either): one shared word ("EU", said everywhere) places nothing."""
    asked = set(terms(question)) - set(terms(word))
    tokens = [(t, m.start()) for m in re.finditer(r"[\w-]+", low) for t in terms(m.group(0))]

    def spots(pattern: re.Pattern[str]) -> list[int]:  # each use's position, in terms
        return [sum(1 for _, at in tokens if at < m.start()) for m in pattern.finditer(low)]

    ones, others = spots(one), spots(other)
    tally = 0
    for i, (t, _) in enumerate(tokens):
        if t not in asked:
            continue
        d_one = min(abs(i - s) for s in ones)
        d_other = min(abs(i - s) for s in others)
        if min(d_one, d_other) <= _WINDOW:
            tally += (d_one < d_other) - (d_other < d_one)
    return tally >= 2


_WINDOW = 6  # terms either side


# The first entries of OPPOSITES are qualities a question asks about ("obliged",
# "military", "illegal"); the rest also name things ("a pilot project", "at sea").
_QUALITIES = 3


def graded(question: str, sentence: str) -> bool:
    """Whether the question asks a quality that has an opposite ("obliged", "military")
    and the sentence says neither it, a word of its side, nor its opposite: the sentence
    does not speak to what is asked."""
    low = sentence.lower()
    return any(
        quality and not asked.search(low) and not said.search(low)
        for asked, said, _, quality in _asked_sides(question)
    )


def _asked_sides(
    question: str,
) -> list[tuple[re.Pattern[str], re.Pattern[str], re.Match[str], bool]]:
    """For each entry of OPPOSITES whose one side the question uses and the other not:
    that side's pattern, the other's, the question's match, and whether it is a quality."""
    low = question.lower()
    out = []
    for i, (one, other) in enumerate(_opposite_patterns()):
        for asked, said in ((one, other), (other, one)):
            m = asked.search(low)
            if m and not said.search(low) and not _LITTLE_RE.match(low, m.end()):
                # "achieved little" says the other side ("not much has been done"), not this
                out.append((asked, said, m, i < _QUALITIES))
    return out


_LITTLE_RE = re.compile(r"\s+(?:very\s+)?(?:little|nothing|next to nothing)\b")


def said_terms(question: str, sentence: str, have: set[str]) -> set[str]:
    """The question's terms a sentence (with terms `have`) speaks to in other words: its
    reader words said in the corpus's words, or contradicted with their opposite."""
    return vouched(question, have) | opposed(question, sentence)


@lru_cache(maxsize=256)
def reader_phrases(text: str) -> tuple[str, ...]:
    """The reader words a text uses that the thesaurus gives corpus words for ("italian
    navy"), as written in it, lower case (asked once per question, for each of its names)."""
    low = text.lower()
    return tuple(m.group(0) for _, pattern in _patterns() for m in pattern.finditer(low))


def expansions(text: str) -> tuple[str, ...]:
    """The corpus's words for what the text says in other words, each once, in order."""
    low = text.lower()
    return tuple(
        corpus
        for corpus, pattern in _patterns()
        if pattern.search(low) and corpus.lower() not in low
    )


def _phrases(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _opposite_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((_phrases(one), _phrases(other)) for one, other in OPPOSITES)


@lru_cache(maxsize=1)
def _stand_in_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((corpus, _phrases(phrases)) for corpus, phrases in STAND_INS.items())


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((corpus, _phrases(phrases)) for corpus, phrases in READER_WORDS.items())
