#include "analyse/word_classes.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <sstream>

#include "analyse/names.h"
#include "core/hash.h"
#include "test_util.h"

using namespace incidex;

namespace {
// Two kinds of word in their own neighbourhoods: surnames after "mr." and before "said", towns after "in"
// and before "today", every pairing written once.
std::vector<std::vector<std::string>> two_kinds() {
  std::vector<std::vector<std::string>> out;
  for (const char* person : {"Okafor", "Lindqvist", "Brannigan", "Moreau"})
    for (const char* town : {"Tulsa", "Fresno", "Boise", "Provo"}) {
      out.push_back({"Mr.", person, "said", "he", "was", "in", town, "today", "."});
      out.push_back({"In", town, "today", ",", "Mr.", person, "said", "nothing", "."});
    }
  return out;
}
}  // namespace

TEST(WordClasses, WordsThatKeepTheSameCompanyShareAClass) {
  // (the exchange algorithm stops at a local optimum: with 6 classes here it leaves the towns in two)
  for (int classes : {3, 4, 8}) {
    WordClasses::LearnOptions o;
    o.classes = classes;
    o.min_count = 1;
    WordClasses wc = WordClasses::learn(two_kinds(), o);
    EXPECT_EQ(wc.classes(), classes);
    for (const char* person : {"lindqvist", "brannigan", "moreau"}) EXPECT_EQ(wc.of(person), wc.of("okafor")) << person;
    for (const char* town : {"fresno", "boise", "provo"}) EXPECT_EQ(wc.of(town), wc.of("tulsa")) << town;
    EXPECT_NE(wc.of("okafor"), wc.of("tulsa"));
    // looked up as written, in any case; a word never seen has no class
    EXPECT_EQ(wc.of("OKAFOR"), wc.of("okafor"));
    EXPECT_EQ(wc.of("Tulsa"), wc.of_lower("tulsa", token_hash("tulsa")));
    EXPECT_EQ(wc.of("Kariyev"), WordClasses::kNone);
    EXPECT_EQ(wc.of_lower("kariyev", token_hash("kariyev")), WordClasses::kNone);
  }
}

TEST(WordClasses, RarerWordsHaveNoClassAndDigitsAreOneDigit) {
  auto s = two_kinds();
  s.push_back({"Once", "in", "1990", "."});
  s.push_back({"Once", "in", "2017", "."});
  WordClasses::LearnOptions o;
  o.classes = 4;
  o.min_count = 2;
  WordClasses wc = WordClasses::learn(s, o);
  EXPECT_EQ(WordClasses::key("AR-15"), "ar-00");
  EXPECT_NE(wc.of("1990"), WordClasses::kNone);  // "0000", seen twice
  EXPECT_EQ(wc.of("1990"), wc.of("4321"));
  EXPECT_EQ(wc.of_lower("2017", token_hash("2017")), wc.of("0000"));
  EXPECT_EQ(wc.of("once"), wc.of("once"));
  WordClasses::LearnOptions three = o;
  three.min_count = 3;
  EXPECT_EQ(WordClasses::learn(s, three).of("once"), WordClasses::kNone);  // seen twice
}

TEST(WordClasses, TheFileReadsBackAsWritten) {
  incidex::testing::TempDir t;
  WordClasses::LearnOptions o;
  o.classes = 6;
  o.min_count = 1;
  WordClasses wc = WordClasses::learn(two_kinds(), o);
  auto path = (t.path() / "classes.tsv").string();
  wc.write(path, "a test");
  WordClasses back = WordClasses::load(path);
  EXPECT_EQ(back.size(), wc.size());
  EXPECT_EQ(back.fingerprint(), wc.fingerprint());
  for (const char* w : {"mr.", "okafor", "tulsa", "said", "."}) EXPECT_EQ(back.of(w), wc.of(w)) << w;
  EXPECT_THROW(WordClasses::load(t.file("bad.tsv", "okafor\tseven\n")), std::runtime_error);
  EXPECT_THROW(WordClasses::load(t.file("bad2.tsv", "okafor 3\n")), std::runtime_error);
  EXPECT_THROW(WordClasses::load((t.path() / "missing.tsv").string()), std::runtime_error);
}

// The name model records the classes it was trained with and is refused with others.
TEST(WordClasses, ANameModelTrainedWithOtherClassesIsRefused) {
  incidex::testing::TempDir t;
  NameTagger tagger;
  std::vector<NameTagger::Example> data = {{{"Mr.", "Okafor", "said", "."}, {"O", "B-per", "O", "O"}},
                                           {{"In", "Tulsa", "today", "."}, {"O", "B-geo", "O", "O"}}};
  tagger.train(data, 2, "a test");
  auto path = (t.path() / "ner.model").string();
  tagger.save(path);
  EXPECT_NO_THROW(NameTagger{path});
  // the same file with another fingerprint in its header
  std::string contents;
  {
    gzFile f = gzopen(path.c_str(), "rb");
    char buf[65536];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) contents.append(buf, static_cast<std::size_t>(n));
    gzclose(f);
  }
  auto at = contents.find("word_classes " + WordClasses::shared().fingerprint());
  ASSERT_NE(at, std::string::npos);
  contents.replace(at + 13, 16, "0123456789abcdef");
  auto other = t.gz("other.model", contents);
  try {
    NameTagger refused{other};
    FAIL() << "a model of other classes was read";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("other word classes"), std::string::npos) << e.what();
  }
}
