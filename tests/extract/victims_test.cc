// The victim scorer: its features, training and model file, and what the extractor does with its say.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/data_dir.h"
#include "extract/victims.h"
#include "pipeline/pipeline.h"
#include "test_util.h"

using namespace incidex;

namespace {
using incidex::testing::analyser;
using incidex::testing::analyse;
// The first place `words` is written, as token positions.
VictimScorer::Place place_of(const Analysis& a, const std::string& text, const std::string& words) {
  auto at = text.find(words);
  VictimScorer::Place p;
  const auto& t = a.tokens.tokens;
  while (p.first < t.size() && t[p.first].start < at) ++p.first;
  p.last = p.first;
  while (p.last < t.size() && t[p.last].end <= at + words.size()) ++p.last;
  return p;
}
std::vector<Mention> extract(const Extractor& x, const std::string& text) { return incidex::testing::extract_with(x, text); }
// An empty model leaning all the way: every person is a victim (killed, the first class), kept or added.
const VictimScorer& everyone() {
  static const VictimScorer s = [] {
    VictimScorer x;
    x.set_lean(1000);
    x.set_lean_add(1000);
    return x;
  }();
  return s;
}
}  // namespace

TEST(Victims, FeaturesReadTheWordsAroundTheNameAndWhatTheRulesSaid) {
  const std::string text = "Antonio Mason, 35, died at the scene. Police arrested John Doe on Monday.";
  Analysis a = analyse(text);
  VictimScorer::Place mason = place_of(a, text, "Antonio Mason"), doe = place_of(a, text, "John Doe");
  ASSERT_EQ(mason.last - mason.first, 2u);
  ASSERT_EQ(doe.last - doe.first, 2u);
  std::vector<std::uint32_t> f_mason, f_doe, f_said;
  VictimScorer::features(a, std::span(&mason, 1), 0, 2, f_mason);
  VictimScorer::features(a, std::span(&doe, 1), 1, 2, f_doe);
  mason.rule_status = "killed";
  VictimScorer::features(a, std::span(&mason, 1), 0, 2, f_said);
  EXPECT_TRUE(std::is_sorted(f_mason.begin(), f_mason.end()));
  EXPECT_EQ(std::adjacent_find(f_mason.begin(), f_mason.end()), f_mason.end()) << "each feature once";
  for (auto f : f_mason) EXPECT_LT(f, VictimScorer::kBuckets);
  EXPECT_NE(f_mason, f_doe);
  EXPECT_NE(f_mason, f_said) << "the rules' status is a feature";
}

TEST(Victims, TrainedModelSeparatesItsExamplesKeepsItsLeanAndRefusesOtherModels) {
  // two kinds of people: feature 100 (a victim who died), feature 200 (nobody), with a shared bias 7
  std::vector<VictimScorer::Example> data;
  for (int i = 0; i < 20; ++i) {
    data.push_back({{7, 100}, 1});
    data.push_back({{7, 200}, 0});
  }
  VictimScorer s;
  s.train(data, 5, "two kinds");
  s.set_lean(0.5f);
  std::vector<std::uint32_t> victim = {7, 100}, nobody = {7, 200};
  EXPECT_EQ(s.decide(victim).cls, 1u);
  EXPECT_EQ(s.decide(nobody).cls, 0u);
  // one lean for keeping a person the rules gave a status, another for adding one: a lean far below zero
  // for adding refuses every new person, and leaves the keeping as it was
  s.set_lean_add(-1000);
  EXPECT_EQ(s.decide(victim, false).cls, 0u);
  EXPECT_EQ(s.decide(victim, true).cls, 1u);
  s.set_lean_add(0);
  incidex::testing::TempDir dir;
  std::string path = (dir.path() / "victims.model").string();
  s.save(path);
  VictimScorer back(path);
  EXPECT_FLOAT_EQ(back.lean(), 0.5f);
  EXPECT_FLOAT_EQ(back.lean_add(), 0.0f);
  EXPECT_EQ(back.description(), "two kinds");
  EXPECT_EQ(back.decide(victim).cls, 1u);
  EXPECT_EQ(back.decide(nobody).cls, 0u);
  try {
    VictimScorer wrong(data_file("roles.model"));
    FAIL() << "a role model was read as a victim model";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("roles.model"), std::string::npos) << e.what();
  }
}

TEST(Victims, ExtractorDropsWhomTheScorerRejectsButKeepsTheRulesCounts) {
  VictimScorer none;  // an empty model with no lean: nobody is a victim
  Extractor x(analyser(), nullptr, &none);
  auto ms = extract(x, "Antonio Hernandez, 31, and Omero Garcia, 39, were killed in a shooting on Elm Street on Sunday.");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_TRUE(ms[0].victims.empty());
  for (auto& e : ms[0].evidence) EXPECT_NE(e.field, "victims");
  EXPECT_EQ(ms[0].killed.value, 2) << "counted from the names the rules found";
}

TEST(Victims, ExtractorAddsWhomTheScorerCallsAVictimButNeverTheShooter) {
  Extractor x(analyser(), nullptr, &everyone());
  auto ms = extract(x, "Antonio Hernandez, 31, was killed in a shooting on Elm Street on Sunday. "
                       "Maria Lopez stayed home. Kyle Holaday, 26, also shot and killed the family dog.");
  ASSERT_EQ(ms.size(), 1u);
  std::set<std::string> names;
  for (auto& v : ms[0].victims) names.insert(v.text);
  EXPECT_TRUE(names.count("Antonio Hernandez"));
  EXPECT_TRUE(names.count("Maria Lopez"));
  EXPECT_FALSE(names.count("Kyle Holaday")) << "the rules call him the one who shot";
  bool noted = false;
  for (auto& e : ms[0].evidence) noted |= e.field == "victims" && e.note == "victim scorer" && e.text.find("Maria Lopez") == 0;
  EXPECT_TRUE(noted) << "the scorer's victim cites its sentence and says who chose it";
  EXPECT_EQ(ms[0].killed.value, 1) << "the scorer's victims are no counts";
  // caseless wire copy: the rules alone
  auto wire = extract(x, "ANTONIO HERNANDEZ WAS KILLED IN A SHOOTING ON ELM STREET ON SUNDAY. MARIA LOPEZ STAYED HOME.");
  ASSERT_FALSE(wire.empty());
  for (auto& v : wire[0].victims) EXPECT_EQ(v.text.find("MARIA"), std::string::npos) << v.text;
}

// A victim the rules name with no word of the fate takes the scorer's status (here every person's, killed),
// noted so; one whose fate the text tells keeps it, and the counts stay the rules'.
TEST(Victims, TheScorerTellsTheFateTheTextDoesNot) {
  Extractor x(analyser(), nullptr, &everyone());
  auto ms = extract(x, "Two people were killed and three were hurt in a shooting on Elm Street on Sunday. John Smith, 22, "
                       "was wounded in the leg. Police identified one of the victims as Maria Lopez, 31.");
  ASSERT_EQ(ms.size(), 1u);
  std::map<std::string, std::string> status;
  for (auto& v : ms[0].victims) status[v.text] = v.status;
  EXPECT_EQ(status["Maria Lopez"], "killed");
  EXPECT_EQ(status["John Smith"], "wounded") << "the text tells his fate";
  bool noted = false;
  for (auto& e : ms[0].evidence)
    noted |= e.field == "victims" && e.note == "the victim scorer's: the text does not tell it" &&
             e.text.find("Maria Lopez") != std::string::npos;
  EXPECT_TRUE(noted);
  EXPECT_EQ(ms[0].killed.value, 2);
  EXPECT_EQ(ms[0].wounded.value, 3);
}

// A photo credit the tagger read together with the name before it ("Keisha Holt Marcus Dell/Courtesy") is no
// one's full name: the victim named "Keisha" elsewhere is Keisha Holt, not "Keisha Holt Marcus Dell".
TEST(Victims, APhotoCreditIsNoVictimsFullName) {
  Extractor x(analyser(), nullptr, nullptr);
  auto ms = incidex::testing::extract_with(
      x,
      "LAUDERHILL, Fla. - A mother and her daughter were found shot to death Tuesday in a home on Northwest 29th "
      "Terrace, police said.\n\nFamily members identified them as Renata Holt, 41, and her 8-year-old daughter, "
      "Keisha Holt.\n\nRenata Holt and Keisha Holt Marcus Dell/Courtesy Family members identified Renata Holt and "
      "her daughter, Keisha, as the two people found dead inside the home Tuesday.\n\nKeisha was shot in the head, "
      "police said.",
      nullptr, "2017-01-10");
  ASSERT_FALSE(ms.empty());
  std::set<std::string> victims;
  for (auto& v : ms[0].victims) victims.insert(v.text);
  EXPECT_TRUE(victims.count("Keisha Holt")) << ::testing::PrintToString(victims);
  for (auto& v : victims) EXPECT_EQ(v.find("Dell"), std::string::npos) << v;
}
