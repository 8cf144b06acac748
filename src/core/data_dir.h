// Where incidex finds its data files (lexicons in data/, the gazetteer built into <build>/data/).
// Search order: $INCIDEX_DATA, <executable dir>/data, <executable dir>/../data, the source tree's data/.
// A file found before the source tree's data/ that differs from the one there (a copy left in <build>/data)
// is said on standard error once, unless $INCIDEX_DATA, which is meant to override, holds it.
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

namespace incidex {
// Full path of data file `name` ("triggers.tsv", "gazetteer.tsv"); throws std::runtime_error naming the
// places searched if it is nowhere.
std::string data_file(const std::string& name);
// The rows of a data file: one per line, split on tabs; blank lines and lines starting with '#' are
// skipped. Throws std::runtime_error if the file is missing or unreadable.
std::vector<std::vector<std::string>> read_data_rows(const std::string& name);
// The words (first column) of a data file whose second column, a comma-separated list, names `use`
// ("person_titles.tsv", "official").
std::unordered_set<std::string> data_words_for(const std::string& name, const std::string& use);
}  // namespace incidex
