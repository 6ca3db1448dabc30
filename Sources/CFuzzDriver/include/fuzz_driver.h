#ifndef WEGWIJS_FUZZ_DRIVER_H
#define WEGWIJS_FUZZ_DRIVER_H
#include <stdint.h>
#include <stddef.h>

/// libFuzzer's entry point for programs that have their own main (libFuzzer's
/// "no_main" runtime). `make fuzz` links that runtime in; in every other build the
/// weak replay below stands in for it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
