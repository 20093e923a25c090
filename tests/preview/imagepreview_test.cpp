#include "previewrun.h"

#include <preview/imageview.h>
#include <preview/outputpage.h>

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

class ImageOutputLoads : public ::testing::TestWithParam<const char *>
{};

TEST_P(ImageOutputLoads, ShowsThePictureWithItsSizeAndFormat)
{
    const Task *task = test::PreviewRun::task(u"image"_s, QString::fromLatin1(GetParam()));
    ASSERT_NE(task, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(test::PreviewRun::get(), *task, 0);
    page.resize(640, 480);
    page.show();
    ASSERT_EQ(page.kind(), OutputPage::Kind::Image);
    ASSERT_NE(page.image(), nullptr) << page.problem().toStdString();
    EXPECT_EQ(page.image()->image().size(), QSize(320, 240));
    EXPECT_TRUE(page.imageFacts()->text().contains(u"320 × 240"_s))
        << page.imageFacts()->text().toStdString();
    // A picture, not a blank: the test pattern has many colours.
    const QImage image = page.image()->image();
    EXPECT_NE(image.pixel(10, 10), image.pixel(image.width() / 2, image.height() / 2));
}

INSTANTIATE_TEST_SUITE_P(EveryFormat,
                         ImageOutputLoads,
                         ::testing::Values("png", "jpeg", "webp", "avif"));

namespace {

/// A task with one image output made here: half transparent, half opaque red.
Task transparentImageTask(const QString &path)
{
    QImage image(200, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (int y = 0; y < 100; ++y)
        for (int x = 100; x < 200; ++x)
            image.setPixel(x, y, qRgba(255, 0, 0, 255));
    image.save(path);
    Task task;
    task.id = u"image-1"_s;
    task.kind = u"image"_s;
    OutputEntry entry;
    entry.kind = u"source"_s;
    entry.url = QUrl::fromLocalFile(path).toString();
    entry.format = u"png"_s;
    entry.width = 200;
    entry.height = 100;
    entry.extra.insert(u"media_kind"_s, u"image"_s);
    task.outputs.append(entry);
    return task;
}

} // namespace

TEST(ImagePreview, FitsZoomsAboutThePointerPansAndShowsACheckerboardUnderTransparency)
{
    QTemporaryDir dir;
    const Task task = transparentImageTask(dir.filePath(u"alpha.png"_s));
    spool::Run run;
    run.tasks.append(task);
    OutputPage page(run, task, 0);
    page.resize(500, 400);
    page.show();
    ImageView *view = page.image();
    ASSERT_NE(view, nullptr) << page.problem().toStdString();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_TRUE(page.imageFacts()->text().contains(u"transparency"_s));
    // Fit: a small picture is shown at 100 %, centred.
    EXPECT_TRUE(view->fitting());
    EXPECT_DOUBLE_EQ(view->zoom(), 1.0);
    // The transparent half shows two alternating greys; the opaque half is red.
    const QImage shot = view->grab().toImage();
    const QPointF topLeft = view->toWidget({0, 0});
    const QColor a = shot.pixelColor((topLeft + QPointF(4, 4)).toPoint());
    const QColor b = shot.pixelColor((topLeft + QPointF(12, 4)).toPoint());
    EXPECT_NE(a, b);
    EXPECT_EQ(shot.pixelColor((topLeft + QPointF(150, 50)).toPoint()), QColor(255, 0, 0));
    // The wheel zooms about the pointer: the pixel under it stays under it (once the
    // picture is larger than the view; a smaller one stays centred).
    view->setZoom(4.0, view->toWidget({100, 50}));
    ASSERT_GT(200 * 4, view->width());
    ASSERT_GT(100 * 4, view->height());
    const QPointF anchor = view->toWidget({150, 50});
    ASSERT_TRUE(view->rect().contains(anchor.toPoint()));
    QWheelEvent wheel(anchor,
                      view->mapToGlobal(anchor),
                      {},
                      {0, 240},
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QCoreApplication::sendEvent(view, &wheel);
    EXPECT_NEAR(view->zoom(), 6.25, 1e-9);
    EXPECT_FALSE(view->fitting());
    EXPECT_NEAR(view->toImage(anchor).x(), 150, 0.5);
    EXPECT_NEAR(view->toImage(anchor).y(), 50, 0.5);
    // Zoomed past the view, a drag pans.
    const QPointF before = view->toImage({250, 200});
    QTest::mousePress(view, Qt::LeftButton, {}, {250, 200});
    QTest::mouseMove(view, {200, 180});
    QTest::mouseRelease(view, Qt::LeftButton, {}, {200, 180});
    EXPECT_NEAR(view->toImage({200, 180}).x(), before.x(), 0.5);
    view->actualSize();
    EXPECT_DOUBLE_EQ(view->zoom(), 1.0);
    view->fit();
    EXPECT_TRUE(view->fitting());
}
