#include "dryrun.h"

#include <media/mediaprobe.h>
#include <schema/condition.h>
#include <schema/kindspec.h>

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

void markSubtree(const std::vector<TaskDef> &defs, DryRun::Verdict verdict, DryRun::Report &report)
{
    for (const TaskDef &def : defs) {
        if (def.requestNode)
            report.nodes.insert(*def.requestNode, verdict);
        markSubtree(def.next, verdict, report);
    }
}

// `producer` is the kind whose output the task reads; empty when it reads the sample.
// `inherited` is what the nodes above decided (Runs or Undetermined).
void walk(const TaskDef &def,
          const QString &producer,
          DryRun::Verdict inherited,
          const QJsonObject &properties,
          DryRun::Report &report)
{
    const QString pointer = def.requestNode.value_or(QString());
    report.nodes.insert(pointer, inherited);
    if (def.kind != u"conditions") {
        for (const TaskDef &child : def.next)
            walk(child, def.kind, inherited, properties, report);
        return;
    }
    DryRun::Conditions conditions;
    conditions.requestNode = pointer;
    QList<Error> problems;
    const QList<Condition> checks = Condition::read(def.optionsOrEmpty(),
                                                    pointer + u"/options"_s,
                                                    &problems,
                                                    def.optionOrder);
    problems.append(Condition::formProblems(def.optionsOrEmpty(), pointer + u"/options"_s));
    if (!problems.isEmpty()) {
        conditions.undeterminedReason = problems.constFirst().path + u": "_s
                                        + problems.constFirst().message;
    } else if (!producer.isEmpty()) {
        conditions.undeterminedReason = producer;
    } else {
        conditions.evaluated = true;
        conditions.holds = true;
        for (const Condition &condition : checks) {
            DryRun::Check check;
            check.property = condition.property;
            check.op = condition.op;
            check.expected = condition.value;
            const QJsonValue actual = properties.value(condition.property);
            check.actual = actual.isUndefined() ? QJsonValue(QJsonValue::Null) : actual;
            check.holds = condition.holds(properties);
            check.pointer = condition.pointer;
            conditions.holds = conditions.holds && check.holds;
            conditions.checks.append(check);
        }
    }
    report.conditions.append(conditions);
    if (conditions.evaluated && !conditions.holds) {
        markSubtree(def.next, DryRun::Verdict::NotTaken, report);
        return;
    }
    // A conditions task passes its input on: its next tasks read what it read.
    const DryRun::Verdict below = conditions.evaluated ? inherited : DryRun::Verdict::Undetermined;
    for (const TaskDef &child : def.next)
        walk(child, producer, below, properties, report);
}

} // namespace

Result<DryRun::Report> DryRun::evaluate(const RunRequest &original,
                                        const std::optional<QString> &sample,
                                        const QString &baseDir)
{
    RunRequest request = original;
    TaskDef::assignRequestNodes(request.tasks, u"/tasks"_s);
    QList<const TaskDef *> ingests;
    for (const TaskDef &def : request.tasks) {
        if (def.kind == u"ingest")
            ingests.append(&def);
    }
    QString source;
    if (sample) {
        if (ingests.size() > 1) {
            return Error{u"request_invalid"_s,
                         u"a sample was given, but the request has %1 top-level ingest tasks: "
                         "which one it stands for is ambiguous"_s.arg(ingests.size())};
        }
        source = *sample;
    } else {
        if (ingests.size() != 1) {
            return Error{u"sample_missing"_s,
                         ingests.isEmpty()
                             ? u"the request has no ingest task to take a sample from: choose "
                               "a sample file"_s
                             : u"the request has %1 top-level ingest tasks: choose the sample "
                               "file"_s.arg(ingests.size())};
        }
        source = ingests.constFirst()->optionsOrEmpty().value(u"url").toString();
        if (source.isEmpty()) {
            return Error{u"sample_missing"_s,
                         u"the ingest task has no url to take a sample from: choose a sample "
                         "file"_s,
                         *ingests.constFirst()->requestNode + u"/options/url"_s};
        }
    }
    const QUrl url(source);
    QString path;
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        return Error{u"sample_remote"_s,
                     u"a dry run probes a local file, and %1 is a download: choose a sample "
                     "file"_s.arg(source)};
    }
    if (url.isLocalFile())
        path = url.toLocalFile();
    else
        path = QDir::isAbsolutePath(source) ? source : QDir(baseDir).filePath(source);
    path = QFileInfo(path).absoluteFilePath();
    Result<QJsonObject> properties = MediaProbe::probe(path);
    if (!properties)
        return properties.error();

    Report report;
    report.sample = path;
    report.properties = *properties;
    // The flat form: top-level tasks that need an input read the single ingest's file.
    const bool flat = ingests.size() <= 1;
    for (const TaskDef &def : request.tasks) {
        if (def.kind == u"ingest") {
            report.nodes.insert(def.requestNode.value_or(QString()), Verdict::Runs);
            for (const TaskDef &child : def.next)
                walk(child, QString(), Verdict::Runs, report.properties, report);
        } else if (flat && KindSpec::readsInput(def.kind)) {
            walk(def, QString(), Verdict::Runs, report.properties, report);
        } else {
            walk(def, def.kind, Verdict::Runs, report.properties, report);
        }
    }
    return report;
}

} // namespace spool
