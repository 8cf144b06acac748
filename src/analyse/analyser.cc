#include "analyse/analyser.h"

#include <algorithm>
#include <unordered_set>

#include "core/data_dir.h"
#include "core/dates.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

Analyser::Analyser() : titles_(data_words_for("person_titles.tsv", "before_name")) {
  for (auto& row : read_data_rows("speech_verbs.txt")) speech_.insert(row[0]);
  for (auto& row : read_data_rows("first_names.txt")) first_names_.insert(row[0]);
}

Analysis Analyser::analyse(const Document& doc) const {
  Analysis a;
  a.tokens = tokenizer_.tokenize(doc.text);
  a.dateline_start = doc.dateline_start;
  a.dateline_end = doc.dateline_end;
  a.numbers = numbers_.find(a.tokens, doc.text);
  a.times = times_.find(a.tokens, doc.text, doc.published);
  a.names = names_.find(a.tokens, doc.text, &a.word_classes);
  const auto& t = a.tokens.tokens;
  const auto& low = a.tokens.lower;
  auto gazetteer_place = [&](std::uint32_t b, std::uint32_t e) {  // tokens [b, e) name a place the gazetteer knows
    return places_.gazetteer().lookup(fold_key(doc.text.substr(t[b].start, t[e - 1].end - t[b].start))) != nullptr;
  };
  // The dateline names a place, and the outlet in brackets right after it ("DEARBORN HEIGHTS, Mich.
  // (WXYZ) -") is no one either, whatever the tagger made of them.
  if (a.dateline_end > a.dateline_start)
    for (auto& n : a.names) {
      if (n.type != "per"sv) continue;
      if (t[n.first].start >= a.dateline_start && t[n.last - 1].end <= a.dateline_end)
        n.type = gazetteer_place(n.first, n.last) ? "geo" : "org";
      else if (n.first > 0 && low[n.first - 1] == "("sv && t[n.first - 1].start >= a.dateline_end &&
               t[n.first - 1].start <= a.dateline_end + 2)
        n.type = "org";
    }
  // A name the tagger took for a place or an organisation that opens with a common first name or is given
  // an age after a comma, and goes on with one or two name words, none a place's follower ("Brandon
  // Crawford", "Dominique King", "Demontris Toliver, a 25-year-old tattoo artist"; not "Dallas Police",
  // "Jackson County", "Charlotte Observer"), is a person's. After a first name, a word prose mostly writes
  // in lower case is a surname too ("Patrice Price"; not "Kahleal Black", whose first name the list lacks).
  auto aged = [&](std::uint32_t e) {
    std::uint32_t k = e;
    if (k < t.size() && name_suffix(low[k])) ++k;
    if (k + 2 >= t.size() || low[k] != ","sv) return false;
    if (t[k + 1].kind == Token::number) return low[k + 2] == ","sv;  // "Demontris Toliver, 25,"
    if (is_age_word(low[k + 1])) return true;                         // ", 25-year-old"
    return (low[k + 1] == "a"sv || low[k + 1] == "an"sv) && is_age_word(low[k + 2]);  // ", a 25-year-old"
  };
  // (`known`: the words are known to name someone, whatever their first word and age)
  auto person_like = [&](std::uint32_t b, std::uint32_t e, bool known = false) {
    const bool first_name = first_names_.count(low[b]) > 0;
    if (!first_name && !known && !aged(e)) return false;
    if (place_prefix_word(low[b])) return false;  // "South Dallas, 12"
    for (std::uint32_t k = b; k < e; ++k) {
      if (!names_.name_word(a.tokens, k, first_name && k > b) || titles_.count(low[k]) || (k > b && t[k].start != t[k - 1].end + 1))
        return false;
      if (k == b) continue;
      // (each part of a hyphened word: "Atlanta Journal-Constitution")
      std::string_view w = low[k];
      if (w.ends_with("'s")) w.remove_suffix(2);
      for (std::size_t from = 0; from <= w.size();) {
        std::size_t to = std::min(w.find('-', from), w.size());
        if (!places_.follower_use(w.substr(from, to - from)).empty()) return false;
        from = to + 1;
      }
    }
    return !gazetteer_place(b, e);  // "Lake Stevens", "Stone Mountain"
  };
  if (!a.tokens.caseless) {
    std::vector<NameSpan> parts;  // people the tagger joined to a name before them with "and"
    for (auto& n : a.names) {
      if (n.type == "per"sv || !n.canonical.empty()) continue;
      // "Yasha Ross of Coraopolis", "Federal Way and Lorenzo Duncan of Des Moines": a person's name (after
      // "and" or not) with "of" and the town they are from, read as one organisation's name, is the
      // person's name and the town's.
      std::uint32_t of = n.first + 2;  // (the first "of", two words in at least)
      while (of + 1 < n.last && low[of] != "of"sv) ++of;
      if (of + 1 < n.last && t[of + 1].cap && gazetteer_place(of + 1, n.last)) {
        const bool alone = of - n.first <= 3 && person_like(n.first, of, true);
        bool after_and = false;  // (the person's name after "and": 2 or 3 words)
        for (std::uint32_t words = 2; words <= 3 && !alone && !after_and; ++words)
          after_and = of > n.first + words + 1 && low[of - words - 1] == "and"sv && person_like(of - words, of, true);
        if (alone || after_and) {
          parts.push_back({of + 1, n.last, "geo", "", ""});
          n.last = of;
          if (alone) n.type = "per";
        }
      }
      if (n.last - n.first >= 2 && n.last - n.first <= 3 && person_like(n.first, n.last)) {
        n.type = "per";
        continue;
      }
      // "Parish Jordan and Leroy Monsalvatge", "Federal Way and Lorenzo Duncan", "Edwin and Edward Bryant": a
      // person's name after "and" is one, and what comes before it is another name (a person's where it
      // reads as one: a first name alone, or a first name and one or two name words)
      for (std::uint32_t k = n.first + 1; k + 2 < n.last; ++k) {
        if (low[k] != "and"sv) continue;
        if (n.last - (k + 1) < 2 || n.last - (k + 1) > 3 || !person_like(k + 1, n.last)) break;
        NameSpan after = n;
        after.first = k + 1;
        after.type = "per";
        parts.push_back(after);
        n.last = k;
        if ((k - n.first == 1 && first_names_.count(low[n.first]) && names_.name_word(a.tokens, n.first)) ||
            (k - n.first >= 2 && k - n.first <= 3 && person_like(n.first, k)))
          n.type = "per";
        break;
      }
    }
    if (!parts.empty()) {
      a.names.insert(a.names.end(), parts.begin(), parts.end());
      std::stable_sort(a.names.begin(), a.names.end(), [](const NameSpan& x, const NameSpan& y) { return x.first < y.first; });
    }
  }
  // A place inside a person's name is probably part of the name ("Prince Harper", "Norman Wilson"): kept,
  // and marked, and it does not sway the reading of the others ("Elgin Anders" must not pull Louisville
  // into Illinois). Not the dateline's, which a name can only run into ("Herbert Lee Briscoe\n\nHOUSTON -"),
  // nor one right before a police or city body's word, which the tagger sometimes reads as a person's name
  // too ("Houston police", "Louisville Metro police").
  // A title inside the tagger's span ends what went before it: "Lucas County Juvenile Prosecutor Lori
  // Olander" names Lucas County and Lori Olander. A county or parish is never a person's.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> persons;
  for (auto& n : a.names) {
    if (n.type != "per"sv) continue;
    std::uint32_t first = n.first;
    for (std::uint32_t k = n.first; k + 1 < n.last; ++k)
      if (titles_.count(a.tokens.lower[k])) first = k + 1;
    persons.emplace_back(first, n.last);
  }
  // So is a place inside an armed group's or security body's name (data/groups.tsv): the "marti" of
  // "farabundo marti national liberation front" is no Marti in Cuba, and the "medellin" of "medellin
  // cartel" places no incident.
  for (auto& n : a.names)
    if (!n.canonical.empty()) persons.emplace_back(n.first, n.last);
  // The regions the headline names are the story's too ("... - Memphis, Tennessee" over a body that names
  // only "Memphis").
  PlaceContext headline;
  if (!doc.title.empty() && doc.title != doc.text) {
    Tokens tt = tokenizer_.tokenize(doc.title);
    headline = places_.regions_named(places_.find(tt, doc.title, 0, 0));
  }
  a.places = places_.find(a.tokens, doc.text, a.dateline_start, a.dateline_end, doc.url, persons, &headline);
  // A place wholly inside a time expression is a month's or a day's name ("Posted Jun. 15, 2015": not Jun,
  // Spain); one that runs past it keeps its words ("Friday Harbor").
  std::erase_if(a.places, [&](const PlaceMention& p) {
    return std::any_of(a.times.begin(), a.times.end(), [&](const TimeExpr& t) { return t.first <= p.first && p.last <= t.last; });
  });
  // A town the gazetteer lacks, named before a comma and a state, is no town when a title is among its words
  // ("Saginaw County Sheriff Bill Federspiel, Michigan State Police ..."): a person's name and title.
  for (auto& p : a.places)
    if (p.within && !p.dateline)
      for (std::uint32_t k = p.first; k < p.last && !p.in_person; ++k) p.in_person = titles_.count(a.tokens.lower[k]) > 0;
  // A one-word place that is a person's name the tagger missed: a first name before an initial ("Norman R.
  // Burke"), a name after a title ("Sgt. Wayne Jefferson"), a name that speaks ("Moore said") or is given
  // an age ("Gordon, 25,"). (A word of a full name the tagger found elsewhere is not enough on its own: its
  // person spans too often swallow a city, "Selma Police Chief"; it takes a possessive, or a common first
  // name opening the full name, below.)
  // the words of the full person names the tagger found ("Alexis Malone" ... "Malone's friend")
  std::unordered_set<std::string_view> name_words;
  for (auto& n : a.names)
    if (n.type == "per"sv && n.last - n.first >= 2)
      for (std::uint32_t k = n.first; k < n.last; ++k) name_words.insert(low[k]);
  // ... and the first words of those names, past a title ("Sgt."), that are no place of their own
  std::unordered_set<std::string_view> given_names;
  for (auto& [first, last] : persons)
    if (last - first >= 2 && std::none_of(a.places.begin(), a.places.end(), [&](const PlaceMention& o) {
          return o.first == first && !o.in_person;
        }))
      given_names.insert(low[first]);
  const Truecaser& truecaser = Truecaser::shared();
  for (auto& p : a.places) {
    if (p.in_person || p.dateline || p.us_state || p.within || p.last - p.first != 1 || a.tokens.caseless) continue;
    std::uint32_t i = p.first;
    bool initial_after = i + 1 < t.size() && t[i + 1].cap && t[i + 1].end - t[i + 1].start == 2 &&
                         doc.text[t[i + 1].end - 1] == '.';  // "R."
    bool title_before = i > 0 && titles_.count(low[i - 1]) && i + 1 < t.size() && t[i + 1].cap &&
                        t[i + 1].kind == Token::word && t[i + 1].start == t[i].end + 1;
    // "Moore said", "Gordon, 25, was shot": a lone surname that speaks or has an age
    bool after_preposition = i > 0 && (low[i - 1] == "in"sv || low[i - 1] == "of"sv || low[i - 1] == "at"sv ||
                                       low[i - 1] == "from"sv || low[i - 1] == "near"sv);  // "police in Houston said"
    bool speaks = i + 1 < t.size() && speech_.count(low[i + 1]) && !after_preposition;
    bool aged = i + 3 < t.size() && doc.text.compare(t[i + 1].start, 1, ",") == 0 && t[i + 2].kind == Token::number &&
                doc.text.compare(t[i + 3].start, 1, ",") == 0;
    // "Kimberly Dale", "Joseph Jesse Aldridge": a small town's name right before a capitalised word that
    // data/place_followers.tsv does not list is a first name (a sizeable city before one is more often a
    // team's or a company's name, which is still that city's)
    bool small = false;
    if (const int reading = p.entry >= 0 ? p.entry : p.stray; reading >= 0) {  // (a reading left out counts too)
      const GazEntry& e = places_.gazetteer().at(static_cast<std::uint32_t>(reading));
      small = e.kind == GazEntry::Kind::city && e.population < 100000;
    }
    bool first_name = small && !t[i].upper && i + 1 < t.size() && t[i + 1].kind == Token::word && t[i + 1].cap &&
                      !t[i + 1].upper && t[i + 1].start == t[i].end + 1 && places_.follower_use(low[i + 1]).empty() &&
                      !calendar_word(low[i + 1]);
    // "Sgt. Kendale Adams", "Eric D. Lawrence": a small town's name right after a capitalised word that is no
    // sentence's first word, no direction ("West Pullman"), no day or month ("Sunday Carbondale shooting")
    // and no other place is a surname
    bool surname = false;
    if (small && !t[i].upper && i > 0 && t[i - 1].kind == Token::word && t[i - 1].cap && !t[i - 1].upper &&
        t[i].start == t[i - 1].end + 1 && !place_prefix_word(low[i - 1]) && !calendar_word(low[i - 1])) {
      std::string_view prev = low[i - 1];
      bool possessive = ends_possessive(prev);
      bool initial = is_initial(prev);
      bool placed = std::any_of(a.places.begin(), a.places.end(), [&](const PlaceMention& o) {
        return o.first <= i - 1 && i - 1 < o.last && !o.in_person;  // "Kimberly Dale": both names
      });
      surname = !possessive && !placed && (initial || !truecaser.usually_lower(prev));
    }
    // "Malone's friend" where the text names "Alexis Malone"
    bool possessive = ends_possessive(low[i]);
    std::string_view word = without_possessive_s(low[i]);
    bool owner = small && possessive && name_words.count(word);
    // "Gregory said Joshua was starting ..." where the text names "Joshua Cooper": a small town's name that is
    // a common first name and opens a full name the tagger found elsewhere, past its titles
    bool given = small && !possessive && first_names_.count(low[i]) && given_names.count(low[i]);
    if (initial_after || title_before || speaks || aged || first_name || surname || owner || given) p.in_person = true;
  }
  // In caseless wire copy a place name after a title or first names is a surname ("COL RENE
  // EMILIO PONCE", "PRESIDENT DUARTE", "JOSE NAPOLEON DUARTE": not Ponce, Puerto Rico, nor Duarte,
  // California), and so is the same word wherever else the text writes it ("ACCORDING TO PONCE",
  // "DUARTE'S GOVERNMENT"). A small town's lone name after an article or a number is a common noun there
  // ("A BAKER WHO WAS PASSING BY", "THE GOVERNMENT OF THE REPUBLIC").
  if (a.tokens.caseless) {
    auto bare = [&](std::uint32_t k) { return without_possessive_s(low[k]); };
    std::unordered_set<std::string_view> surnames;
    for (auto& p : a.places) {
      if (p.in_person && !p.dateline && p.last - p.first == 1 &&
          std::any_of(persons.begin(), persons.end(), [&](const auto& pr) { return pr.second == p.last && pr.first + 1 < pr.second; }))
        surnames.insert(bare(p.first));  // the last word of a person's name the tagger found
      if (p.in_person || p.dateline || p.us_state || p.last - p.first > 2) continue;
      // back over up to three words that may be names (no word prose writes in lower case, no place): a
      // title before them, or a first name among them, makes it a person's name
      std::uint32_t j = p.first;
      bool given = false;
      while (j > 0 && p.first - j < 3 && t[j - 1].kind == Token::word && !titles_.count(low[j - 1]) &&
             !truecaser.usually_lower(low[j - 1]) &&
             std::none_of(a.places.begin(), a.places.end(), [&](const PlaceMention& o) { return o.first < j && j - 1 < o.last; })) {
        given |= first_names_.count(low[j - 1]) > 0;
        --j;
      }
      if (given || (j > 0 && titles_.count(low[j - 1]))) {
        p.in_person = true;
        if (p.last - p.first == 1) surnames.insert(bare(p.first));
      }
    }
    for (auto& p : a.places) {
      if (p.in_person || p.dateline || p.us_state || p.last - p.first != 1) continue;
      const std::string_view before = p.first > 0 ? std::string_view(low[p.first - 1]) : std::string_view();
      const GazEntry* town = p.entry >= 0 ? &places_.gazetteer().at(static_cast<std::uint32_t>(p.entry)) : nullptr;
      const bool common = (before == "a"sv || before == "an"sv || before == "the"sv ||
                           (p.first > 0 && t[p.first - 1].kind == Token::number)) &&
                          town && town->kind == GazEntry::Kind::city && town->population < 100000;  // not "a cincinnati nightclub"
      if (common || surnames.count(bare(p.first))) p.in_person = true;
    }
  }
  // Time expressions inside the dateline are the publication date, not the incident's.
  std::erase_if(a.times, [&](const TimeExpr& t) {
    const Token& first = a.tokens.tokens[t.first];
    return first.start >= a.dateline_start && first.end <= a.dateline_end;
  });
  return a;
}

}  // namespace incidex
