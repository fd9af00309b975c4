# Set-up is part of every target: a fresh clone needs only `make demo` or `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo watch-demo test bench

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/dyadwatch ingest src/dyadwatch/samples --db dyadwatch.duckdb --workers 1
	$(VENV)/bin/dyadwatch events --db dyadwatch.duckdb

# The bundled samples served as an RSS feed on 127.0.0.1 (no internet needed), watched for one round.
watch-demo: $(VENV)/.installed
	rm -f watch-demo.duckdb
	$(PY) -m dyadwatch.samples.serve watch-demo-feeds.txt -- \
		$(VENV)/bin/dyadwatch watch watch-demo-feeds.txt --once --db watch-demo.duckdb --delay 0
	$(VENV)/bin/dyadwatch events --db watch-demo.duckdb

test: $(VENV)/.installed
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	$(PY) benchmarks/plover_eval.py
	$(PY) benchmarks/news_eval.py
	$(PY) benchmarks/ingest_bench.py
	$(PY) benchmarks/dask_bench.py
	$(PY) benchmarks/pages_eval.py
	$(PY) benchmarks/serve_bench.py
	$(PY) benchmarks/location_eval.py --triggers
	$(PY) benchmarks/places_bench.py
