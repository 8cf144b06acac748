#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "resolve/reconcile.h"
#include "resolve/resolver.h"
#include "test_util.h"

using namespace incidex;
using incidex::testing::TempDir;

namespace {
Document doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.title = "T " + id;
  d.text = text;
  d.published = Date::ymd(2016, 7, 18);
  d.content_hash = std::to_string(std::hash<std::string>{}(d.title + text));
  return d;
}
Mention mention(const std::string& document) {
  Mention m;
  m.document = document;
  m.type = "armed_assault";
  m.date = Date::ymd(2016, 7, 18);
  m.killed.value = 4;
  m.evidence.push_back({"killed", document, 0, 4, "four", ""});
  return m;
}
}  // namespace

TEST(Store, ReingestingTheSameDocumentChangesNothing) {
  TempDir t;
  std::string path = (t.path() / "x.db").string();
  {
    Store s(path);
    EXPECT_EQ(s.schema_version(), Store::kSchemaVersion);
    s.begin();
    EXPECT_EQ(s.put_document(doc("a", "four killed in Almaty")), Store::Put::added);
    auto ids = s.put_mentions("a", {mention("a")});
    Incident inc;
    inc.id = incident_id("a", 0);
    inc.record = mention("a");
    inc.documents = {"a"};
    s.put_incident(inc, ids);
    s.commit();
  }
  Store s(path);
  s.begin();
  EXPECT_EQ(s.put_document(doc("a", "four killed in Almaty")), Store::Put::unchanged);
  EXPECT_EQ(s.put_document(doc("a", "five killed in Almaty")), Store::Put::updated);
  s.commit();
  auto c = s.counts();
  EXPECT_EQ(c.documents, 1);
  EXPECT_EQ(c.incidents, 1);
  EXPECT_EQ(s.document("a")->text, "five killed in Almaty");
}

TEST(Store, AnUncommittedDocumentLeavesNoTrace) {
  TempDir t;
  std::string path = (t.path() / "x.db").string();
  {
    Store s(path);
    s.begin();
    s.put_document(doc("kept", "kept text"));
    s.commit();
    s.begin();
    s.put_document(doc("lost", "lost text"));
    s.put_mentions("lost", {mention("lost")});
    // no commit: the process "dies" here
  }
  Store s(path);
  EXPECT_TRUE(s.document("kept"));
  EXPECT_FALSE(s.document("lost"));
  EXPECT_EQ(s.counts().mentions, 0);
}

TEST(Store, IncidentsFiltersAndFullTextSearch) {
  TempDir t;
  Store s((t.path() / "x.db").string());
  s.begin();
  for (auto [id, text] : {std::pair{"a", "gunmen attacked Almaty"}, std::pair{"b", "a bomb exploded in Atyrau"}}) {
    s.put_document(doc(id, text));
    Mention m = mention(id);
    if (std::string(id) == "b") m.type = "bombing";
    if (std::string(id) == "a")
      m.groups = {{"KNB", "National Security Committee", ""}, {"Jund al-Khalifa", "Jund al-Khilafah", "claimed"}};
    auto ids = s.put_mentions(id, {m});
    { Incident inc; inc.id = incident_id(m.document, 0); inc.record = m; inc.documents = {m.document}; s.put_incident(inc, ids); }
  }
  s.commit();
  EXPECT_EQ(s.incidents().size(), 2u);
  IncidentFilter f;
  f.type = "bombing";
  EXPECT_EQ(s.incidents(f).size(), 1u);
  IncidentFilter g;
  g.text = "almaty";
  auto found = s.incidents(g);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].documents, std::vector<std::string>{"a"});
  auto again = s.incident(found[0].id);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->record.killed.value, 4);
  ASSERT_EQ(again->record.groups.size(), 2u);
  EXPECT_EQ(again->record.groups[0].responsibility, "");
  EXPECT_EQ(again->record.groups[1].responsibility, "claimed") << "a group's claim is kept in the store";
  EXPECT_EQ(s.mentions_of(found[0].id).size(), 1u);
}

TEST(Store, RefusesADatabaseFromTheFuture) {
  TempDir t;
  std::string path = (t.path() / "x.db").string();
  { Store s(path); }
  {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_THROW(Store s(path), std::runtime_error);
}
