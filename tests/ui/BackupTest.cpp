// Backup and restore (Tools → Backup and restore): a backup made from the
// dialog while the office stays open, listed with its manifest, and a
// restore confirmed with that manifest bringing the office back.
#include "ModalDriver.h"
#include "TimeTestSupport.h"

#include "services/BackupService.h"
#include "services/ClientService.h"
#include "ui/office/BackupDialog.h"
#include "ui/office/MainMenu.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/dataview.h>
#include <wx/textctrl.h>

namespace praklit::ui::test {

namespace {
using BackupWindow = TimeFixture;

void waitFor(BackupDialog* dialog)
{
    for (int i = 0; i < 600 && dialog->busy(); ++i) {
        wxYield();
        wxMilliSleep(20);
    }
}
} // namespace

TEST_F(BackupWindow, BacksUpListsTheManifestAndRestoresAfterConfirming)
{
    ASSERT_TRUE(start());
    services::BackupService backups(office());
    int64_t clientsBefore = -1;
    ModalDriver driver;
    driver.whileShown([&](wxDialog* d) {
        auto* dialog = dynamic_cast<BackupDialog*>(d);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->GetLayoutDirection(), wxLayout_RightToLeft);
        EXPECT_EQ(dialog->backupList()->GetItemCount(), 0);
        dialog->backUpNow();
        EXPECT_TRUE(dialog->busy());
        waitFor(dialog);
        ASSERT_FALSE(dialog->busy());
        ASSERT_EQ(dialog->backupList()->GetItemCount(), 1) << utf8(dialog->messages().message());
        const auto manifest = named<wxTextCtrl>(dialog, "manifest")->GetValue();
        EXPECT_NE(manifest.Find(wx(dialog->backups()[0].database.sha256)), wxNOT_FOUND);
        screenshot(dialog, "backup-restore");

        Client c;
        c.lastName = "אחרי הגיבוי";
        services::ClientService(office()).add(c);
        clientsBefore = services::ClientService(office()).count() - 1;
        wxString asked;
        dialog->setConfirm([&](const wxString& m) {
            asked = m;
            return true;
        });
        dialog->backupList()->SelectRow(0);
        dialog->restoreSelected();
        waitFor(dialog);
        EXPECT_NE(asked.Find(wx(dialog->backups()[0].auditHead)), wxNOT_FOUND);
        EXPECT_TRUE(dialog->restored()) << utf8(dialog->messages().message());
        screenshot(dialog, "backup-restored");
        click(named(dialog, "close"));
    });
    wxCommandEvent menu(wxEVT_MENU, ID_BACKUP);
    frame_->GetEventHandler()->ProcessEvent(menu);
    EXPECT_TRUE(driver.done());
    EXPECT_EQ(services::ClientService(office()).count(), clientsBefore) << "the client added after the backup is gone";
}

} // namespace praklit::ui::test
