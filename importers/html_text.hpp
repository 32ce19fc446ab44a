// HtmlText: the words a reader sees in a cell of HTML, as TimelineJS shows a sheet's Headline
// and Text: tags removed (a paragraph or line break tag ends a paragraph), character references
// decoded (&amp; &lt; &gt; &quot; &apos; &nbsp; and numeric ones; an unknown or invalid one is
// left as written), runs of white space inside a paragraph as one space, paragraphs separated
// by a blank line.
#pragma once

#include <string>
#include <string_view>

namespace allegraph {

// The plain text of `html`.
std::string html_text(std::string_view html);

}  // namespace allegraph
