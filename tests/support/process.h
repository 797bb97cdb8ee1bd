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
  // When running as root, run the program as the user "nobody" (65534):
  // root reads every file, so a test of unreadable files needs another user.
  bool as_nobody = false;
  // BackgroundProcess only: standard input from this file (a named pipe the
  // test writes to) and standard output into this file, instead of
  // /dev/null.
  std::string stdin_path;
  std::string stdout_path;
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// A program left running while the test goes on (its output discarded).
class BackgroundProcess {
 public:
  explicit BackgroundProcess(const std::vector<std::string>& argv,
                             const ProcessOptions& options = {});
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  void kill(int signal);
  // Waits for the end; returns the exit code, or -1 when killed by a signal.
  int wait();
  bool running();
  int pid() const { return pid_; }

 private:
  int pid_ = -1;
  int status_ = 0;
  bool done_ = false;
};

// True when the tests run as root.
bool running_as_root();

}  // namespace hemeroteca::testing
