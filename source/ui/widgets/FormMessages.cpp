#include "ui/widgets/FormMessages.h"

#include "domain/Error.h"
#include "ui/widgets/GrowToFit.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/bookctrl.h>
#include <wx/gbsizer.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

namespace {

// The sizer item holding `window`, and its index among its siblings.
wxSizerItem* itemOf(wxSizer* sizer, wxWindow* window, size_t& index)
{
    index = 0;
    for (wxSizerItem* item : sizer->GetChildren()) {
        if (item->GetWindow() == window) return item;
        ++index;
    }
    return nullptr;
}

} // namespace

void focusField(wxWindow* control)
{
    if (!control) return;
    // A field on a notebook page that is not showing cannot be seen or focused.
    for (wxWindow* w = control; w && !w->IsTopLevel(); w = w->GetParent())
        if (auto* book = wxDynamicCast(w->GetParent(), wxBookCtrlBase)) {
            const int page = book->FindPage(w);
            if (page != wxNOT_FOUND && book->GetSelection() != page) book->SetSelection(page);
        }
    control->SetFocus();
    if (auto* text = wxDynamicCast(control, wxTextCtrl)) text->SetInsertionPointEnd();
}

FormMessages::FormMessages(wxWindow* form, MessageBar* bar, std::map<std::string, std::string> aliases)
    : form_(form), bar_(bar), aliases_(std::move(aliases))
{
}

wxWindow* FormMessages::control(const std::string& field) const
{
    if (field.empty()) return nullptr;
    const auto alias = aliases_.find(field);
    const std::string name = alias == aliases_.end() ? field : alias->second;
    wxWindow* found = wxWindow::FindWindowByName(wx(name), form_);
    // Only a control the person can reach is worth pointing at.
    return found && found->IsShown() ? found : nullptr;
}

wxStaticText* FormMessages::labelBeneath(wxWindow* control)
{
    if (auto known = labels_.find(control); known != labels_.end()) return known->second;
    wxSizer* sizer = control->GetContainingSizer();
    size_t index = 0;
    wxSizerItem* item = sizer ? itemOf(sizer, control, index) : nullptr;
    if (!item) return nullptr;

    // Made on first need: the control moves into a column with the sentence
    // under it, in the same cell, so the form's own layout stays as designed.
    auto* label = new wxStaticText(control->GetParent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                   control->GetName() + "_problem");
    label->SetForegroundColour(wxColour(176, 0, 32));
    auto* column = new wxBoxSizer(wxVERTICAL);
    const int flag = item->GetFlag();
    const int border = item->GetBorder();
    const int proportion = item->GetProportion();
    if (auto* bag = wxDynamicCast(sizer, wxGridBagSizer)) {
        const wxGBPosition pos = bag->GetItemPosition(control);
        const wxGBSpan span = bag->GetItemSpan(control);
        bag->Detach(control);
        bag->Add(column, pos, span, flag, border);
    } else {
        sizer->Detach(control);
        sizer->Insert(index, column, proportion, flag, border);
    }
    column->Add(control, 1, flag & wxEXPAND);
    column->Add(label, wxSizerFlags().Border(wxTOP, 2));
    label->Hide();
    labels_[control] = label;
    keepLabelBesideControl(control);
    return label;
}

void FormMessages::keepLabelBesideControl(wxWindow* control)
{
    // The field's own label ("<field>_label") was centred on the control's
    // row; with a sentence under the control it would drift down, off the
    // control it names. Align it with the control instead.
    wxWindow* fieldLabel = wxWindow::FindWindowByName(control->GetName() + "_label", form_);
    wxSizer* sizer = fieldLabel ? fieldLabel->GetContainingSizer() : nullptr;
    size_t index = 0;
    wxSizerItem* item = sizer ? itemOf(sizer, fieldLabel, index) : nullptr;
    if (!item) return;
    const int offset = std::max(0, (control->GetBestSize().y - fieldLabel->GetBestSize().y) / 2);
    item->SetFlag((item->GetFlag() & ~(wxALIGN_CENTER_VERTICAL | wxALIGN_BOTTOM)) | wxALIGN_TOP | wxTOP);
    if (!(item->GetFlag() & (wxLEFT | wxRIGHT | wxBOTTOM))) item->SetBorder(offset);
}

void FormMessages::clear()
{
    bool changed = false;
    for (auto& [control, label] : labels_)
        if (label->IsShown()) {
            label->Hide();
            changed = true;
        }
    if (changed) form_->Layout();
    if (bar_) bar_->clear();
}

void FormMessages::showAt(const std::string& field, const wxString& sentence)
{
    wxWindow* target = control(field);
    wxStaticText* label = target ? labelBeneath(target) : nullptr;
    if (!label) {
        if (bar_) bar_->showProblem(sentence);
        if (target) focusField(target);
        return;
    }
    label->SetLabel(sentence);
    // Wide enough that most sentences take one line: wrapping may split a
    // number such as 12345-01-24 at its dashes.
    label->Wrap(std::max(target->GetSize().x, form_->FromDIP(400)));
    label->Show();
    form_->Layout();
    growToFit(form_);
    focusField(target);
}

void FormMessages::show(const std::exception& refusal, std::function<void()> reload)
{
    const wxString sentence = wx(refusal.what());
    if (const auto* error = dynamic_cast<const Error*>(&refusal)) {
        if (control(error->field())) {
            showAt(error->field(), sentence);
            return;
        }
        if (error->kind() == ErrorKind::Conflict && reload && bar_) {
            bar_->showConflict(sentence, std::move(reload));
            return;
        }
    }
    if (bar_) bar_->showProblem(sentence);
}

wxString FormMessages::sentenceAt(const std::string& field) const
{
    wxWindow* target = control(field);
    const auto known = target ? labels_.find(target) : labels_.end();
    return known != labels_.end() && known->second->IsShown() ? known->second->GetLabel() : wxString();
}

} // namespace praklit::ui
