// What a person types into the inspector is kept as typed and flagged under its field until
// it is fixed or reverted, whatever the kind of field.

#include <inspector/inspectorwidget.h>

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::Error;
using spool::InspectorWidget;

namespace {

constexpr quint32 Node = 7;

QString problemsText(const QWidget &parent, const QString &name)
{
    const QLabel *label = parent.findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

TEST(TypedInput, InvalidMetadataJsonSurvivesLeavingTheFieldAndSelectingAnotherTask)
{
    InspectorWidget inspector;
    int edits = 0;
    QObject::connect(&inspector, &InspectorWidget::metadataEdited, &inspector, [&] { ++edits; });
    inspector.resize(360, 600);
    inspector.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    inspector.showTask(Node, u"video"_s, std::nullopt, {});
    auto *text = inspector.findChild<QPlainTextEdit *>(u"metadata.json"_s);
    ASSERT_NE(text, nullptr);
    text->setFocus();
    QTest::keyClicks(text, u"{\"name\": \"intro\""_s); // no closing brace
    text->clearFocus();
    EXPECT_EQ(text->toPlainText(), u"{\"name\": \"intro\""_s) << "kept on focus loss";
    EXPECT_FALSE(problemsText(inspector, u"metadata.json.error"_s).isEmpty())
        << "and flagged under the field";

    // Another task, then this one again: the typing is still there, still flagged.
    inspector.showTask(Node + 1, u"audio"_s, std::nullopt, {});
    inspector.showTask(Node, u"video"_s, std::nullopt, {});
    text = inspector.findChild<QPlainTextEdit *>(u"metadata.json"_s);
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->toPlainText(), u"{\"name\": \"intro\""_s);
    EXPECT_FALSE(problemsText(inspector, u"metadata.json.error"_s).isEmpty());
    EXPECT_EQ(edits, 0);

    // Fixed, it is applied.
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u"}"_s);
    text->clearFocus();
    EXPECT_EQ(edits, 1);
    EXPECT_TRUE(problemsText(inspector, u"metadata.json.error"_s).isEmpty());
}

TEST(TypedInput, FreeFormOptionsJsonSurvivesSelectingAnotherTask)
{
    InspectorWidget inspector;
    inspector.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    // nsfw is hosted-only: its options are edited as JSON.
    inspector.showTask(Node, u"nsfw"_s, std::nullopt, {});
    auto *text = inspector.findChild<QPlainTextEdit *>(u"options.json"_s);
    ASSERT_NE(text, nullptr);
    text->setFocus();
    QTest::keyClicks(text, u"[1, 2]"_s);
    text->clearFocus();
    inspector.showTask(Node + 1, u"audio"_s, std::nullopt, {});
    inspector.showTask(Node, u"nsfw"_s, std::nullopt, {});
    text = inspector.findChild<QPlainTextEdit *>(u"options.json"_s);
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->toPlainText(), u"[1, 2]"_s);
    EXPECT_FALSE(problemsText(inspector, u"options.json.error"_s).isEmpty());
}

TEST(TypedInput, TheIdempotencyKeyAndRequestMetadataAreFlaggedUnderTheirFields)
{
    InspectorWidget inspector;
    QString emitted;
    QObject::connect(&inspector,
                     &InspectorWidget::idempotencyKeyEdited,
                     &inspector,
                     [&](const QString &key) { emitted = key; });
    inspector.showRequest(std::nullopt, std::nullopt, {});
    auto *key = inspector.findChild<QLineEdit *>(u"request.idempotencyKey"_s);
    ASSERT_NE(key, nullptr);
    const QString tooLong(300, u'k');
    key->setText(tooLong);
    Q_EMIT key->editingFinished();
    EXPECT_EQ(emitted, tooLong) << "written as typed";
    inspector.showRequest(QJsonObject{{u"a"_s, 1}},
                          tooLong,
                          {Error{u"value_out_of_range"_s,
                                 u"must be between 1 and 255 characters long"_s,
                                 u"/idempotency_key"_s},
                           Error{u"type_mismatch"_s, u"must be a JSON object"_s, u"/metadata"_s}});
    EXPECT_EQ(key->text(), tooLong);
    EXPECT_EQ(problemsText(inspector, u"request.idempotencyKey.problems"_s),
              u"must be between 1 and 255 characters long"_s);
    EXPECT_EQ(problemsText(inspector, u"request.metadata.json.problems"_s),
              u"must be a JSON object"_s);
}
