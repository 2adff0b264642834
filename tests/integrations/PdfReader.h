#pragma once
// Reads a PDF back the way a reader's text layer does (pdftotext) and saves
// its pages as images (pdftoppm) for a person to look at.
#include <filesystem>
#include <string>

namespace praklit::test {

// The text layer, bidi controls removed (pdftotext wraps runs in LRE/RLE…PDF).
// `layout`: pdftotext -layout. Pages from `first` to `last` (0: all).
std::string pdfText(const std::filesystem::path& pdf, bool layout = false, int first = 0, int last = 0);

int pdfPageCount(const std::filesystem::path& pdf);
int pdfImageCount(const std::filesystem::path& pdf);

// pdftoppm -png -r 60 into the screenshots folder as <name>-<page>.png.
void savePageImages(const std::filesystem::path& pdf, const std::string& name);

std::filesystem::path screenshotDir();

// True when the words of `phrase` follow one another in `text` in this order
// with nothing but white space between them. pdftotext places the spaces
// around a number inside a right-to-left line by its own rule ("עמוד 1מתוך 2"),
// so spacing is not the PDF's to answer for; the order of the words is.
bool readsInOrder(const std::string& text, const std::string& phrase);

} // namespace praklit::test
