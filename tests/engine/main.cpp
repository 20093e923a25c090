#include <QCoreApplication>

#include <gtest/gtest.h>

// Engine tests run under a QCoreApplication, as the engine does under spool-cli.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
