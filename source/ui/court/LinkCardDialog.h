#pragma once
#include "services/CourtService.h"

#include <wx/dialog.h>

#include <optional>
#include <vector>

class wxButton;
class wxChoice;
class wxComboBox;
class wxStaticText;

namespace praklit::ui {

// קישור כרטיס חכם: the card's software (its PKCS#11 module: a path, with
// the usual ones for this platform offered), the reader the card is in and
// the certificate on it. [Link] keeps them for the signed-in user — the
// certificate's fingerprint, holder and expiry, never a key or a code.
class LinkCardDialog : public wxDialog {
public:
    LinkCardDialog(wxWindow* parent, services::OfficeSession& office);

    // The card linked, once [Link] succeeded.
    const std::optional<services::LinkedCard>& linked() const { return linked_; }

    // The buttons' work, for tests as for a person.
    void findReaders();
    void findCertificates();
    void link();

private:
    void say(const wxString& sentence);
    void enable();

    services::OfficeSession& office_;
    std::vector<services::CardSlot> slots_;
    std::vector<services::CardCertificate> certificates_;
    std::optional<services::LinkedCard> linked_;
    wxComboBox* module_ = nullptr;
    wxChoice* slot_ = nullptr;
    wxChoice* certificate_ = nullptr;
    wxStaticText* details_ = nullptr;
    wxStaticText* message_ = nullptr;
    wxButton* link_ = nullptr;
};

} // namespace praklit::ui
