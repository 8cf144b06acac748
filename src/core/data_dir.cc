#include "core/data_dir.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <set>
#include <stdexcept>
#include <vector>

namespace fs = std::filesystem;

namespace incidex {

[[maybe_unused]] static bool same_bytes(const fs::path& a, const fs::path& b) {
  std::ifstream x(a, std::ios::binary), y(b, std::ios::binary);
  return std::equal(std::istreambuf_iterator<char>(x), std::istreambuf_iterator<char>(),
                    std::istreambuf_iterator<char>(y), std::istreambuf_iterator<char>());
}

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
  for (std::size_t k = 0; k < dirs.size(); ++k) {
    fs::path p = fs::path(dirs[k]) / name;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) {
      tried += "\n  " + p.string();
      continue;
    }
#ifdef INCIDEX_SOURCE_DIR
    // The build's own data folder is searched before the project's (it holds the generated gazetteer); a
    // copy of a project file left there would silently stand in for the one in data/: said once per file
    // (not for INCIDEX_DATA, which is meant to override).
    const bool from_env = k == 0 && std::getenv("INCIDEX_DATA") && *std::getenv("INCIDEX_DATA");
    fs::path project = fs::path(INCIDEX_SOURCE_DIR) / "data" / name;
    if (!from_env && fs::is_regular_file(project, ec) && !fs::equivalent(p, project, ec) && !same_bytes(p, project)) {
      static std::mutex m;
      static std::set<std::string> told;
      std::lock_guard<std::mutex> lock(m);
      if (told.insert(name).second)
        std::cerr << "incidex: warning: " << p.string() << " stands in for " << project.lexically_normal().string()
                  << ", which differs from it\n";
    }
#endif
    return p.lexically_normal().string();
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
