#include <QCoreApplication>

#include <gtest/gtest.h>

// The remote tests run under a QCoreApplication, as spool-cli does.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
