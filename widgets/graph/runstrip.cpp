#include "runstrip.h"

#include "nodemetrics.h"

#include <common/statusstyle.h>

#include <QCoreApplication>
#include <QPainter>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qreal Inset = 8;
} // namespace

QRectF RunStrip::rect()
{
    return QRectF(Inset,
                  NodeMetrics::Height - RunStrip::Height - 3,
                  NodeMetrics::Width - 2 * Inset,
                  RunStrip::Height);
}

QString RunStrip::text(const NodeRunState &state)
{
    if (state.notTaken)
        return StatusStyle::notTakenText();
    if (!state.verdict.isEmpty() && (state.dryRun || isTerminal(state.status))) {
        if (state.duration && !state.dryRun)
            return state.verdict + u" · "_s + StatusStyle::duration(*state.duration);
        return state.verdict;
    }
    QString line = StatusStyle::name(state.status);
    if (state.status == Status::Processing || state.status == Status::Finishing)
        line += u" · "_s
                + QCoreApplication::translate("spool::RunStrip", "%1 %").arg(state.progress);
    else if (state.duration)
        line += u" · "_s + StatusStyle::duration(*state.duration);
    return line;
}

QString RunStrip::toolTip(const NodeRunState &state)
{
    QString tip = text(state);
    if (state.notTaken)
        tip = state.dryRun ? QCoreApplication::translate("spool::RunStrip",
                                                         "Dry run: not taken, for the conditions "
                                                         "before this branch do not hold for the "
                                                         "sample.")
                           : QCoreApplication::translate("spool::RunStrip",
                                                         "Not taken: the conditions before this "
                                                         "branch did not hold, so its tasks were "
                                                         "never made.");
    if (!state.details.isEmpty())
        tip += u'\n' + state.details;
    if (!state.error.isEmpty())
        tip += u'\n' + state.error;
    return tip;
}

void RunStrip::paint(QPainter *painter, const NodeRunState &state, const QPalette &palette)
{
    const QRectF strip = rect();
    const QColor hue = state.notTaken ? palette.color(QPalette::PlaceholderText)
                                      : StatusStyle::color(state.status);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor track = hue;
    track.setAlphaF(0.16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(strip, 4, 4);
    if (state.dryRun) {
        // A prediction, not a status: outlined with a dashed line.
        painter->setPen(QPen(hue, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(strip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(Qt::NoPen);
    }
    if (!state.notTaken
        && (state.status == Status::Processing || state.status == Status::Finishing)) {
        // The bar: the part done in the status colour, lighter than the pictogram so the text
        // on it stays readable in both palettes.
        QColor done = hue;
        done.setAlphaF(0.45);
        painter->setBrush(done);
        const qreal fraction = qBound(0, state.progress, 100) / 100.0;
        painter->drawRoundedRect(QRectF(strip.topLeft(),
                                        QSizeF(strip.width() * fraction, strip.height())),
                                 4,
                                 4);
    }
    const QRectF iconRect(strip.left() + 4, strip.top() + 3, strip.height() - 6, strip.height() - 6);
    if (!state.notTaken)
        StatusStyle::paintIcon(painter, iconRect, state.status, hue);
    QFont font = painter->font();
    font.setBold(false);
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF textRect = strip.adjusted(state.notTaken ? 6 : iconRect.width() + 9, 0, -4, 0);
    painter->drawText(textRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(text(state), Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace spool
