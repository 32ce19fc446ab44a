# The README's two commands: `make demo` and `make test`. Each installs missing
# Debian packages, builds with CMake, then shows the demo or runs every test.
# `make bench` measures a Release build against sqlite3, networkx and igraph.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= 2
BENCH_RUNS ?= 5
FUZZ_SECONDS ?= 60
MAKEFLAGS += --no-print-directory
BIN = $(BUILD)/allegraph
DEMO_DB = $(BUILD)/demo.db

.PHONY: all deps build test test-asan demo bench fuzz eval clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DALLEGRAPH_SANITIZE=ON >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	cd $(BUILD)-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) --db $(DEMO_DB) import data/weinstein-2017.json --text-root ../shared/seeds
	$(BIN) --db $(DEMO_DB) timeline "Harvey Weinstein" --from 2017-10-01
	$(BIN) --db $(DEMO_DB) export graphml -o $(BUILD)/weinstein-2017.graphml
	@echo
	@echo "Demo database: $(DEMO_DB)   GraphML: $(BUILD)/weinstein-2017.graphml (Gephi, yEd, Cytoscape)"
	@echo "try: $(BIN) --db $(DEMO_DB) entity AMPAS"

# The article importer scored on the annotated real articles in ../shared/corpus/articles:
# precision and recall per category, loose and strict (the corpus README's matching rule).
eval: build
	/usr/bin/python3 scripts/eval_articles.py --bin $(BIN) --corpus ../shared/corpus/articles $(if $(DETAILS),--details)

# libFuzzer targets (clang, ASan and UBSan) for the JSON, JSON Lines, CSV and article
# importers, the date parser and the redactor, FUZZ_SECONDS each, from the seeds in tests/fuzz/corpus.
fuzz:
	@scripts/install-deps.sh fuzz
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz -DALLEGRAPH_FUZZ=ON -DBUILD_TESTING=OFF \
		-DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	scripts/fuzz.sh build-fuzz $(FUZZ_SECONDS)

# The benchmark (bench/run.py) on a Release build of its own: writes bench/RESULTS.md.
bench: deps
	@cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build-bench -j $(JOBS)
	/usr/bin/python3 bench/run.py --bin build-bench/allegraph --generator build-bench/bench/allegraph-generate --work build-bench/work --runs $(BENCH_RUNS)

clean:
	rm -rf $(BUILD) $(BUILD)-asan build-bench build-fuzz
