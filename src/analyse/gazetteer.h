// The gazetteer: GeoNames-derived places (cities, U.S. counties, first-level regions, countries and
// demonyms), built at build time by tools/build-gazetteer.mjs into <build>/data/gazetteer.tsv.
// Lookup is by folded key: lower case, diacritics removed ("almaty", "sant julia de loria").
// Gazetteer::shared() loads it once per process; after that it is read-only and thread-safe.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/hash.h"
#include <vector>

namespace incidex {

struct GazEntry {
  enum class Kind : std::uint8_t { city, admin2, admin1, country, demonym };
  Kind kind = Kind::city;
  std::string id, name, country, admin1, admin1_name, admin2_name, feature;
  float lat = 0, lon = 0;
  std::uint32_t population = 0;
  // A U.S. place known only from the ZIP code list (feature "ZIP": villages the GeoNames extracts lack).
  // It is found as a place in text with capitals, but the name tagger and the truecaser do not learn of
  // it (Gazetteer::bits), nor does caseless text, where a village's name is a word like any other.
  bool minor() const { return feature == "ZIP"; }
  // A country's capital (GeoNames PPLC), or the seat of its government where that is another city (PPLG: La
  // Paz, not Sucre; The Hague, not Amsterdam). GeoNames marks some odd places PPLG too (a royal hunting
  // lodge, a town hall): only a city of 100,000 people or more counts.
  bool national_capital() const { return feature == "PPLC" || (feature == "PPLG" && population >= 100000); }
  // A city or a county: a place an incident happens in, where a region or a country only contains it.
  bool local() const { return kind == Kind::city || kind == Kind::admin2; }
  // A city of half a million people or more: known abroad by name, where a smaller town of a country the
  // story is not about is more likely a homonym of a local name, a street or a neighbourhood.
  bool large_city() const { return population >= 500000; }
};

class Gazetteer {
 public:
  static const Gazetteer& shared();
  // `extra_path`: more places in the same columns, without a header ('#' lines are comments), for places
  // the GeoNames extracts lack (data/extra_places.tsv). `consolidated`: rows (country, region code, county)
  // of the counties that are one city with their seat (data/consolidated_counties.tsv). `aliases`: rows
  // (names |-separated, country, region code, city) of other names for a city, as keys of the most
  // populous city of that name in that region (data/place_aliases.tsv: "NOPD", "Philly").
  explicit Gazetteer(const std::string& tsv_path, const std::string& extra_path = "",
                     const std::vector<std::vector<std::string>>& consolidated = {},
                     const std::vector<std::vector<std::string>>& aliases = {});

  // Entries whose name or alternate name folds to `key`; nullptr if none.
  const std::vector<std::uint32_t>* lookup(std::string_view key) const;
  // What the gazetteer knows of a key, as bits: 1 city, 2 county, 4 region, 8 country, 16 demonym; 32 a
  // city of 10,000 people or more, 64 of 100,000 or more. 0 if the key is unknown or names only minor
  // places. (Made once at load: the name tagger asks for every capitalised word.)
  std::uint8_t bits(std::string_view key) const;
  // Does some name of two or more words, of a place not minor, begin with this (folded) word?
  bool starts_multiword(std::string_view word) const { return first_words_.find(word) != first_words_.end(); }
  // The most populous city (no section of one, GeoNames PPLX) named `name` in that country and first-level
  // region ("Washington" in US.DC), as an index for at(); -1 if none.
  int largest_city(std::string_view name, std::string_view country, std::string_view admin1) const;
  // Is this key a city's other name (from `aliases`: "nopd")?
  bool alias(std::string_view key) const { return aliases_.contains(key); }
  const GazEntry& at(std::uint32_t i) const { return entries_[i]; }
  std::size_t size() const { return entries_.size(); }
  // "Kazakhstan" for "KZ"; the code itself if unknown.
  std::string country_name(std::string_view code) const;
  // The entry of a first-level region ("US", "FL"), or nullptr.
  const GazEntry* region(std::string_view country, std::string_view admin1) const;
  // The country entry for a code, or nullptr.
  const GazEntry* country(std::string_view code) const;
  // For a section of a city (GeoNames PPLX: "West Garfield Park", "Boyle Heights", or a populated place with
  // no recorded people: "Dorchester", Boston), the city it is part of:
  // the most populous city of the same region within kEnclosingKm that is at least twice its size and has
  // kEnclosingMin people or more; nullptr for anything else.
  const GazEntry* enclosing_city(const GazEntry& part) const;
  // For a place in a county that is one city with its seat (Brooklyn's Kings County, New Orleans's Orleans
  // Parish), or that county itself, the seat ("East Flatbush" -> Brooklyn); nullptr for anything else,
  // and for the seat itself.
  const GazEntry* consolidated_city(const GazEntry& place) const;
  static constexpr double kEnclosingKm = 25;
  static constexpr std::uint32_t kEnclosingMin = 50000;

 private:
  std::vector<GazEntry> entries_;
  struct Key {
    std::vector<std::uint32_t> entries;
    std::uint8_t bits = 0;
  };
  WordMap<Key> index_;  // most words looked up are not places, and go no further than its filter
  std::unordered_map<std::string, std::uint32_t> countries_, regions_;
  StringSet first_words_, aliases_;
  void read(const std::string& path, bool header);
  void add_key(std::string_view key, const GazEntry& e, std::uint32_t idx);
  std::unordered_map<std::string, std::vector<std::uint32_t>> big_cities_;  // "US.IL" -> cities of kEnclosingMin+
  std::unordered_map<std::string, std::uint32_t> consolidated_;  // "US.LA.Orleans Parish" -> its seat
};

// Folds a word sequence for lookup: ASCII lower case; non-ASCII letters lose their diacritics (ICU).
std::string fold_key(std::string_view);

// A (lower-case) word that begins a place's name before the place ("West Pullman", "South Dallas", "Old
// Town", "the Bronx"), so that what follows is no person's name.
bool place_prefix_word(std::string_view lower_word);
// "north", "southwest" and the other six points of the compass.
bool compass_word(std::string_view lower_word);

}  // namespace incidex
