#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QStringList>

namespace vigil {

// Reads a PROPFIND (Depth: 1) multistatus reply (RFC 4918 §14.16): the
// names, percent-decoded, of the members that are not collections. The
// reply comes from the network, so anything malformed is an error and
// names are only returned, never trusted: the caller filters them
// (MailboxName::isFileName).
class WebDavMultistatus
{
public:
    // The PROPFIND request body that asks only for what parse() reads.
    static QByteArray requestBody();
    static Result<QStringList> memberNames(const QByteArray& xml);
};

} // namespace vigil
