#include "imageloader.h"

#include <media/imagemaker.h>
#include <media/mediaprobe.h>
#include <schema/optionreader.h>

#include <QCoreApplication>
#include <QImageReader>
#include <QTemporaryDir>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<QImage> ImageLoader::load(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (!image.isNull())
        return image;
    const QString qtError = reader.errorString();
    Result<QJsonObject> probed = MediaProbe::probe(path);
    if (!probed)
        return Error{u"image_unreadable"_s,
                     QCoreApplication::translate("spool::ImageLoader",
                                                 "%1 does not read as a picture: %2")
                         .arg(path, qtError),
                     path};
    QTemporaryDir scratch;
    const QString png = scratch.filePath(u"preview.png"_s);
    const ImageSettings settings = ImageSettings::read(
        OptionReader(u"image", QJsonObject{{u"format"_s, u"png"_s}}));
    if (std::optional<Error> error = ImageMaker::make(path, *probed, png, settings, CancelToken()))
        return Error{u"image_unreadable"_s,
                     QCoreApplication::translate("spool::ImageLoader",
                                                 "%1 does not read as a picture: %2")
                         .arg(path, error->message),
                     path};
    image = QImage(png);
    if (image.isNull())
        return Error{u"image_unreadable"_s,
                     QCoreApplication::translate("spool::ImageLoader",
                                                 "%1 does not read as a picture: %2")
                         .arg(path, qtError),
                     path};
    return image;
}

} // namespace spool
