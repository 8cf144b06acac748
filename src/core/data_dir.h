// Where incidex finds its data files (lexicons in data/, the gazetteer built into <build>/data/).
// Search order: $INCIDEX_DATA, <executable dir>/data, <executable dir>/../data, the source tree's data/.
#pragma once
#include <string>

namespace incidex {
// Full path of data file `name` ("triggers.tsv", "gazetteer.tsv"); throws std::runtime_error naming the
// places searched if it is nowhere.
std::string data_file(const std::string& name);
}  // namespace incidex
