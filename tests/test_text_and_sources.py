"""Sentence splitting, footnote parsing and loading the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.sources import load_corpus, load_manifest, parse_article
from index.text import split_sentences, stem, terms
from tests.conftest import ROOT


def test_marker_after_full_stop_stays_with_its_sentence() -> None:
    text = "Measures were the Agenda and EUROSUR.[2] Then came more."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["Measures were the Agenda and EUROSUR.[2]", "Then came more."]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Tools, e.g. training, were used. Others were not."
    assert len(split_sentences(text)) == 2


def test_list_block_gives_one_sentence_per_bullet() -> None:
    text = "  • First item here\n  • Second item."
    assert [text[s:e] for s, e in split_sentences(text)] == ["First item here", "Second item."]


def test_stemming_matches_word_forms() -> None:
    assert stem("countries") == stem("country")
    assert stem("efficient") == stem("efficiency")
    assert stem("EU's") == stem("EU")
    assert "the" not in terms("the treaty")


def test_fixture_article_footnotes(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    article = next(d for d in corpus.documents if d.source.id == "article")
    assert set(article.notes) == {1, 2}
    assert article.notes[2].startswith("“The Water Board checks nitrate")
    roles = [p.role for p in article.paragraphs]
    assert roles[0] == "header"
    assert roles.count("note") == 2
    body = article.text[article.paragraphs[-1].end :]
    assert "Leave a Reply" in body  # page furniture after the notes is not a paragraph
    assert all("Leave a Reply" not in article.text[p.start : p.end] for p in article.paragraphs)


def test_real_article_markers_and_notes() -> None:
    raw = (ROOT / "sources" / "article.txt").read_text(encoding="utf-8")
    sources = {s.id: s for s in load_manifest(ROOT / "sources")}
    doc = parse_article(sources["article"], raw)
    assert sorted(doc.notes) == [1, 2, 3]
    assert "information-exchange framework" in doc.notes[2]
    assert doc.notes[3].startswith("Migration-how CSDP can support")


def test_manifest_resolves_every_footnote() -> None:
    sources = load_manifest(ROOT / "sources")
    cited = {s.footnote: s for s in sources if s.footnote is not None}
    assert sorted(cited) == [1, 2, 3]
    assert cited[2].title == "EUROSUR" and cited[2].url.startswith("https://frontex")
    assert cited[3].publisher.startswith("European Security and Defence College")


def test_missing_and_unreadable_sources_are_named_not_fatal(corpus_dir: Path) -> None:
    (corpus_dir / "docs" / "fn1.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    corpus = load_corpus(corpus_dir)
    assert [s.id for s, _ in corpus.unreadable] == ["fn1"]
    assert "PDF" in corpus.unreadable[0][1]
    assert {d.source.id for d in corpus.documents} == {"article", "fn2"}


def test_dropped_in_files_are_found(corpus_dir: Path) -> None:
    (corpus_dir / "docs" / "fn1.html").write_text(
        "<html><body><article><h1>Signing</h1><p>The pact was signed by four mayors in "
        "Vienna on a cold morning in March 2019, after two years of talks.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    corpus = load_corpus(corpus_dir)
    fn1 = next(d for d in corpus.documents if d.source.id == "fn1")
    assert "four mayors" in fn1.text
    assert corpus.missing == ()


def test_line_separators_in_a_source_survive_the_index(tmp_path: Path) -> None:
    """U+2028 inside a chunk's JSON must not split chunks.jsonl when it is read back."""
    from index.build import build_index
    from index.embed import bundled_model_path, load_embedder
    from index.store import load_store
    from qa.settings import Settings
    from tests.conftest import copy_corpus

    sources = copy_corpus(tmp_path / "sources")
    (sources / "docs" / "fn2.txt").write_text("The board meets.\u2028It reports monthly.\n")
    settings = Settings(sources_dir=sources, index_dir=tmp_path / "index", cache_dir=tmp_path)
    build_index(settings.index_config(), lambda: load_embedder(bundled_model_path()))
    store = load_store(tmp_path / "index")
    assert any("\u2028" in c.text for c in store.chunks)


def test_symbolic_links_and_huge_files_are_not_read(tmp_path: Path) -> None:
    from index.errors import SourceError
    from index.sources import MAX_SOURCE_BYTES, read_text_file

    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    link = tmp_path / "fn1.txt"
    link.symlink_to(secret)
    with pytest.raises(SourceError, match="symbolic link"):
        read_text_file(link)
    big = tmp_path / "fn3.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1)
    with pytest.raises(SourceError, match="limit"):
        read_text_file(big)


def test_a_hyphenated_compound_counts_as_its_parts() -> None:
    from index.text import terms

    assert terms("people-trafficking rings") == terms("people trafficking rings")


def test_a_text_spelling_a_long_name_out_has_its_acronym(fixture_assistant) -> None:  # type: ignore[no-untyped-def]
    from qa.select import Lexicon

    lexicon = Lexicon.of(fixture_assistant.store, {"eu": "European Union"})
    assert "eu" in lexicon.terms_of("The European Union signed.")
    assert "eu" not in lexicon.terms_of("The Union signed.")


def test_chat_fillers_are_no_search_terms() -> None:
    from index.text import terms

    assert terms("what kinda stuff is the board in charge of") == terms("board in charge of")
