#include "integrations/PageFlow.h"

#include "integrations/PageChrome.h"
#include "integrations/PdfCanvas.h"

namespace praklit::integrations {

PageFlow::PageFlow(double firstTop, double nextTop, double bottom) : firstTop_(firstTop), nextTop_(nextTop), bottom_(bottom) {}

PageFlow::Index PageFlow::add(FlowItem item, BandPlacement placement)
{
    bands_.push_back(Band{std::move(item), placement, false});
    return bands_.size() - 1;
}

PageFlow::Index PageFlow::addDetached(FlowItem item)
{
    bands_.push_back(Band{std::move(item), {}, true});
    return bands_.size() - 1;
}

PageFlow::RepeatSet PageFlow::repeatSet(std::vector<Index> bands)
{
    repeatSets_.push_back(std::move(bands));
    return repeatSets_.size() - 1;
}

void PageFlow::paginate()
{
    pages_.assign(1, {});
    double y = firstTop_;
    bool pageHasFlow = false;
    std::vector<Index> flow;
    for (Index i = 0; i < bands_.size(); ++i)
        if (!bands_[i].detached) flow.push_back(i);

    for (std::size_t k = 0; k < flow.size(); ++k) {
        const Band& band = bands_[flow[k]];
        // A heading goes with what follows it: measure the whole chain.
        double need = band.placement.gapBefore + band.item.height();
        for (std::size_t j = k; j + 1 < flow.size() && bands_[flow[j]].placement.keepWithNext; ++j)
            need += bands_[flow[j + 1]].placement.gapBefore + bands_[flow[j + 1]].item.height();

        if (pageHasFlow && y + need > bottom_) {
            pages_.emplace_back();
            y = nextTop_;
            for (Index r : repeatSets_[band.placement.repeats]) {
                pages_.back().push_back({r, y});
                y += bands_[r].item.height();
            }
        } else if (pageHasFlow) {
            y += band.placement.gapBefore;
        }
        pages_.back().push_back({flow[k], y});
        y += band.item.height();
        pageHasFlow = true;
    }
}

void PageFlow::render(PdfCanvas& canvas, const PageChrome& chrome) const
{
    const int count = pageCount();
    for (int p = 0; p < count; ++p) {
        if (p > 0) canvas.nextPage();
        chrome.drawBackground();
        for (const auto& placed : pages_[p]) bands_[placed.band].item.draw(canvas.cr(), placed.top);
        chrome.draw(p + 1, count);
    }
}

} // namespace praklit::integrations
