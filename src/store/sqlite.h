// A thin RAII layer over the SQLite C API: Db owns a connection, Stmt a prepared statement.
// Errors throw std::runtime_error with SQLite's message. Not thread-safe: one Db per thread.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace incidex::sql {

class Db {
 public:
  explicit Db(const std::string& path, bool readonly = false);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  void exec(const std::string& sql);
  sqlite3* handle() const { return db_; }
  std::int64_t last_rowid() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }

 private:
  sqlite3* db_ = nullptr;
};

class Stmt {
 public:
  Stmt(Db&, const std::string& sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, std::string_view v);
  Stmt& bind(int i, std::int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind_null(int i);
  Stmt& bind(int i, const std::optional<int>& v) { return v ? bind(i, *v) : bind_null(i); }
  bool step();   // true while there is a row
  void run();    // step to completion, then reset
  void reset();
  std::string text(int col) const;
  std::int64_t integer(int col) const;
  double real(int col) const;
  bool null(int col) const;

 private:
  Db& db_;
  sqlite3_stmt* st_ = nullptr;
};

}  // namespace incidex::sql
