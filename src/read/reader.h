// The read stage: files, folders (recursively), gzip and standard input in; RawDocuments out.
//
//   Reader reader(options);
//   reader.on_document = [](RawDocument&& d) { ... };
//   reader.on_issue = [](const ReadIssue& i) { std::cerr << i.where << ": " << i.reason; };
//   reader.read({"articles/", "crawl.warc.gz", "-"});
//
// Formats by extension (after stripping .gz): .txt, .html/.htm, .jsonl/.ndjson, .warc; standard input
// and unknown extensions named explicitly are sniffed. Bad input (broken JSON line, truncated gzip, WARC
// record with a wrong length, binary junk, invalid UTF-8, an oversized item) is reported through
// on_issue, counted, and skipped; reading goes on. Not thread-safe: one Reader per thread.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/record.h"

namespace incidex {

struct ReadOptions {
  std::size_t max_document_bytes = 8u << 20;  // a larger single item is skipped ("too large")
};

struct ReadIssue {
  std::string where;   // "file.jsonl:12", "crawl.warc.gz@40960", "dir/x.txt"
  std::string reason;  // short, for people
  std::string kind;    // short key for the summary: invalid-json, truncated, binary, ...
};

struct ReadStats {
  std::uint64_t files = 0, documents = 0, skipped = 0;
  std::map<std::string, std::uint64_t> skipped_by_kind;
};

class Reader {
 public:
  explicit Reader(ReadOptions options = {}) : options_(options) {}

  std::function<void(RawDocument&&)> on_document;
  std::function<void(const ReadIssue&)> on_issue;
  // Called now and then with (bytes of input consumed, total bytes known up front; 0 for stdin).
  std::function<void(std::uint64_t done, std::uint64_t total)> on_progress;

  // Reads every input in order. Returns false if an input could not be opened at all (reported too).
  bool read(const std::vector<std::string>& inputs);
  const ReadStats& stats() const { return stats_; }

  // The format a path's extension names ("txt", "html", "jsonl", "warc"), or "" if none.
  static std::string format_of(const std::string& path);
  // Guesses the format of a stream from its first bytes.
  static std::string sniff(const std::string& head);

 private:
  void read_file(const std::string& path, std::string format);
  void read_whole(class ByteStream&, const std::string& path, const std::string& format);
  void read_jsonl(class ByteStream&, const std::string& path);
  void read_warc(class ByteStream&, const std::string& path);
  void issue(const std::string& where, const std::string& kind, const std::string& reason);
  void emit(RawDocument&&);
  void progress(class ByteStream&);

  ReadOptions options_;
  ReadStats stats_;
  std::uint64_t total_bytes_ = 0, done_bytes_ = 0;
};

// Checks that `s` is valid UTF-8; on failure sets `bad_offset` to the first invalid byte.
bool valid_utf8(std::string_view s, std::size_t& bad_offset);
// True if `s` looks like binary data (NUL bytes or many control characters in its first 64 KiB).
bool looks_binary(std::string_view s);

}  // namespace incidex
