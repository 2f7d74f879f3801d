"""Typed spans and their normal forms: numbers, dates, countries, names, reasons, amounts.

The checks and the answerability decision compare *values*, not spellings: "Twenty-Five"
and "25" are one number, "13/11/2017" and "13 November 2017" one date, "UK" and "the
United Kingdom" one country, an acronym and the name the corpus defines it by one name.
Dates are normalised by dateparser; number words by a small table (English cardinals
are a closed class); countries come from a gazetteer; acronyms from the corpus itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from index.text import STOPWORDS, fold, terms, words

# -- numbers -----------------------------------------------------------------------------
_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
    if w != "_"
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_NUMBER_WORDS_RE = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*\b", re.I
)
_DIGITS_RE = re.compile(r"(?<![\w/.])\d{1,3}(?:,\d{3})+(?![\w/])|(?<![\w/.])\d+(?:\.\d+)?(?![\w/])")
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def number_word(n: int) -> str:
    """A small count in words ("three"), a larger one in digits."""
    return _UNIT_WORDS.get(n, str(n))


_UNIT_WORDS = {i: w for w, i in _UNITS.items()}


def words_to_number(text: str) -> int | None:
    """'Twenty-Five' -> 25, 'one hundred and two' -> 102; None when it is not a number."""
    total, current = 0, 0
    seen = False
    for w in re.split(r"[\s-]+", text.lower()):
        if not w or w == "and":
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES:
            scale = _SCALES[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


_TEENS_AND_TENS = "|".join(
    sorted([*(w for w, i in _UNITS.items() if i >= 10), *_TENS], key=len, reverse=True)
)
# a year said aloud: "twenty fifteen", "nineteen ninety-nine" (a count follows "twenty
# five": the second part of a year said so is ten or more)
_SPOKEN_YEAR_RE = re.compile(
    rf"\b(nineteen|twenty)[\s-]+((?:{_TEENS_AND_TENS})(?:[\s-]+(?:{_NUMBER_WORD}))?)\b", re.I
)


def spoken_years(text: str) -> str:
    """The text with years said in words in digits: "twenty fifteen" and "two thousand and
    fifteen" -> "2015", so that a question dates what the sources date in digits."""

    def said(m: re.Match[str]) -> str:
        rest = words_to_number(m.group(2))
        if rest is None or not 10 <= rest <= 99:
            return m.group(0)
        return str((19 if m.group(1).lower() == "nineteen" else 20) * 100 + rest)

    def thousands(m: re.Match[str]) -> str:
        value = words_to_number(m.group(0))
        spoken = "thousand" in m.group(0).lower()
        return str(value) if spoken and value and 1900 <= value <= 2100 else m.group(0)

    return _NUMBER_WORDS_RE.sub(thousands, _SPOKEN_YEAR_RE.sub(said, text))


def numbers(text: str) -> set[float]:
    """Every cardinal a text states, in digits or words (years are dates, not counted here)."""
    found: set[float] = set()
    plain = fold(text)
    for m in _DIGITS_RE.finditer(plain):
        found.add(float(m.group(0).replace(",", "")))
    for m in _NUMBER_WORDS_RE.finditer(plain):
        if m.group(0).lower() == "one":
            continue  # "one of the ...", "no one": a pronoun far more often than a count
        value = words_to_number(m.group(0))
        if value is not None:
            found.add(float(value))
    return found


def number_spans(text: str) -> list[str]:
    """The number expressions of a text as written, years excluded."""
    plain = fold(text)
    out = [m.group(0) for m in _NUMBER_WORDS_RE.finditer(plain)]
    out += [m.group(0) for m in _DIGITS_RE.finditer(plain) if not _YEAR_RE.fullmatch(m.group(0))]
    return out


# -- dates -------------------------------------------------------------------------------
MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_RE = "|".join(m for m in MONTHS) + "|" + "|".join(m[:3] for m in MONTHS)
MONTH_WORDS = frozenset([*MONTHS, *(m[:3] for m in MONTHS), "sept"])  # "Nov" too
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_DATE_RE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_RE})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_RE})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:1[89]|20)\d\d\b",
    re.I,
)


@dataclass(frozen=True, order=True)
class Day:
    """A date as precise as it was written: year, and month and day when given."""

    year: int
    month: int = 0
    day: int = 0

    def given_by(self, other: Day) -> bool:
        """Whether a text stating `other` states this date: consistent with it and no more
        precise ("November 2018" is not given by "in 2018"; "2018" is by "November 2018")."""
        return (
            self.within(other)
            and (not self.month or bool(other.month))
            and (not self.day or bool(other.day))
        )

    def within(self, other: Day) -> bool:
        """Whether this date is consistent with (as precise as or vaguer than) another."""
        return (
            self.year == other.year
            and (not self.month or not other.month or self.month == other.month)
            and (not self.day or not other.day or self.day == other.day)
        )


def dates(text: str) -> list[Day]:
    """Every date a text states, normalised; '13/11/2017' and 'November 13, 2017' agree."""
    out: list[Day] = []
    for m in _DATE_RE.finditer(fold(text)):
        day = _parse_date(m.group(0))
        if day is not None:
            out.append(day)
    return out


# The part of a year a text puts something in ("at the beginning of 2018", "late 2017")
_YEAR_PART_RE = re.compile(
    r"\b(beginning|start|outset|early|first half|first months|end|close|late|second half|"
    r"last months|final months|middle|mid)(?:\s+of)?(?:\s+the\s+year)?[\s-]*((?:19|20)\d\d)\b",
    re.I,
)
_YEAR_PARTS = {
    "beginning": "early", "start": "early", "outset": "early", "early": "early",
    "first half": "early", "first months": "early", "end": "late", "close": "late",
    "late": "late", "second half": "late", "last months": "late", "final months": "late",
    "middle": "mid", "mid": "mid",
}  # fmt: skip


# The months of each season, as readers in Europe name them
SEASONS = {
    "spring": {3, 4, 5}, "summer": {6, 7, 8}, "autumn": {9, 10, 11}, "fall": {9, 10, 11},
    "winter": {12, 1, 2},
}  # fmt: skip
_SEASON_RE = re.compile(r"\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I)


def season_fit(asked: str, text: str) -> bool | None:
    """Whether a text's month agrees with the season a question puts a thing in ("in the
    autumn of 2017" / "In November 2017": True; "in the spring of 2017": False); None
    when the question names no season or the text gives no month of that year."""
    m = _SEASON_RE.search(fold(asked))
    if not m:
        return None
    year, months = int(m.group(2)), SEASONS[m.group(1).lower()]
    said = [d.month for d in dates(text) if d.year == year and d.month]
    return any(month in months for month in said) if said else None


def year_parts(text: str) -> dict[int, set[str]]:
    """For each year a text places something early, mid or late in, those parts."""
    out: dict[int, set[str]] = {}
    for m in _YEAR_PART_RE.finditer(fold(text)):
        out.setdefault(int(m.group(2)), set()).add(_YEAR_PARTS[m.group(1).lower()])
    return out


def with_year_part(text: str, when: str) -> str:
    """A date as written with the part of the year the text puts it in, and its
    preposition ("2019" in "… see the outcome at the beginning of 2019" -> "at the
    beginning of 2019"); the date alone when the text gives no part."""
    m = re.search(
        r"(?:\b(?:at|in|by|around|towards?|from|until|since)\s+)?(?:the\s+)?"
        + _YEAR_PART_RE.pattern.removeprefix(r"\b").replace(r"((?:19|20)\d\d)", re.escape(when)),
        fold(text),
        re.I,
    )
    return m.group(0) if m else when


def date_mentions(text: str) -> list[tuple[str, Day, int, int]]:
    """Each date as written in `fold(text)`, its normal form and its span there."""
    out = []
    for m in _DATE_RE.finditer(fold(text)):
        day = _parse_date(m.group(0))
        if day is not None:
            out.append((m.group(0), day, m.start(), m.end()))
    return out


def number_mentions(text: str) -> list[tuple[str, float, int, int]]:
    """Each cardinal as written in `fold(text)`, its value and its span there, in order.

    Dates are not counts: a year, or the day of "13 November 2017", is left out, and so is
    a lone "one" (a pronoun far more often than a count), as in `numbers`.
    """
    plain = fold(text)
    in_dates = [(s, e) for _, _, s, e in date_mentions(plain)]
    found = []
    for m in [*_DIGITS_RE.finditer(plain), *_NUMBER_WORDS_RE.finditer(plain)]:
        if any(s <= m.start() < e for s, e in in_dates) or m.group(0).lower() == "one":
            continue
        if m.group(0)[0].isdigit():
            value: float | None = float(m.group(0).replace(",", ""))
        else:
            value = words_to_number(m.group(0))
        if value is not None:
            found.append((m.group(0), float(value), m.start(), m.end()))
    return sorted(found, key=lambda f: f[2])


@lru_cache(maxsize=512)
def _parse_date(raw: str) -> Day | None:
    if _YEAR_RE.fullmatch(raw):
        return Day(int(raw))
    lower = raw.lower()
    has_day = bool(re.search(r"\d{1,2}[/.-]\d|\d{4}-\d\d-\d\d|\b\d{1,2}(?:st|nd|rd|th)?\b", lower))
    parsed = _dateparser(raw)
    if parsed is None:
        year = _YEAR_RE.search(raw)
        return Day(int(year.group(0))) if year else None
    month_named = any(m[:3] in lower for m in MONTHS)
    numeric = bool(re.search(r"\d[/.-]\d", lower))
    return Day(
        parsed.year,
        parsed.month if (month_named or numeric) else 0,
        parsed.day if has_day and (month_named or numeric) else 0,
    )


def _dateparser(raw: str) -> Any:
    """dateparser, European order first (the corpus writes 13/11/2017), no relative dates."""
    import dateparser

    return dateparser.parse(
        raw,
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False},
    )


# -- countries and places ------------------------------------------------------------------
COUNTRIES: dict[str, tuple[str, ...]] = {
    "austria": (), "belgium": (), "bulgaria": (), "croatia": (), "cyprus": (),
    "czech republic": ("czechia",), "denmark": (), "estonia": (), "finland": (),
    "france": (), "germany": (), "greece": (), "hungary": (), "ireland": (), "italy": (),
    "latvia": (), "lithuania": (), "luxembourg": (), "malta": (),
    "netherlands": ("holland",), "poland": (), "portugal": (), "romania": (),
    "slovakia": (), "slovenia": (), "spain": (), "sweden": (),
    "united kingdom": ("uk", "u.k.", "britain", "great britain"),
    "norway": (), "switzerland": (), "iceland": (), "turkey": (), "libya": (),
    "tunisia": (), "morocco": (), "niger": (), "mali": (), "chad": (), "egypt": (),
    "united states": ("usa", "us", "u.s.", "america"), "russia": (), "ukraine": (),
    "serbia": (), "albania": (), "syria": (),
}  # fmt: skip
EU_2017 = frozenset(list(COUNTRIES)[:28])
# Regions and seas: places that are not states.
REGIONS = frozenset(
    "mediterranean sahel africa europe balkans aegean north africa middle east asia "
    "central mediterranean route eastern mediterranean western balkans".split(" ")
)
# The places a continent's adjective covers ("an African region": the Sahel)
CONTINENT_PLACES = {
    "african": ("africa", "sahel", "libya", "niger", "mali", "chad", "tunisia", "morocco",
                "egypt", "algeria", "sudan", "eritrea", "nigeria"),
    "asian": ("asia", "afghanistan", "pakistan", "syria", "iraq", "turkey", "middle east"),
    "balkan": ("balkans", "serbia", "albania", "bosnia", "kosovo", "north macedonia"),
}  # fmt: skip
# The state a demonym speaks of ("the British government": the United Kingdom's)
DEMONYM_STATES = {
    "austrian": "austria", "belgian": "belgium", "bulgarian": "bulgaria",
    "croatian": "croatia", "cypriot": "cyprus", "czech": "czech republic",
    "danish": "denmark", "dutch": "netherlands", "estonian": "estonia",
    "finnish": "finland", "french": "france", "german": "germany", "greek": "greece",
    "hungarian": "hungary", "irish": "ireland", "italian": "italy", "latvian": "latvia",
    "lithuanian": "lithuania", "luxembourgish": "luxembourg", "maltese": "malta",
    "polish": "poland", "portuguese": "portugal", "romanian": "romania",
    "slovak": "slovakia", "slovenian": "slovenia", "spanish": "spain", "swedish": "sweden",
    "british": "united kingdom", "english": "united kingdom", "scottish": "united kingdom",
    "welsh": "united kingdom", "norwegian": "norway", "swiss": "switzerland",
    "turkish": "turkey", "libyan": "libya", "tunisian": "tunisia", "moroccan": "morocco",
    "egyptian": "egypt", "syrian": "syria", "american": "united states",
    "russian": "russia", "ukrainian": "ukraine", "algerian": "algeria", "nigerian": "nigeria",
}  # fmt: skip
DEMONYMS = frozenset(DEMONYM_STATES)
# A state's people standing for the state ("the Brits stayed out", "did the Danes join?"):
# plural nouns, and "the" with a demonym that is no plural ("the British", "the Dutch")
PEOPLES = {
    "brits": "united kingdom",
    "danes": "denmark",
    "italians": "italy",
    "germans": "germany",
    "spaniards": "spain",
    "greeks": "greece",
    "swedes": "sweden",
    "finns": "finland",
    "austrians": "austria",
    "belgians": "belgium",
    "hungarians": "hungary",
    "romanians": "romania",
    "bulgarians": "bulgaria",
    "croats": "croatia",
    "cypriots": "cyprus",
    "czechs": "czech republic",
    "slovaks": "slovakia",
    "slovenians": "slovenia",
    "estonians": "estonia",
    "latvians": "latvia",
    "lithuanians": "lithuania",
    "luxembourgers": "luxembourg",
    "norwegians": "norway",
} | {
    f"the {d}": DEMONYM_STATES[d]
    for d in ("british", "danish", "maltese", "french", "spanish", "dutch", "irish", "portuguese")
}
_ALIAS = {alias: name for name, aliases in COUNTRIES.items() for alias in aliases} | PEOPLES
# Abbreviations of bodies every reader of EU policy uses without defining them.
ABBREVIATIONS = {"eu": "european union", "un": "united nations", "nato": "north atlantic treaty"}
# Seats that stand for their government in a policy text ("Brussels decided" is the EU,
# "Rome" Italy's government): a reader's metonym names what the sources name otherwise.
SEATS = {
    "union": "european union", "bloc": "european union",  # short forms readers use
    "brussels": "european union", "strasbourg": "european union", "rome": "italy",
    "paris": "france", "berlin": "germany", "madrid": "spain", "lisbon": "portugal",
    "valletta": "malta", "copenhagen": "denmark", "london": "united kingdom",
    "westminster": "united kingdom", "warsaw": "poland", "athens": "greece",
    "vienna": "austria", "the hague": "netherlands", "amsterdam": "netherlands",
    "dublin": "ireland", "stockholm": "sweden", "helsinki": "finland", "prague": "czech republic",
    "budapest": "hungary", "bucharest": "romania", "sofia": "bulgaria", "zagreb": "croatia",
    "nicosia": "cyprus", "tallinn": "estonia", "riga": "latvia", "vilnius": "lithuania",
    "ljubljana": "slovenia", "bratislava": "slovakia", "washington": "united states",
}  # fmt: skip


def stands_for(name: str) -> str:
    """What a seat of government stands for ("Brussels" -> "european union"), else ''."""
    return SEATS.get(name.lower(), "")


def countries(text: str) -> set[str]:
    """The states a text names, by their canonical names."""
    # a possessive names its state too ("Greece's navy")
    low = " " + " ".join(re.sub(r"['’]s$", "", w.lower()) for w in words(text)) + " "
    found = {name for name in COUNTRIES if f" {name} " in low}
    for seat, name in SEATS.items():  # "Copenhagen stayed out": its government, its state
        if name in COUNTRIES and f" {seat} " in low and _seat_alone(seat, text):
            found.add(name)
    for alias, name in _ALIAS.items():
        if len(alias) <= 3:  # short aliases only as written in capitals: "US", not "us";
            # "uk" and "usa" are no English words: typed in lower case, they are the state
            if re.search(rf"\b{re.escape(alias.upper())}\b", text) or (
                alias != "us" and f" {alias} " in low
            ):
                found.add(name)
        elif f" {alias} " in low:
            found.add(name)
    return found


def _seat_alone(seat: str, text: str) -> bool:
    """Whether a seat of government stands alone, for its government ("Copenhagen stayed
    out"), not in the name of a treaty, a body or a summit ("the Treaty of Lisbon", "the
    Lisbon Treaty", "the Paris Council")."""
    for m in re.finditer(rf"\b{re.escape(seat)}\b", text, re.I):
        before, after = text[: m.start()], text[m.end() :]
        if re.search(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?$", before) or re.search(
            r"\b(?:treaty|council|summit|declaration|agenda|conference|convention)\s+of\s+$",
            before,
            re.I,
        ):
            continue  # "the Treaty of Lisbon", "the Council of Vienna", "the treaty of lisbon"
        if re.match(r"\s+[A-Z][a-z]", after) or re.match(
            r"\s+(?:treaty|declaration|agenda|process|summit|strategy|criteria)\b", after, re.I
        ):
            continue  # "the Lisbon Treaty", "the Paris Council", "the lisbon treaty"
        return True
    return False


_LOCATED_RE = re.compile(
    r"\b(?:in|at|near|from|across|along)\s+(?:the\s+)?([A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)*)"
)


_PLACE_NOUNS_RE = re.compile(
    r"\b(?:airports?|seaports?|harbours?|harbors?|islands?|coastlines?|"
    r"frontline (?:member )?states?)\b",
    re.I,
)


def places(text: str) -> set[str]:
    """States, regions, the kinds of place people cross into a country by ("airports",
    "frontline Member States"), and capitalised names a locative preposition introduces
    ("in Vienna")."""
    low = " ".join(w.lower() for w in words(text))
    found = countries(text) | {r for r in REGIONS if re.search(rf"\b{r}\b", low)}
    # a place noun capitalised inside a sentence names something ("Harbour & Maritime
    # Surveillance", a project): it places nothing
    found |= {
        m.group(0).lower()
        for m in _PLACE_NOUNS_RE.finditer(text)
        if not (m.group(0)[0].isupper() and m.start() > 0)
    }
    for m in _LOCATED_RE.finditer(text):
        name = m.group(1)
        first = name.split()[0].lower()
        if first in MONTHS or first.endswith(("ean", "ian", "ese")) or first in STOPWORDS:
            continue
        if not any(w.lower() in ORG_HEADS for w in name.split()):
            found.add(name.lower())
    return found


def cities(text: str) -> set[str]:
    """The towns a text names: a seat of government standing alone ("in Vienna"), or a
    capitalised name a locative introduces that is no state, region or place noun."""
    low = " " + " ".join(w.lower() for w in words(text)) + " "
    found = {
        seat
        for seat in SEATS
        if seat not in {"union", "bloc"} and f" {seat} " in low and _seat_alone(seat, text)
    }
    found |= {
        p
        for p in places(text)
        if p not in REGIONS and not _PLACE_NOUNS_RE.fullmatch(p) and not countries(p)
    }
    return found


# -- names, acronyms, people ------------------------------------------------------------
# The EU's bodies and offices of several words: a question typed in lower case names them
# whether or not the sources do ("what did the european parliament decide?")
EU_BODIES = (
    "European Parliament",
    "European Commission",
    "European Council",
    "Council of the European Union",
    "Council of the EU",
    "High Representative",
    "European Court of Justice",
    "Court of Justice",
    "European Court of Auditors",
    "European Central Bank",
    "European Investment Bank",
    "European Defence Agency",
    "European Defence Fund",
    "European External Action Service",
    "European Asylum Support Office",
    "European Union Agency for Asylum",
    "Foreign Affairs Council",
    "Political and Security Committee",
    "European Union Military Staff",
    "European Union Military Committee",
)
ORG_HEADS = frozenset(
    "council agency college institute union commission guard parliament court bank "
    "office service marine navy army force forces coalition organisation organization "
    "committee corporation company ministry government nato frontex".split()
)
_ROLE_NOUNS = frozenset(
    "author writer director head chair chairman chairwoman president minister commissioner "
    "leader spokesperson secretary ambassador founder coordinator commander officer "
    "representative rapporteur person people chief".split()
)


# A name made an adjective by a participle ("EU-run", "Italian-led", "NATO-backed")
_COMPOUND_RE = re.compile(
    r"-(?:run|led|funded|backed|based|owned|wide|sponsored|organi[sz]ed|managed|operated|"
    r"commanded|financed|supported)$",
    re.I,
)


_PRONOUN_RE = re.compile(r"I(?:['’](?:m|ve|d|ll))?")


def names(text: str) -> list[str]:
    """Capitalised words after the first and acronyms anywhere: what a claim names."""
    ws = words(text)
    out = []
    for i, w in enumerate(ws):
        bare = _COMPOUND_RE.sub("", re.sub(r"'s$", "", w))  # "an EU-run operation": EU
        month = bare.lower().rstrip(".") in MONTH_WORDS  # "Nov", "Sept": a date's, no name
        if bare.lower() in STOPWORDS or month or _PRONOUN_RE.fullmatch(bare):
            continue  # "I've", "I'm": the reader, no name
        if (i > 0 and bare[:1].isupper()) or (bare.isupper() and len(bare) > 1):
            out.append(bare)
    return out


def is_role_noun(word: str) -> bool:
    return word.lower().rstrip("s") in _ROLE_NOUNS or word.lower() in _ROLE_NOUNS


# Adjectives of nationality (spaCy's NORP): "the Spanish navy" names a state's body.


def organisations(text: str) -> list[str]:
    """Acronyms and capitalised names whose head is an organisation noun."""
    out = [w for w in words(text) if w.isupper() and len(w) > 1 and not _YEAR_RE.fullmatch(w)]
    for m in re.finditer(
        r"(?:[A-Z][\w'’&-]*\s+(?:of\s+(?:the\s+)?|for\s+)?){0,5}[A-Z][\w-]*", text
    ):
        phrase = m.group(0)
        if any(w.lower() in ORG_HEADS for w in words(phrase)):
            out.append(phrase)
    return out


# Words of names of things, never of people: "Member States", "Permanent Structured
# Cooperation", "Smart Borders", "Central Mediterranean" (a class: the capitalised common
# nouns and adjectives of policy writing)
_THING_WORDS = frozenset(
    """member members states state cooperation structured permanent security defence defense
    policy policies border borders area route crisis agenda regulation mechanism treaty
    framework mission missions surveillance protection maritime harbour affairs european
    union central eastern western northern southern mediterranean smart common foreign
    external internal migration refugee project projects programme program strategy
    operation operations fund action network system""".split()
)
_PERSON_RE = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:\s+(?:da|de|di|van|von|der|del|la|le))?(?:\s+[A-Z][a-zà-ÿ]+)+"
)


def people(text: str, known: Iterable[str] = ()) -> list[str]:
    """Person names: those the corpus knows (its authors), and Firstname Lastname shapes
    that are neither places, organisations nor sentence openers."""
    out = [k for k in known if k and k.lower() in text.lower()]
    for m in _PERSON_RE.finditer(text):
        phrase = m.group(0)
        ws = [w.lower() for w in words(phrase)]
        if countries(phrase) or any(
            w in ORG_HEADS or w in COUNTRIES or w in STOPWORDS or w in _THING_WORDS for w in ws
        ):
            continue  # "the United Kingdom", "Member States": places and things
        if m.start() == 0 or text[max(0, m.start() - 2) : m.start()].strip() in {".", ""}:
            continue  # a sentence opener is no evidence of a name
        out.append(phrase)
    return out


# -- reasons and amounts ---------------------------------------------------------------------
_REASON_RE = re.compile(
    r"\b(?:because|due to|owing to|as a result|in order to|so as to|so that|with the "
    r"(?:aim|objective|purpose|goal)|aims? (?:to|at)|objective|purpose|goal|in response to|"
    r"thus|therefore|hence|leads? to|by doing so|to (?:ensure|support|improve|increase|allow|"
    r"build|tackle|fight|prevent|detect|reduce|strengthen|ease|lighten|enhance))\b",
    re.I,
)
_AMOUNT_RE = re.compile(
    r"(?:[€$£]\s?\d|\d[\d.,]*\s*(?:€|euros?|eur|dollars?|pounds?|million|billion|bn|m)\b"
    r"|\b(?:budget|funding) of\b)",
    re.I,
)


def states_reason(text: str) -> bool:
    return bool(_REASON_RE.search(text))


def states_amount(text: str) -> bool:
    return bool(_AMOUNT_RE.search(text))


# -- the corpus's own acronyms ---------------------------------------------------------
@dataclass(frozen=True)
class Aliases:
    """Acronym <-> long name pairs the corpus defines ("PESCO ... (PESCO)", "CSDP (Common ...)")."""

    pairs: dict[str, str] = field(default_factory=dict)  # lower-case acronym -> long name
    # initials of the corpus's multi-word names it never abbreviates itself ("esdc" ->
    # "European Security and Defence College"): a reader's acronym names them too. Not
    # searched for: the passages never write them.
    implied: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Aliases:
        pairs: dict[str, str] = {}
        texts_seen = list(texts)
        for text in texts_seen:
            plain = fold(text)
            for m in re.finditer(r"\(([A-Z][A-Za-z&]{1,9})\)", plain):
                acronym = m.group(1)
                long_name = _expand(acronym, plain[max(0, m.start() - 160) : m.start()])
                if long_name:
                    pairs[acronym.lower()] = long_name
            for m in re.finditer(r"\b([A-Z]{2,9})\s*\(([^()]{4,80})\)", plain):
                acronym, inside = m.group(1), m.group(2)
                if _initials_match(acronym, words(inside)):
                    pairs[acronym.lower()] = re.sub(r"^(?:the|a|an)\s+", "", inside, flags=re.I)
        implied: dict[str, str] = {}
        for text in texts_seen:
            for m in _NAME_RUN_RE.finditer(fold(text)):
                ws = m.group(0).split()
                content = [i for i, w in enumerate(ws) if w.lower() not in _CONNECTORS]
                for end in content[2:]:  # each run of three or more names from its start
                    initials = "".join(ws[i][0] for i in content if i <= end).lower()
                    implied.setdefault(initials, " ".join(ws[: end + 1]))
        implied = {a: n for a, n in implied.items() if a not in pairs and a not in _ALIAS}
        return cls(pairs, implied)

    def shorten(self, query: list[str]) -> list[str]:
        """Search terms with a long form the corpus abbreviates replaced by its acronym
        ("permanent structured cooperation" -> "pesco"): the passages mostly write the
        acronym, and its three words would otherwise count for three."""
        out = list(query)
        for acronym, long_name in {**self.pairs, **ABBREVIATIONS}.items():
            head = terms(" ".join(long_name.split()[:3]))
            if len(head) >= 2 and all(t in out for t in head):
                out = [t for t in out if t not in head]
                if acronym not in out:
                    out.append(acronym)
        return out

    def expansions(self, token: str) -> list[str]:
        """Other spellings of a name: its long form or its acronym."""
        low = token.lower()
        out = []
        if low in self.pairs:
            out.append(self.pairs[low])
        if low in self.implied:
            out.append(self.implied[low])
        out += [a for a, long_name in self.pairs.items() if long_name.lower() == low]
        if low in _ALIAS:
            out.append(_ALIAS[low])
        if low in ABBREVIATIONS:
            out.append(ABBREVIATIONS[low])
        out += [a for a, name in _ALIAS.items() if name == low]
        return out

    def names_all(self, names: Iterable[str], text: str) -> bool:
        """Whether a text names each of the names, in one of its spellings."""
        low = text.lower()
        return all(any(s.lower() in low for s in (n, *self.expansions(n))) for n in names)


# A run of capitalised words, with the connectors a name keeps ("European Security and
# Defence College", "Harbour & Maritime Surveillance")
_CONNECTORS = frozenset({"of", "and", "the", "on", "&", "for"})
_NAME_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:[ ]+(?:(?:of|and|the|on|&|for)[ ]+)?[A-Z][a-z]+){2,}")


def _expand(acronym: str, before: str) -> str:
    """The shortest run of words just before "(ACR)" whose initials (or letters, in
    order) spell ACR, as written: "Harbour & Maritime Surveillance and Protection"."""
    spans = [
        m for m in re.finditer(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*", before)
    ]
    letters = [c for c in acronym.upper() if c.isalpha()]
    for n in range(2, len(letters) + 4):
        if n > len(spans):
            break
        run = spans[-n:]
        if _initials_match(acronym, [m.group(0) for m in run]):
            return before[run[0].start() : run[-1].end()]
    return ""


def _initials_match(acronym: str, ws: list[str]) -> bool:
    initials = "".join(w[0].upper() for w in ws if w.lower() not in {"of", "and", "the", "on", "&"})
    wanted = "".join(c for c in acronym.upper() if c.isalpha())
    if initials == wanted:
        return True
    # "Permanent Structured Cooperation on security and defence (PESCO)": a prefix of letters
    joined = "".join(w.upper() for w in ws)
    it = iter(joined)
    return len(ws) >= 2 and ws[0][0].upper() == wanted[0] and all(c in it for c in wanted)


# -- negation and exclusion ---------------------------------------------------------------
# A negation ("not", "never") or an exclusion ("except", "stayed out", "declined"). "Out"
# counts only in phrases of exclusion: a mission "carried out" negates nothing.
_NEGATION_RE = re.compile(
    r"\b(?:not|no|never|none|nor|neither|without|cannot|non|except|excluding|excluded|"
    r"absent|missing|declin\w*|refus\w*|(?:stay\w*|opt\w*|left|kept|keep\w*|sit\w*|sat|"
    r"pull\w*|dropp\w*)(?:\s+(?:this|that|it|them)(?:\s+one)?)?\s+out|out\s+of\s+(?:it|them|the)|"
    # "keep the tools out of it", "left the UK out": kept out, with what is kept between
    r"(?:kept|keep\w*|left|leav\w*|shut\w*)\s+(?:[\w-]+\s+){1,4}?out\b|"
    r"apart from|on the sidelines?|"
    # "Is Malta outside PESCO?", "stays outside": being outside; "crises outside Europe" no
    r"(?:is|are|was|were|be|been|being|remain\w*|stay\w*|sit\w*|sat|kept|keep\w*|left|opt\w*|"
    r"stand\w*|stood)\s+(?:[\w'’,-]+\s+){0,7}?outside|(?:sit|sits|sat|sitting)\s+(?:[\w-]+\s+){1,3}?out|"
    # "has achieved little", "little has been done": done to no great extent
    r"(?:achieved|accomplished|done|delivered|did|do|does|changed)\s+(?:very\s+)?little|"
    r"(?:very\s+)?little\s+(?:(?:has|had|was|is)\s+)?(?:been\s+)?(?:achieved|accomplished|"
    r"done|delivered))\b|n't\b",
    re.I,
)


# A bound a question puts on a count ("more than 20", "fewer than ten"): the bound's words
# and the number bounded
BOUND_RE = re.compile(
    r"\b(more than|over|above|greater than|higher than|in excess of|at least|no fewer than|"
    r"no less than|fewer than|less than|lower than|under|below|up to|at most|no more than)"
    r"\s+([\w-]+)",
    re.I,
)


# A bound on a count ("no more than 20", "not fewer than ten") limits, it does not negate
_COUNT_BOUND_RE = re.compile(r"\b(?:no|not)\s+(?:more|fewer|less)\s+than\b", re.I)


def states_negation(text: str) -> bool:
    """Whether a text states a negation or an exclusion."""
    folded = _ORIGIN_RE.sub(" from ", _COUNT_BOUND_RE.sub(" ", fold(text)))
    return bool(_NEGATION_RE.search(folded)) or _being_out(folded)


# "Is Malta out too?", "Denmark is out, right?": a thing said to be out, with no object
# after "out" ("out of the crisis", "out to sea" are places, not exclusion)
_BEING_OUT_RE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+"
    r"(?:(?:[\w'-]+\s+){0,3}?(?P<before>[\w'-]+)\s+)?out\b"
    r"(?=\s*(?:too|also|as well|either|now|still|so far|yet|then)?\s*"
    r"(?:[?.!,;]|$|(?:and|or|while|but|right|correct|true)\b))",
    re.I,
)
# verbs with "out" that do something rather than stand outside ("carried out", "set out")
_OUT_VERBS = frozenset(
    "set laid spelt made taken thrown put built shut sent sought cut run spun held worked".split()
)


def _being_out(text: str) -> bool:
    """Whether a text says a thing is out, as a state ("Is Malta out too?"), not as part
    of a verb that does something ("Was the mission carried out?")."""
    for m in _BEING_OUT_RE.finditer(text):
        before = (m.group("before") or "").lower()
        if not before.endswith("ed") and before not in _OUT_VERBS:
            return True
    return False


# "come out of", "grew out of": where a thing comes from, no exclusion
_ORIGIN_RE = re.compile(
    r"\b(?:come|comes|came|coming|grew|grow|grows|grown|sprang|sprung|spring|springs|born|"
    r"emerged?|emerges|arose|arise|arises|stem(?:s|med)?|develop(?:s|ed)?|carved|made)\s+"
    r"out\s+of\b",
    re.I,
)
