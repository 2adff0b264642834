#pragma once
#include "integrations/TextBox.h"

#include <optional>
#include <string>

namespace praklit::integrations {

class PdfCanvas;

// What every page carries besides its share of the flow: "עמוד N מתוך M" at
// the foot, a running heading (document and office) from the second page on,
// and a diagonal watermark when the document is cancelled.
class PageChrome {
public:
    PageChrome(PdfCanvas& canvas, std::string documentTitle, std::string officeName, std::string watermark = {});

    // Where the flow starts on pages after the first (under the running heading).
    static double nextPageTop();

    // Under the flow: the watermark.
    void drawBackground() const;
    // Over it: the running heading and the page number.
    void draw(int page, int count) const;

private:
    PdfCanvas& canvas_;
    std::string documentTitle_;
    std::string officeName_;
    std::optional<TextBox> watermark_;
};

} // namespace praklit::integrations
