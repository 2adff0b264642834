#include "ui/clients/ClientDetailsPage.h"

#include "text/Bidi.h"
#include "text/Timestamp.h"
#include "ui/widgets/Utf8.h"

#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace praklit::ui {

ClientDetailsPage::ClientDetailsPage(wxWindow* parent)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "ClientDetailsForm");
    SetName("details");
    for (const char* ltrField : {"id_number", "email"}) control(ltrField)->SetLayoutDirection(wxLayout_LeftToRight);
    auto onKind = [this](wxCommandEvent&) {
        showRowsFor(control<wxRadioButton>("organisation")->GetValue() ? EntityKind::Organisation : EntityKind::Person);
    };
    control("person")->Bind(wxEVT_RADIOBUTTON, onKind);
    control("organisation")->Bind(wxEVT_RADIOBUTTON, onKind);
}

wxWindow* ClientDetailsPage::control(const char* name) const
{
    wxWindow* window = wxWindow::FindWindowByName(name, const_cast<ClientDetailsPage*>(this));
    wxASSERT_MSG(window, name);
    return window;
}

void ClientDetailsPage::showRowsFor(EntityKind kind)
{
    // A person has first and last names, an organisation one name; what was
    // typed in the hidden fields stays there should the choice change back.
    const bool person = kind == EntityKind::Person;
    for (const char* name : {"first_name_label", "first_name", "last_name_label", "last_name"}) control(name)->Show(person);
    for (const char* name : {"org_name_label", "org_name"}) control(name)->Show(!person);
    control<wxStaticText>("id_number_label")->SetLabel(person ? _("I&D number:") : _("Company &number:"));
    Layout();
}

void ClientDetailsPage::show(const Client& client)
{
    control<wxRadioButton>("person")->SetValue(client.kind == EntityKind::Person);
    control<wxRadioButton>("organisation")->SetValue(client.kind == EntityKind::Organisation);
    control<wxTextCtrl>("first_name")->ChangeValue(wx(client.firstName));
    control<wxTextCtrl>("last_name")->ChangeValue(wx(client.lastName));
    control<wxTextCtrl>("org_name")->ChangeValue(wx(client.orgName));
    control<wxTextCtrl>("id_number")->ChangeValue(wx(client.idNumber));
    control<wxTextCtrl>("email")->ChangeValue(wx(client.email));
    control<wxTextCtrl>("note")->ChangeValue(wx(client.note));
    control<wxRadioButton>("active")->SetValue(client.active);
    control<wxRadioButton>("inactive")->SetValue(!client.active);
    wxString info;
    if (client.id)
        info = wxString::Format(_("Client number %1$s · added %2$s · last changed %3$s"), wx(std::to_string(client.id)),
                                wx(text::ltr(text::toIsraelDisplay(client.createdAt))),
                                wx(text::ltr(text::toIsraelDisplay(client.updatedAt))));
    control<wxStaticText>("record_info")->SetLabel(info);
    showRowsFor(client.kind);
}

Client ClientDetailsPage::edited(const Client& base) const
{
    Client c = base;
    c.kind = control<wxRadioButton>("organisation")->GetValue() ? EntityKind::Organisation : EntityKind::Person;
    c.firstName = utf8(control<wxTextCtrl>("first_name")->GetValue());
    c.lastName = utf8(control<wxTextCtrl>("last_name")->GetValue());
    c.orgName = utf8(control<wxTextCtrl>("org_name")->GetValue());
    c.idNumber = utf8(control<wxTextCtrl>("id_number")->GetValue());
    c.email = utf8(control<wxTextCtrl>("email")->GetValue());
    c.note = utf8(control<wxTextCtrl>("note")->GetValue());
    c.active = control<wxRadioButton>("active")->GetValue();
    return c;
}

bool ClientDetailsPage::modified(const Client& stored) const
{
    const Client now = edited(stored);
    // The hidden fields of the other kind do not count: they are not saved.
    const bool person = now.kind == EntityKind::Person;
    return now.kind != stored.kind || now.idNumber != stored.idNumber || now.email != stored.email ||
           now.note != stored.note || now.active != stored.active ||
           (person ? now.firstName != stored.firstName || now.lastName != stored.lastName : now.orgName != stored.orgName);
}

} // namespace praklit::ui
