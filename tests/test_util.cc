#include "test_util.h"

#include "clean/cleaner.h"

#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <random>
#include <sstream>

namespace incidex::testing {

const Analyser& analyser() {
  static const Analyser a;
  return a;
}

Analysis analyse(const std::string& text) {
  Document d;
  d.id = "case";
  d.text = text;
  return analyser().analyse(d);
}

RawDocument case_document(const std::string& text, const std::string& published, const std::string& title,
                          const std::string& url) {
  RawDocument raw;
  raw.id = "case";
  raw.format = "jsonl";
  raw.title = title;
  raw.body = text;
  raw.published = published;
  raw.url = url;
  return raw;
}

std::vector<Mention> extract_with(const Extractor& x, const std::string& text, Extractor::Trace* trace,
                                  const std::string& published, const std::string& title) {
  Document d = Cleaner().clean(case_document(text, published, title));
  return x.extract(d, analyser().analyse(d), trace);
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() / ("incidex-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::file(const std::string& name, const std::string& contents) const {
  auto p = path_ / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << contents;
  return p.string();
}

std::string TempDir::gz(const std::string& name, const std::string& contents) const {
  auto p = path_ / name;
  std::filesystem::create_directories(p.parent_path());
  gzFile f = gzopen(p.c_str(), "wb");
  gzwrite(f, contents.data(), static_cast<unsigned>(contents.size()));
  gzclose(f);
  return p.string();
}

std::string shared(const std::string& rel) {
  std::filesystem::path p = std::filesystem::path(INCIDEX_SHARED_DIR) / rel;
  return std::filesystem::exists(p) ? p.lexically_normal().string() : std::string();
}

static std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Run run_incidex(const std::string& args, const std::string& stdin_file) {
  TempDir tmp;
  std::string out = (tmp.path() / "out").string(), err = (tmp.path() / "err").string();
  std::string cmd = std::string(INCIDEX_BIN) + " " + args + " >" + out + " 2>" + err;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int rc = std::system(cmd.c_str());
  return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, slurp(out), slurp(err)};
}

}  // namespace incidex::testing
