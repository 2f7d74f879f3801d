"""Chunks: exact provenance, stable ids, paragraph and document boundaries."""

from __future__ import annotations

from pathlib import Path

from index.chunking import chunk_document
from index.sources import load_corpus
from index.types import Chunk


def _chunks(corpus_dir: Path) -> list[Chunk]:
    corpus = load_corpus(corpus_dir)
    return [c for d in corpus.documents for c in chunk_document(d)]


def test_spans_slice_the_document_exactly(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    for doc in corpus.documents:
        for chunk in chunk_document(doc):
            assert doc.text[chunk.start : chunk.end] == chunk.text
            assert chunk.doc_id == doc.source.id  # never across documents
            for s in chunk.sentences:
                assert chunk.start <= s.start < s.end <= chunk.end


def test_sentences_carry_their_footnotes(corpus_dir: Path) -> None:
    chunks = _chunks(corpus_dir)
    signed = next(c for c in chunks if "signed in Vienna" in c.text)
    texts = [signed.sentence_text(s) for s in signed.sentences]
    assert texts[0] == "Test Institute for Water Policy"  # a heading joins its paragraph
    assert texts[1].startswith("The river pact was signed") and texts[1].endswith("[1].")
    assert signed.sentences[1].footnotes == (1,)
    assert signed.sentences[2].footnotes == ()
    board = next(c for c in chunks if c.doc_id == "article" and "yearly report" in c.text)
    assert board.footnotes == (2,)
    cited = [c for c in chunks if c.doc_id == "fn2"]
    assert cited and all(c.footnote == 2 for c in cited)
    note = next(c for c in chunks if c.sentences[0].role == "note" and 2 in c.footnotes)
    assert note.sentences[0].footnotes == (2,)
    assert not note.sentence_text(note.sentences[0]).startswith("[2]")


def test_heading_joins_its_paragraph_and_colon_joins_its_list(corpus_dir: Path) -> None:
    chunks = _chunks(corpus_dir)
    members = next(c for c in chunks if "Dunmore" in c.text)
    assert members.text.startswith("Members of the pact")
    assert members.sentences[0].role == "heading"
    planned = next(c for c in chunks if "Two measures are planned:" in c.text)
    joined = planned.sentence_text(planned.sentences[-1])
    assert "treatment plants" in joined and "Training inspectors" in joined


def test_ids_are_stable_across_runs_and_unrelated_edits(corpus_dir: Path) -> None:
    before = {c.text: c.id for c in _chunks(corpus_dir)}
    assert before == {c.text: c.id for c in _chunks(corpus_dir)}
    fn2 = corpus_dir / "docs" / "fn2.txt"
    fn2.write_text(fn2.read_text() + "\nA third paragraph was added.\n")
    after = {c.text: c.id for c in _chunks(corpus_dir)}
    article_before = {t: i for t, i in before.items() if i.startswith("article-")}
    assert all(after[t] == i for t, i in article_before.items())
    assert len(set(after.values())) == len(after)


def test_chunk_round_trips_through_json(corpus_dir: Path) -> None:
    for chunk in _chunks(corpus_dir):
        assert Chunk.from_dict(chunk.to_dict()) == chunk
