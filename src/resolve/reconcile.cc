#include "resolve/reconcile.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/dates.h"
#include "core/hash.h"
#include "resolve/keys.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

std::string incident_id(const std::string& document, std::size_t ordinal) {
  std::uint64_t h = FnvHash{}(document + "#" + std::to_string(ordinal));
  return fmt::format("inc-{:012x}", h & 0xffffffffffffULL);
}

namespace {

// Earlier publication first; a report with no publication date counts as the earliest (it cannot claim to
// be the latest word); then document order.
bool earlier(const ResolveItem* a, const ResolveItem* b) {
  if (a->published.known() != b->published.known()) return !a->published.known();
  if (a->published.iso() != b->published.iso()) return a->published.iso() < b->published.iso();
  return std::tie(a->document, a->ordinal) < std::tie(b->document, b->ordinal);
}

bool contains(const Date& wide, const Date& narrow) {
  if (!wide.known() || !narrow.known() || wide.year != narrow.year) return false;
  if (wide.precision == Date::Precision::year) return true;
  return wide.precision == Date::Precision::month && narrow.month == wide.month;
}

std::string count_text(const Count& c) { return (c.qualifier.empty() ? "" : c.qualifier + " ") + std::to_string(*c.value); }

// A name's words in lower case, letters alone ("Jonathan “JD” DeGuzman": jonathan, jd, deguzman).
std::vector<std::string> name_words(const std::string& text) {
  std::vector<std::string> w(1);
  for (char c : text)
    if (std::isalpha(static_cast<unsigned char>(c))) w.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (c != '\'' && !w.back().empty()) w.emplace_back();
  if (w.back().empty()) w.pop_back();
  return w;
}

// A shorter name one report gives a person another report names in full ("Jamar" / "Jamar Hamilton", "Cade
// Booher" / "William Cade Booher") is that person, told once: the same words, spelt the same ("Lilly" is no
// "Lyle"), and not where a generational suffix tells the two apart ("Dwayne Jackson" / "Dwayne Jackson Jr.": a
// father and his son). `name_of` gives an item's name ("" for none: a description, "the gunman", stays);
// `fold(into, part, part_name)` merges the shorter into the longer, taking the shorter's name when more
// reports give it (`told`, by fuzzy key) or where the longer only adds words after a first name and surname
// (a town the name took: "Antonio Neeley Lauderhill").
template <class T, class NameOf, class Fold>
void fold_part_names(std::vector<T>& items, const std::unordered_map<std::string, int>& told, NameOf name_of, Fold fold) {
  auto named = [&](const T& x) {
    const std::string n = name_of(x);
    return !n.empty() && std::isupper(static_cast<unsigned char>(n[0]));
  };
  auto reports = [&](const T& x) {
    auto it = told.find(fuzzy_key(name_of(x)));
    return it == told.end() ? 0 : it->second;
  };
  auto generational = [](const std::string& w) { return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv"; };
  std::vector<bool> folded(items.size(), false);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (folded[i] || !named(items[i])) continue;
    const auto part = name_words(name_of(items[i]));
    for (std::size_t j = 0; j < items.size(); ++j) {
      if (j == i || folded[j] || !named(items[j])) continue;
      const auto whole = name_words(name_of(items[j]));
      if (whole.size() <= part.size() || part.empty()) continue;
      const auto at = std::search(whole.begin(), whole.end(), part.begin(), part.end());
      if (at == whole.end()) continue;
      bool suffix_only = true;
      for (auto w = whole.begin(); w != whole.end(); ++w)
        if ((w < at || w >= at + static_cast<std::ptrdiff_t>(part.size())) && !generational(*w)) suffix_only = false;
      if (suffix_only) continue;
      fold(items[j], items[i], reports(items[i]) > reports(items[j]) || (part.size() >= 2 && at == whole.begin()));
      // (the person keeps the place the first report gave)
      if (i < j) std::swap(items[i], items[j]), folded[j] = true;
      else folded[i] = true;
      break;
    }
  }
  for (std::size_t i = items.size(); i-- > 0;)
    if (folded[i]) items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
}

}  // namespace

Incident reconcile(const std::vector<const ResolveItem*>& members, const std::vector<Link>& links) {
  Incident inc;
  std::vector<const ResolveItem*> by_time(members.begin(), members.end());
  std::stable_sort(by_time.begin(), by_time.end(), earlier);
  std::vector<const ResolveItem*> mains;
  for (auto* m : by_time)
    if (m->mention.main) mains.push_back(m);
  // Passing reports decide a field only when no main report gives it.
  const std::vector<const ResolveItem*>& voters = mains.empty() ? by_time : mains;
  inc.record = voters.front()->mention;
  inc.record.document.clear();
  inc.record.main = !mains.empty();

  for (auto* m : members) {
    if (std::find(inc.documents.begin(), inc.documents.end(), m->document) == inc.documents.end()) inc.documents.push_back(m->document);
    if (m->mention.main && std::find(inc.main_documents.begin(), inc.main_documents.end(), m->document) == inc.main_documents.end())
      inc.main_documents.push_back(m->document);
  }
  auto report = [&](const ResolveItem* m, const std::string& field, const std::string& value, const std::string& q = {}) {
    inc.reports.push_back({m->document, field, value, q, m->published});
  };
  for (auto* m : by_time) {
    const Mention& x = m->mention;
    report(m, "type", x.type);
    if (x.date.known()) report(m, "date", x.date.iso());
    if (x.location) report(m, "location", x.location->name);
    if (x.killed.value) report(m, "killed", std::to_string(*x.killed.value), x.killed.qualifier);
    if (x.wounded.value) report(m, "wounded", std::to_string(*x.wounded.value), x.wounded.qualifier);
    if (x.attackers_killed.value) report(m, "attackers_killed", std::to_string(*x.attackers_killed.value));
  }

  // The value most reports give; ties to the earliest-published. `key` returns "" for no value.
  auto vote = [&](auto key) -> std::pair<const ResolveItem*, int> {
    std::map<std::string, int> votes;
    for (auto* m : voters)
      if (auto k = key(m); !k.empty()) ++votes[k];
    const ResolveItem* best = nullptr;
    int best_votes = 0;
    for (auto* m : voters) {
      auto k = key(m);
      if (k.empty()) continue;
      if (votes[k] > best_votes) best = m, best_votes = votes[k];
    }
    return {best, best_votes};
  };
  auto plural = [](int n, const char* what) { return fmt::format("{} {}{}", n, what, n == 1 ? "" : "s"); };

  // Type.
  if (auto [m, n] = vote([](const ResolveItem* m) { return m->mention.type == "other"sv ? std::string() : m->mention.type; }); m) {
    inc.record.type = m->mention.type;
    inc.choices.push_back({"type", m->mention.type, fmt::format("most reports ({} of {})", n, voters.size())});
  }
  // Date: day-precision dates vote; a coarser date counts for every day it contains.
  {
    std::map<std::string, int> votes;
    std::map<std::string, const ResolveItem*> first;
    for (auto* m : voters) {
      const Date& d = m->mention.date;
      if (!d.known()) continue;
      votes[d.iso()] += 2;
      first.emplace(d.iso(), m);
    }
    for (auto* m : voters)
      for (auto& [iso, v] : votes)
        if (contains(m->mention.date, Date::parse_iso(iso))) v += 1;
    const ResolveItem* best = nullptr;
    int best_votes = 0;
    for (auto* m : voters) {
      const Date& d = m->mention.date;
      if (!d.known()) continue;
      int v = votes[d.iso()];
      bool finer = best && d.precision > best->mention.date.precision && contains(best->mention.date, d);
      if (!best || v > best_votes || finer) best = m, best_votes = v;
    }
    inc.record.latest = {};
    if (best) {
      inc.record.date = best->mention.date;
      int agreeing = 0, known = 0;
      for (auto* m : voters) {
        known += m->mention.date.known();
        agreeing += m->mention.date == best->mention.date;
      }
      std::string rule = known == 1 ? fmt::format("the only report with a date ({})", best->document)
                                    : fmt::format("most reports ({} of {} with a date)", agreeing, known);
      int unknown = static_cast<int>(voters.size()) - known;
      if (unknown > 0) rule += fmt::format("; carried to {} without one", plural(unknown, "report"));
      inc.choices.push_back({"date", best->mention.date.iso(), rule});
      // Date evidence comes from the report that gave the date.
    } else {
      inc.record.date = {};
      // no report dates it: on or before the earliest day one of them was published
      for (auto* m : voters) {
        const Date& l = m->mention.latest;
        if (l.known() && (!inc.record.latest.known() || days_between(l, inc.record.latest) > 0)) inc.record.latest = l;
      }
      if (inc.record.latest.known())
        inc.choices.push_back({"date", "on or before " + inc.record.latest.iso(), "no report dates it; the earliest report's publication day"});
    }
  }
  // Place: city-level readings vote by name and region.
  if (auto [m, n] = vote([](const ResolveItem* m) {
        const auto& l = m->mention.location;
        return l ? l->name + "|" + l->admin1 + "|" + l->country : std::string();
      });
      m) {
    inc.record.location = m->mention.location;
    inc.choices.push_back({"location", m->mention.location->name, fmt::format("most reports ({} of {})", n, voters.size())});
  } else {
    inc.record.location.reset();
  }
  // Counts: the figure most reports give, ties to the latest (counts grow as news matures: a lone update
  // outweighs one earlier report, not two that agree), raised to the highest lower bound.
  // Returns the report whose figure was taken (nullptr: none gave one).
  auto choose_count = [&](const char* field, Count Mention::*member) -> const ResolveItem* {
    std::map<int, std::pair<int, const ResolveItem*>> figures;  // figure -> reports giving it, the latest of them
    const ResolveItem* bound = nullptr;
    int reports = 0;
    for (auto* m : voters) {
      const Count& c = m->mention.*member;
      if (!c.value) continue;
      ++reports;
      auto& [n, latest] = figures[*c.value];
      ++n;
      latest = m;  // voters are in publication order
      if ((c.qualifier == "at least"sv || c.qualifier == "more than"sv) && (!bound || *c.value > *(bound->mention.*member).value)) bound = m;
    }
    Count& out = inc.record.*member;
    if (figures.empty()) {
      out = {};
      return nullptr;
    }
    const ResolveItem* chosen = nullptr;
    int most = 0;
    for (auto* m : voters)  // in publication order, so that a later report wins a tie
      if (const Count& c = m->mention.*member; c.value && figures[*c.value].first >= most) {
        most = figures[*c.value].first;
        chosen = figures[*c.value].second;
      }
    out = chosen->mention.*member;
    std::string when = chosen->published.known() ? ", " + chosen->published.iso() : "";
    std::string rule = reports == 1 ? fmt::format("the only report ({})", chosen->document)
                       : figures.size() == 1 ? fmt::format("all {} reports ({})", reports, chosen->document)
                       : most > 1 ? fmt::format("{} of {} reports give it, the latest {}{}", most, reports, chosen->document, when)
                                  : fmt::format("the latest of {} ({}{})", plural(reports, "report"), chosen->document, when);
    if (bound && *(bound->mention.*member).value > *out.value) {
      out = bound->mention.*member;
      chosen = bound;
      rule = fmt::format("raised to the lower bound '{}' of {}", count_text(out), bound->document);
    }
    inc.choices.push_back({field, std::to_string(*out.value), rule});
    return chosen;
  };
  // The attacker's death is told beside the count of the people he killed, which leaves him out: it comes
  // from the report whose count of the dead was taken (another report's total may count him already).
  const ResolveItem* killed_from = choose_count("killed", &Mention::killed);
  choose_count("wounded", &Mention::wounded);
  inc.record.attackers_killed = killed_from ? killed_from->mention.attackers_killed : Count{};
  if (inc.record.attackers_killed.value)
    inc.choices.push_back({"attackers_killed", std::to_string(*inc.record.attackers_killed.value),
                           fmt::format("told beside the count of the dead taken ({})", killed_from->document)});

  // Names and things: the union, each spelling once. A person more reports name as an attacker than as a
  // victim is no victim (a report naming someone both ways counts for the attacker: "Kariyev ... blew himself
  // up"); one report's suspect does not remove the victim two others name. A victim's fate is the latest told:
  // hurt in the first report, dead in the next. A part of a person's name one report gives is the person
  // another names in full (fold_part_names). gva-news per incident: victims 1541 -> 1522, 7 right fewer
  // (each told twice) and 12 wrong ("News Destiny Jones" beside "Destiny Jones"); suspects 815 -> 812.
  std::unordered_map<std::string, int> perpetrator_keys;  // key -> the times the reports name that perpetrator
  auto unite_actors = [&](std::vector<Actor> Mention::*member, bool perpetrators) {
    std::vector<Actor> out;
    std::unordered_map<std::string, std::size_t> seen;  // key -> its place in out
    for (auto* m : by_time)
      for (auto& a : m->mention.*member) {
        std::string k = fuzzy_key(a.name.empty() ? a.text : a.name);
        if (perpetrators) ++perpetrator_keys[k];
        if (auto it = seen.find(k); it != seen.end()) {
          // another report that says more of the group's part adds it: a claim (the group's own word) over
          // "named responsible" over "blamed" (someone's accusation)
          auto rank = [](const std::string& r) {
            return r == "claimed" ? 3 : r == "named responsible" ? 2 : r == "blamed" ? 1 : 0;
          };
          std::string& kept = out[it->second].responsibility;
          if (rank(a.responsibility) > rank(kept)) kept = a.responsibility;
          continue;
        }
        seen.emplace(k, out.size());
        out.push_back(a);
      }
    inc.record.*member = out;
  };
  unite_actors(&Mention::perpetrators, true);
  fold_part_names(inc.record.perpetrators, perpetrator_keys, [](const Actor& a) { return a.name; },
                  [&](Actor& into, const Actor& part, bool part_name) {
                    const std::string whole = into.name;
                    if (part_name) into.text = part.text, into.name = part.name;
                    inc.choices.push_back({"perpetrators", into.name, fmt::format("one person with '{}'", part_name ? whole : part.name)});
                  });
  unite_actors(&Mention::groups, false);
  {
    std::vector<Victim> out;
    std::unordered_map<std::string, std::size_t> seen;  // key -> its place in out
    std::unordered_map<std::string, int> victim_reports;  // key -> the reports naming that victim and no such attacker
    std::unordered_map<std::string, int> told;            // key -> the reports naming that victim
    for (auto* m : by_time) {
      std::unordered_set<std::string> attackers;  // the report's perpetrators' keys
      for (auto& a : m->mention.perpetrators) attackers.insert(fuzzy_key(a.name.empty() ? a.text : a.name));
      for (auto& v : m->mention.victims) {
        std::string k = fuzzy_key(v.text);
        ++told[k];
        if (!attackers.count(k)) ++victim_reports[k];
      }
    }
    std::vector<const ResolveItem*> restated;  // in the order of out: the later report whose status was taken
    std::unordered_set<std::string> left_out;
    for (auto* m : by_time)
      for (auto& v : m->mention.victims) {
        std::string k = fuzzy_key(v.text);
        bool named = !v.text.empty() && std::isupper(static_cast<unsigned char>(v.text[0]));
        if (auto p = perpetrator_keys.find(k); named && p != perpetrator_keys.end() && p->second > victim_reports[k]) {
          if (left_out.insert(k).second)
            inc.choices.push_back({"victims", v.text,
                                   fmt::format("left out: named an attacker {}, a victim by {}", plural(p->second, "time"),
                                               plural(victim_reports[k], "other report"))});
          continue;
        }
        if (auto it = seen.find(k); it != seen.end()) {
          if (std::string& kept = out[it->second].status; v.status != "unknown" && v.status != kept)
            kept = v.status, restated[it->second] = m;
          continue;
        }
        seen.emplace(k, out.size());
        out.push_back(v);
        restated.push_back(nullptr);
      }
    for (std::size_t i = 0; i < out.size(); ++i)
      if (restated[i])
        inc.choices.push_back({"victims", out[i].text + ": " + out[i].status,
                               fmt::format("the latest report that tells it ({})", restated[i]->document)});
    fold_part_names(out, told, [](const Victim& v) { return v.text; }, [&](Victim& into, const Victim& part, bool part_name) {
      if (into.status == "unknown") into.status = part.status;
      const std::string whole = into.text;
      if (part_name) into.text = part.text;
      inc.choices.push_back({"victims", into.text, fmt::format("one person with '{}'", part_name ? whole : part.text)});
    });
    inc.record.victims = out;
  }
  {
    std::vector<Target> targets;
    std::vector<Weapon> weapons;
    std::unordered_set<std::string> seen_t, seen_w;
    for (auto* m : by_time) {
      for (auto& t : m->mention.targets)
        if (seen_t.insert(fuzzy_key(t.text)).second) targets.push_back(t);
      for (auto& w : m->mention.weapons)
        if (seen_w.insert(fuzzy_key(w.text)).second) weapons.push_back(w);
    }
    inc.record.targets = targets;
    inc.record.weapons = weapons;
  }
  inc.record.suicide = inc.record.accidental = inc.record.self_inflicted = inc.record.police_shooting = inc.record.attempted = false;
  for (auto* m : voters) {
    inc.record.suicide |= m->mention.suicide;
    inc.record.accidental |= m->mention.accidental;
    inc.record.self_inflicted |= m->mention.self_inflicted;
    inc.record.police_shooting |= m->mention.police_shooting;
    inc.record.attempted |= m->mention.attempted;
  }
  // Evidence: every report's, in publication order.
  inc.record.evidence.clear();
  for (auto* m : by_time)
    for (auto& e : m->mention.evidence) inc.record.evidence.push_back(e);
  inc.links = links;
  return inc;
}

IdAssignment assign_ids(const std::vector<ResolveItem>& items, const Resolution& res,
                        const std::vector<std::optional<PriorIncident>>& prior) {
  const auto groups = static_cast<std::size_t>(res.groups);
  IdAssignment out;
  out.ids.resize(groups);
  out.merged.resize(groups);
  // For each group, the prior incidents of its items and how many items each held.
  std::vector<std::map<std::string, std::pair<std::int64_t, int>>> held(groups);
  std::set<std::string> prior_ids;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i >= prior.size() || !prior[i]) continue;
    auto& h = held[static_cast<std::size_t>(res.cluster[i])][prior[i]->id];
    h.first = prior[i]->age;
    ++h.second;
    prior_ids.insert(prior[i]->id);
  }
  // Oldest incident first; among groups claiming it, the one holding most of its reports, then the first.
  struct Claim {
    std::int64_t age;
    int count;
    std::size_t group;
    std::string id;
  };
  std::vector<Claim> claims;
  for (std::size_t g = 0; g < groups; ++g)
    for (auto& [id, h] : held[g]) claims.push_back({h.first, h.second, g, id});
  std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.age, b.count, a.group, a.id) < std::tie(b.age, a.count, b.group, b.id);
  });
  std::set<std::string> taken;
  for (auto& c : claims) {
    if (!out.ids[c.group].empty() || taken.count(c.id)) continue;
    out.ids[c.group] = c.id;
    taken.insert(c.id);
  }
  // New groups: the id of their first report, made unique if an incident already holds it.
  std::vector<std::int64_t> first(groups, -1);
  for (std::size_t i = 0; i < items.size(); ++i)
    if (first[static_cast<std::size_t>(res.cluster[i])] < 0) first[static_cast<std::size_t>(res.cluster[i])] = static_cast<std::int64_t>(i);
  for (std::size_t g = 0; g < groups; ++g) {
    if (!out.ids[g].empty()) continue;
    const ResolveItem& f = items[static_cast<std::size_t>(first[g])];
    std::string id = incident_id(f.document, static_cast<std::size_t>(f.ordinal));
    for (int salt = 1; taken.count(id) || prior_ids.count(id); ++salt)
      id = incident_id(f.document + "#" + std::to_string(salt), static_cast<std::size_t>(f.ordinal));
    out.ids[g] = id;
    taken.insert(id);
  }
  // Prior incidents no group kept are merged into the group that holds most of their reports.
  for (auto& c : claims) {
    if (taken.count(c.id)) continue;
    out.merged[c.group].push_back(c.id);
    taken.insert(c.id);
  }
  return out;
}

}  // namespace incidex
