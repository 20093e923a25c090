#include "testdata.h"

#include <schema/lifecycle.h>
#include <schema/status.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::Status;

TEST(Status, NamesRoundTrip)
{
    for (int i = int(Status::Waiting); i <= int(Status::Cancelled); ++i) {
        const auto status = Status(i);
        EXPECT_EQ(spool::statusFromName(spool::statusName(status)), status);
    }
    EXPECT_EQ(spool::statusName(Status::Finishing), u"finishing");
}

TEST(Status, LegacyReadyReadsAsSucceeded)
{
    EXPECT_EQ(spool::statusFromName(u"ready"), Status::Succeeded);
    EXPECT_FALSE(spool::statusFromName(u"skipped").has_value());
    EXPECT_FALSE(spool::statusFromName(u"Succeeded").has_value());
}

TEST(Status, MovesOnlyForward)
{
    EXPECT_TRUE(spool::canTransition(Status::Waiting, Status::Validating));
    EXPECT_TRUE(spool::canTransition(Status::Queued, Status::Processing));
    EXPECT_TRUE(spool::canTransition(Status::Waiting, Status::Processing)) << "skipping ahead";
    EXPECT_TRUE(spool::canTransition(Status::Finishing, Status::Succeeded));
    EXPECT_FALSE(spool::canTransition(Status::Processing, Status::Queued));
    EXPECT_FALSE(spool::canTransition(Status::Finishing, Status::Waiting));
    EXPECT_FALSE(spool::canTransition(Status::Processing, Status::Processing));
}

TEST(Status, FailedAndCancelledFollowAnyNonTerminalStatus)
{
    for (Status from : {Status::Waiting,
                        Status::Validating,
                        Status::Queued,
                        Status::Processing,
                        Status::Finishing}) {
        EXPECT_TRUE(spool::canTransition(from, Status::Failed));
        EXPECT_TRUE(spool::canTransition(from, Status::Cancelled));
    }
}

TEST(Status, TerminalIsFinal)
{
    for (Status from : {Status::Succeeded, Status::Failed, Status::Cancelled}) {
        EXPECT_TRUE(spool::isTerminal(from));
        for (int to = int(Status::Waiting); to <= int(Status::Cancelled); ++to)
            EXPECT_FALSE(spool::canTransition(from, Status(to)));
    }
    EXPECT_FALSE(spool::isTerminal(Status::Finishing));
}

TEST(Lifecycle, SetsTimestampsAsStatusesHappen)
{
    spool::Lifecycle lifecycle;
    lifecycle.markCreated(100);
    EXPECT_EQ(lifecycle.createdAt(), 100);
    EXPECT_FALSE(lifecycle.startedAt().has_value());
    EXPECT_TRUE(lifecycle.advance(Status::Queued, 101));
    EXPECT_FALSE(lifecycle.startedAt().has_value());
    EXPECT_TRUE(lifecycle.advance(Status::Processing, 102));
    EXPECT_EQ(lifecycle.startedAt(), 102);
    EXPECT_FALSE(lifecycle.finishedAt().has_value());
    EXPECT_TRUE(lifecycle.advance(Status::Succeeded, 105));
    EXPECT_EQ(lifecycle.finishedAt(), 105);
    EXPECT_EQ(lifecycle.updatedAt(), 105);
}

TEST(Lifecycle, RefusesABackwardMoveAndChangesNothing)
{
    spool::Lifecycle lifecycle;
    ASSERT_TRUE(lifecycle.advance(Status::Processing, 10));
    const spool::Lifecycle before = lifecycle;
    EXPECT_FALSE(lifecycle.advance(Status::Queued, 11));
    EXPECT_EQ(lifecycle, before);
}

TEST(Lifecycle, KeepsTheErrorOfAFailure)
{
    spool::Lifecycle lifecycle;
    ASSERT_TRUE(lifecycle.advance(Status::Failed,
                                  7,
                                  spool::Error{u"file_corrupt"_s, u"the file ends early"_s}));
    ASSERT_TRUE(lifecycle.error().has_value());
    EXPECT_EQ(lifecycle.error()->kind, u"file_corrupt");
    EXPECT_FALSE(lifecycle.advance(Status::Succeeded, 8));
    EXPECT_EQ(lifecycle.status(), Status::Failed);
}
