// Helpers shared by the tests: temporary folders, the shared data location, running the incidex binary.
#pragma once
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "analyse/analyser.h"
#include "extract/extractor.h"

namespace incidex::testing {

// A fresh temporary folder, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name, const std::string& contents) const;  // writes, returns full path
  std::string gz(const std::string& name, const std::string& contents) const;    // gzip-compressed
 private:
  std::filesystem::path path_;
};

// ../shared/data/<rel>, or "" when the shared data is absent (tests then skip, saying so).
std::string shared(const std::string& rel);
#define INCIDEX_NEED_SHARED(path)                                                   \
  if ((path).empty()) GTEST_SKIP() << "../shared/data not found: skipping (needs the project's shared data)"

struct Run {
  int status;
  std::string out, err;
};
// One Analyser for every test that needs one (it loads the gazetteer and the name model once), and a
// text analysed as a document of its own.
const Analyser& analyser();
Analysis analyse(const std::string& text);
// The texts of a list of victims, perpetrators, groups, targets ...
template <typename List>
std::set<std::string> texts(const List& list) {
  std::set<std::string> out;
  for (auto& x : list) out.insert(x.text);
  return out;
}
// A text as the JSON-lines document "case", published on `published` ("" for none), with `title` and `url`.
RawDocument case_document(const std::string& text, const std::string& published = "2016-10-17",
                          const std::string& title = "", const std::string& url = "");
// case_document(text, published, title), cleaned and run through the extractor `x` (tracing what its
// trained parts saw into `trace` when given).
std::vector<Mention> extract_with(const Extractor& x, const std::string& text, Extractor::Trace* trace = nullptr,
                                  const std::string& published = "2016-10-17", const std::string& title = "");
// A chooser (extract/when.h, extract/where.h) trained to take candidate `truth` of one article's candidates
// as the extractor traced them (Trace::dates or Trace::places): `copies` copies of that one example,
// `epochs` passes.
template <typename Chooser, typename Traced>
Chooser chooser_for(const std::vector<Traced>& traced, std::size_t truth, std::size_t copies, int epochs,
                    const std::string& description) {
  typename Chooser::Example ex;
  for (const auto& c : traced) ex.cands.push_back(c.feats);
  ex.truth = truth;
  Chooser chooser;
  chooser.train(std::vector<typename Chooser::Example>(copies, ex), epochs, description);
  return chooser;
}

// Runs the incidex binary with arguments (shell-quoted by the caller) and captures its output.
Run run_incidex(const std::string& args, const std::string& stdin_file = "");

}  // namespace incidex::testing
