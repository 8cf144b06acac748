// The place chooser: its candidates and features, its model file, and what the extractor does with its say.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/data_dir.h"
#include "extract/extractor.h"
#include "extract/where.h"
#include "test_util.h"

using namespace incidex;

namespace {
using incidex::testing::analyser;
std::vector<Mention> extract(const Extractor& x, const std::string& text, Extractor::Trace* trace = nullptr) {
  return incidex::testing::extract_with(x, text, trace, "2016-10-17", "Man shot in Roswell dies");
}
const Evidence* place_evidence(const Mention& m) {
  for (auto& e : m.evidence)
    if (e.field == "location") return &e;
  return nullptr;
}
// Shot in Roswell, his family in Albuquerque: the rules take the town of the incident's sentence. (The town
// of the hospital he was taken to would be no candidate at all: Extractor::care_town.)
const std::string kStory =
    "A man was shot on Elm Street in Roswell, New Mexico, on Saturday night. He died on Sunday. His family "
    "moved from Albuquerque last year. Roswell police are looking for the gunman.";
}  // namespace

TEST(PlaceChooser, TheTraceListsEachTownOnceWithTheRulesChoiceMarked) {
  Extractor x(analyser(), nullptr, nullptr, nullptr, nullptr);
  Extractor::Trace trace;
  auto ms = extract(x, kStory, &trace);
  ASSERT_FALSE(ms.empty());
  ASSERT_TRUE(ms[0].location);
  EXPECT_EQ(ms[0].location->name, "Roswell");
  std::vector<std::string> towns;
  for (auto& p : trace.places) towns.push_back(p.place.name + ", " + p.place.admin1);
  EXPECT_EQ(towns, (std::vector<std::string>{"Roswell, New Mexico", "Albuquerque, New Mexico"}))
      << "in the order first written, each once (the headline's and the second Roswell join the first); no state";
  ASSERT_EQ(std::count_if(trace.places.begin(), trace.places.end(), [](auto& p) { return p.rules; }), 1);
  EXPECT_TRUE(trace.places[0].rules);
  for (auto& p : trace.places) {
    EXPECT_FALSE(p.feats.empty());
    EXPECT_TRUE(std::is_sorted(p.feats.begin(), p.feats.end()));
    for (auto f : p.feats) EXPECT_LT(f, PlaceChooser::kBuckets);
  }
  EXPECT_NE(trace.places[0].feats, trace.places[1].feats);
}

TEST(PlaceChooser, ExtractorTakesTheChoosersPlaceAndSaysTheRulesTookAnother) {
  // a chooser trained on this very story to prefer the family's city
  Extractor rules(analyser(), nullptr, nullptr, nullptr, nullptr);
  Extractor::Trace trace;
  extract(rules, kStory, &trace);
  ASSERT_EQ(trace.places.size(), 2u);
  auto family = incidex::testing::chooser_for<PlaceChooser>(trace.places, 1, 5, 5, "the family's city");
  Extractor x(analyser(), nullptr, nullptr, nullptr, &family);
  auto ms = extract(x, kStory);
  ASSERT_FALSE(ms.empty());
  ASSERT_TRUE(ms[0].location);
  EXPECT_EQ(ms[0].location->name, "Albuquerque");
  const Evidence* e = place_evidence(ms[0]);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text, "Albuquerque");
  EXPECT_EQ(e->note, "the place chooser's; the rules took \"Roswell\"");
  // its model file round-trips; another model's file is refused
  incidex::testing::TempDir dir;
  std::string path = (dir.path() / "places.model").string();
  family.save(path);
  PlaceChooser back(path);
  EXPECT_EQ(back.description(), "the family's city");
  std::vector<std::vector<std::uint32_t>> cands;
  for (auto& p : trace.places) cands.push_back(p.feats);
  EXPECT_EQ(back.best(cands), 1u);
  EXPECT_THROW(PlaceChooser wrong_kind(data_file("dates.model")), std::runtime_error);
}

TEST(PlaceChooser, WhereTheRulesPlaceNothingTheChooserStillChoosesAndSaysSo) {
  // the parish is named only in captions of old years' killings, which the rules do not take for the place
  const std::string story =
      "Map: the killings of 2014, 2015 and 2016 in East Baton Rouge Parish.\n\n"
      "Map: the killings of 2014, 2015 and 2016 in East Baton Rouge Parish.\n\n"
      "Officers are looking into a deadly shooting on Oak Street that left a teenager dead.\n\n"
      "Police found a 16-year-old boy dead at the scene.";
  Extractor rules(analyser(), nullptr, nullptr, nullptr, nullptr);
  Extractor::Trace trace;
  auto plain = incidex::testing::extract_with(rules, story, &trace, "2016-10-17");
  ASSERT_FALSE(plain.empty());
  EXPECT_FALSE(plain[0].location) << "the rules alone place it nowhere";
  ASSERT_EQ(trace.places.size(), 1u);
  EXPECT_FALSE(trace.places[0].rules);
  auto chooser = incidex::testing::chooser_for<PlaceChooser>(trace.places, 0, 1, 1, "one place");
  Extractor x(analyser(), nullptr, nullptr, nullptr, &chooser);
  auto ms = incidex::testing::extract_with(x, story, nullptr, "2016-10-17");
  ASSERT_FALSE(ms.empty());
  ASSERT_TRUE(ms[0].location);
  EXPECT_EQ(ms[0].location->name, "East Baton Rouge Parish");
  const Evidence* e = place_evidence(ms[0]);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->note, "the place chooser's; the rules placed the incident nowhere");
}
