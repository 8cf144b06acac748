#include <gtest/gtest.h>
#include <map>

#include "analyse/analyser.h"
#include "analyse/lexicon.h"
#include "analyse/word_classes.h"
#include "core/data_dir.h"
#include "test_util.h"

using namespace incidex;

namespace {
using incidex::testing::analyser;
std::vector<std::string> token_texts(const std::string& s) {
  auto tk = analyser().tokenizer().tokenize(s);
  std::vector<std::string> out;
  for (auto& t : tk.tokens) out.emplace_back(t.text(s));
  return out;
}
}  // namespace

TEST(Tokenizer, InitialsAbbreviationsAndSentences) {
  std::string s = "A man identified as M. K. Kariyev fired at 11 a.m. in the U.S. embassy. Capt. G. Baitasov died.\nNext line";
  auto tk = analyser().tokenizer().tokenize(s);
  auto texts = token_texts(s);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "M."), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "a.m."), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "U.S."), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Capt."), texts.end());
  ASSERT_EQ(tk.sentences.size(), 3u);
  EXPECT_EQ(s.substr(tk.sentences[1].start, tk.sentences[1].end - tk.sentences[1].start), "Capt. G. Baitasov died.");
  EXPECT_EQ(token_texts("1,200 people -- and twenty-one more; 12-year-old")[0], "1,200");
  // an initial and a dotted word after it that data/abbreviations.txt lists whole are one word; others not
  EXPECT_EQ(token_texts("CHARLESTON, W.Va. -- A man"), (std::vector<std::string>{"CHARLESTON", ",", "W.Va.", "--", "A", "man"}));
  EXPECT_EQ(token_texts("said J.Smith."), (std::vector<std::string>{"said", "J.", "Smith", "."}));
}

TEST(Tokenizer, TheTokenAtAByteOfTheText) {
  const std::string s = "Two men,  shot";  // Two | men | , | shot
  auto tk = analyser().tokenizer().tokenize(s);
  ASSERT_EQ(tk.tokens.size(), 4u);
  EXPECT_EQ(tk.token_at(0), 0u);  // its first byte
  EXPECT_EQ(tk.token_at(5), 1u);  // inside "men"
  EXPECT_EQ(tk.token_at(7), 2u);  // the comma
  EXPECT_EQ(tk.token_at(8), 3u);  // a space: the token after it
  EXPECT_EQ(tk.token_at(13), 3u);  // the last byte
  EXPECT_EQ(tk.token_at(14), 4u);  // past the text: past the last token
}

TEST(Tokenizer, AGenerationWordAfterANameIsASuffixWithOrWithoutItsStop) {
  EXPECT_EQ(name_suffix("jr."), kJunior);
  EXPECT_EQ(name_suffix("jr"), kJunior);
  EXPECT_EQ(name_suffix("sr."), kSenior);
  EXPECT_EQ(name_suffix("iii"), kNumeral);
  EXPECT_EQ(name_suffix("iv."), kNumeral);
  EXPECT_EQ(name_suffix("junior"), kNotSuffix);
  EXPECT_EQ(name_suffix("i"), kNotSuffix);  // (a pronoun's case-folded form, no generation)
  EXPECT_EQ(name_suffix(""), kNotSuffix);
}

TEST(Tokenizer, AnAgeWrittenWithSpacesIsOneWordReadWithHyphens) {
  for (std::string s : {"a 17 year old boy", "a 17 year-old boy", "a 17-year old boy", "A 17 Year Old boy"}) {
    auto tk = analyser().tokenizer().tokenize(s);
    ASSERT_EQ(tk.tokens.size(), 3u) << s;
    EXPECT_EQ(tk.lower[1], "17-year-old") << s;
    EXPECT_EQ(tk.tokens[1].kind, Token::word) << s;
  }
  EXPECT_EQ(analyser().tokenizer().tokenize("a 3 month old").lower[1], "3-month-old");
  // not a predicate's "years old", nor a year that is no age
  EXPECT_EQ(analyser().tokenizer().tokenize("he was 17 years old").tokens.size(), 5u);
  EXPECT_EQ(analyser().tokenizer().tokenize("a 10 year oldest record").tokens.size(), 5u);
}

TEST(Numbers, CountsHedgesAndNotCounts) {
  std::string s = "At least 16 people died, more than 20 were hurt, a dozen fled and two to three men were shot "
                  "seven or eight weeks ago, two to three cars burned, 70 to 80 yards away. "
                  "A 12-year-old and Antonio Mason, 35, were shot with an AR-15 at 821 Word Plaza in 2011, call 352-393-7670. "
                  "On December 21 and Dec. 22 they may 2 times. A father of 5 and a mother of three. "
                  "News 5 said FOX 13 and KCTV 5 came. Children 11 or younger and ages 5 and under. "
                  "Image 2 of 9 7-year-old girl and her mother were shot. Three Taser shots and two warning shots hit. "
                  "She is the 27th child under the age of 13 shot this year.";
  auto tk = analyser().tokenizer().tokenize(s);
  auto qs = analyser().numbers().find(tk, s);
  std::vector<std::string> counts;
  for (auto& q : qs)
    if (q.count && !q.article) counts.push_back(std::to_string(q.value) + (q.qualifier.empty() ? "" : "/" + q.qualifier));
  EXPECT_EQ(counts, (std::vector<std::string>{"16/at least", "20/more than", "12", "2/at least"}));
}

TEST(Times, ResolvedAgainstThePublicationDateLeaningToThePast) {
  std::string s = "On Saturday a man was shot. Yesterday police said so. On october 31st a blast hit. "
                  "In May there were bombings. About six months ago it began. Last month a law passed. In 2011 clashes.";
  auto tk = analyser().tokenizer().tokenize(s);
  auto ts = analyser().times().find(tk, s, Date::ymd(2011, 11, 12));  // a Saturday
  std::vector<std::string> got;
  for (auto& t : ts) got.push_back(t.date.iso());
  EXPECT_EQ(got, (std::vector<std::string>{"2011-11-12", "2011-11-11", "2011-10-31", "2011-05", "2011-05", "2011-10", "2011"}));
  auto unanchored = analyser().times().find(tk, s, Date{});
  ASSERT_FALSE(unanchored.empty());
  EXPECT_FALSE(unanchored[0].date.known());
  EXPECT_EQ(unanchored[0].weekday, 6);
  EXPECT_NE(unanchored[0].note.find("no publication date"), std::string::npos);
}

TEST(Places, ResolvedWithTheDocumentsContext) {
  Document d;
  d.text = "Gunmen attacked buildings in Almaty. Later a man was killed in Taraz, Kazakhstan, and in Atyrau.";
  Analysis a = analyser().analyse(d);
  std::vector<std::string> names;
  for (auto& p : a.places) {
    Place pl = analyser().places().to_place(p.entry);
    names.push_back(pl.name + "/" + pl.country);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Almaty/KZ", "Taraz/KZ", "Kazakhstan/KZ", "Atyrau/KZ"}));
}

// A month's or a holiday's name inside a time expression is no place ("Jun." is a town in Spain); a place
// that runs past a time word keeps it ("Friday Harbor").
TEST(Places, NoPlaceInsideATimeExpression) {
  Document d;
  d.text = "Posted Jun. 14, 2016 at 9:10 AM\nTwo men were hurt in Brockton on Valentine's Day, and a woman was shot "
           "in Friday Harbor, Wash., on Monday.";
  d.published = Date::ymd(2016, 6, 14);
  Analysis a = analyser().analyse(d);
  std::vector<std::string> texts;
  for (auto& p : a.places) texts.emplace_back(d.text.substr(p.start, p.end - p.start));
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "Jun."), 0);
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "Valentine's"), 0);
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "Brockton"), 1);
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "Friday Harbor"), 1);
}

TEST(Places, SaintFortAndMountAreOneSpellingWithTheirAbbreviations) {
  struct Case { const char* text; const char* name; const char* admin1; };
  for (auto c : {Case{"A father and his daughters were shot dead in St. Paul on Sunday.", "Saint Paul", "Minnesota"},
                 Case{"A Ft. Lauderdale woman killed her daughter.", "Fort Lauderdale", "Florida"},
                 Case{"Two men were shot in Mt. Vernon, N.Y., on Friday.", "Mount Vernon", "New York"},
                 // ... after another word too
                 Case{"A girl was shot in Port St. Lucie on Monday.", "Port Saint Lucie", "Florida"},
                 // ... and a curly apostrophe is the straight one
                 Case{"A man was shot in Lee\u2019s Summit on Monday.", "Lee's Summit", "Missouri"}}) {
    Document d;
    d.text = c.text;
    Analysis a = analyser().analyse(d);
    ASSERT_FALSE(a.places.empty()) << c.text;
    Place pl = analyser().places().to_place(a.places[0].entry);
    EXPECT_EQ(pl.name, c.name) << c.text;
    EXPECT_EQ(pl.admin1, c.admin1) << c.text;
  }
}

TEST(Places, WashingtonBesideDCIsTheCityAndDCIsWashington) {
  struct Case { const char* text; const char* place; const char* name; const char* admin1; const char* precision; };
  for (auto c : {Case{"A boy was shot in Northeast Washington, D.C. police said.", "Washington", "Washington",
                      "District of Columbia", "city"},
                 Case{"A boy was shot in Northeast Washington, D.C. police said.", "D.C.", "Washington",
                      "District of Columbia", "city"},
                 Case{"A man was shot in Spokane, Washington, on Friday.", "Washington", "Washington", "Washington",
                      "admin1"},
                 Case{"Gov. Inslee of Washington spoke on Friday.", "Washington", "Washington", "Washington",
                      "admin1"}}) {
    Document d;
    d.text = c.text;
    Analysis a = analyser().analyse(d);
    const PlaceMention* m = nullptr;
    for (auto& p : a.places)
      if (d.text.substr(p.start, p.end - p.start) == c.place) m = &p;
    ASSERT_NE(m, nullptr) << c.text;
    Place pl = analyser().places().to_place(m->entry);
    EXPECT_EQ(pl.name, c.name) << c.text << " / " << c.place;
    EXPECT_EQ(pl.admin1, c.admin1) << c.text << " / " << c.place;
    EXPECT_EQ(pl.precision, c.precision) << c.text << " / " << c.place;
  }
}

TEST(Places, ACityCountyGovernmentsWordIsItsTown) {
  struct Case { const char* text; const char* name; const char* admin1; };
  for (auto c : {Case{"A juvenile was shot in the hand, Savannah-Chatham Metropolitan Police said.", "Savannah", "Georgia"},
                 Case{"The Miami-Dade Police Department identified the suspect.", "Miami", "Florida"},
                 Case{"Charlotte-Mecklenburg Police responded to the call.", "Charlotte", "North Carolina"}}) {
    Document d;
    d.text = c.text;
    Analysis a = analyser().analyse(d);
    ASSERT_EQ(a.places.size(), 1u) << c.text;
    Place pl = analyser().places().to_place(a.places[0].entry);
    EXPECT_EQ(pl.name, c.name) << c.text;
    EXPECT_EQ(pl.admin1, c.admin1) << c.text;
  }
  Document d;  // two words joined whose second is no county of the first's state
  d.text = "The Dallas-Fort Worth area was quiet.";
  for (auto& p : analyser().analyse(d).places) EXPECT_NE(d.text.substr(p.start, p.end - p.start), "Dallas-Fort") << d.text;
}

TEST(Places, APlaceInAPersonsNameDoesNotSwayTheOthers) {
  Document d;
  d.text = "The boy was shot to death in Louisville. Jefferson County Coroner Jo-Ann Farmer said the boy died. "
           "Elgin Anders says the gun discharged. Family spokesman Christopher Smith says Anders should have waited.";
  Analysis a = analyser().analyse(d);
  ASSERT_FALSE(a.places.empty());
  Place pl = analyser().places().to_place(a.places[0].entry);
  EXPECT_EQ(pl.name, "Louisville");
  EXPECT_EQ(pl.admin1, "Kentucky");
  for (auto& p : a.places)
    if (d.text.substr(p.start, p.end - p.start) == "Elgin") {
      EXPECT_TRUE(p.in_person);
    }
}

TEST(Places, APlaceInAGroupsNameIsNoPlaceOfTheStory) {
  // the "MARTI" of the FMLN's full name (data/groups.tsv) is no Marti in Cuba
  Document d;
  d.text = "URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED A POLICE POST IN SAN MIGUEL.";
  Analysis a = analyser().analyse(d);
  bool marti = false;
  for (auto& p : a.places)
    if (d.text.substr(p.start, p.end - p.start) == "MARTI") {
      marti = true;
      EXPECT_TRUE(p.in_person) << "kept, marked as part of a name";
    }
  EXPECT_TRUE(marti) << "the gazetteer knows a Marti";
}

TEST(Places, UsStateFromTheDatelineChoosesTheCity) {
  Document d;
  d.text = "GAINESVILLE, Fla. - One person was killed after two masked men opened fire into a home in Gainesville.";
  d.dateline_end = 20;
  Analysis a = analyser().analyse(d);
  const PlaceMention* city = nullptr;
  for (auto& p : a.places)
    if (!p.dateline && !p.us_state) city = &p;
  ASSERT_NE(city, nullptr);
  Place pl = analyser().places().to_place(city->entry);
  EXPECT_EQ(pl.name, "Gainesville");
  EXPECT_EQ(pl.admin1, "Florida");
  for (auto& p : a.places) {
    if (p.start < 20) {
      EXPECT_TRUE(p.dateline);
    }
  }
}

TEST(Places, TheDatelinesPlaceIsNeverPartOfAPersonsName) {
  Document d;
  d.text = "Herbert Lee Briscoe\n\nHOUSTON - A man has been charged in a shooting that left one man dead.";
  d.dateline_end = static_cast<std::uint32_t>(d.text.find(" - ") + 3);
  Analysis a = analyser().analyse(d);
  bool found = false;
  for (auto& p : a.places)
    if (p.dateline) {
      found = true;
      EXPECT_FALSE(p.in_person);
    }
  EXPECT_TRUE(found);
}

// Wire copy in capitals (MUC-4): the dateline's place is a capital or a city of some size, and its country
// weighs for the others; its date and source are no places; a place name after a title or first names is a
// surname, there and wherever else the text writes it; a small town's name after an article is a common noun.
TEST(Places, WireCopyDatelinesSurnamesAndCommonWords) {
  auto analysed = [](const std::string& text) {
    Document d;
    d.text = text;
    d.dateline_end = static_cast<std::uint32_t>(text.find(" -- ") + 4);
    return std::pair(d, analyser().analyse(d));
  };
  auto said = [](const Document& d, const PlaceMention& p) { return d.text.substr(p.start, p.end - p.start); };
  {
    auto [d, a] = analysed("SAN SALVADOR, 29 MAY 89 (RADIO VENCEREMOS) -- [TEXT] THE GUERRILLAS ALSO PLEDGE TO RESUME THE "
                           "DIALOGUE THAT BEGAN IN COATEPEC, MEXICO, IN MARCH.");
    ASSERT_TRUE(a.tokens.caseless);
    bool capital = false;
    for (auto& p : a.places) {
      EXPECT_NE(said(d, p), "VENCEREMOS") << "the source in brackets is no place";
      EXPECT_NE(said(d, p), "MAY");
      if (said(d, p) == "SAN SALVADOR") {
        ASSERT_GE(p.entry, 0);
        Place pl = analyser().places().to_place(p.entry);
        EXPECT_EQ(pl.country, "SV") << pl.admin1;
        capital = true;
      }
    }
    EXPECT_TRUE(capital);
  }
  {
    // in wire copy filed from a capital, a town of a country the story never names is left unresolved ("SAN
    // MIGUELITO", a part of San Salvador, is no town of Panama), a capital of one is not (Managua)
    auto [d, a] = analysed("SAN SALVADOR, 26 APR 89 (EL DIARIO DE HOY) -- [TEXT] A BOMB EXPLODED IN SAN MIGUELITO LAST NIGHT, "
                           "THE ARMY REPORTED.  THE GUERRILLAS SAID IN MANAGUA THAT THEY WILL ATTACK AGAIN.");
    bool miguelito = false, managua = false;
    for (auto& p : a.places) {
      if (said(d, p) == "SAN MIGUELITO") {
        miguelito = true;
        EXPECT_EQ(p.entry, -1);
      }
      if (said(d, p) == "MANAGUA") {
        managua = true;
        ASSERT_GE(p.entry, 0);
        EXPECT_EQ(analyser().places().to_place(p.entry).country, "NI");
      }
    }
    EXPECT_TRUE(miguelito);
    EXPECT_TRUE(managua);
  }
  {
    // ... but a web page's dateline alone does not make its country sure: "MARGATE —" beside a Hollywood movie
    Document d;
    d.text = "MARGATE \u2014 Neighbors were alarmed when gunmen engaged in a shootout that could have been ripped from a "
             "Hollywood movie.";
    d.dateline_end = static_cast<std::uint32_t>(d.text.find(" Neighbors"));
    Analysis a = analyser().analyse(d);
    bool hollywood = false;
    for (auto& p : a.places)
      if (said(d, p) == "Hollywood") {
        hollywood = true;
        EXPECT_GE(p.entry, 0);
      }
    EXPECT_TRUE(hollywood);
  }
  {
    // a capital's dateline is the capital even where the text names a U.S. state later
    auto [d, a] = analysed("BOGOTA, 5 JUL 89 (AFP) -- [TEXT] AN ARMED GROUP TRIED TO ATTACK THE RESIDENCE OF THE U.S. "
                           "AMBASSADOR IN BOGOTA.  HE HAD TRAVELLED TO MIAMI, FLORIDA.");
    ASSERT_FALSE(a.places.empty());
    ASSERT_TRUE(a.places.front().dateline);
    ASSERT_GE(a.places.front().entry, 0);
    EXPECT_EQ(analyser().places().to_place(a.places.front().entry).country, "CO");
  }
  {
    // a seat of government is filed from as a capital is: La Paz, Bolivia, not the larger-ranked Mexican
    // state capital, the president's surname (Zamora, Mexico) swaying nothing
    auto [d, a] = analysed("LA PAZ, 12 JAN 90 (EFE) -- [TEXT] TWO BOMBS EXPLODED IN LA PAZ LAST NIGHT AFTER A MESSAGE BY "
                           "PRESIDENT JAIME PAZ ZAMORA.");
    int la_paz = 0;
    for (auto& p : a.places)
      if (said(d, p) == "LA PAZ") {
        ASSERT_GE(p.entry, 0);
        EXPECT_EQ(analyser().places().to_place(p.entry).country, "BO");
        ++la_paz;
      }
    EXPECT_EQ(la_paz, 2);
  }
  {
    auto [d, a] = analysed("BOGOTA, 3 JUL 89 (AFP) -- [TEXT] COL RENE EMILIO PONCE SAID A BAKER WHO WAS PASSING BY WAS KILLED "
                           "IN MEDELLIN.  ACCORDING TO PONCE, THE GOVERNMENT OF THE REPUBLIC WILL ACT.");
    int medellin = 0;
    for (auto& p : a.places) {
      std::string w = said(d, p);
      if (w == "PONCE" || w == "BAKER" || w == "REPUBLIC") {
        EXPECT_TRUE(p.in_person) << w << " is no place here";
      }
      if (w == "MEDELLIN" && !p.in_person && p.entry >= 0) medellin += analyser().places().to_place(p.entry).country == "CO";
    }
    EXPECT_EQ(medellin, 1);
  }
  {
    // a name that is an English word is a place in wire copy only where it is a city of a million or a capital
    // (Humble, Texas; Canton, Michigan; Manage, Belgium; Enterprise, Nevada are no places here; Lima is), or
    // more than a city's (Panama), or a state's given with it
    auto found = [&](const std::string& text) {
      auto [d, a] = analysed(text);
      std::map<std::string, int> out;
      for (auto& p : a.places)
        if (!p.in_person && p.entry >= 0) ++out[said(d, p) + " " + analyser().places().to_place(p.entry).country];
      return out;
    };
    auto words = found("SAN SALVADOR, 20 NOV 89 (RADIO) -- [TEXT] SIX PRIESTS AND TWO HUMBLE WOMEN WERE MURDERED IN "
                       "ARENALES CANTON.  WE WILL MANAGE TO HOLD TALKS IN PANAMA AND IN LIMA WITH PRIVATE ENTERPRISE.");
    EXPECT_EQ(words.count("HUMBLE US"), 0u);
    EXPECT_EQ(words.count("CANTON US"), 0u);
    EXPECT_EQ(words.count("MANAGE BE"), 0u);
    EXPECT_EQ(words.count("ENTERPRISE US"), 0u);
    EXPECT_EQ(words["PANAMA PA"], 1);
    EXPECT_EQ(words["LIMA PE"], 1);
    EXPECT_EQ(found("SAN SALVADOR, 20 NOV 89 (RADIO) -- [TEXT] HE WAS SHOT IN HUMBLE, TEXAS.")["HUMBLE US"], 1);
    // nor is a word after a comma a state's AP abbreviation without its period ("Mass" for "Mass.")
    for (auto& [place, count] : found("SAN SALVADOR, 20 NOV 89 (RADIO) -- [TEXT] THE REBELS REQUEST THE RELEASE OF "
                                      "LABOR LEADERS, MASS MOVEMENT ACTIVISTS, AND PRISONERS."))
      EXPECT_FALSE(place.ends_with(" US")) << place;
  }
}

// The names the analysis of `text` finds, as written, with their types.
static std::map<std::string, std::string> names_found(const char* text) {
  Document d;
  d.text = text;
  Analysis a = analyser().analyse(d);
  std::map<std::string, std::string> found;
  for (auto& n : a.names)
    found[std::string(d.text.substr(a.tokens.tokens[n.first].start,
                                    a.tokens.tokens[n.last - 1].end - a.tokens.tokens[n.first].start))] = n.type;
  return found;
}

// Whether the analysis of `text` has a person's name that holds `name`.
static bool named_as_person(const char* text, const std::string& name) {
  for (auto& [span, type] : names_found(text))
    if (type == "per" && span.find(name) != std::string::npos) return true;
  return false;
}

TEST(Names, ANameWithAnAgeIsAPersons) {
  // The tagger calls both of these an organisation.
  EXPECT_TRUE(named_as_person("Nineteen-year-old Alvin Valentine was shot and killed while he was a passenger.", "Alvin Valentine"));
  EXPECT_TRUE(named_as_person("Paramedics took the victims to hospitals, where Randy Chapman, 23, of Long Beach, was pronounced dead.",
                              "Randy Chapman"));
}

// A name the tagger reads as a place or an organisation that opens with a common first name is a person's,
// unless a word of it says otherwise (a place's follower, an outlet's) or the gazetteer knows it whole.
TEST(Names, ACommonFirstNameOrAnAgeMakesAPersonsName) {
  struct Case { const char* text; const char* name; bool person; };
  for (auto c : {Case{"The sheriff's office says there was no malice behind the shooting that killed Brandon Crawford.",
                      "Brandon Crawford", true},
                 Case{"Jimmy McCane, Ladarrel Bradley, and Dominique King all suffered nonlife threatening injuries.",
                      "Dominique King", true},
                 // an age in apposition
                 Case{"The melee left nine people wounded and claimed the life of Demontris Toliver, a 25-year-old tattoo "
                      "artist from Baton Rouge.",
                      "Demontris Toliver", true},
                 // a surname prose mostly writes in lower case, after a first name
                 Case{"A television station identified the woman as Patrice Price, a mother of three.", "Patrice Price", true},
                 Case{"The Atlanta Journal-Constitution reported the shooting on Sunday.", "Atlanta Journal-Constitution", false},
                 Case{"A man was shot on Sunday in Lake Stevens, police said.", "Lake Stevens", false}})
    EXPECT_EQ(named_as_person(c.text, c.name), c.person) << c.text;
}

// The tagger joins a person's name to the name before it with "and" ("Federal Way and Lorenzo Duncan", an
// organisation): the person's name after "and" is a name of its own, and so is what comes before it, a
// person's where it reads as one.
TEST(Names, APersonsNameAfterAndIsOneOfItsOwn) {
  struct Case { const char* text; std::vector<std::pair<std::string, bool>> names; };  // span, a person's
  for (auto c : {Case{"Police identified the victims as Antuan Greer of SeaTac, Nicholas Lindsay of Federal Way and Lorenzo "
                      "Duncan of Des Moines.",
                      {{"Federal Way", false}, {"Lorenzo Duncan", true}}},
                 Case{"The victims were Shaun Smith, 29; Matthew Musmian, 28; and Parish Jordan and Leroy Monsalvatge, "
                      "both 22.",
                      {{"Leroy Monsalvatge", true}}}}) {
    auto found = names_found(c.text);
    for (auto& [span, person] : c.names) {
      ASSERT_TRUE(found.count(span)) << c.text << ": no name " << span;
      EXPECT_EQ(found[span] == "per", person) << c.text << ": " << span;
    }
  }
}

// A photo credit the tagger reads as one person's name, "Photo: Maria T. Lopez/Springfield Gazette", is a
// photographer and her paper: no name runs past a slash or a colon, the part after a slash is the outlet, and
// the one word before a colon is a label.
TEST(Names, APhotoCreditIsAPersonAndAnOutlet) {
  for (const char* text : {"A man was shot Sunday night.\n\nPhoto: Maria T. Lopez/Springfield Gazette\n\nPolice said the victim died.",
                           "Photo: Daniel R. Whitfield/Toledo Blade Buy Photo\n\nA woman was shot."}) {
    bool person = false, outlet = false;
    for (auto& [span, type] : names_found(text)) {
      EXPECT_EQ(span.find('/'), std::string::npos) << text << ": " << span;
      EXPECT_EQ(span.find(':'), std::string::npos) << text << ": " << span;
      EXPECT_NE(span, "Photo") << text;
      person |= type == "per" && (span == "Maria T. Lopez" || span == "Daniel R. Whitfield");
      outlet |= type == "org" && (span == "Springfield Gazette" || span == "Toledo Blade");
    }
    EXPECT_TRUE(person) << text;
    EXPECT_TRUE(outlet) << text;
  }
}

// In text without capitals, words prose writes in lower case are those words, not the towns they also
// name ("CUT OFF", Louisiana; "WHITE HOUSE", Tennessee), while a place's own name still is one.
TEST(Places, CaselessCommonWordsAreNoTowns) {
  Document d;
  d.text = "SAN SALVADOR, 12 JAN 90 (RADIO CADENA) -- [TEXT] GUERRILLAS TODAY BLEW UP A POWER TOWER IN USULUTAN "
           "DEPARTMENT, WHICH CUT OFF ELECTRICITY TO THE WHITE HOUSE OF THE LOCAL MAYOR.\n";
  Analysis a = analyser().analyse(d);
  ASSERT_TRUE(a.tokens.caseless);
  std::set<std::string> found;
  for (auto& p : a.places) found.insert(std::string(d.text.substr(p.start, p.end - p.start)));
  EXPECT_TRUE(found.count("USULUTAN"));
  EXPECT_FALSE(found.count("CUT OFF"));
  EXPECT_FALSE(found.count("WHITE HOUSE"));
}

TEST(Places, APlaceBeforeAPoliceWordIsNoPersonsName) {
  // The tagger reads "Houston" and "Louisville Metro" here as people's names; the police word says otherwise.
  for (const char* s : {"Houston police are investigating the fatal shooting of one man at 3500 Fannin.",
                        "Louisville Metro police are investigating after a teenager is grazed by a bullet."}) {
    Document d;
    d.text = s;
    Analysis a = analyser().analyse(d);
    ASSERT_FALSE(a.places.empty()) << s;
    EXPECT_FALSE(a.places.front().in_person) << s;
  }
  // A sizeable U.S. city's name that is a common word too is a place there, and only there.
  auto places_in = [](const char* s) {
    Document d;
    d.text = s;
    return analyser().analyse(d).places.size();
  };
  EXPECT_EQ(places_in("Reading police were called to a parking lot Monday."), 1u);
  EXPECT_EQ(places_in("Mobile Police Department officers found the man."), 1u);
  EXPECT_EQ(places_in("As police arrived, the man fled. Metro Police said so."), 0u);
  EXPECT_EQ(places_in("Reading the report, police said nothing."), 0u);
}

TEST(Places, ANameBeforeACommaAndAStateWithATownOfThatNameIsTheTown) {
  // The tagger reads "Hartford" opening the sentence as a person's name; ", Connecticut," says otherwise.
  Document d;
  d.text = "Hartford, Connecticut, police are investigating a shooting that injured multiple people in the city's North End.";
  Analysis a = analyser().analyse(d);
  ASSERT_FALSE(a.places.empty());
  EXPECT_EQ(d.text.substr(a.places.front().start, a.places.front().end - a.places.front().start), "Hartford");
  EXPECT_FALSE(a.places.front().in_person);
  Place hartford = analyser().places().to_place(a.places.front().entry);
  EXPECT_EQ(hartford.name, "Hartford");
  EXPECT_EQ(hartford.admin1, "Connecticut");
}

TEST(Places, ADayBeforeATownIsNoFirstName) {
  Document d;
  d.text = "Suspect in Sunday Carbondale shooting surrenders to authorities";
  Analysis a = analyser().analyse(d);
  ASSERT_EQ(a.places.size(), 1u);
  EXPECT_FALSE(a.places[0].in_person) << "Sunday is no first name, so Carbondale is no surname";
  d.text = "Police said Eric Carbondale was not hurt.";  // a capitalised word that is a name: a surname still
  a = analyser().analyse(d);
  for (auto& p : a.places) EXPECT_TRUE(p.in_person);
}

TEST(Times, ClockTimesWithoutADayAndNamedDays) {
  auto resolve = [](const std::string& s, Date pub) {
    auto tk = analyser().tokenizer().tokenize(s);
    std::vector<std::string> got;
    for (auto& t : analyser().times().find(tk, s, pub)) got.push_back(t.date.iso() + (t.implicit ? "*" : ""));
    return got;
  };
  Date pub = Date::ymd(2017, 1, 2);  // a Monday
  EXPECT_EQ(resolve("Reports came in at about 11:18 a.m. from the 200 block.", pub), std::vector<std::string>{"2017-01-02*"});
  EXPECT_EQ(resolve("It happened around 9:10 pm on New Year's Eve at a relative's home.", pub), std::vector<std::string>{"2016-12-31"});
  EXPECT_EQ(resolve("He was shot at 11 p.m. Saturday.", pub), std::vector<std::string>{"2016-12-31"});
  EXPECT_TRUE(resolve("4:56 Mother of victim speaks Pause", pub).empty()) << "a video's length is not a time";
  EXPECT_EQ(resolve("The shooting on Thanksgiving left two dead.", Date::ymd(2016, 11, 28)), std::vector<std::string>{"2016-11-24"});
  EXPECT_EQ(resolve("Police patrols grow every Memorial Day.", Date::ymd(2016, 5, 1)), std::vector<std::string>{"2015-05-25"});
  EXPECT_EQ(resolve("Several people were shot while celebrating Martin Luther King Jr. Day at a park.", Date::ymd(2016, 1, 19)),
            std::vector<std::string>{"2016-01-18"});
  // "overnight": the night that ends on the publication day; "an overnight search" is no time of its own
  EXPECT_EQ(resolve("A 5-year-old child was shot overnight.", pub), std::vector<std::string>{"2017-01-02"});
  EXPECT_TRUE(resolve("The bodies were found during an overnight search.", pub).empty());
}

TEST(Places, OutletDatelineAndTheOtherPlacesDecideAmbiguousNames) {
  EXPECT_EQ(PlaceFinder::host_of("http://web.archive.org/web/20150126093612/http://www.wistv.com:80/story/1"), "wistv.com");
  EXPECT_EQ(PlaceFinder::host_of("https://WWW.Example.org/a?b"), "example.org");
  auto resolve = [](const std::string& text, const std::string& url, std::uint32_t dateline_end = 0) {
    Document d;
    d.text = text;
    d.url = url;
    d.dateline_end = dateline_end;
    Analysis a = analyser().analyse(d);
    std::vector<std::string> out;
    for (auto& p : a.places) {
      Place pl = analyser().places().to_place(p.entry);
      out.push_back(pl.name + "/" + pl.admin1);
    }
    return out;
  };
  // An outlet from data/outlets.tsv (a Charleston, South Carolina station).
  auto lex = resolve("An eighth grader died after a shooting at a Lexington home, deputies said.", "http://www.abcnews4.com/story/1");
  ASSERT_FALSE(lex.empty());
  EXPECT_EQ(lex[0], "Lexington/South Carolina");
  // An outlet data/outlets.tsv does not know whose host names a large city of one state (Salina, Kansas);
  // not one that names a city several states share ("springfield", nor the "spring" in it)
  EXPECT_EQ(analyser().places().host_city_state("http://www.salina.com/news/1"), "KS");
  EXPECT_EQ(analyser().places().host_city_state("http://www.springfieldnewssun.com/news/1"), "");
  // ... or a state's name, the longest one ("westvirginia", not "virginia"), but not New York's or Washington's
  EXPECT_EQ(analyser().places().host_city_state("http://www.centralillinoisproud.com/news/1"), "IL");
  EXPECT_EQ(analyser().places().host_city_state("http://www.westvirginiadaily.com/news/1"), "WV");
  EXPECT_EQ(analyser().places().host_city_state("http://www.nbcnewyork.com/news/1"), "");
  auto peoria = resolve("The shooting happened at 10:45 Thursday night on South Arago Street in Peoria.",
                        "http://www.centralillinoisproud.com/news/1");
  ASSERT_FALSE(peoria.empty());
  EXPECT_EQ(peoria[0], "Peoria/Illinois");
  // A section of the URL's path named for a state (through an archive's copy), whole words only
  EXPECT_EQ(analyser().places().path_state("http://web.archive.org/web/2016/http://globegazette.com/news/iowa/child-1.html"),
            "IA");
  EXPECT_EQ(analyser().places().path_state("http://example.com/news/north-carolina/story"), "NC");
  EXPECT_EQ(analyser().places().path_state("http://example.com/news/iowa-city-man-shot"), "");
  auto garner = resolve("A child was shot at the Garner shooting range on Sunday, police said.",
                        "http://globegazette.com/news/iowa/child-shot-at-garner-shooting-range/article_1.html");
  ASSERT_FALSE(garner.empty());
  EXPECT_EQ(garner[0], "Garner/Iowa");
  auto abilene = resolve("A robbery suspect shot himself in Abilene on Sunday, police said.", "http://www.salina.com/news/1");
  ASSERT_FALSE(abilene.empty());
  EXPECT_EQ(abilene[0], "Abilene/Kansas");
  // In a story whose state is sure (a New Orleans station's), a name whose best reading is a small town of
  // another state, or a city of a country the story never names, stays unresolved: New Orleans' Seventh Ward
  // and Central City are no Ward, Arkansas, and Central City, Colorado, and a Galvez of Louisiana no Gálvez,
  // Argentina. The state's own towns and
  // the other states' large cities still resolve.
  auto central = resolve("Shootings in the Seventh Ward and Central City marked a violent start to the weekend.",
                         "http://www.fox8live.com/story/1");
  EXPECT_EQ(central, (std::vector<std::string>{"/", "/"}));
  auto galvez = resolve("A man was shot in Galvez on Sunday, deputies in Ascension Parish said.", "http://www.wafb.com/story/1");
  ASSERT_EQ(galvez.size(), 2u);
  EXPECT_EQ(galvez[0], "/");
  EXPECT_EQ(galvez[1], "Ascension Parish/Louisiana");
  auto houston = resolve("He was shot in Houma and later moved to Houston.", "http://www.wafb.com/story/1");
  EXPECT_EQ(houston, (std::vector<std::string>{"Houma/Louisiana", "Houston/Texas"}));
  // ... but a small town of a county the story names is in that county's state, named or not (a Washington
  // station's story of Oxon Hill in Prince George's County, Maryland)
  auto oxon = resolve("WASHINGTON - A man was shot on Saturday in Prince George's County. Police said he was "
                      "standing at a bus stop in Oxon Hill.",
                      "http://www.wusa9.com/news/1", 10);
  ASSERT_FALSE(oxon.empty());
  EXPECT_EQ(oxon.back(), "Oxon Hill/Maryland");
  // ... which without the outlet are Arkansas' and Colorado's still
  EXPECT_EQ(resolve("Shootings in the Seventh Ward and Central City marked a violent start to the weekend.", ""),
            (std::vector<std::string>{"Ward/Arkansas", "Central City/Colorado"}));
  // ... and a name left out so is still read as a person's where a small town's name would be ("Malone's
  // friend" beside "Alexis Malone"), as if it were resolved
  {
    Document d;
    d.text = "Alexis Malone was shot in the Seventh Ward. Police spoke to Malone’s friend on Sunday.";
    d.url = "http://www.fox8live.com/story/1";
    Analysis a = analyser().analyse(d);
    ASSERT_FALSE(a.places.empty());
    const PlaceMention& owner = a.places.back();
    EXPECT_EQ(a.tokens.lower[owner.first], "malone's");  // (lower case folds the curly apostrophe)
    EXPECT_EQ(owner.entry, -1);
    EXPECT_GE(owner.stray, 0);
    EXPECT_TRUE(owner.in_person);
  }
  // "W.Va." is one word, West Virginia's (not "W." and Virginia's "Va."), so the towns of a West Virginia story
  // are not left out as another state's; nor is the dateline's town ever
  EXPECT_EQ(resolve("FAIRMONT, W.Va. — An adult was arrested in the death of a Fairmont student.", "", 15),
            (std::vector<std::string>{"Fairmont/West Virginia", "West Virginia/West Virginia", "Fairmont/West Virginia"}));
  // A U.S. broadcaster's host (a call sign) makes a story American: Birmingham, Alabama, not England
  auto birmingham = resolve("Birmingham police are investigating after a teen was shot in a drive-by shooting.",
                            "http://www.wxyz9.com/story/1");
  ASSERT_FALSE(birmingham.empty());
  EXPECT_EQ(birmingham[0], "Birmingham/Alabama");
  // ... and its first letter tells the side of the Mississippi (data/call_signs.tsv): Duncan, Oklahoma, is the
  // larger, but a W station's Duncan is South Carolina's; so with "tv" after a three-letter sign ("wistv")
  const std::string duncan_text = "A 17 year old was shot in the face after a gun went off inside a Duncan home.";
  EXPECT_EQ(resolve(duncan_text, ""), std::vector<std::string>{"Duncan/Oklahoma"});
  EXPECT_EQ(resolve(duncan_text, "http://www.kqqq.com/story/1"), std::vector<std::string>{"Duncan/Oklahoma"});
  EXPECT_EQ(resolve(duncan_text, "http://www.wqqq.com/story/1"), std::vector<std::string>{"Duncan/South Carolina"});
  EXPECT_EQ(resolve(duncan_text, "http://www.wqqtv.com/story/1"), std::vector<std::string>{"Duncan/South Carolina"});
  // ... less than a state the text names
  EXPECT_EQ(resolve("A man was shot in Duncan, Oklahoma, on Sunday.", "http://www.wqqq.com/story/1").front(),
            "Duncan/Oklahoma");
  // A town in a county the document names is that town: Denmark, South Carolina, of Bamberg County
  auto denmark = resolve("A man from Denmark was charged in the shooting, the Bamberg County chief magistrate said.", "");
  ASSERT_EQ(denmark.size(), 2u);
  EXPECT_EQ(denmark[0], "Denmark/South Carolina");
  auto near = resolve("A teen from Peoria was shot near Bloomington, police said.", "");
  ASSERT_EQ(near.size(), 2u);
  EXPECT_EQ(near[0], "Peoria/Illinois");
  // A name read in a state the document names is no nearby town of another state: Detroit beside Michigan
  // does not make Dallas the Oregon town near Detroit, Oregon.
  auto dallas = resolve("He worked for the Wayne County Sheriff's Office in Michigan. The Detroit native moved to Dallas.", "");
  ASSERT_EQ(dallas.size(), 4u);
  EXPECT_EQ(dallas[3], "Dallas/Texas");
  // A venue's word ending a venue's name is no town: "Ice Bar and Grill" names no Grill, Pennsylvania.
  auto grill = resolve("A fight broke out at Ice Bar and Grill in Memphis on Sunday.", "");
  ASSERT_EQ(grill.size(), 1u);
  EXPECT_EQ(grill[0], "Memphis/Tennessee");
  // The telephone numbers the text gives name their states (libphonenumber's offline geocoder); toll-free and
  // invalid numbers none
  {
    std::string t = "Call police at 910-343-3609 or (716) 847-2255, 1-910-343-3610, 1-800-222-8477 or 555-123-4567.";
    EXPECT_EQ(analyser().places().phone_states(analyser().tokenizer().tokenize(t), t),
              (std::vector<std::string>{"NC", "NY"}));
  }
  // ... and vote for them: the Wilmington of a 910 number is North Carolina's (not Delaware's or
  // Massachusetts' (whose Norton a reporter's name reads)
  auto wilmington = resolve("WILMINGTON -- A man was shot near Seventh and Queen streets late Monday. Anyone with "
                            "information is asked to call the police at 910-343-3609. Reporter F.T. Norton can be "
                            "reached at 910-343-2070.",
                            "", 13);
  ASSERT_FALSE(wilmington.empty());
  EXPECT_EQ(wilmington[0], "Wilmington/North Carolina");
  // Three mentions of one name do not outvote the rest of the document.
  auto repeated = resolve("Santa Ana police said two men were shot in Santa Ana. Santa Ana officers and Anaheim police searched.", "");
  ASSERT_FALSE(repeated.empty());
  EXPECT_EQ(repeated[0], "Santa Ana/California");
  // A dateline place is a place even when it is also a common word.
  auto reading = resolve("READING, Pa. - A man was shot on Penn Street.", "", 14);
  ASSERT_FALSE(reading.empty());
  EXPECT_EQ(reading[0], "Reading/Pennsylvania");
}

TEST(Places, TheStatesAndCountriesTheHeadlineNamesAreTheStorys) {
  // "Southgate" (Michigan) beside "Memphis" reads Memphis as the Michigan village; the headline's
  // "Memphis, Tennessee" says which one the story means. Without a headline the body decides alone.
  auto memphis = [](const std::string& title) {
    Document d;
    d.title = title;
    d.text = "A woman accidentally shot herself inside a Memphis Kroger, police said. The Southgate store was closed.";
    Analysis a = analyser().analyse(d);
    for (auto& p : a.places)
      if (a.tokens.lower[p.first] == "memphis") return analyser().places().to_place(p.entry).admin1;
    return std::string("none");
  };
  EXPECT_EQ(memphis(""), "Michigan");
  EXPECT_EQ(memphis("Woman accidentally shoots self inside Kroger - Action News 5 - Memphis, Tennessee"), "Tennessee");
  // a headline that names no state or country changes nothing
  EXPECT_EQ(memphis("Woman accidentally shoots self inside Kroger"), "Michigan");
}

TEST(Places, StreetNamesAreNotPlacesAndDemonymsNameTheirCountry) {
  Document d;
  d.text = "Police found him on Edwards Street in Denver. A Kazakh official and a Salvadoran guerrilla spoke.";
  Analysis a = analyser().analyse(d);
  std::vector<std::string> names;
  for (auto& p : a.places) names.push_back(analyser().places().to_place(p.entry).name);
  EXPECT_EQ(names, (std::vector<std::string>{"Denver", "Kazakhstan", "El Salvador"}));
  // a demonym that several entries of the country list share names the independent country among them
  d.text = "A Dutch reporter, a French soldier and a Norwegian nurse were hurt.";
  a = analyser().analyse(d);
  names.clear();
  for (auto& p : a.places) names.push_back(analyser().places().to_place(p.entry).country);
  EXPECT_EQ(names, (std::vector<std::string>{"NL", "FR", "NO"}));
  // a make of car that is also a town is the car (data/place_stopwords_extra.txt)
  d.text = "The gunmen fled in a red Toyota pickup toward Lima.";
  a = analyser().analyse(d);
  names.clear();
  for (auto& p : a.places) names.push_back(analyser().places().to_place(p.entry).country);
  EXPECT_EQ(names, (std::vector<std::string>{"PE"}));
  // "the White House" is the president's house, not White House, Tennessee; "The Woodlands" keeps its town
  d.text = "An officer shot himself in Denver, four blocks from the White House. Police in The Woodlands said so.";
  a = analyser().analyse(d);
  names.clear();
  for (auto& p : a.places) names.push_back(analyser().places().to_place(p.entry).name);
  EXPECT_EQ(names, (std::vector<std::string>{"Denver", "The Woodlands"}));
  // a make of car after a colour is the car, there and wherever else the text writes it
  // (data/colour_words.txt); a numbered street and a name is a corner ("near 20th and Lakewood")
  d.text = "Officers in Tulsa stopped a white Pontiac near 20th and Lakewood. A handgun was found in the Pontiac. "
           "A silver 2004 Lincoln was parked in Lakewood, Colorado.";
  a = analyser().analyse(d);
  names.clear();
  for (auto& p : a.places) names.push_back(analyser().places().to_place(p.entry).name);
  EXPECT_EQ(names, (std::vector<std::string>{"Tulsa", "Lakewood", "Colorado"}));
}

TEST(Places, SmallPlacesFallBackToTheStateNamedBesideThem) {
  auto resolve = [](const std::string& text) {
    Document d;
    d.text = text;
    Analysis a = analyser().analyse(d);
    std::vector<std::string> out;
    for (auto& p : a.places) {
      Place pl = analyser().places().to_place(p, d.text);
      out.push_back(pl.name + "/" + pl.admin1 + "/" + pl.precision + (p.within ? "/within" : ""));
    }
    return out;
  };
  // Not in the gazetteer: the town keeps its name, the state gives the region.
  EXPECT_EQ(resolve("The land lies near Pickle Bottom, Texas, police said.")[0], "Pickle Bottom/Texas/admin1/within");
  // A village of the ZIP code list (no GeoNames entry) is a town of its own.
  EXPECT_EQ(resolve("The land lies near Tennessee Colony, Texas, police said.")[0], "Tennessee Colony/Texas/city");
  // In the gazetteer but elsewhere: the state beside it wins.
  EXPECT_EQ(resolve("A man was shot in Raleigh, Tenn., on Friday.")[0], "Raleigh/Tennessee/admin1/within");
  // Known in that state: resolved as usual.
  EXPECT_EQ(resolve("A man was shot in Nashville, Tenn., on Friday.")[0], "Nashville/Tennessee/city");
  // A title among the words: a person's name and title, no town.
  {
    Document d;
    d.text = "Saginaw County Sheriff Bill Federspiel, Michigan State Police Lieutenant Dave Simon and the owner spoke.";
    Analysis a = analyser().analyse(d);
    for (auto& p : a.places)
      if (p.within) {
        EXPECT_TRUE(p.in_person) << d.text.substr(p.start, p.end - p.start);
      }
  }
  // a known town of that state right before the comma is the place, whatever capitals come before it
  {
    auto got = resolve("4 SHOT IN CALIFORNIA-KIRKBRIDE FOR IMMEDIATE RELEASE PITTSBURGH, PA - The unit is investigating.");
    EXPECT_NE(std::find(got.begin(), got.end(), "Pittsburgh/Pennsylvania/city"), got.end());
  }
  // "near" is no part of the town's name
  EXPECT_EQ(resolve("A BOY WAS SHOT NEAR DALLAS, Ore., ON THURSDAY.")[0], "Dallas/Oregon/city");
  // Another country's region: a reading of the town in a third country gives way to it (the gazetteer has a
  // San Francisco Javier in Durango, Mexico, not El Salvador's); a list of regions stays as it is.
  auto country_of = [](const std::string& text, const std::string& place) {
    Document d;
    d.text = text;
    Analysis a = analyser().analyse(d);
    for (auto& p : a.places)
      if (d.text.substr(p.start, p.end - p.start) == place) {
        Place pl = analyser().places().to_place(p, d.text);
        return pl.name + "/" + pl.admin1 + "/" + pl.country + (p.within ? "/within" : "");
      }
    return std::string("none");
  };
  EXPECT_EQ(country_of("SAN SALVADOR, 19 MAR 89 -- A REPORTER WAS KILLED IN THE TOWN OF SAN FRANCISCO JAVIER, USULUTAN "
                       "DEPARTMENT.",
                       "SAN FRANCISCO JAVIER"),
            "SAN FRANCISCO JAVIER/Usulutan/SV/within");
  EXPECT_EQ(country_of("SAN SALVADOR, 19 MAR 89 -- CLASHES WERE REPORTED IN SAN MIGUEL, USULUTAN, AND MORAZAN DEPARTMENTS.",
                       "SAN MIGUEL"),
            "San Miguel/San Miguel Department/SV");
}

TEST(Numbers, VagueCountsAndWeaponNumbers) {
  std::string s = "Dozens were hurt and hundreds fled; he fired a .45-caliber pistol and an AR-15 at 3 officers.";
  auto tk = analyser().tokenizer().tokenize(s);
  std::vector<std::string> counts;
  for (auto& q : analyser().numbers().find(tk, s))
    if (q.count && !q.article) counts.push_back(std::to_string(q.value) + (q.qualifier.empty() ? "" : "/" + q.qualifier));
  EXPECT_EQ(counts, (std::vector<std::string>{"12/vague", "100/vague", "3"}));
}

// "double", "triple" before a hyphen in one word count the rest of it ("triple-murder"), which the extractor
// reads; "double-check" is such a word too, and no casualty word makes it a count there.
TEST(Numbers, AMultipleJoinedByAHyphenIsOneWordsCount) {
  std::string s = "The triple-murder happened here.";
  auto tk = analyser().tokenizer().tokenize(s);
  std::vector<Quantity> qs;
  for (auto& q : analyser().numbers().find(tk, s))
    if (q.count && !q.article) qs.push_back(q);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value, 3);
  EXPECT_TRUE(qs[0].multiple);
  EXPECT_TRUE(qs[0].joined);
  EXPECT_EQ(qs[0].last, qs[0].first + 1);
}

TEST(Places, ANameAfterATitleOrBeforeAnInitialIsAPersons) {
  Document d;
  d.text = "Sgt. Wayne Jefferson said Norman R. Burke was shot in Memphis. Moore said Gordon, 25, was hit. "
           "Police in Houston said nothing.";
  Analysis a = analyser().analyse(d);
  std::vector<std::string> places;
  for (auto& p : a.places)
    if (!p.in_person) places.push_back(analyser().places().to_place(p.entry).name);
  EXPECT_EQ(places, (std::vector<std::string>{"Memphis", "Houston"}));
}

// Names beside the place name decide what it is: a first name before a surname, a surname after a first
// name or an initial, the owner of a possessive whose full name the text gives, a street named with
// another, a venue or a newspaper (kept, to resolve the others, but marked).
TEST(Places, TheWordsAroundAOneWordPlaceMakeItAPersonsAStreetOrAVenue) {
  Document d;
  d.text = "Alexis Malone, 19, was shot in Memphis. The case went to Deputy Prosecutor Kimberly Dale. "
           "Police Sgt. Kendale Adams said Eric D. Lawrence saw it. Malone's friend was near Humboldt and "
           "Eastwood streets, near Wallace and 33rd Street, in the 5600 block of Wolcott, at Douglass Park. The "
           "Chicago Tribune reported it from West Pullman. He had been at the Garden State Pistol Range, not at Ohio State. Gregory Cooper said "
           "his brother Joshua Cooper was his best friend. A future was taken away from Joshua on Friday.";
  Analysis a = analyser().analyse(d);
  std::vector<std::string> places, names;
  for (auto& p : a.places) {
    std::string text = d.text.substr(p.start, p.end - p.start);
    if (p.in_name) names.push_back(text);
    else if (!p.in_person) places.push_back(text);
  }
  // ("State" after a place that is no state's name makes a university's or a nickname's; a state's stays:
  // "Ohio State" may be its highway patrol; a small town's name that is a first name opening a person's full
  // name elsewhere is that first name alone: "Joshua" of "Joshua Cooper")
  EXPECT_EQ(places, (std::vector<std::string>{"Memphis", "West Pullman", "Ohio"}));
  EXPECT_EQ(names, (std::vector<std::string>{"Douglass", "Chicago", "Garden"}));
}

TEST(Places, APostalCodeOrAnAbbreviationWithoutItsPeriodIsAStateOnlyAfterAName) {
  Document d;
  d.text = "BRISTOL, TN (WJHL) - A man was shot in Jacksonville, Fla, police said. IN OTHER NEWS, OR ELSE";
  Analysis a = analyser().analyse(d);
  std::vector<std::string> states;
  for (auto& p : a.places)
    if (p.us_state) states.push_back(analyser().places().to_place(p.entry).name);
  EXPECT_EQ(states, (std::vector<std::string>{"Tennessee", "Florida"}));
}

TEST(Places, APartOfACityBelongsToThatCity) {
  const Gazetteer& gaz = analyser().places().gazetteer();
  auto enclosing = [&](const std::string& name, const std::string& state) -> std::string {
    const auto* c = gaz.lookup(fold_key(name));
    if (!c) return "?";
    for (auto i : *c)
      if (gaz.at(i).admin1 == state) {
        const GazEntry* city = gaz.enclosing_city(gaz.at(i));
        return city ? city->name : "";
      }
    return "?";
  };
  EXPECT_EQ(enclosing("West Garfield Park", "IL"), "Chicago");
  EXPECT_EQ(enclosing("Boyle Heights", "CA"), "Los Angeles");
  EXPECT_EQ(enclosing("Evanston", "IL"), "") << "a city of its own";
  EXPECT_EQ(enclosing("Dorchester", "MA"), "Boston") << "a place of no recorded people beside a big city";
  EXPECT_EQ(enclosing("Burlingame", "CA"), "") << "a town with people of its own";
}

TEST(Places, APlaceOfACountyThatIsOneCityBelongsToThatCity) {
  // data/consolidated_counties.tsv: Kings County is Brooklyn, Orleans Parish New Orleans; Queens is not listed
  const Gazetteer& gaz = analyser().places().gazetteer();
  auto consolidated = [&](const std::string& name, const std::string& state, GazEntry::Kind kind) -> std::string {
    const auto* c = gaz.lookup(fold_key(name));
    if (!c) return "?";
    for (auto i : *c)
      if (gaz.at(i).admin1 == state && gaz.at(i).kind == kind) {
        const GazEntry* city = gaz.consolidated_city(gaz.at(i));
        return city ? city->name : "";
      }
    return "?";
  };
  EXPECT_EQ(consolidated("East Flatbush", "NY", GazEntry::Kind::city), "Brooklyn");
  EXPECT_EQ(consolidated("Orleans Parish", "LA", GazEntry::Kind::admin2), "New Orleans");
  EXPECT_EQ(consolidated("Brooklyn", "NY", GazEntry::Kind::city), "") << "the seat itself";
  EXPECT_EQ(consolidated("Far Rockaway", "NY", GazEntry::Kind::city), "") << "Queens is not listed";
  EXPECT_EQ(consolidated("Richmond County", "GA", GazEntry::Kind::admin2), "Augusta") << "by state: Georgia's";
}

// A dotted sequence that ends without its period ("D.A’s") must not take the first byte of what follows:
// every token stays whole UTF-8.
TEST(Tokenizer, ADottedSequenceWithoutItsLastPeriodEndsBeforeTheApostrophe) {
  auto texts = token_texts("the D.A\xE2\x80\x99s office said");
  ASSERT_GE(texts.size(), 2u);
  EXPECT_EQ(texts[1], "D.A");
}

TEST(Tokenizer, SentencesAPageGluedTogetherAreStillTwo) {
  // scraped pages lose the space between sentences ("said Sunday.The suspects"); abbreviations, initials and
  // web addresses keep theirs
  std::string s = "Police said Sunday.The suspects, 33.They were held in St.Louis by Mr.Smith, K.Jones and abc7.com staff.";
  auto tk = analyser().tokenizer().tokenize(s);
  std::vector<std::string> sentences;
  for (auto& st : tk.sentences) sentences.push_back(s.substr(st.start, st.end - st.start));
  EXPECT_EQ(sentences, (std::vector<std::string>{"Police said Sunday.", "The suspects, 33.",
                                                 "They were held in St.Louis by Mr.Smith, K.Jones and abc7.com staff."}));
}

TEST(Tokenizer, AHardWrappedParagraphIsOneTextNotOneSentencePerLine) {
  std::string s = "[TEXT] LIBERAL SENATOR FEDERICO ESTRADA VELEZ OF THE ANTIOQUIA DEPARTMENT\nWAS KIDNAPPED ON 3 APRIL AT THE "
                  "CORNER OF 60TH AND 48TH STREETS.\nTHE EXTRADITABLES CLAIMED IT.\nShort heading\nNext line.";
  auto tk = analyser().tokenizer().tokenize(s);
  ASSERT_EQ(tk.sentences.size(), 4u);
  EXPECT_EQ(s.substr(tk.sentences[1].start, tk.sentences[1].end - tk.sentences[1].start), "THE EXTRADITABLES CLAIMED IT.");
  // a line that ends on an abbreviation's own period goes on, as the same words would on one line
  s = "THE FMLN ATTACKED THE MILITARY INSTALLATION AND SET FIRE TO A RESIDENCE OF U.S.\nMILITARY ADVISERS IN "
      "SAN SALVADOR.\nTHE ARMY SAID SO.";
  tk = analyser().tokenizer().tokenize(s);
  ASSERT_EQ(tk.sentences.size(), 2u);
  EXPECT_EQ(s.substr(tk.sentences[1].start, tk.sentences[1].end - tk.sentences[1].start), "THE ARMY SAID SO.");
}

TEST(Tokenizer, CaselessIsAllCapitalsOrNoneNotSentenceCaseWithoutNames) {
  auto caseless = [](const std::string& s) { return analyser().tokenizer().tokenize(s).caseless; };
  EXPECT_TRUE(caseless("GUERRILLAS KIDNAPPED LIBERAL SENATOR FEDERICO ESTRADA VELEZ IN MEDELLIN ON 3 APRIL [REPORT]."));
  std::string lower;
  for (int i = 0; i < 8; ++i) lower += "police said the man was shot near the corner and taken to a hospital. ";
  EXPECT_TRUE(caseless(lower));
  EXPECT_TRUE(caseless("the guatemala army denied today that guerrillas attacked the presidential farm.")) << "no capital at all";
  // sentence case with hardly a name, and a headline too short to tell
  EXPECT_FALSE(caseless("Deaths ruled murder-suicide; mother shot husband, infant son, then herself.\n\nClick on the button "
                        "below to set up your account or log in if you already have one.\n\nThe shooting happened at a "
                        "home on the east side late on the night before, police said."));
  EXPECT_FALSE(caseless("17-year-old identified as suspect shot, killed by Columbus police officer"));
}

TEST(Names, TextWithoutCapitalsIsTruecasedFirst) {
  EXPECT_EQ(Truecaser::shared().apply("KIDNAPPED"), "kidnapped");
  EXPECT_EQ(Truecaser::shared().apply("ESTRADA"), "Estrada");
  Document d;
  d.text = "GUERRILLAS KIDNAPPED LIBERAL SENATOR FEDERICO ESTRADA VELEZ IN MEDELLIN ON 3 APRIL [REPORT].";
  Analysis a = analyser().analyse(d);
  ASSERT_TRUE(a.tokens.caseless);
  bool person = false;
  for (auto& n : a.names) {
    std::string text = d.text.substr(a.tokens.tokens[n.first].start,
                                      a.tokens.tokens[n.last - 1].end - a.tokens.tokens[n.first].start);
    EXPECT_NE(text, "[") << "punctuation is no name";
    person |= n.type == "per" && text.find("ESTRADA VELEZ") != std::string::npos;
  }
  EXPECT_TRUE(person);
}

TEST(Places, PlacesTheGeoNamesExtractsLackComeFromTheDataFolder) {
  Document d;
  d.text = "Five people were shot in the Bronx on Saturday, the NYPD said.";
  Analysis a = analyser().analyse(d);
  ASSERT_FALSE(a.places.empty());
  Place p = analyser().places().to_place(a.places[0].entry);
  EXPECT_EQ(p.name, "Bronx");
  EXPECT_EQ(p.admin1, "New York");
}

// A city's other names (data/place_aliases.tsv) are places, the initials among them too, where other
// acronyms are not; a name two states' cities share is read by the story's context.
TEST(Places, ACitysPoliceInitialsAndNicknamesNameIt) {
  auto places = [](const std::string& text) {
    Document d;
    d.text = text;
    Analysis a = analyser().analyse(d);
    std::vector<std::string> out;
    for (auto& p : a.places)
      if (p.entry >= 0) {
        Place pl = analyser().places().to_place(p.entry);
        out.push_back(std::string(a.tokens.tokens[p.first].text(d.text)) + "=" + pl.name + "/" + pl.admin1);
      }
    return out;
  };
  EXPECT_EQ(places("According to a preliminary report from NOPD, three people were shot."),
            (std::vector<std::string>{"NOPD=New Orleans/Louisiana"}));
  EXPECT_EQ(places("A Philly man was shot, CNN said."), (std::vector<std::string>{"Philly=Philadelphia/Pennsylvania"}));
  EXPECT_EQ(places("A KCK man was charged on Friday."), (std::vector<std::string>{"KCK=Kansas City/Kansas"}));
  EXPECT_EQ(places("A KC man was charged in Missouri on Friday."),
            (std::vector<std::string>{"KC=Kansas City/Missouri", "Missouri=Missouri/Missouri"}));
  EXPECT_EQ(places("A KC man was charged in Kansas on Friday."),
            (std::vector<std::string>{"KC=Kansas City/Kansas", "Kansas=Kansas/Kansas"}));
  // a row whose city the gazetteer lacks in that state is an error of the data file, said at load
  EXPECT_THROW(Gazetteer(data_file("gazetteer.tsv"), "", {}, {{"xpd", "US", "TX", "Nowhere At All"}}), std::runtime_error);
}

// The longest phrase at a token wins; a beginning of a longer phrase ("shot and") is followed on only as far
// as the text goes with it; Tokens made without the tokenizer's hashes match the same.
TEST(Lexicon, LongestPhraseOnWholeTokens) {
  Lexicon lex("casualty_words.tsv");
  auto match = [&](const Tokens& tk, std::uint32_t i) {
    std::uint32_t len = 0;
    const Lexicon::Row* row = lex.match(tk, i, static_cast<std::uint32_t>(tk.tokens.size()), len);
    return row ? (*row)[0] + "/" + std::to_string(len) : std::string("-");
  };
  std::string s = "He was shot and killed; she was shot and then shot to death. The shots were shotgun blasts.";
  Tokens tk = analyser().tokenizer().tokenize(s);
  auto at = [&](std::string_view word, int nth = 0) {
    for (std::uint32_t i = 0; i < tk.lower.size(); ++i)
      if (tk.lower[i] == word && nth-- == 0) return i;
    ADD_FAILURE() << word;
    return 0u;
  };
  EXPECT_EQ(match(tk, at("shot")), "killed/3");       // shot and killed
  EXPECT_EQ(match(tk, at("shot", 1)), "wounded/1");   // shot and then: only "shot"
  EXPECT_EQ(match(tk, at("shot", 2)), "killed/3");    // shot to death
  EXPECT_EQ(match(tk, at("shotgun")), "-");           // a word is whole
  EXPECT_EQ(match(tk, at("was")), "-");
  std::uint32_t len = 0;
  EXPECT_EQ(lex.match(tk, at("shot"), at("shot") + 2, len)->at(0), "wounded");  // the range ends at "and"
  Tokens bare = tk;
  bare.hash.clear();
  for (std::string_view w : {"shot", "was", "shotgun"}) EXPECT_EQ(match(bare, at(w)), match(tk, at(w))) << w;
  EXPECT_EQ(match(bare, at("shot", 2)), "killed/3");
  ASSERT_NE(lex.find("shot to death"), nullptr);
  EXPECT_EQ(lex.find("shot to"), nullptr);
}

// A U.S. local story's marks, a broadcaster's call sign or a street address by its block, make its towns
// American where the text names no state: "Birmingham police" is Alabama's, not England's; a call-sign-like
// word prose writes in lower case is no mark.
TEST(Places, ACallSignOrABlockAddressMakesAStoryAmerican) {
  auto country_of_first = [](const std::string& text) {
    Document d;
    d.text = text;
    Analysis a = analyser().analyse(d);
    return a.places.empty() ? std::string("none") : analyser().places().to_place(a.places.front().entry).country;
  };
  EXPECT_EQ(country_of_first("Birmingham police are investigating a shooting. Police told WVTM 13 News the boy was hurt."), "US");
  EXPECT_EQ(country_of_first("Birmingham police are investigating a shooting in the 400 block of Whittington Place."), "US");
  EXPECT_EQ(country_of_first("Birmingham police are investigating a shooting. Officers said the boy was hurt."), "GB");
  EXPECT_EQ(country_of_first("Birmingham police are investigating a shooting. WITH the boy was a friend."), "GB");
}

// The word classes the name tagger looked up are every token's, as the role tagger would look them up from
// Tokens::lower; a token the tagger read in another spelling ("’", a number's spaces) is marked to be looked up
// again.
TEST(Analyse, TheNameTaggersWordClassesAreEachTokensOwn) {
  for (const char* text : {"The police’s report said the 17 year old was shot at 11 a.m. in Denver.",
                           "THE POLICE'S REPORT SAID GUERRILLAS ATTACKED THE POST IN SAN MIGUEL."}) {
    Analysis a = incidex::testing::analyse(text);
    ASSERT_EQ(a.word_classes.size(), a.tokens.tokens.size()) << text;
    std::size_t shared = 0, not_shared = 0;
    for (std::size_t i = 0; i < a.tokens.tokens.size(); ++i) {
      if (a.word_classes[i] == WordClasses::kNotShared) {
        ++not_shared;
        continue;
      }
      ++shared;
      EXPECT_EQ(a.word_classes[i], WordClasses::shared().of_lower(a.tokens.lower[i], a.tokens.hash[i]))
          << text << ": " << a.tokens.lower[i];
    }
    EXPECT_GT(shared, 10u) << text;
    EXPECT_EQ(not_shared, std::string(text).find("’") != std::string::npos ? 2u : 0u) << text;  // police’s, 17 year old
  }
}
