#pragma once
#include "integrations/FlowItem.h"

#include <cstddef>
#include <vector>

namespace praklit::integrations {

class PageChrome;
class PdfCanvas;

struct BandPlacement {
    bool keepWithNext = false; // never the last band on a page (headings)
    std::size_t repeats = 0;   // a PageFlow::RepeatSet
    double gapBefore = 0;      // dropped at the top of a page
};

// Bands laid one under another over as many pages as they need. Laid out in
// full before anything is drawn, so every page knows the page count
// ("עמוד 2 מתוך 7"). A band may ask that others be repeated above it when it
// opens a page: a table's column headings, "case 2024/113 (continued)".
class PageFlow {
public:
    using Index = std::size_t;
    using RepeatSet = std::size_t; // 0: nothing repeats

    PageFlow(double firstTop, double nextTop, double bottom);

    Index add(FlowItem item, BandPlacement placement = {});
    // A band that is drawn only as a repeat, never in the flow itself.
    Index addDetached(FlowItem item);
    RepeatSet repeatSet(std::vector<Index> bands);

    void paginate();
    int pageCount() const { return static_cast<int>(pages_.size()); }
    // Draws every page: the chrome's background, the page's bands, its foot.
    void render(PdfCanvas& canvas, const PageChrome& chrome) const;

private:
    struct Band {
        FlowItem item;
        BandPlacement placement;
        bool detached = false;
    };
    struct Placed {
        Index band;
        double top;
    };

    double firstTop_, nextTop_, bottom_;
    std::vector<Band> bands_;
    std::vector<std::vector<Index>> repeatSets_{{}};
    std::vector<std::vector<Placed>> pages_;
};

} // namespace praklit::integrations
