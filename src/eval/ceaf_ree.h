// CEAF-REE for MUC-4 role fillers, as Du et al. (2021) define it: per document and role, predicted
// strings and gold entities (each a list of mention strings) are normalised (lower case, punctuation
// removed, leading a/an/the dropped); a predicted string matches a gold entity when it equals one of
// the entity's mentions; predictions and entities are paired one to one to maximise matches. Matches,
// predictions and gold entities are summed over documents and roles.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "eval/coref.h"

namespace incidex::eval {

inline const std::vector<std::string>& muc_roles() {
  static const std::vector<std::string> roles = {"PerpInd", "PerpOrg", "Target", "Victim", "Weapon"};
  return roles;
}

std::string normalize_filler(const std::string&);

struct RoleCounts {
  double matched = 0, predicted = 0, gold = 0;
  PRF prf() const;
};

class CeafRee {
 public:
  // What one document's role left unpaired: predicted strings (normalised) and gold entities (indices).
  struct Unmatched {
    std::vector<std::string> predicted;
    std::vector<std::size_t> gold;
  };
  // Adds one document's role: predicted strings and gold entities (lists of mentions).
  Unmatched add(const std::string& role, const std::vector<std::string>& predicted,
                const std::vector<std::vector<std::string>>& gold);
  const std::map<std::string, RoleCounts>& roles() const { return roles_; }
  RoleCounts total() const;

 private:
  std::map<std::string, RoleCounts> roles_;
};

}  // namespace incidex::eval
