// The scorers every later issue is judged by, on small hand-computed cases.
#include <gtest/gtest.h>

#include "eval/assignment.h"
#include "eval/ceaf_ree.h"
#include "eval/coref.h"
#include "core/dates.h"
#include "core/record.h"
#include "eval/runners.h"
#include "eval/shingles.h"

using namespace incidex::eval;

TEST(Coref, PerfectClusteringScoresOne) {
  Clusters gold = {{"a", "b", "c"}, {"d", "e"}, {"f"}};
  auto s = score_coref(gold, gold);
  EXPECT_DOUBLE_EQ(s.muc.f, 1.0);
  EXPECT_DOUBLE_EQ(s.b3.f, 1.0);
  EXPECT_DOUBLE_EQ(s.ceafe.f, 1.0);
  EXPECT_DOUBLE_EQ(s.conll, 1.0);
}

TEST(Coref, AllSingletonsByHand) {
  Clusters gold = {{"a", "b", "c"}, {"d", "e"}};
  Clusters resp = {{"a"}, {"b"}, {"c"}, {"d"}, {"e"}};
  auto s = score_coref(gold, resp);
  EXPECT_DOUBLE_EQ(s.muc.r, 0.0);
  EXPECT_DOUBLE_EQ(s.muc.f, 0.0);
  EXPECT_DOUBLE_EQ(s.b3.p, 1.0);
  EXPECT_NEAR(s.b3.r, 0.4, 1e-12);           // (3 * 1/3 + 2 * 1/2) / 5
  EXPECT_NEAR(s.b3.f, 2 * 0.4 / 1.4, 1e-12);
  EXPECT_NEAR(s.ceafe.p, (0.5 + 2.0 / 3) / 5, 1e-12);  // φ4({abc},{a}) + φ4({de},{d}) over 5 response entities
  EXPECT_NEAR(s.ceafe.r, (0.5 + 2.0 / 3) / 2, 1e-12);
  EXPECT_NEAR(s.conll, (0 + 2 * 0.4 / 1.4 + 1.0 / 3) / 3, 1e-12);
  // A response that leaves items out is completed with singletons: same scores.
  auto t = score_coref(gold, {{"a"}});
  EXPECT_NEAR(t.b3.f, s.b3.f, 1e-12);
}

TEST(Coref, MixedClusteringByHand) {
  Clusters gold = {{"a", "b", "c"}, {"d", "e"}};
  Clusters resp = {{"a", "b"}, {"c", "d", "e"}};
  auto s = score_coref(gold, resp);
  EXPECT_NEAR(s.muc.p, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.muc.r, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.b3.p, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.b3.r, 11.0 / 15, 1e-12);
  // CEAF-e: best alignment {abc}-{ab} (4/5) + {de}-{cde} (4/5)
  EXPECT_NEAR(s.ceafe.p, 0.8, 1e-12);
  EXPECT_NEAR(s.ceafe.r, 0.8, 1e-12);
}

TEST(Assignment, FindsTheMaximumNotTheGreedyChoice) {
  // Greedy takes 0-0 (weight 3) and then 1-1 (0): total 3. Optimal: 0-1 + 1-0 = 2 + 2.5 = 4.5.
  auto a = max_weight_assignment({{3, 2}, {2.5, 0}});
  EXPECT_EQ(a, (std::vector<int>{1, 0}));
  EXPECT_EQ(max_weight_assignment({{1, 0, 0}}), (std::vector<int>{0}));
  EXPECT_EQ(max_weight_assignment({{0}, {0}}), (std::vector<int>{-1, -1}));
}

TEST(CeafRee, NormalisationAndMatching) {
  EXPECT_EQ(normalize_filler("The \"Santo Tomas\" presidential farm"), "santo tomas presidential farm");
  EXPECT_EQ(normalize_filler("an urng column"), "urng column");
  CeafRee perfect, empty, half;
  std::vector<std::vector<std::string>> gold = {{"guerrillas", "guerrilla column"}, {"urng"}};
  perfect.add("PerpInd", {"guerrillas", "URNG"}, gold);
  EXPECT_DOUBLE_EQ(perfect.total().prf().f, 1.0);
  empty.add("PerpInd", {}, gold);
  EXPECT_DOUBLE_EQ(empty.total().prf().f, 0.0);
  auto left = half.add("PerpInd", {"The guerrilla column", "soldiers"}, gold);
  EXPECT_DOUBLE_EQ(half.total().prf().p, 0.5);
  EXPECT_DOUBLE_EQ(half.total().prf().r, 0.5);
  // what stays unpaired is what `eval muc4 --errors` lists: the predicted string, normalised, and the entity
  EXPECT_EQ(left.predicted, (std::vector<std::string>{"soldiers"}));
  EXPECT_EQ(left.gold, (std::vector<std::size_t>{1}));
  auto none = empty.add("PerpInd", {"soldiers"}, {});
  EXPECT_EQ(none.predicted, (std::vector<std::string>{"soldiers"}));
  EXPECT_TRUE(none.gold.empty());
  // Two strings of one entity match it once; a prediction in a document without incidents is a false positive.
  CeafRee twice;
  twice.add("Victim", {"guerrillas", "guerrilla column"}, gold);
  twice.add("Victim", {"peasant"}, {});
  EXPECT_DOUBLE_EQ(twice.total().matched, 1);
  EXPECT_DOUBLE_EQ(twice.total().predicted, 3);
  EXPECT_DOUBLE_EQ(twice.total().gold, 2);
}

TEST(Shingles, ByHand) {
  ShingleScore same, half, none;
  same.add("one two three four five", "one two three four five");
  EXPECT_DOUBLE_EQ(same.score().f, 1.0);
  half.add("a b c d e", "a b c d x");  // {abcd, bcde} vs {abcd, bcdx}: tp = fp = fn = 1/3
  EXPECT_DOUBLE_EQ(half.score().p, 0.5);
  EXPECT_DOUBLE_EQ(half.score().r, 0.5);
  none.add("a b c d e", "");
  EXPECT_DOUBLE_EQ(none.score().f, 0.0);
  auto c = shingle_counts("Ünïcode wörds are words too", "Ünïcode wörds are words");
  EXPECT_NEAR(c.tp, 0.5, 1e-12);
  EXPECT_NEAR(c.fn, 0.5, 1e-12);
}

TEST(GvaScoring, VictimNamesMatchOnFirstAndLastWord) {
  EXPECT_TRUE(incidex::names_victim("antonio mason", "antonio mason"));
  EXPECT_TRUE(incidex::names_victim("officer antonio mason", "antonio mason"));
  EXPECT_TRUE(incidex::names_victim("dorothy reardean", "dorothy leighann reardean"));
  EXPECT_TRUE(incidex::names_victim("marlin banks", "marlin banks jr."));
  EXPECT_FALSE(incidex::names_victim("marlin banks", "marlin smith"));
  EXPECT_FALSE(incidex::names_victim("banks", "marlin banks"));
  EXPECT_TRUE(incidex::names_victim("de\u2019shaun swanson", "deshaun swanson"));
  EXPECT_TRUE(incidex::names_victim("o'bryan spikes", "o\u2019bryan raphael spikes"));
  // spelt a letter apart, hyphenated, or surname first
  EXPECT_TRUE(incidex::names_victim("cynthia mooris", "cynthia morris"));
  EXPECT_TRUE(incidex::names_victim("christopher kelley", "christoper kelley"));
  EXPECT_TRUE(incidex::names_victim("thiajuan green", "thaijuan green"));
  EXPECT_TRUE(incidex::names_victim("reginald rose-robinson", "reginald rose robinson"));
  EXPECT_TRUE(incidex::names_victim("graham shadale", "shadale graham"));
  EXPECT_FALSE(incidex::names_victim("marsha lynch", "sharia lynch"));  // two letters apart: another person
  EXPECT_FALSE(incidex::names_victim("jon smith", "jan smith"));        // too short to tell
  EXPECT_FALSE(incidex::names_victim("cynthia mooris", "cindy morris"));
  EXPECT_TRUE(incidex::names_victim("brent thompson", "officer brent alan thompson"));
  EXPECT_TRUE(incidex::names_victim("micheal krol", "officer michael leslie krol"));
  EXPECT_TRUE(incidex::names_victim("sgt. james lee", "james lee"));
  EXPECT_FALSE(incidex::names_victim("officer thompson", "officer brent alan thompson"));
  // a short first name for the one it begins; a surname in one word or two; another name in brackets
  EXPECT_TRUE(incidex::names_victim("zach thompson", "zachary david thompson"));
  EXPECT_TRUE(incidex::names_victim("daniel caron", "dan caron"));
  EXPECT_FALSE(incidex::names_victim("zach thompson", "zachary david smith"));
  EXPECT_FALSE(incidex::names_victim("al thompson", "albert thompson"));  // too short to tell
  EXPECT_TRUE(incidex::names_victim("jonathan de guzman", "officer jonathan deguzman"));
  EXPECT_TRUE(incidex::names_victim("patrick zamarripa", "officer patricio (patrick) e. zamarripa"));
  EXPECT_TRUE(incidex::names_victim("patricio zamarripa", "officer patricio (patrick) e. zamarripa"));
  EXPECT_FALSE(incidex::names_victim("patrick smith", "officer patricio (patrick) e. zamarripa"));
}

TEST(GvaScoring, CityOrThePartOfItOrTheCounty) {
  auto place = [](const char* name, const char* precision, const char* admin2 = "") {
    incidex::Place p;
    p.name = name;
    p.precision = precision;
    p.admin2 = admin2;
    return p;
  };
  incidex::Place kettering = place("Kettering", "city");
  EXPECT_TRUE(incidex::gold_city_matches("Dayton (Kettering)", kettering));
  EXPECT_TRUE(incidex::gold_city_matches("Kettering", kettering));
  EXPECT_FALSE(incidex::gold_city_matches("Dayton", kettering));
  incidex::Place stl = place("St. Louis", "city");
  EXPECT_TRUE(incidex::gold_city_matches("Saint Louis", stl));
  incidex::Place county = place("Searcy County", "admin2", "Searcy County");
  EXPECT_TRUE(incidex::gold_city_matches("Searcy (county)", county));
  EXPECT_FALSE(incidex::gold_city_matches("Searcy (county)", stl));
}

// The raw MUC-4 files: a document starts at a line holding its id, which the DEV files follow with the
// id's source ("DEV-MUC3-0001 (NOSC)").
TEST(MucFiles, SplitAtEachDocumentsIdWithOrWithoutItsSource) {
  auto docs = incidex::split_muc_file(
      "DEV-MUC3-0001 (NOSC)\n\n   SAN SALVADOR, 3 JAN 90 -- TEXT ONE\n"
      "TST1-MUC3-0002\n   TEXT TWO\n"
      "DEV-MUC3-0003 SAID THE ARMY\n");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].first, "DEV-MUC3-0001");
  EXPECT_NE(docs[0].second.find("TEXT ONE"), std::string::npos);
  EXPECT_EQ(docs[1].first, "TST1-MUC3-0002");
  EXPECT_EQ(docs[1].second, "   TEXT TWO\nDEV-MUC3-0003 SAID THE ARMY\n");  // a line of text, not an id
}

TEST(MucScope, AClashCountsOnlyWhereItStrikesProperty) {
  // taskdoc 1.0: combat between guerrillas and the army is no terrorist incident, unless it affects civilian
  // property; protests and riots never are
  incidex::Mention clash;
  clash.type = "armed_clash";
  EXPECT_FALSE(incidex::in_muc_scope(clash));
  clash.targets.push_back({"three stores"});
  EXPECT_TRUE(incidex::in_muc_scope(clash));
  incidex::Mention riot;
  riot.type = "riot";
  riot.targets.push_back({"shops"});
  EXPECT_FALSE(incidex::in_muc_scope(riot));
  incidex::Mention bombing;
  bombing.type = "bombing";
  EXPECT_TRUE(incidex::in_muc_scope(bombing));
}

namespace incidex {
namespace {
// The full-keys figures of `eval muc4`: a mention's place agrees with a key's town, and with a key that
// names the country alone where the mention too is placed in that country and no nearer.
TEST(MucKeys, APlaceAgreesWithTheKeysTownOrWithItsCountryAlone) {
  auto placed = [](std::string name, std::string precision) {
    Mention m;
    m.type = "bombing";
    m.date = parse_date_string("1990-02-02");
    m.location = Place{};
    m.location->name = std::move(name);
    m.location->country_name = "El Salvador";
    m.location->precision = std::move(precision);
    return m;
  };
  const MucKey town{"BOMBING", "02 FEB 90", "EL SALVADOR: SAN MIGUEL (DEPARTMENT): CHINAMECA (TOWN) / EL SALVADOR: USULUTAN (DEPARTMENT)"};
  const MucKey country_only{"ATTACK", "- 04 FEB 90", "EL SALVADOR"};
  MucAgreement a = muc_agreement(placed("Chinameca", "city"), town);
  EXPECT_TRUE(a.type && a.date && a.country && a.place);
  a = muc_agreement(placed("Usulutan", "admin1"), town);  // the second alternative's department
  EXPECT_TRUE(a.country && a.place);
  a = muc_agreement(placed("San Salvador", "city"), town);
  EXPECT_TRUE(a.country);
  EXPECT_FALSE(a.place);
  a = muc_agreement(placed("El Salvador", "country"), country_only);
  EXPECT_FALSE(a.type);  // a bombing is no attack of the key
  EXPECT_TRUE(a.date && a.country && a.place);
  a = muc_agreement(placed("San Salvador", "city"), country_only);  // nearer than the key says
  EXPECT_TRUE(a.country);
  EXPECT_FALSE(a.place);
  a = muc_agreement(placed("El Salvador", "country"), town);  // the key names a town: the country alone is not it
  EXPECT_FALSE(a.place);
}

// An undated mention's bound ("on or before L") agrees with a key's "- D" where L is D or within the month
// before it, and never with a key's day.
TEST(MucKeys, AnUndatedMentionsBoundAgreesWithAKeysOnOrBefore) {
  Mention m;
  m.type = "bombing";
  m.latest = parse_date_string("1990-02-04");
  MucAgreement a = muc_agreement(m, MucKey{"BOMBING", "- 04 FEB 90", "EL SALVADOR"});
  EXPECT_TRUE(a.date && a.date_by_bound);
  EXPECT_FALSE(muc_agreement(m, MucKey{"BOMBING", "- 01 FEB 90", "EL SALVADOR"}).date);  // a bound after the key's
  EXPECT_FALSE(muc_agreement(m, MucKey{"BOMBING", "04 FEB 90", "EL SALVADOR"}).date);
  m.latest = {};
  EXPECT_FALSE(muc_agreement(m, MucKey{"BOMBING", "- 04 FEB 90", "EL SALVADOR"}).date);
}
}  // namespace
}  // namespace incidex
