#include "ui/widgets/CardPage.h"

#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

namespace {

// Born at a card's size, not wx's default 20×20, where its buttons would be
// laid out 4 px wide (GTK warns) until the notebook sizes the page.
wxSize startingSize(wxWindow* parent)
{
    const wxSize room = parent->GetClientSize();
    return room.x > parent->FromDIP(200) ? room : parent->FromDIP(wxSize(800, 420));
}

} // namespace

CardPage::CardPage(wxWindow* parent, const wxString& name, services::OfficeSession& office, int64_t clientId,
                   MessageBar* bar, std::function<void()> changed)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, startingSize(parent), wxTAB_TRAVERSAL, name), office_(office),
      clientId_(clientId), bar_(bar), changed_(std::move(changed))
{
}

wxWindow* CardPage::card() const { return wxGetTopLevelParent(const_cast<CardPage*>(this)); }

wxButton* CardPage::actionButton(wxSizer* row, const wxString& label, const wxString& name, std::function<void()> action)
{
    auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
    button->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    row->Add(button, wxSizerFlags().Border(wxRIGHT | wxLEFT, FromDIP(3)));
    return button;
}

wxStaticText* CardPage::emptyNote(const wxString& sentence)
{
    auto* note = new wxStaticText(this, wxID_ANY, sentence);
    note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return note;
}

bool CardPage::attempt(const std::function<void()>& call)
{
    bar_->clear();
    try {
        call();
        return true;
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return false;
    }
}

bool CardPage::confirmDelete(const wxString& question)
{
    wxMessageDialog ask(card(), question, _("Praklit"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Delete"), _("&Keep"));
    return ask.ShowModal() == wxID_YES;
}

} // namespace praklit::ui
