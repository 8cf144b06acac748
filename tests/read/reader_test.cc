// The read stage on good and bad input: every bad item is reported with file and line/offset, counted,
// and skipped, and reading goes on.
#include "read/reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_util.h"

using namespace incidex;
using incidex::testing::TempDir;

namespace {
struct Collected {
  std::vector<RawDocument> docs;
  std::vector<ReadIssue> issues;
  ReadStats stats;
};
Collected read_all(const std::vector<std::string>& inputs, ReadOptions o = {}) {
  Collected c;
  Reader r(o);
  r.on_document = [&](RawDocument&& d) { c.docs.push_back(std::move(d)); };
  r.on_issue = [&](const ReadIssue& i) { c.issues.push_back(i); };
  r.read(inputs);
  c.stats = r.stats();
  return c;
}
}  // namespace

TEST(Reader, FormatsByExtension) {
  EXPECT_EQ(Reader::format_of("a/b.txt"), "txt");
  EXPECT_EQ(Reader::format_of("b.HTML"), "html");
  EXPECT_EQ(Reader::format_of("b.htm.gz"), "html");
  EXPECT_EQ(Reader::format_of("b.ndjson"), "jsonl");
  EXPECT_EQ(Reader::format_of("crawl.warc.gz"), "warc");
  EXPECT_EQ(Reader::format_of("notes.md"), "");
  EXPECT_EQ(Reader::sniff("WARC/1.0\r\n"), "warc");
  EXPECT_EQ(Reader::sniff("  {\"id\": 1}"), "jsonl");
  EXPECT_EQ(Reader::sniff("<!DOCTYPE html><html>"), "html");
  EXPECT_EQ(Reader::sniff("GAINESVILLE, Fla. - One person"), "txt");
}

TEST(Reader, TextHtmlAndJsonLinesInAFolderRecursively) {
  TempDir t;
  t.file("in/a.txt", "MOSCOW — A text article.\n");
  t.file("in/sub/b.html", "<html><body><p>An HTML article, with a paragraph.</p></body></html>");
  t.file("in/sub/c.jsonl",
         "{\"id\": \"x1\", \"title\": \"T\", \"text\": \"Body one.\", \"published\": \"2016-07-28\", \"url\": \"http://e.com/1\"}\n"
         "\n"
         "{\"id\": 42, \"html\": \"<p>Body two.</p>\"}\n");
  t.file("in/.hidden/d.txt", "never read");
  t.file("in/notes.md", "not an article");
  auto c = read_all({(t.path() / "in").string()});
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_TRUE(c.docs[1].is_html);
  EXPECT_EQ(c.docs[2].id, "x1");
  EXPECT_EQ(c.docs[2].published, "2016-07-28");
  EXPECT_EQ(c.docs[2].origin.describe(), (t.path() / "in/sub/c.jsonl").string() + ":1");
  EXPECT_EQ(c.docs[3].id, "42");
  EXPECT_TRUE(c.docs[3].is_html);
  EXPECT_TRUE(c.issues.empty());
  EXPECT_EQ(c.stats.skipped_by_kind["unsupported-extension"], 1u);
}

TEST(Reader, GzipOfAnyFormat) {
  TempDir t;
  auto p = t.gz("x.jsonl.gz", "{\"id\": \"g1\", \"text\": \"Gzipped.\"}\n{\"id\": \"g2\", \"text\": \"Two.\"}\n");
  auto c = read_all({p});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].body, "Two.");
}

TEST(Reader, BrokenJsonLineIsReportedWithItsLineAndTheRestIsRead) {
  TempDir t;
  auto p = t.file("x.jsonl", "{\"id\": \"ok1\", \"text\": \"a\"}\n{\"id\": \"bad\", \"text\": \"unterminated}\n"
                             "[1, 2]\n{\"id\": \"ok2\", \"text\": \"b\"}\n{\"id\": \"none\"}\n"
                             "{\"id\": \"headline\", \"title\": \"Man shot dead in Dallas\", \"text\": \"\"}\n");
  auto c = read_all({p});
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[1].id, "ok2");
  EXPECT_EQ(c.docs[2].id, "headline") << "a headline alone is a report";
  EXPECT_EQ(c.docs[2].title, "Man shot dead in Dallas");
  ASSERT_EQ(c.issues.size(), 3u);
  EXPECT_EQ(c.issues[0].where, p + ":2");
  EXPECT_EQ(c.issues[0].kind, "invalid-json");
  EXPECT_EQ(c.issues[1].where, p + ":3");
  EXPECT_EQ(c.issues[2].kind, "no-text");
  EXPECT_EQ(c.stats.skipped, 3u);
}

TEST(Reader, TruncatedGzipKeepsWhatWasReadAndSaysWhere) {
  TempDir t;
  std::string body;
  for (int i = 0; i < 2000; ++i) body += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Some article text number " + std::to_string(i * 7919) + ".\"}\n";
  auto full = t.gz("full.jsonl.gz", body);
  std::string bytes;
  {
    std::ifstream in(full, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto cut = t.file("cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  auto c = read_all({cut});
  EXPECT_GT(c.docs.size(), 100u);
  EXPECT_LT(c.docs.size(), 2000u);
  bool truncated = false;
  for (auto& i : c.issues) truncated |= i.kind == "truncated" && i.where == cut;
  EXPECT_TRUE(truncated);
}

TEST(Reader, BinaryEmptyInvalidUtf8AndOversizedFilesAreSkipped) {
  TempDir t;
  auto bin = t.file("junk.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12) + std::string(500, '\x01'));
  auto empty = t.file("empty.txt", "");
  auto latin1 = t.file("latin1.txt", "Caf\xe9 attack in Paris.");
  auto big = t.file("big.txt", std::string(3000, 'x'));
  auto good = t.file("good.txt", "A fine article.");
  ReadOptions o;
  o.max_document_bytes = 2000;
  auto c = read_all({bin, empty, latin1, big, good}, o);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "good");
  ASSERT_EQ(c.issues.size(), 4u);
  EXPECT_EQ(c.issues[0].kind, "binary");
  EXPECT_EQ(c.issues[1].kind, "empty");
  EXPECT_EQ(c.issues[2].kind, "invalid-utf8");
  EXPECT_NE(c.issues[2].reason.find("byte 3"), std::string::npos) << c.issues[2].reason;
  EXPECT_EQ(c.issues[3].kind, "too-large");
}

TEST(Reader, OversizedJsonLineIsSkippedWithoutLosingTheNext) {
  TempDir t;
  auto p = t.file("x.jsonl", "{\"id\": \"big\", \"text\": \"" + std::string(5000, 'y') + "\"}\n{\"id\": \"small\", \"text\": \"ok\"}\n");
  ReadOptions o;
  o.max_document_bytes = 1000;
  auto c = read_all({p}, o);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "small");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].kind, "too-large");
  EXPECT_EQ(c.issues[0].where, p + ":1");
}

static std::string warc_record(const std::string& type, const std::string& url, const std::string& block, long length = -1) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url +
                  "\r\nWARC-Date: 2016-07-18T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + url.substr(url.size() - 4) + ">\r\n" +
                  "Content-Length: " + std::to_string(length < 0 ? static_cast<long>(block.size()) : length) + "\r\n\r\n" + block + "\r\n\r\n";
  return r;
}

TEST(Reader, WarcResponsesWithHtmlAndARecordWithAWrongLength) {
  TempDir t;
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Story one.</p></body></html>";
  std::string img = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG....";
  std::string data = warc_record("warcinfo", "http://x/info", "software: test") +
                     warc_record("response", "http://x/0001", http) +
                     warc_record("response", "http://x/0002", http, static_cast<long>(http.size()) + 40) +
                     warc_record("response", "http://x/0003", img) +
                     warc_record("response", "http://x/0004", http);
  auto p = t.gz("crawl.warc.gz", data);
  auto c = read_all({p});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].url, "http://x/0001");
  EXPECT_EQ(c.docs[0].id, "0001");
  EXPECT_EQ(c.docs[0].body, "<html><body><p>Story one.</p></body></html>");
  EXPECT_EQ(c.docs[1].url, "http://x/0004");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].kind, "invalid-warc");
  EXPECT_NE(c.issues[0].where.find("@"), std::string::npos);
}

TEST(Reader, MissingInputIsReported) {
  auto c = read_all({"/nonexistent/file.txt"});
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].kind, "missing");
}

TEST(Reader, Utf8Validation) {
  std::size_t bad = 0;
  EXPECT_TRUE(valid_utf8("plain — “quoted” Алматы", bad));
  EXPECT_FALSE(valid_utf8("ab\xC3(", bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80", bad));  // surrogate
  EXPECT_TRUE(looks_binary(std::string("a\0b", 3)));
  EXPECT_FALSE(looks_binary("Line one.\nLine two.\t"));
}

TEST(Reader, WarcBodiesChunkedGzippedAndInLatin1AreDecoded) {
  TempDir t;
  // chunked, then gzip content coding, then a Latin-1 page
  std::string page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 attack.</p></body></html>";
  std::string gz;
  {
    auto p = t.gz("page.gz", page);
    std::ifstream in(p, std::ios::binary);
    gz.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::string chunked;
  for (std::size_t i = 0; i < gz.size(); i += 20) {
    std::string part = gz.substr(i, 20);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", part.size());
    chunked += std::string(size) + "\r\n" + part + "\r\n";
  }
  chunked += "0\r\n\r\n";
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunked;
  auto p = t.gz("crawl.warc.gz", warc_record("response", "http://x/0001", http));
  auto c = read_all({p});
  ASSERT_EQ(c.docs.size(), 1u) << (c.issues.empty() ? "" : c.issues[0].reason);
  EXPECT_NE(c.docs[0].body.find("Caf\xC3\xA9 attack."), std::string::npos);
}

TEST(Reader, AnHtmlFileThatDeclaresItsCharsetIsConverted) {
  TempDir t;
  auto p = t.file("latin.html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
                                "<body><p>Gunmen \x93" "attacked\x94 the caf\xe9.</p></body></html>");
  auto c = read_all({p});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_NE(c.docs[0].body.find("\xE2\x80\x9C" "attacked" "\xE2\x80\x9D the caf\xC3\xA9."), std::string::npos);
}
