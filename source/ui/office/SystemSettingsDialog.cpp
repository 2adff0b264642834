#include "ui/office/SystemSettingsDialog.h"

#include "domain/Error.h"
#include "services/OfficeService.h"
#include "ui/office/ModulesPage.h"
#include "ui/office/CourtSettingsPage.h"
#include "ui/office/SmsSettingsPage.h"
#include "ui/office/SmsTemplatesPage.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

namespace {

constexpr const char* kSqliteControls[] = {"sqlite_path_label", "sqlite_path", "browse"};
constexpr const char* kServerControls[] = {"host_label", "host",  "port_label",     "port",          "dbname_label",
                                           "dbname",     "user_label", "user",      "password_label", "password",
                                           "remember_password"};
constexpr const char* kServerFields[] = {"host", "port", "dbname", "user"};


// The office's rounding units, in the order of the choice's items.
constexpr int kRoundingUnits[] = {0, 1, 5, 6, 10, 15};
// Fields of the services' sentences, and the page and control that show them.
struct FieldPlace {
    const char* field;
    const char* message;
    const char* control;
};
constexpr FieldPlace kFieldPlaces[] = {
    {"long_running_hours", "timer_message", "long_running_hours"},
    {"idle_minutes", "timer_message", "idle_minutes"},
    {"rounding_unit", "office_message", "rounding_unit"},
    {"documents_folder", "office_message", "documents_folder"},
    {"require_password", "security_message", "require_password"},
    {"lock_minutes", "security_message", "lock_minutes"},
    {"module", "modules_message", nullptr},
    {"url", "sms_message", "url"},
    {"sender", "sms_message", "sender"},
    {"timeout", "sms_message", "timeout"},
    {"max_attempts", "sms_message", "max_attempts"},
    {"unknown_grace_minutes", "sms_message", nullptr},
    {"sending_hours", "sms_message", "day_open_0"},
};
constexpr const char* kMessages[] = {"message",         "timer_message", "office_message",
                                     "security_message", "modules_message", "sms_message", "templates_message"};

} // namespace

SystemSettingsDialog::SystemSettingsDialog(wxWindow* parent, Values values, ConnectionUrl current,
                                           bool canRememberPasswords, ApplyFn apply)
    : values_(std::move(values)), current_(std::move(current)), apply_(std::move(apply))
{
    wxXmlResource::Get()->LoadDialog(this, parent, "SystemSettingsDialog");
    labelStockButtons(this);
    // "Cancel" is a stock label here: GTK would draw its own, untranslated
    // button. Saying what it does is clearer besides.
    if (auto* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Discard changes"));

    // Each language named in itself: someone who cannot read the current one
    // still finds their own.
    auto* language = control<wxChoice>("language");
    language->Append(wxString::FromUTF8("עברית"));
    language->Append("English");

    auto* unit = control<wxChoice>("rounding_unit");
    unit->Append(_("No rounding"));
    unit->Append(_("1 minute"));
    unit->Append(_("5 minutes"));
    unit->Append(_("6 minutes (0.1 hour)"));
    unit->Append(_("10 minutes"));
    unit->Append(_("15 minutes"));
    auto* mode = control<wxChoice>("rounding_mode");
    // TRANSLATORS: rounding billed time: "Round to: 6 minutes | up".
    mode->Append(_("up"));
    // TRANSLATORS: rounding billed time: "Round to: 6 minutes | to the nearest".
    mode->Append(_("to the nearest"));
    if (!values_.timer) { // no office open: only where it is and the language
        auto* pages = control<wxNotebook>("pages");
        for (const char* page : {"office_page", "timer_page"}) pages->DeletePage(pages->FindPage(control(page)));
    }
    if (!values_.security) {
        auto* pages = control<wxNotebook>("pages");
        pages->DeletePage(pages->FindPage(control("security_page")));
    }
    // The modules' pages are built in code: the SMS page's week is seven rows alike.
    if (values_.modules) {
        auto* pages = control<wxNotebook>("pages");
        modulesPage_ = new ModulesPage(pages);
        pages->AddPage(modulesPage_, _("Modules"));
    }
    if (values_.sms) {
        auto* pages = control<wxNotebook>("pages");
        smsPage_ = new SmsSettingsPage(pages);
        pages->AddPage(smsPage_, wx(moduleName(Module::Sms)));
    }
    if (values_.court) {
        auto* pages = control<wxNotebook>("pages");
        courtPage_ = new CourtSettingsPage(pages);
        pages->AddPage(courtPage_, wx(moduleName(Module::Court)));
    }

    control("remember_password")->Show(canRememberPasswords);
    control("no_password_store")->Show(!canRememberPasswords);

    Bind(wxEVT_BUTTON, &SystemSettingsDialog::onOk, this, wxID_OK);
    Bind(wxEVT_BUTTON, &SystemSettingsDialog::onTestConnection, this, XRCID("test_connection"));
    Bind(wxEVT_BUTTON, &SystemSettingsDialog::onBrowse, this, XRCID("browse"));
    if (values_.timer) Bind(wxEVT_BUTTON, &SystemSettingsDialog::onBrowseDocuments, this, XRCID("browse_documents"));
    Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { enableForBackend(); });

    TransferDataToWindow();
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

SystemSettingsDialog::~SystemSettingsDialog()
{
    if (tester_.joinable()) tester_.join();
}

wxWindow* SystemSettingsDialog::control(const char* name) const
{
    wxWindow* window = FindWindow(XRCID(name));
    wxASSERT_MSG(window, name);
    return window;
}

bool SystemSettingsDialog::TransferDataToWindow()
{
    const auto& db = values_.database;
    control<wxRadioButton>("use_sqlite")->SetValue(db.backend == Backend::SQLite);
    control<wxRadioButton>("use_postgresql")->SetValue(db.backend == Backend::PostgreSQL);
    control<wxTextCtrl>("sqlite_path")->ChangeValue(wx(db.sqlitePath));
    control<wxTextCtrl>("host")->ChangeValue(wx(db.host));
    control<wxTextCtrl>("port")->ChangeValue(wx(db.port));
    control<wxTextCtrl>("dbname")->ChangeValue(wx(db.dbname));
    control<wxTextCtrl>("user")->ChangeValue(wx(db.user));
    control<wxTextCtrl>("password")->ChangeValue(wx(db.password));
    control<wxCheckBox>("remember_password")->SetValue(db.rememberPassword);
    control<wxChoice>("language")->SetSelection(values_.language == text::Language::Hebrew ? 0 : 1);
    if (const auto& timer = values_.timer) {
        control<wxCheckBox>("start_on_case_card")->SetValue(timer->startOnCaseCard);
        control<wxCheckBox>("start_on_document")->SetValue(timer->startOnDocument);
        control<wxRadioButton>("pause_others")->SetValue(!timer->keepOthersRunning);
        control<wxRadioButton>("keep_others_running")->SetValue(timer->keepOthersRunning);
        control<wxSpinCtrl>("long_running_hours")->SetValue(timer->longRunningHours);
        control<wxSpinCtrl>("idle_minutes")->SetValue(timer->idleMinutes);
        int unit = 0;
        for (size_t i = 0; i < std::size(kRoundingUnits); ++i)
            if (kRoundingUnits[i] == values_.rounding.unitMinutes) unit = static_cast<int>(i);
        control<wxChoice>("rounding_unit")->SetSelection(unit);
        control<wxChoice>("rounding_mode")->SetSelection(values_.rounding.mode == RoundingMode::Nearest ? 1 : 0);
        control<wxTextCtrl>("documents_folder")->ChangeValue(wx(values_.documentsFolder));
        control<wxTextCtrl>("documents_folder")->SetHint(wx(values_.defaultDocumentsFolder));
    }
    if (const auto& security = values_.security) {
        control<wxCheckBox>("require_password")->SetValue(security->requirePassword || security->server);
        control("require_password")->Enable(security->editable && !security->server);
        control<wxSpinCtrl>("lock_minutes")->SetValue(security->lockMinutes);
        control("lock_minutes")->Enable(security->editable);
        control("security_note")->Show(!security->editable);
    }
    if (modulesPage_) modulesPage_->show(*values_.modules);
    if (smsPage_) smsPage_->show(*values_.sms);
    if (courtPage_) courtPage_->show(*values_.court);
    enableForBackend();
    return wxDialog::TransferDataToWindow();
}

bool SystemSettingsDialog::TransferDataFromWindow()
{
    auto& db = values_.database;
    db.backend = control<wxRadioButton>("use_postgresql")->GetValue() ? Backend::PostgreSQL : Backend::SQLite;
    db.sqlitePath = trimmedUtf8(control<wxTextCtrl>("sqlite_path")->GetValue());
    db.host = trimmedUtf8(control<wxTextCtrl>("host")->GetValue());
    db.port = trimmedUtf8(control<wxTextCtrl>("port")->GetValue());
    db.dbname = trimmedUtf8(control<wxTextCtrl>("dbname")->GetValue());
    db.user = trimmedUtf8(control<wxTextCtrl>("user")->GetValue());
    db.password = utf8(control<wxTextCtrl>("password")->GetValue()); // spaces may be part of it
    db.rememberPassword = control<wxCheckBox>("remember_password")->GetValue();
    values_.language = control<wxChoice>("language")->GetSelection() == 1 ? text::Language::English : text::Language::Hebrew;
    if (auto& timer = values_.timer) {
        timer->startOnCaseCard = control<wxCheckBox>("start_on_case_card")->GetValue();
        timer->startOnDocument = control<wxCheckBox>("start_on_document")->GetValue();
        timer->keepOthersRunning = control<wxRadioButton>("keep_others_running")->GetValue();
        timer->longRunningHours = control<wxSpinCtrl>("long_running_hours")->GetValue();
        timer->idleMinutes = control<wxSpinCtrl>("idle_minutes")->GetValue();
        values_.rounding.unitMinutes = kRoundingUnits[std::max(0, control<wxChoice>("rounding_unit")->GetSelection())];
        values_.rounding.mode = control<wxChoice>("rounding_mode")->GetSelection() == 1 ? RoundingMode::Nearest : RoundingMode::Up;
        values_.documentsFolder = trimmedUtf8(control<wxTextCtrl>("documents_folder")->GetValue());
    }
    if (auto& security = values_.security) {
        security->requirePassword = control<wxCheckBox>("require_password")->GetValue();
        security->lockMinutes = control<wxSpinCtrl>("lock_minutes")->GetValue();
    }
    if (modulesPage_) modulesPage_->read(*values_.modules);
    if (smsPage_) smsPage_->read(*values_.sms);
    if (courtPage_) courtPage_->read(*values_.court);
    return wxDialog::TransferDataFromWindow();
}

void SystemSettingsDialog::enableForBackend()
{
    const bool server = control<wxRadioButton>("use_postgresql")->GetValue();
    for (const char* name : kSqliteControls) control(name)->Enable(!server);
    for (const char* name : kServerControls) control(name)->Enable(server);
}

void SystemSettingsDialog::showMessage(const wxString& sentence, const std::string& field)
{
    // The sentence goes on the page of the field it is about: the database's
    // unless it names a setting of another page there is.
    const char* messageName = "message";
    const char* focus = nullptr;
    for (const auto& place : kFieldPlaces)
        if (field == place.field && FindWindow(XRCID(place.message))) {
            messageName = place.message;
            focus = place.control;
        }
    for (const char* name : kMessages)
        if (auto* other = FindWindow(XRCID(name)); other && std::string(name) != messageName)
            static_cast<wxStaticText*>(other)->SetLabel(wxString());
    auto* message = control<wxStaticText>(messageName);
    message->SetLabel(sentence);
    wxWindow* page = message->GetParent();
    message->Wrap(page->GetClientSize().x - FromDIP(24));
    if (!sentence.empty()) {
        auto* pages = control<wxNotebook>("pages");
        pages->SetSelection(pages->FindPage(page));
        if (focus) control(focus)->SetFocus();
    }
    // A long sentence wraps onto more lines: grow to show all of it.
    const wxSize needed = GetSizer()->ComputeFittingWindowSize(this);
    if (needed.y > GetSize().y) SetSize(GetSize().x, needed.y);
    Layout();
}

void SystemSettingsDialog::addTemplatesPage(services::OfficeSession& office)
{
    auto* pages = control<wxNotebook>("pages");
    pages->AddPage(new SmsTemplatesPage(pages, office), _("SMS templates"));
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

void SystemSettingsDialog::selectPage(const char* name)
{
    auto* pages = control<wxNotebook>("pages");
    if (wxWindow* page = FindWindow(XRCID(name))) pages->SetSelection(pages->FindPage(page));
}

void SystemSettingsDialog::onOk(wxCommandEvent&)
{
    if (!Validate() || !TransferDataFromWindow()) return;
    Problem problem;
    try {
        const auto url = values_.database.url(current_);
        if (apply_) problem = apply_(values_, url);
    } catch (const std::exception& e) {
        problem = wx(e.what());
    }
    if (!problem.sentence.empty()) {
        showMessage(problem.sentence, problem.field); // everything typed stays as it was
        return;
    }
    if (IsModal()) EndModal(wxID_OK);
    else {
        SetReturnCode(wxID_OK);
        Hide();
    }
}

void SystemSettingsDialog::onTestConnection(wxCommandEvent&)
{
    TransferDataFromWindow();
    ConnectionUrl url;
    try {
        url = values_.database.url(current_);
    } catch (const std::exception& e) {
        showMessage(wx(e.what()));
        return;
    }
    // A server that does not answer takes up to its 5 s connect timeout: test
    // off the UI thread (its own database session) so the window still paints.
    if (tester_.joinable()) tester_.join();
    control("test_connection")->Disable();
    showMessage(_("Testing the connection…"));
    tester_ = std::thread([this, url] {
        std::string answer;
        try {
            answer = services::OfficeService::testConnection(url);
        } catch (const std::exception& e) {
            answer = e.what();
        }
        CallAfter([this, answer] {
            control("test_connection")->Enable();
            showMessage(wx(answer));
        });
    });
}

void SystemSettingsDialog::onBrowse(wxCommandEvent&)
{
    const wxFileName current(control<wxTextCtrl>("sqlite_path")->GetValue());
    // Save mode: the file may be a new name, for a new office.
    wxFileDialog dialog(this, _("The office file (an existing one, or a new name for a new office)"), current.GetPath(),
                        current.GetFullName(), _("Praklit office") + " (*.db)|*.db|" + _("All files") + "|*", wxFD_SAVE);
    if (dialog.ShowModal() == wxID_OK) control<wxTextCtrl>("sqlite_path")->ChangeValue(dialog.GetPath());
}

void SystemSettingsDialog::onBrowseDocuments(wxCommandEvent&)
{
    wxDirDialog dialog(this, _("The office's documents folder"), control<wxTextCtrl>("documents_folder")->GetValue());
    if (dialog.ShowModal() == wxID_OK) control<wxTextCtrl>("documents_folder")->ChangeValue(dialog.GetPath());
}

} // namespace praklit::ui
