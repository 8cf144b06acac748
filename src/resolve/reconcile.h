// Reconciliation: one incident record from the reports the resolver grouped, each field keeping every
// report (document, value, qualifier, publication date) and one chosen value with the rule that chose it:
//
//   type, date, place   the value most main reports give (a day beats a month or a year that contains it);
//                       ties go to the earliest-published report; a date known to any report is the
//                       incident's, so a report that could not anchor "on Saturday" gets it from the others
//   killed, wounded     the figure most main reports give, ties to the latest-published (counts grow as
//                       news matures, so a lone update beats one earlier report but not two that agree),
//                       raised to the highest "at least" any report gives, since that is a lower bound
//   names, weapons …    the union, spelling variants once (fuzzy_key), and a part of a person's name one
//                       report gives ("Jamar") the person another names in full ("Jamar Hamilton"); a
//                       person more reports name as an attacker than as a victim is no victim; a victim's
//                       status is the latest report's that tells it (hurt, then dead); each fold, left-out
//                       victim and restated status is a choice with its rule ("one person with 'Jamar'")
//   flags               set when any main report sets them
#pragma once
#include <vector>

#include "core/record.h"
#include "resolve/resolver.h"

namespace incidex {

// `members` are the group's items in item order; `links` the resolver's links for them.
Incident reconcile(const std::vector<const ResolveItem*>& members, const std::vector<Link>& links);

// The stable id of a new incident: from its first report (document and ordinal).
std::string incident_id(const std::string& document, std::size_t ordinal);

// Ids for the groups of a resolution, keeping the ids the store had: a group whose reports were in
// incidents before takes the oldest of those ids (lowest `age`), the others become its aliases; a new group
// gets incident_id() of its first report. Deterministic.
struct PriorIncident {
  std::string id;
  std::int64_t age = 0;  // lower is older (the incidents table's rowid)
};
struct IdAssignment {
  std::vector<std::string> ids;                                // per group
  std::vector<std::vector<std::string>> merged;                // per group: prior ids it absorbed (new aliases)
};
IdAssignment assign_ids(const std::vector<ResolveItem>& items, const Resolution&,
                        const std::vector<std::optional<PriorIncident>>& prior);  // prior[i]: items[i]'s incident before

}  // namespace incidex
