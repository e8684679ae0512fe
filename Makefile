# accrue: the targets you and CI both run. `make demo` and `make test` work on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_HOME ?= .accrue-demo

.PHONY: install demo test lint typecheck eval eval-claude examples clean bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip > /dev/null 2>&1 || true

$(STAMP): pyproject.toml Makefile | $(BIN)/python
	@echo "installing accrue and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install -e ".[dev,postgres]" > $(VENV)/install.log 2>&1 || { tail -30 $(VENV)/install.log; exit 1; }
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@rm -rf $(DEMO_HOME)
	@echo "== accrue demo: three signed order forms, embedded extractor, local books (data in $(DEMO_HOME)/) =="
	@for ex in initech globex acme; do \
		echo; echo "== examples/$$ex =="; \
		ACCRUE_HOME=$(DEMO_HOME) $(BIN)/accrue run examples/$$ex/order-form.pdf --deal examples/$$ex/deal.json || exit $$?; \
	done
	@echo; echo "== what is waiting for a person =="
	@ACCRUE_HOME=$(DEMO_HOME) $(BIN)/accrue pending
	@ACCRUE_HOME=$(DEMO_HOME) $(BIN)/accrue pending --json | $(BIN)/python -c "import json,sys; \
	  runs = json.load(sys.stdin); \
	  [print('\nTo approve, in a new shell here, sign in as Dana Controller and approve:\n  export ACCRUE_TOKEN=\$$(ACCRUE_HOME=$(DEMO_HOME) $(BIN)/accrue people token \"Dana Controller\")\n  ACCRUE_HOME=$(DEMO_HOME) $(BIN)/accrue approve', r['run_id'], \
	         ' '.join(a['id'] for a in r['actions'] if a['needs_approval'] and a['status'] == 'proposed'), \
	         '--as \"Dana Controller\"\nthen:\n  ACCRUE_HOME=$(DEMO_HOME) $(BIN)/accrue books') for r in runs]"

lint: $(STAMP)
	$(BIN)/ruff check accrue evals tests examples
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy accrue

test: $(STAMP)
	$(BIN)/ruff check accrue evals tests examples
	$(BIN)/lint-imports
	$(BIN)/mypy accrue
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/accrue eval --gate --report evals/reports/latest.html

# Claude beside the embedded reader on the extraction corpus (and CUAD dev when ../shared/data is present);
# needs ANTHROPIC_API_KEY, records every response under evals/recordings/ (replay: --replay evals/recordings)
eval-claude: $(STAMP)
	$(BIN)/python evals/claude_compare.py --record evals/recordings

# Each figure beside its plain-Python floor, measured in one run (a few minutes; docs/performance.md).
bench: $(STAMP)
	$(BIN)/python evals/bench.py

examples: $(STAMP)
	$(BIN)/python examples/make_examples.py

clean:
	rm -rf $(VENV) .accrue $(DEMO_HOME) .pytest_cache .mypy_cache
