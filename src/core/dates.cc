#include "core/dates.h"

#include <date/date.h>

#include <cctype>
#include <charconv>
#include <string>
#include <vector>

namespace incidex {

static std::string lower_alpha(std::string_view w) {
  // possessives: "Saturday's", "Saturday’s"
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) w.remove_suffix(2);
  else if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
  std::string s;
  for (char c : w)
    if (std::isalpha(static_cast<unsigned char>(c))) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

int month_from_name(std::string_view word) {
  static const char* names[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};
  std::string w = lower_alpha(word);
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    std::string_view n = names[i];
    if (w == n) return i + 1;
    // abbreviations: jan, feb, sept, sep ... but not words like "mar" in "mars" (exact prefix only)
    if (w.size() <= 4 && n.substr(0, w.size()) == w && (w.size() == 3 || w == "sept")) return i + 1;
  }
  return 0;
}

int weekday_from_name(std::string_view word) {
  static const char* names[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  std::string w = lower_alpha(word);
  if (w.size() < 3) return -1;
  for (int i = 0; i < 7; ++i) {
    std::string_view n = names[i];
    if (w == n) return i;
    if (w.size() <= 5 && n.substr(0, w.size()) == w && (w.size() == 3 || w == "tues" || w == "thur" || w == "thurs"))
      return i;
  }
  return -1;
}

static date::sys_days to_days(const Date& d) {
  return date::sys_days(date::year(d.year) / date::month(static_cast<unsigned>(d.month)) /
                        date::day(static_cast<unsigned>(d.day)));
}

int weekday_of(const Date& d) { return static_cast<int>(date::weekday(to_days(d)).c_encoding()); }

Date add_days(const Date& d, int days) {
  date::year_month_day ymd(to_days(d) + date::days(days));
  return Date::ymd(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())));
}

int days_between(const Date& a, const Date& b) { return static_cast<int>((to_days(b) - to_days(a)).count()); }

bool valid_ymd(int y, int m, int d) {
  if (y < 1000 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return date::year_month_day(date::year(y) / date::month(static_cast<unsigned>(m)) / date::day(static_cast<unsigned>(d))).ok();
}

int expand_year(int yy) { return yy < 50 ? 2000 + yy : 1900 + yy; }

namespace {
struct Tok {
  std::string_view text;
  bool digits;
};
std::vector<Tok> date_tokens(std::string_view s) {
  std::vector<Tok> out;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c) || std::isalpha(c)) {
      std::size_t j = i;
      bool dig = std::isdigit(c);
      while (j < s.size() && (dig ? std::isdigit(static_cast<unsigned char>(s[j]))
                                  : std::isalpha(static_cast<unsigned char>(s[j]))))
        ++j;
      out.push_back({s.substr(i, j - i), dig});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}
int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}
}  // namespace

Date parse_date_string(std::string_view s) {
  // ISO first (also covers ISO date-times).
  std::size_t p = s.find_first_not_of(" \t\"");
  if (p != std::string_view::npos) {
    std::string_view t = s.substr(p);
    if (t.size() >= 10 && std::isdigit(static_cast<unsigned char>(t[0])) && t[4] == '-' && t[7] == '-') {
      Date d = Date::parse_iso(t);
      if (d.precision == Date::Precision::day && valid_ymd(d.year, d.month, d.day)) return d;
    }
    if (t.size() >= 8 && t.find_first_not_of("0123456789") >= 8) {  // 20160728
      int y = to_int(t.substr(0, 4)), m = to_int(t.substr(4, 2)), d = to_int(t.substr(6, 2));
      if (valid_ymd(y, m, d)) return Date::ymd(y, m, d);
    }
  }
  auto toks = date_tokens(s);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    // Month-name forms: "November 12, 2011", "Nov 12 2011"
    if (!toks[i].digits) {
      int m = month_from_name(toks[i].text);
      if (m && i + 2 < toks.size() && toks[i + 1].digits && toks[i + 2].digits && toks[i + 1].text.size() <= 2 &&
          toks[i + 2].text.size() == 4) {
        int d = to_int(toks[i + 1].text), y = to_int(toks[i + 2].text);
        if (valid_ymd(y, m, d)) return Date::ymd(y, m, d);
      }
      continue;
    }
    // "12 November 2011", "3 JAN 90"
    if (toks[i].text.size() <= 2 && i + 2 < toks.size() && !toks[i + 1].digits && toks[i + 2].digits) {
      int m = month_from_name(toks[i + 1].text);
      int y = toks[i + 2].text.size() == 4 ? to_int(toks[i + 2].text)
              : toks[i + 2].text.size() == 2 ? expand_year(to_int(toks[i + 2].text)) : 0;
      int d = to_int(toks[i].text);
      if (m && valid_ymd(y, m, d)) return Date::ymd(y, m, d);
    }
    // "07/28/2016" (U.S. order)
    if (toks[i].text.size() <= 2 && i + 2 < toks.size() && toks[i + 1].digits && toks[i + 2].digits &&
        toks[i + 1].text.size() <= 2 && toks[i + 2].text.size() == 4) {
      int m = to_int(toks[i].text), d = to_int(toks[i + 1].text), y = to_int(toks[i + 2].text);
      if (valid_ymd(y, m, d)) return Date::ymd(y, m, d);
    }
  }
  return {};
}

}  // namespace incidex
