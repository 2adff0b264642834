#pragma once
#include "domain/Client.h"

#include <wx/panel.h>

namespace praklit::ui {

// כרטיס לקוח → פרטים כלליים (forms/client_details.xrc): individual or
// organisation, names, ID or company number, e-mail, status and notes. The
// card's [Save] takes what is typed here to the service.
class ClientDetailsPage : public wxPanel {
public:
    explicit ClientDetailsPage(wxWindow* parent);

    void show(const Client& client);
    // `base` with what is typed now: the id and version stay the stored ones.
    Client edited(const Client& base) const;
    bool modified(const Client& stored) const;

    wxWindow* control(const char* name) const;
    template <typename T> T* control(const char* name) const { return static_cast<T*>(control(name)); }

private:
    void showRowsFor(EntityKind kind);
};

} // namespace praklit::ui
