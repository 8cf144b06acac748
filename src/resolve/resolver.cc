#include "resolve/resolver.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <fstream>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "analyse/tokenizer.h"
#include "core/data_dir.h"
#include "core/dates.h"
#include "core/geo.h"
#include "core/hash.h"
#include "resolve/keys.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first
namespace {

constexpr const char* kFeatureNames[Resolver::kFeatures] = {
    "bias",           "names_jaccard",  "names_jaccard_sqrt", "names_shared_idf", "rare3_shared",  "rare10_shared",
    "title_jaccard",  "title_jaccard_sqrt", "published_0d",   "published_1d",     "published_2_3d", "published_4_7d",
    "published_8_30d", "published_31d+", "date_0d",           "date_1d",          "date_2_3d",     "date_4_7d",
    "date_8d+",       "state_same",     "state_differs",      "city_same",        "city_differs",  "killed_same",
    "killed_differs", "victim_shared",  "type_differs",       "far_apart",        "people_shared", "date_named_in_other",
    "wounded_same",   "wounded_differs", "names_x_published_near", "names_x_date_agrees", "follow_up_date_8d+",
    "follow_up_published_8d+", "names_x_follow_up"};

constexpr const char* kFeatureText[Resolver::kFeatures] = {
    "base",                 "names shared",          "names shared",        "rare names shared", "very rare names shared",
    "rare names shared",    "title words shared",    "title words shared",  "published same day", "published a day apart",
    "published 2-3 days apart", "published 4-7 days apart", "published 8-30 days apart", "published over a month apart",
    "same date",            "dates a day apart",     "dates 2-3 days apart", "dates 4-7 days apart", "dates over a week apart",
    "same state",           "different states",      "same city",           "different cities",  "same death toll",
    "different death tolls", "a victim named in both", "different types",   "places over 100 km apart",
    "people named in both", "the date of one named in the other", "same number wounded", "different numbers wounded",
    "names shared, published near", "names shared, dates agree", "dates over a week apart, one a follow-up",
    "published over a week apart, one a follow-up", "names shared, one a follow-up"};

constexpr int kNoDay = INT_MIN;

// How common each capitalised word is in a background news collection (data/name_frequencies.tsv): added
// to the collection's own counts, so that a few articles sharing "Russia" or "Security" are not taken for
// reports sharing a rare name.
struct Background {
  StringMap<std::uint32_t> df;
  double documents = 0;
  static const Background& shared() {
    static const Background b = [] {
      Background b;
      for (auto& row : read_data_rows("name_frequencies.tsv")) {
        if (row.size() < 2) continue;
        if (row[0] == "@documents"sv) b.documents = std::stod(row[1]);
        else b.df[row[0]] = static_cast<std::uint32_t>(std::stoul(row[1]));
      }
      return b;
    }();
    return b;
  }
};

int day_number(const Date& d) {
  if (d.precision != Date::Precision::day) return kNoDay;
  return days_between(Date::ymd(1970, 1, 1), d);
}

// The days a date covers: [lo, hi]; unknown: both kNoDay.
std::pair<int, int> day_range(const Date& d) {
  switch (d.precision) {
    case Date::Precision::day: {
      int n = day_number(d);
      return {n, n};
    }
    case Date::Precision::month: {
      int lo = day_number(Date::ymd(d.year, d.month, 1));
      int hi = d.month == 12 ? day_number(Date::ymd(d.year + 1, 1, 1)) - 1 : day_number(Date::ymd(d.year, d.month + 1, 1)) - 1;
      return {lo, hi};
    }
    case Date::Precision::year:
      return {day_number(Date::ymd(d.year, 1, 1)), day_number(Date::ymd(d.year, 12, 31))};
    default:
      return {kNoDay, kNoDay};
  }
}

bool types_compatible(const std::string& a, const std::string& b) {
  return a == b || a == "other"sv || b == "other"sv || a.empty() || b.empty();
}

// Sorted-vector intersection, calling f(token) for each shared token.
template <typename F>
void each_shared(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b, F f) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else {
      f(a[i]);
      ++i;
      ++j;
    }
  }
}

}  // namespace

const char* Resolver::feature_name(int i) { return kFeatureNames[i]; }

ResolveItem resolve_item(std::string document, int ordinal, const Date& published, Mention mention, const DocumentKeys& keys) {
  ResolveItem it;
  it.document = std::move(document);
  it.ordinal = ordinal;
  it.published = published;
  it.mention = std::move(mention);
  if (ordinal == 0 && it.mention.main) {
    it.names = keys.names;
    it.title = keys.title;
    it.people = keys.people;
    it.dates = keys.dates;
  } else {
    std::string evidence;
    for (auto& e : it.mention.evidence) evidence += e.text + " ";
    it.names = name_words(evidence);
  }
  return it;
}

// Everything about the items that pair scoring needs, computed once per resolve().
struct Resolver::Prepared {
  struct Item {
    std::uint32_t doc = 0;
    bool main = true;
    int published = kNoDay, date_lo = kNoDay, date_hi = kNoDay;
    bool day_date = false;
    std::uint32_t city = 0, state = 0;  // 0: unknown
    bool located = false, city_level = false;
    double lat = 0, lon = 0;
    int killed = -1, wounded = -1;
    bool follow_up = false;  // the article's news is a later event: its dates are often that event's
    std::string type;
    std::vector<std::uint32_t> names, title, victims, people;
    std::vector<int> dates;  // day numbers the document names
    double names_weight = 0, title_weight = 0;  // sum of idf over the (usable) tokens
  };
  std::vector<Item> items;
  std::vector<std::uint32_t> df, title_df;  // per token id: documents holding it, background included
  std::vector<std::uint32_t> own_df;         // per token id: documents of this collection holding it
  std::vector<double> idf, title_idf;
  double documents = 0;
  std::uint32_t common_cap = 0;  // tokens in more documents than this are ignored

  Prepared(const std::vector<ResolveItem>& in) {
    StringMap<std::uint32_t> tokens, title_tokens, places, victim_keys;
    const Background& bg = Background::shared();
    auto intern = [](StringMap<std::uint32_t>& m, const std::string& s) {
      auto it = m.find(s);
      if (it != m.end()) return it->second;
      auto id = static_cast<std::uint32_t>(m.size() + 1);
      m.emplace(s, id);
      return id;
    };
    StringMap<std::uint32_t> docs;
    items.resize(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
      const ResolveItem& r = in[i];
      Item& it = items[i];
      it.doc = intern(docs, r.document);
      it.main = r.ordinal == 0 && r.mention.main;
      it.published = day_number(r.published);
      std::tie(it.date_lo, it.date_hi) = day_range(r.mention.date);
      it.day_date = r.mention.date.precision == Date::Precision::day;
      // A main report with no incident date is placed at its publication day for blocking and scoring only (its
      // record keeps the date unknown): most such reports are about the days just before.
      if (it.main && it.date_lo == kNoDay && it.published != kNoDay) {
        it.date_lo = it.date_hi = it.published;
        it.day_date = true;
      }
      if (const auto& loc = r.mention.location) {
        it.located = true;
        it.city_level = loc->precision == "city"sv || loc->precision == "admin2"sv;
        if (it.city_level) it.city = intern(places, "c|" + ascii_lower(loc->name) + "|" + loc->admin1 + "|" + loc->country);
        if (!loc->admin1.empty()) it.state = intern(places, "s|" + loc->admin1 + "|" + loc->country);
        it.lat = loc->lat;
        it.lon = loc->lon;
      }
      it.killed = r.mention.killed.value ? *r.mention.killed.value : -1;
      it.wounded = r.mention.wounded.value ? *r.mention.wounded.value : -1;
      it.type = r.mention.type;
      it.follow_up = r.mention.follow_up;
      for (auto& w : r.names) it.names.push_back(intern(tokens, w));
      for (auto& w : r.title) it.title.push_back(intern(title_tokens, w));
      for (auto& p : r.people) it.people.push_back(intern(victim_keys, p));
      for (auto& d : r.dates)
        if (int n = day_number(Date::parse_iso(d)); n != kNoDay) it.dates.push_back(n);
      std::sort(it.dates.begin(), it.dates.end());
      for (auto& v : r.mention.victims)
        if (!v.text.empty() && std::isupper(static_cast<unsigned char>(v.text[0])) && v.text.find(' ') != std::string::npos)
          it.victims.push_back(intern(victim_keys, fuzzy_key(v.text)));
      for (auto* v : {&it.names, &it.title, &it.victims, &it.people}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
      }
    }
    // Document frequencies: each document counts once per token (the union of its items' tokens).
    df.assign(tokens.size() + 1, 0);
    title_df.assign(title_tokens.size() + 1, 0);
    std::vector<std::uint32_t> seen(tokens.size() + 1, 0), title_seen(title_tokens.size() + 1, 0);
    for (auto& it : items) {
      for (auto t : it.names)
        if (seen[t] != it.doc) seen[t] = it.doc, ++df[t];
      for (auto t : it.title)
        if (title_seen[t] != it.doc) title_seen[t] = it.doc, ++title_df[t];
    }
    documents = static_cast<double>(docs.size());
    double n = documents + bg.documents;
    common_cap = static_cast<std::uint32_t>(std::max(3.0, 0.2 * n));
    // From here on df counts the background documents too; postings use the collection's own counts.
    own_df = df;
    for (auto& [w, id] : tokens)
      if (auto it = bg.df.find(w); it != bg.df.end()) df[id] += it->second;
    for (auto& [w, id] : title_tokens)
      if (auto it = bg.df.find(w); it != bg.df.end()) title_df[id] += it->second;
    idf.resize(df.size());
    title_idf.resize(title_df.size());
    for (std::size_t t = 0; t < df.size(); ++t) idf[t] = std::log((n + 1) / (df[t] + 1.0));
    for (std::size_t t = 0; t < title_df.size(); ++t) title_idf[t] = std::log((n + 1) / (title_df[t] + 1.0));
    for (auto& it : items) {
      for (auto t : it.names)
        if (df[t] <= common_cap) it.names_weight += idf[t];
      for (auto t : it.title)
        if (title_df[t] <= common_cap) it.title_weight += title_idf[t];
    }
  }

  Features features(std::size_t ia, std::size_t ib) const {
    const Item &a = items[ia], &b = items[ib];
    Features x{};
    x[0] = 1;
    double shared = 0;
    int rare3 = 0, rare10 = 0;
    each_shared(a.names, b.names, [&](std::uint32_t t) {
      if (df[t] > common_cap) return;
      shared += idf[t];
      rare3 += df[t] <= 3;
      rare10 += df[t] <= 10;
    });
    double uni = a.names_weight + b.names_weight - shared;
    double nj = uni > 0 ? shared / uni : 0;
    x[1] = nj;
    x[2] = std::sqrt(nj);
    x[3] = std::min(shared, 60.0) / 20;
    x[4] = std::min(rare3, 5) / 2.0;
    x[5] = std::min(rare10, 8) / 3.0;
    double tshared = 0;
    each_shared(a.title, b.title, [&](std::uint32_t t) {
      if (title_df[t] <= common_cap) tshared += title_idf[t];
    });
    double tj = tshared / (1 + a.title_weight + b.title_weight - tshared);
    x[6] = tj;
    x[7] = std::sqrt(tj);
    // A follow-up (an arrest, a charge, a trial) is published weeks after its incident and often dated by
    // its own news: its gaps get weights of their own.
    const bool follow_up = a.follow_up || b.follow_up;
    if (a.published != kNoDay && b.published != kNoDay) {
      int d = std::abs(a.published - b.published);
      x[d > 7 && follow_up ? 35 : d == 0 ? 8 : d == 1 ? 9 : d <= 3 ? 10 : d <= 7 ? 11 : d <= 30 ? 12 : 13] = 1;
    }
    auto named = [](const Item& x, const Item& y) {
      return x.day_date && std::binary_search(y.dates.begin(), y.dates.end(), x.date_lo);
    };
    bool date_named = named(a, b) || named(b, a);
    if (a.day_date && b.day_date) {
      int d = std::abs(a.date_lo - b.date_lo);
      // dates far apart say little when one story names the other's date (a follow-up about an arrest)
      if (d <= 7 || !date_named) x[d == 0 ? 14 : d == 1 ? 15 : d <= 3 ? 16 : d <= 7 ? 17 : follow_up ? 34 : 18] = 1;
    }
    if (a.state && b.state) x[a.state == b.state ? 19 : 20] = 1;
    if (a.city && b.city) x[a.city == b.city ? 21 : 22] = 1;
    if (a.killed >= 0 && b.killed >= 0) x[a.killed == b.killed ? 23 : 24] = 1;
    bool victim = false;
    each_shared(a.victims, b.victims, [&](std::uint32_t) { victim = true; });
    x[25] = victim;
    x[26] = !types_compatible(a.type, b.type);
    x[27] = a.city_level && b.city_level && distance_km(a.lat, a.lon, b.lat, b.lon) > 100;
    int people = 0;
    each_shared(a.people, b.people, [&](std::uint32_t) { ++people; });
    x[28] = std::min(people, 3);
    x[29] = date_named;
    if (a.wounded >= 0 && b.wounded >= 0) x[a.wounded == b.wounded ? 30 : 31] = 1;
    x[32] = x[2] * (x[8] + x[9] + x[10]);         // names shared by stories published within three days
    x[33] = x[2] * (x[14] + x[15] + x[29] > 0);   // names shared by stories that agree on the date
    x[36] = x[2] * follow_up;                      // names shared with a follow-up
    return x;
  }
};

Resolver::Resolver() : Resolver(read_params(data_file("resolve.weights"))) {}
Resolver::Resolver(Params p) : p_(std::move(p)) {}

Resolver::Params Resolver::read_params(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read resolver weights " + path);
  Params p;
  std::string line;
  std::map<std::string, double> values;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error(path + ": line without a tab: " + line);
    values[line.substr(0, tab)] = std::stod(line.substr(tab + 1));
  }
  for (int i = 0; i < kFeatures; ++i) {
    auto it = values.find(kFeatureNames[i]);
    if (it == values.end()) throw std::runtime_error(path + ": no weight for feature " + kFeatureNames[i]);
    p.weights[static_cast<std::size_t>(i)] = it->second;
  }
  if (values.count("@threshold")) p.threshold = values["@threshold"];
  if (values.count("@missing")) p.missing = values["@missing"];
  if (values.count("@max_posting")) p.max_posting = static_cast<int>(values["@max_posting"]);
  return p;
}

void Resolver::write_params(const Params& p, const std::string& path, const std::string& header) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << header;
  out << fmt::format("@threshold\t{}\n@missing\t{}\n@max_posting\t{}\n", p.threshold, p.missing, p.max_posting);
  for (int i = 0; i < kFeatures; ++i) out << fmt::format("{}\t{:.4f}\n", kFeatureNames[i], p.weights[static_cast<std::size_t>(i)]);
}

double Resolver::score(const Features& x) const {
  double s = 0;
  for (int i = 0; i < kFeatures; ++i) s += p_.weights[static_cast<std::size_t>(i)] * x[static_cast<std::size_t>(i)];
  return s;
}

std::string Resolver::reason(const Features& x, int top) const {
  std::vector<std::pair<double, int>> parts;
  for (int i = 1; i < kFeatures; ++i) {
    double c = p_.weights[static_cast<std::size_t>(i)] * x[static_cast<std::size_t>(i)];
    if (c != 0) parts.push_back({c, i});
  }
  std::sort(parts.begin(), parts.end(), [](auto& a, auto& b) { return std::abs(a.first) > std::abs(b.first); });
  // Features that share a text ("names shared" twice) are reported once, with their summed weight.
  std::vector<std::pair<std::string, double>> merged;
  for (auto& [c, i] : parts) {
    std::string t = kFeatureText[i];
    auto it = std::find_if(merged.begin(), merged.end(), [&](auto& m) { return m.first == t; });
    if (it != merged.end()) it->second += c;
    else merged.push_back({t, c});
  }
  std::string out;
  for (int k = 0; k < top && k < static_cast<int>(merged.size()); ++k)
    out += fmt::format("{}{} ({:+.1f})", out.empty() ? "" : ", ", merged[static_cast<std::size_t>(k)].first,
                       merged[static_cast<std::size_t>(k)].second);
  return out;
}

std::vector<Resolver::Features> Resolver::features(const std::vector<ResolveItem>& items,
                                                   const std::vector<std::pair<std::size_t, std::size_t>>& pairs) const {
  Prepared prep(items);
  std::vector<Features> out;
  for (auto [a, b] : pairs) out.push_back(prep.features(a, b));
  return out;
}

// Candidate pairs (i < j) of main items: a shared rare name, a full person name, the same city within a
// week, or the same state on the same day.
static std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates(const Resolver::Prepared& prep, int max_posting) {
  std::vector<std::vector<std::uint32_t>> postings(prep.own_df.size());
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> city_weeks, state_days, people;
  for (std::uint32_t i = 0; i < prep.items.size(); ++i) {
    const auto& it = prep.items[i];
    if (!it.main) continue;
    for (auto p : it.people) people[p].push_back(i);
    if (it.state && it.day_date)
      state_days[(static_cast<std::uint64_t>(it.state) << 32) | static_cast<std::uint32_t>(it.date_lo)].push_back(i);
    for (auto t : it.names)
      if (prep.own_df[t] >= 2 && static_cast<int>(prep.own_df[t]) <= max_posting) postings[t].push_back(i);
    int day = it.day_date ? it.date_lo : it.published;
    if (it.city && day != kNoDay)
      city_weeks[(static_cast<std::uint64_t>(it.city) << 32) | static_cast<std::uint32_t>(day / 7)].push_back(i);
  }
  std::vector<std::uint64_t> pairs;
  auto add = [&](std::uint32_t a, std::uint32_t b) {
    if (a == b || prep.items[a].doc == prep.items[b].doc) return;
    if (a > b) std::swap(a, b);
    pairs.push_back((static_cast<std::uint64_t>(a) << 32) | b);
  };
  for (auto& list : postings)
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) add(list[x], list[y]);
  constexpr std::size_t kMaxBlock = 200;  // a block bigger than this is left to the other blocks
  for (auto* blocks : {&state_days, &people})
    for (auto& [key, list] : *blocks) {
      if (list.size() > kMaxBlock) continue;
      for (std::size_t x = 0; x < list.size(); ++x)
        for (std::size_t y = x + 1; y < list.size(); ++y) add(list[x], list[y]);
    }
  for (auto& [key, list] : city_weeks) {
    if (list.size() > kMaxBlock) continue;
    for (std::size_t x = 0; x < list.size(); ++x) {
      for (std::size_t y = x + 1; y < list.size(); ++y) add(list[x], list[y]);
      auto next = city_weeks.find(key + 1);  // the following week: a Saturday story and a Monday follow-up
      if (next != city_weeks.end() && next->second.size() <= kMaxBlock)
        for (auto j : next->second) add(list[x], j);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  out.reserve(pairs.size());
  for (auto p : pairs) out.push_back({static_cast<std::uint32_t>(p >> 32), static_cast<std::uint32_t>(p & 0xffffffffu)});
  return out;
}

std::vector<Resolver::Pair> Resolver::candidate_pairs(const std::vector<ResolveItem>& items) const {
  Prepared prep(items);
  std::vector<Pair> out;
  for (auto [a, b] : candidates(prep, p_.max_posting)) out.push_back({a, b, prep.features(a, b)});
  return out;
}

Resolution Resolver::resolve(const std::vector<ResolveItem>& items) const {
  Prepared prep(items);
  const std::size_t n = items.size();
  Resolution res;
  res.links.resize(n);

  // 1-2. Candidate pairs of main reports and their scores.
  auto pairs = candidates(prep, p_.max_posting);
  res.candidate_pairs = pairs.size();
  struct Edge {
    float score;
    std::uint32_t a, b;
  };
  std::vector<Edge> edges;
  edges.reserve(pairs.size());
  for (auto [a, b] : pairs) edges.push_back({static_cast<float>(score(prep.features(a, b))), a, b});
  pairs.clear();
  pairs.shrink_to_fit();
  // Each item's scored partners, sorted, for the average link's lookups (compressed rows: 8 bytes a pair).
  std::vector<std::uint32_t> offset(n + 1, 0);
  for (const Edge& e : edges) ++offset[e.a + 1], ++offset[e.b + 1];
  for (std::size_t i = 0; i < n; ++i) offset[i + 1] += offset[i];
  std::vector<std::pair<std::uint32_t, float>> partner(offset[n]);
  {
    std::vector<std::uint32_t> fill(offset.begin(), offset.end() - 1);
    for (const Edge& e : edges) {
      partner[fill[e.a]++] = {e.b, e.score};
      partner[fill[e.b]++] = {e.a, e.score};
    }
    for (std::size_t i = 0; i < n; ++i) std::sort(partner.begin() + offset[i], partner.begin() + offset[i + 1]);
  }
  auto pair_score = [&](std::uint32_t x, std::uint32_t y) -> double {
    auto b = partner.begin() + offset[x], e = partner.begin() + offset[x + 1];
    auto it = std::lower_bound(b, e, std::pair<std::uint32_t, float>{y, -1e30f});
    return it != e && it->first == y ? it->second : p_.missing;
  };
  // 3. Average link over main reports. Ties are broken by item order, so the result is deterministic.
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    if (x.score != y.score) return x.score > y.score;
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  std::vector<std::uint32_t> group(n);
  std::iota(group.begin(), group.end(), 0);
  std::vector<std::vector<std::uint32_t>> members(n);
  for (std::uint32_t i = 0; i < n; ++i) members[i] = {i};
  for (const Edge& e : edges) {
    if (e.score < p_.threshold) break;
    std::uint32_t ga = group[e.a], gb = group[e.b];
    if (ga == gb) continue;
    double total = 0;
    bool same_document = false;
    for (auto x : members[ga]) {
      for (auto y : members[gb]) {
        if (prep.items[x].doc == prep.items[y].doc) same_document = true;
        total += pair_score(x, y);
      }
    }
    if (same_document) continue;
    double mean = total / static_cast<double>(members[ga].size() * members[gb].size());
    if (mean < p_.threshold) continue;
    if (members[ga].size() < members[gb].size() || (members[ga].size() == members[gb].size() && gb < ga)) std::swap(ga, gb);
    for (auto y : members[gb]) group[y] = ga;
    members[ga].insert(members[ga].end(), members[gb].begin(), members[gb].end());
    members[gb].clear();
    members[gb].shrink_to_fit();
  }
  // Each main report's link: its best-scoring partner in its group (the lowest item on ties).
  std::vector<float> best_score(n, -1e30f);
  std::vector<std::int64_t> best_to(n, -1);
  for (std::uint32_t x = 0; x < n; ++x)
    for (auto k = offset[x]; k < offset[x + 1]; ++k) {
      auto [y, sc] = partner[k];
      if (group[y] != group[x]) continue;
      if (sc > best_score[x] || (sc == best_score[x] && static_cast<std::int64_t>(y) < best_to[x])) best_score[x] = sc, best_to[x] = y;
    }
  for (std::uint32_t i = 0; i < n; ++i) {
    Link& l = res.links[i];
    l.document = items[i].document;
    l.ordinal = items[i].ordinal;
    if (best_to[i] >= 0) {
      l.to = items[static_cast<std::size_t>(best_to[i])].document;
      l.score = best_score[i];
      l.reason = reason(prep.features(i, static_cast<std::size_t>(best_to[i])));
    }
  }

  // 4. Background reports: join a main group of the same city and type with an overlapping date, else
  // group with other background reports of the same city and type whose dates do not conflict.
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_city;
  for (std::uint32_t i = 0; i < n; ++i)
    if (prep.items[i].city) by_city[prep.items[i].city].push_back(i);
  auto overlap = [&](const Prepared::Item& a, const Prepared::Item& b, bool unknown_ok) {
    if (a.date_lo == kNoDay || b.date_lo == kNoDay) return unknown_ok;
    return a.date_lo <= b.date_hi + 1 && b.date_lo <= a.date_hi + 1;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    const auto& bi = prep.items[i];
    if (bi.main || !bi.city) continue;
    std::int64_t target = -1;
    for (auto j : by_city[bi.city]) {
      const auto& mj = prep.items[j];
      if (j == i || mj.doc == bi.doc || !types_compatible(bi.type, mj.type)) continue;
      bool ok = mj.main ? overlap(bi, mj, false) : (j < i && overlap(bi, mj, true));
      if (!ok) continue;
      bool clash = false;  // never two reports of one document in a group
      for (auto y : members[group[j]]) clash |= prep.items[y].doc == bi.doc;
      if (clash) continue;
      if (target < 0 || (mj.main && !prep.items[static_cast<std::size_t>(target)].main)) target = j;
    }
    if (target < 0) continue;
    auto g = group[static_cast<std::size_t>(target)];
    std::uint32_t own = group[i];
    for (auto y : members[own]) group[y] = g;
    members[g].insert(members[g].end(), members[own].begin(), members[own].end());
    members[own].clear();
    Link& l = res.links[i];
    l.to = items[static_cast<std::size_t>(target)].document;
    l.score = 0;
    l.reason = prep.items[static_cast<std::size_t>(target)].main ? "named in passing: same city and type, date within the incident's"
                                                                  : "named in passing by both: same city and type, dates agree";
  }

  // Number the groups in item order.
  std::unordered_map<std::uint32_t, int> number;
  res.cluster.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    auto [it, fresh] = number.emplace(group[i], static_cast<int>(number.size()));
    res.cluster[i] = it->second;
  }
  res.groups = static_cast<int>(number.size());
  for (std::uint32_t i = 0; i < n; ++i)
    if (res.links[i].to.empty()) res.links[i].reason = "first report";
  return res;
}

Resolver::Params train_pair_model(const std::vector<Resolver::Pair>& pairs, const std::vector<bool>& same,
                                  Resolver::Params start, int epochs) {
  Resolver::Params p = start;
  p.weights.fill(0);
  std::vector<std::size_t> order(pairs.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(20261123);
  double rate = 0.05;
  for (int e = 0; e < epochs; ++e) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);  // portable shuffle
    for (auto k : order) {
      const auto& x = pairs[k].x;
      double z = 0;
      for (int f = 0; f < Resolver::kFeatures; ++f) z += p.weights[static_cast<std::size_t>(f)] * x[static_cast<std::size_t>(f)];
      double prob = 1 / (1 + std::exp(-std::clamp(z, -30.0, 30.0)));
      double g = prob - (same[k] ? 1.0 : 0.0);
      for (int f = 0; f < Resolver::kFeatures; ++f) p.weights[static_cast<std::size_t>(f)] -= rate * g * x[static_cast<std::size_t>(f)];
    }
    rate *= 0.8;
  }
  return p;
}

}  // namespace incidex
