# The two README commands, `make run` and `make test`, and their helpers.
PRESET ?= default
BUILD_DIR := build/$(PRESET)
EXAMPLE ?= resources/examples/offline-probe.json

.PHONY: all deps configure build run test format format-check package fuzz clean

all: build

deps:
	bash packaging/install-deps.sh

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/bin/spool $(EXAMPLE)

# ctest runs every suite, the clang-format check and the packaging metadata checks.
test: build
	ctest --preset $(PRESET) -j 2

SOURCES = $(shell find app engine widgets tests -name '*.cpp' -o -name '*.h')

format:
	clang-format -i $(SOURCES)

format-check:
	clang-format --dry-run --Werror $(SOURCES)

package: build
	cd $(BUILD_DIR) && cpack

fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz

clean:
	rm -rf build
