// The audit log (≡ → Tools → Audit log, and "history of this record" from a
// card): opening a client card leaves an access row, the history button
// shows that record's rows only, right to left in Hebrew, and a long log is
// read a page at a time.
#include "OfficeWindows.h"

#include "services/AuditService.h"
#include "ui/clients/ClientCardFrame.h"
#include "ui/office/AuditLogFrame.h"
#include "ui/office/MainMenu.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>

namespace praklit::ui::test {

namespace {
using AuditLog = OfficeWindows;

AuditLogFrame* openLog()
{
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* frame = dynamic_cast<AuditLogFrame*>(window); frame && !frame->IsBeingDeleted()) return frame;
    return nullptr;
}
} // namespace

TEST_F(AuditLog, OpeningACardIsLoggedAndItsHistoryShowsThatRecord)
{
    ASSERT_TRUE(start());
    const Client c = addPerson("משה", "כהן", "039337423");
    addPerson("רות", "לוי");
    services::AuditService audit(office());
    services::AuditQuery reads;
    reads.table = "entities";
    reads.recordId = c.id;
    reads.action = "read";
    EXPECT_TRUE(audit.list(reads, 0, 10).empty());

    ClientCardFrame* card = ClientCardFrame::showFor(frame_, office(), c.id);
    pump();
    EXPECT_EQ(audit.list(reads, 0, 10).size(), 1u); // the access log: who read which client
    ClientCardFrame::showFor(frame_, office(), c.id); // raised again, not opened again
    EXPECT_EQ(audit.list(reads, 0, 10).size(), 1u);

    auto* history = named<wxButton>(card, "record_history");
    ASSERT_NE(history, nullptr);
    click(history);
    pump();
    AuditLogFrame* log = openLog();
    ASSERT_NE(log, nullptr);
    EXPECT_EQ(log->GetLayoutDirection(), wxLayout_RightToLeft);
    const auto& rows = log->model().rows();
    ASSERT_GE(rows.size(), 2u); // the insert and the read
    for (const auto& r : rows) {
        EXPECT_EQ(r.table, "entities");
        EXPECT_EQ(r.recordId, c.id);
    }
    EXPECT_EQ(rows.front().action, "read");
    EXPECT_EQ(rows.back().action, "insert");
    EXPECT_FALSE(rows.back().what.empty());
    EXPECT_EQ(log->list()->GetModel(), &log->model());
    screenshot(log, "audit-log-record-history");
}

TEST_F(AuditLog, TheMenuOpensTheWholeLogReadAPageAtATime)
{
    ASSERT_TRUE(start());
    const auto pageRows = static_cast<int>(AuditListModel::kPageSize);
    for (int i = 0; i < pageRows + 30; ++i) addPerson("לקוח", "מספר " + std::to_string(i));
    wxCommandEvent open(wxEVT_MENU, ID_AUDIT_LOG);
    frame_->ProcessWindowEvent(open);
    pump();
    AuditLogFrame* log = openLog();
    ASSERT_NE(log, nullptr);
    EXPECT_EQ(log->model().rows().size(), AuditListModel::kPageSize);
    EXPECT_TRUE(log->model().more());
    const auto lastOfFirst = log->model().rows().back().id;
    EXPECT_TRUE(log->model().readMore());
    ASSERT_GT(log->model().rows().size(), AuditListModel::kPageSize);
    EXPECT_LT(log->model().rows()[AuditListModel::kPageSize].id, lastOfFirst); // newest first, no row twice
    EXPECT_EQ(log->model().GetCount(), log->model().rows().size());
    screenshot(log, "audit-log");
}

} // namespace praklit::ui::test
