// The entry points every fuzz target defines (libFuzzer's), and the
// regression runner (regression_main.cc) calls when the targets are built
// without libFuzzer: then each kept input runs as a test.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
