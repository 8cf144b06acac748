// HTML to the article's main text, with gumbo (a full HTML5 parser).
//
// What is kept: the paragraphs, headings, list items and quotes of the block of the page that holds the
// article (chosen by how much comma-rich paragraph text it holds and how little of it is link text),
// plus neighbouring blocks that score like it. What is dropped: scripts, styles, navigation, headers and
// footers, forms, share/subscribe/comment/related blocks (by tag, role and class/id words), hidden
// elements, link lists. Metadata (title, publication date) is read from <title>, <meta> and JSON-LD.
// Thread-safe: no shared state.
#pragma once
#include <string>
#include <string_view>

namespace incidex {

struct HtmlArticle {
  std::string title;
  std::string text;            // paragraphs separated by blank lines; not yet normalised
  std::string published;       // raw date string from the page's metadata
  std::string published_from;  // html-meta, json-ld, time-element
  std::string url;             // canonical URL if the page names one
  std::string site;            // og:site_name
};

HtmlArticle extract_article(std::string_view html);

// Decodes HTML character references (&mdash; &rsquo; &#8217; ...) in plain text with the HTML5 parser's
// own table. Text without '&' is returned unchanged.
std::string decode_entities(std::string_view text);

}  // namespace incidex
