#include "ui/billing/ReportsFrame.h"
#include "ui/widgets/OpenWindow.h"

#include "services/ReportService.h"
#include "text/Bidi.h"
#include "ui/billing/ChargeText.h"
#include "ui/office/Artwork.h"
#include "ui/widgets/Attempt.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Utf8.h"
#include "ui/widgets/Wording.h"

#include <wx/button.h>
#include <wx/choice.h>
#include "ui/widgets/DateField.h"
#include <wx/filedlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace praklit::ui {

// ---- ReportListModel ----

void ReportListModel::show(ReportPrintout report)
{
    report_ = std::move(report);
    Reset(static_cast<unsigned>(report_.rows.size() + (report_.totals.empty() ? 0 : 1)));
}

void ReportListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    const std::vector<ReportCell>* cells = row < report_.rows.size() ? &report_.rows[row]
                                           : report_.totals.empty()  ? nullptr
                                                                     : &report_.totals;
    if (!cells || column >= cells->size()) {
        value = wxString();
        return;
    }
    const std::string cell = report_.text(column, (*cells)[column]);
    // Numbers and dates read left to right inside the right-to-left table;
    // ICU's right-to-left marks around the sign would pull the ₪ before the number.
    const bool leftToRight = report_.numeric(column) || (column < report_.columns.size() && report_.columns[column] == ReportColumn::Date);
    value = leftToRight && !cell.empty() ? wx(text::ltr(text::withoutBidiControls(cell))) : wx(cell);
}

bool ReportListModel::GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const
{
    if (row < report_.rows.size()) return false;
    attr.SetBold(true);
    return true;
}

// ---- ReportsFrame ----

ReportsFrame* ReportsFrame::show(wxWindow* parent, services::OfficeSession& office)
{
    if (auto* open = openWindow<ReportsFrame>()) {
        open->Show();
        open->Raise();
        return open;
    }
    auto* frame = new ReportsFrame(parent, office);
    frame->Show();
    frame->Raise();
    return frame;
}

ReportsFrame::ReportsFrame(wxWindow* parent, services::OfficeSession& office)
    : wxFrame(parent, wxID_ANY, _("Reports"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE, "reports"),
      office_(office), names_(services::ReportService::names())
{
    SetIcons(appIcons());
    auto* body = new wxPanel(this);
    const int gap = FromDIP(6);
    auto* column = new wxBoxSizer(wxVERTICAL);
    bar_ = new MessageBar(body);
    column->Add(bar_, wxSizerFlags().Expand());

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto add = [&](wxWindow* w) { top->Add(w, wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, gap / 2)); };
    add(new wxStaticText(body, wxID_ANY, _("&Report:")));
    report_ = new wxChoice(body, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "report");
    // The reports' own titles, in the office's language, as the service writes them.
    services::ReportService reports(office_);
    for (const auto& name : names_) {
        wxString title = wx(name);
        try {
            title = wx(reports.run(name, "1900-01-01", "1900-01-01").title);
        } catch (const std::exception&) {
        }
        report_->Append(title);
    }
    report_->SetSelection(0);
    add(report_);
    top->AddSpacer(FromDIP(12));
    add(new wxStaticText(body, wxID_ANY, _("&From:")));
    const wxDateTime today = wxDateTime::Today();
    from_ = new DateField(body, wxID_ANY, wxDateTime(1, wxDateTime::Jan, today.GetYear()), "from", false);
    add(from_);
    add(new wxStaticText(body, wxID_ANY, _("T&o:")));
    to_ = new DateField(body, wxID_ANY, today, "to", false);
    add(to_);
    auto* showButton = new wxButton(body, wxID_ANY, _("&Show"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "show");
    add(showButton);
    column->Add(top, wxSizerFlags().Border(wxALL, gap));

    title_ = new wxStaticText(body, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "report_title");
    title_->SetFont(title_->GetFont().Bold().Larger());
    column->Add(title_, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap * 2));

    list_ = new wxDataViewCtrl(body, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(900, 420)), wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("report_rows");
    model_ = new ReportListModel;
    list_->AssociateModel(model_);
    model_->DecRef();
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, gap));

    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    const std::pair<wxString, const char*> exportButtons[] = {
        {_("Export &CSV"), "export_csv"}, {_("Export &XLSX"), "export_xlsx"}, {_("Export &PDF"), "export_pdf"}};
    for (const auto& [label, name] : exportButtons) {
        auto* b = new wxButton(body, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
        bottom->Add(b, wxSizerFlags().Border(wxALL, FromDIP(4)));
        exports_.push_back(b);
        b->Disable();
    }
    bottom->AddStretchSpacer();
    auto* close = new wxButton(body, wxID_ANY, _("C&lose"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "close");
    bottom->Add(close, wxSizerFlags().Border(wxALL, FromDIP(4)));
    column->Add(bottom, wxSizerFlags().Expand().Border(wxALL, gap));
    body->SetSizer(column);

    showButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showReport(); });
    exports_[0]->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportWithDialog(Format::Csv); });
    exports_[1]->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportWithDialog(Format::Xlsx); });
    exports_[2]->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportWithDialog(Format::Pdf); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    report_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showReport(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && !event.HasAnyModifiers()) Close();
        else event.Skip();
    });
    showButton->SetDefault();
    SetSize(FromDIP(wxSize(1000, 620)));
    CentreOnParent();
}

void ReportsFrame::setPeriod(const std::string& from, const std::string& to)
{
    from_->SetValue(dateFromIso(from));
    to_->SetValue(dateFromIso(to));
}

bool ReportsFrame::choose(const std::string& name)
{
    const auto it = std::find(names_.begin(), names_.end(), name);
    if (it == names_.end()) return false;
    report_->SetSelection(static_cast<int>(it - names_.begin()));
    return true;
}

bool ReportsFrame::showReport()
{
    bar_->clear();
    const int chosen = report_->GetSelection();
    if (chosen < 0) return false;
    ReportPrintout report;
    try {
        report = services::ReportService(office_).run(names_[chosen], from_->typed(), to_->typed());
    } catch (const std::exception& e) {
        bar_->showProblem(wx(e.what()));
        return false;
    }
    list_->ClearColumns();
    const auto number = static_cast<wxAlignment>(numberAlignment(this));
    for (size_t c = 0; c < report.headings.size(); ++c) {
        const bool numeric = report.numeric(c);
        list_->AppendTextColumn(wx(report.headings[c]), static_cast<unsigned>(c), wxDATAVIEW_CELL_INERT,
                                FromDIP(numeric ? 120 : 180), numeric ? number : wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    }
    title_->SetLabel(wx(report.title) + (report.subtitle.empty() ? wxString() : wxString::FromUTF8(" — ") + wx(report.subtitle)));
    model_->show(std::move(report));
    for (wxButton* b : exports_) b->Enable();
    title_->GetParent()->Layout();
    return true;
}

bool ReportsFrame::exportTo(const std::filesystem::path& path, Format format)
{
    return attempt(this, [&] {
        const ReportPrintout& r = model_->report();
        services::ReportService(office_).write(r, format == Format::Csv    ? services::ReportFormat::Csv
                                          : format == Format::Xlsx ? services::ReportFormat::Xlsx
                                                                   : services::ReportFormat::Pdf,
                                       path);
    });
}

void ReportsFrame::exportWithDialog(Format format)
{
    const wxString wildcard = format == Format::Csv    ? _("CSV files (*.csv)|*.csv")
                              : format == Format::Xlsx ? _("Excel workbooks (*.xlsx)|*.xlsx")
                                                       : _("PDF files (*.pdf)|*.pdf");
    const wxString extension = format == Format::Csv ? "csv" : format == Format::Xlsx ? "xlsx" : "pdf";
    const int chosen = std::max(0, report_->GetSelection());
    wxFileDialog dialog(this, _("Export the report"), wxString(), wx(names_[chosen]) + "." + extension, wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    if (exportTo(pathOf(dialog.GetPath()), format))
        bar_->showNote(wxString::Format(_("Exported to %s."), wx(text::ltr(utf8(dialog.GetPath())))));
}

} // namespace praklit::ui
