// libyaml (pyyaml's and Yams' C core), used directly: its document API is all the
// content files need, and it brings no Foundation and no ICU data into the binary.
#ifndef WEGWIJS_YAML_SHIM_H
#define WEGWIJS_YAML_SHIM_H
#include <yaml.h>
#endif
