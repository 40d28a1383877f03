#include "core/sync/transport/WebDavMultistatus.h"

#include "core/sync/transport/WebDavError.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace vigil {

namespace {

const QString kDav = QStringLiteral("DAV:");

bool isDav(const QXmlStreamReader& xml, QLatin1StringView name)
{
    return xml.namespaceUri() == kDav && xml.name() == name;
}

// The last segment of the href's path, decoded after splitting, so an
// encoded "%2F" stays inside the name (and then fails the caller's check).
QString lastSegment(const QString& href)
{
    QString path = QUrl(href).path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString segment = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    return QUrl::fromPercentEncoding(segment.toUtf8());
}

} // namespace

QByteArray WebDavMultistatus::requestBody()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/>"
                             "</d:prop></d:propfind>\n");
}

Result<QStringList> WebDavMultistatus::memberNames(const QByteArray& body)
{
    QXmlStreamReader xml(body);
    QStringList names;
    bool sawMultistatus = false;
    QString href;
    bool collection = false;
    int depthInResponse = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return WebDavError::badReply(QStringLiteral("PROPFIND"),
                                         QStringLiteral("DTD in multistatus"));
        if (token == QXmlStreamReader::StartElement) {
            if (depthInResponse > 0) {
                ++depthInResponse;
                if (isDav(xml, QLatin1StringView("href")) && depthInResponse == 2) {
                    href = xml.readElementText();
                    --depthInResponse;
                } else if (isDav(xml, QLatin1StringView("collection"))) {
                    collection = true;
                }
            } else if (isDav(xml, QLatin1StringView("response"))) {
                depthInResponse = 1;
                href.clear();
                collection = false;
            } else if (isDav(xml, QLatin1StringView("multistatus"))) {
                sawMultistatus = true;
            }
        } else if (token == QXmlStreamReader::EndElement && depthInResponse > 0) {
            if (--depthInResponse == 0 && !collection && !href.isEmpty()) {
                const QString name = lastSegment(href);
                if (!name.isEmpty())
                    names.append(name);
            }
        }
    }
    if (xml.hasError() || !sawMultistatus)
        return WebDavError::badReply(QStringLiteral("PROPFIND"),
                                     xml.hasError() ? xml.errorString()
                                                    : QStringLiteral("no DAV:multistatus"));
    return names;
}

} // namespace vigil
