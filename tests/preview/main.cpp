#include <QApplication>

#include <gtest/gtest.h>

// Preview tests run offscreen under a QApplication; Qt Multimedia plays through GStreamer
// without a display or a sound device.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
