// Place names in a text, each resolved to one gazetteer entry using the document's context: the
// countries and U.S. states it names (also as demonyms and AP abbreviations: "Kazakh", "Fla."), those its
// headline names (PlaceContext), the dateline, the outlet that published it (data/outlets.tsv), the other places it names (the same country,
// the same region, nearby), and population as a prior. The dateline's own place ("MOSCOW —") is marked as such: it is
// where the story was filed, not where anything happened. Thread-safe after construction.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyse/gazetteer.h"
#include "core/hash.h"
#include "analyse/tokenizer.h"
#include "core/record.h"

namespace incidex {

struct PlaceMention {
  std::uint32_t first = 0, last = 0;  // token range
  std::uint32_t start = 0, end = 0;   // byte range
  int entry = -1;                     // resolved gazetteer entry, -1 if none
  bool dateline = false;              // part of the dateline
  bool us_state = false;              // a U.S. state (full name or abbreviation)
  bool within = false;                // a place the gazetteer lacks, inside the region `entry` ("Cub Run, Ky.")
  bool in_person = false;             // inside a name the tagger calls a person's (set by the Analyser)
  bool before_agency = false;         // right before a police or city body's word ("Houston police"): a place
                                      // whatever the tagger reads there
  bool in_name = false;               // begins a venue's or a news outlet's name ("Douglass Park", "Chicago
                                      // Tribune"): it helps resolve the others, but is never an incident's place
  int stray = -1;                     // the reading left out (`entry` is then -1): a small town of another
                                      // state, or a city of another country, in a story whose state is sure
};

// Regions another text of the same document names (its headline): U.S. state codes and country codes,
// each a vote for the readings in it, as a state or country the text itself names.
struct PlaceContext {
  std::vector<std::string> states, countries;
};

class PlaceFinder {
 public:
  // Loads data/us_states.tsv, data/place_stopwords*.txt, data/outlets.tsv, data/place_followers.tsv,
  // data/call_signs.tsv.
  explicit PlaceFinder(const Gazetteer& = Gazetteer::shared());
  // `url`: the article's address; a known outlet's home region counts as a vote for that region.
  // The dateline is text[dateline_start, dateline_end) (an empty range when there is none).
  // `persons`: token ranges of people's names; a place inside one ("Elgin Anders", "Jordan Smith") is
  // marked in_person and neither names a country or state for the others nor votes on their readings
  // (except the dateline's, and one right before a police or city body's word: "Houston police").
  // `also`: the regions the headline names (regions_named), votes as if the text named them.
  std::vector<PlaceMention> find(const Tokens&, std::string_view text, std::uint32_t dateline_start,
                                 std::uint32_t dateline_end, std::string_view url = {},
                                 const std::vector<std::pair<std::uint32_t, std::uint32_t>>& persons = {},
                                 const PlaceContext* also = nullptr) const;
  // The U.S. states and the countries among found places, outside people's names.
  PlaceContext regions_named(const std::vector<PlaceMention>&) const;
  // The host of a URL without "www." (through web.archive.org copies to the original host).
  static std::string host_of(std::string_view url);
  // The home of the outlet at `url` (data/outlets.tsv): its country and first-level region code, or null.
  const std::pair<std::string, std::string>* outlet_home(std::string_view url) const;
  // The U.S. state of a city the URL's host names, for an outlet data/outlets.tsv does not know
  // ("mysanantonio.com": Texas): the longest name of a city of 30,000 people or more, five letters or more,
  // in it, when that city is at least five times as large as any other of its name ("springfield" names
  // none, nor does the "spring" in it), or of a state ("centralillinoisproud.com"; not New York's or
  // Washington's); empty when none.
  std::string host_city_state(std::string_view url) const;
  // The U.S. state a section of the URL's path names whole ("globegazette.com/news/iowa/...": IA), with
  // hyphens or underscores for spaces ("/north-carolina/"); empty when none.
  std::string path_state(std::string_view url) const;
  // The U.S. states (postal codes, once each, in order) of the telephone numbers the text gives ("call the
  // Wilmington Police Department at 910-343-3609", "(716) 847-2255"): a tip line's or a newsroom's, by its
  // area code and exchange (libphonenumber's offline geocoder: "Wilmington, NC"). Toll-free and invalid
  // numbers name none.
  std::vector<std::string> phone_states(const Tokens&, std::string_view text) const;
  Place to_place(int entry) const;
  // The place a mention stands for: its entry, or for a place `within` a region, that region under the
  // name the text gives (coordinates and precision stay the region's).
  Place to_place(const PlaceMention&, std::string_view text) const;
  const Gazetteer& gazetteer() const { return gaz_; }
  // What a capitalised word after a place name makes of it (data/place_followers.tsv): "street", "venue",
  // "outlet", "place", "agency", or empty for a word the file does not list.
  std::string_view follower_use(std::string_view lower_word) const;

 private:
  // A city-county government's word ("Savannah-Chatham Metropolitan Police", "Miami-Dade Police"): the
  // readings of its town that lie in a state with that county; nullptr when it is none. `memo` keeps them.
  const std::vector<std::uint32_t>* joint_government(
      std::string_view key, std::map<std::string, std::vector<std::uint32_t>, std::less<>>& memo) const;
  // The postal code of the U.S. state `name` names in full ("North Carolina": NC), not by an abbreviation;
  // empty when it names none.
  std::string state_named(std::string_view name) const;
  const Gazetteer& gaz_;
  StringMap<std::string> state_by_key_;  // "fla." / "florida" -> "FL"
  StringSet postal_codes_;               // "tn": a state only as "Bristol, TN"
  StringSet stopwords_;
  StringSet word_places_;  // one-word place names that are English words (build/data/word_places.txt)
  StringMap<std::string> followers_;  // lower-case word -> use
  StringSet colours_;  // data/colour_words.txt: "a white Pontiac" is a car
  StringSet state_firsts_;  // first words of state names ("new" of "New Mexico")
  StringSet state_names_;   // folded full names ("washington"), not abbreviations
  std::unordered_map<std::string, int> state_cities_;  // "DC" -> the gazetteer entry of the city the state is
  std::unordered_map<std::string, std::pair<std::string, std::string>> outlets_;  // host -> country, region code
  StringMap<std::string> host_cities_;  // a large U.S. city's letters ("sanantonio") -> its state
                                        // (empty: several large cities have that name)
  std::unordered_map<std::string, char> call_sign_letter_;  // state code -> its broadcasters' first letter (w, k)
};

}  // namespace incidex
