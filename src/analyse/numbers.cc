#include "analyse/numbers.h"

#include <charconv>
#include <stdexcept>

#include "core/data_dir.h"
#include "core/dates.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

namespace {

NumberFinder::Kind kind_named(const std::string& k) {
  using K = NumberFinder::Kind;
  static const std::pair<const char*, K> kinds[] = {{"unit", K::unit},   {"ten", K::ten},         {"scale", K::scale},
                                                   {"vague", K::vague}, {"article", K::article}, {"multiple", K::multiple},
                                                   {"none", K::none}};
  for (auto& [name, kind] : kinds)
    if (k == name) return kind;
  throw std::runtime_error("data/number_words.tsv: unknown kind '" + k + "'");
}

const StringSet kParents = {"father", "mother", "parent", "parents", "grandfather", "grandmother", "dad", "mom"};
const StringSet kAbout = {"about", "around", "approximately", "nearly", "almost", "some"};

}  // namespace

NumberFinder::NumberFinder() {
  for (auto& row : read_data_rows("number_words.tsv"))  // word, value, kind
    if (row.size() >= 3) words_[row[0]] = {std::stoi(row[1]), kind_named(row[2])};
  for (auto& row : read_data_rows("not_counts.tsv")) {  // word, side
    if (row.size() < 2 || (row[1] != "before"sv && row[1] != "after"sv))
      throw std::runtime_error("data/not_counts.tsv: '" + row[0] + "' needs a side, before or after");
    (row[1] == "before"sv ? not_before_ : not_after_).insert(row[0]);
  }
}

int NumberFinder::word_value(std::string_view w) const {
  if (const Word* n = words_.find(w)) return n->value;
  return hyphenated_value(w);
}

int NumberFinder::hyphenated_value(std::string_view w) const {
  // twenty-one
  auto dash = w.find('-');
  if (dash != std::string_view::npos) {
    const Word* a = words_.find(w.substr(0, dash));
    const Word* b = a ? words_.find(w.substr(dash + 1)) : nullptr;
    if (a && b && a->kind == Kind::ten && b->kind == Kind::unit && b->value < 10) return a->value + b->value;
  }
  return -1;
}

const NumberFinder::Word* NumberFinder::multiple_before_hyphen(std::string_view w) const {
  auto dash = w.find('-');
  if (dash == std::string_view::npos || dash + 1 == w.size()) return nullptr;
  const Word* n = words_.find(w.substr(0, dash));
  return n && n->kind == Kind::multiple ? n : nullptr;
}

std::vector<Quantity> NumberFinder::find(const Tokens& tk, std::string_view text) const {
  std::vector<Quantity> out;
  const auto& t = tk.tokens;
  auto low = [&](std::size_t i) -> const std::string& { return tk.lower[i]; };
  for (const auto& sent : tk.sentences) {
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      Quantity q;
      q.first = i;
      const std::string& w = low(i);
      int value = -1;
      std::uint32_t j = i + 1;
      if (t[i].kind == Token::number) {
        std::string digits;
        for (char c : w)
          if (c != ',') digits += c;
        if (digits.find_first_of(".:") != std::string::npos) {
          // 3.5 or 11:30 — times and decimals are not counts
          q.count = false;
          value = 0;
        } else {
          std::from_chars(digits.data(), digits.data() + digits.size(), value);
          if (digits.size() >= 5 || (value >= 1900 && value <= 2100 && digits.size() == 4)) q.count = false;  // years, addresses, zip codes
        }
      } else if (t[i].kind == Token::word) {
        if (const Word* n = words_.find(w, tk.hash[i])) {
          if (n->kind == Kind::none) continue;
          value = n->value;
          if (n->kind == Kind::article) {
            // "a dozen" is twelve; "a"/"an" alone is one, a count only where the extractor asks.
            if (i + 1 < sent.last && low(i + 1) == "dozen"sv) {
              value = 12;
              j = i + 2;
            } else {
              q.article = true;
            }
          } else if (n->kind == Kind::vague) {
            q.qualifier = "vague";
          } else if (n->kind == Kind::multiple) {
            q.multiple = true;
          }
          // twenty one / one hundred
          while (j < sent.last) {
            const Word* n2 = words_.find(low(j), tk.hash[j]);
            if (!n2) break;
            if (n2->kind == Kind::unit && value >= 20 && value % 10 == 0 && n2->value < 10) value += n2->value;
            else if (n2->kind == Kind::scale) value *= n2->value;
            else break;
            ++j;
          }
        } else {
          if (w.find('-') == std::string::npos) continue;  // each reading below is of a word with a hyphen
          value = hyphenated_value(w);  // not a number word itself: perhaps "twenty-one"
          if (value < 0) {
            // 12-year-old, 35-year-old: ages
            auto dash = w.find("-year");
            if (dash != std::string::npos && !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) {
              q.count = false;
              std::from_chars(w.data(), w.data() + dash, value);
            } else if (const Word* m = multiple_before_hyphen(w)) {
              // "triple-murder", "double-fatal": the event word is the rest of this one
              value = m->value;
              q.multiple = q.joined = true;
            } else {
              continue;
            }
          }
        }
      } else {
        continue;
      }
      if (value < 0) continue;
      q.last = j;
      q.value = value;
      // Not counts: "AR-15", "No. 5", "Route 9", "$500", a 12-year-old, "35, of" (an age after a name), phone numbers.
      if (i > sent.first) {
        const std::string& prev = low(i - 1);
        auto pv = t[i - 1].text(text);
        if (pv == "$"sv || pv == "#"sv || not_before_.count(prev)) q.count = false;  // "no one was hurt" counts nobody
        // ... nor the second number of "Image 2 of 9", "page 3 of 10" (a gallery's caption before "7-year-old girl
        // and her mother were shot")
        if (prev == "of"sv && i >= sent.first + 3 && t[i - 2].kind == Token::number && not_before_.count(low(i - 3)))
          q.count = false;
        if ((pv == ","sv || pv == "("sv) && i >= sent.first + 2 && t[i - 2].cap && t[i].kind == Token::number && q.value < 120)
          q.count = false;  // "Antonio Mason, 35," / "Smith (35)"
        if ((pv == "-"sv || pv == "."sv) && t[i - 1].end == t[i].start) q.count = false;  // 352-393-7670, .45
        // a station's number: "News 5", "FOX 13", "KCTV 5", "WSB-TV 2"
        if (t[i].kind == Token::number && !tk.caseless &&
            ((prev == "news"sv && t[i - 1].cap) || (t[i - 1].upper && pv.size() >= 3 && pv.size() <= 6 && (pv[0] == 'W' || pv[0] == 'K' ||
                                                  pv == "FOX"sv || pv == "CBS"sv || pv == "NBC"sv || pv == "ABC"sv))))
          q.count = false;
        // how many children someone has: "a father of 5", "mother of three"
        if (prev == "of"sv && i >= sent.first + 2 && kParents.count(low(i - 2))) q.count = false;
        // an age: "under the age of 13", "at the age of 5"
        if (prev == "of"sv && i >= sent.first + 2 && (low(i - 2) == "age"sv || low(i - 2) == "ages"sv)) q.count = false;
        // a day of the month: "December 21", "Dec. 21" (capitalised: "may" is a verb)
        if (t[i].kind == Token::number && t[i - 1].cap && month_from_name(prev) && q.value <= 31) q.count = false;
      }
      if (t[i].kind == Token::number && t[i].text(text) == "911"sv) q.count = false;  // the emergency number
      if (j < sent.last) {
        const std::string& next = low(j);
        auto nv = t[j].text(text);
        if (next.starts_with("-year") || next.starts_with("year-") || nv == "-"sv || nv == "%"sv || not_after_.count(next))
          q.count = false;
        if ((next == "years"sv || next == "year"sv) && j + 1 < sent.last && low(j + 1) == "old"sv) q.count = false;
        // ... or one word after a word that says what kind: "three Taser shots", "two warning shots"
        if (t[j].kind == Token::word && j + 1 < sent.last && not_after_.count(low(j + 1)) && next != "and"sv &&
            next != "or"sv && next != "to"sv && next != "of"sv)
          q.count = false;
        // an age limit: "children 11 or younger", "ages 5 and under"
        if ((next == "or"sv || next == "and"sv) && j + 1 < sent.last &&
            (low(j + 1) == "younger"sv || low(j + 1) == "older"sv || low(j + 1) == "under"sv || low(j + 1) == "over"sv))
          q.count = false;
        if (t[i].kind == Token::number && t[j].cap && t[j].kind == Token::word && !t[j].upper && i + 1 == j) {
          // "821 Word Plaza", "400 block": a street number before a capitalised name
          q.count = false;
        }
      }
      // Hedges before the number.
      if (i >= sent.first + 2) {
        const std::string &a = low(i - 2), &b = low(i - 1);
        if (a == "at"sv && b == "least"sv) { q.qualifier = "at least"; q.first = i - 2; }
        else if (a == "more"sv && b == "than"sv) { q.qualifier = "more than"; q.first = i - 2; }
        else if (a == "up"sv && b == "to"sv) { q.qualifier = "up to"; q.first = i - 2; }
        else if (a == "as"sv && b == "many"sv) { q.qualifier = "up to"; q.first = i - 2; }
      }
      if (q.qualifier.empty() && i > sent.first) {
        const std::string& b = low(i - 1);
        if (kAbout.count(b)) {
          q.qualifier = "about";
          q.first = i - 1;
        } else if (b == "over"sv) {
          q.qualifier = "more than";
          q.first = i - 1;
        }
      }
      // Ranges: "two to three", "2-3": keep the lower bound.
      if (j + 1 < sent.last && (low(j) == "to"sv || low(j) == "or"sv) && q.count) {
        const std::string& n2 = low(j + 1);
        int v2 = t[j + 1].kind == Token::number ? std::atoi(n2.c_str()) : word_value(n2);
        if (v2 > value) {
          q.qualifier = "at least";
          q.last = j + 2;
          // the word after the range says what is counted: "seven or eight weeks" counts no people
          if (q.last < sent.last && not_after_.count(low(q.last))) q.count = false;
        }
      }
      out.push_back(q);
      i = q.last - 1;
    }
  }
  return out;
}

}  // namespace incidex
