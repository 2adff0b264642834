#pragma once
#include "domain/Document.h"

#include <wx/panel.h>

#include <filesystem>
#include <functional>
#include <map>
#include <vector>

class wxButton;
class wxCheckBox;
class wxDataViewListCtrl;
class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

// מסמכים: the case card's documents tab. Files are copied into the office's
// document store; they open with the system's application (which fires the
// "opening a document" time counter condition); rename; delete to the
// recycle state, seen again with "show deleted" and restored from there.
class DocumentsPanel : public wxPanel {
public:
    // Hands a stored file to the system; tests put their own.
    using Launcher = std::function<bool(const wxString& path)>;

    DocumentsPanel(wxWindow* parent, services::OfficeSession& office, int64_t caseId);

    void reload();
    int64_t caseId() const { return caseId_; }
    const std::vector<Document>& documents() const { return documents_; }
    wxDataViewListCtrl* list() const { return list_; }
    void setLauncher(Launcher launcher) { launcher_ = std::move(launcher); }
    void select(int64_t documentId);
    void showDeleted(bool show);

    // The buttons' work; the dialogs they open (file, name, confirmation)
    // are skipped when the answer is given.
    void addFiles(const std::vector<std::filesystem::path>& files);
    void openSelected();
    void renameSelected(const wxString& name = {});
    void deleteSelected(bool confirm = true);
    void restoreSelected();

private:
    void chooseFiles();
    void enableForSelection();
    const Document* selected() const;
    wxString userName(int64_t userId);

    services::OfficeSession& office_;
    int64_t caseId_;
    std::vector<Document> documents_;
    std::map<int64_t, wxString> users_;
    Launcher launcher_;
    bool courtColumns_ = false;
    wxDataViewListCtrl* list_ = nullptr;
    wxCheckBox* showDeleted_ = nullptr;
    wxButton* open_ = nullptr;
    wxButton* rename_ = nullptr;
    wxButton* delete_ = nullptr;
    wxButton* restore_ = nullptr;
    wxStaticText* empty_ = nullptr;
};

} // namespace praklit::ui
