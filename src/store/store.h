// The store: one SQLite file (default ./incidex.db, WAL) holding documents (clean text, metadata,
// content hash, full-text index with FTS5), incident mentions with their evidence, and incidents.
//
//   Store store("incidex.db");            // creates or migrates the schema (PRAGMA user_version)
//   store.begin();
//   if (store.put_document(doc) != Store::Put::unchanged) store.put_mentions(doc.id, mentions);
//   store.commit();                       // all of a document or none of it
//
// Re-putting a document with the same id and content hash changes nothing. A document whose content
// changed replaces its mentions. Not thread-safe: one Store per thread (SQLite serialises writers).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/record.h"
#include "resolve/keys.h"
#include "resolve/reconcile.h"
#include "resolve/resolver.h"

namespace incidex {
namespace sql { class Db; class Stmt; }

struct IncidentFilter {
  std::string type, country, since, until, text;  // text: FTS5 query over the documents
  int limit = 0;                                  // 0: no limit
};

class Store {
 public:
  static constexpr int kSchemaVersion = 2;
  explicit Store(const std::string& path, bool readonly = false);
  ~Store();

  void begin();
  void commit();
  void rollback();

  enum class Put { added, unchanged, updated };
  Put put_document(const Document&);
  // Stores the mentions of a document (replacing any it had); returns their row ids in order.
  std::vector<std::int64_t> put_mentions(const std::string& document, const std::vector<Mention>&);
  // Writes an incident and links it to its mentions (moving them from any other incident).
  void put_incident(const Incident&, const std::vector<std::int64_t>& mention_ids);
  // What the resolver compares for a document (see resolve/keys.h).
  void put_document_keys(const std::string& document, const DocumentKeys&);

  // Resolution: every mention as the resolver reads it, in (document, ordinal) order …
  std::vector<ResolveItem> resolution_items() const;
  // … the incident each mention (by row id) was in before …
  std::unordered_map<std::int64_t, PriorIncident> prior_incidents() const;
  // … and the new incidents: incs[g] holds mentions rows[g] and absorbed the prior incidents merged[g]
  // (recorded as aliases). Incidents not among `incs` are deleted; unchanged ones are not rewritten.
  // Returns how many incidents were written.
  std::size_t replace_incidents(const std::vector<Incident>& incs, const std::vector<std::vector<std::int64_t>>& rows,
                                const std::vector<std::vector<std::string>>& merged);
  std::vector<std::string> aliases_of(const std::string& incident) const;
  // Mentions in no incident (an ingest killed before it resolved leaves some).
  std::int64_t unresolved_mentions() const;

  std::optional<Document> document(const std::string& id) const;
  std::vector<Incident> incidents(const IncidentFilter& = {}) const;
  std::optional<Incident> incident(const std::string& id) const;  // follows aliases
  // The mentions of one document, main first.
  std::vector<Mention> mentions_in(const std::string& document) const;
  // Mentions linked to an incident, each with its document id.
  std::vector<Mention> mentions_of(const std::string& incident_id) const;

  struct Counts { std::int64_t documents = 0, mentions = 0, incidents = 0; };
  Counts counts() const;
  int schema_version() const;

 private:
  void migrate();
  // A prepared statement for this SQL text, prepared once and reset for each use.
  sql::Stmt& stmt(const std::string& sql) const;
  std::unique_ptr<sql::Db> db_;
  mutable std::unordered_map<std::string, std::unique_ptr<sql::Stmt>> statements_;  // destroyed before db_
};

}  // namespace incidex
