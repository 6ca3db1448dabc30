# Wegwijs. `make run` and `make test` do all set-up on a fresh Debian or Ubuntu
# machine with the Swift toolchain: they install missing Debian packages first.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench check install uninstall deps clean screenshots

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Static Swift runtime: no dynamic linking of the Swift and Foundation libraries at
# start, which cut start-up by a sixth and peak memory by 5 MB (see README, Performance).
RELEASE_FLAGS = -c release --static-swift-stdlib

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product wegwijs

# The terminal UI on the bundled content. Pass options with ARGS="--lang ar".
run: release
	.build/release/wegwijs $(ARGS)

# Every test: unit, golden frames, content checks and end-to-end runs in tmux.
test: deps
	$(SWIFT) build --build-tests
	@# XCTest only (there are no Swift Testing tests; its "0 tests" line would end the
	@# log), then XCTest's total as the plain closing line "N passed, N failed".
	$(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .build/test.log; status=$${PIPESTATUS[0]}; \
	  scripts/test-summary.sh .build/test.log; exit $$status

check: build
	.build/debug/wegwijs check --coverage

# Start-up time, key-press time, memory and text layout figures (release build).
bench: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product wegwijs
	$(SWIFT) build $(RELEASE_FLAGS) --product wegwijs-bench
	.build/release/wegwijs-bench --binary .build/release/wegwijs

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/wegwijs
	install -m 755 .build/release/wegwijs $(DESTDIR)$(PREFIX)/bin/wegwijs
	rm -rf $(DESTDIR)$(PREFIX)/share/wegwijs/Content $(DESTDIR)$(PREFIX)/share/wegwijs/Translations $(DESTDIR)$(PREFIX)/share/wegwijs/deploy
	cp -R Content Translations deploy $(DESTDIR)$(PREFIX)/share/wegwijs/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/wegwijs
	rm -rf $(DESTDIR)$(PREFIX)/share/wegwijs

clean:
	rm -rf .build
