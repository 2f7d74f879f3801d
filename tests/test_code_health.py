"""The code's own hygiene: checks no linter makes for us."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_module_constant_is_defined_twice() -> None:
    """A module-level name assigned twice silently replaces the first (mypy does not see
    it): two rules written for different classes would share one word list."""
    clashes = []
    for path in sorted([*ROOT.glob("qa/*.py"), *ROOT.glob("index/*.py")]):
        seen: set[str] = set()
        for node in ast.parse(path.read_text()).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        clashes.append(f"{path.name}: {target.id}")
                    seen.add(target.id)
    assert not clashes, clashes
