# Thin wrapper for newcomers. `make run` and `make test` are all you need on a
# fresh Debian 12 machine; everything else is CMake (see README.md).
PRESET    ?= dev
BUILD_DIR ?= build
DEMO_VAULT = $(BUILD_DIR)/demo-vault
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build test run bench screenshots translations package clean

all: build

deps:
	@$(SUDO) packaging/install-build-deps.sh

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET)

test: build
	ctest --preset $(PRESET)

# Opens Vigil on a fresh demo vault (fictional data); the passphrase is printed.
# Without a display, runs the command-line demo instead.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -x $(BUILD_DIR)/app/vigil ]; then \
	    $(BUILD_DIR)/app/vigil-cli --vault $(DEMO_VAULT) demo --force && \
	    echo "Opening Vigil on the demo vault; unlock it with the passphrase above." && \
	    $(BUILD_DIR)/app/vigil --vault $(DEMO_VAULT); \
	else \
	    echo "No display found: running the command-line demo (vigil-cli demo) instead."; \
	    $(BUILD_DIR)/app/vigil-cli --vault $(DEMO_VAULT) demo --force; \
	fi

bench: build
	cmake --build --preset $(PRESET) --target bench

screenshots: build
	cmake --build --preset $(PRESET) --target screenshots

translations: configure
	python3 translations/extract_template_strings.py
	cmake --build --preset $(PRESET) --target update_translations
	python3 translations/fill_english_plurals.py translations/vigil_en.ts

# The Debian package, from a Release build (preset "release", no tests):
# build-release/packages/vigil_<version>_<arch>.deb. See packaging/README.md.
package: deps
	cmake --preset release -DVIGIL_BUILD_TESTS=OFF
	cmake --build --preset release --target package

clean:
	rm -rf $(BUILD_DIR)
