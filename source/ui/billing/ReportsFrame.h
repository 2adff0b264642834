#pragma once
#include "domain/Printout.h"

#include <wx/dataview.h>
#include <wx/frame.h>

#include <filesystem>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxStaticText;

namespace praklit::services { class OfficeSession; }

namespace praklit::ui {

class DateField;

class MessageBar;

// A report's rows for the screen, the totals as a last (bold) row.
class ReportListModel : public wxDataViewVirtualListModel {
public:
    ReportListModel() : wxDataViewVirtualListModel(0) {}
    void show(ReportPrintout report);
    const ReportPrintout& report() const { return report_; }

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    ReportPrintout report_;
};

// דוחות (≡ → Reports): a report and a period, [Show] on screen, and the same
// table exported to CSV, XLSX or PDF.
class ReportsFrame : public wxFrame {
public:
    enum class Format { Csv, Xlsx, Pdf };
    static ReportsFrame* show(wxWindow* parent, services::OfficeSession& office);

    // The buttons' work. `name` is one of ReportService::names().
    bool choose(const std::string& name);
    bool showReport();
    bool exportTo(const std::filesystem::path& path, Format format);

    const ReportPrintout& report() const { return model_->report(); }
    wxDataViewCtrl* list() const { return list_; }
    MessageBar* messageBar() const { return bar_; }
    void setPeriod(const std::string& from, const std::string& to);

private:
    ReportsFrame(wxWindow* parent, services::OfficeSession& office);
    void exportWithDialog(Format format);

    services::OfficeSession& office_;
    std::vector<std::string> names_;
    ReportListModel* model_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    MessageBar* bar_ = nullptr;
    wxChoice* report_ = nullptr;
    DateField* from_ = nullptr;
    DateField* to_ = nullptr;
    wxStaticText* title_ = nullptr;
    std::vector<wxButton*> exports_;
};

} // namespace praklit::ui
