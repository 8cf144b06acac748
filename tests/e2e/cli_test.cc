// The incidex binary end to end: real files in, a real SQLite file, exports out.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <thread>
#include <map>
#include <sstream>

#include "test_util.h"

using nlohmann::json;
using namespace incidex::testing;

namespace {
std::vector<json> lines(const std::string& s) {
  std::vector<json> out;
  std::istringstream in(s);
  std::string l;
  while (std::getline(in, l))
    if (!l.empty()) out.push_back(json::parse(l));
  return out;
}
std::string examples() { return std::string(INCIDEX_SOURCE_DIR) + "/examples"; }
}  // namespace

TEST(Cli, HelpForEveryCommandAndUsageErrors) {
  for (auto cmd : {"", "ingest", "extract", "analyse", "clean", "export", "query", "show", "eval", "eval gva"}) {
    auto r = run_incidex(std::string(cmd) + " --help");
    EXPECT_EQ(r.status, 0) << cmd;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd;
  }
  EXPECT_EQ(run_incidex("").status, 2);
  EXPECT_EQ(run_incidex("export --format xml").status, 2);
  EXPECT_EQ(run_incidex("ingest --published notadate x.txt").status, 2);
  EXPECT_EQ(run_incidex("extract --role-leans '1 2' x.txt").status, 2);
  EXPECT_EQ(run_incidex("extract --roles-model none --role-leans '1 2 3 4 5' x.txt").status, 2);
  TempDir t;
  auto r = run_incidex("show --db " + (t.path() / "none.db").string() + " inc-000000000000");
  EXPECT_EQ(r.status, 1);
}

TEST(Cli, ExamplesIngestExportAndReingest) {
  TempDir t;
  std::string db = (t.path() / "e.db").string();
  auto r = run_incidex("ingest -q --db " + db + " " + examples());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("read 6 documents from 4 files"), std::string::npos) << r.err;
  auto incs = lines(run_incidex("export --db " + db).out);
  std::map<std::string, json> by_doc;
  std::vector<json> background;
  for (auto& i : incs) {
    if (i["main_documents"].empty()) background.push_back(i);
    else by_doc[i["main_documents"][0]] = i;
  }
  // the Mombasa story recalls a grenade attack in March: a background incident of its own
  ASSERT_EQ(background.size(), 1u);
  EXPECT_EQ(background[0]["documents"][0], "harbour-city-blast");
  EXPECT_EQ(background[0]["killed"], 4);
  // ... and its own blast, "killing six people and wounding at least 30 ... in the second bombing in the
  // coastal city this year" (a rank among the year's bombings, no tally)
  ASSERT_TRUE(by_doc.count("harbour-city-blast"));
  EXPECT_EQ(by_doc["harbour-city-blast"]["killed"], 6);
  EXPECT_EQ(by_doc["harbour-city-blast"]["wounded"], 30);
  // the Riverton shooting, reported twice: one incident; the Monday update's figures (a third death) win
  // over the first report's, and its publication date dates "Friday night" for both
  ASSERT_TRUE(by_doc.count("riverton-shooting"));
  json& riverton = by_doc["riverton-shooting"];
  EXPECT_EQ(riverton["main_documents"], json({"riverton-shooting", "riverton-update"}));
  EXPECT_EQ(riverton["location"]["name"], "Riverton");
  EXPECT_EQ(riverton["killed"], 3);
  EXPECT_EQ(riverton["wounded"], 2);
  EXPECT_EQ(riverton["date"], "2016-06-10");
  int killed_reports = 0;
  for (auto& rep : riverton["reports"]) killed_reports += rep["field"] == "killed";
  EXPECT_EQ(killed_reports, 2) << "both figures are kept with their sources";
  // show and explain say why the two were merged
  std::string id = riverton["id"];
  auto shown_merged = run_incidex("show --db " + db + " " + id);
  EXPECT_NE(shown_merged.out.find("names shared"), std::string::npos) << shown_merged.out;
  auto why = run_incidex("explain --db " + db + " riverton-shooting riverton-update");
  EXPECT_EQ(why.status, 0) << why.err;
  EXPECT_NE(why.out.find("in the same incident"), std::string::npos) << why.out;
  auto why_not = run_incidex("explain --db " + db + " riverton-shooting wire-0001");
  EXPECT_NE(why_not.out.find("in different incidents"), std::string::npos) << why_not.out;
  ASSERT_TRUE(by_doc.count("harbour-city-blast"));
  EXPECT_EQ(by_doc["harbour-city-blast"]["type"], "bombing");
  EXPECT_EQ(by_doc["harbour-city-blast"]["location"]["name"], "Mombasa");
  EXPECT_EQ(by_doc["harbour-city-blast"]["date"], "2014-05-03");
  ASSERT_TRUE(by_doc.count("wire-0001"));
  EXPECT_EQ(by_doc["wire-0001"]["type"], "kidnapping");
  EXPECT_EQ(by_doc["wire-0001"]["date"], "2015-03-09");
  EXPECT_FALSE(by_doc.count("wire-0003")) << "a market report is not an incident";
  // every value has its evidence, and the evidence is the text at those offsets
  for (auto& i : incs)
    for (auto& e : i["evidence"]) EXPECT_FALSE(e["text"].get<std::string>().empty());
  auto again = run_incidex("ingest -q --db " + db + " " + examples());
  EXPECT_NE(again.err.find("added 0, unchanged 6"), std::string::npos) << again.err;
  EXPECT_EQ(lines(run_incidex("export --db " + db).out).size(), incs.size());
  auto csv = run_incidex("export --format csv --db " + db).out;
  EXPECT_EQ(csv.substr(0, 8), "id,type,");
  EXPECT_NE(csv.find(",date_precision,date_latest,"), std::string::npos) << "an undated incident's bound has its column";
  auto geo = json::parse(run_incidex("export --format geojson --db " + db).out);
  EXPECT_EQ(geo["type"], "FeatureCollection");
  EXPECT_FALSE(geo["features"].empty());
  auto shown = run_incidex("show --db " + db + " " + by_doc["riverton-shooting"]["id"].get<std::string>());
  EXPECT_EQ(shown.status, 0);
  EXPECT_NE(shown.out.find("report(s)"), std::string::npos);
  EXPECT_EQ(run_incidex("query --count --type bombing --db " + db).out, "2\n");  // the blast and the March grenade attack
}

TEST(Cli, CleanAndExtractPrintJsonLinesAndReadStdin) {
  auto c = lines(run_incidex("clean " + examples() + "/harbour-city-blast.html").out);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]["published"], "2014-05-04");
  EXPECT_EQ(c[0]["published_from"], "html-meta");
  EXPECT_EQ(c[0]["text"].get<std::string>().find("Sign up"), std::string::npos);
  auto e = run_incidex("extract -", examples() + "/riverton-shooting.txt");
  auto ex = lines(e.out);
  ASSERT_EQ(ex.size(), 1u) << e.err;
  EXPECT_EQ(ex[0]["document"], "stdin");
  EXPECT_EQ(ex[0]["incidents"][0]["type"], "armed_assault");
  // what the analysis saw: names, resolved places, normalised times and numbers, with offsets
  auto a = lines(run_incidex("analyse --published 2024-05-20 " + examples() + "/riverton-shooting.txt").out);
  ASSERT_EQ(a.size(), 1u);
  for (auto key : {"names", "places", "times", "numbers"}) {
    ASSERT_TRUE(a[0][key].is_array()) << key;
    EXPECT_FALSE(a[0][key].empty()) << key;
  }
  EXPECT_TRUE(a[0]["times"][0]["date"].is_string());
  EXPECT_TRUE(a[0]["places"][0]["place"]["country"].is_string());
  // a name's kind where it has one: a photographer's credit
  TempDir t;
  const std::string captioned = (t.path() / "captioned.txt").string();
  std::ofstream(captioned) << "A man was shot Sunday night.\n\nPhoto: Maria T. Lopez/Springfield Gazette\n";
  auto credit = lines(run_incidex("analyse " + captioned).out);
  ASSERT_EQ(credit.size(), 1u);
  bool photographer = false;
  for (auto& n : credit[0]["names"]) photographer |= n["text"] == "Maria T. Lopez" && n.value("kind", "") == "credit";
  EXPECT_TRUE(photographer) << credit[0]["names"].dump();
}

// `eval ner --errors`: the held-out sentences (every fifth) whose names the tagger gets wrong, one JSON line
// each, and no other sentence: the fifth sentence's gold calls a cat a person, which no tagger reads so.
TEST(Cli, EvalNerWritesTheHeldOutSentencesItGetsWrong) {
  TempDir t;
  const std::string csv = (t.path() / "names.csv").string(), errors = (t.path() / "errors.jsonl").string();
  std::ofstream out(csv);
  out << "Sentence #,Word,POS,Tag\n";
  for (int s = 1; s <= 10; ++s) {
    const bool cat = s == 5;  // the first held-out sentence (index 4)
    out << "Sentence: " << s << ",The,DT,O\n," << (cat ? "cat" : "rain") << ",NN," << (cat ? "B-per" : "O")
        << "\n,stopped,VBD,O\n,.,.,O\n";
  }
  out.close();
  auto r = run_incidex("eval ner --gmb " + csv + " --errors " + errors);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("2 sentences"), std::string::npos) << r.out;
  std::ifstream in(errors);
  std::stringstream body;
  body << in.rdbuf();
  auto rows = lines(body.str());
  ASSERT_EQ(rows.size(), 1u) << body.str();
  EXPECT_EQ(rows[0]["words"][1], "cat");
  EXPECT_EQ(rows[0]["gold"][1], "B-per");
  EXPECT_EQ(rows[0]["tagged"][1], "O");
}

TEST(Cli, BadInputIsSkippedAndCountedAndTheRunGoesOn) {
  TempDir t;
  t.file("in/good.jsonl", "{\"id\": \"g1\", \"text\": \"A man was shot and killed in Dallas on Monday.\", \"published\": \"2016-01-05\"}\n{broken\n");
  t.file("in/junk.txt", std::string("\0\1\2\3binary", 10));
  t.file("in/empty.html", "");
  t.file("in/bad.txt", "Caf\xe9 shooting");
  std::string db = (t.path() / "b.db").string();
  auto r = run_incidex("ingest --db " + db + " " + (t.path() / "in").string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("good.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("invalid UTF-8 at byte 3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 4"), std::string::npos) << r.err;
  EXPECT_EQ(lines(run_incidex("export --db " + db).out).size(), 1u);
}

TEST(Cli, AKilledIngestKeepsEveryCommittedDocumentWhole) {
  TempDir t;
  std::string big;
  for (int i = 0; i < 12000; ++i)
    big += "{\"id\": \"k" + std::to_string(i) + "\", \"published\": \"2016-01-05\", \"text\": \"Two men were shot and killed in Dallas on Monday, police said, in case number " +
           std::to_string(i) + ".\"}\n";
  auto in = t.file("big.jsonl", big);
  std::string db = (t.path() / "k.db").string();
  // Kill it partway (it takes several seconds for all of them): as soon as a first batch of documents is
  // committed, whatever the machine's load makes of its start-up time.
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 2);
    execl(INCIDEX_BIN, INCIDEX_BIN, "ingest", "-q", "--threads", "1", "--db", db.c_str(), in.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  auto committed = [&] {
    sqlite3* r = nullptr;
    long n = 0;
    if (sqlite3_open_v2(db.c_str(), &r, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_busy_timeout(r, 100);
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(r, "SELECT count(*) FROM documents", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
      sqlite3_finalize(st);
    }
    sqlite3_close(r);
    return n;
  };
  for (int i = 0; i < 3000 && committed() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  auto scalar = [&](const char* q) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, q, -1, &st, nullptr);
    std::string v = sqlite3_step(st) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0)) : "";
    sqlite3_finalize(st);
    return v;
  };
  EXPECT_EQ(scalar("PRAGMA integrity_check"), "ok");
  std::string docs = scalar("SELECT count(*) FROM documents");
  // every stored document has its mentions and its keys: no half-written document (incidents are made
  // by resolution after the last batch, so a killed run may leave mentions to resolve)
  EXPECT_EQ(scalar("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document=d.id)"), "0");
  EXPECT_EQ(scalar("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_keys k WHERE k.document=d.id)"), "0");
  sqlite3_close(h);
  // a second run completes the job without duplicating anything, and resolves every mention
  auto r = run_incidex("ingest -q --db " + db + " " + in);
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("unchanged " + docs + ","), std::string::npos) << r.err << " docs " << docs;
  std::size_t reported = 0;
  for (auto& inc : lines(run_incidex("export --db " + db).out)) reported += inc["main_documents"].size();
  EXPECT_EQ(reported, 12000u);
}

TEST(Seeds, PlacesAndTheDatelineDateComeOut) {
  std::string seeds = shared("seeds");
  INCIDEX_NEED_SHARED(seeds);
  TempDir t;
  std::string db = (t.path() / "s.db").string();
  auto r = run_incidex("ingest -q --db " + db + " " + seeds + "/000_a1b2c4949d081525.txt " + seeds +
                       "/001_aab6a4cfc76782f3.txt " + seeds + "/002_ff699fc5e1eaf1b9.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  std::map<std::string, json> main_of;
  for (auto& i : lines(run_incidex("export --db " + db).out))
    for (auto& d : i["main_documents"]) main_of[d] = i;
  ASSERT_EQ(main_of.size(), 3u);
  EXPECT_EQ(main_of["000_a1b2c4949d081525"]["location"]["name"], "Almaty");
  EXPECT_EQ(main_of["000_a1b2c4949d081525"]["killed"], 4);
  EXPECT_TRUE(main_of["000_a1b2c4949d081525"]["date"].is_null()) << "Monday has no anchor without a publication date";
  EXPECT_EQ(main_of["001_aab6a4cfc76782f3"]["location"]["name"], "Taraz");
  EXPECT_EQ(main_of["001_aab6a4cfc76782f3"]["date"], "2011-11-12");
  EXPECT_EQ(main_of["002_ff699fc5e1eaf1b9"]["location"]["name"], "Taraz");
  EXPECT_EQ(main_of["002_ff699fc5e1eaf1b9"]["killed"], 7);
  // "killing at least seven people and blowing himself up": the attacker counted apart
  EXPECT_EQ(main_of["002_ff699fc5e1eaf1b9"]["attackers_killed"], 1);
  EXPECT_TRUE(main_of["000_a1b2c4949d081525"]["attackers_killed"].is_null()) << "no attacker is said to have died";
  // one Taraz incident, which keeps both sources' differing killed counts
  const json& taraz = main_of["001_aab6a4cfc76782f3"];
  EXPECT_EQ(taraz["id"], main_of["002_ff699fc5e1eaf1b9"]["id"]);
  std::map<std::string, std::string> killed_by;
  for (auto& rep : taraz["reports"])
    if (rep["field"] == "killed") killed_by[rep["document"].get<std::string>()] = rep["value"].get<std::string>();
  EXPECT_EQ(killed_by.size(), 2u);
  EXPECT_NE(killed_by["001_aab6a4cfc76782f3"], killed_by["002_ff699fc5e1eaf1b9"]);
  // the Atyrau blasts, named in passing, claimed by Jund al-Khalifa ("the group" of the sentence after it is named)
  bool claimed = false;
  for (auto& i : lines(run_incidex("export --db " + db).out))
    if (i["location"].is_object() && i["location"]["name"] == "Atyrau")
      for (auto& g : i["groups"]) claimed |= g["name"] == "Jund al-Khilafah" && g.value("responsibility", "") == "claimed";
  EXPECT_TRUE(claimed);
  auto c = lines(run_incidex("clean " + seeds + "/001_aab6a4cfc76782f3.txt " + seeds + "/002_ff699fc5e1eaf1b9.txt").out);
  EXPECT_EQ(c[0]["published"], "2011-11-12");
  EXPECT_EQ(c[0]["published_from"], "dateline");
  EXPECT_EQ(c[1]["dateline"], "MOSCOW");
  EXPECT_NE(c[1]["text"].get<std::string>().find("MOSCOW — An attacker"), std::string::npos);
  // given the publication date, 000's Monday resolves
  std::string db2 = (t.path() / "s2.db").string();
  run_incidex("ingest -q --published 2016-07-18 --db " + db2 + " " + seeds + "/000_a1b2c4949d081525.txt");
  json almaty;
  for (auto& i : lines(run_incidex("export --db " + db2).out))
    if (!i["main_documents"].empty()) almaty = i;
  EXPECT_EQ(almaty["date"], "2016-07-18");
}

// ../shared/seeds/expected.json, object by object, against `incidex export` after ingesting the seeds.
TEST(Seeds, ExpectedIncidents) {
  std::string seeds = shared("seeds");
  INCIDEX_NEED_SHARED(seeds);
  TempDir t;
  std::string db = (t.path() / "s.db").string();
  run_incidex("ingest -q --db " + db + " " + seeds + "/000_a1b2c4949d081525.txt " + seeds + "/001_aab6a4cfc76782f3.txt " +
              seeds + "/002_ff699fc5e1eaf1b9.txt");
  auto incidents = lines(run_incidex("export --db " + db).out);
  std::ifstream in(seeds + "/expected.json");
  json expected = json::parse(in);
  auto meets = [](const json& want, const json& inc) {
    auto has_doc = [&](const json& d) {
      for (auto& x : inc["documents"])
        if (x == d) return true;
      return false;
    };
    for (auto& d : want.value("documents_include", json::array()))
      if (!has_doc(d)) return false;
    for (auto& d : want.value("documents_exclude", json::array()))
      if (has_doc(d)) return false;
    if (want.contains("date") && !(inc["date"].is_string() && inc["date"].get<std::string>().starts_with(want["date"].get<std::string>())))
      return false;
    const json& loc = inc["location"];
    if (want.contains("location.name") && !(loc.is_object() && loc["name"] == want["location.name"])) return false;
    if (want.contains("location.country") && !(loc.is_object() && loc["country"] == want["location.country"])) return false;
    if (want.contains("killed_min") && !(inc["killed"].is_number() && inc["killed"] >= want["killed_min"])) return false;
    if (want.contains("killed_max") && !(inc["killed"].is_number() && inc["killed"] <= want["killed_max"])) return false;
    if (want.contains("type_in")) {
      bool ok = false;
      for (auto& ty : want["type_in"]) ok |= inc["type"] == ty;
      if (!ok) return false;
    }
    if (want.contains("perpetrator_contains")) {
      bool ok = false;
      for (auto& p : inc["perpetrators"]) ok |= p["text"].get<std::string>().find(want["perpetrator_contains"].get<std::string>()) != std::string::npos;
      if (!ok) return false;
    }
    return true;
  };
  int met = 0;
  for (auto& want : expected) {
    bool ok = std::any_of(incidents.begin(), incidents.end(), [&](const json& inc) { return meets(want, inc); });
    met += ok;
    std::cout << (ok ? "[met]     " : "[not met] ") << want["name"].get<std::string>() << "\n";
  }
  EXPECT_EQ(met, static_cast<int>(expected.size()));
}

// `eval gva` on a gold file and articles of its own: each row counts what it says. Two articles of one
// incident, each naming one of its two victims; the first tells of no one hurt (its wounded count is wrong).
TEST(Cli, EvalGvaCountsTheRowsItPrints) {
  TempDir t;
  const auto gold = t.path() / "gold.jsonl", articles = t.path() / "articles.jsonl";
  {
    std::ofstream g(gold);
    g << json{{"incident", "1"}, {"date", "2016-07-30"}, {"state", "Florida"}, {"city_or_county", "Gainesville"},
              {"killed", 1}, {"injured", 1}, {"articles", {"a1", "a2"}},
              {"participants",
               {{{"name", "Marcus Lee"}, {"role", "Victim"}, {"status", "Killed"}},
                {{"name", "Tanya Brooks"}, {"role", "Victim"}, {"status", "Injured"}},
                {{"name", "Leon Gray"}, {"role", "Subject-Suspect"}, {"status", nullptr}}}}}
             .dump()
      << "\n"
      // a Gainesville of another state than the story's: no right state, nor city
      << json{{"incident", "2"}, {"date", "2016-09-19"}, {"state", "Georgia"}, {"city_or_county", "Gainesville"},
              {"killed", 1}, {"injured", 0}, {"articles", {"a3"}}}
             .dump()
      << "\n";
    std::ofstream a(articles);
    a << json{{"id", "a1"}, {"title", "Man killed in Gainesville shooting"}, {"published", "2016-07-31"},
              {"text", "GAINESVILLE, Fla. - A man was shot and killed on Saturday night, police said. Police identified the "
                       "victim as Marcus Lee, 24."}}
             .dump()
      << "\n"
      << json{{"id", "a2"}, {"title", "Gainesville shooting"}, {"published", "2016-07-31"},
              {"text", "GAINESVILLE, Fla. - One man was killed and one woman was hurt in a shooting on Saturday night, police "
                       "said. Tanya Brooks, 31, was wounded."}}
             .dump()
      << "\n"
      << json{{"id", "a3"}, {"title", "Woman killed in shooting"}, {"published", "2016-09-20"},
              {"text", "GAINESVILLE, Fla. - A woman was shot and killed on Monday night in her home, police said."}}
             .dump()
      << "\n";
  }
  auto r = run_incidex("eval gva --victims-model none --gold " + gold.string() + " --articles " + articles.string());
  ASSERT_EQ(r.status, 0) << r.err;
  // (a row of the per-article table, or with `merged` of the per-incident one)
  auto row = [&](const std::string& name, bool merged = false) {
    const std::size_t table = merged ? r.out.find("per incident") : 0;
    const std::size_t at = table == std::string::npos ? table : r.out.find("  " + name + " ", table);
    if (at == std::string::npos) return std::string("(no row)");
    std::istringstream in(r.out.substr(at + name.size() + 2));
    std::string right, of;
    in >> right >> of;
    return right + " of " + of;
  };
  EXPECT_EQ(row("date"), "3 of 3") << r.out;
  EXPECT_EQ(row("state"), "2 of 3") << r.out;
  EXPECT_EQ(row("city"), "2 of 3") << r.out;  // (the right name in the wrong state is no right city)
  EXPECT_EQ(row("killed"), "3 of 3") << r.out;
  EXPECT_EQ(row("wounded"), "2 of 3") << r.out;
  EXPECT_EQ(row("victims rec."), "2 of 2") << r.out;
  EXPECT_EQ(row("victims prec."), "2 of 2") << r.out;
  EXPECT_EQ(row("victim status"), "2 of 2") << r.out;
  // the first two reports are one incident, whose record names both victims, each once, with the fate each report told
  EXPECT_EQ(row("killed", true), "2 of 2") << r.out;
  EXPECT_EQ(row("city", true), "1 of 2") << r.out;
  EXPECT_EQ(row("victims rec.", true), "2 of 2") << r.out;
  EXPECT_EQ(row("victims prec.", true), "2 of 2") << r.out;
  EXPECT_EQ(row("victim status", true), "2 of 2") << r.out;
}
