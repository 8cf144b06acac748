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

// An undated incident's bound, "on or before", in every export: its own CSV column, the JSON field, and the
// table's date column.
TEST(Export, AnUndatedIncidentsBoundInCsvJsonAndTheTable) {
  Incident inc;
  inc.id = "inc-2";
  inc.record.type = "armed_assault";
  inc.record.latest = Date::ymd(2016, 10, 17);
  std::ostringstream csv, jsonl, table;
  write_csv(csv, {inc});
  EXPECT_NE(csv.str().find("inc-2,armed_assault,,,2016-10-17,"), std::string::npos) << csv.str();
  write_jsonl(jsonl, {inc});
  EXPECT_NE(jsonl.str().find("\"date\":null"), std::string::npos) << jsonl.str();
  EXPECT_NE(jsonl.str().find("\"date_latest\":\"2016-10-17\""), std::string::npos) << jsonl.str();
  write_table(table, {inc});
  EXPECT_NE(table.str().find("inc-2            <=2016-10-17 armed_assault"), std::string::npos) << table.str();
}
