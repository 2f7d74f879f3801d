# One task runner. `make run` and `make test` each do all set-up first.
Q ?= Which member states stay out of PESCO?
VENV := .venv/bin

.PHONY: setup run ask chat index test lint bench clean

setup:
	@bash scripts/setup.sh

run: setup  ## build the index if needed, then answer $(Q) with citations
	@$(VENV)/qa ask "$(Q)"

chat: setup
	@$(VENV)/qa chat

index: setup
	@$(VENV)/qa index

test: setup  ## every test, with the real models
	@$(VENV)/python -m pytest -q

lint: setup
	@$(VENV)/ruff check . && $(VENV)/ruff format --check . && $(VENV)/mypy

bench: setup  ## speed and memory figures (printed, not asserted)
	@$(VENV)/python scripts/bench.py

clean:
	rm -rf .index results test-artifacts .pytest_cache .mypy_cache .ruff_cache
