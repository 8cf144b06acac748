// The clean and date stages: RawDocument -> Document.
//
//   Cleaner cleaner(options);          // loads data/boilerplate.txt
//   Document doc = cleaner.clean(raw);
//
// HTML goes through extract_article(); plain text has its character references decoded. Both are then
// normalised (Unicode NFC with ICU, whitespace: one space between words, one blank line between
// paragraphs) and lines of site furniture (data/boilerplate.txt) are dropped. The publication date is
// taken, in this order, from the JSON field, the page's metadata (meta tags, JSON-LD, <time>), a dateline
// at the top of the text, --published, and the WARC crawl date; Document::published_from says which.
// Thread-safe after construction (clean() is const).
#pragma once
#include <memory>
#include <set>
#include <string>

#include "core/record.h"

#include <re2/set.h>

namespace incidex {

struct CleanOptions {
  Date published;  // --published: used when the document itself gives no date
};

struct Dateline {
  std::string place;  // "MOSCOW", "GAINESVILLE, Fla.", "SAN SALVADOR"
  Date date;          // "3 JAN 90", or a line holding only a date ("Saturday, November 12, 2011")
  std::size_t start = 0;  // byte offset of the dateline in the text
  std::size_t end = 0;    // byte offset just past the dateline in the text
};

class Cleaner {
 public:
  explicit Cleaner(CleanOptions options = {});
  ~Cleaner();
  Document clean(const RawDocument& raw) const;

  // Exposed for tests.
  std::string normalize(std::string_view text) const;  // NFC, whitespace, junk lines removed
  bool is_junk_line(std::string_view line) const;
  static Dateline find_dateline(std::string_view text);
  // A page title cut into its headline and the site's name it ends with ("Man shot on Elm St." and "KSLA
  // News 12 Shreveport, Louisiana"); the site is empty, and the headline the whole title, when there is none.
  struct TitleParts {
    std::string_view headline, site;
  };
  static TitleParts split_title(std::string_view title);

 private:
  CleanOptions options_;
  std::unique_ptr<RE2::Set> junk_;
  std::unique_ptr<RE2::Set> related_;  // data/related_headers.txt: the line before other stories' headlines
  bool is_related_header(std::string_view line) const;
  std::set<std::string, std::less<>> not_datelines_;  // data/not_datelines.txt
};

// 64-bit FNV-1a of the bytes, as 16 hex digits.
std::string content_hash(std::string_view a, std::string_view b = {});

}  // namespace incidex
