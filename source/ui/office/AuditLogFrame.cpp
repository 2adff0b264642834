#include "ui/office/AuditLogFrame.h"
#include "ui/widgets/OpenWindow.h"

#include "services/UserService.h"
#include "text/Bidi.h"
#include "ui/office/Artwork.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace praklit::ui {

// ---- AuditListModel ----

void AuditListModel::show(const services::AuditQuery& query)
{
    auto first = services::AuditService(office_).list(query, 0, kPageSize);
    query_ = query;
    more_ = static_cast<int64_t>(first.size()) == kPageSize;
    rows_ = std::move(first);
    asked_ = false;
    Reset(static_cast<unsigned>(rows_.size()));
}

bool AuditListModel::readMore()
{
    asked_ = false;
    if (!more_ || rows_.empty()) return false;
    auto next = services::AuditService(office_).list(query_, rows_.back().id, kPageSize);
    more_ = static_cast<int64_t>(next.size()) == kPageSize;
    for (auto& r : next) {
        rows_.push_back(std::move(r));
        RowAppended();
    }
    return !next.empty();
}

void AuditListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    if (row >= rows_.size()) {
        value = wxString();
        return;
    }
    // Near the end of what is held: the next page, once the list is done drawing.
    if (more_ && !asked_ && row + static_cast<size_t>(kPageSize / 4) >= rows_.size()) {
        asked_ = true;
        auto* self = const_cast<AuditListModel*>(this);
        owner_->CallAfter([self] {
            try {
                self->readMore();
            } catch (const std::exception&) {
                // The list keeps what it has; the next scroll asks again.
            }
        });
    }
    const auto& r = rows_[row];
    switch (column) {
    case When: value = wx(text::ltr(r.when)); break;
    case Who: value = wx(r.who); break;
    case Table: value = wx(r.tableName); break;
    case Record: value = r.recordId ? wx(text::ltr(std::to_string(r.recordId))) : wxString(); break;
    case Action: value = wx(r.actionName); break;
    case What:
        value = wx(r.reason.empty() ? r.what : r.what + " — " + utf8(_("Reason:")) + " " + r.reason);
        break;
    default: value = wxString();
    }
}

// ---- AuditLogFrame ----

AuditLogFrame* AuditLogFrame::show(wxWindow* parent, services::OfficeSession& office)
{
    if (auto* open = openWindow<AuditLogFrame>()) {
        open->Show();
        open->Raise();
        return open;
    }
    auto* frame = new AuditLogFrame(parent, office);
    frame->apply();
    frame->Show();
    frame->Raise();
    return frame;
}

AuditLogFrame* AuditLogFrame::showRecord(wxWindow* parent, services::OfficeSession& office, const std::string& table,
                                         int64_t recordId)
{
    auto* frame = show(parent, office);
    frame->setFilter(table, recordId);
    frame->apply();
    return frame;
}

AuditLogFrame::AuditLogFrame(wxWindow* parent, services::OfficeSession& office)
    : wxFrame(parent, wxID_ANY, _("Audit log"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE, "audit_log"),
      office_(office)
{
    SetIcons(appIcons());
    auto* body = new wxPanel(this);
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(body);
    column->Add(bar_, wxSizerFlags().Expand());

    auto* filters = new wxFlexGridSizer(8, gap, gap);
    auto label = [&](const wxString& text) {
        filters->Add(new wxStaticText(body, wxID_ANY, text), wxSizerFlags().CenterVertical());
    };
    label(_("&User:"));
    user_ = new wxChoice(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "user");
    user_->Append(_("Everyone"));
    try {
        for (const auto& u : services::UserService(office_).list()) {
            user_->Append(wx(u.shownName()));
            logins_.push_back(u.login);
        }
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
    }
    user_->SetSelection(0);
    filters->Add(user_);
    label(_("&Table:"));
    table_ = new wxChoice(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "table");
    table_->Append(_("All tables"));
    for (const auto& t : services::AuditService::tables()) table_->Append(wx(services::AuditService::tableName(t)));
    table_->SetSelection(0);
    filters->Add(table_);
    label(_("&Record:"));
    record_ = new wxTextCtrl(body, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(90, -1)), wxTE_PROCESS_ENTER,
                             wxDefaultValidator, "record");
    filters->Add(record_);
    label(_("&Action:"));
    action_ = new wxChoice(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "action");
    action_->Append(_("All actions"));
    for (const auto& a : services::AuditService::actions()) action_->Append(wx(services::AuditService::actionName(a)));
    action_->SetSelection(0);
    filters->Add(action_);
    label(_("&From:"));
    from_ = new DateField(body, wxID_ANY, wxInvalidDateTime, "from", false);
    filters->Add(from_);
    label(_("T&o:"));
    to_ = new DateField(body, wxID_ANY, wxInvalidDateTime, "to", false);
    filters->Add(to_);
    auto* showButton = new wxButton(body, wxID_ANY, _("&Show"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "show");
    filters->Add(showButton);
    column->Add(filters, wxSizerFlags().Border(wxALL, gap));

    list_ = new wxDataViewCtrl(body, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(1000, 440)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("audit_rows");
    model_ = new AuditListModel(office_, this);
    list_->AssociateModel(model_.get());
    const std::pair<wxString, int> columns[] = {{_("When"), 130}, {_("Who"), 130},  {_("Table"), 140},
                                                {_("Record"), 70}, {_("Action"), 110}, {_("What"), 520}};
    unsigned index = 0;
    for (const auto& [title, width] : columns)
        list_->AppendTextColumn(title, index++, wxDATAVIEW_CELL_INERT, FromDIP(width), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, gap));

    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->AddStretchSpacer();
    auto* close = new wxButton(body, wxID_ANY, _("C&lose"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    bottom->Add(close, wxSizerFlags().Border(wxALL, FromDIP(4)));
    column->Add(bottom, wxSizerFlags().Expand().Border(wxALL, gap));
    body->SetSizer(column);

    showButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { apply(); });
    record_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { apply(); });
    for (wxChoice* c : {user_, table_, action_}) c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && !event.HasAnyModifiers()) Close();
        else event.Skip();
    });
    showButton->SetDefault();
    SetSize(FromDIP(wxSize(1160, 640)));
    CentreOnParent();
}

void AuditLogFrame::setFilter(const std::string& table, int64_t recordId)
{
    const auto& tables = services::AuditService::tables();
    const auto it = std::find(tables.begin(), tables.end(), table);
    table_->SetSelection(it == tables.end() ? 0 : static_cast<int>(it - tables.begin()) + 1);
    record_->ChangeValue(recordId ? wxString::Format("%lld", static_cast<long long>(recordId)) : wxString());
}

bool AuditLogFrame::apply()
{
    bar_->clear();
    services::AuditQuery q;
    const int user = user_->GetSelection();
    if (user > 0) q.login = logins_[static_cast<size_t>(user - 1)];
    const int table = table_->GetSelection();
    if (table > 0) q.table = services::AuditService::tables()[static_cast<size_t>(table - 1)];
    const int action = action_->GetSelection();
    if (action > 0) q.action = services::AuditService::actions()[static_cast<size_t>(action - 1)];
    const wxString record = record_->GetValue().Strip(wxString::both);
    if (!record.empty()) {
        long long id = 0;
        if (!record.ToLongLong(&id) || id < 1) {
            bar_->showProblem(_("The record is given by its number."));
            return false;
        }
        q.recordId = id;
    }
    q.from = from_->typed();
    q.to = to_->typed();
    try {
        model_->show(q);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return false;
    }
    if (model_->rows().empty()) bar_->showNote(_("No audit rows match."));
    return true;
}

} // namespace praklit::ui
