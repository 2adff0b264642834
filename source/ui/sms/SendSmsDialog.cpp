#include "ui/sms/SendSmsDialog.h"

#include "domain/Error.h"
#include "services/ClientService.h"
#include "text/Bidi.h"
#include "text/Format.h"
#include "text/Timestamp.h"
#include "ui/sms/SmsPanel.h"
#include "ui/sms/SmsTimeField.h"
#include "ui/sms/SmsWording.h"
#include "ui/users/UserForms.h"
#include "ui/widgets/FormMessages.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <map>

namespace praklit::ui {

namespace {

// Typing is asked about a moment after the last key: the preview reads the
// office for each recipient.
constexpr int kPreviewPauseMs = 300;
// Recipients shown before the list scrolls.
constexpr int kRecipientsShown = 6;

const wxString kRecipientDot = wxString::FromUTF8(" · ");

// Tomorrow at 09:00 in Israel: the usual reason to schedule is "not now".
text::Timestamp tomorrowMorning()
{
    const auto t = text::parseIsraelTime(text::nextDay(text::israelToday()) + " 09:00");
    return t ? *t : text::now();
}

} // namespace

SendSmsDialog::SendSmsDialog(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId,
                             int64_t contactId)
    : wxDialog(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER,
               "send_sms"),
      office_(office), clientId_(clientId), caseId_(caseId), previewTimer_(this)
{
    wxString clientName;
    try {
        clientName = wx(services::ClientService(office_).get(clientId_).displayName());
    } catch (const std::exception&) {
        // The title only: the recipients below say what is wrong.
    }
    // TRANSLATORS: the send dialog's title; %s is the client's name
    SetTitle(wxString::Format(_("Send SMS — %s"), clientName));

    const int gap = FromDIP(6);
    bar_ = new MessageBar(this);
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text, const char* name) {
        grid->Add(
            new wxStaticText(this, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, 0, wxString(name) + "_label"),
            wxSizerFlags().Border(wxTOP, FromDIP(3)));
    };

    // Whom to: each of the client's and its contacts' numbers, and one typed by hand.
    label(_("Recipients:"), "to");
    auto* scrolled = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL, "to");
    scrolled->SetScrollRate(0, FromDIP(8));
    recipientsPanel_ = scrolled;
    auto* recipientsColumn = new wxBoxSizer(wxVERTICAL);
    scrolled->SetSizer(recipientsColumn);
    auto* toColumn = new wxBoxSizer(wxVERTICAL);
    toColumn->Add(scrolled, wxSizerFlags().Expand());
    auto* otherRow = new wxBoxSizer(wxHORIZONTAL);
    other_ = new wxCheckBox(this, wxID_ANY, _("&Another number:"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "other");
    otherNumber_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(160, -1)), 0,
                                  wxDefaultValidator, "other_number");
    otherNumber_->SetLayoutDirection(wxLayout_LeftToRight); // a number reads left to right
    // TRANSLATORS: a hint in the box for a mobile number typed by hand
    otherNumber_->SetHint(_("mobile number"));
    otherRow->Add(other_, wxSizerFlags().CenterVertical());
    otherRow->Add(otherNumber_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap));
    toColumn->Add(otherRow, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    grid->Add(toColumn, wxSizerFlags().Expand());

    label(_("&Template:"), "template");
    auto* templateRow = new wxBoxSizer(wxHORIZONTAL);
    template_ =
        new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "template");
    templateType_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "template_type");
    templateRow->Add(template_, wxSizerFlags().CenterVertical());
    templateRow->Add(templateType_, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap * 2));
    grid->Add(templateRow);

    label(_("Te&xt:"), "text");
    text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(600, 96)), wxTE_MULTILINE,
                           wxDefaultValidator, "text");
    grid->Add(text_, wxSizerFlags(1).Expand());
    grid->AddSpacer(0);
    counter_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "counter");
    grid->Add(counter_, wxSizerFlags().Expand());

    // What each recipient gets, placeholders filled, before anything is sent.
    label(_("Preview:"), "preview");
    auto* previewColumn = new wxBoxSizer(wxVERTICAL);
    previewList_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 96)),
                                          wxDV_SINGLE | wxDV_ROW_LINES);
    previewList_->SetName("preview");
    for (const auto& [title, width] : std::initializer_list<std::pair<wxString, int>>{
             {_("Recipient"), 170}, {_("Text as it will go"), 270}, {_("Parts"), 50}, {_("No value for"), 100}})
        previewList_->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, FromDIP(width))
            ->GetRenderer()
            ->EnableEllipsize(wxELLIPSIZE_END);
    previewNote_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "preview_note");
    previewColumn->Add(previewList_, wxSizerFlags(1).Expand());
    previewColumn->Add(previewNote_, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    grid->Add(previewColumn, wxSizerFlags(1).Expand());

    label(_("When:"), "when");
    auto* whenColumn = new wxBoxSizer(wxVERTICAL);
    now_ = new wxRadioButton(this, wxID_ANY, _("Send &now"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP,
                             wxDefaultValidator, "send_now");
    later_ = new wxRadioButton(this, wxID_ANY, _("Sc&hedule for:"), wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "schedule");
    when_ = new SmsTimeField(this, office_, tomorrowMorning());
    auto* laterRow = new wxBoxSizer(wxHORIZONTAL);
    laterRow->Add(later_, wxSizerFlags().Top().Border(wxTOP, FromDIP(4)));
    laterRow->Add(when_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    whenColumn->Add(now_);
    whenColumn->Add(laterRow, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    grid->Add(whenColumn);
    grid->AddGrowableRow(2, 1);
    grid->AddGrowableRow(4, 1);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar_, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, gap * 2));
    auto* cancel = addFormButtons(this, column, _("Cancel"), _("&Send"), "send", [this] { send(); });
    // A service names its fields "to", "text" and "at"; "at" is the time chosen.
    messages_ = std::make_unique<FormMessages>(this, bar_, std::map<std::string, std::string>{{"at", "when"}});

    fillRecipients(contactId);
    fillTemplates();
    when_->Enable(false);

    SetEscapeId(cancel->GetId());
    text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { textChanged(); });
    other_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { textChanged(); });
    otherNumber_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        // Typing a number means sending to it.
        other_->SetValue(!otherNumber_->GetValue().Strip(wxString::both).empty());
        textChanged();
    });
    template_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { chooseTemplate(template_->GetStringSelection()); });
    now_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { schedule(false); });
    later_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { schedule(true); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refreshPreview(); }, previewTimer_.GetId());

    SetSizerAndFit(column);
    SetMinSize(GetSize());
    refreshPreview();
    CentreOnParent();
    text_->SetFocus();
}

SendSmsDialog::~SendSmsDialog() { previewTimer_.Stop(); }

void SendSmsDialog::fillRecipients(int64_t contactId)
{
    std::vector<services::SmsRecipient> found;
    std::map<int64_t, std::string> roles;
    try {
        found = services::SmsService(office_).recipients(clientId_);
        for (const auto& c : services::ClientService(office_).contacts(clientId_)) roles[c.id] = c.roleName;
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
    }
    bool contactTicked = false;
    auto* column = recipientsPanel_->GetSizer();
    for (const auto& r : found) {
        wxString label = wx(text::isolate(r.name));
        if (r.contactId && !roles[r.contactId].empty()) label += " (" + wx(roles[r.contactId]) + ")";
        label += kRecipientDot + phoneTypeLabel(r.type) + " " + phoneForDisplay(r.e164);
        if (!r.mobile) label += kRecipientDot + _("not a mobile number: an SMS cannot reach it");
        auto* box = new wxCheckBox(recipientsPanel_, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0,
                                   wxDefaultValidator, wxString::Format("recipient_%zu", recipients_.size()));
        // Shown, so the person sees the number is known, but not to be ticked.
        box->Enable(r.mobile);
        const bool ticked = contactId ? (r.mobile && r.contactId == contactId && !contactTicked) : r.preselected;
        contactTicked = contactTicked || (ticked && contactId);
        box->SetValue(ticked);
        box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { textChanged(); });
        column->Add(box, wxSizerFlags().Border(wxBOTTOM, FromDIP(2)));
        recipients_.push_back({r, box});
    }
    if (found.empty()) {
        auto* none = new wxStaticText(recipientsPanel_, wxID_ANY,
                                      _("The client has no mobile number to pick: type one under \"Another number\"."),
                                      wxDefaultPosition, wxDefaultSize, 0, "no_recipients");
        none->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        column->Add(none);
    }
    if (contactId && !contactTicked) {
        // The service says why this contact cannot get one (no mobile, or "no SMS").
        try {
            services::SmsRequest ask;
            ask.clientId = clientId_;
            ask.caseId = caseId_;
            ask.to.push_back({0, contactId, {}, false});
            (void)services::SmsService(office_).preview(ask);
        } catch (const std::exception& e) {
            bar_->showProblem(wx(e.what()));
        }
    }
    recipientsPanel_->FitInside();
    const wxSize all = column->GetMinSize();
    const int rowHeight = recipients_.empty() ? all.y : all.y / int(recipients_.size());
    recipientsPanel_->SetMinSize(wxSize(
        all.x + FromDIP(20), recipients_.size() > size_t(kRecipientsShown) ? rowHeight * kRecipientsShown : all.y));
}

void SendSmsDialog::fillTemplates()
{
    template_->Append(_("No template"));
    try {
        templates_ = services::SmsService(office_).templatesFor(caseId_ ? services::SmsPlace::CaseCard
                                                                        : services::SmsPlace::ClientCard);
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
    }
    for (const auto& t : templates_) template_->Append(wx(t.name));
    template_->SetSelection(0);
    template_->Enable(!templates_.empty());
}

bool SendSmsDialog::chooseTemplate(const wxString& name)
{
    if (name.empty() || template_->FindString(name) == 0) {
        template_->SetSelection(0);
        templateType_->SetLabel(wxString());
        return true;
    }
    for (size_t i = 0; i < templates_.size(); ++i)
        if (wx(templates_[i].name) == name) {
            template_->SetSelection(int(i) + 1);
            templateType_->SetLabel(wxString::Format(_("Type: %s"), wx(typeName(templates_[i].type))));
            text_->SetValue(wx(templates_[i].text)); // a wxEVT_TEXT: counted and previewed again
            Layout();
            return true;
        }
    return false;
}

void SendSmsDialog::tick(size_t row, bool ticked)
{
    if (row >= recipients_.size()) return;
    recipients_[row].box->SetValue(ticked);
    textChanged();
}

void SendSmsDialog::typeOtherNumber(const wxString& number) { otherNumber_->SetValue(number); }

void SendSmsDialog::schedule(bool later)
{
    now_->SetValue(!later);
    later_->SetValue(later);
    when_->Enable(later);
}

services::SmsRequest SendSmsDialog::request(bool withTime) const
{
    services::SmsRequest r;
    r.clientId = clientId_;
    r.caseId = caseId_;
    for (const auto& row : recipients_)
        if (row.box->IsEnabled() && row.box->GetValue()) r.to.push_back({row.recipient.phoneId, 0, {}, false});
    const std::string typed = trimmedUtf8(otherNumber_->GetValue());
    if (other_->GetValue() && !typed.empty()) r.to.push_back({0, 0, typed, typed == confirmedNumber_});
    r.text = utf8(text_->GetValue());
    if (withTime && later_->GetValue()) r.at = when_->value();
    return r;
}

void SendSmsDialog::textChanged()
{
    previewCurrent_ = false;
    showCounter();
    previewTimer_.StartOnce(kPreviewPauseMs);
}

void SendSmsDialog::showCounter()
{
    const std::string typed = utf8(text_->GetValue());
    std::vector<std::string> texts;
    if (previewCurrent_) {
        for (const auto& p : previews_) texts.push_back(p.text);
    } else {
        // Until the service answers: the text as typed, once a recipient. It
        // is what goes when the text has no placeholder.
        texts.assign(request(false).to.size(), typed);
    }
    counter_->SetLabel(smsCounterText(texts, typed));
    Layout();
}

wxString SendSmsDialog::counter() const { return counter_->GetLabel(); }

wxString SendSmsDialog::previewNote() const { return previewNote_->GetLabel(); }

void SendSmsDialog::showPreviewNote(const wxString& sentence, bool problem)
{
    previewNote_->SetForegroundColour(problem ? wxColour(176, 0, 32)
                                              : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    previewNote_->SetLabel(sentence);
    previewNote_->Wrap(std::max(previewList_->GetSize().x, FromDIP(400)));
    Layout();
}

void SendSmsDialog::refreshPreview()
{
    previewTimer_.Stop();
    previewList_->DeleteAllItems();
    previews_.clear();
    const auto r = request(false);
    if (r.to.empty()) {
        previewCurrent_ = true;
        showPreviewNote(_("Tick a recipient, or type another number, to see the message each one gets."), false);
        showCounter();
        return;
    }
    try {
        previews_ = services::SmsService(office_).preview(r);
    } catch (const std::exception& e) {
        previewCurrent_ = false;
        showPreviewNote(wx(e.what()), true);
        showCounter();
        return;
    }
    bool missing = false;
    for (const auto& p : previews_) {
        wxString holes;
        for (const auto& m : p.missing) holes += (holes.empty() ? "" : ", ") + wx(placeholderName(m));
        missing = missing || !p.missing.empty();
        wxVector<wxVariant> row;
        row.push_back(wxVariant(smsRecipientText(p.name, p.e164)));
        row.push_back(wxVariant(smsFirstLine(p.text)));
        row.push_back(wxVariant(wx(text::formatCount(p.count.segments))));
        row.push_back(wxVariant(holes));
        previewList_->AppendItem(row);
    }
    previewCurrent_ = true;
    if (missing)
        showPreviewNote(
            _("A placeholder has no value for a recipient: write it in the text, or choose another template. "
              "Nothing is sent with a hole in it."),
            true);
    else
        showPreviewNote(wxString(), false);
    showCounter();
}

bool SendSmsDialog::confirmNewRange(const std::string& typed)
{
    wxString refusal;
    try {
        (void)smsNumber(typed, false);
        return false; // a number the plan knows: the refusal was about something else
    } catch (const std::exception& e) {
        refusal = wx(e.what());
    }
    try {
        (void)smsNumber(typed, true);
    } catch (const std::exception&) {
        return false; // no mobile number at all, confirmed or not
    }
    wxMessageDialog ask(this, refusal + "\n\n" + _("Send the message to this number?"), _("Praklit"),
                        wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Send to this number"), _("&Don't send"));
    if (ask.ShowModal() != wxID_YES) return false;
    confirmedNumber_ = typed;
    return true;
}

void SendSmsDialog::showRefusal(const std::exception& refusal)
{
    // A refused recipient is the typed number when that number is what the
    // service cannot send to; else one of those ticked.
    const auto* error = dynamic_cast<const Error*>(&refusal);
    const std::string typed = trimmedUtf8(otherNumber_->GetValue());
    if (error && error->field() == "to" && other_->GetValue() && !typed.empty()) {
        bool typedRefused = false;
        try {
            (void)smsNumber(typed, typed == confirmedNumber_);
        } catch (const std::exception&) {
            typedRefused = true;
        }
        if (typedRefused) {
            messages_->showAt("other_number", wx(refusal.what()));
            return;
        }
    }
    messages_->show(refusal);
}

bool SendSmsDialog::send()
{
    messages_->clear();
    services::SmsRequest r;
    try {
        r = request(true);
    } catch (const std::exception& e) {
        messages_->show(e);
        return false;
    }
    for (;;) {
        try {
            sent_ = services::SmsService(office_).send(r);
            break;
        } catch (const Error& e) {
            // The typed number goes last: a new range the person confirms is sent to, once asked.
            if (e.field() == "to" && !r.to.empty() && !r.to.back().typed.empty() && !r.to.back().confirmed &&
                confirmNewRange(r.to.back().typed)) {
                r.to.back().confirmed = true;
                continue;
            }
            showRefusal(e);
            return false;
        } catch (const std::exception& e) {
            showRefusal(e);
            return false;
        }
    }
    if (IsModal()) EndModal(wxID_OK);
    else {
        SetReturnCode(wxID_OK);
        Hide();
    }
    return true;
}

wxButton* sendSmsButton(wxWindow* parent, services::OfficeSession& office, int64_t clientId, int64_t caseId,
                        MessageBar* bar)
{
    if (!canSendSms(office)) return nullptr;
    auto* button = new wxButton(parent, wxID_ANY, _("Send &SMS"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "send_sms");
    button->Bind(wxEVT_BUTTON, [button, &office, clientId, caseId, bar](wxCommandEvent&) {
        openSendSms(button, office, clientId, caseId, 0, bar);
    });
    return button;
}

void openSendSms(wxWindow* window, services::OfficeSession& office, int64_t clientId, int64_t caseId, int64_t contactId,
                 MessageBar* bar)
{
    SendSmsDialog dialog(wxGetTopLevelParent(window), office, clientId, caseId, contactId);
    if (dialog.ShowModal() != wxID_OK || dialog.sent().empty()) return;
    SmsPanel::reloadFor(clientId);
    if (!bar) return;
    const auto& sent = dialog.sent();
    const auto due = text::parseTimestamp(sent.front().dueAt).value_or(text::now());
    text::Timestamp goesOut = due;
    try {
        goesOut = services::SmsService(office).goesOutAt(due);
    } catch (const std::exception&) {
    }
    const unsigned n = pluralCount(int64_t(sent.size()));
    const wxString count = wx(text::formatCount(int64_t(sent.size())));
    if (goesOut - text::now() < std::chrono::minutes(1))
        bar->showNote(wxString::Format(wxPLURAL("%s message is on its way; it is kept in the SMS tab.",
                                                "%s messages are on their way; they are kept in the SMS tab.", n),
                                       count));
    else
        // TRANSLATORS: %2$s is when the messages go: a date and time, in Hebrew with the Hebrew date
        bar->showNote(wxString::Format(wxPLURAL("%1$s message will go out on %2$s; it is kept in the SMS tab.",
                                                "%1$s messages will go out on %2$s; they are kept in the SMS tab.", n),
                                       count, israelTimeWithHebrewDate(goesOut)));
}

} // namespace praklit::ui
