// The exports' columns for what a record says of its groups.
#include "use/export.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace incidex;

TEST(Export, AGroupsClaimRidesWithItsNameInCsvAndJson) {
  Incident inc;
  inc.id = "inc-1";
  inc.record.type = "bombing";
  inc.record.groups = {{"Jund al-Khalifa", "Jund al-Khilafah", "claimed"}, {"KNB", "National Security Committee", ""}};
  std::ostringstream csv, jsonl;
  write_csv(csv, {inc});
  EXPECT_NE(csv.str().find("Jund al-Khalifa (claimed); KNB,"), std::string::npos) << csv.str();
  write_jsonl(jsonl, {inc});
  EXPECT_NE(jsonl.str().find("\"responsibility\":\"claimed\""), std::string::npos) << jsonl.str();
}
