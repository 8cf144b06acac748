#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include "clean/html.h"

using namespace incidex;

namespace {
const Cleaner& cleaner() {
  static Cleaner c;
  return c;
}
// A raw document as a reader hands it over: "html" pages are parsed, other formats are text.
RawDocument raw_doc(const std::string& format, const std::string& body, const std::string& title = "") {
  RawDocument r;
  r.id = "case";
  r.format = format;
  r.is_html = format == "html";
  r.title = title;
  r.body = body;
  return r;
}
}  // namespace

TEST(Html, KeepsTheArticleAndDropsThePageFurniture) {
  std::string html = R"(<!DOCTYPE html><html><head><title>Gunmen attack offices | Example News</title>
<meta property="article:published_time" content="2016-07-18T09:12:00Z">
<script>var tracking = "Three policemen";</script><style>p { color: red }</style></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article class="story-body">
<h1>Gunmen attack offices</h1>
<p>Gunmen attacked government buildings in Almaty on Monday, killing four people, including three policemen, officials said.</p>
<p>The interior ministry said a district police department was also attacked, and one gunman was detained.</p>
<div class="newsletter-signup"><p>Subscribe to our newsletter for the latest news, every morning, in your inbox.</p></div>
<p>Witnesses said they heard numerous shots&mdash;and then sirens, for more than an hour.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Another attack</a></li><li><a href="/b">More news</a></li></ul></aside>
<footer><p>&copy; 2016 Example News. All rights reserved.</p></footer>
</body></html>)";
  Document d = cleaner().clean(raw_doc("html", html));
  EXPECT_NE(d.text.find("Gunmen attacked government buildings in Almaty"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("numerous shots—and then sirens"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Subscribe"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Share on Facebook"), std::string::npos);
  EXPECT_EQ(d.text.find("Related stories"), std::string::npos);
  EXPECT_EQ(d.text.find("tracking"), std::string::npos);
  EXPECT_EQ(d.text.find("Home"), std::string::npos);
  EXPECT_EQ(d.text.find("All rights reserved"), std::string::npos);
  EXPECT_EQ(d.title, "Gunmen attack offices");
  EXPECT_EQ(d.source, "Example News") << "the site's name after the headline";
  EXPECT_EQ(d.published.iso(), "2016-07-18");
  EXPECT_EQ(d.published_from, "html-meta");
}

TEST(Html, JsonLdGivesTheDateAndHeadline) {
  std::string html = R"(<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Blast in Atyrau","datePublished":"2011-10-31T10:00:00+05:00"}]}
</script></head><body><p>Two blasts shook the oil city of Atyrau, killing only the bomber, officials said on Monday.</p></body></html>)";
  Document d = cleaner().clean(raw_doc("html", html));
  EXPECT_EQ(d.title, "Blast in Atyrau");
  EXPECT_EQ(d.published.iso(), "2011-10-31");
  EXPECT_EQ(d.published_from, "json-ld");
}

TEST(Html, EntitiesInPlainTextAreDecoded) {
  EXPECT_EQ(decode_entities("MOSCOW &mdash; Saturday&rsquo;s attack &amp; &#8220;chaos&#8221;"),
            "MOSCOW — Saturday’s attack & “chaos”");
  EXPECT_EQ(decode_entities("no entities < here > at all"), "no entities < here > at all");
  EXPECT_EQ(decode_entities("AT&T and a < b"), "AT&T and a < b");
  // an ampersand of prose beside a reference, and hex references
  EXPECT_EQ(decode_entities("Bar & Grill&#x2019;s"), "Bar & Grill\u2019s");
}

TEST(Clean, WhitespaceUnicodeAndJunkLines) {
  // NFD "é" (e + combining acute) becomes NFC; spaces collapse; paragraphs keep one blank line.
  std::string in = "Caf\x65\xCC\x81  attack\t\u00a0here.\r\n\r\n\r\n  Second   paragraph.  \nAdvertisement\nYou must enter the characters with black color that stand out\nLast line.";
  EXPECT_EQ(cleaner().normalize(in), "Caf\xC3\xA9 attack here.\n\nSecond paragraph.\nLast line.");
  EXPECT_TRUE(cleaner().is_junk_line("A friend wanted you to see this item from WRAL.com: http://wr.al/x"));
  EXPECT_TRUE(cleaner().is_junk_line("Please enable Javascript to watch this video"));
  EXPECT_TRUE(cleaner().is_junk_line("Copyright 2015 The Associated Press. All rights reserved."));
  EXPECT_TRUE(cleaner().is_junk_line("Caption More news stories you might be interested in"));
  EXPECT_FALSE(cleaner().is_junk_line("Police said the shooting happened at 11:40 p.m. Wednesday."));
  EXPECT_FALSE(cleaner().is_junk_line("Captain Ray Smith said the shooting was an accident."));
  // a link to another story: its deaths are not this one's
  EXPECT_TRUE(cleaner().is_junk_line("READ MORE: Six killed in campsite homicide, suspect charged"));
  EXPECT_TRUE(cleaner().is_junk_line("RELATED: Mom of slain teen: 'I want them to pay for killing my baby'"));
  EXPECT_FALSE(cleaner().is_junk_line("UPDATE: The second victim has died, police said."));
  // a broadcaster's weather alerts, whose counties read as places; not an alert the story tells of
  EXPECT_TRUE(cleaner().is_junk_line("Lake Effect Snow Warning issued January 11 at 6:51PM EST expiring January 14 at 4:00AM "
                                     "EST in effect for: Erie, Wyoming"));
  EXPECT_FALSE(cleaner().is_junk_line("An Amber Alert is still in effect for a 16-year-old girl who remains missing."));
  // a correction of an earlier version: what it says was wrong is not the story
  EXPECT_TRUE(cleaner().is_junk_line("*NOTE: A previous version of this story indicated the teen had died. Police later "
                                     "corrected the information to show he is still alive."));
  // a video's captions pasted in after the story (WebVTT), in capitals: read as text they made the whole
  // article caseless wire copy
  EXPECT_TRUE(cleaner().is_junk_line("WEBVTT >> IS EVERYONE READY?GOOD MORNING.LET ME BEGIN BY OFFERING MYTHOUGHTS AND "
                                     "PRAYERS ANDCONDOLENCES TO THE INDIVIDUALSTHAT WERE THE VICTIMS"));
  EXPECT_FALSE(cleaner().is_junk_line("The station's WebVTT captions were wrong, the editor said."));
}

TEST(Clean, AVideoPlaylistIsDropped) {
  // three or more lines in a row that each give a video's running time and title: a playlist beside the story
  EXPECT_EQ(cleaner().normalize("Man held in shooting\n\n0:24 Police investigate scene of shooting in southwest Fresno Pause\n\n"
                                "1:38 Husband accused of killing her\n\n2:26 Mexico rejects wall\n\nPolice said two men were shot."),
            "Man held in shooting\n\nPolice said two men were shot.");
  // clock times are a live blog's entries, and two lines are no playlist
  const std::string blog = "7:21 PM: A big emergency response is headed to High Point Drive.\n\n7:38 pm Seattle Fire has dispatched a "
                           "chaplain.\n\n8:27 A.M. THURSDAY: police believe the shot was accidental.";
  EXPECT_EQ(cleaner().normalize(blog), blog);
  const std::string two = "1:09 Procession for a deputy\n\n0:47 Deputy dies after accidental shooting\n\nThe deputy was shot.";
  EXPECT_EQ(cleaner().normalize(two), two);
}

TEST(Clean, ABroadcastsTranscriptInCapitalsIsDropped) {
  // a long line in capitals beside a story written in both cases: a transcript pasted into the page
  const std::string shout = "LIVE FROM HOLLYWOOD, I'M ROSS PALOMBO, LOCAL10 NEWS. HEARTBREAKING NEWS TONIGHT. A TEN-YEAR-OLD "
                            "CAUGHT IN THE CROSSFIRE OF A DRIVE-BY SHOOTING. POLICE SAY THE BOY WAS PLAYING WITH A BALL "
                            "OUTSIDE HIS HOME WHEN SHOTS RANG OUT. WE HAVE A CREW AT THE HOSPITAL AND WILL BRING YOU MORE.";
  const std::string story = "A 10-year-old boy is dead after being shot in the head in Miami, police said. The shooting "
                            "happened about 8:50 p.m. Tuesday in the 1900 block of Northwest Fourth Court, where officers "
                            "found the boy lying in the street. His uncle said he was playing with a ball outside his home when "
                            "the shots were fired.";
  EXPECT_EQ(cleaner().normalize(shout + "\n\n" + story), story);
  // wire copy all in capitals keeps its lines, and so does a short line in capitals beside a story
  const std::string wire = shout + "\n\nTHE POLICE SAID THE BOY DIED AT THE HOSPITAL. THE MAYOR CALLED IT A TRAGEDY AND "
                                   "ASKED WITNESSES TO COME FORWARD. A REWARD OF 3,000 DOLLARS IS OFFERED FOR INFORMATION "
                                   "LEADING TO AN ARREST IN THE CASE.";
  EXPECT_EQ(cleaner().normalize(wire), wire);
  const std::string shortline = "POLICE: BOY, 10, SHOT IN MIAMI\n\n" + story;
  EXPECT_EQ(cleaner().normalize(shortline), shortline);
}

TEST(Clean, OtherStoriesHeadlinesAfterTheirHeaderAreDropped) {
  // "Also read:" and the headlines after it are other stories; the first line of prose after them is this one's
  EXPECT_EQ(cleaner().normalize("A 5-year-old boy shot his brother.\n\nAlso read:\n\nDeputies: 4-year-old dead after finding gun\n\n"
                                "3-year-old dies after accidentally shooting himself\n\nThe boy is in stable condition."),
            "A 5-year-old boy shot his brother.\n\nThe boy is in stable condition.");
  EXPECT_EQ(cleaner().normalize("Two men were shot.\nMore Local News\n+ Toddler shot on New Years Eve identified by family"),
            "Two men were shot.");
  // a short line with no header before it stays (a subheading, or a headline the story itself gives)
  const std::string kept = "Two men were shot.\n\nSuspect arrested\n\nPolice said the man was arrested.";
  EXPECT_EQ(cleaner().normalize(kept), kept);
}

TEST(Clean, HyphensAndTheEnDashOfAnAge) {
  // U+2010 and U+2011 are hyphens; an en dash joins an age's parts, and stays between two words
  EXPECT_EQ(cleaner().normalize("a 20\u2013year\u2013old man, a non\u2011fatal wound, well\u2010known"),
            "a 20-year-old man, a non-fatal wound, well-known");
  EXPECT_EQ(cleaner().normalize("Tishomingo Center\u2013Iuka and 1990\u20131995"), "Tishomingo Center\u2013Iuka and 1990\u20131995");
}

TEST(Clean, DatelinesAndTheirDates) {
  struct Case { const char* text; const char* place; const char* date; };
  for (auto c : {Case{"MOSCOW — An attacker went on a rampage.", "MOSCOW", ""},
                 Case{"GAINESVILLE, Fla. - One person was killed", "GAINESVILLE, Fla.", ""},
                 Case{"SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN", "SAN SALVADOR", "1990-01-03"},
                 Case{"HAVANA (CUBA), 17 NOV 89 (RADIO REBELDE NETWORK) -- [COMMENTARY]", "HAVANA", "1989-11-17"},
                 Case{"PANAMA CITY (PANAMA), 16 MAY 90 (EL PANAMA AMERICA) -- [ARTICLE]", "PANAMA CITY", "1990-05-16"},
                 Case{"SAN SALVADOR, 13 NOV (ACAN-EFE) -- [TEXT] THE VEHICLE", "SAN SALVADOR", ""},
                 Case{"Saturday, November 12, 2011\n\n\none thing we felt", "", "2011-11-12"},
                 Case{"(CNN)An anti-terror operation is underway", "", ""},
                 Case{"Police said on Monday that", "", ""}}) {
    Dateline d = Cleaner::find_dateline(c.text);
    EXPECT_EQ(d.place, c.place) << c.text;
    EXPECT_EQ(d.date.iso(), c.date) << c.text;
  }
}

TEST(Clean, TheDatelineAfterACopyOfTheHeadline) {
  RawDocument r = raw_doc("jsonl",
                          "FMPD: 16-year-old accidentally shoots himself\n\nFORT MYERS, Fla.- Fort Myers police say a "
                          "teen shot himself.",
                          "FMPD: 16-year-old accidentally shoots himself");
  Document d = cleaner().clean(r);
  EXPECT_EQ(d.dateline_place, "FORT MYERS, Fla.");
  EXPECT_EQ(d.text.substr(d.dateline_start, d.dateline_end - d.dateline_start), "FORT MYERS, Fla.- ");
  r.body = "FMPD: a teen accidentally shot himself on Sunday.";  // no copy of the headline: read as before
  EXPECT_EQ(cleaner().clean(r).dateline_place, "FMPD");
}

TEST(Clean, TheDatelineOfALaterParagraph) {
  // a page's prompt before the story: the dateline opens the second paragraph
  RawDocument r = raw_doc("jsonl",
                          "Follow CBSMIAMI.COM: Facebook | Twitter\n\nMIAMI (CBSMiami) \u2013 A child was shot in the head "
                          "on Sunday.",
                          "Investigation Underway After Child Shot In The Head");
  Document d = cleaner().clean(r);
  EXPECT_EQ(d.dateline_place, "MIAMI");
  EXPECT_EQ(d.text.substr(d.dateline_start, 5), "MIAMI");
  // not a colon's label, nor a label the list knows ("RELATED ARTICLE - ...")
  r.body = "Posted by the newsroom\n\nUPDATE: the boy is in stable condition.\n\nRELATED ARTICLE - Two shot in Miami";
  d = cleaner().clean(r);
  EXPECT_TRUE(d.dateline_place.empty()) << d.dateline_place;
  r.body = "Posted by the newsroom\n\nLATEST:\nThe boy is in stable condition.";  // a colon at a line's end too
  EXPECT_TRUE(cleaner().clean(r).dateline_place.empty());
  // nor past the fourth paragraph
  r.body = "One.\n\nTwo.\n\nThree.\n\nFour.\n\nMIAMI (CBSMiami) \u2013 A child was shot.";
  EXPECT_TRUE(cleaner().clean(r).dateline_place.empty());
}

TEST(Clean, TheSitesNameAfterTheHeadlineIsTheSource) {
  Document d = cleaner().clean(
      raw_doc("jsonl", "A man was shot on Spain Street.",
              "BRPD investigating fatal shooting on Spain St. - KSLA News 12 Shreveport, Louisiana News Weather & Sports"));
  EXPECT_EQ(d.title, "BRPD investigating fatal shooting on Spain St.");
  EXPECT_EQ(d.source, "KSLA News 12 Shreveport, Louisiana News Weather & Sports");
  for (const char* kept : {"Shooting in Gresham - one dead", "Man shot - police", "Teen shot, killed one day before his birthday"})
    EXPECT_EQ(Cleaner::split_title(kept).headline.size(), std::string_view(kept).size()) << kept;
  EXPECT_EQ(Cleaner::split_title("Teen dead in Dodds Ave. shooting - WRCBtv.com").headline.size(), 32u);
  EXPECT_EQ(Cleaner::split_title("Four shot | Chicago Tribune").headline.size(), 9u);
}

TEST(Clean, PublicationDateOrder) {
  RawDocument r;
  r.id = "x";
  r.format = "txt";
  r.body = "Saturday, November 12, 2011\n\nSomething happened today.";
  EXPECT_EQ(cleaner().clean(r).published_from, "dateline");
  r.published = "2011-11-13";
  r.format = "jsonl";
  Document d = cleaner().clean(r);
  EXPECT_EQ(d.published.iso(), "2011-11-13");
  EXPECT_EQ(d.published_from, "json");
  RawDocument plain;
  plain.id = "y";
  plain.format = "txt";
  plain.body = "Gunmen attacked on Monday.";
  EXPECT_EQ(cleaner().clean(plain).published_from, "none");
  CleanOptions o;
  o.published = Date::ymd(2016, 7, 18);
  Cleaner with(o);
  Document p = with.clean(plain);
  EXPECT_EQ(p.published.iso(), "2016-07-18");
  EXPECT_EQ(p.published_from, "option");
}

TEST(Html, AnArticleSplitAcrossContainersAndItsEmbeddedPostAreKept) {
  std::string para = "The researchers, who worked for years on the question, found the cells in the lungs, the gut and the thymus, where nobody had looked.";
  std::string html = "<html><head><title>Cells</title></head><body><div id=\"post\">"
                     "<div class=\"section\"><div class=\"wrap\"><div class=\"text\"><p>First part. " + para + "</p><p>" + para + "</p><p>" + para + "</p></div></div></div>"
                     "<figure><img src=\"x.jpg\"></figure>"
                     "<div class=\"section\"><div class=\"wrap\"><div class=\"text\"><p>Second part. " + para + "</p><p>" + para + "</p><p>" + para + "</p></div></div></div>"
                     "<div class=\"section\"><div class=\"wrap\"><div class=\"text\"><p>Third part. " + para + "</p><p>" + para + "</p></div></div></div>"
                     "<blockquote class=\"twitter-tweet\"><p>Senate resolves to observe a minute of silence, the senators said on the floor today.</p></blockquote>"
                     "</div><div class=\"related\"><ul><li><a href=\"/a\">Other story</a></li></ul></div></body></html>";
  Document d = cleaner().clean(raw_doc("html", html));
  EXPECT_NE(d.text.find("First part."), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("Second part."), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("Third part."), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("Senate resolves"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Other story"), std::string::npos) << d.text;
}
