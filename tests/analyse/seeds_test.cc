// The analysis of the user's three sample articles, as ../shared/seeds/README.md implies: every time
// expression, and every place.
#include <gtest/gtest.h>

#include "analyse/analyser.h"
#include "clean/cleaner.h"
#include "read/reader.h"
#include "test_util.h"

using namespace incidex;

namespace {
struct Expect {
  const char* text;
  const char* date;  // "" when it cannot be resolved from this article alone
  int weekday;       // kept when the date is unknown; -1 if none
};

std::vector<TimeExpr> times_of(const std::string& path, Date published, Document& doc) {
  static Analyser analyser;
  CleanOptions o;
  o.published = published;
  Cleaner cleaner(o);
  Reader r;
  std::vector<RawDocument> raws;
  r.on_document = [&](RawDocument&& d) { raws.push_back(std::move(d)); };
  r.read({path});
  doc = cleaner.clean(raws.at(0));
  return analyser.analyse(doc).times;
}

void check(const std::string& file, Date published, const std::vector<Expect>& want) {
  std::string path = incidex::testing::shared("seeds/" + file);
  if (path.empty()) GTEST_SKIP() << "../shared/seeds not found";
  Document doc;
  auto got = times_of(path, published, doc);
  Analyser a;  // for token offsets
  auto tk = a.tokenizer().tokenize(doc.text);
  ASSERT_EQ(got.size(), want.size()) << file;
  for (std::size_t i = 0; i < want.size(); ++i) {
    std::string text = doc.text.substr(tk.tokens[got[i].first].start, tk.tokens[got[i].last - 1].end - tk.tokens[got[i].first].start);
    EXPECT_EQ(text, want[i].text) << file << " #" << i;
    EXPECT_EQ(got[i].date.iso(), want[i].date) << file << " " << want[i].text;
    EXPECT_EQ(got[i].weekday, want[i].weekday) << file << " " << want[i].text;
  }
}
}  // namespace

// No publication date: Monday cannot be resolved; the years can.
TEST(SeedTimes, Almaty000WithoutAPublicationDate) {
  check("000_a1b2c4949d081525.txt", {},
        {{"Monday morning", "", 1}, {"Monday's", "", 1}, {"Monday", "", 1}, {"1989", "1989", -1},
         {"2015", "2015", -1}, {"Earlier this year", "", -1}, {"2011", "2011", -1}});
}

// Given --published 2016-07-18 (a Monday), every Monday is that day.
TEST(SeedTimes, Almaty000Published20160718) {
  check("000_a1b2c4949d081525.txt", Date::ymd(2016, 7, 18),
        {{"Monday morning", "2016-07-18", 1}, {"Monday's", "2016-07-18", 1}, {"Monday", "2016-07-18", 1},
         {"1989", "1989", -1}, {"2015", "2015", -1}, {"Earlier this year", "2016", -1}, {"2011", "2011", -1}});
}

// The blog post dated Saturday, November 12, 2011: today is the Taraz rampage; Atyrau on October 31;
// the Aktobe and Astana bombings in May; "two weeks later" counts from the killing told before it.
TEST(SeedTimes, Taraz001FromItsDateline) {
  check("001_aab6a4cfc76782f3.txt", {},
        {{"last year", "2010", -1}, {"about six months ago", "2011-05", -1}, {"may", "2011-05", -1},
         {"two weeks later", "", -1}, {"last month", "2011-10", -1}, {"october 21st", "2011-10-21", -1},
         {"october 31st", "2011-10-31", -1}, {"a few days ago", "", -1}, {"earlier in the year", "2011", -1},
         {"today", "2011-11-12", -1}, {"last year", "2010", -1}, {"last year", "2010", -1}});
}

// The wire story has no date of its own: Saturday stays a Saturday until merging gives it 001's date.
TEST(SeedTimes, Taraz002WithoutAPublicationDate) {
  check("002_ff699fc5e1eaf1b9.txt", {},
        {{"Saturday", "", 6}, {"Last week", "", -1}, {"May", "", -1}, {"this year", "", -1}, {"Saturday’s", "", 6},
         {"11:30 a.m.", "", -1}, {"Last month", "", -1}, {"Saturday’s", "", 6}, {"this summer", "", -1}});
}

// With its real publication date (the day of the attack) the same story resolves fully.
TEST(SeedTimes, Taraz002Published20111112) {
  check("002_ff699fc5e1eaf1b9.txt", Date::ymd(2011, 11, 12),
        {{"Saturday", "2011-11-12", 6}, {"Last week", "", -1}, {"May", "2011-05", -1}, {"this year", "2011", -1},
         {"Saturday’s", "2011-11-12", 6}, {"11:30 a.m.", "2011-11-12", -1}, {"Last month", "2011-10", -1},
         {"Saturday’s", "2011-11-12", 6}, {"this summer", "2011", -1}});
}

// Almaty, Taraz, Atyrau, Aktobe and Astana all resolve in Kazakhstan; MOSCOW in 002 is only the dateline.
TEST(SeedPlaces, KazakhCitiesAndTheMoscowDateline) {
  static Analyser analyser;
  Cleaner cleaner;
  for (const char* file : {"000_a1b2c4949d081525.txt", "001_aab6a4cfc76782f3.txt", "002_ff699fc5e1eaf1b9.txt"}) {
    std::string path = incidex::testing::shared(std::string("seeds/") + file);
    if (path.empty()) GTEST_SKIP() << "../shared/seeds not found";
    Reader r;
    std::vector<RawDocument> raws;
    r.on_document = [&](RawDocument&& d) { raws.push_back(std::move(d)); };
    r.read({path});
    Document doc = cleaner.clean(raws.at(0));
    Analysis a = analyser.analyse(doc);
    ASSERT_FALSE(a.places.empty()) << file;
    for (auto& p : a.places) {
      Place pl = analyser.places().to_place(p.entry);
      std::string said = doc.text.substr(p.start, p.end - p.start);
      if (pl.country == "RU") {
        // Russia and Russians are named; the only Russian city is the dateline's
        EXPECT_TRUE(pl.precision == "country" || p.dateline) << file << ": " << said;
        if (pl.name == "Moscow") {
          EXPECT_TRUE(p.dateline) << file;
        }
        continue;
      }
      // another country named in passing ("borders with countries such as Kazakhstan and Turkey") is that
      // country; every town and region is Kazakh
      if (pl.precision == "country") continue;
      EXPECT_EQ(pl.country, "KZ") << file << ": " << said << " -> " << pl.name;
    }
  }
}
