#include "PdfReader.h"

#include "text/Bidi.h"

#include <array>
#include <cstdio>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace praklit::test {

namespace {
std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::string run(const std::string& command)
{
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::string out;
    std::array<char, 4096> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    if (pclose(pipe) != 0) throw std::runtime_error("failed: " + command);
    return out;
}

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }
} // namespace

std::filesystem::path screenshotDir()
{
    std::filesystem::path dir = PRAKLIT_SCREENSHOT_DIR;
    std::filesystem::create_directories(dir);
    return dir;
}

std::string pdfText(const std::filesystem::path& pdf, bool layout, int first, int last)
{
    std::string command = std::string(PDFTOTEXT) + " -enc UTF-8";
    if (layout) command += " -layout";
    if (first > 0) command += " -f " + std::to_string(first);
    if (last > 0) command += " -l " + std::to_string(last);
    return text::withoutBidiControls(run(command + " " + quoted(pdf) + " -"));
}

int pdfPageCount(const std::filesystem::path& pdf)
{
    const std::string t = run(std::string(PDFTOTEXT) + " " + quoted(pdf) + " -");
    int pages = 0;
    for (char c : t) pages += c == '\f';
    return pages;
}

int pdfImageCount(const std::filesystem::path& pdf)
{
    // pdfimages sits beside pdftotext (poppler-utils).
    const auto tool = std::filesystem::path(PDFTOTEXT).parent_path() / "pdfimages";
    std::istringstream lines(run(tool.string() + " -list " + quoted(pdf)));
    std::string line, page, number, type;
    int count = 0;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        // page num type …: an image with transparency also lists its "smask".
        if (fields >> page >> number >> type && type == "image") ++count;
    }
    return count;
}

void savePageImages(const std::filesystem::path& pdf, const std::string& name)
{
    run(std::string(PDFTOPPM) + " -png -r 60 " + quoted(pdf) + " " + quoted(screenshotDir() / name));
}

bool readsInOrder(const std::string& text, const std::string& phrase)
{
    std::vector<std::string> words;
    std::istringstream in(phrase);
    for (std::string w; in >> w;) words.push_back(w);
    if (words.empty()) return true;
    for (size_t start = text.find(words[0]); start != std::string::npos; start = text.find(words[0], start + 1)) {
        size_t at = start + words[0].size();
        size_t k = 1;
        for (; k < words.size(); ++k) {
            while (at < text.size() && isSpace(text[at])) ++at;
            if (text.compare(at, words[k].size(), words[k]) != 0) break;
            at += words[k].size();
        }
        if (k == words.size()) return true;
    }
    return false;
}

} // namespace praklit::test
