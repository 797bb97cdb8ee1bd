// Running a program as a test would from a shell: arguments, environment,
// standard input; its output and exit status captured.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace hemeroteca::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  std::string out;
  std::string err;
};

struct ProcessOptions {
  std::string stdin_data;
  std::map<std::string, std::string> env;  // added to (or replacing) ours
  std::vector<std::string> unset_env;
  double timeout_seconds = 120;
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

}  // namespace hemeroteca::testing
