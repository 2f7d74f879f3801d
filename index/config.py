"""What the index layer needs to know: where things are and how to cut text.

The `qa` settings object builds this; the index layer never reads the environment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class IndexConfig:
    sources_dir: Path  # sources/: article.txt, manifest.toml, docs/
    index_dir: Path  # where builds live; git-ignored
    embed_model: Path  # a sentence-transformers model folder
    chunk_size: int = 700  # characters at most per chunk (a longer sentence stays whole)
    chunk_overlap: int = 1  # sentences repeated when a long paragraph is split
    keep_builds: int = 2  # finished builds kept beside the current one

    def fingerprint_settings(self) -> dict[str, object]:
        """The settings that change what an index contains."""
        from index.chunking import CHUNKER_VERSION

        return {
            "chunker": CHUNKER_VERSION,
            "chunk_size": self.chunk_size,
            "chunk_overlap": self.chunk_overlap,
            "embed_model": self.embed_model.name,
        }
