# The README's two commands: `make demo` and `make test`. Each installs missing
# Debian packages, builds with CMake, then shows the demo or runs every test.
# `make bench` measures a Release build, on SQLite and PostgreSQL, against their bulk loads, networkx and igraph.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= 2
BENCH_RUNS ?= 5
FUZZ_SECONDS ?= 60
MAKEFLAGS += --no-print-directory
BIN = $(BUILD)/allegraph
DEMO_DB = $(BUILD)/demo.db
# `make demo-server`: a local PostgreSQL cluster (tests/pg_cluster.py) with the database newsroom.
# The addresses are read from the url file the cluster writes, once it runs.
DEMO_SERVER = $(BUILD)/demo-server
SERVER_URL = $(shell cat $(DEMO_SERVER)/url 2>/dev/null)
NEWSROOM_ADMIN = $(subst @/postgres?,@/newsroom?,$(SERVER_URL))
DESK_EDITOR = $(subst allegraph_admin@,desk_editor@,$(NEWSROOM_ADMIN))
DESK_REPORTER = $(subst allegraph_admin@,desk_reporter@,$(NEWSROOM_ADMIN))
# `make bench`: the throw-away PostgreSQL cluster it measures the PostgreSQL engine on.
BENCH_PG = build-bench/pg

.PHONY: all deps build test test-asan demo demo-server demo-server-stop demo-server-newsroom bench fuzz eval clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (on PostgreSQL,
# the shared-store tests; the rest of the PostgreSQL runs are `make test`'s). Its sources are compiled
# sixteen to a unit (CMAKE_UNITY_BUILD): a cold build in 138 s instead of 383 s on two cores, for CI's time.
test-asan: deps
	@cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DALLEGRAPH_SANITIZE=ON -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	cd $(BUILD)-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE pg_suite

demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) --db $(DEMO_DB) import data/weinstein-2017.json --text-root ../shared/seeds
	$(BIN) --db $(DEMO_DB) timeline "Harvey Weinstein" --from 2017-10-01
	$(BIN) --db $(DEMO_DB) export graphml -o $(BUILD)/weinstein-2017.graphml
	@echo
	@echo "Demo database: $(DEMO_DB)   GraphML: $(BUILD)/weinstein-2017.graphml (Gephi, yEd, Cytoscape)"
	@echo "try: $(BIN) --db $(DEMO_DB) entity AMPAS"

# The demo on a shared store: a PostgreSQL cluster in $(DEMO_SERVER) (unix socket only; as root the
# server runs as nobody), the database newsroom made again from nothing, an editor's and a
# reporter's login. Kept running until `make demo-server-stop`.
demo-server: build
	@/usr/bin/python3 tests/pg_cluster.py start $(DEMO_SERVER) --durable >/dev/null
	@$(MAKE) demo-server-newsroom

# The steps of demo-server once the cluster runs (a make of its own, so that the addresses are read
# from the cluster's url file). The server's notices ("does not exist, skipping") left out.
demo-server-newsroom: export PGOPTIONS = -c client_min_messages=warning
demo-server-newsroom:
	@test -n "$(SERVER_URL)" || { echo "no server in $(DEMO_SERVER): run make demo-server" >&2; exit 1; }
	psql "$(SERVER_URL)" -Xq -c 'DROP DATABASE IF EXISTS newsroom WITH (FORCE)' -c 'CREATE DATABASE newsroom'
	$(BIN) init "$(NEWSROOM_ADMIN)"
	psql "$(NEWSROOM_ADMIN)" -Xq -c 'DROP ROLE IF EXISTS desk_editor, desk_reporter' \
		-c 'CREATE ROLE desk_editor LOGIN IN ROLE allegraph_editor' -c 'CREATE ROLE desk_reporter LOGIN IN ROLE allegraph_reporter'
	$(BIN) --db "$(DESK_EDITOR)" import data/weinstein-2017.json --text-root ../shared/seeds
	$(BIN) --db "$(DESK_REPORTER)" timeline "Harvey Weinstein" --from 2017-10-01
	@echo
	@echo "A reporter's psql: the tables are refused, the redacted views name no private person."
	psql "$(DESK_REPORTER)" -X -c 'SELECT name FROM allegraph.entities' 2>&1 | grep 'permission denied'
	psql "$(DESK_REPORTER)" -X -c 'SELECT text_id, name FROM allegraph_redacted.entities WHERE public = 0'
	@echo
	@echo "editor:   $(BIN) --db \"$(DESK_EDITOR)\" ..."
	@echo "reporter: $(BIN) --db \"$(DESK_REPORTER)\" ..."
	@echo "stop the server (its data goes with it): make demo-server-stop"

demo-server-stop:
	/usr/bin/python3 tests/pg_cluster.py stop $(DEMO_SERVER)

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

# The benchmark (bench/run.py) on a Release build of its own, on SQLite and on a throw-away PostgreSQL
# cluster in $(BENCH_PG) (durable settings), which is stopped afterwards however the run ends: writes
# bench/RESULTS.md and bench/results.json.
bench: deps
	@cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build-bench -j $(JOBS)
	trap '/usr/bin/python3 tests/pg_cluster.py stop $(BENCH_PG)' EXIT; trap 'exit 130' INT TERM; \
	/usr/bin/python3 tests/pg_cluster.py start $(BENCH_PG) --durable >/dev/null && \
	/usr/bin/python3 bench/run.py --bin build-bench/allegraph --generator build-bench/bench/allegraph-generate \
	    --work build-bench/work --pg-url-file $(BENCH_PG)/url --runs $(BENCH_RUNS)

clean:
	@/usr/bin/python3 tests/pg_cluster.py stop $(DEMO_SERVER)
	@/usr/bin/python3 tests/pg_cluster.py stop $(BENCH_PG)
	rm -rf $(BUILD) $(BUILD)-asan build-bench build-fuzz
