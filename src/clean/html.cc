#include "clean/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first
namespace {

using Output = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

Output parse(std::string_view html) {
  auto* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  return Output(out, [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
}

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Words of class and id attributes ("article-share__button" -> article, share, button).
std::vector<std::string> class_words(const GumboNode* n) {
  std::vector<std::string> words;
  for (const char* name : {"class", "id"}) {
    const char* v = attr(n, name);
    if (!v) continue;
    std::string cur;
    for (const char* p = v;; ++p) {
      if (*p && std::isalnum(static_cast<unsigned char>(*p))) {
        cur += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
      } else {
        if (!cur.empty()) words.push_back(cur);
        cur.clear();
        if (!*p) break;
      }
    }
  }
  return words;
}

bool is_junk_word(const std::string& w) {
  static const char* junk[] = {
      "share", "sharing", "sharebar", "social", "socials", "comment", "comments", "disqus", "related",
      "recommended", "recommendations", "newsletter", "subscribe", "subscription", "signup", "promo",
      "promotion", "advert", "advertisement", "ad", "ads", "adslot", "advertising", "sponsor", "sponsored",
      "cookie", "cookies", "consent", "popup", "modal", "breadcrumb", "breadcrumbs", "nav", "navbar",
      "navigation", "menu", "footer", "sidebar", "widget", "masthead", "toolbar", "pagination", "pager",
      "outbrain", "taboola", "recirc", "trending", "popular", "mostread", "captcha", "paywall", "banner",
      "tags", "tag", "topics", "byline", "dateline", "author", "bio", "caption", "credit", "credits",
      "print", "email", "login", "skip",
      "hidden", "hide", "screenreader", "sr", "visually", "overlay", "rail", "teaser", "teasers", "more",
      "readmore", "alert", "alerts", "toc", "meta", "timestamp", "video", "gallery", "slideshow",
      "figcaption", "disclaimer", "correction", "corrections", "next", "prev", "previous", "lightbox",
      "shareable", "follow"};
  static const std::unordered_map<std::string, int> set = [] {
    std::unordered_map<std::string, int> m;
    for (auto* j : junk) m[j] = 1;
    return m;
  }();
  return set.count(w) > 0;
}

bool is_good_word(const std::string& w) {
  static const char* good[] = {"article", "articlebody", "body", "content", "story", "storytext", "entry",
                               "post", "text", "main", "blog", "prose", "richtext", "paragraph"};
  for (auto* g : good)
    if (w == g) return true;
  return false;
}

// Class weight in the spirit of readability: positive words add, negative words subtract.
int class_weight(const GumboNode* n) {
  int w = 0;
  for (auto& word : class_words(n)) {
    if (is_good_word(word)) w += 25;
    if (word == "comment"sv || word == "comments"sv || word == "sidebar"sv || word == "footer"sv || word == "related"sv ||
        word == "share"sv || word == "social"sv || word == "promo"sv || word == "nav"sv || word == "menu"sv)
      w -= 25;
  }
  return w;
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

bool is_removed_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

// Furniture tags: dropped unless they wrap most of the page (ASP.NET pages put the whole body in a <form>).
bool is_furniture_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

// Is this element boilerplate that never holds the article? `share` is the element's part of the page's
// text: a block that holds most of the page is never dropped for its class name or a hiding attribute
// (pages hide or oddly name whole wrappers).
bool is_junk_element(const GumboNode* n, double share) {
  const GumboElement& e = n->v.element;
  if (is_removed_tag(e.tag)) return true;
  if (share > 0.3) return false;
  if (is_furniture_tag(e.tag)) return true;
  if (attr(n, "hidden")) return true;
  if (const char* a = attr(n, "aria-hidden"); a && std::strcmp(a, "true") == 0) return true;
  if (const char* s = attr(n, "style")) {
    std::string st = lower(s);
    st.erase(std::remove(st.begin(), st.end(), ' '), st.end());
    if (st.find("display:none") != std::string::npos || st.find("visibility:hidden") != std::string::npos) return true;
  }
  if (const char* r = attr(n, "role")) {
    std::string role = lower(r);
    if (role == "navigation"sv || role == "complementary"sv || role == "banner"sv || role == "contentinfo"sv ||
        role == "search"sv || role == "dialog"sv || role == "menu"sv || role == "alert"sv)
      return true;
  }
  if (e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN)
    return false;
  auto words = class_words(n);
  bool good = false, junk = false;
  for (auto& w : words) {
    if (is_good_word(w)) good = true;
    if (is_junk_word(w)) junk = true;
  }
  // A "story-share" box is junk; an "article-body" is not; "article-related" is junk.
  return junk && (!good || words.size() <= 3);
}

struct Block {
  std::string text;
  std::size_t link_chars = 0;
  GumboTag tag = GUMBO_TAG_P;
  const GumboNode* parent = nullptr;  // the element the block belongs to
};

// Characters of text under each element (the text of removed tags excluded: it is never shown).
std::size_t measure(const GumboNode* n, std::unordered_map<const GumboNode*, std::size_t>& size) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) return std::strlen(n->v.text.text);
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return 0;
  if (is_removed_tag(n->v.element.tag)) return 0;
  std::size_t total = 0;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    total += measure(static_cast<const GumboNode*>(n->v.element.children.data[i]), size);
  size[n] = total;
  return total;
}

struct Walker {
  std::unordered_map<const GumboNode*, std::size_t> size;
  double page = 1;
  std::vector<Block> blocks;
  Block cur;
  std::vector<const GumboNode*> stack;
  int in_link = 0;
  int in_pre = 0;

  void flush() {
    bool has = cur.text.find_first_not_of(" \t\n") != std::string::npos;
    if (has) blocks.push_back(std::move(cur));
    cur = Block{};
  }

  void text(const std::string_view t) {
    if (!cur.parent) cur.parent = stack.empty() ? nullptr : stack.back();
    std::string s;
    if (in_pre) {
      s = t;
    } else {  // collapse whitespace like a browser
      bool space = !cur.text.empty() && cur.text.back() == ' ';
      for (char c : t) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
          if (!space && !(cur.text.empty() && s.empty())) s += ' ';
          space = true;
        } else {
          s += c;
          space = false;
        }
      }
    }
    if (in_link) cur.link_chars += s.size();
    cur.text += s;
  }

  void walk(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      text(n->v.text.text);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
    auto it = size.find(n);
    double share = it == size.end() ? 0 : static_cast<double>(it->second) / page;
    if (is_junk_element(n, share)) return;
    const GumboElement& e = n->v.element;
    bool block = is_block_tag(e.tag);
    if (block) flush();
    if (e.tag == GUMBO_TAG_BR) {
      return;
    }
    stack.push_back(n);
    if (block) {
      cur.tag = e.tag;
      cur.parent = n;
    }
    bool link = e.tag == GUMBO_TAG_A;
    bool pre = e.tag == GUMBO_TAG_PRE;
    in_link += link;
    in_pre += pre;
    for (unsigned i = 0; i < e.children.length; ++i) walk(static_cast<const GumboNode*>(e.children.data[i]));
    in_link -= link;
    in_pre -= pre;
    stack.pop_back();
    if (block) flush();
  }
};

std::size_t count_commas(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == ',';
  return n;
}

void collect_meta(const GumboNode* n, HtmlArticle& out, std::string& ld_body, std::string& ld_headline) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = n->v.element;
  if (e.tag == GUMBO_TAG_TITLE && out.title.empty() && e.children.length > 0) {
    auto* c = static_cast<const GumboNode*>(e.children.data[0]);
    if (c->type == GUMBO_NODE_TEXT) out.title = c->v.text.text;
  } else if (e.tag == GUMBO_TAG_META) {
    const char* key = attr(n, "property");
    if (!key) key = attr(n, "name");
    if (!key) key = attr(n, "itemprop");
    const char* content = attr(n, "content");
    if (key && content) {
      std::string k = lower(key);
      if (out.published.empty() &&
          (k == "article:published_time"sv || k == "og:published_time"sv || k == "og:article:published_time"sv ||
           k == "datepublished"sv || k == "pubdate"sv || k == "publishdate"sv || k == "date"sv || k == "dc.date"sv ||
           k == "dc.date.issued"sv || k == "dcterms.created"sv || k == "sailthru.date"sv || k == "parsely-pub-date"sv ||
           k == "article.published"sv || k == "publish-date"sv || k == "cxenseparse:recs:publishtime"sv)) {
        out.published = content;
        out.published_from = "html-meta";
      }
      if (k == "og:site_name"sv) out.site = content;
      if (k == "og:url"sv && out.url.empty()) out.url = content;
      if (k == "og:title"sv && out.title.empty()) out.title = content;
    }
  } else if (e.tag == GUMBO_TAG_LINK) {
    const char* rel = attr(n, "rel");
    const char* href = attr(n, "href");
    if (rel && href && lower(rel) == "canonical"sv) out.url = href;
  } else if (e.tag == GUMBO_TAG_SCRIPT) {
    const char* type = attr(n, "type");
    if (type && lower(type) == "application/ld+json"sv && e.children.length > 0) {
      auto* c = static_cast<const GumboNode*>(e.children.data[0]);
      if (c->type == GUMBO_NODE_TEXT) {
        auto j = nlohmann::json::parse(c->v.text.text, nullptr, false);
        // Walk the JSON-LD graph for the first article-like object.
        std::vector<const nlohmann::json*> todo{&j};
        while (!todo.empty()) {
          const nlohmann::json* x = todo.back();
          todo.pop_back();
          if (x->is_array()) {
            for (auto& y : *x) todo.push_back(&y);
          } else if (x->is_object()) {
            if (auto it = x->find("datePublished"); it != x->end() && it->is_string() && out.published_from != "json-ld"sv) {
              out.published = it->get<std::string>();
              out.published_from = "json-ld";
            }
            if (auto it = x->find("articleBody"); it != x->end() && it->is_string() && ld_body.empty())
              ld_body = it->get<std::string>();
            if (auto it = x->find("headline"); it != x->end() && it->is_string() && ld_headline.empty())
              ld_headline = it->get<std::string>();
            if (auto it = x->find("@graph"); it != x->end()) todo.push_back(&*it);
          }
        }
      }
    }
    return;
  } else if (e.tag == GUMBO_TAG_TIME && out.published.empty()) {
    const char* dt = attr(n, "datetime");
    const char* ip = attr(n, "itemprop");
    if (dt && (attr(n, "pubdate") || (ip && lower(ip) == "datepublished"sv))) {
      out.published = dt;
      out.published_from = "time-element";
    }
  }
  for (unsigned i = 0; i < e.children.length; ++i)
    collect_meta(static_cast<const GumboNode*>(e.children.data[i]), out, ld_body, ld_headline);
}

}  // namespace

HtmlArticle extract_article(std::string_view html) {
  HtmlArticle out;
  Output doc = parse(html);
  std::string ld_body, ld_headline;
  collect_meta(doc->root, out, ld_body, ld_headline);
  if (!ld_headline.empty()) out.title = ld_headline;

  Walker w;
  w.page = std::max<double>(1, static_cast<double>(measure(doc->root, w.size)));
  w.walk(doc->root);
  w.flush();
  auto& blocks = w.blocks;

  // Score containers: each paragraph-like block gives points to its parent and ancestors.
  std::unordered_map<const GumboNode*, double> score;
  std::unordered_map<const GumboNode*, std::pair<std::size_t, std::size_t>> chars;  // text, link text
  for (auto& b : blocks) {
    for (const GumboNode* p = b.parent; p; p = p->parent) {
      auto& c = chars[p];
      c.first += b.text.size();
      c.second += b.link_chars;
      if (p->type == GUMBO_NODE_DOCUMENT) break;
    }
  }
  for (auto& b : blocks) {
    std::size_t len = b.text.size() - std::min(b.text.size(), b.link_chars);
    if (len < 25) continue;
    double pts = 1.0 + static_cast<double>(count_commas(b.text)) + std::min<double>(static_cast<double>(len) / 100.0, 3.0);
    const GumboNode* p = b.parent;
    if (p && p->type == GUMBO_NODE_ELEMENT && p->v.element.tag == GUMBO_TAG_P) p = p->parent;  // score the container
    double share = 1.0;
    for (int level = 0; p && p->type == GUMBO_NODE_ELEMENT && level < 3; ++level, p = p->parent) {
      if (!score.count(p)) score[p] = class_weight(p);
      score[p] += pts * share;
      share = level == 0 ? 0.5 : share / 1.5;
    }
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (auto& [node, s] : score) {
    auto& c = chars[node];
    double ld = c.first ? static_cast<double>(c.second) / static_cast<double>(c.first) : 0;
    double v = s * (1 - ld);
    if (v > best_score) {
      best_score = v;
      best = node;
    }
  }

  auto inside = [](const GumboNode* n, const GumboNode* root) {
    for (; n; n = n->parent)
      if (n == root) return true;
    return false;
  };
  // An article split into several containers (text between figures, sections): climb to the ancestor
  // that holds at least twice the paragraph text of the best container, as long as it is not link-heavy.
  if (best) {
    std::unordered_map<const GumboNode*, std::size_t> para;  // paragraph text (not links) under each element
    for (auto& b : blocks) {
      std::size_t len = b.text.size() - std::min(b.text.size(), b.link_chars);
      if (len < 25 || b.link_chars * 2 > b.text.size()) continue;
      for (const GumboNode* p = b.parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) para[p] += len;
    }
    for (const GumboNode* a = best->parent; a && a->type == GUMBO_NODE_ELEMENT; a = a->parent) {
      GumboTag tag = a->v.element.tag;
      if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) break;
      auto& c = chars[a];
      double ld = c.first ? static_cast<double>(c.second) / static_cast<double>(c.first) : 0;
      if (static_cast<double>(para[a]) >= 2.0 * static_cast<double>(para[best]) && ld <= 0.3) best = a;
    }
  }
  // Siblings of the best container that score like it are part of the article too.
  std::vector<const GumboNode*> chosen;
  if (best) {
    chosen.push_back(best);
    if (const GumboNode* parent = best->parent; parent && parent->type == GUMBO_NODE_ELEMENT) {
      double threshold = std::max(10.0, best_score * 0.2);
      const GumboVector& kids = parent->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i) {
        auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (k == best || k->type != GUMBO_NODE_ELEMENT) continue;
        auto it = score.find(k);
        auto& c = chars[k];
        double ld = c.first ? static_cast<double>(c.second) / static_cast<double>(c.first) : 0;
        if (it != score.end() && it->second * (1 - ld) >= threshold) chosen.push_back(k);
      }
    }
  }

  std::string text;
  for (auto& b : blocks) {
    bool in = chosen.empty();
    for (auto* c : chosen) in = in || inside(b.parent, c);
    if (!in) continue;
    std::size_t len = b.text.size();
    double ld = len ? static_cast<double>(b.link_chars) / static_cast<double>(len) : 0;
    // Link lists and "read more" teasers; a long item that opens with a link keeps its own text.
    if (ld > 0.5 && (ld > 0.9 || len - b.link_chars < 100)) continue;
    if (b.tag == GUMBO_TAG_H1) continue;  // the headline is the title, not the body
    std::string t = b.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.pop_back();
    std::size_t s = t.find_first_not_of(" \n");
    if (s == std::string::npos) continue;
    t = t.substr(s);
    if (!text.empty()) text += "\n\n";
    text += t;
  }
  // A JSON-LD articleBody is the publisher's own statement of the body: prefer it when it is at least as
  // complete as what the layout analysis found.
  // Only when it is this page's body: its opening words must be in the page (some pages carry the
  // JSON-LD of another article, or HTML inside articleBody).
  if (ld_body.size() > 200 && ld_body.size() * 10 >= text.size() * 8 && ld_body.find('<') == std::string::npos) {
    auto words = [](std::string_view s, std::size_t max) {
      std::string out;
      std::size_t n = 0;
      bool in = false;
      for (char c : s) {
        bool w = std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
        if (w) {
          if (!in && n++ == max) break;
          if (!in && !out.empty()) out += ' ';
          out += c;
        }
        in = w;
      }
      return out;
    };
    std::string page;
    for (auto& b : blocks) page += b.text + " ";
    std::string opening = words(ld_body, 8);
    if (words(page, SIZE_MAX).find(opening) != std::string::npos) text = ld_body;
  }
  out.text = std::move(text);
  return out;
}

std::string decode_entities(std::string_view text) {
  // Only text with something that can be a character reference ("&amp;", "&#39;", "&#x2019;") is parsed:
  // an ampersand of prose ("Bar & Grill", "AT&T") is left as written, as the parser would leave it.
  auto reference_at = [&](std::size_t at) {
    std::size_t k = at + 1;
    if (k < text.size() && text[k] == '#') ++k;
    const std::size_t from = k;
    while (k < text.size() && k - from < 32 && std::isalnum(static_cast<unsigned char>(text[k]))) ++k;
    return k > from && k < text.size() && text[k] == ';';
  };
  bool any = false;
  for (std::size_t at = text.find('&'); at != std::string_view::npos && !any; at = text.find('&', at + 1)) any = reference_at(at);
  if (!any) return std::string(text);
  // RCDATA (the content of <textarea>) decodes character references and nothing else.
  std::string wrapped = "<textarea>\n";
  wrapped.append(text);
  Output doc = parse(wrapped);
  std::string out;
  std::vector<const GumboNode*> todo{doc->root};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type == GUMBO_NODE_ELEMENT) {
      if (n->v.element.tag == GUMBO_TAG_TEXTAREA) {
        for (unsigned i = 0; i < n->v.element.children.length; ++i) {
          auto* c = static_cast<const GumboNode*>(n->v.element.children.data[i]);
          if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) out += c->v.text.text;
        }
        return out;
      }
      for (int i = static_cast<int>(n->v.element.children.length) - 1; i >= 0; --i)
        todo.push_back(static_cast<const GumboNode*>(n->v.element.children.data[i]));
    }
  }
  return std::string(text);
}

}  // namespace incidex
