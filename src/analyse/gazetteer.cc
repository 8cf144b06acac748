#include "analyse/gazetteer.h"

#include "core/geo.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <charconv>
#include <fstream>
#include <stdexcept>

#include "core/data_dir.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

namespace {

// Each of the keys of a '|'-separated list ("saint paul|st. paul|st paul"), empty ones skipped.
template <class F>
void each_key(std::string_view keys, F&& f) {
  for (std::size_t s = 0; s <= keys.size();) {
    std::size_t bar = keys.find('|', s);
    if (bar == std::string_view::npos) bar = keys.size();
    if (bar > s) f(keys.substr(s, bar - s));
    s = bar + 1;
  }
}

}  // namespace

std::string fold_key(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) ascii = false;
  std::string out(s);
  if (ascii) {
    for (auto& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  // NFD, nonspacing marks removed, lower case (full case mapping, root locale), NFC: what the transliterator
  // "NFD; [:Nonspacing Mark:] Remove; Lower; NFC" does (the same on the 38,912 non-ASCII words of the
  // gazetteer, gva-news, GMB and the seeds), without building one (its rules cost some 140M instructions at
  // the first call) and without a lock: the normalizers are thread-safe. Curly single quotes also become
  // the straight apostrophe the gazetteer writes.
  UErrorCode err = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (!nfd || !nfc) return out;
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))), err);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (c == 0x2019 || c == 0x2018) c = '\'';  // a curly apostrophe is the straight one: "Lee’s Summit"
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  kept.toLower(icu::Locale::getRoot());
  icu::UnicodeString folded = nfc->normalize(kept, err);
  if (U_FAILURE(err)) return out;
  out.clear();
  folded.toUTF8String(out);
  return out;
}

const Gazetteer& Gazetteer::shared() {
  static const Gazetteer g(data_file("gazetteer.tsv"), data_file("extra_places.tsv"),
                           read_data_rows("consolidated_counties.tsv"), read_data_rows("place_aliases.tsv"));
  return g;
}

Gazetteer::Gazetteer(const std::string& path, const std::string& extra_path,
                     const std::vector<std::vector<std::string>>& consolidated,
                     const std::vector<std::vector<std::string>>& aliases) {
  // room for every line of the file at once (a vector that doubles while loading 200,000 entries holds
  // twice their memory at its peak)
  {
    std::ifstream f(path, std::ios::binary);
    std::size_t lines = 0;
    std::string line;
    while (std::getline(f, line)) ++lines;
    entries_.reserve(lines + 512);  // and the extra places
  }
  read(path, true);
  if (!extra_path.empty()) read(extra_path, false);
  if (entries_.empty()) throw std::runtime_error("gazetteer " + path + " is empty");
  // each consolidated county's seat: its most populous seat of government (GeoNames PPLA, PPLA2), found in one
  // pass over the entries (a pass per county cost 26M instructions at start-up)
  for (auto& row : consolidated) {
    if (row.size() < 3) throw std::runtime_error("consolidated counties: a row needs country, region and county");
    consolidated_.emplace(row[0] + "." + row[1] + "." + row[2], UINT32_MAX);
  }
  if (!consolidated_.empty()) {
    std::string key;
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      const GazEntry& e = entries_[i];
      if (e.kind != GazEntry::Kind::city || (e.feature != "PPLA2"sv && e.feature != "PPLA"sv)) continue;
      key.assign(e.country).append(".").append(e.admin1).append(".").append(e.admin2_name);
      auto it = consolidated_.find(key);
      if (it != consolidated_.end() && (it->second == UINT32_MAX || entries_[it->second].population < e.population))
        it->second = i;
    }
    for (auto& [county, seat] : consolidated_)
      if (seat == UINT32_MAX) throw std::runtime_error("consolidated counties: the gazetteer has no seat of " + county);
  }
  // Other names of cities ("NOPD", "Philly"): keys of the most populous city of that name in that state
  for (auto& row : aliases) {
    if (row.size() < 4) throw std::runtime_error("place aliases: a row needs the alias, country, region and city");
    const int city = largest_city(row[3], row[1], row[2]);
    if (city < 0) throw std::runtime_error("place aliases: the gazetteer has no " + row[3] + " in " + row[1] + "." + row[2]);
    each_key(row[0], [&](std::string_view alias) {
      std::string key = fold_key(alias);
      add_key(key, entries_[static_cast<std::size_t>(city)], static_cast<std::uint32_t>(city));
      aliases_.emplace(key);
    });
  }
}

int Gazetteer::largest_city(std::string_view name, std::string_view country, std::string_view admin1) const {
  int best = -1;
  if (const auto* cands = lookup(fold_key(name)))
    for (auto ci : *cands) {
      const GazEntry& e = entries_[ci];
      if (e.kind == GazEntry::Kind::city && e.feature != "PPLX"sv && e.country == country && e.admin1 == admin1 &&
          (best < 0 || e.population > entries_[static_cast<std::size_t>(best)].population))
        best = static_cast<int>(ci);
    }
  return best;
}

void Gazetteer::add_key(std::string_view key, const GazEntry& e, std::uint32_t idx) {
  Key& k = index_[key];
  k.entries.push_back(idx);
  if (e.minor()) return;
  k.bits |= static_cast<std::uint8_t>(1u << static_cast<int>(e.kind));
  if (e.kind == GazEntry::Kind::city && e.population >= 10000) k.bits |= 32;
  if (e.kind == GazEntry::Kind::city && e.population >= 100000) k.bits |= 64;
  if (auto sp = key.find(' '); sp != std::string_view::npos) first_words_.emplace(key.substr(0, sp));
}

void Gazetteer::read(const std::string& path, bool header) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read gazetteer " + path);
  std::string line;
  if (header) std::getline(in, line);
  std::string_view f[12];
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t k = 0, start = 0;
    for (std::size_t i = 0; i <= line.size() && k < 12; ++i) {
      if (i == line.size() || line[i] == '\t') {
        f[k++] = std::string_view(line).substr(start, i - start);
        start = i + 1;
      }
    }
    if (k < 12) continue;
    GazEntry e;
    std::string_view kind = f[0];
    e.kind = kind == "city"sv ? GazEntry::Kind::city : kind == "admin2"sv ? GazEntry::Kind::admin2 : kind == "admin1"sv ? GazEntry::Kind::admin1
             : kind == "country"sv ? GazEntry::Kind::country : GazEntry::Kind::demonym;
    e.id = f[1];
    e.name = f[2];
    e.country = f[4];
    e.admin1 = f[5];
    e.admin1_name = f[6];
    e.admin2_name = f[7];
    // (from_chars: correctly rounded as strtof, without a string built per field or the locale)
    std::from_chars(f[8].data(), f[8].data() + f[8].size(), e.lat);
    std::from_chars(f[9].data(), f[9].data() + f[9].size(), e.lon);
    std::from_chars(f[10].data(), f[10].data() + f[10].size(), e.population);
    e.feature = f[11];
    auto idx = static_cast<std::uint32_t>(entries_.size());
    each_key(f[3], [&](std::string_view key) { add_key(key, e, idx); });
    if (e.kind == GazEntry::Kind::country) countries_[e.country] = idx;
    if (e.kind == GazEntry::Kind::admin1) regions_[e.country + "." + e.admin1] = idx;
    if (e.kind == GazEntry::Kind::city && e.feature != "PPLX"sv && e.population >= kEnclosingMin)
      big_cities_[e.country + "." + e.admin1].push_back(idx);
    entries_.push_back(std::move(e));
  }
}

const std::vector<std::uint32_t>* Gazetteer::lookup(std::string_view key) const {
  const Key* k = index_.find(key);
  return k ? &k->entries : nullptr;
}

std::uint8_t Gazetteer::bits(std::string_view key) const {
  const Key* k = index_.find(key);
  return k ? k->bits : 0;
}

std::string Gazetteer::country_name(std::string_view code) const {
  auto it = countries_.find(std::string(code));
  return it == countries_.end() ? std::string(code) : entries_[it->second].name;
}

const GazEntry* Gazetteer::region(std::string_view country, std::string_view admin1) const {
  auto it = regions_.find(std::string(country) + "." + std::string(admin1));
  return it == regions_.end() ? nullptr : &entries_[it->second];
}

const GazEntry* Gazetteer::enclosing_city(const GazEntry& part) const {
  // a section, or a populated place of no recorded people near a big city ("Dorchester", Boston)
  bool section = part.feature == "PPLX"sv || (part.feature == "PPL"sv && part.population == 0);
  if (part.kind != GazEntry::Kind::city || !section) return nullptr;
  auto it = big_cities_.find(part.country + "." + part.admin1);
  if (it == big_cities_.end()) return nullptr;
  const GazEntry* best = nullptr;
  for (auto i : it->second) {
    const GazEntry& c = entries_[i];
    if (c.population < 2 * part.population || distance_km(part.lat, part.lon, c.lat, c.lon) > kEnclosingKm) continue;
    if (!best || c.population > best->population) best = &c;
  }
  return best;
}

const GazEntry* Gazetteer::consolidated_city(const GazEntry& place) const {
  if (consolidated_.empty() || (place.kind != GazEntry::Kind::city && place.kind != GazEntry::Kind::admin2)) return nullptr;
  auto it = consolidated_.find(place.country + "." + place.admin1 + "." + place.admin2_name);
  if (it == consolidated_.end() || &entries_[it->second] == &place) return nullptr;
  return &entries_[it->second];
}

const GazEntry* Gazetteer::country(std::string_view code) const {
  auto it = countries_.find(std::string(code));
  return it == countries_.end() ? nullptr : &entries_[it->second];
}

bool compass_word(std::string_view lower_word) {
  static const StringSet words = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"};
  return words.contains(lower_word);
}

bool place_prefix_word(std::string_view lower_word) {
  static const StringSet words = {"central", "upper", "lower", "greater", "downtown", "uptown", "old", "new",
                                  "little", "big", "the"};
  return compass_word(lower_word) || words.contains(lower_word);
}

}  // namespace incidex
