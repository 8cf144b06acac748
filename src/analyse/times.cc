#include "analyse/times.h"

#include <fmt/format.h>
#include <algorithm>
#include <charconv>
#include <optional>

#include "analyse/numbers.h"
#include "core/dates.h"
#include "core/hash.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

namespace {
int to_int(std::string_view s) {
  int v = -1;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}
// "31st" -> 31, "12" -> 12
int day_number(std::string_view w) {
  std::size_t k = ordinal_digits(w);  // "31st"
  if (k == 0 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) k = w.size();  // "12"
  if (k == 0 || k > 2) return -1;
  int d = to_int(w.substr(0, k));
  return d >= 1 && d <= 31 ? d : -1;
}
Date month_date(int y, int m) { return {y, m, 0, Date::Precision::month}; }
}  // namespace

TimeFinder::TimeFinder() : holidays_("holidays.tsv") {}

namespace {
// The date of a holiday row in a given year: fixed day, "N wkd" (Nth weekday) or "last wkd".
Date holiday_in(const Lexicon::Row& row, int year) {
  int month = std::stoi(row[0]);
  const std::string& rule = row[1];
  if (rule.find(' ') == std::string::npos) {
    int day = std::stoi(rule);
    return valid_ymd(year, month, day) ? Date::ymd(year, month, day) : Date{};
  }
  std::string n = rule.substr(0, rule.find(' ')), wd = rule.substr(rule.find(' ') + 1);
  int want = weekday_from_name(wd);
  if (n == "last"sv) {
    Date d = add_days(Date::ymd(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1), -1);
    while (weekday_of(d) != want) d = add_days(d, -1);
    return d;
  }
  Date d = Date::ymd(year, month, 1);
  while (weekday_of(d) != want) d = add_days(d, 1);
  return add_days(d, 7 * (std::stoi(n) - 1));
}
bool is_clock(std::string_view w, std::string_view next, std::string_view prev) {
  // "11 a.m.", "9:10pm"; "at 11:18", "around noon" (a bare "4:56" is as often a video's length)
  bool prep = prev == "at"sv || prev == "around"sv || prev == "about"sv || prev == "approximately"sv || prev == "before"sv ||
              prev == "after"sv || prev == "by"sv || prev == "until"sv || prev == "near"sv || prev == "shortly"sv;
  if (w == "noon"sv || w == "midnight"sv) return prep;
  bool digits = !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
  if (!digits) return false;
  if (w.find(':') != std::string_view::npos && prep) return true;
  if (w.ends_with("am") || w.ends_with("pm") || w.ends_with("a.m.") || w.ends_with("p.m.")) return true;
  return next == "a.m."sv || next == "p.m."sv || next == "am"sv || next == "pm"sv || next == "a.m"sv || next == "p.m"sv;
}
// Can a time expression start at token i? Most tokens are ruled out by this one look-up: digits, the
// words time expressions begin with, holiday first words, and whatever stands two words before "ago".
bool may_start(const Tokens& tk, std::uint32_t i, std::uint32_t end) {
  static const StringSet starters = [] {
    StringSet s = {
        "yesterday", "today", "tonight", "overnight", "last", "this", "earlier", "few", "several", "couple", "noon",
        "midnight", "new", "christmas", "independence", "fourth", "july", "halloween", "valentine's", "st.", "veterans",
        "thanksgiving", "memorial", "labor", "mother's", "father's", "martin"};
    for (const char* w : {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sun.", "mon.",
                          "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "january", "february",
                          "march", "april", "may", "june", "august", "september", "october", "november", "december",
                          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.",
                          "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."})
      s.insert(w);
    return s;
  }();
  const std::string& w = tk.lower[i];
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  // (the hashes first: most tokens are turned away without a string compared)
  constexpr std::uint32_t ago = token_hash("ago"), later = token_hash("later");
  auto is = [&](std::uint32_t k, std::uint32_t h, std::string_view word) { return tk.hash[k] == h && tk.lower[k] == word; };
  if (i + 2 < end && is(i + 2, ago, "ago")) return true;
  if (i + 3 < end && is(i + 3, ago, "ago")) return true;
  if (i + 2 < end && is(i + 2, later, "later")) return true;
  if (starters.contains(w, tk.hash[i])) return true;
  // "Saturday's" ("’" is "'" in Tokens::lower)
  return w.ends_with("'s") && starters.contains(std::string_view(w).substr(0, w.size() - 2));
}

}  // namespace

std::vector<TimeExpr> TimeFinder::find(const Tokens& tk, std::string_view text, const Date& pub) const {
  std::vector<TimeExpr> out;
  const auto& t = tk.tokens;
  bool anchored = pub.precision == Date::Precision::day;
  auto low = [&](std::size_t i) -> const std::string& { return tk.lower[i]; };
  auto need_anchor = [&](TimeExpr& e, std::string_view what) {
    e.relative = true;
    if (!anchored) e.note = "no publication date to anchor '" + std::string(what) + "'";
    return anchored;
  };
  for (const auto& s : tk.sentences) {
    std::size_t before = out.size();
    std::optional<TimeExpr> clock;
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (t[i].kind == Token::punct) continue;
      if (!may_start(tk, i, s.last)) continue;
      std::string w = low(i);
      TimeExpr e;
      e.first = i;
      e.last = i + 1;
      std::string prev = i > s.first ? low(i - 1) : "";
      std::string next = i + 1 < s.last ? low(i + 1) : "";
      if (!clock && is_clock(w, next, prev)) {
        clock = e;
        if (next == "a.m."sv || next == "p.m."sv || next == "am"sv || next == "pm"sv) clock->last = i + 2;
      }
      std::uint32_t hl = 0;
      if (const auto* row = holidays_.match(tk, i, s.last, hl)) {
        e.last = i + hl;
        e.stale_hint = 0;
        if (need_anchor(e, text.substr(t[i].start, t[i + hl - 1].end - t[i].start))) {
          Date d = holiday_in(*row, pub.year);
          if (d.known() && days_between(d, pub) < 0) d = holiday_in(*row, pub.year - 1);
          e.date = d;
          if (d.known() && days_between(d, pub) > 7) e.stale_hint = 1;
        }
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      int wd = weekday_from_name(w);
      int m = month_from_name(w);
      // Short forms like "sat", "sun", "mar", "may" are ambiguous as plain words: only full names, or
      // abbreviations with a period, count — except "May" capitalised before a day number.
      bool full_weekday = wd >= 0 && w.size() >= 6;
      // Month names that are also ordinary words ("may", "march") or short forms ("jan", "sat") count only
      // before a day or year, after "in"/"since"/"of"/..., or (march) capitalised.
      bool month_ok = false;
      if (m) {
        bool next_num = i + 1 < s.last && (day_number(low(i + 1)) > 0 || t[i + 1].kind == Token::number);
        bool prev_ok = prev == "in"sv || prev == "since"sv || prev == "early"sv || prev == "late"sv || prev == "mid"sv ||
                       prev == "last"sv || prev == "of"sv || prev == "until"sv || prev == "by"sv || prev == "this"sv;
        if (w == "may"sv) month_ok = next_num || prev_ok;
        else if (w == "march"sv) month_ok = next_num || prev_ok || (t[i].cap && !tk.caseless);
        else month_ok = w.size() >= 4 || w.back() == '.' || next_num;
      }
      if (full_weekday || (wd >= 0 && w.back() == '.')) {
        e.weekday = wd;
        if (i > s.first && prev == "last"sv) e.first = i - 1;
        if (i + 1 < s.last) {
          std::string nx = low(i + 1);
          if (nx == "morning"sv || nx == "afternoon"sv || nx == "evening"sv || nx == "night"sv) e.last = i + 2;
        }
        // "Monday, Nov. 14": an explicit date follows; let the month rule take it.
        if (i + 2 < s.last && month_from_name(low(i + 2)) && t[i + 1].text(text) == ","sv) continue;
        if (need_anchor(e, w)) {
          int back = (weekday_of(pub) - wd + 7) % 7;
          if (prev == "last"sv && back == 0) back = 7;
          e.date = add_days(pub, -back);
        }
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      // "overnight" in a news report: the night that ends on the publication day (not "an overnight search")
      if (w == "overnight"sv && i > s.first && (low(i - 1) == "an"sv || low(i - 1) == "the"sv)) continue;
      if (w == "yesterday"sv || w == "today"sv || w == "tonight"sv || w == "overnight"sv ||
          (w == "last"sv && i + 1 < s.last && low(i + 1) == "night"sv) ||
          (w == "this"sv && i + 1 < s.last && (low(i + 1) == "morning"sv || low(i + 1) == "afternoon"sv || low(i + 1) == "evening"sv))) {
        int back = w == "yesterday"sv || w == "last"sv ? 1 : 0;
        e.stale_hint = 0;
        if (w == "last"sv || w == "this"sv) e.last = i + 2;
        if (need_anchor(e, t[i].text(text))) e.date = add_days(pub, -back);
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      if ((w == "last"sv || w == "this"sv) && i + 1 < s.last && (low(i + 1) == "month"sv || low(i + 1) == "year"sv)) {
        e.last = i + 2;
        e.stale_hint = w == "last"sv ? 1 : -1;
        if (need_anchor(e, w + " " + low(i + 1))) {
          if (low(i + 1) == "month"sv) {
            int y = pub.year, mm = pub.month - (w == "last"sv ? 1 : 0);
            if (mm == 0) { mm = 12; --y; }
            e.date = month_date(y, mm);
          } else {
            e.date = {pub.year - (w == "last"sv ? 1 : 0), 0, 0, Date::Precision::year};
          }
        }
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      if ((w == "earlier"sv) && i + 2 < s.last && low(i + 1) == "this"sv && low(i + 2) == "year"sv) {
        e.last = i + 3;
        e.stale_hint = 1;
        if (need_anchor(e, "earlier this year")) e.date = {pub.year, 0, 0, Date::Precision::year};
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      // "two weeks later", "days later": counted from the event the narrative told before, which the
      // extractor knows; here the expression is marked and left unresolved.
      if (i + 2 < s.last && low(i + 2) == "later"sv &&
          (low(i + 1).starts_with("day") || low(i + 1).starts_with("week") || low(i + 1).starts_with("month") ||
           low(i + 1).starts_with("hour") || low(i + 1).starts_with("year"))) {
        e.last = i + 3;
        e.relative = true;
        e.note = fmt::format("'{}' counts from the event told before it", text.substr(t[i].start, t[e.last - 1].end - t[i].start));
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      // "earlier in the year", "this summer": the publication year
      bool season = w == "this"sv && i + 1 < s.last &&
                    (low(i + 1) == "summer"sv || low(i + 1) == "spring"sv || low(i + 1) == "fall"sv || low(i + 1) == "autumn"sv ||
                     low(i + 1) == "winter"sv);
      bool earlier_in = w == "earlier"sv && i + 3 < s.last && low(i + 1) == "in"sv && low(i + 2) == "the"sv && low(i + 3) == "year"sv;
      if (season || earlier_in) {
        e.last = i + (season ? 2 : 4);
        e.stale_hint = earlier_in ? 1 : -1;
        if (need_anchor(e, text.substr(t[i].start, t[e.last - 1].end - t[i].start))) e.date = {pub.year, 0, 0, Date::Precision::year};
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      // "six months ago", "2 days ago"
      if (i + 2 < s.last && low(i + 2) == "ago"sv) {
        int n = t[i].kind == Token::number ? to_int(w) : -1;
        static const char* words[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        for (int k = 0; k < 12 && n < 0; ++k)
          if (w == words[k]) n = k + 1;
        if (w == "a"sv) n = 1;
        std::string unit = low(i + 1);
        if (n > 0 && (unit.starts_with("day") || unit.starts_with("week") || unit.starts_with("month") || unit.starts_with("year"))) {
          if (i > s.first && (prev == "about"sv || prev == "some"sv)) e.first = i - 1;
          e.last = i + 3;
          e.stale_hint = 1;
          if (need_anchor(e, w + " " + unit + " ago")) {
            if (unit.starts_with("day")) e.date = add_days(pub, -n);
            else if (unit.starts_with("week")) e.date = add_days(pub, -7 * n);  // precision kept as day; callers may widen
            else if (unit.starts_with("month")) {
              int total = pub.year * 12 + (pub.month - 1) - n;
              e.date = month_date(total / 12, total % 12 + 1);
            } else {
              e.date = {pub.year - n, 0, 0, Date::Precision::year};
            }
          }
          out.push_back(e);
          i = e.last - 1;
          continue;
        }
      }
      // "last week", "a few days ago", "several weeks ago", "two weeks later": earlier than the news day,
      // with no exact day.
      if ((w == "last"sv && i + 1 < s.last && low(i + 1) == "week"sv) ||
          ((w == "few"sv || w == "several"sv || w == "couple"sv) && i + 2 < s.last &&
           (low(i + 2) == "ago"sv || (i + 3 < s.last && low(i + 3) == "ago"sv)))) {
        e.last = w == "last"sv ? i + 2 : std::min<std::uint32_t>(s.last, i + 3 + (low(i + 2) == "ago"sv ? 0 : 1));
        if (i > s.first && (prev == "a"sv || prev == "about"sv)) e.first = i - 1;
        e.relative = true;
        e.stale_hint = 1;
        e.note = fmt::format("'{}' gives no exact day", text.substr(t[e.first].start, t[e.last - 1].end - t[e.first].start));
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      if (month_ok && m) {
        e.month = m;
        // Month Day(, Year) | Month Year | Month
        int d = i + 1 < s.last ? day_number(low(i + 1)) : -1;
        int year = -1;
        if (d > 0) {
          e.last = i + 2;
          std::uint32_t k = i + 2;
          if (k < s.last && t[k].text(text) == ","sv) ++k;
          if (k < s.last && t[k].kind == Token::number && t[k].end - t[k].start == 4) {
            year = to_int(low(k));
            e.last = k + 1;
          }
        } else if (i + 1 < s.last && t[i + 1].kind == Token::number && t[i + 1].end - t[i + 1].start == 4) {
          year = to_int(low(i + 1));
          e.last = i + 2;
        }
        // Day Month (Year): "3 JAN 90", "12 November 2011"
        if (d < 0 && i > s.first && day_number(prev) > 0) {
          d = day_number(prev);
          e.first = i - 1;
          if (i + 1 < s.last && t[i + 1].kind == Token::number) {
            auto ys = low(i + 1);
            year = ys.size() == 4 ? to_int(ys) : ys.size() == 2 ? expand_year(to_int(ys)) : -1;
            if (year > 0) e.last = i + 2;
          }
        }
        if (year > 0 && d > 0) {
          if (valid_ymd(year, m, d)) e.date = Date::ymd(year, m, d);
        } else if (year > 0) {
          e.date = month_date(year, m);
        } else if (need_anchor(e, t[i].text(text))) {
          int y = pub.year;
          if (d > 0) {
            if (valid_ymd(y, m, d) && Date::ymd(y, m, d).operator==(Date::ymd(y, m, d)) &&
                days_between(Date::ymd(y, m, d), pub) < -1)
              --y;
            if (valid_ymd(y, m, d)) e.date = Date::ymd(y, m, d);
          } else {
            if (m > pub.month) --y;
            e.date = month_date(y, m);
          }
        }
        out.push_back(e);
        i = e.last - 1;
        continue;
      }
      // A bare year: "in 2011"
      if (t[i].kind == Token::number && t[i].end - t[i].start == 4 && (prev == "in"sv || prev == "since"sv || prev == "of"sv)) {
        int y = to_int(w);
        if (y >= 1900 && y <= 2100) {
          e.date = {y, 0, 0, Date::Precision::year};
          out.push_back(e);
        }
      }
    }
    // A clock time in a sentence that names no day is on the news day.
    if (clock && out.size() == before) {
      TimeExpr& e = *clock;
      e.stale_hint = 0;
      e.implicit = true;
      if (need_anchor(e, text.substr(t[e.first].start, t[e.last - 1].end - t[e.first].start))) {
        e.date = pub;
        e.note = "a clock time with no day: the publication day";
      }
      out.push_back(e);
    }
  }
  return out;
}

}  // namespace incidex
