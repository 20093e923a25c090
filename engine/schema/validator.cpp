#include "validator.h"

#include "condition.h"
#include "jsonpointer.h"
#include "jsonreader.h"
#include "kindspec.h"
#include "optionreader.h"
#include "outputlimits.h"
#include "spelling.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <vector>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double MaxPercent = 1000;
constexpr qsizetype MaxIdempotencyKey = 255;

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return u"\""_s + value.toString().left(80) + u"\""_s;
    case QJsonValue::Array:
        return QCoreApplication::translate("spool::Validator", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("spool::Validator", "an object");
    default:
        return u"null"_s;
    }
}

QString formatNumber(double number)
{
    return QString::number(number, 'g', 12);
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number;
}

// One task still to visit, with what its parent passes it.
struct Pending
{
    QJsonValue value;
    QString pointer;
    bool isRoot = false;
    unsigned input = KindSpec::AnyMedia; // what the parent produces
    QString parentKind;
    int level = 3;        // nesting level of the task object: request, tasks array, task
    bool tooDeep = false; // an ancestor was reported as nested too deep
};

// Levels of arrays and objects in `value` (0 for a scalar), without recursion; a task's
// `next` counts as one level, its tasks are measured on their own.
int nestingOf(const QJsonValue &value, bool isTask = false)
{
    struct Item
    {
        QJsonValue value;
        int level;
        bool isTask;
    };
    int deepest = 0;
    std::vector<Item> stack{{value, 1, isTask}};
    while (!stack.empty()) {
        const Item item = std::move(stack.back());
        stack.pop_back();
        if (item.value.isArray()) {
            deepest = std::max(deepest, item.level);
            for (const QJsonValue &child : item.value.toArray())
                stack.push_back({child, item.level + 1, false});
        } else if (item.value.isObject()) {
            deepest = std::max(deepest, item.level);
            const QJsonObject object = item.value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (item.isTask && it.key() == u"next")
                    deepest = std::max(deepest, item.level + (it.value().isArray() ? 1 : 0));
                else
                    stack.push_back({it.value(), item.level + 1, false});
            }
        }
    }
    return deepest;
}

// The messages are English until a translator is installed (the GUI installs one; spool-cli
// and the server do not), under the context "spool::Validator" that spelling.cpp shares.
class Walk
{
    Q_DECLARE_TR_FUNCTIONS(spool::Validator)

public:
    Walk(const ValidationOptions &options, QList<Error> *problems)
        : m_options(options)
        , m_problems(problems)
    {}

    void request(const QJsonValue &json);

private:
    void problem(const QString &kind, const QString &pointer, const QString &message)
    {
        m_problems->append(Error{kind, message, pointer});
    }

    void tooDeep(const QString &pointer, int depth)
    {
        problem(u"nesting_too_deep"_s,
                pointer,
                tr("nested %1 levels deep, and Spool reads requests up to %2 levels deep "
                   "(about %3 tasks in a chain): move this task, or what it holds, closer "
                   "to the top")
                    .arg(depth)
                    .arg(Validator::MaxRequestDepth)
                    .arg(Validator::MaxChainLength));
    }
    void task(const Pending &item, std::vector<Pending> *stack);
    void options(const KindSpec &spec, const QJsonObject &options, const QString &pointer);
    void conditionForms(const QJsonObject &task, const QString &pointer);
    bool option(const OptionSpec &spec, const QJsonValue &value, const QString &optionsPointer);
    void url(const QJsonValue &value, const QString &pointer);
    void flatForm(const QJsonArray &tasks);
    void checkMetadataSize(const QJsonObject &metadata, const QString &pointer)
    {
        const qsizetype bytes = QJsonDocument(metadata).toJson(QJsonDocument::Compact).size();
        if (bytes > Validator::MaxMetadataBytes)
            problem(u"value_out_of_range"_s,
                    pointer,
                    tr("metadata is %1 bytes as compact JSON; the limit is %2 bytes (64 KiB)")
                        .arg(bytes)
                        .arg(Validator::MaxMetadataBytes));
    }

    const ValidationOptions &m_options;
    QList<Error> *m_problems;
};

void Walk::request(const QJsonValue &json)
{
    if (!json.isObject()) {
        problem(u"type_mismatch"_s, {}, tr("a run request must be a JSON object"));
        return;
    }
    const QJsonObject object = json.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString at = JsonPointer::append(QString(), key);
        if (key == u"tasks") {
            continue;
        } else if (key == u"metadata") {
            if (!it.value().isObject())
                problem(u"type_mismatch"_s, at, tr("must be a JSON object"));
            else if (1 + nestingOf(it.value()) > Validator::MaxRequestDepth)
                tooDeep(at, 1 + nestingOf(it.value()));
            else
                checkMetadataSize(it.value().toObject(), at);
        } else if (key == u"idempotency_key") {
            if (!it.value().isString())
                problem(u"type_mismatch"_s, at, tr("must be a string"));
            else if (it.value().toString().isEmpty()
                     || it.value().toString().size() > MaxIdempotencyKey)
                problem(u"value_out_of_range"_s,
                        at,
                        tr("must be between 1 and %1 characters long").arg(MaxIdempotencyKey));
        } else {
            const QStringList known{u"tasks"_s, u"metadata"_s, u"idempotency_key"_s};
            problem(u"key_unknown"_s,
                    at,
                    tr("unknown key \"%1\" in a run request%2")
                        .arg(key, Spelling::didYouMean(key, known)));
        }
    }

    const QJsonValue tasks = object.value(u"tasks");
    if (tasks.isUndefined()) {
        problem(u"required_missing"_s, u"/tasks"_s, tr("a run request needs a tasks array"));
        return;
    }
    if (!tasks.isArray()) {
        problem(u"type_mismatch"_s, u"/tasks"_s, tr("must be an array of tasks"));
        return;
    }
    const QJsonArray roots = tasks.toArray();
    if (roots.isEmpty()) {
        problem(u"tasks_empty"_s, u"/tasks"_s, tr("must hold at least one task"));
        return;
    }

    // Depth first in document order; the explicit stack keeps any depth safe.
    std::vector<Pending> stack;
    for (qsizetype i = roots.size() - 1; i >= 0; --i) {
        stack.push_back(
            Pending{roots.at(i), JsonPointer::append(u"/tasks"_s, i), true, KindSpec::AnyMedia, {}});
    }
    while (!stack.empty()) {
        const Pending item = std::move(stack.back());
        stack.pop_back();
        task(item, &stack);
    }
    flatForm(roots);
}

void Walk::task(const Pending &item, std::vector<Pending> *stack)
{
    if (!item.value.isObject()) {
        problem(u"type_mismatch"_s, item.pointer, tr("a task must be a JSON object"));
        return;
    }
    const QJsonObject object = item.value.toObject();
    // Checked where the limit is first crossed, so a long chain gets one problem, not one
    // per task past the limit.
    bool tooDeep = item.tooDeep;
    if (!tooDeep) {
        const int depth = item.level - 1 + nestingOf(object, true);
        if (depth > Validator::MaxRequestDepth) {
            this->tooDeep(item.pointer, depth);
            tooDeep = true;
        }
    }
    const QJsonValue kindValue = object.value(u"kind");
    const KindSpec *spec = nullptr;
    QString kind;
    if (kindValue.isUndefined()) {
        problem(u"required_missing"_s,
                JsonPointer::append(item.pointer, u"kind"),
                tr("every task needs a kind; use one of %1")
                    .arg(KindSpec::kindNames().join(u", "_s)));
    } else if (!kindValue.isString()) {
        problem(u"type_mismatch"_s,
                JsonPointer::append(item.pointer, u"kind"),
                tr("the task kind must be a string, not %1").arg(describe(kindValue)));
    } else {
        kind = kindValue.toString();
        spec = KindSpec::find(kind);
        if (!spec) {
            problem(u"kind_unknown"_s,
                    JsonPointer::append(item.pointer, u"kind"),
                    tr("unknown task kind \"%1\"%2; the kinds are %3")
                        .arg(kind,
                             Spelling::didYouMean(kind, KindSpec::kindNames()),
                             KindSpec::kindNames().join(u", "_s)));
        }
    }

    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const auto at = [&] { return JsonPointer::append(item.pointer, key); };
        if (key == u"kind" || key == u"next") {
            continue;
        } else if (key == u"options") {
            if (!it.value().isObject())
                problem(u"type_mismatch"_s, at(), tr("options must be a JSON object"));
        } else if (key == u"metadata") {
            if (!it.value().isObject())
                problem(u"type_mismatch"_s, at(), tr("metadata must be a JSON object"));
            else
                checkMetadataSize(it.value().toObject(), at());
        } else if (key == u"conditions" && kind == u"conditions") {
            // The legacy form written beside the options rather than inside them.
            Condition::read(QJsonObject{{key, it.value()}}, item.pointer, m_problems);
        } else {
            const QStringList known{u"kind"_s, u"options"_s, u"metadata"_s, u"next"_s};
            problem(u"key_unknown"_s,
                    at(),
                    tr("unknown key \"%1\" in a task%2: POST /runs rejects it, though Spool keeps "
                       "it when importing")
                        .arg(key, Spelling::didYouMean(key, known)));
        }
    }

    if (spec) {
        if (spec->kind == u"ingest" && !item.isRoot) {
            problem(u"ingest_not_root"_s,
                    JsonPointer::append(item.pointer, u"kind"),
                    tr("an ingest task starts a run, so it belongs at the top level, not under "
                       "another task (here: %1)")
                        .arg(item.parentKind));
        } else if (!item.isRoot && (spec->accepts & item.input) == 0) {
            problem(u"input_mismatch"_s,
                    JsonPointer::append(item.pointer, u"kind"),
                    tr("a %1 task cannot follow a %2 task: it does not get the input it needs")
                        .arg(kind, item.parentKind));
        }
        if (m_options.target == ValidationOptions::Target::Embedded) {
            if (spec->hostedOnly) {
                problem(u"engine_unsupported"_s,
                        JsonPointer::append(item.pointer, u"kind"),
                        tr("%1 is a hosted-only kind: the embedded engine cannot run it; submit "
                           "the run to a remote endpoint instead")
                            .arg(kind));
            } else if (!m_options.engineKinds.contains(kind)) {
                problem(u"engine_unsupported"_s,
                        JsonPointer::append(item.pointer, u"kind"),
                        tr("the embedded engine cannot run %1 tasks yet").arg(kind));
            }
        }
        const QJsonValue optionsValue = object.value(u"options");
        if (optionsValue.isObject() || optionsValue.isUndefined())
            options(*spec, optionsValue.toObject(), JsonPointer::append(item.pointer, u"options"));
        if (spec->conditionOptions && (optionsValue.isObject() || optionsValue.isUndefined()))
            conditionForms(object, item.pointer);
    }

    const QJsonValue next = object.value(u"next");
    if (next.isUndefined())
        return;
    const QString nextPointer = JsonPointer::append(item.pointer, u"next");
    if (!next.isArray()) {
        problem(u"type_mismatch"_s, nextPointer, tr("next must be an array of tasks"));
        return;
    }
    unsigned produces = KindSpec::Anything;
    if (spec)
        produces = spec->outputFor(item.input);
    //: Stands for the kind of a parent task that names none, as in "(here: %1)".
    const QString parentKind = kind.isEmpty() ? tr("task") : kind;
    const QJsonArray children = next.toArray();
    for (qsizetype i = children.size() - 1; i >= 0; --i) {
        stack->push_back(Pending{children.at(i),
                                 JsonPointer::append(nextPointer, i),
                                 false,
                                 produces,
                                 parentKind,
                                 item.level + 2,
                                 tooDeep});
    }
}

// A conditions task's checks in one form, counting a legacy list written beside the options.
void Walk::conditionForms(const QJsonObject &task, const QString &pointer)
{
    QJsonObject written = task.value(u"options").toObject();
    const QJsonValue beside = task.value(u"conditions");
    const QString optionsPointer = JsonPointer::append(pointer, u"options");
    if (beside.isUndefined()) {
        m_problems->append(Condition::formProblems(written, optionsPointer));
        return;
    }
    const QString besidePointer = JsonPointer::append(pointer, u"conditions");
    if (written.contains(u"conditions")) {
        problem(u"conditions_mixed"_s,
                besidePointer,
                tr("the legacy \"conditions\" list is written twice, inside and beside the "
                   "options; keep one"));
        return;
    }
    written.insert(u"conditions"_s, beside);
    for (Error problem : Condition::formProblems(written, optionsPointer)) {
        if (problem.path == JsonPointer::append(optionsPointer, u"conditions"))
            problem.path = besidePointer;
        m_problems->append(problem);
    }
}

void Walk::options(const KindSpec &spec, const QJsonObject &options, const QString &pointer)
{
    if (spec.freeFormOptions)
        return;
    if (spec.conditionOptions) {
        Condition::read(options, pointer, m_problems);
        return;
    }

    // Names of the options that failed their own checks; the checks across options skip them.
    QStringList invalid;
    for (auto it = options.begin(); it != options.end(); ++it) {
        const OptionSpec *optionSpec = spec.option(it.key());
        if (!optionSpec) {
            QStringList known;
            for (const OptionSpec &candidate : spec.options)
                known.append(candidate.name);
            problem(u"option_unknown"_s,
                    JsonPointer::append(pointer, it.key()),
                    known.isEmpty() ? tr("%1 tasks take no options").arg(spec.kind)
                                    : tr("unknown option \"%1\" for %2%3; its options are %4")
                                          .arg(it.key(),
                                               spec.kind,
                                               Spelling::didYouMean(it.key(), known),
                                               known.join(u", "_s)));
            invalid.append(it.key());
            continue;
        }
        if (!option(*optionSpec, it.value(), pointer))
            invalid.append(it.key());
    }
    const auto valid = [&](QStringView name) {
        return options.contains(name) && !invalid.contains(name);
    };

    for (const OptionSpec &optionSpec : spec.options) {
        if (optionSpec.required && !options.contains(optionSpec.name)) {
            const bool isUrl = optionSpec.type == OptionSpec::Type::Url;
            problem(isUrl ? u"url_required"_s : u"option_missing"_s,
                    JsonPointer::append(pointer, optionSpec.name),
                    tr("%1 tasks need the option \"%2\": %3")
                        .arg(spec.kind,
                             optionSpec.name,
                             // The same translation as the editor's SpecText shows.
                             QCoreApplication::translate("spool::KindSpec",
                                                         optionSpec.description.toUtf8()
                                                             .constData())));
        }
    }

    // Checks across options, made only when the options involved are valid on their own.
    if (valid(u"start") && valid(u"end")) {
        const double start = options.value(u"start").toDouble();
        const double end = options.value(u"end").toDouble();
        if (end <= start) {
            problem(u"range_invalid"_s,
                    JsonPointer::append(pointer, u"end"),
                    tr("end (%1 s) must be after start (%2 s)")
                        .arg(formatNumber(end), formatNumber(start)));
        }
    }
    if (spec.option(u"codec") && valid(u"codec")
        && (!options.contains(u"format") || valid(u"format"))) {
        const QString format = OptionReader(spec, options).text(u"format");
        const QString codec = options.value(u"codec").toString();
        const QStringList codecs = KindSpec::codecsForContainer(format);
        if (!codecs.contains(codec)) {
            problem(u"codec_container_mismatch"_s,
                    JsonPointer::append(pointer, u"codec"),
                    tr("%1 does not fit in %2; %2 holds %3")
                        .arg(codec, format, codecs.join(u", "_s)));
        }
    }
    // `end: 0` with no start is an empty range too; start's own minimum is 0.
    if (valid(u"end") && !options.contains(u"start") && options.value(u"end").toDouble() <= 0) {
        problem(u"range_invalid"_s,
                JsonPointer::append(pointer, u"end"),
                tr("end (%1 s) must be after start (0 s)")
                    .arg(formatNumber(options.value(u"end").toDouble())));
    }
    if (invalid.isEmpty())
        m_problems->append(OutputLimits::check(spec.kind, options, pointer));
    if (options.contains(u"count") && options.contains(u"interval")) {
        problem(u"options_conflict"_s,
                JsonPointer::append(pointer, u"interval"),
                tr("give either count or interval, not both"));
    }
}

bool Walk::option(const OptionSpec &spec, const QJsonValue &value, const QString &optionsPointer)
{
    // Built only when there is a problem to report: most options are fine.
    const auto pointer = [&] { return JsonPointer::append(optionsPointer, spec.name); };
    using Type = OptionSpec::Type;
    // One whole sentence per case, so that a translation can order its words freely.
    const auto outOfRange = [&](bool pixels) {
        const QString minimum = formatNumber(spec.minimum);
        QString message;
        if (std::isinf(spec.maximum)) {
            message = (pixels ? tr("must be at least %1 pixels (got %2)")
                              : tr("must be at least %1 (got %2)"))
                          .arg(minimum, describe(value));
        } else {
            message = (pixels ? tr("must be between %1 and %2 pixels (got %3)")
                              : tr("must be between %1 and %2 (got %3)"))
                          .arg(minimum, formatNumber(spec.maximum), describe(value));
        }
        problem(u"value_out_of_range"_s, pointer(), message);
    };

    switch (spec.type) {
    case Type::Integer:
        if (!isInteger(value)) {
            problem(u"type_mismatch"_s,
                    pointer(),
                    tr("must be a whole number (got %1)").arg(describe(value)));
            return false;
        }
        if (value.toDouble() < spec.minimum || value.toDouble() > spec.maximum) {
            outOfRange(false);
            return false;
        }
        return true;
    case Type::Number:
        if (!value.isDouble()) {
            problem(u"type_mismatch"_s,
                    pointer(),
                    tr("must be a number (got %1)").arg(describe(value)));
            return false;
        }
        if (value.toDouble() < spec.minimum || value.toDouble() > spec.maximum) {
            outOfRange(false);
            return false;
        }
        return true;
    case Type::String:
        if (!value.isString()) {
            problem(u"type_mismatch"_s,
                    pointer(),
                    tr("must be a string (got %1)").arg(describe(value)));
            return false;
        }
        return true;
    case Type::Enum:
        if (!value.isString() || !spec.allowed.contains(value.toString())) {
            problem(u"value_not_allowed"_s,
                    pointer(),
                    tr("must be one of %1 (got %2)%3")
                        .arg(spec.allowed.join(u", "_s),
                             describe(value),
                             value.isString() ? Spelling::didYouMean(value.toString(), spec.allowed)
                                              : QString()));
            return false;
        }
        return true;
    case Type::Dimension: {
        if (value.isString()) {
            static const QRegularExpression percent(u"^([0-9]+(?:\\.[0-9]+)?)%$"_s);
            const QRegularExpressionMatch match = percent.match(value.toString());
            const double amount = match.hasMatch() ? match.captured(1).toDouble() : 0;
            if (amount > 0 && amount <= MaxPercent)
                return true;
            if (match.hasMatch()) {
                problem(u"value_out_of_range"_s,
                        pointer(),
                        tr("a percentage must be above 0% and at most %1% (got %2)")
                            .arg(formatNumber(MaxPercent), describe(value)));
                return false;
            }
        } else if (isInteger(value) && value.toDouble() >= 1) {
            if (value.toDouble() <= spec.maximum)
                return true;
            outOfRange(true);
            return false;
        }
        problem(u"type_mismatch"_s, pointer(), tr("must be a positive integer or a percentage"));
        return false;
    }
    case Type::Color: {
        static const QRegularExpression color(u"^#[0-9A-Fa-f]{6}$"_s);
        if (!value.isString() || !color.match(value.toString()).hasMatch()) {
            problem(u"value_invalid"_s,
                    pointer(),
                    tr("must be a colour written #RRGGBB (got %1)").arg(describe(value)));
            return false;
        }
        return true;
    }
    case Type::Url: {
        const qsizetype before = m_problems->size();
        url(value, pointer());
        return m_problems->size() == before;
    }
    }
    return true;
}

void Walk::url(const QJsonValue &value, const QString &pointer)
{
    if (!value.isString()) {
        problem(u"type_mismatch"_s,
                pointer,
                tr("must be a string: a URL or a local path (got %1)").arg(describe(value)));
        return;
    }
    const QString text = value.toString();
    if (text.trimmed().isEmpty()) {
        problem(u"url_required"_s, pointer, tr("must not be empty"));
        return;
    }
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            problem(u"url_invalid"_s, pointer, tr("contains a control character"));
            return;
        }
    }
    static const QRegularExpression withAuthority(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    // "s3:bucket" or "data:..." have a scheme too; a one-letter one is a drive, not a scheme.
    static const QRegularExpression bareScheme(u"^([A-Za-z][A-Za-z0-9+.-]+):"_s);
    QRegularExpressionMatch match = withAuthority.match(text);
    if (!match.hasMatch())
        match = bareScheme.match(text);
    if (!match.hasMatch())
        return; // a local path
    const QString scheme = match.captured(1).toLower();
    if (scheme != u"http" && scheme != u"https" && scheme != u"file") {
        problem(u"url_scheme_unsupported"_s,
                pointer,
                tr("the scheme \"%1:\" is not supported; use https://, http://, file:// or a "
                   "local path")
                    .arg(match.captured(1)));
        return;
    }
    // Tolerant: people write spaces and other unencoded characters in URLs, and QUrl encodes
    // them as a browser would.
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid()) {
        problem(u"url_invalid"_s, pointer, tr("is not a valid URL: %1").arg(url.errorString()));
        return;
    }
    if (scheme == u"file" ? url.path().isEmpty() : url.host().isEmpty())
        problem(u"url_invalid"_s,
                pointer,
                scheme == u"file" ? tr("a file:// URL needs a path")
                                  : tr("an %1 URL needs a host").arg(scheme));
}

void Walk::flatForm(const QJsonArray &tasks)
{
    if (m_options.inputProvided)
        return;
    int ingests = 0;
    for (const QJsonValue &task : tasks) {
        if (task.toObject().value(u"kind").toString() == u"ingest")
            ++ingests;
    }
    if (ingests == 1)
        return;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QString kind = tasks.at(i).toObject().value(u"kind").toString();
        const KindSpec *spec = KindSpec::find(kind);
        if (!spec || spec->accepts == KindSpec::NoMedia)
            continue;
        const QString at = JsonPointer::append(u"/tasks"_s, i);
        if (ingests == 0) {
            problem(u"input_missing"_s,
                    at,
                    tr("this %1 task needs an input, but the run has no ingest task at the top "
                       "level to take it from")
                        .arg(kind));
        } else {
            problem(u"input_ambiguous"_s,
                    at,
                    tr("this %1 task needs an input, but the run has %2 ingest tasks at the top "
                       "level; move it into the next of the one it belongs to")
                        .arg(kind, QString::number(ingests)));
        }
    }
}

} // namespace

Validator::Severity Validator::severityOf(const Error &problem)
{
    return problem.kind == u"engine_unsupported" ? Severity::Warning : Severity::Error;
}

Validator::Validator(ValidationOptions options)
    : m_options(std::move(options))
{}

QList<Error> Validator::validate(const QJsonValue &request) const
{
    QList<Error> problems;
    Walk(m_options, &problems).request(request);
    return problems;
}

QList<Error> Validator::validateText(const QByteArray &text) const
{
    Result<QJsonValue> json = JsonReader::read(text);
    if (!json)
        return {json.error()};
    return validate(*json);
}

} // namespace spool
