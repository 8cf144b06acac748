#include "eval/runners.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "analyse/gazetteer.h"
#include "core/dates.h"
#include "core/geo.h"
#include "core/hash.h"
#include "eval/ceaf_ree.h"
#include "eval/coref.h"
#include "eval/shingles.h"
#include "extract/roles.h"
#include "pipeline/pipeline.h"
#include "read/stream.h"
#include "store/store.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace incidex {

namespace {

std::string read_all(const std::string& path) {
  ByteStream s(path);
  if (!s.ok()) throw std::runtime_error("cannot read " + path + ": " + s.error());
  std::string out;
  s.read(out, SIZE_MAX);
  return out;
}

std::vector<json> read_jsonl(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<json> out;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(json::parse(line));
  return out;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

// A predicted victim names a gold one (both lower case): it holds the gold name, or the two agree on the
// first and the last word, suffixes aside ("Dorothy Reardean" for "Dorothy Leighann Reardean",
// "Marlin Banks" for "Marlin Banks Jr"). Apostrophes do not count: articles and the gold spell one name
// with ' , ’ or none ("De’Shaun" for "DeShaun"); nor do hyphens ("Rose-Robinson" for "Rose Robinson").
// The article and the gold also spell one name a letter apart, or give it surname first: one of the
// first and last words the same and the other, of four letters or more, one letter added, dropped,
// changed or two swapped ("Cynthia Mooris" for "Cynthia Morris", "Christopher Kelley" for "Christoper
// Kelley"), or the two words the other way round ("Graham Shadale" for "Shadale Graham"). A title before
// either is no part of the name ("Brent Thompson" for "Officer Brent Alan Thompson"). A short first name names
// the long one it begins, with the same last word ("Zach Thompson" for "Zachary David Thompson", "Sam Kenser"
// for "Samuel Mark Kenser"); a surname written in one word or two is one ("De Guzman", "DeGuzman"); and a
// gold name that gives another name in brackets ("Patricio (Patrick) E. Zamarripa") is read with either.
namespace {
bool names_victim_as(const std::string& predicted_name, const std::string& gold_name);
}  // namespace

bool names_victim(const std::string& predicted_name, const std::string& gold_name) {
  if (names_victim_as(predicted_name, gold_name)) return true;
  const std::size_t open = gold_name.find(" ("), close = gold_name.find(')', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return false;
  // the word before the brackets, or the name in them in its place
  const std::size_t word = open == 0 ? std::string::npos : gold_name.rfind(' ', open - 1);
  const std::size_t from = word == std::string::npos ? 0 : word + 1;
  const std::string inside = gold_name.substr(open + 2, close - open - 2), after = gold_name.substr(close + 1);
  return names_victim_as(predicted_name, gold_name.substr(0, open) + after) ||
         names_victim_as(predicted_name, gold_name.substr(0, from) + inside + after);
}

namespace {
bool names_victim_as(const std::string& predicted_name, const std::string& gold_name) {
  auto unquoted = [](const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\'' || s[i] == '`') continue;
      if (s.compare(i, 3, "\u2019") == 0 || s.compare(i, 3, "\u2018") == 0) {
        i += 2;
        continue;
      }
      out += s[i];
    }
    return out;
  };
  const std::string predicted = unquoted(predicted_name), gold = unquoted(gold_name);
  if (predicted.find(gold) != std::string::npos) return true;
  auto words = [](const std::string& s) {
    std::vector<std::string> out;
    std::string w;
    for (char c : s + " ") {
      if (c == ' ' || c == ',' || c == '-') {
        while (!w.empty() && w.back() == '.') w.pop_back();
        if (!w.empty() && !name_suffix(w)) out.push_back(w);
        w.clear();
      } else {
        w += c;
      }
    }
    return out;
  };
  // one letter added, dropped or changed, or two neighbours swapped, in a word of four letters or more
  auto letter_apart = [](const std::string& a, const std::string& b) {
    if (a.size() < 4 || b.size() < 4) return false;
    const std::string& s = a.size() <= b.size() ? a : b;
    const std::string& l = a.size() <= b.size() ? b : a;
    if (l.size() - s.size() > 1) return false;
    std::size_t i = 0;
    while (i < s.size() && s[i] == l[i]) ++i;
    if (i == s.size()) return true;  // the same, or one letter added at the end
    if (s.size() < l.size()) return s.compare(i, std::string::npos, l, i + 1, std::string::npos) == 0;
    if (s.compare(i + 1, std::string::npos, l, i + 1, std::string::npos) == 0) return true;  // changed
    return i + 1 < s.size() && s[i] == l[i + 1] && s[i + 1] == l[i] &&
           s.compare(i + 2, std::string::npos, l, i + 2, std::string::npos) == 0;  // swapped
  };
  // a title before the name is no part of it ("officer michael leslie krol", "tsa officer ...", "sgt.")
  auto untitled = [](std::vector<std::string> w) {
    static const std::set<std::string> titles = {"officer", "sgt", "sergeant", "deputy", "trooper", "detective", "det",
                                                 "lt", "lieutenant", "capt", "captain", "cpl", "corporal", "agent",
                                                 "tsa", "chief", "dr", "mr", "mrs", "ms"};
    std::size_t k = 0;
    while (k + 1 < w.size() && titles.count(w[k])) ++k;  // the name itself stays
    w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k));
    return w;
  };
  auto p = untitled(words(predicted)), g = untitled(words(gold));
  if (p.size() < 2 || g.size() < 2) return false;
  const std::string &pf = p.front(), &pl = p.back(), &gf = g.front(), &gl = g.back();
  if (pf == gf && pl == gl) return true;
  if (pf == gl && pl == gf) return true;
  if ((pf == gf && letter_apart(pl, gl)) || (pl == gl && letter_apart(pf, gf))) return true;
  // a short first name for the long one it begins, of three letters or more
  const std::string& short_first = pf.size() <= gf.size() ? pf : gf;
  const std::string& long_first = pf.size() <= gf.size() ? gf : pf;
  if (pl == gl && short_first.size() >= 3 && long_first.starts_with(short_first)) return true;
  // the surname in one word or two
  auto rest = [](const std::vector<std::string>& w) {
    std::string out;
    for (std::size_t k = 1; k < w.size(); ++k) out += w[k];
    return out;
  };
  return pf == gf && (p.size() == 2 || g.size() == 2) && p.size() != g.size() && rest(p) == rest(g);
}
}  // namespace

namespace {

// The Gun Violence Archive's city_or_county: "Chicago", "Iredell County", "Chicago (Englewood)" (a city and
// the part of it), "Searcy (county)" (the county). The city part, lower case, and whether a county is meant.
std::pair<std::string, bool> gold_city(const std::string& gold) {
  std::string g = lower(gold);
  bool county = false;
  if (auto open = g.find(" ("); open != std::string::npos) {
    county = g.compare(open, std::string::npos, " (county)") == 0;
    g.resize(open);
  }
  return {g, county};
}

// One spelling of a place name: "Saint Louis" = "St. Louis", "Winston Salem" = "Winston-Salem",
// "Mc Kees Rocks" = "McKees Rocks".
std::string place_spelling(const std::string& name) {
  std::string s = lower(name), out;
  if (s.starts_with("saint ")) s = "st " + s.substr(6);
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

}  // namespace

// The place matches the city, or the part of it in brackets ("Dayton (Kettering)": the incident was in
// Kettering, which the archive files under Dayton).
bool gold_city_matches(const std::string& gold, const Place& p) {
  auto [city, county] = gold_city(gold);
  if (city.empty()) return false;
  bool admin2 = p.precision == "admin2" && !p.admin2.empty();
  if (county) return admin2 && lower(p.admin2).starts_with(city + " ");
  std::string want = place_spelling(city);
  if (place_spelling(p.name) == want || (admin2 && place_spelling(p.admin2) == want)) return true;
  auto open = gold.find(" ("), close = gold.rfind(')');
  return open != std::string::npos && close != std::string::npos && close > open + 2 &&
         place_spelling(gold.substr(open + 2, close - open - 2)) == place_spelling(p.name);
}

namespace {

// The place is in the gold incident's U.S. state; and, for the city, also the gold's city or county (a right
// name in another state is no right city: Lexington, Missouri, for Lexington, South Carolina).
bool gold_state_matches(const json& g, const Place& p) {
  return p.country == "US" && lower(p.admin1) == lower(g.value("state", ""));
}
bool gold_city_in_state(const json& g, const Place& p) {
  return gold_state_matches(g, p) && gold_city_matches(g.value("city_or_county", ""), p);
}

// The dead as the Gun Violence Archive counts them: a suspect who died is among the killed, so an attacker
// counted apart ("killed two, then himself") is added back; -1 when no count is known.
int gva_killed(const Mention& m) {
  if (!m.killed.value) return -1;
  return *m.killed.value + m.attackers_killed.value.value_or(0);
}

std::string pct(std::uint64_t a, std::uint64_t b) { return b ? fmt::format("{:5.1f}", 100.0 * a / b) : "    -"; }

void print_coref(std::ostream& out, const eval::CorefScores& s) {
  out << fmt::format("  {:<8} {:>6} {:>6} {:>6}\n", "metric", "P", "R", "F1");
  auto row = [&](const char* n, const eval::PRF& p) {
    out << fmt::format("  {:<8} {:6.1f} {:6.1f} {:6.1f}\n", n, 100 * p.p, 100 * p.r, 100 * p.f);
  };
  row("MUC", s.muc);
  row("B3", s.b3);
  row("CEAF-e", s.ceafe);
  out << fmt::format("  {:<8} {:>6} {:>6} {:6.1f}\n", "CoNLL", "", "", 100 * s.conll);
}

// Gold incidents fall in two halves by a hash of their id, for held-out figures: train the pair model on
// one half, score the clustering on the other.
bool in_half(const std::string& incident, const std::string& half) {
  if (half.empty()) return true;
  return (FnvHash{}(incident) % 2 == 0) == (half == "even");
}

// The articles ingested into a database: a temporary file removed afterwards unless `path` is given.
struct EvalDb {
  std::string path;
  bool temp;
  explicit EvalDb(std::string p) : path(std::move(p)), temp(path.empty()) {
    if (temp) {
      path = (fs::temp_directory_path() / fmt::format("incidex-eval-{}.db", getpid())).string();
      remove();
    } else if (fs::exists(path)) {
      throw std::runtime_error(path + " exists: the evaluation ingests into a new database (remove it or pick another path)");
    }
  }
  ~EvalDb() {
    if (temp) remove();
  }
  void remove() {
    for (auto ext : {"", "-wal", "-shm"}) fs::remove(path + ext);
  }
};

std::string gold_id(const json& g) { return g["incident"].is_string() ? g["incident"].get<std::string>() : g["incident"].dump(); }

// Names against a gold incident's participants of one role: recall over those whose name is written in one
// of the texts, found among ours; precision over ours, each right when it names any of them (spelt otherwise
// too). For one article or for a merged incident.
struct NameTally {
  std::uint64_t in_text = 0, found = 0, predicted = 0, correct = 0;

  void add(const std::set<std::string>& ours, const json& gi, const char* role, const std::vector<const std::string*>& texts) {
    predicted += ours.size();
    std::set<std::string> gold_names;
    for (auto& part : gi.value("participants", json::array())) {
      if (part.value("role", "") != role || !part.contains("name") || !part["name"].is_string()) continue;
      const std::string name = part["name"].get<std::string>();
      if (name.empty()) continue;
      gold_names.insert(lower(name));
      if (std::none_of(texts.begin(), texts.end(), [&](const std::string* t) { return t->find(name) != std::string::npos; }))
        continue;
      ++in_text;
      found += std::any_of(ours.begin(), ours.end(), [&](const std::string& x) { return names_victim(x, lower(name)); });
    }
    for (auto& x : ours)
      correct += std::any_of(gold_names.begin(), gold_names.end(), [&](const std::string& g) { return names_victim(x, g); });
  }
};

// The victims by name, and of ours naming a gold victim the archive calls killed or injured, those whose
// status says the same (killed, wounded); the perpetrators by name against the archive's suspects (which
// lists some of the suspects an article names, not all: a low bound of the precision).
struct PeopleTally {
  NameTally victims, suspects;
  std::uint64_t status_of = 0, status_right = 0;

  void add(const Mention* m, const json& gi, const std::vector<const std::string*>& texts) {
    std::set<std::string> named_victims, named_perpetrators;
    if (m) {
      for (auto& v : m->victims) named_victims.insert(lower(v.text));
      for (auto& p : m->perpetrators)
        if (!p.name.empty()) named_perpetrators.insert(lower(p.name));
    }
    victims.add(named_victims, gi, "Victim", texts);
    suspects.add(named_perpetrators, gi, "Subject-Suspect", texts);
    if (!m) return;
    std::map<std::string, std::string> gold_status;  // lower-case name -> killed / wounded
    for (auto& part : gi.value("participants", json::array())) {
      if (part.value("role", "") != "Victim" || !part.contains("name") || !part["name"].is_string()) continue;
      const std::string status = part.contains("status") && part["status"].is_string() ? part["status"].get<std::string>() : "";
      const std::string name = lower(part["name"].get<std::string>());
      if (name.empty()) continue;
      if (status.find("Killed") != std::string::npos) gold_status[name] = "killed";
      else if (status.find("Injured") != std::string::npos) gold_status[name] = "wounded";
    }
    for (auto& v : m->victims)
      for (auto& [gname, status] : gold_status)
        if (names_victim(lower(v.text), gname)) {
          ++status_of;
          status_right += v.status == status;
          break;
        }
  }
  template <class Row>
  void rows(Row& row) const {
    row("victims rec.", victims.found, victims.in_text);
    row("victims prec.", victims.correct, victims.predicted);
    row("victim status", status_right, status_of);
    row("suspects rec.", suspects.found, suspects.in_text);
    row("suspects prec.", suspects.correct, suspects.predicted);
  }
};

}  // namespace

int eval_gva(const Pipeline& p, const GvaEvalOptions& o, std::ostream& out) {
  auto gold = read_jsonl(o.gold);
  std::map<std::string, const json*> incident_of;  // article id -> gold incident
  eval::Clusters gold_clusters;
  std::set<std::string> scored;  // articles of the gold incidents in the half being scored
  for (auto& g : gold) {
    std::vector<std::string> docs;
    bool mine = in_half(gold_id(g), o.half);
    for (auto& a : g["articles"]) {
      incident_of[a.get<std::string>()] = &g;
      docs.push_back(a.get<std::string>());
      if (mine) scored.insert(a.get<std::string>());
    }
    if (mine) gold_clusters.push_back(docs);
  }
  EvalDb edb(o.db);
  Store store(edb.path);
  IngestOptions io;
  io.verbose_issues = false;
  io.threads = o.threads;
  io.progress = o.progress;
  IngestSummary sum = ingest(p, store, {o.articles}, io);

  std::uint64_t n = 0, no_text = 0, date_ok = 0, state_ok = 0, city_ok = 0, killed_ok = 0, wounded_ok = 0, with_mention = 0;
  std::uint64_t killed_missed = 0, killed_unstated = 0, wounded_missed = 0, wounded_unstated = 0;
  // every incident the archive keeps is a shooting: the main incident typed as one (an armed assault, or an
  // exchange of fire, armed_clash)
  std::uint64_t type_ok = 0;
  PeopleTally people;
  std::map<std::string, std::string> text_of;  // article id -> its text (the scored articles with text), read once
  // The main incident's accidental, police-shooting and self-inflicted flags against the archive's
  // characteristics: right, flagged, and gold (an accidental shooting or a hunting accident; a shooting where
  // an officer fired: the "Officer Involved Shooting" kinds but an officer shot or killed and a standoff's end;
  // a wound the victim gave himself: "Self-Inflicted", "Suicide^", a child who killed or injured himself)
  struct Flag {
    std::uint64_t right = 0, flagged = 0, gold = 0;
  } accidental, police, self_inflicted;
  auto characteristic = [](const json& gi, auto&& pred) {
    for (auto& c : gi.value("characteristics", json::array()))
      if (c.is_string() && pred(c.get<std::string>())) return true;
    return false;
  };
  for (auto& [article, g] : incident_of) {
    if (!scored.count(article)) continue;
    ++n;
    auto doc = store.document(article);
    if (!doc) {  // skipped on reading (no text): counts as wrong everywhere
      ++no_text;
      continue;
    }
    text_of[article] = doc->text;
    auto ms = store.mentions_in(article);
    const Mention* m = ms.empty() ? nullptr : &ms.front();
    if (m) ++with_mention;
    const json& gi = *g;
    if (m && m->date.iso() == gi.value("date", "")) ++date_ok;
    if (m && m->location && gold_state_matches(gi, *m->location)) ++state_ok;
    if (m && m->location && gold_city_in_state(gi, *m->location)) ++city_ok;
    auto gnum = [&](const char* k) { return gi.contains(k) && gi[k].is_number() ? gi[k].get<int>() : -1; };
    // A count no sentence gives is null; the gold's zero is matched only by an explicit zero.
    bool k_ok = m && gva_killed(*m) == gnum("killed");
    bool w_ok = m && m->wounded.value && *m->wounded.value == gnum("injured");
    killed_ok += k_ok;
    wounded_ok += w_ok;
    type_ok += m && (m->type == "armed_assault" || m->type == "armed_clash");
    for (auto [flag, ours, theirs] :
         {std::tuple{&accidental, m && m->accidental,
                     characteristic(gi, [](const std::string& c) { return c.starts_with("Accidental Shooting") || c == "Hunting accident"; })},
          std::tuple{&police, m && m->police_shooting, characteristic(gi, [](const std::string& c) {
                       return c.starts_with("Officer Involved Shooting") && c.find("Officer shot") == std::string::npos &&
                              c.find("Officer killed") == std::string::npos && c.find("standoff") == std::string::npos;
                     })},
          std::tuple{&self_inflicted, m && m->self_inflicted, characteristic(gi, [](const std::string& c) {
                       return c.starts_with("Self-Inflicted") || c == "Suicide^" || c == "Child killed self" ||
                              c == "Child injured self";
                     })}}) {
      flag->right += ours && theirs;
      flag->flagged += ours;
      flag->gold += theirs;
    }
    // Gold counts are the archive's final figures: when ours differ, does the article state the gold
    // figure at all (as any count)? If not, the gap is the article's, not the extractor's.
    if ((!k_ok && gnum("killed") > 0) || (!w_ok && gnum("injured") > 0)) {
      Analysis an = p.analyser().analyse(*doc);
      auto stated = [&](int v) {
        for (auto& q : an.numbers)
          if (q.count && q.value == v) return true;
        return false;
      };
      if (!k_ok && gnum("killed") > 0) ++killed_missed, killed_unstated += !stated(gnum("killed"));
      if (!w_ok && gnum("injured") > 0) ++wounded_missed, wounded_unstated += !stated(gnum("injured"));
    }
    people.add(m, gi, {&doc->text});
  }
  out << fmt::format("gva-news: {} articles ({} without text, {} with an incident mention), {} gold incidents{}; ingest {:.1f} s "
                     "(resolution {:.2f} s, {} candidate pairs)\n",
                     n, no_text, with_mention, gold_clusters.size(), o.half.empty() ? "" : " (" + o.half + " half)", sum.seconds,
                     sum.resolve.seconds, sum.resolve.candidate_pairs);
  out << "per article (the article's main incident):\n";
  out << fmt::format("  {:<14} {:>7} {:>7} {:>7}\n", "field", "right", "of", "%");
  auto row = [&](const char* f, std::uint64_t a, std::uint64_t b) { out << fmt::format("  {:<14} {:>7} {:>7} {}\n", f, a, b, pct(a, b)); };
  row("date", date_ok, n);
  row("state", state_ok, n);
  row("city", city_ok, n);
  row("killed", killed_ok, n);
  row("wounded", wounded_ok, n);
  row("type shooting", type_ok, n);
  people.rows(row);
  // A model trained on these very incidents scores in-sample: say so, and where the held-out figure is. (Not
  // when it was trained on the other half than the one scored.)
  auto in_sample = [&](const std::string& d) {
    if (d.find("gva-news") == std::string::npos) return false;
    return o.half.empty() || d.find(" half of the incidents") == std::string::npos || d.find("(" + o.half + " half") != std::string::npos;
  };
  std::vector<std::string> trained_here;
  if (const DateChooser* c = p.extractor().date_chooser(); c && in_sample(c->description())) trained_here.push_back("dates");
  if (const VictimScorer* v = p.extractor().victim_scorer(); v && in_sample(v->description())) trained_here.push_back("victims");
  if (const PlaceChooser* c = p.extractor().place_chooser(); c && in_sample(c->description())) trained_here.push_back("places");
  for (auto& kind : trained_here)
    out << fmt::format("  (the {} rows are in-sample: the model was trained on these incidents; tools/cv-gva.sh {} gives the "
                       "held-out figure)\n",
                       kind == "dates" ? "date" : kind == "places" ? "state and city" : "victim", kind);
  out << fmt::format("  of the articles whose gold count (> 0) we miss, those that never state the gold figure as a count:\n"
                     "    killed {} of {} ({}), wounded {} of {} ({})\n",
                     killed_unstated, killed_missed, pct(killed_unstated, killed_missed), wounded_unstated, wounded_missed,
                     pct(wounded_unstated, wounded_missed));
  out << fmt::format("  {:<38} {:>7} {:>7} {:>7} {:>6} {:>6}\n", "flags vs the archive's characteristics", "right", "flagged",
                     "gold", "P", "R");
  for (auto [name, f] : {std::pair{"accidental", &accidental}, std::pair{"police shooting", &police},
                         std::pair{"self-inflicted", &self_inflicted}})
    out << fmt::format("    {:<36} {:>7} {:>7} {:>7} {:>6} {:>6}\n", name, f->right, f->flagged, f->gold, pct(f->right, f->flagged),
                       pct(f->right, f->gold));

  // Clustering: the main documents of each exported incident.
  auto incidents = store.incidents();
  eval::Clusters response;
  for (auto& inc : incidents) {
    std::vector<std::string> docs;
    for (auto& d : inc.main_documents)
      if (scored.count(d)) docs.push_back(d);
    if (!docs.empty()) response.push_back(docs);
  }
  // Per incident: the exported incident holding most of the gold incident's articles as main reports.
  std::map<std::string, const Incident*> incident_of_doc;
  for (auto& inc : incidents)
    for (auto& d : inc.main_documents) incident_of_doc[d] = &inc;
  std::uint64_t gi_n = 0, gi_date = 0, gi_state = 0, gi_city = 0, gi_killed = 0, gi_wounded = 0;
  PeopleTally gi_people;
  for (auto& g : gold) {
    if (!in_half(gold_id(g), o.half)) continue;
    ++gi_n;
    std::map<const Incident*, int> votes;
    const Incident* best = nullptr;
    for (auto& a : g["articles"])
      if (auto it = incident_of_doc.find(a.get<std::string>()); it != incident_of_doc.end())
        if (++votes[it->second] > (best ? votes[best] : 0)) best = it->second;
    // (the texts of the gold incident's articles, for the recall of names)
    std::vector<const std::string*> texts;
    for (auto& a : g["articles"])
      if (auto t = text_of.find(a.get<std::string>()); t != text_of.end()) texts.push_back(&t->second);
    gi_people.add(best ? &best->record : nullptr, g, texts);
    if (!best) continue;
    const Mention& m = best->record;
    if (m.date.iso() == g.value("date", "")) ++gi_date;
    if (m.location && gold_state_matches(g, *m.location)) ++gi_state;
    if (m.location && gold_city_in_state(g, *m.location)) ++gi_city;
    auto gnum = [&](const char* k) { return g.contains(k) && g[k].is_number() ? g[k].get<int>() : -1; };
    if (gva_killed(m) == gnum("killed")) ++gi_killed;
    if (m.wounded.value && *m.wounded.value == gnum("injured")) ++gi_wounded;
  }
  out << "per incident (the exported incident holding most of the gold incident's articles):\n";
  row("date", gi_date, gi_n);
  row("state", gi_state, gi_n);
  row("city", gi_city, gi_n);
  row("killed", gi_killed, gi_n);
  row("wounded", gi_wounded, gi_n);
  gi_people.rows(row);
  out << "clustering of articles into incidents (exported main_documents vs gold):\n";
  print_coref(out, eval::score_coref(gold_clusters, response));
  eval::Clusters singletons;
  for (auto& a : scored) singletons.push_back({a});
  out << fmt::format("  (all-singletons baseline: B3 F1 {:.1f}, CoNLL {:.1f})\n",
                     100 * eval::score_coref(gold_clusters, singletons).b3.f, 100 * eval::score_coref(gold_clusters, singletons).conll);
  return 0;
}

int train_resolve(const Pipeline& p, const TrainResolveOptions& o, std::ostream& out) {
  auto gold = read_jsonl(o.gold);
  std::map<std::string, std::string> incident_of;
  for (auto& g : gold) {
    if (!in_half(gold_id(g), o.half)) continue;
    for (auto& a : g["articles"]) incident_of[a.get<std::string>()] = gold_id(g);
  }
  EvalDb edb("");
  Store store(edb.path);
  IngestOptions io;
  io.verbose_issues = false;
  io.threads = o.threads;
  io.progress = o.progress;
  ingest(p, store, {o.articles}, io);
  auto items = store.resolution_items();
  std::vector<Resolver::Pair> pairs;
  std::vector<bool> same;
  std::size_t positives = 0;
  for (auto& pr : p.resolver().candidate_pairs(items)) {
    auto a = incident_of.find(items[pr.a].document), b = incident_of.find(items[pr.b].document);
    if (a == incident_of.end() || b == incident_of.end()) continue;  // both articles in the training half
    pairs.push_back(pr);
    same.push_back(a->second == b->second);
    positives += same.back();
  }
  Resolver::Params params = train_pair_model(pairs, same, p.resolver().params(), o.epochs);
  std::string header = fmt::format(
      "# incidex pair model for the resolver (src/resolve/resolver.h): logistic weights over pair features.\n"
      "# Trained by `incidex train resolve` (tools/train-resolve.sh) on gva-news dev ({} of the gold incidents):\n"
      "# {} candidate pairs of main reports, {} of one incident; {} epochs. Lines starting with @ are not learned:\n"
      "# threshold (average-link stop), missing (score of a pair never compared), max_posting (blocking).\n",
      o.half.empty() ? "all" : "the " + o.half + " half", pairs.size(), positives, o.epochs);
  Resolver::write_params(params, o.out, header);
  out << fmt::format("trained on {} pairs ({} of one incident); wrote {}\n", pairs.size(), positives, o.out);
  return 0;
}

namespace {
double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
}  // namespace

int eval_analysis(const Pipeline& p, const std::string& gold_path, const std::string& articles, std::ostream& out) {
  std::map<std::string, const json*> incident_of;
  auto gold = read_jsonl(gold_path);
  for (auto& g : gold)
    for (auto& a : g["articles"]) incident_of[a.get<std::string>()] = &g;
  std::vector<RawDocument> docs;
  Reader reader;
  reader.on_document = [&](RawDocument&& d) {
    if (incident_of.count(d.id)) docs.push_back(std::move(d));
  };
  reader.read({articles});
  struct Result {
    bool date = false, date_or_published = false, city_state = false, city_named = false;
    double distance = -1;  // km from the gold point to the resolved place matching the gold city, -1 if none
    double nearest = -1;   // km from the gold point to the nearest resolved city
  };
  std::vector<Result> res(docs.size());
  const auto& places = p.analyser().places();
  parallel_for(docs.size(), static_cast<int>(std::max(1u, std::thread::hardware_concurrency())), [&](std::size_t i) {
    const json& g = *incident_of[docs[i].id];
    Document d = p.cleaner().clean(docs[i]);
    Analysis a = p.analyser().analyse(d);
    std::string gdate = g.value("date", "");
    for (auto& t : a.times) res[i].date |= t.date.iso() == gdate;
    res[i].date_or_published = res[i].date || d.published.iso() == gdate;
    std::string city = gold_city(g.value("city_or_county", "")).first;
    res[i].city_named = lower(d.text).find(city) != std::string::npos;
    bool located = g.contains("latitude") && g["latitude"].is_number() && g["longitude"].is_number();
    double glat = located ? g["latitude"].get<double>() : 0, glon = located ? g["longitude"].get<double>() : 0;
    for (auto& pm : a.places) {
      if (pm.entry < 0) continue;
      Place pl = places.to_place(pm, d.text);
      if (pl.country != "US") continue;
      if (gold_city_in_state(g, pl)) {
        res[i].city_state = true;
        if (located) res[i].distance = distance_km(glat, glon, pl.lat, pl.lon);
      }
      if (located && (pl.precision == "city" || pl.precision == "admin2")) {
        double k = distance_km(glat, glon, pl.lat, pl.lon);
        if (res[i].nearest < 0 || k < res[i].nearest) res[i].nearest = k;
      }
    }
  });
  std::uint64_t n = res.size(), date_ok = 0, date_pub_ok = 0, place_ok = 0, named = 0, place_ok_named = 0;
  std::vector<double> dist, nearest;
  for (auto& r : res) {
    date_ok += r.date;
    date_pub_ok += r.date_or_published;
    place_ok += r.city_state;
    named += r.city_named;
    place_ok_named += r.city_state && r.city_named;
    if (r.distance >= 0) dist.push_back(r.distance);
    if (r.nearest >= 0) nearest.push_back(r.nearest);
  }
  out << fmt::format("analysis on gva-news: {} articles with text\n", n);
  out << fmt::format("  times:  gold incident date among the resolved dates      {:>5} / {:<5} {}%\n", date_ok, n, pct(date_ok, n));
  out << fmt::format("          the same, the publication date counted as a candidate   {:>5} / {:<5} {}%\n", date_pub_ok, n, pct(date_pub_ok, n));
  out << fmt::format("  places: gold city/county and state among resolved places {:>5} / {:<5} {}%\n", place_ok, n, pct(place_ok, n));
  out << fmt::format("          the same, where the gold city's name is in the text {:>5} / {:<5} {}%\n", place_ok_named, named, pct(place_ok_named, named));
  out << fmt::format("          median distance gold point -> matching place: {:.1f} km ({} articles); -> nearest resolved city: {:.1f} km ({} articles)\n",
                     median(dist), dist.size(), median(nearest), nearest.size());
  return 0;
}

std::vector<std::pair<std::string, std::string>> split_muc_file(const std::string& c) {
  std::vector<std::pair<std::string, std::string>> docs;
  std::istringstream in(c);
  std::string line, id, text;
  // a document's first line: its id, and in the DEV files the id's source after it ("DEV-MUC3-0001 (NOSC)")
  auto id_of = [](const std::string& l) -> std::string {
    std::size_t end = std::min(l.find_first_of(" \t\r"), l.size());
    std::size_t rest = l.find_first_not_of(" \t\r", end);
    if (rest != std::string::npos && l[rest] != '(') return {};  // a line of text that starts with an id
    return l.substr(0, end);
  };
  auto is_id = [](const std::string& t) {
    // DEV-MUC3-0001, TST1-MUC3-0001, TST2-MUC4-0048
    if (t.size() < 13 || t.size() > 16) return false;
    auto dash = t.find("-MUC");
    return dash != std::string::npos && (t.starts_with("DEV") || t.starts_with("TST")) &&
           std::all_of(t.end() - 4, t.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
  };
  while (std::getline(in, line)) {
    if (std::string first = id_of(line); is_id(first)) {
      if (!id.empty()) docs.emplace_back(id, text);
      id = first;
      text.clear();
    } else if (!id.empty()) {
      text += line + "\n";
    }
  }
  if (!id.empty()) docs.emplace_back(id, text);
  return docs;
}

std::map<std::string, std::vector<MucKey>> read_muc_keys(const std::string& content) {
  std::map<std::string, std::vector<MucKey>> keys;
  std::istringstream in(content);
  std::string line, id;
  MucKey cur;
  auto field = [&](const std::string& l, const char* name) -> std::optional<std::string> {
    auto at = l.find(name);
    if (at == std::string::npos || at > 8) return std::nullopt;
    std::string v = l.substr(at + std::strlen(name));
    auto b = v.find_first_not_of(' ');
    return b == std::string::npos ? std::string() : v.substr(b);
  };
  auto flush = [&] {
    if (!id.empty() && !cur.type.empty() && cur.type != "*") keys[id].push_back(cur);
    id.clear();
    cur = {};
  };
  while (std::getline(in, line)) {
    if (auto v = field(line, "MESSAGE: ID")) {
      flush();
      id = v->substr(0, v->find(' '));  // without the DEV keys' source: "DEV-MUC3-0001 (NCCOSC)"
    } else if (auto v = field(line, "INCIDENT: DATE")) {
      cur.date = *v;
    } else if (auto v = field(line, "INCIDENT: LOCATION")) {
      cur.location = *v;
    } else if (auto v = field(line, "INCIDENT: TYPE")) {
      cur.type = *v;
    }
  }
  flush();
  return keys;
}

// MUC-4 keys terrorist incidents only: combat between armed forces and guerrillas, protests and riots are
// outside its task, so those mentions are not scored (they stay in incidex's output). But a clash that
// strikes civilian property is in its task again (taskdoc/template-doc-part1.v7, 1.0: "if a guerrilla warfare
// incident happens to affect civilian personnel or property, the incident becomes relevant"): a clash with
// physical targets is scored (MUC-4 TST1+2 43.3 -> 43.7, DEV with the role tagger held out 40.4 -> 40.5; with
// any victims too, the soldiers of most clashes, DEV fell to 40.1).
bool in_muc_scope(const Mention& m) {
  if (m.type == "armed_clash") return !m.targets.empty();
  return m.type != "protest" && m.type != "riot";
}

std::string upper_ascii(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

MucAgreement muc_agreement(const Mention& m, const MucKey& k) {
  MucAgreement a;
  static const std::map<std::string, std::string> to_muc = {
      {"armed_assault", "ATTACK"}, {"assassination", "ATTACK"}, {"melee_assault", "ATTACK"},
      {"vehicle_ramming", "ATTACK"}, {"other", "ATTACK"}, {"bombing", "BOMBING"}, {"kidnapping", "KIDNAPPING"},
      {"hijacking", "KIDNAPPING"}, {"arson", "ARSON"}};
  if (auto it = to_muc.find(m.type); it != to_muc.end()) a.type = k.type.find(it->second) != std::string::npos;
  // dates: "D", "- D" (on or before D: within the month before), "D1 - D2"; a mention with no date but a
  // bound ("on or before L", Mention::latest) says what "- D" says, where L is D or within the month before
  const bool bound = !m.date.known() && m.latest.known();
  const Date& when = bound ? m.latest : m.date;
  if (when.precision == Date::Precision::day && k.date != "*" && k.date != "-") {
    std::string d = k.date;
    auto dash = d.find(" - ");
    Date lo, hi;
    if (d.starts_with("- ")) {
      hi = parse_date_string(d.substr(2));
      if (hi.known()) a.date = a.date_by_bound = days_between(when, hi) >= 0 && days_between(when, hi) <= 31;
      a.date_by_bound &= bound;
    } else if (!bound) {
      lo = parse_date_string(dash == std::string::npos ? d : d.substr(0, dash));
      hi = dash == std::string::npos ? lo : parse_date_string(d.substr(dash + 3));
      if (lo.known() && hi.known()) a.date = days_between(lo, m.date) >= 0 && days_between(m.date, hi) >= 0;
    }
  }
  if (m.location) {
    std::string loc = k.location;
    std::string country = upper_ascii(fold_key(m.location->country_name)), place = upper_ascii(fold_key(m.location->name));
    std::size_t start = 0;
    while (start <= loc.size()) {  // alternatives: "EL SALVADOR: SAN SALVADOR (CITY) / ..."
      std::size_t alt = loc.find(" / ", start);
      std::string one = loc.substr(start, alt == std::string::npos ? std::string::npos : alt - start);
      std::size_t colon = one.find(':');
      std::string kc = one.substr(0, colon);
      if (kc == country) a.country = true;
      // a key that names the country alone agrees with a mention placed in that country and no nearer
      if (kc == country && colon == std::string::npos && m.location->precision == "country") a.place = true;
      while (colon != std::string::npos) {
        std::size_t next = one.find(':', colon + 1);
        std::string part = one.substr(colon + 1, next == std::string::npos ? std::string::npos : next - colon - 1);
        if (auto paren = part.find(" ("); paren != std::string::npos) part.resize(paren);
        while (!part.empty() && part.front() == ' ') part.erase(part.begin());
        if (!part.empty() && part == place) a.place = true;
        colon = next;
      }
      if (alt == std::string::npos) break;
      start = alt + 3;
    }
  }
  return a;
}

// The gold entities of one role in a role-key document: each a list of the ways the text names it, the
// same entity in two templates once.
std::vector<std::vector<std::string>> muc_gold_entities(const json& doc, const std::string& role) {
  std::vector<std::vector<std::string>> entities;
  std::set<std::string> seen;
  for (auto& t : doc["templates"]) {
    if (!t.contains(role)) continue;
    for (auto& entity : t[role]) {
      std::vector<std::string> mentions;
      for (auto& m : entity) mentions.push_back(m[0].get<std::string>());
      if (mentions.empty() || !seen.insert(eval::normalize_filler(mentions[0])).second) continue;
      entities.push_back(mentions);
    }
  }
  return entities;
}

// The mention field a MUC-4 role is read from, and the role tagger's name for it.
const std::map<std::string, std::string>& muc_role_names() {
  static const std::map<std::string, std::string> names = {{"PerpInd", "perpetrator"}, {"PerpOrg", "group"},
                                                           {"Target", "target"}, {"Victim", "victim"},
                                                           {"Weapon", "weapon"}};
  return names;
}

std::map<std::string, std::string> read_muc_texts(const std::vector<std::string>& inputs,
                                                  const std::function<void(const std::string&)>& on_key) {
  std::map<std::string, std::string> texts;
  for (auto& in : inputs) {
    std::vector<std::string> files;
    if (fs::is_directory(in)) {
      for (auto& e : fs::directory_iterator(in)) {
        if (!e.is_regular_file()) continue;
        if (e.path().filename().string().find("key") == std::string::npos) files.push_back(e.path().string());
        else if (on_key) on_key(read_all(e.path().string()));
      }
    } else {
      files.push_back(in);
    }
    for (auto& f : files)
      for (auto& [id, text] : split_muc_file(read_all(f))) texts[id] = text;
  }
  return texts;
}

int eval_muc4(const Pipeline& p, const std::string& gold_path, const std::vector<std::string>& raw_inputs,
              const std::string& errors_path, std::ostream& out) {
  std::map<std::string, std::vector<MucKey>> keys;  // the full keys, when the raw folders hold them
  std::map<std::string, std::string> texts =
      read_muc_texts(raw_inputs, [&](const std::string& key_file) { keys.merge(read_muc_keys(key_file)); });
  auto gold = read_jsonl(gold_path);
  std::ofstream errors;
  if (!errors_path.empty()) {
    errors.open(errors_path);
    if (!errors) throw std::runtime_error("cannot write " + errors_path);
  }
  eval::CeafRee scorer;
  std::uint64_t docs = 0, missing = 0, with_templates = 0, predicted_docs = 0;
  std::uint64_t key_templates = 0, key_matched = 0, key_type = 0, key_date = 0, key_country = 0, key_place = 0, key_date_bound = 0;
  std::vector<const json*> order;
  for (auto& g : gold) order.push_back(&g);
  std::vector<std::vector<Mention>> results(order.size());
  std::vector<char> have(order.size(), 0);
  parallel_for(order.size(), static_cast<int>(std::max(1u, std::thread::hardware_concurrency())), [&](std::size_t i) {
    std::string id = (*order[i])["docid"].get<std::string>();
    auto it = texts.find(id);
    if (it == texts.end()) return;
    RawDocument raw;
    raw.id = id;
    raw.format = "txt";
    raw.body = it->second;
    results[i] = p.process(raw).mentions;
    have[i] = 1;
  });
  for (std::size_t i = 0; i < order.size(); ++i) {
    const json& g = *order[i];
    if (!have[i]) {
      ++missing;
      continue;
    }
    ++docs;
    if (!g["templates"].empty()) ++with_templates;
    if (!results[i].empty()) ++predicted_docs;
    const auto in_scope = std::count_if(results[i].begin(), results[i].end(), [](const Mention& m) { return in_muc_scope(m); });
    for (auto& role : eval::muc_roles()) {
      std::vector<std::vector<std::string>> entities = muc_gold_entities(g, role);
      std::vector<std::string> predicted;
      for (auto& m : results[i]) {
        if (!in_muc_scope(m)) continue;
        if (role == "PerpInd") for (auto& a : m.perpetrators) predicted.push_back(a.text);
        if (role == "PerpOrg") for (auto& a : m.groups) predicted.push_back(a.text);
        if (role == "Target") for (auto& a : m.targets) predicted.push_back(a.text);
        if (role == "Victim") for (auto& a : m.victims) predicted.push_back(a.text);
        if (role == "Weapon") for (auto& a : m.weapons) predicted.push_back(a.text);
      }
      auto left = scorer.add(role, predicted, entities);
      if (errors.is_open() && (!left.predicted.empty() || !left.gold.empty())) {
        json row = {{"docid", g["docid"]}, {"role", role}, {"missed", json::array()}, {"wrong", left.predicted},
                    {"mentions", in_scope}};
        for (auto j : left.gold) row["missed"].push_back(entities[j]);
        errors << row.dump() << '\n';
      }
    }
    // Full keys: each template of the document paired with the mention that agrees with it most (one to
    // one, greedily, at least one field agreeing); the fields of the pairs scored.
    auto kit = keys.find(g["docid"].get<std::string>());
    if (kit == keys.end()) continue;
    key_templates += kit->second.size();
    std::vector<const Mention*> scored;
    for (auto& m : results[i])
      if (in_muc_scope(m)) scored.push_back(&m);
    std::vector<std::tuple<int, std::size_t, std::size_t, MucAgreement>> pairs;
    for (std::size_t a = 0; a < scored.size(); ++a)
      for (std::size_t b = 0; b < kit->second.size(); ++b) {
        MucAgreement ag = muc_agreement(*scored[a], kit->second[b]);
        if (ag.score() > 0) pairs.emplace_back(ag.score(), a, b, ag);
      }
    std::stable_sort(pairs.begin(), pairs.end(), [](auto& x, auto& y) { return std::get<0>(x) > std::get<0>(y); });
    std::set<std::size_t> used_m, used_k;
    for (auto& [sc, a, b, ag] : pairs) {
      if (used_m.count(a) || used_k.count(b)) continue;
      used_m.insert(a);
      used_k.insert(b);
      ++key_matched;
      key_type += ag.type, key_date += ag.date, key_country += ag.country, key_place += ag.place;
      key_date_bound += ag.date_by_bound;
    }
  }
  out << "(protests, riots and armed clashes that strike no property are outside MUC-4's terrorist incidents: their fillers "
         "are not scored)\n";
  out << fmt::format("muc4: {} documents ({} with incidents in the key, {} with mentions predicted){}\n", docs,
                     with_templates, predicted_docs, missing ? fmt::format(", {} key documents without text", missing) : "");
  out << fmt::format("  {:<8} {:>6} {:>6} {:>6} {:>8} {:>8} {:>8}\n", "role", "P", "R", "F1", "matched", "pred", "gold");
  auto row = [&](const std::string& name, const eval::RoleCounts& c) {
    auto s = c.prf();
    out << fmt::format("  {:<8} {:6.1f} {:6.1f} {:6.1f} {:8.0f} {:8.0f} {:8.0f}\n", name, 100 * s.p, 100 * s.r, 100 * s.f,
                       c.matched, c.predicted, c.gold);
  };
  for (auto& [role, c] : scorer.roles()) row(role, c);
  row("overall", scorer.total());
  if (key_templates) {
    out << fmt::format("full keys: {} relevant templates; {} paired with a mention that agrees on something ({}%); of those, "
                       "agreeing on\n",
                       key_templates, key_matched, pct(key_matched, key_templates));
    out << fmt::format("  type {}%   date {}%   country {}%   place {}%\n", pct(key_type, key_matched),
                       pct(key_date, key_matched), pct(key_country, key_matched), pct(key_place, key_matched));
    out << fmt::format("  (date: {} of the {} by a day, {} by an undated mention's bound \"on or before\" where the key says \"- D\")\n",
                       key_date - key_date_bound, key_date, key_date_bound);
  }
  return missing == order.size() ? 1 : 0;
}

int train_roles(const Analyser& analyser, const TrainRolesOptions& o, std::ostream& out) {
  // Each role-key document analysed as its lower-case text; its fillers as (role, words).
  auto analyse_all = [&](const std::vector<json>& docs) {
    std::vector<Analysis> analyses(docs.size());
    std::vector<Document> texts(docs.size());
    parallel_for(docs.size(), o.threads, [&](std::size_t i) {
      texts[i].id = docs[i]["docid"].get<std::string>();
      texts[i].text = docs[i]["doctext"].get<std::string>();
      analyses[i] = analyser.analyse(texts[i]);
    });
    return std::pair{std::move(analyses), std::move(texts)};
  };
  auto train_docs = read_jsonl(o.gold);
  if (train_docs.empty()) throw std::runtime_error(o.gold + ": no documents");
  auto [analyses, texts] = analyse_all(train_docs);
  RoleTagger tagger;
  std::vector<RoleTagger::Example> examples(train_docs.size());
  std::size_t fillers = 0;
  for (std::size_t i = 0; i < train_docs.size(); ++i) {
    for (auto& [muc, role] : muc_role_names())
      for (auto& entity : muc_gold_entities(train_docs[i], muc))
        for (auto& words : entity) examples[i].fillers.emplace_back(role, words);
    fillers += examples[i].fillers.size();
    examples[i].analysis = std::move(analyses[i]);
  }
  out << fmt::format("train roles: {} documents, {} ways of writing a filler, {} epochs\n", train_docs.size(),
                     fillers, o.epochs);
  // Fillers as a tagger writes them, for scoring.
  auto fillers_of = [](const std::vector<RoleSpan>& spans, const Analysis& a, const std::string& text) {
    std::map<std::string, std::vector<std::string>> by_role;
    for (auto& s : spans)
      by_role[s.role].push_back(text.substr(a.tokens.tokens[s.first].start,
                                            a.tokens.tokens[s.last - 1].end - a.tokens.tokens[s.first].start));
    return by_role;
  };
  // The leans: chosen by 4-fold cross-validation on the training documents (CEAF-REE over all roles). Each
  // document is scored once by the fold that did not learn from it; the leans are then set one role at a
  // time, each to the value on the grid that gives the best overall F1 with the others held, twice over.
  constexpr std::size_t kFolds = 4;
  std::vector<RoleTagger::ScoredArticle> held_out(examples.size());
  for (std::size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<const RoleTagger::Example*> part;
    for (std::size_t i = 0; i < examples.size(); ++i)
      if (i % kFolds != fold) part.push_back(&examples[i]);
    RoleTagger t;
    t.train(part, o.epochs, "fold");
    for (std::size_t i = fold; i < examples.size(); i += kFolds) held_out[i] = t.score(examples[i].analysis);
  }
  auto cross_validated = [&](const RoleTagger::Leans& leans) {
    eval::CeafRee cv;
    for (std::size_t i = 0; i < examples.size(); ++i) {
      auto found = fillers_of(RoleTagger::choose(held_out[i], leans), examples[i].analysis, texts[i].text);
      for (auto& [muc, role] : muc_role_names()) cv.add(muc, found[role], muc_gold_entities(train_docs[i], muc));
    }
    return cv;
  };
  std::vector<float> grid;
  for (float l = 0; l <= 40; l += 2) grid.push_back(l);
  RoleTagger::Leans leans{};
  double best_f = -1;
  for (float l : grid) {  // one lean for every role first
    RoleTagger::Leans same;
    same.fill(l);
    double f = cross_validated(same).total().prf().f;
    out << fmt::format("  lean {:>4.0f} for every role: cross-validated F1 {:.1f}\n", l, 100 * f);
    if (f > best_f) best_f = f, leans = same;
  }
  for (int round = 0; round < 2; ++round)
    for (std::size_t r = 0; r < leans.size(); ++r)
      for (float l : grid) {
        RoleTagger::Leans trial = leans;
        trial[r] = l;
        double f = cross_validated(trial).total().prf().f;
        if (f > best_f + 1e-9) best_f = f, leans = trial;
      }
  std::string chosen;
  for (std::size_t r = 0; r < leans.size(); ++r)
    chosen += fmt::format("{}{} {:.0f}", r ? ", " : "", RoleTagger::roles()[r], leans[r]);
  out << fmt::format("  leans {}: cross-validated F1 {:.1f}\n", chosen, 100 * best_f);
  const eval::CeafRee chosen_cv = cross_validated(leans);  // (kept: roles() refers into it)
  for (auto& [role, c] : chosen_cv.roles()) {
    auto sc = c.prf();
    out << fmt::format("    {:<8} {:6.1f} {:6.1f} {:6.1f}\n", role, 100 * sc.p, 100 * sc.r, 100 * sc.f);
  }
  std::vector<const RoleTagger::Example*> all;
  for (auto& e : examples) all.push_back(&e);
  tagger.train(all, o.epochs,
               fmt::format("averaged perceptron, {} epochs, the mean of {} orders, on {} ({} documents), leans ({}) by "
                           "4-fold cross-validation",
                           o.epochs, RoleTagger::kOrders, fs::path(o.gold).filename().string(), train_docs.size(), chosen));
  tagger.set_leans(leans);
  tagger.save(o.out);
  out << "wrote " << o.out << "\n";
  if (o.dev.empty()) return 0;
  // The tagger alone on held-out documents: every span it tags is a filler of the document.
  RoleTagger loaded(o.out);
  auto dev_docs = read_jsonl(o.dev);
  auto [dev_analyses, dev_texts] = analyse_all(dev_docs);
  eval::CeafRee scorer;
  for (std::size_t i = 0; i < dev_docs.size(); ++i) {
    auto found = fillers_of(loaded.tag(dev_analyses[i]), dev_analyses[i], dev_texts[i].text);
    for (auto& [muc, role] : muc_role_names()) scorer.add(muc, found[role], muc_gold_entities(dev_docs[i], muc));
  }
  out << fmt::format("the tagger alone on {} ({} documents): CEAF-REE\n", fs::path(o.dev).filename().string(), dev_docs.size());
  out << fmt::format("  {:<8} {:>6} {:>6} {:>6}\n", "role", "P", "R", "F1");
  for (auto& [role, c] : scorer.roles()) {
    auto sc = c.prf();
    out << fmt::format("  {:<8} {:6.1f} {:6.1f} {:6.1f}\n", role, 100 * sc.p, 100 * sc.r, 100 * sc.f);
  }
  auto t = scorer.total().prf();
  out << fmt::format("  {:<8} {:6.1f} {:6.1f} {:6.1f}\n", "overall", 100 * t.p, 100 * t.r, 100 * t.f);
  return 0;
}

int eval_article_bench(const Pipeline& p, const std::string& dir, std::ostream& out) {
  std::ifstream gin(dir + "/ground-truth.json");
  if (!gin) throw std::runtime_error("cannot read " + dir + "/ground-truth.json");
  json gt = json::parse(gin);
  std::vector<std::string> ids;
  for (auto& [id, _] : gt.items()) ids.push_back(id);
  std::vector<std::string> ours(ids.size());
  parallel_for(ids.size(), static_cast<int>(std::max(1u, std::thread::hardware_concurrency())), [&](std::size_t i) {
    RawDocument raw;
    raw.id = ids[i];
    raw.format = "html";
    raw.is_html = true;
    raw.body = read_all(dir + "/html/" + ids[i] + ".html.gz");
    ours[i] = p.cleaner().clean(raw).text;
  });
  eval::ShingleScore score;
  for (std::size_t i = 0; i < ids.size(); ++i) score.add(gt[ids[i]]["articleBody"].get<std::string>(), ours[i]);
  struct Row {
    std::string name;
    eval::PRF s;
  };
  std::vector<Row> rows = {{"incidex clean", score.score()}};
  if (fs::is_directory(dir + "/peers")) {
    std::vector<std::string> peers;
    for (auto& e : fs::directory_iterator(dir + "/peers"))
      if (e.path().extension() == ".json") peers.push_back(e.path().string());
    std::sort(peers.begin(), peers.end());
    for (auto& f : peers) {
      std::ifstream pin(f);
      json pj = json::parse(pin);
      eval::ShingleScore ps;
      for (auto& id : ids) {
        std::string body;
        if (pj["output"].contains(id) && pj["output"][id]["articleBody"].is_string()) body = pj["output"][id]["articleBody"];
        ps.add(gt[id]["articleBody"].get<std::string>(), body);
      }
      rows.push_back({fs::path(f).stem().string(), ps.score()});
    }
  }
  out << fmt::format("article-bench: {} pages, word 4-gram shingles\n", ids.size());
  out << fmt::format("  {:<18} {:>6} {:>6} {:>6}\n", "extractor", "P", "R", "F1");
  for (auto& r : rows) out << fmt::format("  {:<18} {:6.3f} {:6.3f} {:6.3f}\n", r.name, r.s.p, r.s.r, r.s.f);
  return 0;
}

namespace {

// The articles of the gold incidents (of the half trained on), each with what the extractor `ex` — rules
// and whichever trained parts it has — saw of it (Extractor::Trace).
struct TracedArticle {
  const json* incident = nullptr;
  Extractor::Trace trace;
};
std::vector<TracedArticle> trace_gold_articles(const Pipeline& p, const Extractor& ex, const std::vector<json>& gold,
                                               const TrainGvaOptions& o) {
  std::map<std::string, const json*> incident_of;
  for (auto& g : gold) {
    if (!in_half(gold_id(g), o.half)) continue;
    for (auto& a : g["articles"]) incident_of[a.get<std::string>()] = &g;
  }
  std::vector<RawDocument> docs;
  Reader reader;
  reader.on_document = [&](RawDocument&& d) {
    if (incident_of.count(d.id)) docs.push_back(std::move(d));
  };
  reader.read({o.articles});
  if (docs.empty()) throw std::runtime_error(o.articles + ": no article of the gold incidents" + (o.half.empty() ? "" : " in the " + o.half + " half"));
  std::vector<TracedArticle> traced(docs.size());
  parallel_for(docs.size(), o.threads, [&](std::size_t i) {
    Document d = p.cleaner().clean(docs[i]);
    Analysis a = p.analyser().analyse(d);
    ex.extract(d, a, &traced[i].trace);
    traced[i].incident = incident_of[docs[i].id];
  });
  return traced;
}

// The cross-validation fold (of two) of a gold incident: another bit of its hash than the halves'.
std::uint8_t cv_fold(const json& incident) { return static_cast<std::uint8_t>((FnvHash{}(gold_id(incident)) >> 1) % 2); }

// 2-fold cross-validation over the gold incidents: for each fold, a `Model` trained on the other fold's
// examples, and `visit(model, i)` for each example i of this fold.
template <typename Model, typename Example, typename Visit>
void cross_validate(const std::vector<Example>& examples, const std::vector<std::uint8_t>& fold, int epochs, Visit&& visit) {
  for (std::uint8_t f = 0; f < 2; ++f) {
    std::vector<Example> part;
    for (std::size_t i = 0; i < examples.size(); ++i)
      if (fold[i] != f) part.push_back(examples[i]);
    Model m;
    m.train(part, epochs, "fold");
    for (std::size_t i = 0; i < examples.size(); ++i)
      if (fold[i] == f) visit(m, i);
  }
}

}  // namespace

int train_victims(const Pipeline& p, const TrainGvaOptions& o, std::ostream& out) {
  auto gold = read_jsonl(o.gold);
  // Every person each article names, as the extractor's rules leave them, with the scorer's features.
  Extractor rules(p.analyser(), &RoleTagger::shared(), nullptr, nullptr);  // (its features do not read the date)
  auto docs = trace_gold_articles(p, rules, gold, o);
  // The class of each: the gold victim it names (killed, injured, else hit with no status said), or none.
  // A one-word name ("Mason") names the gold victim whose first or last word it is.
  std::vector<VictimScorer::Example> examples;
  std::vector<std::uint8_t> fold;
  std::array<std::size_t, VictimScorer::kClasses> per_class{};
  for (auto& doc : docs) {
    const json& g = *doc.incident;
    for (auto& person : doc.trace.people) {
      std::string name = lower(person.name);
      std::uint8_t cls = 0;
      for (auto& part : g.value("participants", json::array())) {
        if (part.value("role", "") != "Victim" || !part.contains("name") || !part["name"].is_string()) continue;
        std::string gname = lower(part["name"].get<std::string>());
        if (gname.empty()) continue;
        bool match = names_victim(name, gname);
        if (!match && name.find(' ') == std::string::npos && name.size() > 2) {
          std::istringstream words(gname);
          std::string w, first, last;
          while (words >> w) (first.empty() ? first : last) = w;
          match = name == first || name == last;
        }
        if (!match) continue;
        std::string status = part.contains("status") && part["status"].is_string() ? part["status"].get<std::string>() : "";
        cls = status.find("Killed") != std::string::npos ? 1 : status.find("Injured") != std::string::npos ? 2 : 3;
        break;
      }
      ++per_class[cls];
      examples.push_back({std::move(person.feats), cls, person.has_status});
      fold.push_back(cv_fold(g));  // for the lean
    }
  }
  out << fmt::format("train victims: {} articles{}, {} people named: {} not victims, {} killed, {} injured, {} hit otherwise; {} epochs\n",
                     docs.size(), o.half.empty() ? "" : " (" + o.half + " half)", examples.size(), per_class[0],
                     per_class[1], per_class[2], per_class[3], o.epochs);
  // The leans toward calling a person a victim, one for keeping a person the rules gave a status and one
  // for adding a person they did not: the pair with the best F1 (victims among the people named) by 2-fold
  // cross-validation over the gold incidents. A class beats none where its margin over none plus the lean
  // is above zero, so each person's margin (at lean 0) decides it for every lean.
  std::vector<float> leans;
  for (float l = 0; l <= 40; l += 1) leans.push_back(l);
  std::vector<float> margin(examples.size(), 0);
  cross_validate<VictimScorer>(examples, fold, o.epochs, [&](VictimScorer& s, std::size_t i) {
    s.set_lean(0);
    s.set_lean_add(0);
    margin[i] = s.decide(examples[i].feats).margin;
  });
  const std::size_t L = leans.size();
  std::vector<std::array<std::size_t, 3>> tally(L * L, {0, 0, 0});  // right, predicted, gold; [keep * L + add]
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const bool truth = examples[i].truth != 0;
    for (std::size_t k = 0; k < L; ++k)
      for (std::size_t a = 0; a < L; ++a) {
        const bool said = margin[i] + (examples[i].said ? leans[k] : leans[a]) > 0;
        auto& t = tally[k * L + a];
        t[0] += said && truth;
        t[1] += said;
        t[2] += truth;
      }
  }
  auto f1 = [&](std::size_t x) { return tally[x][1] + tally[x][2] ? 2.0 * tally[x][0] / (tally[x][1] + tally[x][2]) : 0.0; };
  std::size_t best = 0;
  for (std::size_t x = 0; x < tally.size(); ++x)
    if (f1(x) > f1(best)) best = x;
  for (std::size_t k = 0; k < L; ++k) {  // the curve of the lean for keeping, at the best lean for adding
    const std::size_t x = k * L + best % L;
    out << fmt::format("  lean {:>3.0f} (adding {:.0f}): cross-validated precision {:.1f} recall {:.1f} F1 {:.1f}\n", leans[k],
                       leans[best % L], tally[x][1] ? 100.0 * tally[x][0] / tally[x][1] : 0.0,
                       tally[x][2] ? 100.0 * tally[x][0] / tally[x][2] : 0.0, 100 * f1(x));
  }
  const float lean_keep = leans[best / L], lean_add = leans[best % L];
  VictimScorer scorer;
  scorer.train(examples, o.epochs,
               fmt::format("averaged perceptron, {} epochs, on the people named in {} gun-violence articles{} "
                           "(gva-news gold participants), leans {:.0f} (keeping) and {:.0f} (adding) by 2-fold "
                           "cross-validation",
                           o.epochs, docs.size(), o.half.empty() ? "" : " (" + o.half + " half of the incidents)", lean_keep,
                           lean_add));
  scorer.set_lean(lean_keep);
  scorer.set_lean_add(lean_add);
  scorer.save(o.out);
  out << "wrote " << o.out << "\n";
  return 0;
}

// The end of training a chooser (a Ranker over candidates: the date and place choosers): how it does on
// incidents it was not trained on, by 2-fold cross-validation over the gold incidents, beside the rules'
// `rules_right`; then the model trained on every example, written to o.out. `right(i, k)`: whether candidate
// k of example i is right; `what`: the candidates ("days"), `one` one of them ("day"), `gold` the labels.
template <typename Chooser, typename Right>
int train_chooser(const std::vector<Ranker::Example>& examples, const std::vector<std::uint8_t>& fold, std::size_t rules_right,
                  Right&& right, const char* what, const char* one, const char* gold, const TrainGvaOptions& o, std::ostream& out) {
  std::size_t cv_right = 0;
  cross_validate<Chooser>(examples, fold, o.epochs, [&](Chooser& c, std::size_t i) { cv_right += right(i, c.best(examples[i].cands)); });
  auto pct = [&](std::size_t n) { return examples.empty() ? 0.0 : 100.0 * n / examples.size(); };
  out << fmt::format("  2-fold cross-validated: the chooser's {} is right for {} of {} ({:.1f} %; the rules' {:.1f} %)\n", one,
                     cv_right, examples.size(), pct(cv_right), pct(rules_right));
  Chooser chooser;
  chooser.train(examples, o.epochs,
                fmt::format("ranking perceptron, {} epochs, the mean of {} orders, on the {} named in {} gun-violence "
                            "articles{} ({})",
                            o.epochs, Ranker::kOrders, what, examples.size(),
                            o.half.empty() ? "" : " (" + o.half + " half of the incidents)", gold));
  chooser.save(o.out);
  out << "wrote " << o.out << "\n";
  return 0;
}

int train_dates(const Pipeline& p, const TrainGvaOptions& o, std::ostream& out) {
  auto gold = read_jsonl(o.gold);
  // Every day each article names, beside the rules' choice, with the chooser's features.
  Extractor rules(p.analyser(), &RoleTagger::shared(), nullptr, nullptr, nullptr);  // (the victims come after the date)
  auto docs = trace_gold_articles(p, rules, gold, o);
  // One example per article whose gold date is among the days it names (the rest teach nothing here).
  std::vector<DateChooser::Example> examples;
  std::vector<std::uint8_t> fold;
  std::size_t dated = 0, rules_right = 0;
  for (auto& doc : docs) {
    auto& cands = doc.trace.dates;
    if (cands.empty()) continue;
    ++dated;
    std::string gd = doc.incident->value("date", "");
    auto truth = std::find_if(cands.begin(), cands.end(), [&](auto& c) { return c.date == gd; });
    if (truth == cands.end()) continue;
    rules_right += truth->rules;
    DateChooser::Example ex;
    for (auto& c : cands) ex.cands.push_back(c.feats);
    ex.truth = static_cast<std::size_t>(truth - cands.begin());
    examples.push_back(std::move(ex));
    fold.push_back(cv_fold(*doc.incident));
  }
  out << fmt::format("train dates: {} articles{}, {} naming a day, {} with the gold date among the days named; "
                     "the rules' day is right for {} of them; {} epochs\n",
                     docs.size(), o.half.empty() ? "" : " (" + o.half + " half)", dated, examples.size(), rules_right, o.epochs);
  return train_chooser<DateChooser>(
      examples, fold, rules_right, [&](std::size_t i, std::size_t k) { return k == examples[i].truth; }, "days", "day",
      "gva-news gold dates", o, out);
}

int train_places(const Pipeline& p, const TrainGvaOptions& o, std::ostream& out) {
  auto gold = read_jsonl(o.gold);
  Extractor rules(p.analyser(), &RoleTagger::shared(), nullptr, nullptr, nullptr);
  auto docs = trace_gold_articles(p, rules, gold, o);
  // One example per article whose gold city and state are among the places it names.
  std::vector<PlaceChooser::Example> examples;
  std::vector<std::vector<char>> right_ones;  // per example, which candidates are right
  std::vector<std::uint8_t> fold;
  std::size_t placed = 0, rules_right = 0;
  for (auto& doc : docs) {
    auto& cands = doc.trace.places;
    if (cands.empty()) continue;
    ++placed;
    const json& g = *doc.incident;
    auto right = [&](const Extractor::PlaceTrace& c) { return gold_city_in_state(g, c.place); };
    // (two names may record the same right place: a town and the part of it, a county and its seat)
    std::vector<char> ok;
    for (auto& c : cands) ok.push_back(right(c));
    // the rules' pick when it is right (where the rules placed nothing, no candidate is theirs), else the first right one
    std::size_t ruled = static_cast<std::size_t>(std::find_if(cands.begin(), cands.end(), [](auto& c) { return c.rules; }) - cands.begin());
    bool rules_ok = ruled < ok.size() && ok[ruled];
    std::size_t truth = rules_ok ? ruled : static_cast<std::size_t>(std::find(ok.begin(), ok.end(), 1) - ok.begin());
    if (truth == ok.size()) continue;
    rules_right += rules_ok;
    PlaceChooser::Example ex;
    for (auto& c : cands) ex.cands.push_back(c.feats);
    ex.truth = truth;
    examples.push_back(std::move(ex));
    right_ones.push_back(std::move(ok));
    fold.push_back(cv_fold(*doc.incident));
  }
  out << fmt::format("train places: {} articles{}, {} naming a town or county, {} with the gold city and state among the places "
                     "named; the rules' place is right for {} of them; {} epochs\n",
                     docs.size(), o.half.empty() ? "" : " (" + o.half + " half)", placed, examples.size(), rules_right, o.epochs);
  return train_chooser<PlaceChooser>(
      examples, fold, rules_right, [&](std::size_t i, std::size_t k) { return right_ones[i][k] != 0; }, "towns and counties",
      "place", "gva-news gold cities", o, out);
}

}  // namespace incidex
