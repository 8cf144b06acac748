#include "read/reader.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "read/http.h"
#include "read/stream.h"

namespace fs = std::filesystem;

namespace incidex {

static std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// File name without directories and without its extensions (".warc.gz" counts as one).
static std::string stem_of(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  std::string l = lower(name);
  if (l.size() > 3 && l.ends_with(".gz")) name.resize(name.size() - 3);
  auto dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

std::string Reader::format_of(const std::string& path) {
  std::string l = lower(fs::path(path).filename().string());
  if (l.ends_with(".gz")) l.resize(l.size() - 3);
  auto ext = fs::path(l).extension().string();
  if (ext == ".txt" || ext == ".text") return "txt";
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return "html";
  if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
  if (ext == ".warc") return "warc";
  return "";
}

std::string Reader::sniff(const std::string& head) {
  std::size_t i = 0;
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  std::string_view rest(head.data() + i, head.size() - i);
  if (rest.starts_with("WARC/")) return "warc";
  if (rest.starts_with("{")) return "jsonl";
  std::string l = lower(std::string(rest.substr(0, 512)));
  if (l.starts_with("<!doctype html") || l.starts_with("<html") || l.find("<body") != std::string::npos ||
      l.find("<head") != std::string::npos || l.find("<p>") != std::string::npos)
    return "html";
  return "txt";
}

bool valid_utf8(std::string_view s, std::size_t& bad) {
  if (simdjson::validate_utf8(s.data(), s.size())) return true;
  // Slow path, only on failure: find the first bad byte so the message can point at it.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned c = p[i];
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > n) break;
    bool okseq = true;
    for (std::size_t k = 1; k < len; ++k) okseq &= (p[i + k] >> 6) == 2;
    if (!okseq) break;
    if (len == 2 && c < 0xC2) break;
    if (len == 3) {
      unsigned cp = ((c & 0xF) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) break;
    }
    if (len == 4) {
      unsigned cp = ((c & 7) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
      if (cp < 0x10000 || cp > 0x10FFFF) break;
    }
    i += len;
  }
  bad = i;
  return false;
}

bool looks_binary(std::string_view s) {
  std::size_t n = std::min<std::size_t>(s.size(), 1 << 16), control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 20 > n;  // more than 5 % control characters
}

void Reader::issue(const std::string& where, const std::string& kind, const std::string& reason) {
  ++stats_.skipped;
  ++stats_.skipped_by_kind[kind];
  if (on_issue) on_issue({where, reason, kind});
}

void Reader::emit(RawDocument&& d) {
  ++stats_.documents;
  if (on_document) on_document(std::move(d));
}

void Reader::progress(ByteStream& s) {
  if (on_progress) on_progress(done_bytes_ + s.raw_offset(), total_bytes_);
}

bool Reader::read(const std::vector<std::string>& inputs) {
  // List the files first so progress has a total.
  std::vector<std::pair<std::string, std::string>> files;  // path, forced format ("" = by extension/sniff)
  bool all_ok = true;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-") {
      files.emplace_back(in, "");
    } else if (fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(ec)) continue;
        if (format_of(it->path().string()).empty()) {
          ++stats_.skipped_by_kind["unsupported-extension"];
          continue;
        }
        found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      for (auto& f : found) files.emplace_back(f, "");
    } else if (fs::exists(in, ec)) {
      files.emplace_back(in, "");
    } else {
      issue(in, "missing", "no such file or directory");
      all_ok = false;
    }
  }
  for (auto& [path, _] : files) {
    std::error_code ec;
    if (path != "-") total_bytes_ += fs::file_size(path, ec);
  }
  for (auto& [path, fmt] : files) read_file(path, fmt);
  return all_ok;
}

void Reader::read_file(const std::string& path, std::string format) {
  ByteStream s(path);
  if (!s.ok()) {
    issue(path, "unreadable", s.error());
    return;
  }
  ++stats_.files;
  if (format.empty()) format = format_of(path);
  if (format.empty()) format = sniff(s.peek(4096));
  if (format == "jsonl")
    read_jsonl(s, path);
  else if (format == "warc")
    read_warc(s, path);
  else
    read_whole(s, path, format);
  if (!s.ok()) issue(path, "truncated", fmt::format("input ends early or is corrupt at byte {} ({})", s.offset(), s.error()));
  std::error_code ec;
  if (path != "-") done_bytes_ += fs::file_size(path, ec);
  if (on_progress) on_progress(done_bytes_, total_bytes_);
}

void Reader::read_whole(ByteStream& s, const std::string& path, const std::string& format) {
  RawDocument d;
  d.format = format;
  d.origin.path = path;
  d.id = path == "-" ? "stdin" : stem_of(path);
  std::size_t limit = options_.max_document_bytes;
  s.read(d.body, limit + 1);
  if (!s.ok()) return;  // reported by read_file as truncated
  if (d.body.size() > limit) {
    std::size_t rest = s.skip(SIZE_MAX);
    issue(path, "too-large", fmt::format("document of {:.1f} MB is larger than the {:.1f} MB limit",
                                         (d.body.size() + rest) / 1048576.0, limit / 1048576.0));
    return;
  }
  if (d.body.empty() || d.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    issue(path, "empty", "empty file");
    return;
  }
  if (looks_binary(d.body)) {
    issue(path, "binary", "binary data, not text");
    return;
  }
  d.is_html = format == "html";
  std::size_t bad = 0;
  if (!valid_utf8(d.body, bad)) {
    // An HTML page that declares its character set is converted; anything else is reported.
    std::string charset = d.is_html ? declared_charset("", d.body) : "";
    std::string error;
    if (charset.empty() || charset == "utf-8" || !to_utf8(d.body, charset, error) || !valid_utf8(d.body, bad)) {
      issue(path, "invalid-utf8", fmt::format("invalid UTF-8 at byte {}{}", bad, error.empty() ? "" : " (" + error + ")"));
      return;
    }
  }
  emit(std::move(d));
}

void Reader::read_jsonl(ByteStream& s, const std::string& path) {
  simdjson::ondemand::parser parser;
  std::string line;
  std::uint64_t lineno = 0;
  bool too_long = false;
  const std::string fallback = path == "-" ? "stdin" : stem_of(path);
  while (true) {
    line.clear();
    std::uint64_t start = s.offset();
    if (!s.getline(line, options_.max_document_bytes, too_long)) break;
    ++lineno;
    if ((lineno & 255) == 0) progress(s);
    std::string where = fmt::format("{}:{}", path, lineno);
    if (too_long) {
      issue(where, "too-large", fmt::format("line longer than the {:.1f} MB limit", options_.max_document_bytes / 1048576.0));
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines are allowed
    if (looks_binary(line)) {
      issue(where, "binary", "binary data, not a JSON object");
      continue;
    }
    RawDocument d;
    d.format = "jsonl";
    d.origin = {path, lineno, start};
    simdjson::padded_string padded(line);
    simdjson::ondemand::document doc;
    simdjson::ondemand::object obj;
    auto err = parser.iterate(padded).get(doc);
    if (!err) err = doc.get_object().get(obj);
    if (err) {
      issue(where, err == simdjson::UTF8_ERROR ? "invalid-utf8" : "invalid-json",
            fmt::format("not a JSON object: {}", simdjson::error_message(err)));
      continue;
    }
    std::string text, html, error;
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) { error = "bad key"; break; }
      auto value = field.value();
      std::string_view sv;
      if (key == "id") {
        // ids may be numbers
        if (value.get_string().get(sv) == simdjson::SUCCESS) d.id = sv;
        else {
          std::string_view raw;
          if (value.raw_json_token().get(raw) == simdjson::SUCCESS) d.id = std::string(raw);
        }
        continue;
      }
      std::string* target = key == "title" ? &d.title : key == "text" ? &text : key == "html" ? &html
                          : key == "published" ? &d.published : key == "url" ? &d.url
                          : key == "source" ? &d.source : nullptr;
      if (!target) continue;
      auto type = value.type();
      if (type.error()) { error = simdjson::error_message(type.error()); break; }
      if (type.value_unsafe() == simdjson::ondemand::json_type::null) continue;
      if (auto err = value.get_string().get(sv); err) {
        error = fmt::format("field \"{}\": {}", key, simdjson::error_message(err));
        break;
      }
      *target = sv;
    }
    if (!error.empty()) {
      issue(where, error.find("UTF-8") != std::string::npos ? "invalid-utf8" : "invalid-json", "invalid JSON: " + error);
      continue;
    }
    if (text.empty() && html.empty() && d.title.find_first_not_of(" \t\r\n") == std::string::npos) {
      issue(where, "no-text", "\"text\", \"html\" and \"title\" are all missing or empty");
      continue;
    }  // a headline alone is a (short) report
    if (d.id.empty()) d.id = fmt::format("{}-{}", fallback, lineno);
    d.is_html = text.empty();
    d.body = d.is_html ? std::move(html) : std::move(text);
    emit(std::move(d));
  }
}

// WARC/1.0: "WARC/1.0" line, header lines, blank line, Content-Length bytes, then "\r\n\r\n".
void Reader::read_warc(ByteStream& s, const std::string& path) {
  std::string line;
  bool too_long = false;
  std::uint64_t records = 0;
  while (true) {
    // Find the next version line (skipping the record separator and, after an error, anything else).
    std::uint64_t start = 0;
    bool found = false, skipped_junk = false;
    while (true) {
      line.clear();
      start = s.offset();
      if (!s.getline(line, 4096, too_long)) break;
      if (line.starts_with("WARC/")) { found = true; break; }
      if (!line.empty()) skipped_junk = true;
    }
    if (skipped_junk && records > 0) {
      // Only reachable after a record whose length was wrong; already reported there.
    } else if (skipped_junk) {
      issue(fmt::format("{}@{}", path, 0), "invalid-warc", "data before the first WARC record");
    }
    if (!found) break;
    ++records;
    if ((records & 63) == 0) progress(s);
    std::string where = fmt::format("{}@{}", path, start);
    std::map<std::string, std::string> headers;
    while (true) {
      line.clear();
      if (!s.getline(line, 1 << 16, too_long) || line.empty()) break;
      auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(" \t"));
      headers[lower(line.substr(0, colon))] = value;
    }
    std::uint64_t length = 0;
    try {
      length = std::stoull(headers.at("content-length"));
    } catch (...) {
      issue(where, "invalid-warc", "WARC record without a valid Content-Length");
      continue;
    }
    std::string block;
    bool keep = headers["warc-type"] == "response" && length <= options_.max_document_bytes;
    if (keep) s.read(block, length); else s.skip(length);
    // The block must be followed by CRLF CRLF; anything else means Content-Length was wrong.
    std::string tail = s.peek(4);
    if (tail.size() < 4 && !s.ok()) break;
    if (tail != "\r\n\r\n" && !(tail.empty() && s.eof())) {
      issue(where, "invalid-warc", fmt::format("record length {} does not match its content; record skipped", length));
      continue;
    }
    s.skip(tail.size());
    if (headers["warc-type"] != "response") continue;
    if (!keep) {
      issue(where, "too-large", fmt::format("record of {:.1f} MB is larger than the limit", length / 1048576.0));
      continue;
    }
    // HTTP response: status line, headers, blank line, body.
    auto split = block.find("\r\n\r\n");
    std::size_t skiplen = 4;
    if (split == std::string::npos) { split = block.find("\n\n"); skiplen = 2; }
    if (split == std::string::npos) {
      issue(where, "invalid-warc", "response record without an HTTP header");
      continue;
    }
    std::string http = lower(block.substr(0, split));
    auto ct = http.find("content-type:");
    std::string ctype = ct == std::string::npos ? "" : http.substr(ct + 13, http.find('\n', ct) - ct - 13);
    if (!ctype.empty() && ctype.find("html") == std::string::npos && ctype.find("xml") == std::string::npos) continue;
    RawDocument d;
    d.format = "warc";
    d.origin = {path, 0, start};
    d.url = headers["warc-target-uri"];
    d.published = headers["warc-date"];
    d.id = headers["warc-record-id"];
    if (d.id.starts_with("<urn:uuid:")) d.id = d.id.substr(10, d.id.size() - 11);
    if (d.id.empty()) d.id = fmt::format("{}@{}", stem_of(path), start);
    d.body = block.substr(split + skiplen);
    d.is_html = true;
    auto header = [&](const char* name) {
      auto p = http.find(name);
      return p == std::string::npos ? std::string() : http.substr(p + std::strlen(name), http.find('\n', p) - p - std::strlen(name));
    };
    if (header("transfer-encoding:").find("chunked") != std::string::npos && !dechunk(d.body)) {
      issue(where, "invalid-warc", "malformed chunked body");
      continue;
    }
    if (std::string ce = header("content-encoding:"); ce.find("gzip") != std::string::npos || ce.find("deflate") != std::string::npos) {
      if (!inflate_body(d.body)) {
        issue(where, "binary", "compressed body that does not inflate");
        continue;
      }
    }
    if (looks_binary(d.body)) {
      issue(where, "binary", "response body is binary (compressed or not HTML)");
      continue;
    }
    // A body that is valid UTF-8 stays as it is (pages often declare Latin-1 and send UTF-8); otherwise
    // its declared charset converts it.
    std::size_t bad = 0;
    if (!valid_utf8(d.body, bad)) {
      std::string charset = declared_charset(ctype, d.body), error;
      if (charset.empty() || charset == "utf-8" || !to_utf8(d.body, charset, error) || !valid_utf8(d.body, bad)) {
        issue(where, "invalid-utf8", fmt::format("invalid UTF-8 at byte {} of the body{}", bad, error.empty() ? "" : " (" + error + ")"));
        continue;
      }
    }
    emit(std::move(d));
  }
}

}  // namespace incidex
