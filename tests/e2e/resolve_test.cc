// Resolution on the gun-violence dev data, through the real pipeline and real SQLite files: ingesting the
// articles in two batches gives the same incidents as one batch, and every incident id of the first batch
// still leads to an incident afterwards (kept, or recorded as an alias of the one it merged into).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "pipeline/pipeline.h"
#include "store/store.h"
#include "test_util.h"

using namespace incidex;
using namespace incidex::testing;

namespace {

// Each incident as its main documents plus the chosen values, comparable across databases.
std::set<std::string> incidents_of(const Store& s) {
  std::set<std::string> out;
  for (auto& inc : s.incidents()) {
    std::vector<std::string> docs = inc.documents;
    std::sort(docs.begin(), docs.end());
    std::string key;
    for (auto& d : docs) key += d + ",";
    const Mention& m = inc.record;
    key += "|" + m.type + "|" + m.date.iso() + "|" + (m.location ? m.location->name : "") + "|" +
           (m.killed.value ? std::to_string(*m.killed.value) : "-") + "|" + (m.wounded.value ? std::to_string(*m.wounded.value) : "-");
    out.insert(key);
  }
  return out;
}

}  // namespace

TEST(Resolve, TwoBatchesGiveTheIncidentsOfOneAndKeepTheirIds) {
  std::string articles = shared("data/gva-news/articles.jsonl");
  INCIDEX_NEED_SHARED(articles);
  TempDir t;
  // Two batches: every other line, so most multi-article incidents are split across them.
  std::ifstream in(articles);
  std::string line, first, second;
  for (int i = 0; std::getline(in, line); ++i) (i % 2 ? second : first) += line + "\n";
  auto a = t.file("first.jsonl", first), b = t.file("second.jsonl", second), all = t.file("all.jsonl", first + second);
  Pipeline p;
  IngestOptions o;
  o.verbose_issues = false;
  Store one((t.path() / "one.db").string());
  ingest(p, one, {all}, o);
  Store two((t.path() / "two.db").string());
  ingest(p, two, {a}, o);
  std::vector<std::string> first_ids;
  for (auto& inc : two.incidents()) first_ids.push_back(inc.id);
  auto summary = ingest(p, two, {b}, o);
  EXPECT_GT(summary.resolve.merged, 0u) << "articles of the second batch join incidents of the first";

  auto x = incidents_of(one), y = incidents_of(two);
  EXPECT_GT(x.size(), 1000u);
  EXPECT_EQ(x, y);
  std::size_t lost = 0;
  for (auto& id : first_ids) lost += !two.incident(id);
  EXPECT_EQ(lost, 0u) << "every id of the first batch leads to an incident";
}
