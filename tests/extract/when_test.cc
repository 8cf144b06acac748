// The date chooser: its features, its ranking model and model file, and what the extractor does with its say.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/data_dir.h"
#include "extract/extractor.h"
#include "extract/when.h"
#include "test_util.h"

using namespace incidex;

namespace {
using incidex::testing::analyser;
std::vector<Mention> extract(const Extractor& x, const std::string& text, Extractor::Trace* trace = nullptr) {
  return incidex::testing::extract_with(x, text, trace, "2016-10-17");  // a Monday
}
const Evidence* date_evidence(const Mention& m) {
  for (auto& e : m.evidence)
    if (e.field == "date") return &e;
  return nullptr;
}
// Shot on Saturday, died on Sunday, charged on Monday: the rules take the first day of the incident's sentences.
const std::string kStory =
    "A man was shot on Elm Street on Saturday night and died in hospital on Sunday. "
    "Police charged a neighbour on Monday. Two days later the neighbour was released.";
}  // namespace

TEST(DateChooser, TheTraceListsEveryDayNamedOnceWithTheRulesChoiceMarked) {
  Extractor x(analyser(), nullptr, nullptr, nullptr);
  Extractor::Trace trace;
  auto ms = extract(x, kStory, &trace);
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].date.iso(), "2016-10-15");
  std::vector<std::string> days;
  for (auto& d : trace.dates) days.push_back(d.date);
  EXPECT_EQ(days, (std::vector<std::string>{"2016-10-15", "2016-10-16", "2016-10-17"})) << "in the order first written; "
                                                                                          "\"two days later\" is no day";
  ASSERT_EQ(std::count_if(trace.dates.begin(), trace.dates.end(), [](auto& d) { return d.rules; }), 1);
  EXPECT_TRUE(trace.dates[0].rules);
  for (auto& d : trace.dates) {
    EXPECT_FALSE(d.feats.empty());
    EXPECT_TRUE(std::is_sorted(d.feats.begin(), d.feats.end()));
    for (auto f : d.feats) EXPECT_LT(f, DateChooser::kBuckets);
  }
  EXPECT_NE(trace.dates[0].feats, trace.dates[1].feats);
}

TEST(DateChooser, RankingModelLearnsWhichCandidateIsRightAndRoundTrips) {
  // the right candidate has feature 100, the others 200 or 300, in every position
  std::vector<DateChooser::Example> data;
  for (std::size_t i = 0; i < 30; ++i) {
    DateChooser::Example ex;
    ex.cands = {{7, 200}, {7, 300}};
    ex.truth = i % 3;
    ex.cands.insert(ex.cands.begin() + static_cast<long>(ex.truth), {7, 100});
    data.push_back(ex);
  }
  DateChooser c;
  c.train(data, 5, "toy");
  std::vector<std::uint32_t> right = {7, 100}, wrong = {7, 200};
  EXPECT_GT(c.score(right), c.score(wrong));
  incidex::testing::TempDir dir;
  std::string path = (dir.path() / "dates.model").string();
  c.save(path);
  DateChooser back(path);
  EXPECT_EQ(back.description(), "toy");
  EXPECT_GT(back.score(right), back.score(wrong));
  EXPECT_THROW(DateChooser wrong_kind(data_file("victims.model")), std::runtime_error);
}

TEST(DateChooser, ExtractorTakesTheChoosersDayAndSaysTheRulesTookAnother) {
  // a chooser trained on this very story to prefer the day he died
  Extractor rules(analyser(), nullptr, nullptr, nullptr);
  Extractor::Trace trace;
  extract(rules, kStory, &trace);
  ASSERT_EQ(trace.dates.size(), 3u);
  auto died = incidex::testing::chooser_for<DateChooser>(trace.dates, 1, 5, 5, "the day he died");
  Extractor x(analyser(), nullptr, nullptr, &died);
  auto ms = extract(x, kStory);
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].date.iso(), "2016-10-16");
  const Evidence* e = date_evidence(ms[0]);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text, "Sunday");
  EXPECT_NE(e->note.find("the date chooser's day; the rules took \"Saturday night\""), std::string::npos) << e->note;
  // caseless wire copy: the rules alone
  std::string wire = kStory;
  std::transform(wire.begin(), wire.end(), wire.begin(), [](unsigned char ch) { return std::toupper(ch); });
  auto w = extract(x, wire);
  ASSERT_FALSE(w.empty());
  EXPECT_EQ(w[0].date.iso(), "2016-10-15");
}

TEST(DateChooser, WhereTheRulesFindNoDayTheChooserStillChoosesAndSaysSo) {
  // the only day named is the day of an arrest, which the rules never take for the shooting's
  const std::string story = "A man was shot and killed on Elm Street, police said. Police arrested a neighbour on Sunday.";
  Extractor rules(analyser(), nullptr, nullptr, nullptr);
  Extractor::Trace trace;
  auto plain = extract(rules, story, &trace);
  ASSERT_FALSE(plain.empty());
  EXPECT_FALSE(plain[0].date.known()) << "the rules alone leave it unknown";
  ASSERT_EQ(trace.dates.size(), 1u);
  EXPECT_FALSE(trace.dates[0].rules);
  auto chooser = incidex::testing::chooser_for<DateChooser>(trace.dates, 0, 1, 1, "one day");
  Extractor x(analyser(), nullptr, nullptr, &chooser);
  auto ms = extract(x, story);
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].date.iso(), "2016-10-16");
  const Evidence* e = date_evidence(ms[0]);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->note, "the date chooser's day; the rules found no day told with the incident");
}
