#include "core/data_dir.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace fs = std::filesystem;

namespace incidex {

static std::string exe_dir() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.parent_path().string();
}

std::string data_file(const std::string& name) {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("INCIDEX_DATA"); env && *env) dirs.emplace_back(env);
  if (auto e = exe_dir(); !e.empty()) {
    dirs.push_back(e + "/data");
    dirs.push_back(e + "/../data");
    dirs.push_back(e + "/../share/incidex");
  }
#ifdef INCIDEX_SOURCE_DIR
  dirs.push_back(std::string(INCIDEX_SOURCE_DIR) + "/data");
#endif
#ifdef INCIDEX_BINARY_DIR
  dirs.push_back(std::string(INCIDEX_BINARY_DIR) + "/data");
#endif
  std::string tried;
  for (auto& d : dirs) {
    fs::path p = fs::path(d) / name;
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p.lexically_normal().string();
    tried += "\n  " + p.string();
  }
  throw std::runtime_error("data file '" + name + "' not found; looked in:" + tried +
                           "\n(set INCIDEX_DATA to the folder holding it)");
}

std::unordered_set<std::string> data_words_for(const std::string& name, const std::string& use) {
  std::unordered_set<std::string> out;
  for (auto& row : read_data_rows(name)) {
    if (row.size() < 2) continue;
    std::string uses = "," + row[1] + ",";
    if (uses.find("," + use + ",") != std::string::npos) out.insert(row[0]);
  }
  return out;
}

std::vector<std::vector<std::string>> read_data_rows(const std::string& name) {
  std::string path = data_file(name);
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::size_t s = 0;
    while (s <= line.size()) {
      std::size_t tab = line.find('\t', s);
      if (tab == std::string::npos) tab = line.size();
      cols.push_back(line.substr(s, tab - s));
      s = tab + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace incidex
