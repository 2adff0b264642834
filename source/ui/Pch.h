#pragma once
// Precompiled for praklit_ui: a wx-heavy file takes seconds to parse these.
#include <wx/wx.h>
#include <wx/bmpbndl.h>
#include <wx/config.h>
#include <wx/notebook.h>
#include <wx/xrc/xmlres.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
