# One task runner. `make run` and `make test` each do all set-up first.
Q ?= Which member states stay out of PESCO?
VENV := .venv/bin

.PHONY: setup run serve chat index test load soak lint bench clean

setup:
	@bash scripts/setup.sh

run: setup  ## build the index if needed, then answer $(Q) with citations
	@$(VENV)/qa ask "$(Q)"

serve: setup  ## the chat in the browser on http://127.0.0.1:7860
	@$(VENV)/python app.py

chat: setup
	@$(VENV)/qa chat

index: setup
	@$(VENV)/qa index

test:  ## every test, with the real models and a real browser
	@WITH_BROWSER=1 bash scripts/setup.sh
	@$(VENV)/python -m pytest -q

load: setup  ## 10 concurrent callers, 50 questions, against the app on 127.0.0.1
	@WITH_BROWSER=1 bash scripts/setup.sh
	@$(VENV)/python -m pytest -q -s -m load

soak: setup  ## 200 answers in one process; prints memory at start and end
	@$(VENV)/python scripts/soak.py --questions 200

lint: setup
	@$(VENV)/ruff check . && $(VENV)/ruff format --check . && $(VENV)/mypy

bench: setup  ## speed and memory figures (printed, not asserted)
	@$(VENV)/python scripts/bench.py

clean:
	rm -rf .index results test-artifacts .pytest_cache .mypy_cache .ruff_cache
