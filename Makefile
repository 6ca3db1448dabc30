# Wegwijs. `make run` and `make test` do all set-up on a fresh Debian or Ubuntu
# machine with the Swift toolchain: they install missing Debian packages first.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench fuzz check install uninstall deps clean screenshots

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Static Swift runtime: no dynamic linking of the Swift and Foundation libraries at
# start, which cut start-up by a sixth and peak memory by 5 MB (see README, Performance).
# --strip-debug: the static libraries' DWARF (6 MB) goes; the symbols stay, so a crash's
# backtrace still names its functions (issue 10: binary under 30 MB).
RELEASE_FLAGS = -c release --static-swift-stdlib -Xlinker --strip-debug

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

# Coverage-guided fuzzing with libFuzzer (from the Swift toolchain) of the PO, topic
# and YAML parsers, the snapshot decoder, text layout and the search normaliser,
# FUZZ_SECONDS each. Instrumented build in its own folder; the corpus grows in
# .build/fuzz-corpus and starts from the shipped content. A crash is saved in
# .build/fuzz-crashes; `WEGWIJS_FUZZ_TARGET=po .build/debug/wegwijs-fuzz FILE` replays
# it in an ordinary build. (SWIFT_BACKTRACE off: Swift's backtracer would otherwise
# end the process before libFuzzer saves the input.)
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= po topic config snapshot text normalize
FUZZ_RUNTIME = $(firstword $(wildcard $(dir $(shell readlink -f $$(command -v $(SWIFT))))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-$(shell uname -m).a))
FUZZ_FLAGS = --scratch-path .build/fuzz -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link \
	-Xlinker --whole-archive -Xlinker $(FUZZ_RUNTIME) -Xlinker --no-whole-archive -Xlinker -lstdc++ -Xlinker -lm

fuzz: deps
	@test -n "$(FUZZ_RUNTIME)" || { echo "make fuzz: libclang_rt.fuzzer_no_main not found in the Swift toolchain"; exit 1; }
	$(SWIFT) build $(FUZZ_FLAGS) --product wegwijs-fuzz
	@for target in $(FUZZ_TARGETS); do \
	  echo "== fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  mkdir -p .build/fuzz-crashes; \
	  SWIFT_BACKTRACE=enable=no WEGWIJS_FUZZ_TARGET=$$target WEGWIJS_FUZZ_SEED=$(CURDIR) .build/fuzz/debug/wegwijs-fuzz \
	    -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -max_len=65536 \
	    -artifact_prefix=.build/fuzz-crashes/$$target- .build/fuzz-corpus/$$target 2>&1 \
	    | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|.*Fatal error|.*crash-)"; \
	  status=$${PIPESTATUS[0]}; test $$status -eq 0 || exit 1; \
	done

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
