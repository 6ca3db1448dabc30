// Without libFuzzer (any build but `make fuzz`), wegwijs-fuzz replays inputs instead:
// every file named on the command line, and every file in a folder named there, is
// passed to the fuzz target once. That is how a crash file libFuzzer saved is checked
// after a fix, with an ordinary debug build and a debugger. libFuzzer's own
// LLVMFuzzerRunDriver, linked whole in `make fuzz`, overrides this weak one.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "fuzz_driver.h"

static int replay_file(const char *path, int (*callback)(const uint8_t *, size_t)) {
    FILE *file = fopen(path, "rb");
    if (!file) { fprintf(stderr, "wegwijs-fuzz: cannot read %s\n", path); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    uint8_t *data = malloc(size > 0 ? (size_t)size : 1);
    size_t got = data ? fread(data, 1, (size_t)(size > 0 ? size : 0), file) : 0;
    fclose(file);
    if (!data) return 1;
    callback(data, got);
    free(data);
    return 0;
}

__attribute__((weak)) int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) {
    int replayed = 0, failed = 0;
    for (int i = 1; i < *argc; i++) {
        const char *path = (*argv)[i];
        if (path[0] == '-') continue; // a libFuzzer option: meaningless here
        struct stat info;
        if (stat(path, &info) != 0) { fprintf(stderr, "wegwijs-fuzz: no such file %s\n", path); failed++; continue; }
        if (!S_ISDIR(info.st_mode)) { failed += replay_file(path, callback); replayed++; continue; }
        DIR *directory = opendir(path);
        if (!directory) { failed++; continue; }
        struct dirent *entry;
        while ((entry = readdir(directory)) != NULL) {
            if (entry->d_name[0] == '.') continue;
            char child[4096];
            snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
            failed += replay_file(child, callback);
            replayed++;
        }
        closedir(directory);
    }
    fprintf(stderr, "wegwijs-fuzz: replayed %d inputs without libFuzzer (make fuzz runs the fuzzer)\n", replayed);
    return failed ? 1 : 0;
}
