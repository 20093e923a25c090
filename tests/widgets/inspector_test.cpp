#include <inspector/inspectorwidget.h>

#include <schema/kindspec.h>

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::Error;
using spool::InspectorWidget;

namespace {

constexpr quint32 Node = 7;

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return document.object();
}

// Records what an inspector emits; as the connections' context it disconnects when it goes.
class Recorder : public QObject
{
public:
    struct Edit
    {
        quint32 node;
        QString name;
        QJsonValue value;
    };

    explicit Recorder(InspectorWidget *inspector)
    {
        connect(inspector,
                &InspectorWidget::optionEdited,
                this,
                [this](quint32 node, const QString &name, const QJsonValue &value) {
                    edits.append({node, name, value});
                });
        connect(inspector,
                &InspectorWidget::optionsReplaced,
                this,
                [this](quint32 node, const QJsonObject &options) {
                    replaced.append({node, options});
                });
    }

    qsizetype count() const { return edits.size() + replaced.size(); }

    QList<Edit> edits;
    QList<std::pair<quint32, QJsonObject>> replaced;
};

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

// Types into a field as a person does, replacing what it says, and finishes with Return; a
// field of a form that is not on screen gets the text and the end of the edit directly.
void typeInto(QLineEdit *edit, const QString &text)
{
    ASSERT_NE(edit, nullptr);
    if (!edit->isVisible()) {
        edit->setText(text);
        Q_EMIT edit->editingFinished();
        return;
    }
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString problemsText(const QWidget &parent, const QString &name)
{
    const QLabel *label = parent.findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

// Readable failure messages for Qt values.
static void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

static void PrintTo(const QJsonObject &value, std::ostream *out)
{
    *out << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}

TEST(Inspector, ShowsACalmPlaceholderWithoutASingleTask)
{
    InspectorWidget inspector;
    const QLabel *placeholder = child<QLabel>(inspector, u"inspector.placeholder"_s);
    ASSERT_NE(placeholder, nullptr);
    EXPECT_EQ(placeholder->text(), u"Select a task to edit its options"_s);
    inspector.showSelectionSummary(3);
    EXPECT_TRUE(placeholder->text().startsWith(u"3 task"_s)) << placeholder->text().toStdString();
    inspector.showTask(Node, u"speech"_s, std::nullopt, {});
    EXPECT_TRUE(placeholder->isHidden());
}

TEST(Inspector, BuildsOneEditorPerOptionOfTheKind)
{
    InspectorWidget inspector;
    inspector.showTask(Node, u"video"_s, object(R"({"width": 1280})"), {});
    const spool::KindSpec *video = spool::KindSpec::find(u"video");
    ASSERT_NE(video, nullptr);
    for (const spool::OptionSpec &option : video->options)
        EXPECT_NE(inspector.findChild<QWidget *>(u"option."_s + option.name), nullptr)
            << option.name.toStdString();
    const QList<QWidget *> fields = inspector.findChildren<QWidget *>(
        QRegularExpression(u"^field\\."_s));
    EXPECT_EQ(fields.size(), video->options.size());
    EXPECT_EQ(child<QLabel>(inspector, u"label.fit"_s)->toolTip(),
              video->option(u"fit")->description);

    EXPECT_EQ(child<QLabel>(inspector, u"inspector.kind"_s)->text(), u"video"_s);
    EXPECT_EQ(child<QLabel>(inspector, u"inspector.group"_s)->text(), u"Media"_s);
    EXPECT_EQ(child<QLabel>(inspector, u"inspector.description"_s)->text(), video->description);
    EXPECT_EQ(inspector.findChild<QLabel *>(u"inspector.note"_s), nullptr)
        << "video runs on the embedded engine";

    // Types of editor follow the option types.
    EXPECT_NE(inspector.findChild<QLineEdit *>(u"option.width"_s), nullptr);
    EXPECT_NE(inspector.findChild<QComboBox *>(u"option.width.unit"_s), nullptr);
    EXPECT_NE(inspector.findChild<QLineEdit *>(u"option.fps"_s), nullptr);
    EXPECT_NE(inspector.findChild<QComboBox *>(u"option.format"_s), nullptr);
    EXPECT_NE(inspector.findChild<QLineEdit *>(u"option.background"_s), nullptr);
    EXPECT_NE(inspector.findChild<QPushButton *>(u"option.background.swatch"_s), nullptr);
    EXPECT_NE(inspector.findChild<QLineEdit *>(u"option.bitrate"_s), nullptr);
}

TEST(Inspector, TypedNumbersEmitTheNumberAndAnEmptiedFieldEmitsUndefined)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node, u"video"_s, std::nullopt, {});
    auto *width = child<QLineEdit>(inspector, u"option.width"_s);
    ASSERT_NE(width, nullptr);
    EXPECT_TRUE(width->text().isEmpty());
    EXPECT_TRUE(width->placeholderText().startsWith(u"Default"_s))
        << "an absent option shows the engine default";

    typeInto(width, u"1280"_s);
    ASSERT_EQ(recorder.edits.size(), 1);
    EXPECT_EQ(recorder.edits.at(0).node, Node);
    EXPECT_EQ(recorder.edits.at(0).name, u"width"_s);
    EXPECT_EQ(recorder.edits.at(0).value, QJsonValue(1280));

    typeInto(width, QString());
    ASSERT_EQ(recorder.edits.size(), 2);
    EXPECT_TRUE(recorder.edits.at(1).value.isUndefined());

    auto *bitrate = child<QLineEdit>(inspector, u"option.bitrate"_s);
    typeInto(bitrate, u"2000000"_s);
    ASSERT_EQ(recorder.edits.size(), 3);
    EXPECT_EQ(recorder.edits.at(2).value, QJsonValue(2'000'000));
    auto *fps = child<QLineEdit>(inspector, u"option.fps"_s);
    typeInto(fps, u"23.976"_s);
    ASSERT_EQ(recorder.edits.size(), 4);
    EXPECT_EQ(recorder.edits.at(3).value, QJsonValue(23.976));
}

// What a person types is written as typed and explained under its field, whatever the type
// of field, until it is fixed or reset.
TEST(Inspector, WhatIsTypedIsKeptAsTypedAndFlaggedUnderItsField)
{
    struct Case
    {
        const char *kind;
        const char *option;
        const char *typed;
        QJsonValue written;
    };
    const QList<Case> cases{
        {"video", "width", "-5", QJsonValue(-5)},
        {"video", "width", "0", QJsonValue(0)},
        {"video", "width", "12.5", QJsonValue(12.5)},
        {"video", "width", "wide", QJsonValue(u"wide"_s)},
        {"video", "fps", "-1", QJsonValue(-1)},
        {"video", "fps", "fast", QJsonValue(u"fast"_s)},
        {"video", "bitrate", "0", QJsonValue(0)},
        {"video", "bitrate", "1.5", QJsonValue(1.5)},
        {"video", "background", "#12345", QJsonValue(u"#12345"_s)},
        {"video", "background", "red", QJsonValue(u"red"_s)},
    };
    for (const Case &item : cases) {
        SCOPED_TRACE(std::string(item.option) + " = " + item.typed);
        InspectorWidget inspector;
        inspector.show();
        Recorder recorder(&inspector);
        const QString kind = QString::fromUtf8(item.kind);
        const QString option = QString::fromUtf8(item.option);
        inspector.showTask(Node, kind, std::nullopt, {});
        auto *edit = child<QLineEdit>(inspector, u"option."_s + option);
        typeInto(edit, QString::fromUtf8(item.typed));
        ASSERT_EQ(recorder.edits.size(), 1);
        EXPECT_EQ(recorder.edits.at(0).value, item.written);
        // The owner shows the value back, as the editor does after the undo command.
        inspector.showTask(Node, kind, QJsonObject{{option, item.written}}, {});
        EXPECT_EQ(edit->text(), QString::fromUtf8(item.typed)) << "kept as typed";
        EXPECT_FALSE(problemsText(inspector, u"option."_s + option + u".problems"_s).isEmpty())
            << "flagged under the field";
        EXPECT_EQ(recorder.count(), 1);
    }
}

TEST(Inspector, ChoosingTheDefaultEntryOrResetEmitsUndefined)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node, u"video"_s, object(R"({"format": "webm", "fps": 30})"), {});
    auto *format = child<QComboBox>(inspector, u"option.format"_s);
    ASSERT_NE(format, nullptr);
    EXPECT_EQ(format->itemText(0), u"Default (mp4)"_s);
    EXPECT_EQ(format->currentText(), u"webm"_s);

    format->setCurrentIndex(0);
    ASSERT_EQ(recorder.edits.size(), 1);
    EXPECT_EQ(recorder.edits.at(0).name, u"format"_s);
    EXPECT_TRUE(recorder.edits.at(0).value.isUndefined());

    format->setCurrentIndex(format->findText(u"mov"_s));
    ASSERT_EQ(recorder.edits.size(), 2);
    EXPECT_EQ(recorder.edits.at(1).value, QJsonValue(u"mov"_s));

    auto *reset = child<QToolButton>(inspector, u"option.fps.reset"_s);
    ASSERT_NE(reset, nullptr);
    EXPECT_TRUE(reset->isEnabled());
    reset->click();
    ASSERT_EQ(recorder.edits.size(), 3);
    EXPECT_EQ(recorder.edits.at(2).name, u"fps"_s);
    EXPECT_TRUE(recorder.edits.at(2).value.isUndefined());
    EXPECT_FALSE(reset->isEnabled()) << "nothing to reset once the option is gone";
}

TEST(Inspector, SwitchingTheUnitWritesAPercentage)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node, u"image"_s, object(R"({"width": 50})"), {});
    auto *unit = child<QComboBox>(inspector, u"option.width.unit"_s);
    auto *width = child<QLineEdit>(inspector, u"option.width"_s);
    ASSERT_TRUE(unit && width);
    EXPECT_EQ(unit->currentText(), u"px"_s);

    unit->setCurrentIndex(unit->findData(u"%"_s));
    ASSERT_EQ(recorder.edits.size(), 1);
    EXPECT_EQ(recorder.edits.at(0).name, u"width"_s);
    EXPECT_EQ(recorder.edits.at(0).value, QJsonValue(u"50%"_s));

    typeInto(width, u"75"_s);
    ASSERT_EQ(recorder.edits.size(), 2);
    EXPECT_EQ(recorder.edits.at(1).value, QJsonValue(u"75%"_s));
    // A % typed in pixels is a percentage too.
    unit->setCurrentIndex(unit->findData(u"px"_s));
    typeInto(width, u"40%"_s);
    EXPECT_EQ(recorder.edits.last().value, QJsonValue(u"40%"_s));

    // A percentage from the document selects the unit.
    inspector.showTask(Node, u"image"_s, object(R"({"height": "25%"})"), {});
    auto *heightUnit = child<QComboBox>(inspector, u"option.height.unit"_s);
    auto *height = child<QLineEdit>(inspector, u"option.height"_s);
    ASSERT_TRUE(heightUnit && height);
    EXPECT_EQ(heightUnit->currentData().toString(), u"%"_s);
    EXPECT_EQ(height->text(), u"25"_s);
}

TEST(Inspector, ShowingTheSameTaskAgainUpdatesInPlaceAndEmitsNothing)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node, u"video"_s, object(R"({"width": 1280, "format": "mp4"})"), {});
    QPointer<QLineEdit> width = child<QLineEdit>(inspector, u"option.width"_s);
    QPointer<QComboBox> format = child<QComboBox>(inspector, u"option.format"_s);
    ASSERT_TRUE(width && format);

    inspector.showTask(Node,
                       u"video"_s,
                       object(R"({"width": 640, "format": "webm", "fps": 24})"),
                       {});
    EXPECT_EQ(inspector.findChild<QLineEdit *>(u"option.width"_s), width.data());
    EXPECT_EQ(inspector.findChild<QComboBox *>(u"option.format"_s), format.data());
    EXPECT_EQ(width->text(), u"640"_s);
    EXPECT_EQ(format->currentText(), u"webm"_s);
    EXPECT_EQ(child<QLineEdit>(inspector, u"option.fps"_s)->text(), u"24"_s);

    inspector.showTask(Node, u"video"_s, std::nullopt, {});
    EXPECT_TRUE(width->text().isEmpty());
    EXPECT_EQ(format->currentIndex(), 0);
    EXPECT_EQ(recorder.count(), 0) << "updates from the owner are not edits";

    // Another node is another form.
    inspector.showTask(Node + 1, u"video"_s, std::nullopt, {});
    EXPECT_NE(inspector.findChild<QLineEdit *>(u"option.width"_s), width.data());
    EXPECT_EQ(recorder.count(), 0);
}

TEST(Inspector, EditsCarryTheNodeTheFormWasBuiltFor)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node, u"video"_s, std::nullopt, {});
    auto *width = child<QLineEdit>(inspector, u"option.width"_s);
    inspector.showTask(Node + 1, u"image"_s, std::nullopt, {});
    // The old form lingers until the event loop runs; a late edit from it is still its node's.
    typeInto(width, u"320"_s);
    ASSERT_EQ(recorder.edits.size(), 1);
    EXPECT_EQ(recorder.edits.at(0).node, Node);
}

TEST(Inspector, ValuesTheEditorCannotRepresentAreShownAndNotRewritten)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node,
                       u"video"_s,
                       object(R"({"width": 99999, "format": "mkv", "fps": "fast"})"),
                       {});
    auto *width = child<QLineEdit>(inspector, u"option.width"_s);
    ASSERT_NE(width, nullptr);
    EXPECT_EQ(width->text(), u"99999"_s) << "the raw value, not a clamped one";
    EXPECT_TRUE(problemsText(inspector, u"option.width.problems"_s).contains(u"99999"_s))
        << problemsText(inspector, u"option.width.problems"_s).toStdString();
    auto *format = child<QComboBox>(inspector, u"option.format"_s);
    EXPECT_TRUE(format->currentText().contains(u"mkv"_s));
    EXPECT_FALSE(problemsText(inspector, u"option.format.problems"_s).isEmpty());
    EXPECT_EQ(child<QLineEdit>(inspector, u"option.fps"_s)->text(), u"fast"_s);
    EXPECT_FALSE(problemsText(inspector, u"option.fps.problems"_s).isEmpty());
    EXPECT_EQ(recorder.count(), 0);

    // The validator's message takes the place of the editor's own explanation.
    inspector.showTask(Node,
                       u"video"_s,
                       object(R"({"width": 99999, "format": "mkv", "fps": "fast"})"),
                       {Error{u"value_out_of_range"_s,
                              u"must be between 1 and 16384 pixels (got 99999)"_s,
                              u"/options/width"_s}});
    EXPECT_TRUE(problemsText(inspector, u"option.width.problems"_s)
                    .startsWith(u"must be between 1 and 16384 pixels (got 99999)"_s));
    EXPECT_EQ(recorder.count(), 0);

    // Once the user picks a value, it is written.
    format->setCurrentIndex(format->findText(u"webm"_s));
    ASSERT_EQ(recorder.edits.size(), 1);
    EXPECT_EQ(recorder.edits.at(0).value, QJsonValue(u"webm"_s));
    EXPECT_EQ(format->findText(u"mkv"_s, Qt::MatchContains), -1);
    EXPECT_TRUE(problemsText(inspector, u"option.format.problems"_s).isEmpty());
    typeInto(width, u"1"_s);
    ASSERT_EQ(recorder.edits.size(), 2);
    EXPECT_EQ(recorder.edits.at(1).value, QJsonValue(1));
}

TEST(Inspector, ProblemsAppearUnderTheirFieldAndUnknownOptionsCanBeRemoved)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node,
                       u"video"_s,
                       object(R"({"start": 5, "end": 2, "colour": "red"})"),
                       {Error{u"range_invalid"_s,
                              u"end (2 s) must be after start (5 s)"_s,
                              u"/options/end"_s},
                        Error{u"option_unknown"_s,
                              u"unknown option \"colour\" for video"_s,
                              u"/options/colour"_s},
                        Error{u"input_mismatch"_s, u"video needs a video input"_s, u"/kind"_s}});
    EXPECT_EQ(problemsText(inspector, u"option.end.problems"_s),
              u"end (2 s) must be after start (5 s)"_s);
    EXPECT_TRUE(problemsText(inspector, u"option.start.problems"_s).isEmpty());
    EXPECT_EQ(problemsText(inspector, u"unknown.colour.problems"_s),
              u"unknown option \"colour\" for video"_s);
    EXPECT_EQ(problemsText(inspector, u"inspector.problems"_s), u"video needs a video input"_s);

    auto *remove = child<QPushButton>(inspector, u"unknown.colour.remove"_s);
    ASSERT_NE(remove, nullptr);
    remove->click();
    ASSERT_EQ(recorder.edits.size(), 1);
    EXPECT_EQ(recorder.edits.at(0).name, u"colour"_s);
    EXPECT_TRUE(recorder.edits.at(0).value.isUndefined());

    inspector.showTask(Node, u"video"_s, object(R"({"start": 5, "end": 6})"), {});
    EXPECT_EQ(inspector.findChild<QPushButton *>(u"unknown.colour.remove"_s), nullptr);
    EXPECT_TRUE(problemsText(inspector, u"option.end.problems"_s).isEmpty());
    EXPECT_TRUE(problemsText(inspector, u"inspector.problems"_s).isEmpty());
}

TEST(Inspector, TextOptionsEmitWhenEditingFinishes)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    inspector.showTask(Node, u"ingest"_s, std::nullopt, {});
    EXPECT_TRUE(child<QLabel>(inspector, u"label.url"_s)->text().contains(u"required"_s));
    auto *url = child<QLineEdit>(inspector, u"option.url"_s);
    ASSERT_NE(url, nullptr);
    EXPECT_EQ(url->placeholderText(), u"Required"_s);
    EXPECT_NE(inspector.findChild<QPushButton *>(u"option.url.browse"_s), nullptr);

    url->setFocus();
    QTest::keyClicks(url, u"/tmp/talk.mp4"_s);
    EXPECT_EQ(recorder.count(), 0) << "nothing while typing";
    QTest::keyClick(url, Qt::Key_Return);
    ASSERT_EQ(recorder.edits.size(), 1);
    EXPECT_EQ(recorder.edits.at(0).name, u"url"_s);
    EXPECT_EQ(recorder.edits.at(0).value, QJsonValue(u"/tmp/talk.mp4"_s));

    // The owner's round trip leaves the cursor where it was.
    url->setCursorPosition(4);
    inspector.showTask(Node, u"ingest"_s, object(R"({"url": "/tmp/talk.mp4"})"), {});
    EXPECT_EQ(url->cursorPosition(), 4);
    QTest::keyClick(url, Qt::Key_Return);
    EXPECT_EQ(recorder.count(), 1) << "finishing without a change emits nothing";
}

TEST(Inspector, HostedOnlyKindsEditTheirOptionsAsJson)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    inspector.showTask(Node, u"upload"_s, object(R"({"bucket": "media"})"), {});
    const QLabel *note = child<QLabel>(inspector, u"inspector.note"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(u"hosted service only"_s));
    auto *json = child<QPlainTextEdit>(inspector, u"options.json"_s);
    ASSERT_NE(json, nullptr);
    EXPECT_EQ(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(),
              object(R"({"bucket": "media"})"));

    json->setFocus();
    json->selectAll();
    QTest::keyClicks(json, u"{\"bucket\": "_s);
    QTest::keyClick(json, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(recorder.count(), 0) << "invalid JSON emits nothing";
    EXPECT_FALSE(problemsText(inspector, u"options.json.error"_s).isEmpty());

    QTest::keyClicks(json, u"\"archive\"}"_s);
    QTest::keyClick(json, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(recorder.replaced.size(), 1);
    EXPECT_EQ(recorder.replaced.at(0).first, Node);
    EXPECT_EQ(recorder.replaced.at(0).second, object(R"({"bucket": "archive"})"));
    EXPECT_TRUE(problemsText(inspector, u"options.json.error"_s).isEmpty());

    const QString typed = json->toPlainText();
    inspector.showTask(Node, u"upload"_s, object(R"({"bucket": "archive"})"), {});
    EXPECT_EQ(json->toPlainText(), typed) << "the same object keeps the user's text";
}

TEST(Inspector, ConditionsShowOneRowPerCheck)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node,
                       u"conditions"_s,
                       object(R"({"kind": {"eq": "video"}, "width": {"gt": 1920}})"),
                       {});
    EXPECT_NE(inspector.findChild<QWidget *>(u"rule.0"_s), nullptr);
    EXPECT_NE(inspector.findChild<QWidget *>(u"rule.1"_s), nullptr);
    EXPECT_EQ(inspector.findChild<QWidget *>(u"rule.2"_s), nullptr);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.0.property"_s)->currentText(), u"kind"_s);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.0.choice"_s)->currentText(), u"video"_s);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.1.property"_s)->currentText(), u"width"_s);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.1.operator"_s)->currentText(), u">"_s);
    EXPECT_EQ(child<QLineEdit>(inspector, u"rule.1.value"_s)->text(), u"1920"_s);
    EXPECT_EQ(recorder.count(), 0);
}

TEST(Inspector, ChangingARuleEmitsTheWholeOptionsObject)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node,
                       u"conditions"_s,
                       object(R"({"kind": {"eq": "video"}, "width": {"gt": 1920}})"),
                       {});
    auto *op = child<QComboBox>(inspector, u"rule.1.operator"_s);
    ASSERT_NE(op, nullptr);
    EXPECT_EQ(op->findData(u"startsWith"_s), -1) << "text operators do not fit a number";
    op->setCurrentIndex(op->findData(u"gte"_s));
    ASSERT_EQ(recorder.replaced.size(), 1);
    EXPECT_EQ(recorder.replaced.at(0).second,
              object(R"({"kind": {"eq": "video"}, "width": {"gte": 1920}})"));

    // Two operators on one property merge into one object.
    auto *property = child<QComboBox>(inspector, u"rule.0.property"_s);
    property->setCurrentIndex(property->findData(u"width"_s));
    ASSERT_EQ(recorder.replaced.size(), 2);
    EXPECT_EQ(recorder.replaced.at(1).second, object(R"({"width": {"eq": 0, "gte": 1920}})"));

    // "in" reads a comma-separated list.
    auto *value = child<QLineEdit>(inspector, u"rule.0.value"_s);
    child<QComboBox>(inspector, u"rule.0.operator"_s)
        ->setCurrentIndex(child<QComboBox>(inspector, u"rule.0.operator"_s)->findData(u"in"_s));
    ASSERT_EQ(recorder.replaced.size(), 3);
    value->setText(u"1280, 1920"_s);
    Q_EMIT value->editingFinished();
    ASSERT_EQ(recorder.replaced.size(), 4);
    EXPECT_EQ(recorder.replaced.at(3).second,
              object(R"({"width": {"in": [1280, 1920], "gte": 1920}})"));

    // Text where a number belongs is written as typed, kept in the field and flagged under
    // the rule by the validator until the user fixes it.
    value->setText(u"1280, wide"_s);
    Q_EMIT value->editingFinished();
    ASSERT_EQ(recorder.replaced.size(), 5);
    const QJsonObject written = recorder.replaced.at(4).second;
    EXPECT_EQ(written, object(R"({"width": {"in": [1280, "wide"], "gte": 1920}})"));
    inspector.showTask(Node,
                       u"conditions"_s,
                       written,
                       {Error{u"condition_type_mismatch"_s,
                              u"width is a number, so \"in\" needs numbers"_s,
                              u"/options/width/in/1"_s}});
    EXPECT_EQ(value->text(), u"1280, wide"_s);
    EXPECT_FALSE(problemsText(inspector, u"rule.0.problems"_s).isEmpty());
    EXPECT_EQ(recorder.replaced.size(), 5);
}

TEST(Inspector, ASecondRuleForTheSameCheckIsRefused)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node,
                       u"conditions"_s,
                       object(R"({"kind": {"eq": "video"}, "width": {"gt": 1920}})"),
                       {});
    // kind = video, then width > 1920: turning the second into "kind =" would overwrite the first.
    auto *property = child<QComboBox>(inspector, u"rule.1.property"_s);
    property->setCurrentIndex(property->findData(u"kind"_s));
    EXPECT_EQ(recorder.count(), 0);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.1.operator"_s)->currentData().toString(), u"eq"_s)
        << "\"gt\" does not fit text";
    EXPECT_TRUE(problemsText(inspector, u"rule.1.problems"_s).contains(u"Rule 1"_s));

    // Another operator makes it a check of its own.
    auto *op = child<QComboBox>(inspector, u"rule.1.operator"_s);
    op->setCurrentIndex(op->findData(u"not"_s));
    ASSERT_EQ(recorder.replaced.size(), 1);
    EXPECT_EQ(recorder.replaced.at(0).second,
              object(R"({"kind": {"eq": "video", "not": "video"}})"));
    EXPECT_TRUE(problemsText(inspector, u"rule.1.problems"_s).isEmpty());
}

TEST(Inspector, RulesCanBeAddedAndRemoved)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    const QJsonObject options = object(R"({"kind": {"eq": "video"}, "width": {"gt": 1920}})");
    inspector.showTask(Node, u"conditions"_s, options, {});

    child<QPushButton>(inspector, u"rules.add"_s)->click();
    ASSERT_EQ(recorder.replaced.size(), 1);
    const QJsonObject added = recorder.replaced.at(0).second;
    EXPECT_EQ(added.size(), 3);
    EXPECT_EQ(added.value(u"kind"), options.value(u"kind"));
    EXPECT_EQ(added.value(u"width"), options.value(u"width"));
    EXPECT_NE(inspector.findChild<QWidget *>(u"rule.2"_s), nullptr);

    inspector.showTask(Node, u"conditions"_s, added, {});
    EXPECT_NE(inspector.findChild<QWidget *>(u"rule.2"_s), nullptr);

    child<QToolButton>(inspector, u"rule.0.remove"_s)->click();
    ASSERT_EQ(recorder.replaced.size(), 2);
    QJsonObject expected = added;
    expected.remove(u"kind"_s);
    EXPECT_EQ(recorder.replaced.at(1).second, expected);
    inspector.showTask(Node, u"conditions"_s, expected, {});
    EXPECT_EQ(inspector.findChild<QWidget *>(u"rule.2"_s), nullptr);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.0.property"_s)->currentText(), u"width"_s);

    child<QToolButton>(inspector, u"rule.1.remove"_s)->click();
    child<QToolButton>(inspector, u"rule.0.remove"_s)->click();
    ASSERT_EQ(recorder.replaced.size(), 4);
    EXPECT_TRUE(recorder.replaced.at(3).second.isEmpty());
    EXPECT_FALSE(child<QLabel>(inspector, u"rules.empty"_s)->isHidden());
}

TEST(Inspector, LegacyConditionsReadIntoRowsAndConvertOnlyWhenEdited)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node,
                       u"conditions"_s,
                       object(R"({"conditions": [{"prop": "media.kind", "value": "video"},
                                                 {"prop": "file.type", "value": "image/*"}]})"),
                       {});
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.0.property"_s)->currentText(), u"kind"_s);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.0.choice"_s)->currentText(), u"video"_s);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.1.property"_s)->currentText(), u"mimetype"_s);
    EXPECT_EQ(child<QLineEdit>(inspector, u"rule.1.value"_s)->text(), u"image/*"_s);
    EXPECT_EQ(recorder.count(), 0) << "reading converts nothing";

    auto *op = child<QComboBox>(inspector, u"rule.0.operator"_s);
    op->setCurrentIndex(op->findData(u"not"_s));
    ASSERT_EQ(recorder.replaced.size(), 1);
    // The wildcard means something the operator form cannot say: it stays as written.
    EXPECT_EQ(recorder.replaced.at(0).second, object(R"({"kind": {"not": "video"},
                         "conditions": [{"prop": "file.type", "value": "image/*"}]})"));
}

TEST(Inspector, RuleProblemsShowOnTheirRow)
{
    InspectorWidget inspector;
    inspector.showTask(Node,
                       u"conditions"_s,
                       object(R"({"kind": {"eq": "video"}, "width": {"gt": "big"}})"),
                       {Error{u"condition_type_mismatch"_s,
                              u"width is a number, so \"gt\" needs a number"_s,
                              u"/options/width/gt"_s}});
    EXPECT_TRUE(problemsText(inspector, u"rule.0.problems"_s).isEmpty());
    EXPECT_EQ(problemsText(inspector, u"rule.1.problems"_s),
              u"width is a number, so \"gt\" needs a number"_s);
    EXPECT_EQ(child<QLineEdit>(inspector, u"rule.1.value"_s)->text(), u"big"_s)
        << "a value that does not fit is shown as written";
}

TEST(Inspector, FocusOptionFocusesTheEditor)
{
    InspectorWidget inspector;
    inspector.resize(320, 200);
    inspector.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    inspector.showTask(Node, u"video"_s, std::nullopt, {});
    inspector.focusOption(u"bitrate"_s);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(inspector, u"option.bitrate"_s));
    EXPECT_FALSE(child<QLineEdit>(inspector, u"option.bitrate"_s)->visibleRegion().isEmpty())
        << "scrolled into view";

    inspector.showTask(Node + 1,
                       u"conditions"_s,
                       object(R"({"kind": {"eq": "video"}, "width": {"gt": 1920}})"),
                       {});
    inspector.focusOption(u"width"_s);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(inspector, u"rule.1.value"_s));
}

TEST(Inspector, ColoursShowAsSwatchesWithTheirHexValue)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node, u"video"_s, std::nullopt, {});
    auto *background = child<QLineEdit>(inspector, u"option.background"_s);
    auto *swatch = child<QPushButton>(inspector, u"option.background.swatch"_s);
    ASSERT_TRUE(background && swatch);
    EXPECT_TRUE(background->text().isEmpty());
    EXPECT_EQ(background->placeholderText(), u"Default (#000000)"_s);
    EXPECT_FALSE(swatch->icon().isNull()) << "the default colour's swatch";

    inspector.showTask(Node, u"video"_s, object(R"({"background": "#ff8800"})"), {});
    EXPECT_EQ(background->text(), u"#ff8800"_s) << "as written";
    EXPECT_FALSE(swatch->icon().isNull());
    EXPECT_TRUE(problemsText(inspector, u"option.background.problems"_s).isEmpty());

    inspector.showTask(Node, u"video"_s, object(R"({"background": "orange"})"), {});
    EXPECT_EQ(background->text(), u"orange"_s);
    EXPECT_TRUE(swatch->icon().isNull());
    EXPECT_TRUE(problemsText(inspector, u"option.background.problems"_s).contains(u"#RRGGBB"_s));
    EXPECT_EQ(recorder.count(), 0);
}

TEST(Inspector, EntriesTheRuleEditorCannotRepresentAreKeptAsWritten)
{
    InspectorWidget inspector;
    Recorder recorder(&inspector);
    inspector.showTask(Node,
                       u"conditions"_s,
                       object(
                           R"({"kind": {"eq": "video"}, "width": 5, "file.type": {"eq": "a/b"}})"),
                       {});
    // Rows follow the document's key order: file.type, kind, width.
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.0.property"_s)->currentText(), u"mimetype"_s);
    EXPECT_EQ(child<QComboBox>(inspector, u"rule.2.property"_s)->currentText(), u"width"_s);

    auto *op = child<QComboBox>(inspector, u"rule.1.operator"_s);
    op->setCurrentIndex(op->findData(u"not"_s));
    ASSERT_EQ(recorder.replaced.size(), 1);
    EXPECT_EQ(recorder.replaced.at(0).second,
              object(R"({"kind": {"not": "video"}, "width": 5, "file.type": {"eq": "a/b"}})"));

    // Edited, the entry gets an operator.
    auto *widthOperator = child<QComboBox>(inspector, u"rule.2.operator"_s);
    widthOperator->setCurrentIndex(widthOperator->findData(u"lt"_s));
    ASSERT_EQ(recorder.replaced.size(), 2);
    EXPECT_EQ(recorder.replaced.at(1).second,
              object(
                  R"({"kind": {"not": "video"}, "width": {"lt": 5}, "file.type": {"eq": "a/b"}})"));
}

TEST(Inspector, ProblemsStayReadableInLightAndDarkPalettes)
{
    InspectorWidget inspector;
    inspector.showTask(Node,
                       u"video"_s,
                       object(R"({"fps": 90})"),
                       {Error{u"value_out_of_range"_s,
                              u"must be between 1 and 60"_s,
                              u"/options/fps"_s}});
    const QLabel *problems = child<QLabel>(inspector, u"option.fps.problems"_s);
    ASSERT_NE(problems, nullptr);
    for (const QColor &window : {QColor(0xf4, 0xf4, 0xf4), QColor(0x24, 0x24, 0x24)}) {
        QPalette palette = inspector.palette();
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::Base, window);
        palette.setColor(QPalette::WindowText, window.lightnessF() < 0.5 ? Qt::white : Qt::black);
        inspector.setPalette(palette);
        const QColor text = problems->palette().color(QPalette::WindowText);
        EXPECT_GT(std::abs(text.lightnessF()
                           - problems->palette().color(QPalette::Window).lightnessF()),
                  0.3)
            << "window lightness " << window.lightnessF();
        EXPECT_GT(text.saturationF(), 0.5) << "problems are red, not the ordinary text colour";
    }
}
