#pragma once
#include "services/OfficeSession.h"
#include "ui/clients/ClientListModel.h"

#include <wx/frame.h>
#include <wx/timer.h>

class wxButton;
class wxDataViewCtrl;
class wxPanel;
class wxSearchCtrl;
class wxStaticText;

namespace praklit::ui {

// חיפוש לקוחות (≡ → תיקים ולקוחות → לקוחות): one box, results while typing
// in a virtual list, Enter or a double click opens the client card. Works
// from the keyboard alone: Down moves into the list, Esc closes.
class ClientSearchFrame : public wxFrame {
public:
    // The search screen: the open one is raised rather than a second made.
    static ClientSearchFrame* show(wxWindow* parent, services::OfficeSession& office);
    static ClientSearchFrame* find();

    wxSearchCtrl* searchBox() const { return box_; }
    wxDataViewCtrl* list() const { return list_; }
    ClientListModel& model() const { return *model_; }
    wxStaticText* note() const { return note_; }

    // What the typing timer does when it fires.
    void searchNow();
    // Typed, and waiting for the typing to pause before searching.
    bool typing() const { return typing_.IsRunning(); }
    // Typed or searched, and the answer not in yet.
    bool searching() const;
    // The selected client's card (the first row when none is selected).
    void openSelected();
    void newClient();

private:
    ClientSearchFrame(wxWindow* parent, services::OfficeSession& office);
    void answered();
    void showResults();
    void enterList();
    void onKey(wxKeyEvent& event);
    bool inBox(const wxWindow* focus) const;
    bool inList(const wxWindow* focus) const;

    services::OfficeSession& office_;
    wxObjectDataPtr<ClientListModel> model_;
    wxPanel* body_ = nullptr;
    wxSearchCtrl* box_ = nullptr;
    wxButton* newClient_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxTimer typing_;
    wxTimer waiting_;
    bool searched_ = false;
    bool refreshing_ = false;
    bool openWhenAnswered_ = false;
    bool listWhenAnswered_ = false;
};

} // namespace praklit::ui
