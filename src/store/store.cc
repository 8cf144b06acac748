#include "store/store.h"

#include <stdexcept>

#include "core/json.h"
#include "store/sqlite.h"

namespace incidex {

// Each entry moves the schema from version i to i + 1. Never edit a released entry: add one.
static const char* kMigrations[] = {
    R"sql(
CREATE TABLE documents(
  id TEXT PRIMARY KEY,          -- the document's id (JSON id, else file name without extension)
  title TEXT, text TEXT NOT NULL,  -- clean text: every evidence offset points into it
  published TEXT,               -- ISO date or NULL
  published_from TEXT,          -- json, html-meta, json-ld, dateline, option, warc-date, none
  url TEXT, source TEXT, format TEXT, origin TEXT,
  content_hash TEXT NOT NULL,   -- of title + text; same id and hash = nothing to do
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
CREATE TABLE mentions(
  id INTEGER PRIMARY KEY,
  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,     -- 0 = the article's main incident
  main INTEGER NOT NULL,
  type TEXT, date TEXT,
  json TEXT NOT NULL,           -- the whole mention as `incidex extract` prints it
  UNIQUE(document, ordinal));
CREATE TABLE evidence(
  mention INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  field TEXT NOT NULL, document TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, note TEXT);
CREATE INDEX evidence_mention ON evidence(mention);
CREATE TABLE incidents(
  id TEXT PRIMARY KEY,          -- inc-<12 hex>, stable across later ingests
  type TEXT, date TEXT, country TEXT, place TEXT, killed INTEGER, wounded INTEGER,
  json TEXT NOT NULL,           -- the whole incident as `incidex export` prints it
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE INDEX incidents_date ON incidents(date);
CREATE TABLE incident_mentions(
  incident TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  mention INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  PRIMARY KEY(incident, mention));
CREATE INDEX incident_mentions_mention ON incident_mentions(mention);
CREATE TABLE incident_aliases(alias TEXT PRIMARY KEY, incident TEXT NOT NULL);
)sql",
    // 2: what the resolver compares, kept per document so resolution never re-reads the text.
    R"sql(
CREATE TABLE document_keys(
  document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  names TEXT NOT NULL,          -- capitalised words of title and text, lower-case, space-separated
  title TEXT NOT NULL,          -- the title's words
  people TEXT NOT NULL,         -- fuzzy keys of full person names, '|'-separated
  dates TEXT NOT NULL);         -- the days the text names, ISO, space-separated
CREATE INDEX incident_aliases_incident ON incident_aliases(incident);
ALTER TABLE evidence ADD COLUMN in_title INTEGER NOT NULL DEFAULT 0;  -- offsets into the title, not the text
)sql",
};

Store::Store(const std::string& path, bool readonly) : db_(std::make_unique<sql::Db>(path, readonly)) {
  if (!readonly) {
    db_->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
    migrate();
  } else {
    db_->exec("PRAGMA foreign_keys=ON;");
    if (schema_version() != kSchemaVersion)
      throw std::runtime_error(path + " is not an incidex database of schema version " + std::to_string(kSchemaVersion) +
                               " (found " + std::to_string(schema_version()) + "); run `incidex ingest` on it to migrate");
  }
}

Store::~Store() = default;

sql::Stmt& Store::stmt(const std::string& sql) const {
  auto& slot = statements_[sql];
  if (!slot) slot = std::make_unique<sql::Stmt>(*db_, sql);
  slot->reset();
  return *slot;
}

int Store::schema_version() const {
  sql::Stmt st(*db_, "PRAGMA user_version");
  return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

void Store::migrate() {
  int v = schema_version();
  constexpr int latest = static_cast<int>(sizeof kMigrations / sizeof *kMigrations);
  if (v > latest)
    throw std::runtime_error("database schema version " + std::to_string(v) + " is newer than this incidex (" +
                             std::to_string(latest) + "); use a newer incidex");
  for (; v < latest; ++v) {
    db_->exec("BEGIN IMMEDIATE");
    try {
      db_->exec(kMigrations[v]);
      db_->exec("PRAGMA user_version=" + std::to_string(v + 1));
      db_->exec("COMMIT");
    } catch (...) {
      db_->exec("ROLLBACK");
      throw;
    }
  }
}

void Store::begin() { db_->exec("BEGIN IMMEDIATE"); }
void Store::commit() { db_->exec("COMMIT"); }
void Store::rollback() { db_->exec("ROLLBACK"); }

Store::Put Store::put_document(const Document& d) {
  sql::Stmt& find = stmt("SELECT content_hash FROM documents WHERE id=?");
  find.bind(1, d.id);
  Put result = Put::added;
  if (find.step()) {
    bool same = find.text(0) == d.content_hash;
    find.reset();  // a cached statement is not left open mid-read
    if (same) return Put::unchanged;
    result = Put::updated;
  }
  sql::Stmt& up = stmt(
               "INSERT INTO documents(id,title,text,published,published_from,url,source,format,origin,content_hash) "
               "VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title=excluded.title, text=excluded.text, "
               "published=excluded.published, published_from=excluded.published_from, url=excluded.url, "
               "source=excluded.source, format=excluded.format, origin=excluded.origin, "
               "content_hash=excluded.content_hash, ingested_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')");
  up.bind(1, d.id).bind(2, d.title).bind(3, d.text);
  if (d.published.known()) up.bind(4, d.published.iso()); else up.bind_null(4);
  up.bind(5, d.published_from).bind(6, d.url).bind(7, d.source).bind(8, d.format).bind(9, d.origin.describe()).bind(10, d.content_hash);
  up.run();
  return result;
}

std::vector<std::int64_t> Store::put_mentions(const std::string& document, const std::vector<Mention>& ms) {
  // The document's old mentions go (with their links); resolution after the ingest rebuilds the incidents.
  sql::Stmt& del = stmt("DELETE FROM mentions WHERE document=?");
  del.bind(1, document).run();
  sql::Stmt& ins = stmt("INSERT INTO mentions(document,ordinal,main,type,date,json) VALUES(?,?,?,?,?,?)");
  sql::Stmt& ev = stmt("INSERT INTO evidence(mention,field,document,start,\"end\",text,note,in_title) VALUES(?,?,?,?,?,?,?,?)");
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    ins.bind(1, document).bind(2, static_cast<std::int64_t>(i)).bind(3, m.main ? 1 : 0).bind(4, m.type);
    if (m.date.known()) ins.bind(5, m.date.iso()); else ins.bind_null(5);
    ins.bind(6, to_json(m).dump());
    ins.run();
    std::int64_t id = db_->last_rowid();
    ids.push_back(id);
    for (const Evidence& e : m.evidence) {
      ev.bind(1, id).bind(2, e.field).bind(3, e.document).bind(4, static_cast<std::int64_t>(e.start))
          .bind(5, static_cast<std::int64_t>(e.end)).bind(6, e.text);
      if (e.note.empty()) ev.bind_null(7); else ev.bind(7, e.note);
      ev.bind(8, e.in_title ? 1 : 0);
      ev.run();
    }
  }
  return ids;
}

namespace {
std::string join_words(const std::vector<std::string>& v) {
  std::string out;
  for (auto& w : v) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}
std::vector<std::string> split_words(const std::string& s, char sep = ' ') {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto j = s.find(sep, i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}
}  // namespace

void Store::put_document_keys(const std::string& document, const DocumentKeys& k) {
  std::string people;
  for (auto& p : k.people) people += (people.empty() ? "" : "|") + p;
  stmt("INSERT OR REPLACE INTO document_keys(document,names,title,people,dates) VALUES(?,?,?,?,?)")
      .bind(1, document).bind(2, join_words(k.names)).bind(3, join_words(k.title)).bind(4, people).bind(5, join_words(k.dates)).run();
}

std::vector<ResolveItem> Store::resolution_items() const {
  sql::Stmt st(*db_,
               "SELECT m.id, m.document, m.ordinal, m.json, d.published, k.names, k.title, d.title, "
               "CASE WHEN k.document IS NULL THEN d.text END, k.document IS NULL, "
               "k.people, k.dates "
               "FROM mentions m JOIN documents d ON d.id=m.document LEFT JOIN document_keys k ON k.document=m.document "
               "ORDER BY m.document, m.ordinal");
  std::vector<ResolveItem> out;
  std::string last_doc;
  DocumentKeys keys;
  while (st.step()) {
    std::string document = st.text(1);
    if (document != last_doc) {
      if (st.integer(9)) {  // a database from before schema 2: compute the keys from the stored text
        Document d;
        d.title = st.text(7);
        d.text = st.text(8);
        keys = document_keys(d);
      } else {
        keys = {split_words(st.text(5)), split_words(st.text(6)), split_words(st.text(10), '|'), split_words(st.text(11))};
      }
      last_doc = document;
    }
    ResolveItem it = resolve_item(std::move(document), static_cast<int>(st.integer(2)), Date::parse_iso(st.text(4)),
                                  mention_from_json(nlohmann::json::parse(st.text(3))), keys);
    it.row = st.integer(0);
    out.push_back(std::move(it));
  }
  return out;
}

std::unordered_map<std::int64_t, PriorIncident> Store::prior_incidents() const {
  sql::Stmt st(*db_, "SELECT im.mention, i.id, i.rowid FROM incident_mentions im JOIN incidents i ON i.id=im.incident");
  std::unordered_map<std::int64_t, PriorIncident> out;
  while (st.step()) out[st.integer(0)] = {st.text(1), st.integer(2)};
  return out;
}

std::int64_t Store::unresolved_mentions() const {
  sql::Stmt st(*db_, "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM incident_mentions im WHERE im.mention=m.id)");
  return st.step() ? st.integer(0) : 0;
}

std::vector<std::string> Store::aliases_of(const std::string& incident) const {
  sql::Stmt& st = stmt("SELECT alias FROM incident_aliases WHERE incident=? ORDER BY alias");
  st.bind(1, incident);
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  return out;
}

std::size_t Store::replace_incidents(const std::vector<Incident>& incs, const std::vector<std::vector<std::int64_t>>& rows,
                                     const std::vector<std::vector<std::string>>& merged) {
  // Aliases first: a merged incident's id (and the ids merged into it before) now lead to the survivor.
  for (std::size_t g = 0; g < incs.size(); ++g)
    for (auto& old : merged[g]) {
      stmt("UPDATE incident_aliases SET incident=? WHERE incident=?").bind(1, incs[g].id).bind(2, old).run();
      stmt("INSERT OR REPLACE INTO incident_aliases(alias, incident) VALUES(?,?)").bind(1, old).bind(2, incs[g].id).run();
    }
  // Incidents no group kept go (their mentions are in the new groups).
  db_->exec("CREATE TEMP TABLE IF NOT EXISTS keep_ids(id TEXT PRIMARY KEY); DELETE FROM keep_ids;");
  for (auto& inc : incs) stmt("INSERT OR IGNORE INTO keep_ids(id) VALUES(?)").bind(1, inc.id).run();
  db_->exec("DELETE FROM incidents WHERE id NOT IN (SELECT id FROM keep_ids); DELETE FROM keep_ids;");
  std::size_t changed = 0;
  for (std::size_t g = 0; g < incs.size(); ++g) {
    std::string json = to_json(incs[g]).dump();
    sql::Stmt& old = stmt("SELECT json FROM incidents WHERE id=?");
    old.bind(1, incs[g].id);
    bool same = old.step() && old.text(0) == json;
    old.reset();
    if (same) continue;
    ++changed;
    stmt("DELETE FROM incident_mentions WHERE incident=?").bind(1, incs[g].id).run();
    put_incident(incs[g], rows[g]);
  }
  return changed;
}

void Store::put_incident(const Incident& inc, const std::vector<std::int64_t>& mention_ids) {
  sql::Stmt& up = stmt(
               "INSERT INTO incidents(id,type,date,country,place,killed,wounded,json) VALUES(?,?,?,?,?,?,?,?) "
               "ON CONFLICT(id) DO UPDATE SET type=excluded.type, date=excluded.date, country=excluded.country, "
               "place=excluded.place, killed=excluded.killed, wounded=excluded.wounded, json=excluded.json, "
               "updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')");
  const Mention& r = inc.record;
  up.bind(1, inc.id).bind(2, r.type);
  if (r.date.known()) up.bind(3, r.date.iso()); else up.bind_null(3);
  if (r.location) up.bind(4, r.location->country).bind(5, r.location->name); else up.bind_null(4).bind_null(5);
  up.bind(6, r.killed.value).bind(7, r.wounded.value).bind(8, to_json(inc).dump());
  up.run();
  sql::Stmt& link = stmt("INSERT OR REPLACE INTO incident_mentions(incident, mention) VALUES(?,?)");
  for (auto id : mention_ids) {
    stmt("DELETE FROM incident_mentions WHERE mention=? AND incident<>?").bind(1, id).bind(2, inc.id).run();
    link.bind(1, inc.id).bind(2, id).run();
  }
}

std::optional<Document> Store::document(const std::string& id) const {
  sql::Stmt& st = stmt("SELECT id,title,text,published,published_from,url,source,format,origin,content_hash FROM documents WHERE id=?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  Document d;
  d.id = st.text(0);
  d.title = st.text(1);
  d.text = st.text(2);
  d.published = Date::parse_iso(st.text(3));
  d.published_from = st.text(4);
  d.url = st.text(5);
  d.source = st.text(6);
  d.format = st.text(7);
  d.origin.path = st.text(8);
  d.content_hash = st.text(9);
  return d;
}

static Incident incident_from_row(const std::string& json_text) {
  auto j = nlohmann::json::parse(json_text);
  Incident inc;
  inc.id = j.value("id", "");
  inc.record = mention_from_json(j);
  inc.record.document.clear();
  for (auto& d : j.value("documents", nlohmann::json::array())) inc.documents.push_back(d.get<std::string>());
  for (auto& d : j.value("main_documents", nlohmann::json::array())) inc.main_documents.push_back(d.get<std::string>());
  for (auto& r : j.value("reports", nlohmann::json::array()))
    inc.reports.push_back({r.value("document", ""), r.value("field", ""), r.value("value", ""), r.value("qualifier", ""),
                           Date::parse_iso(r.value("published", nlohmann::json("")).is_string() ? r["published"].get<std::string>() : "")});
  for (auto& c : j.value("choices", nlohmann::json::array()))
    inc.choices.push_back({c.value("field", ""), c.value("value", ""), c.value("rule", "")});
  for (auto& l : j.value("links", nlohmann::json::array()))
    inc.links.push_back({l.value("document", ""), l.value("ordinal", 0), l["to"].is_string() ? l["to"].get<std::string>() : "",
                         l.value("score", 0.0), l.value("reason", "")});
  for (auto& a : j.value("aliases", nlohmann::json::array())) inc.aliases.push_back(a.get<std::string>());
  return inc;
}

std::vector<Incident> Store::incidents(const IncidentFilter& f) const {
  std::string q = "SELECT json FROM incidents i WHERE 1=1";
  if (!f.type.empty()) q += " AND type=?";
  if (!f.country.empty()) q += " AND country=?";
  if (!f.since.empty()) q += " AND date>=?";
  if (!f.until.empty()) q += " AND date<=?";
  if (!f.text.empty())
    q += " AND EXISTS (SELECT 1 FROM incident_mentions im JOIN mentions m ON m.id=im.mention JOIN documents d ON "
         "d.id=m.document WHERE im.incident=i.id AND d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))";
  q += " ORDER BY date IS NULL, date, id";
  if (f.limit > 0) q += " LIMIT " + std::to_string(f.limit);
  sql::Stmt st(*db_, q);
  int idx = 1;
  if (!f.type.empty()) st.bind(idx++, f.type);
  if (!f.country.empty()) st.bind(idx++, f.country);
  if (!f.since.empty()) st.bind(idx++, f.since);
  if (!f.until.empty()) st.bind(idx++, f.until);
  if (!f.text.empty()) st.bind(idx++, f.text);
  std::vector<Incident> out;
  while (st.step()) out.push_back(incident_from_row(st.text(0)));
  return out;
}

std::optional<Incident> Store::incident(const std::string& id) const {
  std::string real = id;
  sql::Stmt& alias = stmt("SELECT incident FROM incident_aliases WHERE alias=?");
  alias.bind(1, id);
  if (alias.step()) real = alias.text(0);
  sql::Stmt& st = stmt("SELECT json FROM incidents WHERE id=?");
  st.bind(1, real);
  if (!st.step()) return std::nullopt;
  return incident_from_row(st.text(0));
}

std::vector<Mention> Store::mentions_of(const std::string& incident_id) const {
  sql::Stmt st(*db_,
               "SELECT m.json FROM incident_mentions im JOIN mentions m ON m.id=im.mention WHERE im.incident=? ORDER BY m.document, m.ordinal");
  st.bind(1, incident_id);
  std::vector<Mention> out;
  while (st.step()) out.push_back(mention_from_json(nlohmann::json::parse(st.text(0))));
  return out;
}

std::vector<Mention> Store::mentions_in(const std::string& document) const {
  sql::Stmt& st = stmt("SELECT json FROM mentions WHERE document=? ORDER BY ordinal");
  st.bind(1, document);
  std::vector<Mention> out;
  while (st.step()) out.push_back(mention_from_json(nlohmann::json::parse(st.text(0))));
  return out;
}

Store::Counts Store::counts() const {
  Counts c;
  sql::Stmt st(*db_, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), (SELECT count(*) FROM incidents)");
  if (st.step()) {
    c.documents = st.integer(0);
    c.mentions = st.integer(1);
    c.incidents = st.integer(2);
  }
  return c;
}

}  // namespace incidex
