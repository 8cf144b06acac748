#include "analyse/places.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

#include "analyse/names.h"
#include "analyse/numbers.h"
#include "core/data_dir.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

namespace {

// Whether text written with capitals shows a U.S. local story's marks: a broadcaster's four-letter call
// sign ("told WVTM 13 News", "(WFSB)", "Copyright 2017 WBRC": K or W, then three capitals, no word prose
// writes in lower case) or a street address by its block ("in the 2000 block of North 13th Street").
bool us_local_marks(const Tokens& tk, std::string_view text) {
  if (tk.caseless) return false;
  const auto& t = tk.tokens;
  for (std::uint32_t i = 0; i < t.size(); ++i) {
    std::string_view w = t[i].text(text);
    if (w.size() == 4 && (w[0] == 'K' || w[0] == 'W') &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) && w != "WWII"sv && w != "WNBA"sv &&
        !Truecaser::shared().usually_lower(tk.lower[i]))
      return true;
    if (t[i].kind == Token::number && i + 2 < t.size() && tk.lower[i + 1] == "block"sv && tk.lower[i + 2] == "of"sv) return true;
  }
  return false;
}

// A U.S. broadcaster's host: its call sign ("wtvm.com", "kmov.com", "wbrc6.com", "kcci-tv.com", "wsbtv.com"):
// K or W and two or three more letters, then perhaps "tv" and a channel's number. Its first letter, or 0.
char us_call_sign_host(std::string_view host) {
  std::size_t dot = host.find('.');
  if (dot == std::string_view::npos) return 0;
  std::string_view name = host.substr(0, dot);
  if (name.size() < 3 || (name[0] != 'k' && name[0] != 'w')) return 0;
  std::size_t letters = 1;
  while (letters < name.size() && letters < 4 && name[letters] >= 'a' && name[letters] <= 'z') ++letters;
  // (the longest call sign first: "wsoctv" is WSOC, "wistv" WIS)
  for (; letters >= 3; --letters) {
    std::string_view rest = name.substr(letters);
    if (rest.starts_with("-tv")) rest.remove_prefix(3);
    else if (rest.starts_with("tv")) rest.remove_prefix(2);
    if (std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; })) return name[0];
  }
  return 0;
}

// A name's letters in lower case, as a URL's host writes it ("Grand Rapids": "grandrapids").
std::string host_letters(std::string_view name) {
  std::string letters;
  for (char c : name)
    if (std::isalpha(static_cast<unsigned char>(c))) letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return letters;
}

}  // namespace

PlaceFinder::PlaceFinder(const Gazetteer& g) : gaz_(g) {
  std::vector<std::pair<std::string, std::string>> states;  // code, name
  for (auto& row : read_data_rows("us_states.tsv")) {  // code, name, AP abbreviations
    const std::string& code = row[0];
    const std::string& name = row.at(1);
    states.emplace_back(code, name);
    state_by_key_[fold_key(name)] = code;
    state_names_.insert(fold_key(name));
    if (row.size() > 3 && !row[3].empty())  // the most populous city of that name in the state
      if (const int city = gaz_.largest_city(row[3], "US", code); city >= 0) state_cities_[code] = city;
    postal_codes_.insert(fold_key(code));
    state_firsts_.insert(fold_key(name.substr(0, name.find(' '))));
    std::istringstream as(row.size() > 2 ? row[2] : "");
    std::string a;
    while (std::getline(as, a, '|'))
      if (!a.empty()) state_by_key_[fold_key(a)] = code;
  }
  for (auto& row : read_data_rows("outlets.tsv"))  // host, country, region
    if (row.size() >= 3) outlets_[row[0]] = {row[1], row[2]};
  {
    // the largest and second largest U.S. city of each name, by its letters
    std::unordered_map<std::string, std::pair<const GazEntry*, std::uint32_t>> by_letters;
    for (std::size_t i = 0; i < gaz_.size(); ++i) {
      const GazEntry& e = gaz_.at(static_cast<std::uint32_t>(i));
      if (e.kind != GazEntry::Kind::city || e.country != "US"sv) continue;
      std::string letters = host_letters(e.name);
      if (letters.starts_with("saint")) letters.replace(0, 5, "st");  // "stcharles" for Saint Charles
      if (letters.size() < 5) continue;
      auto& [top, second] = by_letters[letters];
      if (!top || e.population > top->population) {
        if (top) second = std::max(second, top->population);
        top = &e;
      } else {
        second = std::max(second, e.population);
      }
    }
    // (a name of several such cities is kept with no state: "springfield" names none, nor does its "spring")
    for (auto& [letters, best] : by_letters)
      if (best.first->population >= 30000)
        host_cities_[letters] = best.first->population >= 5 * best.second ? best.first->admin1 : std::string();
    // ... and a state's name: "centralillinoisproud.com" (the longest name found decides: "westvirginia" over
    // "virginia", "arkansas" over "kansas"; not Washington, the capital's as much as the state's, nor New York,
    // whose outlets tell of New Jersey as much: "nbcnewyork.com")
    for (auto& [code, name] : states) {
      std::string letters = host_letters(name);
      if (letters.size() >= 5 && letters != "washington"sv && letters != "newyork"sv) host_cities_[letters] = code;
    }
  }
  for (const char* name : {"place_stopwords.txt", "place_stopwords_extra.txt"})
    for (auto& row : read_data_rows(name)) stopwords_.insert(row[0]);
  for (auto& row : read_data_rows("word_places.txt")) word_places_.insert(row[0]);
  for (auto& row : read_data_rows("call_signs.tsv")) {  // letter, the states where it is the rule
    std::istringstream codes(row.size() > 1 ? row[1] : "");
    std::string code;
    while (codes >> code) call_sign_letter_[code] = row[0].at(0);
  }
  for (auto& row : read_data_rows("place_followers.tsv"))  // word, use
    if (row.size() >= 2) followers_[row[0]] = row[1];
  for (auto& row : read_data_rows("colour_words.txt")) colours_.insert(row[0]);
}

std::string_view PlaceFinder::follower_use(std::string_view w) const {
  auto it = followers_.find(w);
  return it == followers_.end() ? std::string_view{} : std::string_view(it->second);
}

Place PlaceFinder::to_place(const PlaceMention& m, std::string_view text) const {
  Place p = to_place(m.entry);
  if (m.within && m.entry >= 0) p.name = std::string(text.substr(m.start, m.end - m.start));
  return p;
}

Place PlaceFinder::to_place(int i) const {
  Place p;
  if (i < 0) return p;
  const GazEntry* ep = &gaz_.at(static_cast<std::uint32_t>(i));
  if (ep->kind == GazEntry::Kind::demonym)  // "Kazakh" names the country
    if (const GazEntry* c = gaz_.country(ep->country)) ep = c;
  const GazEntry& e = *ep;
  p.name = e.name;
  p.country = e.country;
  p.country_name = gaz_.country_name(e.country);
  p.admin1 = e.kind == GazEntry::Kind::country ? "" : e.admin1_name;
  p.admin2 = e.admin2_name;
  p.lat = e.lat;
  p.lon = e.lon;
  p.gazetteer_id = e.id;
  p.precision = e.kind == GazEntry::Kind::city ? "city" : e.kind == GazEntry::Kind::admin2 ? "admin2"
                : e.kind == GazEntry::Kind::admin1 ? "admin1" : "country";
  return p;
}

const std::pair<std::string, std::string>* PlaceFinder::outlet_home(std::string_view url) const {
  auto it = outlets_.find(host_of(url));
  return it == outlets_.end() ? nullptr : &it->second;
}

std::string PlaceFinder::host_city_state(std::string_view url) const {
  std::string host = host_of(url);
  if (host.empty() || outlets_.count(host)) return {};
  std::string letters;  // the host's name without its last part (".com") or what is not a letter
  for (char c : std::string_view(host).substr(0, host.rfind('.')))
    if (std::isalpha(static_cast<unsigned char>(c))) letters += c;
  // (the longest name found decides, a name of several cities none)
  std::size_t best = 0;
  std::string state;
  for (std::size_t b = 0; b < letters.size(); ++b)
    for (std::size_t n = std::max<std::size_t>(5, best + 1); b + n <= letters.size(); ++n)
      if (auto it = host_cities_.find(std::string_view(letters).substr(b, n)); it != host_cities_.end()) best = n, state = it->second;
  return state;
}

std::string PlaceFinder::state_named(std::string_view name) const {
  std::string key = fold_key(name);
  return state_names_.count(key) ? state_by_key_.find(key)->second : std::string();
}

std::string PlaceFinder::path_state(std::string_view url) const {
  // the path of the original URL (through web.archive.org copies), after its host
  auto p = url.rfind("://");
  if (p == std::string_view::npos) return {};
  std::string_view rest = url.substr(p + 3);
  rest = rest.substr(0, std::min(rest.find_first_of("?#"), rest.size()));
  auto slash = rest.find('/');
  if (slash == std::string_view::npos) return {};
  rest.remove_prefix(slash + 1);
  while (!rest.empty()) {
    auto end = std::min(rest.find('/'), rest.size());
    std::string segment(rest.substr(0, end));
    for (auto& c : segment)
      if (c == '-' || c == '_') c = ' ';
    if (std::string code = state_named(segment); !code.empty()) return code;
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return {};
}

std::vector<std::string> PlaceFinder::phone_states(const Tokens& tk, std::string_view text) const {
  // "910-343-3609", "910.343.3609", "1-910-343-3609": one token; "(910) 343-3609": four
  auto digits_in = [](std::string_view w, std::initializer_list<std::size_t> groups) {
    std::string d;
    std::size_t at = 0, g = 0;
    for (std::size_t len : groups) {
      if (g++ > 0) {
        if (at >= w.size() || (w[at] != '-' && w[at] != '.')) return std::string();
        ++at;
      }
      for (std::size_t k = 0; k < len; ++k, ++at)
        if (at >= w.size() || !std::isdigit(static_cast<unsigned char>(w[at]))) return std::string();
        else d += w[at];
    }
    return at == w.size() ? d : std::string();
  };
  std::vector<std::string> numbers;
  const auto& t = tk.tokens;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].end - t[i].start < 8 || t[i].kind == Token::punct) continue;
    std::string_view w = t[i].text(text);
    if (!std::isdigit(static_cast<unsigned char>(w[0]))) continue;
    std::string d = digits_in(w, {3, 3, 4});
    if (d.empty()) {
      d = digits_in(w, {1, 3, 3, 4});
      if (!d.empty() && d[0] == '1') d.erase(0, 1);
      else d.clear();
    }
    if (d.empty() && i >= 3 && tk.lower[i - 3] == "("sv && tk.lower[i - 1] == ")"sv) {
      std::string area = digits_in(t[i - 2].text(text), {3});
      if (std::string rest = digits_in(w, {3, 4}); !area.empty() && !rest.empty()) d = area + rest;
    }
    if (!d.empty()) numbers.push_back(std::move(d));
  }
  std::vector<std::string> states;
  if (numbers.empty()) return states;
  using namespace i18n::phonenumbers;
  static const PhoneNumberOfflineGeocoder geocoder;
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  // A number's state, kept per thread: news pages repeat their tip lines' numbers, and libphonenumber's
  // parse and geocoding (ICU regular expressions) cost some 13,000 instructions a number.
  thread_local std::unordered_map<std::string, std::string> known;
  if (known.size() > 10000) known.clear();
  for (const std::string& d : numbers) {
    auto [it, fresh] = known.try_emplace(d);
    if (fresh) {
      PhoneNumber number;
      if (util->Parse(d, "US", &number) == PhoneNumberUtil::NO_PARSING_ERROR && util->IsValidNumber(number)) {
        // "Wilmington, NC", "Washington D.C.", or a state's or the country's name
        std::string where = geocoder.GetDescriptionForNumber(number, icu::Locale::getEnglish());
        if (auto comma = where.rfind(", "); comma != std::string::npos) it->second = where.substr(comma + 2);
        else if (where.ends_with("D.C.")) it->second = "DC";
        else it->second = state_named(where);
      }
    }
    const std::string& code = it->second;
    if (code.size() == 2 && std::find(states.begin(), states.end(), code) == states.end()) states.push_back(code);
  }
  return states;
}

std::string PlaceFinder::host_of(std::string_view url) {
  auto p = url.rfind("://");
  if (p == std::string_view::npos) return {};
  std::string_view rest = url.substr(p + 3);
  std::string host(rest.substr(0, rest.find_first_of("/:?#")));
  for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

const std::vector<std::uint32_t>* PlaceFinder::joint_government(
    std::string_view key, std::map<std::string, std::vector<std::uint32_t>, std::less<>>& memo) const {
  auto dash = key.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= key.size()) return nullptr;
  if (auto it = memo.find(key); it != memo.end()) return it->second.empty() ? nullptr : &it->second;
  std::vector<std::uint32_t>& out = memo[std::string(key)];
  const auto* towns = gaz_.lookup(key.substr(0, dash));
  if (!towns) return nullptr;
  // the county: "Chatham County" of "Savannah-Chatham", or the whole word's ("Miami-Dade County")
  std::vector<const GazEntry*> counties;
  for (const std::string& name : {std::string(key.substr(dash + 1)) + " county", std::string(key) + " county"})
    if (const auto* cs = gaz_.lookup(name))
      for (auto ci : *cs)
        if (gaz_.at(ci).kind == GazEntry::Kind::admin2) counties.push_back(&gaz_.at(ci));
  for (auto ti : *towns) {
    const GazEntry& town = gaz_.at(ti);
    if (town.kind == GazEntry::Kind::city &&
        std::any_of(counties.begin(), counties.end(), [&](const GazEntry* c) {
          return c->country == town.country && c->admin1 == town.admin1;
        }))
      out.push_back(ti);
  }
  return out.empty() ? nullptr : &out;
}

std::vector<PlaceMention> PlaceFinder::find(const Tokens& tk, std::string_view text, std::uint32_t dateline_start,
                                            std::uint32_t dateline_end,
                                            std::string_view url,
                                            const std::vector<std::pair<std::uint32_t, std::uint32_t>>& persons,
                                            const PlaceContext* also) const {
  struct Raw {
    PlaceMention m;
    const std::vector<std::uint32_t>* cands;
    std::string state;  // U.S. state code when the mention is a state
    bool bare_state_name = false;  // a state's full name, neither after "City," nor before "state"
    int city = -1;                 // the city a state mention stands for ("D.C.": Washington)
  };
  std::vector<Raw> raw;
  std::map<std::string, std::vector<std::uint32_t>, std::less<>> joint;  // readings of "Savannah-Chatham" words
  const auto& t = tk.tokens;
  std::string key;
  // Each word folded once: ASCII words are their lower case; others lose their diacritics (ICU).
  std::vector<const std::string*> fold_cache(t.size(), nullptr);
  std::deque<std::string> folded_words;  // the folded non-ASCII words (a deque: pointers stay valid)
  auto folded = [&](std::uint32_t k) -> const std::string& {
    if (!fold_cache[k]) {
      std::string_view raw = t[k].text(text);
      bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      fold_cache[k] = ascii ? &tk.lower[k] : &folded_words.emplace_back(fold_key(raw));
    }
    return *fold_cache[k];
  };
  // The words written right after a colour in text with capitals, a year between or not: makes of car ("a
  // white Pontiac", "a silver 2004 Lincoln"; data/colour_words.txt), no place wherever the text writes them
  StringSet makes;
  if (!tk.caseless)
    for (std::uint32_t i = 1; i < t.size(); ++i) {
      if (!t[i].cap || t[i].upper || t[i].kind != Token::word) continue;
      std::uint32_t k = i - 1;
      if (k > 0 && t[k].kind == Token::number && t[k].end - t[k].start == 4) --k;
      if (!t[k].cap && colours_.contains(tk.lower[k], tk.hash[k])) makes.insert(tk.lower[i]);
    }
  // What each word is as the word after a name ("street", "venue", ...), looked up once.
  std::vector<std::string_view> uses(t.size());
  std::vector<char> use_known(t.size(), 0);
  auto use_of = [&](std::uint32_t k) {
    if (!use_known[k]) {
      uses[k] = follower_use(tk.lower[k]);
      use_known[k] = 1;
    }
    return uses[k];
  };
  auto sizeable_us_city = [&](const std::vector<std::uint32_t>* cands) {
    return cands && std::any_of(cands->begin(), cands->end(), [&](std::uint32_t ci) {
      const GazEntry& e = gaz_.at(ci);
      return e.kind == GazEntry::Kind::city && e.country == "US"sv && e.population >= 50000;
    });
  };
  // where the dateline's place ends: at its date, or at a bracket that is no country's after the place (a
  // bracket that a comma follows is: "HAVANA (CUBA), 17 NOV 89"; "CINCINNATI (Brad Underwood) --" is a byline)
  std::size_t place_ends = SIZE_MAX;
  if (dateline_end > dateline_start) {
    std::string_view line = text.substr(dateline_start, dateline_end - dateline_start);
    std::size_t at = line.find_first_of("0123456789");
    for (std::size_t open = line.find('('); open != std::string_view::npos && open < at; open = line.find('(', open + 1)) {
      std::size_t close = line.find(')', open);
      if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != ',') {
        at = open;
        break;
      }
    }
    if (at != std::string_view::npos) place_ends = dateline_start + at;
  }
  for (const auto& s : tk.sentences) {
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (t[i].kind != Token::word) continue;
      if (!tk.caseless && !t[i].cap) continue;
      bool found = false;
      // Longer names only where the first word begins one ("new" in "New York", not "Police").
      std::uint32_t longest = gaz_.starts_multiword(folded(i)) || state_firsts_.count(folded(i)) ? 4 : 1;
      for (std::uint32_t n = std::min<std::uint32_t>(longest, s.last - i); n >= 1 && !found; --n) {
        // words only, joined by single spaces (hyphens and periods belong to the tokens)
        bool ok = true;
        key.clear();
        for (std::uint32_t k = i; k < i + n; ++k) {
          if (t[k].kind != Token::word || (k > i && t[k].start != t[k - 1].end + 1)) { ok = false; break; }
          if (!tk.caseless && k > i && !t[k].cap && !(n == 3 && k == i + 1)) { ok = false; break; }  // "Sant Julia de Loria" aside
          if (k > i) key += ' ';
          key += folded(k);
        }
        if (!ok) continue;
        // Street names are not places: "Edwards Street", "kazbek bi street", "Central Square", "Alta Arden
        // Expressway"; nor are venues' names ("Douglass Park", "Frederick Area School").
        if (use_of(i + n - 1) == "street"sv) continue;
        bool street = false;
        for (std::uint32_t k = i + n; k < s.last && k < i + n + 3 && !street; ++k) {
          if (t[k].kind != Token::word || (k > i + n && !tk.caseless && !t[k].cap)) break;
          street = use_of(k) == "street"sv;
        }
        // a street named with another ("Humboldt and Eastwood streets", "Wallace and 33rd Street", "Seventh
        // Street and Broadway", a numbered one, "20th and Lakewood") or after "block of" ("the 5600 block of Wolcott")
        if (n == 1 && i + 3 < s.last && tk.lower[i + 1] == "and"sv &&
            (t[i + 2].cap || ordinal_digits(tk.lower[i + 2]) > 0) && use_of(i + 3) == "street"sv)
          continue;
        if (n == 1 && i >= s.first + 2 && tk.lower[i - 1] == "and"sv &&
            (use_of(i - 2) == "street"sv || ordinal_digits(tk.lower[i - 2]) > 0))
          continue;
        if (i >= s.first + 2 && tk.lower[i - 1] == "of"sv && (tk.lower[i - 2] == "block"sv || tk.lower[i - 2] == "blocks"sv))
          continue;
        if (street) continue;
        bool in_name = false;
        if (i + n < s.last && (t[i + n].cap || tk.caseless) && t[i + n].start == t[i + n - 1].end + 1) {
          std::string_view use = use_of(i + n);
          in_name = use == "venue"sv || use == "outlet"sv;
          // "State" after a place that is no state's name makes a university's or a nickname's ("Boise State",
          // "Kent State", "the Garden State Pistol Range")
          if (tk.lower[i + n] == "state"sv && !state_by_key_.count(key)) in_name = true;
        }
        std::string state;
        bool after_city = i >= 2 && t[i - 1].end == t[i].start - 1 && text.substr(t[i - 1].start, 1) == ","sv &&
                          t[i - 2].cap && t[i - 2].end == t[i - 1].start;  // "Athens, Georgia"
        bool bare_state_name = false;
        if (auto st = state_by_key_.find(key); st != state_by_key_.end()) {
          // A state's name is that state, unless (below) it is also the name of a city in another state the
          // document names ("Washington" beside "D.C."); an AP abbreviation ("Fla.") is always a state.
          state = st->second;
          bare_state_name = state_names_.count(key) && !after_city && !(i + n < s.last && tk.lower[i + n] == "state"sv);
        } else if (n == 1 && after_city) {
          // right after "Name,", a postal code ("BRISTOL, TN (WJHL)", "Manchester, IL") or an AP abbreviation
          // without its period ("Jacksonville, Fla")
          bool shouting = tk.caseless || (i + 1 < s.last && t[i + 1].upper);  // "..., OR ELSE"
          if (t[i].upper && t[i].end - t[i].start == 2 && postal_codes_.count(key) && !shouting) {
            state = key;
            for (auto& ch : state) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
          } else if (auto ap = state_by_key_.find(key + "."); ap != state_by_key_.end() && !tk.caseless) {
            // (not in text without capitals, where it is as likely a word: "LABOR LEADERS, MASS MOVEMENT
            // ACTIVISTS" is in no Massachusetts)
            state = ap->second;
          }
        }
        std::string_view bare = key;
        if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
        bare = without_possessive_s(bare);  // "Sacramento's", "Sacramento’s"
        // caseless text: "THE VILLAGE", "THE ENTRANCE" are the words, not the towns (The Villages, The Entrance)
        if (tk.caseless && n >= 2 && tk.lower[i] == "the"sv) continue;
        const auto* c = gaz_.lookup(bare);
        // caseless wire copy has no capitals to tell a village of the ZIP code list from a word or a name
        if (c && tk.caseless && std::all_of(c->begin(), c->end(), [&](std::uint32_t ci) { return gaz_.at(ci).minor(); }))
          c = nullptr;
        if (!c && state.empty() && n == 1) c = joint_government(bare, joint);
        if (!c && state.empty()) continue;
        bool in_dateline = t[i].start >= dateline_start && t[i + n - 1].end <= dateline_end;  // "READING, Pa. -": a place whatever the word
        // after the dateline's place (and its country: "HAVANA (CUBA), 17 NOV 89") come its date and, in
        // brackets, its source ("SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --"): no place there
        if (in_dateline && t[i].start > place_ends) continue;
        // right before a police or city body's word (data/place_followers.tsv "agency")
        bool agency = i + n < t.size() && t[i + n].start == t[i + n - 1].end + 1 && use_of(i + n) == "agency"sv;
        // A name that is also a common word is a place there when it is a sizeable U.S. city's ("Reading
        // police", "Mobile Police Department"; not "As police", "Metro Police").
        if (n == 1 && stopwords_.find(bare) != stopwords_.end() && state.empty() && !in_dateline &&
            !(agency && use_of(i).empty() && sizeable_us_city(c)))
          continue;
        // A venue's word ending a venue's name is no town of that name ("Ice Bar and Grill": Grill,
        // Pennsylvania; "Tony's Lounge"): data/place_followers.tsv "venue", after a capitalised word or "and".
        if (n == 1 && state.empty() && !in_dateline && !tk.caseless && i > s.first && use_of(i) == "venue"sv &&
            (t[i - 1].cap || tk.lower[i - 1] == "and"sv || tk.lower[i - 1] == "&"sv))
          continue;
        // Acronyms ("ET", "CNN", "KGB") are not places unless they name a country ("USA", "UAE") or are a
        // city's other name (data/place_aliases.tsv: "NOPD").
        if (n == 1 && t[i].upper && !tk.caseless && t[i].end - t[i].start <= 4 && state.empty() && !gaz_.alias(bare)) {
          bool country = false;
          for (auto ci : *c) country |= gaz_.at(ci).kind == GazEntry::Kind::country;
          if (!country) continue;
        }
        // A make of car after a colour, a year between or not ("a white Pontiac", "a silver 2004 Lincoln";
        // data/colour_words.txt), and that word wherever else the text writes it ("a handgun in the Pontiac")
        if (n == 1 && !makes.empty() && state.empty() && !in_dateline && makes.contains(key)) continue;
        // In text with capitals, a name of words news prose writes in lower case after a "the" in lower case is
        // those words, not a town ("four blocks from the White House": not White House, Tennessee; "The
        // Woodlands" and "The Villages" write the article with a capital); without capitals, below, wherever
        // it stands
        // (the name's words are all such words, and every reading of it is a town)
        auto common_words_town = [&] {
          bool words = true;
          for (std::uint32_t k = i; k < i + n && words; ++k) words = Truecaser::shared().usually_lower(tk.lower[k]);
          return words && std::all_of(c->begin(), c->end(), [&](std::uint32_t ci) { return gaz_.at(ci).kind == GazEntry::Kind::city; });
        };
        if (!tk.caseless && state.empty() && !in_dateline && i > s.first && tk.lower[i - 1] == "the"sv && !t[i - 1].cap &&
            common_words_town())
          continue;
        // In text without capitals, words news prose writes in lower case (data/lowercase_words.txt) are
        // those words, not a town of that name ("CUT OFF", "WHITE HOUSE"; a country or a region keeps its
        // name, and so does the dateline's place)
        if (tk.caseless && state.empty() && !in_dateline && common_words_town()) continue;
        if (n == 1 && tk.caseless && state.empty()) {
          // In text without capitals a one-word name must be a sizeable place (or a country) to count; one
          // that is an English word (build/data/word_places.txt) a city of a million people, or a capital (a
          // country's or a first-level region's) of 100,000 ("HUMBLE WOMEN", "ARENALES CANTON", "WE WILL
          // MANAGE", "PRIVATE ENTERPRISE": Humble, Texas; Canton, Michigan; Manage, Belgium; Enterprise,
          // Nevada), unless a U.S. state follows it ("HUMBLE, TEXAS"). (MUC-4 full keys, DEV: country 79.7 ->
          // 81.1 %, place 49.7 -> 50.3 %; TST: 65.7 -> 66.7, 54.6 -> 55.6; with a bar of 100,000 people for all,
          // DEV 80.8 and 50.0; gva-news, written with capitals, the same.)
          auto state_follows = [&] {
            const std::uint32_t k = i + n + 1;
            if (k >= s.last || text.substr(t[i + n].start, 1) != ","sv) return false;
            if (state_by_key_.count(tk.lower[k]) || state_by_key_.count(tk.lower[k] + ".")) return true;
            return k + 1 < s.last && state_by_key_.count(tk.lower[k] + " " + tk.lower[k + 1]) > 0;
          };
          const bool word = word_places_.count(bare) && !state_follows();
          bool big = false;
          for (auto ci : *c) {
            const GazEntry& e = gaz_.at(ci);
            big |= e.kind != GazEntry::Kind::city ||
                   (word ? e.population >= 1000000 || ((e.national_capital() || e.feature == "PPLA"sv) && e.population >= 100000)
                        : e.population >= 10000);
          }
          if (!big) continue;
        }
        Raw r;
        r.m.first = i;
        r.m.last = i + n;
        r.m.start = t[i].start;
        r.m.end = t[i + n - 1].end;
        r.m.dateline = in_dateline;
        r.m.in_name = in_name;
        r.m.before_agency = agency;
        bool county = n >= 2 && (tk.lower[i + n - 1] == "county"sv || tk.lower[i + n - 1] == "parish"sv);
        // right before a word for someone or something of the place ("Helena man", "Carbondale shooting"):
        // a lone name there is the place's, even where the tagger reads a person
        // (or an age, "Benton 17-year-old"; or either after "area", "Dalton area boy")
        auto of_place = [&](std::uint32_t k) { return k < s.last && (use_of(k) == "resident"sv || is_age_word(tk.lower[k])); };
        bool resident = i + n < s.last && t[i + n].start == t[i + n - 1].end + 1 &&
                        (of_place(i + n) || (tk.lower[i + n] == "area"sv && of_place(i + n + 1)));
        r.m.in_person = !in_dateline && !agency && !county && std::any_of(persons.begin(), persons.end(), [&](const auto& pr) {
          return pr.first <= i && i + n <= pr.second && !(resident && pr.first == i && pr.second == i + n);
        });
        r.cands = c;
        r.state = state;
        r.bare_state_name = bare_state_name;
        if (auto sc = state_cities_.find(state); sc != state_cities_.end()) r.city = sc->second;  // "D.C.": Washington
        r.m.us_state = !state.empty() && r.city < 0;
        raw.push_back(r);
        found = true;
        i += n - 1;
        if (in_name) ++i;  // "Tribune" of "Chicago Tribune" is no place of its own
      }
    }
  }
  // "Hartford, Connecticut, police are investigating": a name right before a comma and a U.S. state that has
  // a town of that name is the town, whatever person the tagger read in it.
  for (std::size_t k = 0; k + 1 < raw.size(); ++k) {
    Raw& r = raw[k];
    const Raw& next = raw[k + 1];
    if (!r.m.in_person || !r.cands || !next.m.us_state || next.m.first != r.m.last + 1 ||
        text.substr(t[r.m.last].start, t[r.m.last].end - t[r.m.last].start) != ","sv)
      continue;
    r.m.in_person = !std::any_of(r.cands->begin(), r.cands->end(), [&](std::uint32_t ci) {
      const GazEntry& e = gaz_.at(ci);
      return e.country == "US"sv && e.admin1 == next.state && e.local();
    });
  }
  // Context: countries and U.S. states the document names.
  std::unordered_map<std::string, int> countries;
  std::unordered_map<std::string, int> states;
  for (auto& r : raw) {
    if (r.m.in_person) continue;
    if (!r.state.empty()) {
      states[r.state] += r.m.dateline ? 3 : 1;
      countries["US"] += 1;
    }
    if (!r.cands) continue;
    for (auto ci : *r.cands) {
      const GazEntry& e = gaz_.at(ci);
      if (e.kind == GazEntry::Kind::country || e.kind == GazEntry::Kind::demonym) countries[e.country] += 2;
    }
  }
  // the headline's states and countries, as if the text named them
  if (also) {
    for (auto& st : also->states) states[st] += 1, countries["US"] += 1;
    for (auto& c : also->countries) countries[c] += 2;
  }
  if (us_local_marks(tk, text)) countries["US"] += 1;
  // First pass: each name on its own (population, kind, the countries and states the text names).
  // A broadcaster's host's first letter, where no outlet's state is known: a town of a state on the other side
  // of the Mississippi (data/call_signs.tsv) loses kOtherSide, less than a state the text names gives.
  char call_sign = 0;
  constexpr double kOtherSide = 1.5;
  if (const auto* home = outlet_home(url)) {
    countries[home->first] += 1;
    if (home->first == "US"sv) states[home->second] += 2;
  } else if (std::string st = host_city_state(url); !st.empty()) {
    states[st] += 1;
  } else if (const char letter = us_call_sign_host(host_of(url))) {
    countries["US"] += 1;
    call_sign = letter;
  }
  // a state the URL's path names, as an outlet's section for it ("/news/iowa/"): as strong as an outlet's home
  if (std::string st = path_state(url); !st.empty()) states[st] += 2, countries["US"] += 1;
  // the states of the telephone numbers it gives (a police department's or a tip line's): as strong again
  for (const std::string& st : phone_states(tk, text)) states[st] += 2, countries["US"] += 1;
  // A state's bare name that is also a city of another state the document (or its outlet) names is that
  // city: "Northeast Washington" in a story that says "D.C.".
  for (auto& r : raw) {
    if (!r.bare_state_name || !r.cands || r.m.in_person) continue;
    const GazEntry* city = nullptr;
    for (auto ci : *r.cands) {
      const GazEntry& e = gaz_.at(ci);
      if (e.kind == GazEntry::Kind::city && e.country == "US"sv && e.admin1 != r.state && states.count(e.admin1) &&
          (!city || e.population > city->population))
        city = &e;
    }
    if (!city) continue;
    auto own = states.find(r.state);
    own->second -= r.m.dateline ? 3 : 1;
    if (own->second <= 0) states.erase(own);
    r.state.clear();
    r.m.us_state = false;
  }
  auto score = [&](const GazEntry& e) {
    double s = std::log10(1.0 + e.population);
    if (e.kind == GazEntry::Kind::country || e.kind == GazEntry::Kind::demonym) s += 8;
    if (e.kind == GazEntry::Kind::admin1) s += 1;
    if (e.national_capital()) s += 2;
    else if (e.feature == "PPLA"sv) s += 1;
    if (auto it = countries.find(e.country); it != countries.end()) s += 3 + std::min(it->second, 4);
    if (e.country == "US"sv) {
      if (auto it = states.find(e.admin1); it != states.end()) s += 6 + std::min(it->second, 4);
      else if (!states.empty() && e.kind == GazEntry::Kind::city) s -= 3;
      if (call_sign && e.local()) {
        auto side = call_sign_letter_.find(e.admin1);
        if (side != call_sign_letter_.end() && side->second != call_sign) s -= kOtherSide;
      }
    }
    return s;
  };
  auto choose = [&](Raw& r, auto&& extra) {
    double best = -1e9;
    for (auto ci : *r.cands) {
      if (tk.caseless && gaz_.at(ci).minor()) continue;
      double sc = score(gaz_.at(ci)) + extra(gaz_.at(ci));
      if (sc > best) {
        best = sc;
        r.m.entry = static_cast<int>(ci);
      }
    }
  };
  auto filed_from = [](const GazEntry& e) {
    return std::log10(1.0 + e.population) + (e.national_capital() ? 3.0 : e.feature == "PPLA"sv ? 1.0 : 0.0);
  };
  // The dateline's place first: a story is filed from a capital or a city of some size, so population and
  // rank count twice there, in both passes ("SAN SALVADOR, 29 MAY 89" beside "COATEPEC, MEXICO" is El
  // Salvador's capital, not a town of Hidalgo); its country, a city of some size's, then counts as one the
  // text names, for the others. (Not where the text names a U.S. state: there the states decide, as for
  // every other name.)
  const bool foreign_dateline = states.empty();
  // (in wire copy a capital's dateline is read so even where the text names a U.S. state later: "BOGOTA, 5 JUL
  // 89 (AFP) -- ... TRAVELLED TO MIAMI, FLORIDA" is filed from Bogotá, not from Bogota, New Jersey)
  auto filed_here = [&](const Raw& r) {
    return (foreign_dateline || (tk.caseless && r.state.empty())) && r.m.dateline && !r.m.in_person;
  };
  for (auto& r : raw)
    if (filed_here(r) && r.state.empty()) {
      choose(r, filed_from);
      if (r.m.entry < 0) continue;
      const GazEntry& e = gaz_.at(static_cast<std::uint32_t>(r.m.entry));
      if (e.population >= 50000 || e.national_capital() || e.feature == "PPLA"sv) countries[e.country] += 2;
    }
  for (auto& r : raw)
    if (r.state.empty()) {
      if (!filed_here(r)) choose(r, [](const GazEntry&) { return 0.0; });
    } else if (r.city >= 0) {
      r.m.entry = r.city;
    } else if (const GazEntry* reg = gaz_.region("US", r.state)) {
      r.m.entry = static_cast<int>(reg - &gaz_.at(0));
    }
  // Second pass: a name agrees with the other places of the document: the same country, the same
  // first-level region, nearby (Lexington next to Columbia is Lexington, South Carolina).
  // Each distinct name votes once (three mentions of "Santa Ana" must not outvote the rest), with its
  // first-pass reading, and a name does not vote for itself.
  struct Voter {
    const void* name;
    const GazEntry* e;
  };
  std::vector<Voter> voters;
  for (auto& o : raw) {
    if (o.m.entry < 0 || o.m.in_person) continue;
    const void* name = o.cands ? static_cast<const void*>(o.cands) : static_cast<const void*>(&o);
    if (std::any_of(voters.begin(), voters.end(), [&](const Voter& v) { return v.name == name; })) continue;
    voters.push_back({name, &gaz_.at(static_cast<std::uint32_t>(o.m.entry))});
  }
  // Where each distinct name could be, as towns and counties (its first 64 readings): what "near" compares.
  struct Points {
    const std::vector<std::uint32_t>* name;
    std::vector<std::pair<float, float>> lat_lon;  // as the gazetteer keeps them
  };
  std::vector<Points> points;
  for (auto& o : raw) {
    if (!o.cands || o.m.in_person || std::any_of(points.begin(), points.end(), [&](const Points& p) { return p.name == o.cands; })) continue;
    Points p{o.cands, {}};
    // a name read in a state the document names is there, not wherever else a town has its name ("Detroit"
    // beside "Michigan" is no Detroit, Oregon, next to Dallas, Oregon)
    if (o.m.entry >= 0) {
      const GazEntry& read = gaz_.at(static_cast<std::uint32_t>(o.m.entry));
      if (read.country == "US"sv && read.kind == GazEntry::Kind::city && states.count(read.admin1)) {
        p.lat_lon.emplace_back(read.lat, read.lon);
        points.push_back(std::move(p));
        continue;
      }
    }
    std::size_t seen = 0;
    for (auto oi : *o.cands) {
      if (++seen > 64) break;
      const GazEntry& other = gaz_.at(oi);
      if (other.local()) p.lat_lon.emplace_back(other.lat, other.lon);
    }
    points.push_back(std::move(p));
  }
  // The counties the document's names can be, with their states ("Essex County": New Jersey's, New York's,
  // ...), and the counties its towns can lie in: a town in a county the document names, or a county that
  // holds a town it names, is that reading ("Newark" beside "Essex County" is Newark, New Jersey). Kept by
  // the hash of state and county: the first name with that reading, and whether another has it too.
  auto county_key = [](std::string_view state, std::string_view county) {
    return FnvHash{}(state) * 0x9E3779B97F4A7C15ull ^ FnvHash{}(county);
  };
  auto county_of = [](const GazEntry& e) -> std::string_view {
    if (e.country != "US"sv) return {};
    if (e.kind == GazEntry::Kind::admin2) return e.name;
    return e.kind == GazEntry::Kind::city ? std::string_view(e.admin2_name) : std::string_view();
  };
  std::unordered_map<std::size_t, std::pair<const void*, bool>> county_readings;
  for (auto& o : raw) {
    if (!o.cands || o.m.in_person) continue;
    std::size_t seen = 0;
    for (auto oi : *o.cands) {
      if (++seen > 64) break;
      const GazEntry& e = gaz_.at(oi);
      std::string_view county = county_of(e);
      if (county.empty()) continue;
      auto [it, fresh] = county_readings.try_emplace(county_key(e.admin1, county), o.cands, false);
      if (!fresh && it->second.first != o.cands) it->second.second = true;
    }
  }
  auto county_agrees = [&](const std::vector<std::uint32_t>* name, const GazEntry& e) {
    std::string_view county = county_of(e);
    if (county.empty()) return false;
    auto it = county_readings.find(county_key(e.admin1, county));
    return it != county_readings.end() && (it->second.first != name || it->second.second);
  };
  // The reading depends only on the name, so a name said ten times is weighed once.
  std::vector<std::pair<const std::vector<std::uint32_t>*, int>> chosen;
  for (auto& r : raw) {
    if (!r.state.empty() || r.cands->size() < 2 || r.m.entry < 0) continue;
    if (auto done = std::find_if(chosen.begin(), chosen.end(), [&](const auto& c) { return c.first == r.cands; });
        done != chosen.end()) {
      r.m.entry = done->second;
      continue;
    }
    choose(r, [&](const GazEntry& e) {
      int c = 0, g = 0;
      for (auto& v : voters) {
        if (v.name == r.cands || v.e->country != e.country) continue;
        ++c;
        bool regional = v.e->kind != GazEntry::Kind::country && v.e->kind != GazEntry::Kind::demonym;
        if (e.kind != GazEntry::Kind::country && regional && v.e->admin1 == e.admin1) ++g;
      }
      // near any reading of another name (Peoria next to Bloomington: both in Illinois)
      double near = 0;
      const double coslat = std::cos(e.lat * 0.01745);
      for (auto& o : points) {
        if (near > 0) break;
        if (o.name == r.cands) continue;
        for (auto [lat, lon] : o.lat_lon) {
          double dlat = e.lat - lat;
          if (dlat >= 1.0 || dlat <= -1.0) continue;
          double dlon = (e.lon - lon) * coslat;
          if (dlat * dlat + dlon * dlon < 1.0) {  // within about 100 km
            near = 2;
            break;
          }
        }
      }
      return 2.0 * std::min(c, 3) + 2.0 * std::min(g, 3) + near + (county_agrees(r.cands, e) ? 4.0 : 0.0) +
             (filed_here(r) ? filed_from(e) : 0.0);
    });
    chosen.emplace_back(r.cands, r.m.entry);
  }
  // A story whose state is known twice over (its outlet's home, the URL's state section, its telephone
  // numbers, a dateline, a state named twice) tells of places in that state. A name with no state of its own
  // whose best reading is still a small town of a state the story never names ("Central City" in a New
  // Orleans station's story: Central City, Colorado), or a city of a country it never names ("Galvez" in a
  // Louisiana story: Gálvez, Argentina), is most likely a place the gazetteer lacks there (a neighbourhood,
  // a hamlet) or no place at all: it is left unresolved rather than put elsewhere. (gva-news held out,
  // tools/cv-gva.sh places: state 2756 -> 2773, city 2426 -> 2434; with the cut at 50,000 people or at
  // 1,000 the same or less, and counties read the same way fewer.)
  constexpr std::uint32_t kSmallTown = 20000;
  int surest = 0;
  for (auto& [st, n] : states) surest = std::max(surest, n);
  if (surest >= 2) {
    // (a town of a county the story names is where the story says, in whatever state: "shot in Prince
    // George's County ... while waiting for a bus in Temple Hills" in a Washington station's story)
    auto county_named = [&](const GazEntry& town) {
      return std::any_of(raw.begin(), raw.end(), [&](const Raw& o) {
        if (o.m.entry < 0 || o.m.in_person) return false;
        const GazEntry& c = gaz_.at(static_cast<std::uint32_t>(o.m.entry));
        return c.kind == GazEntry::Kind::admin2 && c.country == town.country && c.admin1 == town.admin1 &&
               c.admin2_name == town.admin2_name;
      });
    };
    for (auto& r : raw) {
      if (!r.state.empty() || r.m.entry < 0 || r.m.in_person || r.m.dateline) continue;
      const GazEntry& e = gaz_.at(static_cast<std::uint32_t>(r.m.entry));
      if (e.kind != GazEntry::Kind::city) continue;
      bool elsewhere = e.country == "US"sv ? e.population < kSmallTown && !states.count(e.admin1) && !county_named(e)
                                           : !countries.count(e.country);
      if (elsewhere) r.m.stray = r.m.entry, r.m.entry = -1;
    }
  }
  // The same for a story filed from abroad whose country is sure (in wire copy, a capital's or a large city's
  // dateline is enough; elsewhere it takes two votes, a dateline's and a name or a demonym, or two of those: a
  // web page's "MARGATE —" is no sure England): a town of a country it never names, no capital and no large
  // city, is most likely a neighbourhood, a street or a hamlet of its own country that the gazetteer lacks
  // ("SAN MIGUELITO", a part of San Salvador, is no Panamanian city; "SAN DIEGO" in a Santiago story a street,
  // not a town of Costa Rica).
  int surest_country = 0;
  for (auto& [c, n] : countries) surest_country = std::max(surest_country, n);
  if (foreign_dateline && surest_country >= (tk.caseless ? 2 : 4)) {
    for (auto& r : raw) {
      if (r.m.entry < 0 || r.m.in_person || r.m.dateline) continue;
      const GazEntry& e = gaz_.at(static_cast<std::uint32_t>(r.m.entry));
      if (e.kind == GazEntry::Kind::city && !countries.count(e.country) && !e.national_capital() && !e.large_city())
        r.m.stray = r.m.entry, r.m.entry = -1;
    }
  }
  std::vector<PlaceMention> out;
  out.reserve(raw.size());
  for (auto& r : raw) out.push_back(r.m);
  // "Tennessee Colony, Texas", "HANOVER, Va.", "Antioch, Tenn.": capitalised words, a comma and a U.S.
  // state make a place in that state, even one the gazetteer lacks or placed elsewhere.
  for (std::size_t k = 0; k < out.size(); ++k) {
    const PlaceMention& st = out[k];
    if (!st.us_state || st.entry < 0 || st.first < 2 || t[st.first - 1].text(text) != ","sv) continue;
    std::uint32_t end = st.first - 1, begin = end;  // t[end] is the comma
    while (begin > 0 && end - begin < 3) {
      const Token& w = t[begin - 1];
      if (w.kind != Token::word || !(w.cap || w.upper)) break;
      if (begin == end ? t[end].start != w.end : t[begin].start != w.end + 1) break;  // "Name," / "Two Words"
      if (tk.lower[begin - 1] == "near"sv || tk.lower[begin - 1] == "outside"sv) break;  // "NEAR DALLAS, Ore."
      --begin;
    }
    if (begin == end) continue;
    const GazEntry& region = gaz_.at(static_cast<std::uint32_t>(st.entry));
    // a place of that state the gazetteer knows over those words, or over the last of them, is the place,
    // whatever capitalised words come before it ("FOR IMMEDIATE RELEASE PITTSBURGH, PA")
    if (std::any_of(out.begin(), out.end(), [&](const PlaceMention& m) {
          if (m.last != end || m.first < begin || m.entry < 0) return false;
          const GazEntry& e = gaz_.at(static_cast<std::uint32_t>(m.entry));
          return e.country == "US"sv && e.admin1 == region.admin1;
        }))
      continue;
    // a mention of another place over those words becomes the state's
    auto it = std::find_if(out.begin(), out.end(), [&](const PlaceMention& m) { return m.first == begin && m.last == end; });
    if (it != out.end()) {
      it->entry = st.entry;
      it->within = true;
      continue;
    }
    // Mentions inside the name give way to it ("Tennessee" in "Tennessee Colony, Texas"); one that only
    // overlaps it leaves it alone.
    if (std::any_of(out.begin(), out.end(), [&](const PlaceMention& m) {
          return m.first < end && begin < m.last && (m.first < begin || m.last > end);
        }))
      continue;
    std::size_t before = out.size();
    out.erase(std::remove_if(out.begin(), out.end(), [&](const PlaceMention& m) { return m.first >= begin && m.last <= end; }),
              out.end());
    k -= before - out.size();
    PlaceMention m;
    m.first = begin;
    m.last = end;
    m.start = t[begin].start;
    m.end = t[end - 1].end;
    m.entry = st.entry;
    m.within = true;
    m.dateline = m.start >= dateline_start && m.end <= dateline_end;
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(k), m);
    ++k;
  }
  // "SAN FRANCISCO JAVIER, USULUTAN DEPARTMENT": a town right before a comma and a first-level region of
  // another country than the United States lies in that region. A reading of it in a third country (a San
  // Francisco Javier of Durango, Mexico: the gazetteer lacks El Salvador's) gives way to the region, under
  // the town's own name. Only a town or county reading is moved, so that a list of regions or countries
  // ("IN SAN MIGUEL, USULUTAN, AND MORAZAN") stays as it is, and only a reading of another country than the
  // region's, so that one of the same country stays a place of its own. (Not the U.S. states' rule above,
  // which makes a place of any capitalised words before the comma: in wire copy written in capitals that
  // would be any words at all.)
  for (const PlaceMention& st : out) {
    if (st.entry < 0 || st.us_state || st.first < 2 || t[st.first - 1].text(text) != ","sv) continue;
    const GazEntry& region = gaz_.at(static_cast<std::uint32_t>(st.entry));
    if (region.kind != GazEntry::Kind::admin1 || region.country == "US"sv) continue;
    for (PlaceMention& m : out) {
      if (m.last != st.first - 1 || m.entry < 0 || m.within || m.dateline) continue;
      const GazEntry& e = gaz_.at(static_cast<std::uint32_t>(m.entry));
      if (e.country == region.country || (e.kind != GazEntry::Kind::city && e.kind != GazEntry::Kind::admin2)) continue;
      m.entry = st.entry;
      m.within = true;
    }
  }
  return out;
}

PlaceContext PlaceFinder::regions_named(const std::vector<PlaceMention>& found) const {
  PlaceContext out;
  for (auto& p : found) {
    if (p.entry < 0 || p.in_person) continue;
    const GazEntry& e = gaz_.at(static_cast<std::uint32_t>(p.entry));
    if (p.us_state && e.country == "US"sv && e.kind == GazEntry::Kind::admin1) out.states.push_back(e.admin1);
    else if (e.kind == GazEntry::Kind::country || e.kind == GazEntry::Kind::demonym) out.countries.push_back(e.country);
  }
  return out;
}

}  // namespace incidex
