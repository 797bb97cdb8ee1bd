#include "common/cli_guard.h"

#include <xapian.h>

#include <ostream>

namespace hemeroteca {
namespace {

int report(std::string_view program, std::ostream& err, ExitCode code, std::string_view message,
           std::string_view hint) {
  err << program << ": error: " << message << '\n';
  if (!hint.empty()) err << program << ": hint: " << hint << '\n';
  return static_cast<int>(code);
}

}  // namespace

int report_usage_error(std::string_view program, std::ostream& err, std::string_view message) {
  return report(program, err, ExitCode::kUsage, message,
                "run " + std::string(program) + " --help for the options");
}

int run_guarded(std::string_view program, std::ostream& err, const std::function<int()>& body) {
  try {
    return body();
  } catch (const Error& e) {
    return report(program, err, e.code(), e.what(), e.hint());
  } catch (const Xapian::DatabaseLockError& e) {
    return report(program, err, ExitCode::kIndexLocked, e.get_description(),
                  "another hemeroteca-index is writing this index; wait for it to finish");
  } catch (const Xapian::DatabaseOpeningError& e) {
    return report(program, err, ExitCode::kIndexUnavailable, e.get_description(),
                  "build the index first with: hemeroteca-index --db PATH CORPUS_DIR");
  } catch (const Xapian::DatabaseCorruptError& e) {
    return report(program, err, ExitCode::kIndexUnavailable, e.get_description(),
                  "rebuild the index with: hemeroteca-index --rebuild");
  } catch (const Xapian::Error& e) {
    return report(program, err, ExitCode::kInternal, e.get_description(), {});
  } catch (const std::bad_alloc&) {
    return report(program, err, ExitCode::kInternal, "out of memory", {});
  } catch (const std::exception& e) {
    return report(program, err, ExitCode::kInternal, e.what(), {});
  }
}

}  // namespace hemeroteca
