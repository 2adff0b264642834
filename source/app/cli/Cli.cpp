#include "cli/Cli.h"

#include "domain/Error.h"
#include "integrations/CourtGateways.h"
#include "integrations/PdfPrinter.h"
#include "integrations/Pkcs11Cards.h"
#include "integrations/SmsGateways.h"
#include "services/CourtService.h"
#include "services/OfficeLocation.h"
#include "text/Bidi.h"
#include "text/Language.h"
#include "text/Secrets.h"
#include "text/Timestamp.h"
#include "text/Translate.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <regex>

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace praklit::cli {

using text::format;
using text::tr;

ConnectionUrl Context::url() const
{
    if (!database.empty()) return ConnectionUrl::parse(database);
    if (const char* env = std::getenv("PRAKLIT_DATABASE"); env && *env) return ConnectionUrl::parse(env);
    return ConnectionUrl::sqliteFile(services::defaultOfficeFile());
}

std::string Context::login() const { return user.empty() ? services::osLogin() : user; }

std::string Context::secretLine(const std::string& what) const
{
    std::string line;
    if (!in || !std::getline(*in, line))
        throw Error(ErrorKind::InvalidInput, format(tr("Give {1} on standard input, one line."), what));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::optional<std::string> Context::password() const
{
    // Read once: the first line is the sign-in password, the next ones
    // belong to the command (a new user's password).
    if (!signInPassword) {
        signInPassword.emplace();
        if (passwordStdin) *signInPassword = secretLine(tr("your password"));
        else if (const char* env = std::getenv("PRAKLIT_PASSWORD"); env && *env) *signInPassword = std::string(env);
    }
    return *signInPassword;
}

// Only "db init" (and the desktop program's first start) makes an office:
// every other command opens one that exists.
std::unique_ptr<services::OfficeSession> Context::open() const
{
    return services::OfficeSession::signIn(url(), login(), password(), OpenMode::MustExist);
}

std::unique_ptr<services::OfficeSession> Context::read() const
{
    return services::OfficeSession::signIn(url(), login(), password(), OpenMode::MustExist, Access::ReadOnly);
}

void Context::print(const Json& document, const std::string& forPeople) const
{
    if (json)
        *out << document.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    else if (!forPeople.empty())
        *out << (english ? text::withoutBidiControls(forPeople) : forPeople) << (forPeople.back() == '\n' ? "" : "\n");
}

void Context::note(const std::string& sentence) const
{
    if (!json) *err << (english ? text::withoutBidiControls(sentence) : sentence) << "\n";
}

namespace {

std::filesystem::path executablePath(const char* argv0)
{
#ifdef _WIN32
    wchar_t buffer[MAX_PATH];
    GetModuleFileNameW(nullptr, buffer, MAX_PATH);
    return buffer;
#else
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::absolute(argv0) : self;
#endif
}

// --lang must be known before the commands' help texts are written.
text::Language languageFromArgs(int argc, char** argv)
{
    std::string code;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--lang" && i + 1 < argc) code = argv[i + 1];
        else if (a.starts_with("--lang=")) code = a.substr(7);
    }
    if (code.empty())
        if (const char* env = std::getenv("PRAKLIT_LANG")) code = env;
    return text::parseLanguage(code).value_or(text::Language::Hebrew);
}

// An argument with a space is quoted, so the redaction sees a password with
// spaces whole. Its backslashes stay as they were: a libpq value's \' must
// still read as one.
std::string quotedArgument(const std::string& a)
{
    if (!a.empty() && a.find_first_of(" \t\"") == std::string::npos) return a;
    std::string out = "\"";
    for (char c : a) {
        if (c == '"') out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

} // namespace

std::filesystem::path writeCrashLog(const std::string& what, int argc, char** argv)
{
    const auto path = services::makeUserDataDir() / "praklit-cli.log";
    std::ofstream log(path, std::ios::app);
    // The log is the user's alone, like the office file beside it.
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, ec);
    std::string command;
    for (int i = 0; i < argc; ++i) command += " " + quotedArgument(argv[i]);
    log << text::toDatabaseText(text::now()) << " internal error: " << text::redactSecrets(what)
        << "\n  command:" << text::redactSecrets(command) << "\n";
    return path;
}

namespace {

// What was wrong with the command line, in the user's language. CLI11 says
// it in English only; its kinds of complaint are few, and the options they
// name are taken from its sentence.
std::string usageProblem(const CLI::ParseError& e, text::Language language)
{
    const std::string said = e.what();
    if (language == text::Language::English) return said;
    std::vector<std::string> options;
    static const std::regex option("--?[A-Za-z][-A-Za-z0-9]*");
    for (auto it = std::sregex_iterator(said.begin(), said.end(), option); it != std::sregex_iterator(); ++it)
        options.push_back(text::ltr(it->str()));
    const std::string first = options.empty() ? std::string() : options.front();
    const std::string second = options.size() > 1 ? options[1] : std::string();
    if (dynamic_cast<const CLI::ExtrasError*>(&e))
        return first.empty() ? tr("there are words the command does not take") : format(tr("the command does not take {1}"), first);
    if (dynamic_cast<const CLI::RequiredError*>(&e))
        return first.empty() ? tr("an action is missing") : format(tr("{1} is required"), first);
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return format(tr("{1} needs a value"), first);
    if (dynamic_cast<const CLI::ConversionError*>(&e) || dynamic_cast<const CLI::ValidationError*>(&e))
        return first.empty() ? tr("a value is not valid") : format(tr("the value of {1} is not valid"), first);
    if (dynamic_cast<const CLI::ExcludesError*>(&e)) return format(tr("{1} and {2} cannot be given together"), first, second);
    if (dynamic_cast<const CLI::RequiresError*>(&e)) return format(tr("{1} needs {2} too"), first, second);
    return tr("the command is not written as it should be");
}

} // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err, std::istream& in)
{
    // The command line's composition root: what the services print through.
    services::Printer::install(integrations::makePrinter());
    services::SmsGateways::install(integrations::makeSmsGateways());
    services::SmartCards::install(integrations::makeSmartCards());
    services::CourtGateways::install(integrations::makeCourtGateways());
    const auto language = languageFromArgs(argc, argv);
    text::setUpLanguage(language, text::localeDirBeside(executablePath(argv[0])));

    Context ctx;
    ctx.english = language == text::Language::English;
    ctx.out = &out;
    ctx.err = &err;
    ctx.in = &in;
    CLI::App app(tr("Praklit — the law office's command line: the same services and rules as the desktop program."),
                 "praklit-cli");
    app.set_help_flag("-h,--help", tr("Show this help and exit."));
    app.add_option("--database", ctx.database,
                   tr("The office database: sqlite3://db=PATH or postgresql://host=… port=… dbname=… user=…"));
    app.add_flag("--json", ctx.json, tr("Write exactly one JSON document to standard output."));
    app.add_option("--lang", ctx.lang, tr("Language of messages: he (default) or en."))->check(CLI::IsMember({"he", "en"}));
    app.add_option("--user", ctx.user, tr("Sign in as this user (default: the operating system's login)."));
    app.add_flag("--password-stdin", ctx.passwordStdin,
                 tr("Read the sign-in password from the first line of standard input (else from PRAKLIT_PASSWORD)."));
    app.require_subcommand(1);

    Action action;
    addDbCommands(app, ctx, action);
    addClientCommands(app, ctx, action);
    addAddressCommands(app, ctx, action);
    addContactCommands(app, ctx, action);
    addCaseCommands(app, ctx, action);
    addTimeCommands(app, ctx, action);
    addChargeCommands(app, ctx, action);
    addDocumentCommands(app, ctx, action);
    addAccountCommands(app, ctx, action);
    addDemoCommands(app, ctx, action);
    addUserCommands(app, ctx, action);
    addAuditCommands(app, ctx, action);
    addSmsCommands(app, ctx, action);
    addCourtCommands(app, ctx, action);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::ParseError& e) {
        err << format(tr("Usage: {1} (see praklit-cli --help)."), usageProblem(e, language)) << "\n";
        return 2;
    }
    if (!action) {
        err << tr("Usage: name an action (see praklit-cli --help).") << "\n";
        return 2;
    }
    try {
        action();
        return 0;
    } catch (const Error& e) {
        // Isolates keep numbers and paths whole in Hebrew; in English they are noise.
        err << (language == text::Language::English ? text::withoutBidiControls(e.what()) : std::string(e.what())) << "\n";
        return static_cast<int>(e.kind());
    } catch (const std::exception& e) {
        const auto log = writeCrashLog(e.what(), argc, argv);
        err << format(tr("Internal error: {1}. Details were written to {2}."), text::redactSecrets(e.what()), log.string())
            << "\n";
        return 1;
    }
}

} // namespace praklit::cli
