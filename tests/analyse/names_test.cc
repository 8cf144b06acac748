#include <gtest/gtest.h>
#include <zlib.h>

#include "analyse/analyser.h"
#include "test_util.h"

using namespace incidex;

namespace {
using incidex::testing::analyser;
std::vector<std::string> names_in(const std::string& text) {
  Document d;
  d.text = text;
  Analysis a = analyser().analyse(d);
  std::vector<std::string> out;
  for (auto& n : a.names) {
    std::string s(text.substr(a.tokens.tokens[n.first].start, a.tokens.tokens[n.last - 1].end - a.tokens.tokens[n.first].start));
    out.push_back(n.type + ":" + s + (n.canonical.empty() ? "" : "=" + n.canonical));
  }
  return out;
}
bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }
}  // namespace

TEST(Names, ChunkCountingByHand) {
  std::map<std::string, ChunkCounts> c;
  // gold: [per John Smith] visited [geo Paris]; predicted: [per John] [per Smith] visited [geo Paris]
  count_chunks({"B-per", "I-per", "O", "B-geo"}, {"B-per", "B-per", "O", "B-geo"}, c);
  EXPECT_EQ(c["per"].gold, 1u);
  EXPECT_EQ(c["per"].predicted, 2u);
  EXPECT_EQ(c["per"].correct, 0u);
  EXPECT_EQ(c["geo"].correct, 1u);
  // an I- tag after O starts a chunk, as conlleval counts it
  std::map<std::string, ChunkCounts> d;
  count_chunks({"O", "B-org", "I-org"}, {"O", "I-org", "I-org"}, d);
  EXPECT_EQ(d["org"].correct, 1u);
}

TEST(Names, PeoplePlacesAndGroupsInNewsText) {
  auto n = names_in("Kazakh President Nursultan Nazarbayev called Monday's attack in Almaty an act of terrorism.");
  bool person = false;  // a person span holding the name (titles and nationality may come with it)
  for (auto& x : n) person |= x.starts_with("per:") && x.find("Nursultan Nazarbayev") != std::string::npos;
  EXPECT_TRUE(person) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "geo:Almaty")) << ::testing::PrintToString(n);
  auto g = names_in("Prosecutors blamed a group called Jund al-Khilafah for the attack.");
  EXPECT_TRUE(has(g, "org:Jund al-Khilafah=Jund al-Khilafah")) << ::testing::PrintToString(g);
  auto lower = names_in("on october 21st a previously unknown group, jund al-khalifa, issued a statement in arabic.");
  EXPECT_TRUE(has(lower, "org:jund al-khalifa=Jund al-Khilafah")) << ::testing::PrintToString(lower);
}

TEST(Names, AModelOfAnotherVersionIsRefused) {
  incidex::testing::TempDir t;
  auto p = (t.path() / "old.model").string();
  gzFile f = gzopen(p.c_str(), "wb");
  std::string header = "incidex-ner 99\nbuckets 1\n\n";
  gzwrite(f, header.data(), static_cast<unsigned>(header.size()));
  gzclose(f);
  EXPECT_THROW(NameTagger{p}, std::runtime_error);
}

TEST(Names, AllCapsWireCopyStillHasItsGroups) {
  auto n = names_in("SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) "
                    "ATTACKED AN ARMY POST IN USULUTAN DEPARTMENT.");
  EXPECT_TRUE(has(n, "org:FARABUNDO MARTI NATIONAL LIBERATION FRONT=Farabundo Marti National Liberation Front")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "org:FMLN=Farabundo Marti National Liberation Front")) << ::testing::PrintToString(n);
}

TEST(Names, AGroupsTranslationsAndAcronymNameOneGroup) {
  // FBIS translates the ELN both ways; a group's acronym and its full name are one group
  auto n = names_in("BOGOTA, 9 JAN 90 -- THE ARMY OF NATIONAL LIBERATION (ELN) BLEW UP THE PIPELINE. THE NATIONAL "
                    "LIBERATION ARMY HAD THREATENED IT. THE POPULAR LIBERATION FORCES (FPL) ATTACKED A POST.");
  EXPECT_TRUE(has(n, "org:ARMY OF NATIONAL LIBERATION=National Liberation Army (Colombia)")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "org:ELN=National Liberation Army (Colombia)")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "org:NATIONAL LIBERATION ARMY=National Liberation Army (Colombia)")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "org:POPULAR LIBERATION FORCES=Popular Liberation Forces (El Salvador)")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "org:FPL=Popular Liberation Forces (El Salvador)")) << ::testing::PrintToString(n);
  // the transliterations of one name (Willka, Wilka)
  auto z = names_in("LA PAZ, 25 MAY 90 -- THE ZARATE WILKA ARMED FORCES OF LIBERATION CLAIMED THE ATTACK.");
  EXPECT_TRUE(has(z, "org:ZARATE WILKA ARMED FORCES OF LIBERATION=Zarate Willka Armed Forces of Liberation"))
      << ::testing::PrintToString(z);
}

TEST(Names, NoNameStartsWithAnAgeATimeOrAPhoneNumber) {
  auto n = names_in("Three others, 41-year-old Ronald Dernett; 22-year-old Tamika Jackson, who is pregnant; and "
                    "24-year-old Tyshaun Jenkins, were hurt. Anyone with information can call 313-555-0142 or "
                    "Crime Stoppers at 800-555-0199. The 7-Eleven on 79th Street was closed. The shooting happened "
                    "near 35th Street.");
  for (auto& x : n) {
    auto text = x.substr(x.find(':') + 1);
    EXPECT_FALSE(text.find("year-old") != std::string::npos || text.starts_with("313") || text.starts_with("800"))
        << ::testing::PrintToString(n);
  }
  EXPECT_TRUE(has(n, "per:Tamika Jackson")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "per:Tyshaun Jenkins")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "geo:35th Street")) << ::testing::PrintToString(n);  // a name opening with a digit stays
}

TEST(Names, AnAgeBesideCapitalisedWordsMakesThemAPerson) {
  auto n = names_in("Police identified the dead as Ty-Rell Hoskin, 3, and 14-year-old Jamyha Lusk. The third "
                    "victim, 23-year-old Marlon E. Randall, was hurt, and Mark Weekly, 50, was unharmed. "
                    "South Dallas, 12, is no one. Police said 20 year-old Kyle Spivar Friday shot Reynard Bristo "
                    "Jr., 25.");
  for (const char* person : {"per:Ty-Rell Hoskin", "per:Jamyha Lusk", "per:Marlon E. Randall", "per:Mark Weekly",
                             "per:Kyle Spivar", "per:Reynard Bristo Jr."})
    EXPECT_TRUE(has(n, person)) << person << " in " << ::testing::PrintToString(n);
  for (auto& x : n) EXPECT_FALSE(x == "per:South Dallas") << ::testing::PrintToString(n);
}

TEST(Names, ASurnameAloneIsThePersonNamedInFull) {
  auto n = names_in("Officers found Tavion Faust and Marcus Glenn with gunshot wounds on Dover Street. Faust died at "
                    "the scene. Witnesses said Glenn ran. Image courtesy of Alan Image.");
  auto count = [&](const std::string& x) { return std::count(n.begin(), n.end(), x); };
  EXPECT_EQ(count("per:Faust"), 1) << ::testing::PrintToString(n);
  EXPECT_EQ(count("per:Glenn"), 1) << ::testing::PrintToString(n);
  EXPECT_EQ(count("per:Image"), 0) << ::testing::PrintToString(n);  // no name's word (data/not_name_words.txt)
}

TEST(Names, ASurnameBeforeTheFullStopStaysInTheName) {
  // GMB taught the tagger that a capitalised word before the full stop is most often a day: not a surname
  auto n = names_in("The toddler has been identified as Carter Epps. He shot Samantha Isom! Police met Carter on "
                    "Tuesday.");
  for (const char* person : {"per:Carter Epps", "per:Samantha Isom"})
    EXPECT_TRUE(has(n, person)) << person << " in " << ::testing::PrintToString(n);
  for (auto& x : n) EXPECT_FALSE(x.find("Tuesday") != std::string::npos) << ::testing::PrintToString(n);
}

TEST(Names, ASurnameWithItsParticlesIsInThePersonsName) {
  auto n = names_in("Police said Juan de la Fuente, 23, was shot on Monday. Juan De la Fuente Ramos was not hurt.");
  for (const char* person : {"per:Juan de la Fuente", "per:Juan De la Fuente Ramos"})
    EXPECT_TRUE(has(n, person)) << person << " in " << ::testing::PrintToString(n);
  // a street's "St." after its number ends the address, not begins the name after it
  n = names_in("The shooting happened in the 1200 block of N. 57th St. Jamel E. Jenkins, 24, died at the scene.");
  EXPECT_TRUE(has(n, "per:Jamel E. Jenkins")) << ::testing::PrintToString(n);
}

TEST(Names, ANicknameInQuotesIsInThePersonsName) {
  auto n = names_in("Takeeya \"KeKe\" Fulton, a 39-year-old mother of six, was killed. Police identified him as Jesus "
                    "\u201cJJ\u201d Oropeza. He said \"Thank You\" to the crowd.");
  for (const char* person : {"per:Takeeya \"KeKe\" Fulton", "per:Jesus \u201cJJ\u201d Oropeza"})
    EXPECT_TRUE(has(n, person)) << person << " in " << ::testing::PrintToString(n);
  for (auto& x : n) EXPECT_EQ(x.find("Thank"), std::string::npos) << ::testing::PrintToString(n);
}

// The tagger reads a person's name "of" the town they are from as one organisation's name: it is the
// person's name and the town's.
TEST(Names, APersonOfATownIsThePersonAndTheTown) {
  auto n = names_in("Kiara Ross of Coraopolis was in a house on Pine Avenue when she was shot.");
  EXPECT_TRUE(has(n, "per:Kiara Ross")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "geo:Coraopolis")) << ::testing::PrintToString(n);
}

// A name never runs over a bracket; and the words the tagger left out before a person's name are the
// name's: the given names before a suffix it tagged alone, a sentence's first word before the rest.
TEST(Names, ANameStopsAtABracketAndKeepsTheWordsBeforeIt) {
  auto n = names_in("Police named the dead man as Croshian Xaviere-Romaine Edwards Jr., a father of two. Aiden Michael "
                    "McClendon was shot once in the arm. Dorian Pellman (Burnet County) was arrested.");
  EXPECT_TRUE(has(n, "per:Croshian Xaviere-Romaine Edwards Jr.")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "per:Aiden Michael McClendon")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "per:Dorian Pellman")) << ::testing::PrintToString(n);
  for (auto& x : n) EXPECT_EQ(x.find('('), std::string::npos) << ::testing::PrintToString(n);
  EXPECT_FALSE(has(n, "per:Jr.")) << ::testing::PrintToString(n);
}

// The dateline's words and the outlet in brackets after it are no one's name.
TEST(Names, NoPersonInTheDatelineNorItsOutlet) {
  Document d;
  d.text = "DEARBORN HEIGHTS, Mich. (WXYZ) - Police are on the scene of a shooting.";
  d.dateline_end = static_cast<std::uint32_t>(d.text.find(" (WXYZ"));
  Analysis a = analyser().analyse(d);
  for (auto& n : a.names)
    EXPECT_NE(n.type, "per") << d.text.substr(a.tokens.tokens[n.first].start,
                                              a.tokens.tokens[n.last - 1].end - a.tokens.tokens[n.first].start);
}
