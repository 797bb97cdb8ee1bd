// Charset detection and conversion: any bytes become clean UTF-8 text or a
// skip reason, never a crash.
#include <string>

#include "common/text_file.h"
#include "common/utf8.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hemeroteca::TextFile file =
      hemeroteca::decode_text(std::string(reinterpret_cast<const char*>(data), size));
  if (!file.ok()) return 0;
  if (!hemeroteca::utf8::is_valid(file.text)) __builtin_trap();
  if (file.text.find('\r') != std::string::npos) __builtin_trap();
  if (file.text.find('\0') != std::string::npos) __builtin_trap();
  return 0;
}
