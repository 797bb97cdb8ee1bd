// Renders the benchmark's raw figures as docs/BENCHMARKS.md.
#pragma once

#include <string>

namespace bench {

// Reads RESULTS ("CORPUS\tENGINE\tMETRIC\tVALUE", one line per run) and
// writes the Markdown report to stdout; returns the exit status.
int report(const std::string& results, const std::string& command, const std::string& machine,
           const std::string& runs);

}  // namespace bench
