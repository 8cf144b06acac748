# incidex — top-level entry points. Everything a new Debian 12 machine needs is installed here.
#   make demo    install what is missing, build (Release), ingest examples/, print the incidents
#   make test    install what is missing, build, run every test (CTest + GoogleTest)
#   make bench   build and run the benchmarks (needs ../shared/data for the corpus figures)
#   make debug   build with sanitizers into build-debug/

BUILD      ?= build
BUILD_TYPE ?= Release
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DB         ?= incidex.db

# Debian packages the build needs; see README.md "Dependencies" for why each is there.
APT_PACKAGES := g++ cmake ninja-build pkg-config \
  libgumbo-dev libicu-dev libsqlite3-dev zlib1g-dev libre2-dev libsimdjson-dev \
  nlohmann-json3-dev libcli11-dev libfmt-dev libspdlog-dev libhowardhinnant-date-dev \
  libcpp-httplib-dev libgtest-dev libgmock-dev libbenchmark-dev libphonenumber-dev

.PHONY: all deps build demo test bench debug clean distclean

all: build

deps: .stamp-apt node_modules/.package-lock.json

# node and npm count as present when the commands are (they may come from outside Debian's packages).
.stamp-apt: Makefile
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done; \
	  command -v node >/dev/null || echo nodejs; command -v npm >/dev/null || echo npm); \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@touch $@

node_modules/.package-lock.json: package.json package-lock.json .stamp-apt
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(BUILD)/build.ninja: CMakeLists.txt .stamp-apt node_modules/.package-lock.json
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	./$(BUILD)/incidex ingest --db $(DB) examples/
	./$(BUILD)/incidex query --db $(DB)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	./$(BUILD)/incidex-bench --benchmark_min_time=0.2
	./tools/bench-corpus.sh $(BUILD)

debug: deps
	cmake -S . -B build-debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DINCIDEX_SANITIZE=ON
	cmake --build build-debug -j $(JOBS)

clean:
	rm -rf $(BUILD) build-debug

distclean: clean
	rm -rf node_modules .stamp-apt
