"""Counts set against each other (qa.counts), on sentences written for the tests."""

from __future__ import annotations

from qa.counts import compared_counts, compares_counts
from tests.conftest import sentence_evidence as _evidence

_PLANS = _evidence("The cities have drawn up a first list of 12 plans for the river.", "[¶5]")
_CITIES = _evidence("Fifteen Member Cities of the league have signed the river pact.", "[¶3]")
_OUT = _evidence("Almost all member cities take part except for Dunmore and Esk.", "[¶6]")
_TWO = _evidence("This leads to two possible scenarios for the river.", "[¶8]")


def test_two_counts_are_compared_each_from_its_sentence() -> None:
    """ "Are there more plans than member cities?": 12 against 15, No; "fewer": Yes; "How
    many more cities signed than there are plans?": the difference."""
    evidence = [_PLANS, _CITIES, _OUT, _TWO]
    more = compared_counts("Are there more plans than Member Cities?", evidence)
    assert more is not None and (more.first.value, more.second.value) == (12, 15)
    assert not more.holds
    fewer = compared_counts("Are there fewer plans than Member Cities?", evidence)
    assert fewer is not None and fewer.holds
    gap = compared_counts(
        "How many more Member Cities signed the pact than there are plans on the list?",
        evidence,
    )
    assert gap is not None and gap.asked == "difference"
    assert (gap.first.value, gap.second.value) == (15, 12)


def test_those_left_out_are_counted_from_the_exception() -> None:
    """ "Are there more scenarios than cities staying out?": two against the two cities
    excepted from all; "… than outside it" counts the same cities, those left out."""
    evidence = [_PLANS, _CITIES, _OUT, _TWO]
    c = compared_counts("Are there more scenarios than cities staying out of the pact?", evidence)
    assert c is not None and (c.first.value, c.second.value) == (2, 2)
    assert not c.holds
    d = compared_counts("How many more Member Cities are in the pact than outside it?", evidence)
    assert d is not None and (d.first.value, d.second.value) == (15, 2)


def test_a_side_no_sentence_counts_leaves_the_question_alone() -> None:
    assert compared_counts("Are there more missions than plans?", [_PLANS, _CITIES]) is None
    assert not compares_counts("Is the pact bigger than the league?")
    assert compares_counts("Were there fewer plans than cities?")
