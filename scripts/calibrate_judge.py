"""Calibrate the faithfulness judge of `qa eval` (a MiniLM sentence-similarity check).

No entailment (NLI) or cross-encoder model is available offline from PyPI here, so a
generated sentence counts as supported by a cited passage when their cosine similarity
reaches a threshold. This script measures, on a gold set, how often the reference
answers reach it against their evidence sentences (true positives) and how often they
reach it against every other sentence of the corpus (false positives).
Usage: python scripts/calibrate_judge.py [GOLD.jsonl]
"""

import sys
from pathlib import Path

import numpy as np

from evaluation.gold import load_gold
from index.text import fold
from qa.answer import Assistant
from qa.settings import Settings

a = Assistant(Settings.from_env(), llm=None)
sents = [c.sentence_text(s) for c in a.store.chunks for s in c.sentences]
V = a.embedder.embed(sents)
pos, neg = [], []
for g in load_gold(Path(sys.argv[1] if len(sys.argv) > 1 else "gold/dev.jsonl")):
    if not g.answerable:
        continue
    q = a.embedder.embed([g.answer])[0]
    sims = V @ q
    ev = [
        i
        for i, s in enumerate(sents)
        if any(fold(e["quote"]).lower() in fold(s).lower() for e in g.evidence)
    ]
    if not ev:
        continue
    pos.append(max(sims[i] for i in ev))
    others = [sims[i] for i in range(len(sents)) if i not in ev]
    neg.extend(others)
pos, neg = np.array(pos), np.array(neg)
print("pos", np.round(np.sort(pos), 2))
print("neg pct 50/90/95/99", np.percentile(neg, [50, 90, 95, 99]).round(2))
for t in [0.4, 0.45, 0.5, 0.55, 0.6]:
    print(t, "TPR", (pos >= t).mean().round(2), "FPR", (neg >= t).mean().round(3))
