"""Evaluation outputs: results.json, report.md and a PNG chart; and comparisons of two runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluation.evaluate import HIGHER_IS_BETTER, LOWER_IS_BETTER, RATES


def fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value > 10:
        return f"{value:.0f}"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def write_outputs(runs: dict[str, dict[str, Any]], out: Path, meta: dict[str, Any]) -> list[Path]:
    """One results.json holding every run, report.md, and metrics.png."""
    out.mkdir(parents=True, exist_ok=True)
    results = out / "results.json"
    results.write_text(json.dumps({"meta": meta, "runs": runs}, indent=2, ensure_ascii=False))
    report = out / "report.md"
    report.write_text(markdown(runs, meta))
    chart = out / "metrics.png"
    plot({name: run["aggregate"] for name, run in runs.items()}, chart)
    return [results, report, chart]


def table(aggregates: dict[str, dict[str, Any]]) -> str:
    names = list(aggregates)
    metrics = list(dict.fromkeys(m for agg in aggregates.values() for m in agg))
    lines = ["| metric | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for m in metrics:
        lines.append(f"| {m} | " + " | ".join(fmt(aggregates[n].get(m)) for n in names) + " |")
    return "\n".join(lines)


def class_table(by_class: dict[str, dict[str, Any]]) -> str:
    """One row a question class, one column a metric."""
    classes = list(by_class)
    metrics = list(next(iter(by_class.values())))
    lines = ["| class | " + " | ".join(metrics) + " |", "|---" * (len(metrics) + 1) + "|"]
    for c in classes:
        lines.append(f"| {c} | " + " | ".join(fmt(by_class[c].get(m)) for m in metrics) + " |")
    return "\n".join(lines)


def markdown(runs: dict[str, dict[str, Any]], meta: dict[str, Any]) -> str:
    parts = [
        "# Evaluation report",
        "",
        f"Gold set: `{meta.get('gold')}`; faithfulness judge: {meta.get('judge')}.",
        f"Run at {meta.get('started')}; configuration: `{json.dumps(meta.get('config', {}))}`.",
        "",
        table({name: run["aggregate"] for name, run in runs.items()}),
    ]
    for name, run in runs.items():
        if run.get("by_class"):
            parts += ["", f"## By question class: {name}", "", class_table(run["by_class"])]
    for name, run in runs.items():
        failures = [q for q in run["questions"] if _failed(q)]
        parts += ["", f"## Failures: {name} ({len(failures)})", ""]
        for q in failures:
            s, g, a = q["scores"], q["gold"], q["answer"]
            why = []
            if s["missing_facts"]:
                why.append("missing facts: " + ", ".join(s["missing_facts"]))
            if s["wrong"]:
                why.append("wrong statements: " + ", ".join(s["wrong"]))
            if g["answerable"] and s["refused"]:
                why.append("refused an answerable question")
            if not g["answerable"] and not s["refused"]:
                why.append("answered a question the sources cannot answer")
            if s["hit_at_5"] == 0.0:
                why.append("evidence not in the top 5 passages")
            parts += [
                f"### {q['id']}: {g['question']}",
                f"- answer: {' '.join(a['answer'].split())}",
                f"- expected: {g['answer']}",
                f"- problem: {'; '.join(why)}",
                "",
            ]
    return "\n".join(parts) + "\n"


def _failed(q: dict[str, Any]) -> bool:
    s, g = q["scores"], q["gold"]
    return bool(
        s["wrong"]
        or (g["answerable"] and (s["refused"] or s["missing_facts"] or s["hit_at_5"] == 0.0))
        or (not g["answerable"] and not s["refused"])
    )


def plot(aggregates: dict[str, dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(aggregates)
    metrics = [m for m in RATES if any(aggregates[n].get(m) is not None for n in names)]
    fig, ax = plt.subplots(figsize=(11, 4.5))
    width = 0.8 / max(1, len(names))
    for i, name in enumerate(names):
        values = [aggregates[name].get(m) or 0.0 for m in metrics]
        xs = [x + i * width for x in range(len(metrics))]
        ax.bar(xs, values, width, label=name)
    ax.set_xticks([x + width * (len(names) - 1) / 2 for x in range(len(metrics))])
    ax.set_xticklabels(metrics, rotation=35, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_title("pesco-qa evaluation")
    ax.legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def compare(a: Path, b: Path, out: Path) -> str:
    """A side-by-side table of two results.json files (their first runs), and a chart."""
    runs = {}
    for path in (a, b):
        data = json.loads(path.read_text(encoding="utf-8"))
        name, run = next(iter(data["runs"].items()))
        runs[f"{path.parent.name}/{path.name}:{name}"] = run["aggregate"]
    (first, x), (second, y) = runs.items()
    lines = ["| metric | " + first + " | " + second + " | change |", "|---|---|---|---|"]
    for m in x:
        if x.get(m) is None or y.get(m) is None:
            verdict = ""
        elif y[m] == x[m]:
            verdict = "same"
        elif m in HIGHER_IS_BETTER:
            verdict = "better" if y[m] > x[m] else "worse"
        elif m in LOWER_IS_BETTER:
            verdict = "better" if y[m] < x[m] else "worse"
        else:
            verdict = "changed"
        lines.append(f"| {m} | {fmt(x.get(m))} | {fmt(y.get(m))} | {verdict} |")
    text = "\n".join(lines) + "\n"
    out.mkdir(parents=True, exist_ok=True)
    (out / "compare.md").write_text(text)
    plot(runs, out / "compare.png")
    return text
