#include "statusstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QColor StatusStyle::color(Status status)
{
    // Mid-tone hues: dark enough for white text and light enough to stand out on a dark base.
    switch (status) {
    case Status::Waiting:
        return QColor(0x8a, 0x8f, 0x98);
    case Status::Validating:
    case Status::Queued:
        return QColor(0x9b, 0x7b, 0xd4);
    case Status::Processing:
        return QColor(0x2f, 0x80, 0xed);
    case Status::Finishing:
        return QColor(0x1a, 0x9c, 0xb0);
    case Status::Succeeded:
        return QColor(0x2e, 0xa0, 0x43);
    case Status::Failed:
        return QColor(0xd0, 0x30, 0x30);
    case Status::Cancelled:
        return QColor(0xd0, 0x8a, 0x1c);
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QColor StatusStyle::waitColor(Status status, const QColor &base)
{
    const QColor hue = color(status);
    constexpr qreal amount = 0.35;
    return QColor::fromRgbF(base.redF() * (1 - amount) + hue.redF() * amount,
                            base.greenF() * (1 - amount) + hue.greenF() * amount,
                            base.blueF() * (1 - amount) + hue.blueF() * amount);
}

QString StatusStyle::name(Status status)
{
    switch (status) {
    case Status::Waiting:
        return QCoreApplication::translate("spool::StatusStyle", "waiting");
    case Status::Validating:
        return QCoreApplication::translate("spool::StatusStyle", "validating");
    case Status::Queued:
        return QCoreApplication::translate("spool::StatusStyle", "queued");
    case Status::Processing:
        return QCoreApplication::translate("spool::StatusStyle", "processing");
    case Status::Finishing:
        return QCoreApplication::translate("spool::StatusStyle", "finishing");
    case Status::Succeeded:
        return QCoreApplication::translate("spool::StatusStyle", "succeeded");
    case Status::Failed:
        return QCoreApplication::translate("spool::StatusStyle", "failed");
    case Status::Cancelled:
        return QCoreApplication::translate("spool::StatusStyle", "cancelled");
    }
    return statusName(status);
}

QString StatusStyle::notTakenText()
{
    return QCoreApplication::translate("spool::StatusStyle", "not taken");
}

void StatusStyle::paintIcon(QPainter *painter,
                            const QRectF &rect,
                            Status status,
                            const QColor &color)
{
    // Drawn on a 12-unit square scaled to `rect`.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal side = qMin(rect.width(), rect.height());
    painter->translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter->scale(side / 12, side / 12);
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    switch (status) {
    case Status::Waiting:
        painter->drawEllipse(QPointF(6, 6), 4.5, 4.5);
        break;
    case Status::Validating:
    case Status::Queued:
        painter->drawEllipse(QPointF(6, 6), 4.5, 4.5);
        painter->drawPolyline(QPolygonF({QPointF(6, 3.2), QPointF(6, 6), QPointF(8.2, 7.2)}));
        break;
    case Status::Processing:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(QPolygonF({QPointF(3, 1.8), QPointF(10.5, 6), QPointF(3, 10.2)}));
        break;
    case Status::Finishing:
        painter->drawPolygon(
            QPolygonF({QPointF(3, 1.5), QPointF(9, 1.5), QPointF(3, 10.5), QPointF(9, 10.5)}));
        break;
    case Status::Succeeded:
        painter->drawPolyline(QPolygonF({QPointF(2, 6.5), QPointF(5, 9.5), QPointF(10.5, 2.5)}));
        break;
    case Status::Failed:
        painter->drawLine(QPointF(2.5, 2.5), QPointF(9.5, 9.5));
        painter->drawLine(QPointF(9.5, 2.5), QPointF(2.5, 9.5));
        break;
    case Status::Cancelled:
        painter->drawEllipse(QPointF(6, 6), 4.5, 4.5);
        painter->drawLine(QPointF(3.5, 8.5), QPointF(8.5, 3.5));
        break;
    }
    painter->restore();
}

QIcon StatusStyle::icon(Status status)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintIcon(&painter, QRectF(1, 1, size - 2, size - 2), status, color(status));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString StatusStyle::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return QCoreApplication::translate("spool::StatusStyle", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("spool::StatusStyle", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("spool::StatusStyle", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString StatusStyle::preciseDuration(qint64 milliseconds)
{
    milliseconds = qMax<qint64>(0, milliseconds);
    if (milliseconds >= 10000)
        return duration(milliseconds / 1000);
    return QCoreApplication::translate("spool::StatusStyle", "%1 s")
        .arg(QLocale().toString(milliseconds / 1000.0, 'f', 3));
}

} // namespace spool
