// Time expressions, normalised against the publication date and leaning to the past, as news does:
// "on Saturday" is the last Saturday on or before publication, "yesterday" the day before, "October 31st"
// the last October 31 not after publication. Without a publication date an expression that needs one is
// returned with an unknown date, its weekday or month kept, and a note saying why. A clock time ("at
// 11:18 a.m.") in a sentence that names no day is the news day. Named days ("New Year's Eve",
// "Thanksgiving", data/holidays.tsv) resolve to their last occurrence. Thread-safe after construction.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analyse/lexicon.h"
#include "analyse/tokenizer.h"
#include "core/record.h"

namespace incidex {

struct TimeExpr {
  std::uint32_t first = 0, last = 0;  // token range
  Date date;              // resolved, with its precision; unknown if it needs an anchor that is missing
  int weekday = -1;       // 0=Sunday.. when the expression names one
  int month = 0;          // when the expression names one
  bool relative = false;  // needs the publication date (weekday, yesterday, last month ...)
  int stale_hint = -1;    // for relative expressions: 0 points at the news day (today, yesterday, last
                          // night), 1 at an earlier time (six months ago, last week, a few days ago)
  bool implicit = false;  // the day is a convention (a clock time with no day), not stated in the text
  std::string note;       // why the date is unknown, or how it was inferred
};

class TimeFinder {
 public:
  TimeFinder();  // loads data/holidays.tsv
  std::vector<TimeExpr> find(const Tokens&, std::string_view text, const Date& published) const;

 private:
  Lexicon holidays_;
};

}  // namespace incidex
