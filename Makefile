# One task runner. Every target sets up what it needs: a fresh clone runs `make run` or `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations system-check clean

$(STAMP): pyproject.toml setup.py
	@scripts/check-system.sh "$(PYTHON)"
	"$(PYTHON)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/pmdesk

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports

test: lint
	@scripts/check-system.sh "$(PYTHON)" --test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Every Python source that may hold user-visible strings, named one by one for lupdate.
TS_SOURCES = $(sort $(shell git ls-files 'src/pmdesk/*.py'))

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(TS_SOURCES) -target-language fr_CA -ts translations/pmdesk_fr.ts
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly $(TS_SOURCES) \
		-target-language en_CA -ts translations/pmdesk_en.ts
	$(BIN)/pip install --quiet --no-deps -e .  # recompile the catalogues into the package

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

system-check:
	@scripts/check-system.sh "$(PYTHON)"

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis
