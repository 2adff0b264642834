#include "cli/Cli.h"
#include "cli/Output.h"
#include "services/DocumentService.h"
#include "text/Format.h"
#include "text/Translate.h"

namespace praklit::cli {

using text::format;
using text::tr;

namespace {
struct DocumentOptions {
    int64_t id = 0;
    int64_t kase = 0;
    std::string file;
    std::string name;
    bool deleted = false;
};
} // namespace

void addDocumentCommands(CLI::App& app, Context& ctx, Action& action)
{
    auto o = std::make_shared<DocumentOptions>();
    auto* document = app.add_subcommand("document", tr("Documents (מסמכים) of cases."));
    document->require_subcommand(1);

    auto* add = document->add_subcommand("add", tr("Copy a file into the office's document store, in a case's file."));
    add->add_option("--case", o->kase, tr("The case's number (its id)"))->required();
    add->add_option("file", o->file, tr("The file to add"))->required();
    add->add_option("--name", o->name, tr("The name to show (default: the file's name)"));
    add->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            const auto d = services::DocumentService(*office).add(o->kase, o->file, o->name);
            ctx.print(toJson(d), format(tr("Added document {1}: {2} ({3})."), d.id, d.name,
                                        text::formatBytes(static_cast<uint64_t>(d.sizeBytes))));
        };
    });

    auto* list = document->add_subcommand("list", tr("List a case's documents."));
    list->add_option("--case", o->kase, tr("The case's number (its id)"))->required();
    list->add_flag("--deleted", o->deleted, tr("Include deleted documents."));
    list->callback([&, o] {
        action = [&, o] {
            auto office = ctx.read();
            const auto documents = services::DocumentService(*office).forCase(o->kase, o->deleted);
            Json rows = Json::array();
            std::vector<std::vector<std::string>> lines;
            for (const auto& d : documents) {
                rows.push_back(toJson(d));
                lines.push_back({std::to_string(d.id), d.name, text::formatBytes(static_cast<uint64_t>(d.sizeBytes)),
                                 text::toIsraelDisplay(d.addedAt), d.deletedAt ? tr("deleted") : ""});
            }
            ctx.print(rows, documents.empty() ? tr("No documents.")
                                              : table({tr("No."), tr("Name"), tr("Size"), tr("Added"), ""}, lines));
        };
    });

    for (const char* name : {"delete", "restore"}) {
        const bool deleting = std::string(name) == "delete";
        auto* cmd = document->add_subcommand(name, deleting ? tr("Move a document to the recycle state.")
                                                            : tr("Bring a document back from the recycle state."));
        cmd->add_option("id", o->id, tr("The document's number"))->required();
        cmd->callback([&, o, deleting] {
            action = [&, o, deleting] {
                auto office = ctx.open();
                services::DocumentService documents(*office);
                if (deleting) documents.remove(o->id);
                else documents.restore(o->id);
                ctx.print(Json{{"id", o->id}, {"deleted", deleting}},
                          format(deleting ? tr("Document {1} was deleted.") : tr("Document {1} was restored."), o->id));
            };
        });
    }

    auto* open = document->add_subcommand("open", tr("Give the stored file's path to open (and start a counter when set)."));
    open->add_option("id", o->id, tr("The document's number"))->required();
    open->callback([&, o] {
        action = [&, o] {
            auto office = ctx.open();
            const auto path = services::DocumentService(*office).open(o->id);
            ctx.print(Json{{"id", o->id}, {"path", path.string()}}, path.string());
        };
    });
}

} // namespace praklit::cli
