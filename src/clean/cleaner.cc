#include "clean/cleaner.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "clean/html.h"
#include "core/data_dir.h"
#include "core/dates.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

std::string content_hash(std::string_view a, std::string_view b) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
  };
  mix(a);
  mix("\x1f");
  mix(b);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Cleaner::Cleaner(CleanOptions options) : options_(options) {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  // one RE2 pattern a line, every line of the file but comments and blank ones
  auto patterns = [&](const char* file) {
    auto set = std::make_unique<RE2::Set>(o, RE2::ANCHOR_BOTH);
    std::string path = data_file(file);
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read");
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      if (line.empty() || line[0] == '#') continue;
      std::string err;
      if (set->Add(line, &err) < 0)
        throw std::runtime_error(path + ":" + std::to_string(lineno) + ": bad pattern: " + err);
    }
    if (!set->Compile()) throw std::runtime_error(path + ": patterns do not compile");
    return set;
  };
  junk_ = patterns("boilerplate.txt");
  related_ = patterns("related_headers.txt");
  for (auto& row : read_data_rows("not_datelines.txt")) not_datelines_.insert(row[0]);
}

Cleaner::~Cleaner() = default;

bool Cleaner::is_junk_line(std::string_view line) const {
  if (line.empty()) return false;
  return junk_->Match(line, nullptr);
}

bool Cleaner::is_related_header(std::string_view line) const {
  if (line.empty()) return false;
  return related_->Match(line, nullptr);
}

namespace {
// A line another story's headline can be: at most 18 words, and no full stop at its end.
bool headline_like(std::string_view line) {
  if (line.empty() || line.back() == '.') return false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) ++words;
  return words <= 18;
}
}  // namespace

// Whether an en dash between `before` (the text so far) and `after` joins the parts of an age: a number and
// a unit ("20–year"), or a unit and "old" ("year–old").
static bool en_dash_in_age(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(before.back())) && std::isalpha(static_cast<unsigned char>(after[0])))
    return true;
  if (!after.starts_with("old")) return false;
  for (std::string_view unit : {"year", "years", "month", "months", "week", "weeks", "day", "days"})
    if (before.ends_with(unit)) return true;
  return false;
}

// Appends the UTF-8 text with whitespace normalised: spaces and tabs (and Unicode spaces) collapse to one
// space, lines are trimmed, runs of blank lines become one blank line, zero-width characters go.
static std::string squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  int newlines = 0;  // pending newlines
  bool space = false;
  auto put = [&](std::string_view piece) {
    if (newlines) {
      if (!out.empty()) out.append(newlines >= 2 ? "\n\n" : "\n");
      newlines = 0;
      space = false;
    } else if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out.append(piece);
  };
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      ++newlines;
      space = false;
      ++i;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      ++i;
    } else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // NBSP
      space = true;
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) {  // U+2000..U+200A, U+202F: spaces
        space = true;
        i += 3;
      } else if (d == 0x8B || d == 0x8C || d == 0x8D) {  // zero-width space / (non-)joiner
        i += 3;
      } else if (d == 0x90 || d == 0x91 || (d == 0x93 && !space && !newlines && en_dash_in_age(out, s.substr(i + 3)))) {
        // U+2010 hyphen, U+2011 non-breaking hyphen, and an en dash in an age ("20–year–old"): the ASCII
        // hyphen the tokenizer joins words with (elsewhere an en dash without spaces is as often a dash
        // between two words, "Center–Iuka", and stays)
        put("-");
        i += 3;
      } else if (d == 0xA8 || d == 0xA9) {  // line / paragraph separator
        newlines += d == 0xA9 ? 2 : 1;
        i += 3;
      } else {
        put(s.substr(i, 3));
        i += 3;
      }
    } else if (c == 0xEF && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
               static_cast<unsigned char>(s[i + 2]) == 0xBF) {  // BOM
      i += 3;
    } else {
      // the bytes a run of others stops at: whitespace, and the first bytes of the sequences read above
      static constexpr auto kStop = [] {
        std::array<bool, 256> stop{};
        for (unsigned char d : {'\n', ' ', '\t', '\r', '\f', '\v'}) stop[d] = true;
        stop[0xC2] = stop[0xE2] = stop[0xEF] = true;
        return stop;
      }();
      std::size_t j = i + 1;
      while (j < n && !kStop[static_cast<unsigned char>(s[j])]) ++j;
      put(s.substr(i, j - i));
      i = j;
    }
  }
  return out;
}

static std::string nfc(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return std::string(s);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (norm->isNormalized(u, err) && U_SUCCESS(err)) return std::string(s);
  err = U_ZERO_ERROR;
  icu::UnicodeString out = norm->normalize(u, err);
  if (U_FAILURE(err)) return std::string(s);
  std::string r;
  out.toUTF8String(r);
  return r;
}

// A line of a video playlist: a running time, then a title ("1:47 'I miss the one thing ...'", "0:24 Police
// investigate scene of shooting in southwest Fresno Pause"), not a clock time ("7:21 PM: A big emergency
// response ...", "10:17 PM the shift commander ...").
static bool playlist_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 2 && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == 0 || i + 4 > line.size() || line[i] != ':' || !std::isdigit(static_cast<unsigned char>(line[i + 1])) ||
      !std::isdigit(static_cast<unsigned char>(line[i + 2])) || line[i + 3] != ' ')
    return false;
  std::string_view rest = line.substr(i + 4);
  auto clock = [&](std::string_view m) {
    if (rest.size() < m.size()) return false;
    for (std::size_t k = 0; k < m.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(rest[k])) != m[k]) return false;
    return rest.size() == m.size() || !std::isalpha(static_cast<unsigned char>(rest[m.size()]));
  };
  return !rest.empty() && !clock("am") && !clock("pm") && !clock("a.m.") && !clock("p.m.");
}

std::string Cleaner::normalize(std::string_view text) const {
  std::string s = squeeze(nfc(text));
  // Drop junk lines (and the blank line they leave behind), a video playlist: three or more lines in a row
  // (blank lines between them aside) that each give a running time and a title, and other stories' headlines.
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos <= s.size();) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    lines.emplace_back(s.data() + pos, nl - pos);
    pos = nl + 1;
  }
  std::vector<bool> dropped(lines.size(), false);
  for (std::size_t i = 0; i < lines.size();) {
    if (!playlist_line(lines[i])) {
      ++i;
      continue;
    }
    std::size_t j = i, run = 0;  // past the run's last line
    for (std::size_t k = i; k < lines.size() && (lines[k].empty() || playlist_line(lines[k])); ++k)
      if (!lines[k].empty()) ++run, j = k + 1;
    if (run >= 3) std::fill(dropped.begin() + static_cast<std::ptrdiff_t>(i), dropped.begin() + static_cast<std::ptrdiff_t>(j), true);
    i = j;
  }
  // A header of links to other stories ("Also read:") and the headlines after it. (Every header is short:
  // the patterns are not asked about the long lines of prose.)
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].size() > 64 || !is_related_header(lines[i])) continue;
    dropped[i] = true;
    for (std::size_t k = i + 1; k < lines.size() && (lines[k].empty() || headline_like(lines[k]) || is_junk_line(lines[k])); ++k)
      dropped[k] = true, i = k;
  }
  // A broadcast's transcript pasted into a page in capitals ("LIVE FROM HOLLYWOOD, I'M ROSS PALOMBO, LOCAL10
  // NEWS. ..."): a line of 200 letters or more, nine in ten of them capitals, where the rest of the page is
  // written with both cases (200 letters or more, under three in ten capitals). Read as text it made the whole
  // article caseless wire copy; wire copy written all in capitals keeps every line.
  {
    // (ASCII letters are enough to tell: the transcripts are English)
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    // a line that could be one: it stops reading at the lower-case letter past one in ten of its bytes, so
    // that a line of prose costs a few of them
    auto shouting = [&](std::string_view line) {
      if (line.size() < 200) return false;
      std::size_t n = 0, small = 0;
      for (char c : line) {
        if (lower(c) && ++small * 10 > line.size()) return false;
        n += lower(c) || upper(c);
      }
      return n >= 200 && small * 10 <= n;
    };
    std::vector<char> shouted(lines.size(), 0);
    bool any = false;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (!dropped[i] && shouting(lines[i])) shouted[i] = 1, any = true;
    if (any) {
      std::size_t rest = 0, rest_upper = 0;
      for (std::size_t i = 0; i < lines.size(); ++i)
        if (!dropped[i] && !shouted[i])
          for (char c : lines[i]) rest += lower(c) || upper(c), rest_upper += upper(c);
      if (rest >= 200 && rest_upper * 10 < rest * 3)
        for (std::size_t i = 0; i < lines.size(); ++i)
          if (shouted[i]) dropped[i] = true;
    }
  }
  std::string out;
  out.reserve(s.size());
  for (std::size_t li = 0; li < lines.size(); ++li) {
    std::string_view line = lines[li];
    const std::size_t pos = static_cast<std::size_t>(line.data() - s.data());
    if (!line.empty() && !dropped[li] && !is_junk_line(line)) {
      if (!out.empty()) out += (pos >= 2 && s[pos - 1] == '\n' && s[pos - 2] == '\n') ? "\n\n" : "\n";
      out.append(line);
    }
  }
  return out;
}

Dateline Cleaner::find_dateline(std::string_view text) {
  Dateline d;
  std::size_t start = text.find_first_not_of(" \n");
  if (start == std::string_view::npos) return d;
  std::string_view head = text.substr(start, 200);
  // A first line that is only a date: "Saturday, November 12, 2011".
  std::size_t eol = head.find('\n');
  std::string_view first = head.substr(0, eol);
  if (first.size() <= 40) {
    Date date = parse_date_string(first);
    if (date.known()) {
      bool only_date = true;  // every word is a weekday, a month, or a number
      std::size_t i = 0;
      while (i < first.size()) {
        while (i < first.size() && !std::isalnum(static_cast<unsigned char>(first[i]))) ++i;
        std::size_t j = i;
        while (j < first.size() && std::isalnum(static_cast<unsigned char>(first[j]))) ++j;
        if (j > i) {
          std::string_view w = first.substr(i, j - i);
          if (!std::isdigit(static_cast<unsigned char>(w[0])) && !month_from_name(w) && weekday_from_name(w) < 0)
            only_date = false;
        }
        i = j;
      }
      if (only_date) {
        d.date = date;
        d.start = start;
        d.end = start + first.size();
        return d;
      }
    }
  }
  // "MOSCOW —", "GAINESVILLE, Fla. -", "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --", "HAVANA (CUBA), 17 NOV 89
  // (RADIO REBELDE) --" (the country in brackets is the place's, the bracket after the date the source's); a
  // date without its year ("SAN SALVADOR, 13 NOV (ACAN-EFE) --") still ends the place, and dates nothing
  static const RE2 re(
      R"(^((?:[A-Z][A-Z'.\-]+)(?:\s+[A-Z][A-Z'.\-]+){0,3})(?:\s+\([A-Z][A-Z .]{1,30}\))?(,\s+[A-Z][a-zA-Z.]+(?:\s+[A-Z][a-zA-Z.]+)?)?)"
      R"((?:,\s+(\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{2,4})?))?\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|—|–|-|:)\s)");
  std::string place, region, date;
  re2::StringPiece input(head.data(), head.size());
  re2::StringPiece whole;
  if (RE2::PartialMatch(input, re, &place, &region, &date)) {
    // Recompute the end: PartialMatch anchored at ^ so the match starts at 0.
    re2::StringPiece groups[4];
    if (re.Match(input, 0, input.size(), RE2::ANCHOR_START, groups, 4)) {
      d.start = start;
      d.end = start + groups[0].size();
    }
    d.place = place + region;
    if (!date.empty()) d.date = parse_date_string(date);
  }
  return d;
}

Cleaner::TitleParts Cleaner::split_title(std::string_view title) {
  // The part after the last " - ", " | " or dash, when it reads as a broadcaster's or a paper's name: a call
  // sign, a network, "News", "Weather", a ".com" name or a paper's word.
  static const RE2 site(
      R"(\b(?:[KW][A-Z]{2,3}(?:-?TV)?|[KW][A-Z]{2,3}\d+|(?:NBC|ABC|CBS|FOX|Fox|CW)\d*|News|NEWS|Weather|Channel|TV|)"
      R"([A-Za-z0-9]+\.com|Tribune|Times|Post|Journal|Herald|Gazette|Sentinel|Examiner|Chronicle|Courier)\b)");
  std::size_t cut = std::string_view::npos, after = 0;
  for (std::string_view sep : {" - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    std::size_t at = title.rfind(sep);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) cut = at, after = at + sep.size();
  }
  if (cut == std::string_view::npos || cut == 0) return {title, {}};
  std::string_view tail = title.substr(after);
  tail.remove_prefix(std::min(tail.find_first_not_of(' '), tail.size()));
  if (!RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), site)) return {title, {}};
  return {title.substr(0, cut), tail};
}

Document Cleaner::clean(const RawDocument& raw) const {
  Document doc;
  doc.id = raw.id;
  doc.url = raw.url;
  doc.source = raw.source;
  doc.format = raw.format;
  doc.origin = raw.origin;
  doc.title = raw.title;
  std::string page_date, page_date_from;
  if (raw.is_html) {
    HtmlArticle a = extract_article(raw.body);
    doc.text = normalize(a.text);
    if (doc.title.empty()) doc.title = a.title;
    if (doc.url.empty()) doc.url = a.url;
    if (doc.source.empty()) doc.source = a.site;
    page_date = a.published;
    page_date_from = a.published_from;
  } else {
    doc.text = normalize(decode_entities(raw.body));
  }
  doc.title = squeeze(nfc(decode_entities(doc.title)));
  // The site's name after the headline is no part of it; it names the source when nothing else does.
  if (auto [headline, site] = split_title(doc.title); !site.empty()) {
    if (doc.source.empty()) doc.source = std::string(site);
    doc.title.resize(headline.size());
  }

  // the dateline at the start of the text from `from` on, its offsets into the whole text
  auto dateline_from = [&](std::size_t from) {
    Dateline d = find_dateline(std::string_view(doc.text).substr(from));
    if (d.end > 0) {
      d.start += from;
      d.end += from;
    }
    return d;
  };
  Dateline line = dateline_from(0);
  // A text that opens with a copy of its headline gives its dateline on the line after it ("FMPD: Teen
  // shoots himself\n\nFORT MYERS, Fla. - ..."); what the headline's first words look like is no dateline.
  std::size_t lead = doc.text.find_first_not_of(" \n");
  if (!doc.title.empty() && lead != std::string::npos && doc.text.compare(lead, doc.title.size(), doc.title) == 0 &&
      lead + doc.title.size() < doc.text.size() && doc.text[lead + doc.title.size()] == '\n')
    line = dateline_from(lead + doc.title.size());
  // None there: the dateline of a story whose first paragraphs are a caption, a byline, a sign-up prompt or
  // a video's title ("Follow CBSMIAMI.COM: Facebook | Twitter\n\nMIAMI (CBSMiami) – ..."): the start of the
  // second, third or fourth paragraph, as a dateline is written there (a dash, not a colon, after it).
  if (line.place.empty() && line.end == 0) {
    std::size_t at = 0;
    for (int para = 1; para < 4; ++para) {
      std::size_t gap = doc.text.find("\n\n", at);
      if (gap == std::string::npos) break;
      at = doc.text.find_first_not_of(" \n", gap);
      if (at == std::string::npos) break;
      Dateline later = dateline_from(at);
      if (later.place.empty() || later.end == 0) continue;
      std::string_view written = std::string_view(doc.text).substr(later.start, later.end - later.start);
      std::size_t last = written.find_last_not_of(" \t\r\n");
      if (last == std::string_view::npos || written[last] == ':') continue;
      if (not_datelines_.count(later.place)) continue;  // a page's label (data/not_datelines.txt)
      line = later;
      break;
    }
  }
  doc.dateline_place = line.place;
  doc.dateline_start = static_cast<std::uint32_t>(line.start);
  doc.dateline_end = static_cast<std::uint32_t>(line.end);
  // Publication date, most reliable source first.
  Date d;
  if (raw.format != "warc"sv && !raw.published.empty() && (d = parse_date_string(raw.published)).known()) {
    doc.published_from = "json";
  } else if (!page_date.empty() && (d = parse_date_string(page_date)).known()) {
    doc.published_from = page_date_from;
  } else if (line.date.known()) {
    d = line.date;
    doc.published_from = "dateline";
  } else if (options_.published.known()) {
    d = options_.published;
    doc.published_from = "option";
  } else if (raw.format == "warc"sv && (d = parse_date_string(raw.published)).known()) {
    doc.published_from = "warc-date";
  } else {
    doc.published_from = "none";
  }
  doc.published = d;
  doc.content_hash = content_hash(doc.title, doc.text);
  return doc;
}

}  // namespace incidex
